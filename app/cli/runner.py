"""The `workbench` command: opens the GUI, or runs a scriptable subcommand.

    workbench [--data-dir DIR | --demo] [--locale L]          the GUI
    workbench [--data-dir DIR] cases list|add|show ... [--json]
    workbench [--data-dir DIR] cases attach REF FILE… [--kind K] [--caption T] [--allow-executable]
    workbench [--data-dir DIR] evidence export REF --out BUNDLE.zip [--keep-location] [--json]
    workbench [--data-dir DIR] doctor [--clean-orphans] [--json]
    workbench [--data-dir DIR] demo seed [--cases N] [--json]
    workbench [--data-dir DIR] screenshot --out FILE.png [--case REF]
    workbench policy return-window --marketplace M (--delivered D | --estimated-delivery D)
              [--purchased D] [--category C] [--today D] [--json]
    workbench check-reply [--marketplace M] [--locale L] (FILE | -) [--json]
    workbench [--data-dir DIR] replies list [--json]
    workbench [--data-dir DIR] replies render TEMPLATE_KEY --case REF [--locale L] [--json]

Exit codes (DESIGN.md section 7): 0 success; 1 ran, but the answer is
negative; 2 bad input or a storage problem the user can fix, with one line
"workbench: <reason>" on stderr; 70 a bug, whose traceback goes to the
profile's logs/workbench.log. JSON goes to stdout as UTF-8 whatever the locale.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

import app
from app.cli import args as cli_args
from app.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_BROKEN_PIPE,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    Parser,
    Run,
    discard_stdout,
    fail,
)
from app.errors import UserError
from app.paths import default_data_dir

log = logging.getLogger(__name__)


def _utf8_streams() -> None:
    """JSON is UTF-8 on stdout whatever the locale; stderr must never fail on a name."""
    stdout = sys.stdout
    if (stdout.encoding or "").lower().replace("-", "") != "utf8" and hasattr(
        stdout, "reconfigure"
    ):
        stdout.reconfigure(encoding="utf-8")
    if hasattr(sys.stderr, "reconfigure"):
        sys.stderr.reconfigure(errors="backslashreplace")


def cmd_gui(run: Run) -> int:
    """No subcommand: the desktop app (imported late so scripts never load Qt)."""
    from app.ui.app import run_gui

    return run_gui(run.data_dir, locale=run.args.locale)


def _global_options(parser: argparse.ArgumentParser) -> None:
    """The options before any subcommand (shared by the full parser and the quick one)."""
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--data-dir",
        type=cli_args.data_dir,
        metavar="DIR",
        help=f"the profile folder (default: {default_data_dir()})",
    )
    where.add_argument(
        "--demo",
        action="store_true",
        help="use a throwaway profile in a new temporary folder, filled with demo data",
    )
    parser.add_argument("--json", action="store_true", help="print JSON (UTF-8)")
    parser.add_argument(
        "--locale", metavar="L", help="UI language for the app and screenshots, e.g. de or ko"
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; loads every command group (and the services they use)."""
    from app.cli import case_edits as cli_case_edits
    from app.cli import cases as cli_cases
    from app.cli import contacts as cli_contacts
    from app.cli import demo as cli_demo
    from app.cli import evidence as cli_evidence
    from app.cli import mail as cli_mail
    from app.cli import orders as cli_orders
    from app.cli import outbox as cli_outbox
    from app.cli import policy as cli_policy
    from app.cli import replies as cli_replies
    from app.cli import storage as cli_storage
    from app.cli import sync as cli_sync
    from app.cli import sync_admin as cli_sync_admin

    parser = Parser(
        prog="workbench",
        description="Support Workbench: after-sales cases for marketplace sellers. "
        "Without a subcommand it opens the desktop app.",
        epilog="Exit codes: 0 done, 1 ran but the answer is negative, 2 bad input or a "
        "storage problem (one line on stderr), 70 internal error (see logs/workbench.log).",
    )
    parser.add_argument(
        "--version", action="version", version=f"workbench {app.__version__}", help="show version"
    )
    _global_options(parser)
    parser.set_defaults(handler=cmd_gui)
    commands = parser.add_subparsers(title="subcommands", metavar="COMMAND")
    case_commands = cli_cases.add_parsers(commands)
    cli_evidence.add_parsers(commands, case_commands)
    reply_commands = cli_replies.add_parsers(commands)
    from app.cli import approvals as cli_approvals

    cli_approvals.add_parsers(reply_commands)
    cli_storage.add_parsers(commands)
    cli_demo.add_parsers(commands)
    cli_policy.add_parsers(commands)
    cli_mail.add_parsers(commands, case_commands)
    cli_outbox.add_parsers(commands, case_commands)
    cli_contacts.add_parsers(commands, case_commands)
    cli_case_edits.add_parsers(commands, case_commands)
    cli_orders.add_parsers(commands)
    cli_sync_admin.add_parsers(commands)
    cli_sync.add_parsers(commands)
    return parser


class _NotJustTheWindow(Exception):  # noqa: N818 - a signal between two parsers, not an error
    """The quick parser met something it does not know: the full parser takes over."""


class _QuickParser(Parser):
    def error(self, message: str) -> NoReturn:  # noqa: ARG002 - the full parser will say it
        raise _NotJustTheWindow


def _quick_parser() -> argparse.ArgumentParser:
    """The global options alone: enough to open the window."""
    quick = _QuickParser(prog="workbench", add_help=False)
    _global_options(quick)
    return quick


def _gui_arguments(
    quick: argparse.ArgumentParser, argv: Sequence[str]
) -> argparse.Namespace | None:
    """The arguments when they only open the window (no subcommand, no --help or
    --version), parsed without loading the command groups: the window shows sooner."""
    try:
        args, rest = quick.parse_known_args(argv)
    except (_NotJustTheWindow, SystemExit):
        return None  # a usage error: the full parser reports it
    if rest:
        return None
    args.handler = cmd_gui
    return args


def _internal_error(run: Run, exc: BaseException) -> int:
    """A bug: the traceback goes to the profile's log, one line to the user."""
    root = run.log_root or run.data_dir
    details = "no log folder was available"
    if root is not None and (root / "logs").is_dir():
        try:
            run.log_to(root)
            details = f"details in {root / 'logs' / 'workbench.log'}"
        except OSError:
            pass
    # Arguments may hold undecodable bytes (file names): logged as escapes, never lost.
    shown = " ".join(
        a.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") for a in run.argv
    )
    log.exception("workbench %s failed", shown or "(gui)")
    return fail(f"internal error: {type(exc).__name__}: {exc} ({details})", EXIT_INTERNAL)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (python -m app exits with it)."""
    _utf8_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    joined = cli_args.join_dash_values(argv)
    quick = _quick_parser()
    args = _gui_arguments(quick, joined)
    parser = None
    if args is None:
        parser = build_parser()
        try:
            args = parser.parse_args(joined)
        except SystemExit as exc:  # --help, --version, or a usage error already reported
            return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    run = Run(args, argv)
    try:
        cli_args.check_text_arguments(parser or quick, args)
        if args.demo:
            from app.cli.demo import prepare_demo

            prepare_demo(run)
        else:
            run.data_dir = (args.data_dir or default_data_dir()).expanduser().absolute()
        return args.handler(run)
    except UserError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:  # the reader went away (`| head`): not a bug, nothing to say
        discard_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as exc:
        return _internal_error(run, exc)
    finally:
        run.close()
