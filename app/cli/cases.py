"""`workbench cases list|add|show`: the inbox's cases from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import args as cli_args
from app.cli import output as out
from app.cli.common import EXIT_OK, CliError, Run, emit, json_flag, values
from app.models.enums import CaseReason, CaseStatus, Priority
from app.services.cases.detail import find_case, load_case_detail, load_case_history
from app.services.cases.operations import NewCase, create_case
from app.services.deadlines.overview import load_case_deadlines
from app.services.inbox.listing import list_rows
from app.services.inbox.queries import InboxQuery, View


def cmd_cases_list(run: Run) -> int:
    """The cases of a view, filtered and searched in SQL by the inbox's own query."""
    args = run.args
    search = args.search or ""
    if args.status is not None:
        if not args.status.strip():
            raise CliError(
                f"--status is empty; use one of {values(CaseStatus)}, or open, waiting, done."
            )
        search = f'{search} status:"{args.status}"'.strip()
    with run.profile(read_only=True) as profile:
        query = InboxQuery(view=View(args.view), search=search, agent=profile.agent)
        rows = list_rows(profile, query, args.limit)
    emit(run, [out.row_json(r) for r in rows], lambda: out.rows_table(rows))
    return EXIT_OK


def cmd_cases_add(run: Run) -> int:
    """One new case; a bad value or attachment stops it before anything is written."""
    args = run.args
    body = args.body if args.body_file is None else cli_args.read_body(args.body_file)
    attachments = [Path(p) for p in args.attach]
    new = NewCase(
        subject=args.subject,
        body=body,
        customer_name=args.customer,
        marketplace=args.marketplace,
        order_external_id=args.order,
        reason=args.reason,
        priority=args.priority,
        language=args.language,
        tags=args.tag,
        attachments=attachments,
    )
    with run.profile() as profile:
        created = create_case(profile, new)
        detail = load_case_detail(profile, created.case_id)
    emit(run, out.case_json(detail), lambda: out.case_summary_text(detail))
    return EXIT_OK


def case_notices(profile, case_id):  # noqa: ANN001, ANN201 - Profile, uuid -> list[Notice]
    """The case's open sync conflict notices (imported here: sync loads its HTTP client)."""
    from app.sync.client import notices_for_case

    return notices_for_case(profile, case_id)


def cmd_cases_show(run: Run) -> int:
    """One case whole, found by ref (any case, dash optional), full id or order id."""
    with run.profile(read_only=True) as profile:
        case_id = find_case(profile, run.args.ref)
        detail = load_case_detail(profile, case_id)
        history = load_case_history(profile, case_id)
        deadlines = load_case_deadlines(profile, case_id)
        notices = case_notices(profile, case_id)
        now = profile.now()
    emit(
        run,
        out.detail_json(detail, history, deadlines, now, sync_notices=notices),
        lambda: out.detail_text(detail, history, deadlines, now),
    )
    return EXIT_OK


def add_parsers(commands: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The `cases` group; returns its subcommands, which other groups extend (attach)."""
    cases = commands.add_parser("cases", help="list, add and show cases; attach files")
    case_commands = cases.add_subparsers(
        title="subcommands", metavar="COMMAND", dest="cases_command", required=True
    )

    listing = case_commands.add_parser(
        "list",
        help="list cases, newest change first",
        description="List cases, most recently changed first. In JSON, each case is an object "
        'whose "customer" is the customer\'s name (in "cases show" it is an object).',
    )
    listing.add_argument(
        "--view",
        choices=[v.value for v in View],
        default=View.ALL.value,
        help="which inbox view (default: all)",
    )
    listing.add_argument(
        "--status",
        metavar="S",
        help=f"only cases in this status ({values(CaseStatus)}) or group (open, waiting, done)",
    )
    listing.add_argument(
        "--search",
        metavar="TEXT",
        help="search text, with filters such as reason:defective lang:ko tag:vip is:escalated",
    )
    listing.add_argument(
        "--limit",
        type=cli_args.count,
        default=100,
        metavar="N",
        help="at most N cases (0: all; 100)",
    )
    json_flag(listing)
    listing.set_defaults(handler=cmd_cases_list)

    add = case_commands.add_parser(
        "add",
        help="create a case",
        description="Create a case; prints it as in 'cases list', plus its evidence files.",
    )
    add.add_argument("--subject", required=True, help="the case's subject line")
    body = add.add_mutually_exclusive_group()
    body.add_argument("--body", metavar="TEXT", help="the customer's first message")
    body.add_argument(
        "--body-file", metavar="FILE", help="read the first message from a UTF-8 file (- = stdin)"
    )
    add.add_argument("--customer", metavar="NAME", help="the customer's name")
    add.add_argument(
        "--marketplace",
        type=cli_args.marketplace,
        metavar="M",
        help="where the order was placed: " + cli_args.MARKETPLACE_HELP,
    )
    add.add_argument(
        "--order", metavar="ORDER_ID", help="the marketplace's order id, e.g. 123-1234567-1234567"
    )
    add.add_argument(
        "--reason", default=CaseReason.OTHER.value, help=f"{values(CaseReason)} (default: other)"
    )
    add.add_argument(
        "--priority", default=Priority.NORMAL.value, help=f"{values(Priority)} (default: normal)"
    )
    add.add_argument("--language", metavar="L", help="the customer's language, e.g. ko or de-DE")
    add.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable)")
    add.add_argument(
        "--attach",
        nargs="+",
        action="extend",
        default=[],
        metavar="FILE",
        help="evidence files: photos, receipts, labels (repeatable)",
    )
    json_flag(add)
    add.set_defaults(handler=cmd_cases_add)

    show = case_commands.add_parser(
        "show",
        help="show one case whole",
        description="Show a case with its customer, order, messages, evidence and history.",
    )
    show.add_argument(
        "ref", help="case ref (K7Q2M-9XA3F; any case, dash optional), full id or order id"
    )
    json_flag(show)
    show.set_defaults(handler=cmd_cases_show)

    return case_commands
