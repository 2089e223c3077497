"""`workbench policy return-window`: the marketplace's rules, no profile needed."""

from __future__ import annotations

import argparse

from app.cli import args as cli_args
from app.cli import output as out
from app.cli.common import EXIT_OK, Run, emit, json_flag


def cmd_policy_return_window(run: Run) -> int:
    """The return window of one order; pure computation, no profile is opened."""
    from app.services.deadlines.policy import load_policy_book, return_window

    args = run.args
    policy = load_policy_book().marketplace(args.marketplace)
    today = args.today or policy.today()
    window = return_window(
        policy,
        delivered=args.delivered,
        estimated_delivery=args.estimated_delivery,
        purchased=args.purchased,
        category=args.category,
        today=today,
    )
    emit(
        run,
        out.return_window_json(window),
        lambda: out.return_window_text(policy.code, window),
    )
    return EXIT_OK


def add_parsers(commands: argparse._SubParsersAction) -> None:
    policy = commands.add_parser("policy", help="marketplace rules: return windows")
    policy_commands = policy.add_subparsers(
        title="subcommands", metavar="COMMAND", dest="policy_command", required=True
    )
    window = policy_commands.add_parser(
        "return-window",
        help="the last day a return can be started, and why",
        description="Compute an order's return window from the marketplace's rules "
        "(resources/policies). Needs no profile. Calendar days count from delivery, or from "
        "the latest estimated delivery date when no delivery date is known.",
    )
    window.add_argument(
        "--marketplace",
        required=True,
        type=cli_args.marketplace,
        metavar="M",
        help=cli_args.MARKETPLACE_HELP,
    )
    basis = window.add_mutually_exclusive_group(required=True)
    basis.add_argument(
        "--delivered", type=cli_args.date, metavar="DATE", help="delivery date YYYY-MM-DD"
    )
    basis.add_argument(
        "--estimated-delivery",
        type=cli_args.date,
        metavar="DATE",
        help="latest estimated delivery date, when the delivery date is unknown",
    )
    window.add_argument(
        "--purchased",
        type=cli_args.date,
        metavar="DATE",
        help="order date (decides the holiday extension and dated category rules)",
    )
    window.add_argument(
        "--category", metavar="C", help="product category, e.g. electronics, camera, apparel"
    )
    window.add_argument(
        "--today",
        type=cli_args.date,
        metavar="DATE",
        help="count days left from this date (default: today in the marketplace's time zone)",
    )
    json_flag(window)
    window.set_defaults(handler=cmd_policy_return_window)
