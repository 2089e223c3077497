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
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import app
from app.cli import args as cli_args
from app.cli import output as out
from app.errors import UserError
from app.models.enums import CaseReason, CaseStatus, Priority
from app.services.cases.detail import find_case, load_case_detail, load_case_history
from app.services.cases.operations import NewCase, create_case
from app.services.core.durable import TargetExists, check_output_target
from app.services.core.errors import StorageError
from app.services.core.marketplaces import MARKETPLACES
from app.services.core.profile import Profile, configure_logging, default_data_dir
from app.services.deadlines.overview import load_case_deadlines
from app.services.inbox.queries import (
    InboxQuery,
    InboxRow,
    View,
    case_rowids,
    rows_for,
)
from app.services.inbox.queries import first_page as inbox_first_page

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_NEGATIVE = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 70  # EX_SOFTWARE
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # what a shell reports for a tool killed by SIGPIPE (`| head`)

_PAGE = 1000  # rows fetched at a time when `cases list --limit 0` asks for everything


class CliError(UserError):
    """Bad input noticed by the command line itself; `str()` is the one-line reason."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error on one line (and exits 2, as argparse does)."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix("workbench").strip()
        where = f"{command}: " if command else ""
        hint = f"try 'workbench {command + ' ' if command else ''}--help'"
        message = out.terminal_safe(" ".join(message.split()))
        self.exit(EXIT_BAD_INPUT, f"workbench: {where}{message} ({hint})\n")


@dataclass
class Run:
    """One invocation: its arguments, data folder and logging, tidied up at the end of `main`."""

    args: argparse.Namespace
    argv: Sequence[str]
    data_dir: Path | None = None
    log_root: Path | None = None
    log_handlers: list[logging.Handler] = field(default_factory=list)
    log_level: int = field(default_factory=lambda: logging.getLogger().level)

    def log_to(self, root: Path) -> None:
        """Send log records (and tracebacks of bugs) to `root/logs/workbench.log`, once."""
        if self.log_root is not None:
            return
        before = set(logging.getLogger().handlers)
        configure_logging(root)
        self.log_handlers = [h for h in logging.getLogger().handlers if h not in before]
        self.log_root = root

    @contextmanager
    def profile(self, *, read_only: bool = False) -> Iterator[Profile]:
        """The profile in the chosen data folder, opened (created or migrated) and closed;
        `read_only` for commands that only read: nothing of theirs is written to the
        folder (SQLite may leave its empty -wal/-shm companions), so they work on a full
        disk or a read-only medium. A folder with no profile yet, or an older one, is
        made or upgraded first, as any command always did."""
        try:
            profile = Profile.open(self.data_dir, read_only=read_only)
        except StorageError as exc:
            if not (read_only and exc.kind in ("missing", "needs_upgrade")):
                raise
            # No profile yet (or another process is just making it), or an older one: made
            # or upgraded as before, so a new profile lists empty and an old one opens.
            read_only = False
            profile = Profile.open(self.data_dir)
        try:
            try:
                self.log_to(profile.root)
            except OSError:
                if not read_only:  # a read needs no log file it cannot create
                    raise
            yield profile
        finally:
            profile.close()

    def close(self) -> None:
        """Undo the logging set-up (main() may run many times in one process, as in tests)."""
        root_logger = logging.getLogger()
        for handler in self.log_handlers:
            root_logger.removeHandler(handler)
            handler.close()
        root_logger.setLevel(self.log_level)


# ----------------------------------------------------------------------------- output


def _print(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _discard_stdout() -> None:
    """Point stdout at /dev/null, so that the flush at exit does not fail again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def emit(run: Run, data: Any, text: Callable[[], str]) -> None:
    """Print `data` as JSON with --json, else the text for people (control characters
    escaped in both: nothing printed can rewrite the terminal)."""
    _print(out.to_json(data) if run.args.json else out.terminal_safe(text()))


def _utf8_streams() -> None:
    """JSON is UTF-8 on stdout whatever the locale; stderr must never fail on a name."""
    stdout = sys.stdout
    if (stdout.encoding or "").lower().replace("-", "") != "utf8" and hasattr(
        stdout, "reconfigure"
    ):
        stdout.reconfigure(encoding="utf-8")
    if hasattr(sys.stderr, "reconfigure"):
        sys.stderr.reconfigure(errors="backslashreplace")


# ----------------------------------------------------------------------------- subcommands


def cmd_gui(run: Run) -> int:
    """No subcommand: the desktop app (imported late so scripts never load Qt)."""
    from app.ui.app import run_gui

    return run_gui(run.data_dir, locale=run.args.locale)


def cmd_cases_list(run: Run) -> int:
    """The cases of a view, filtered and searched in SQL by the inbox's own query."""
    args = run.args
    search = args.search or ""
    if args.status is not None:
        if not args.status.strip():
            raise CliError(
                f"--status is empty; use one of {_values(CaseStatus)}, or open, waiting, done."
            )
        search = f'{search} status:"{args.status}"'.strip()
    with run.profile(read_only=True) as profile:
        query = InboxQuery(view=View(args.view), search=search, agent=profile.agent)
        rows = list(_list_rows(profile, query, args.limit))
    emit(run, [out.row_json(r) for r in rows], lambda: out.rows_table(rows))
    return EXIT_OK


def _list_rows(profile: Profile, query: InboxQuery, limit: int) -> Iterator[InboxRow]:
    with profile.read() as session:
        connection = session.connection()
        if limit:
            yield from inbox_first_page(connection, query, limit)
            return
        rowids = case_rowids(connection, query)
        for start in range(0, len(rowids), _PAGE):
            page = list(rowids[start : start + _PAGE])
            found = rows_for(connection, page)
            yield from (found[r] for r in page if r in found)


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


def cmd_cases_show(run: Run) -> int:
    """One case whole, found by ref (any case, dash optional), full id or order id."""
    with run.profile(read_only=True) as profile:
        case_id = find_case(profile, run.args.ref)
        detail = load_case_detail(profile, case_id)
        history = load_case_history(profile, case_id)
        deadlines = load_case_deadlines(profile, case_id)
        now = profile.now()
    emit(
        run,
        out.detail_json(detail, history, deadlines, now),
        lambda: out.detail_text(detail, history, deadlines, now),
    )
    return EXIT_OK


def cmd_demo_seed(run: Run) -> int:
    """The scripted demo cases (once per profile), then `--cases N` generated ones."""
    from app.demo import seed_demo

    progress = out.Progress(sys.stderr)
    started = time.perf_counter()
    with run.profile() as profile:
        try:
            result = seed_demo(profile, generated=run.args.cases, progress=progress)
        finally:
            progress.finish()
    seconds = round(time.perf_counter() - started, 3)
    summary = {"scripted": result.scripted, "generated": result.generated, "seconds": seconds}
    emit(
        run,
        summary,
        lambda: (
            f"Seeded {result.scripted} scripted and {result.generated} generated cases "
            f"in {seconds:.1f} s into {run.data_dir}"
        ),
    )
    return EXIT_OK


def output_target(run: Run, out: str) -> Path:
    """Where `--out` may write: never inside the profile, never over a non-regular file,
    over an existing file only with --force."""
    try:
        return check_output_target(Path(out), run.data_dir, overwrite=run.args.force)
    except TargetExists as exc:
        raise CliError(f"{exc} Add --force to replace it.") from None


def cmd_screenshot(run: Run) -> int:
    """A PNG of the main window (the UI module is imported only here)."""
    from app.ui.screenshot import save_screenshot

    args = run.args
    target = output_target(run, args.out)
    with run.profile() as profile:
        if args.case:
            find_case(profile, args.case)  # an unknown ref fails fast, before Qt starts
        save_screenshot(
            profile,
            target,
            case_ref=args.case,
            locale=args.shot_locale or args.locale,
            size=args.size,
        )
    emit(run, {"out": str(target)}, lambda: f"Saved {target}")
    return EXIT_OK


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


# ----------------------------------------------------------------------------- parser


def _values(enum_type: type) -> str:
    return ", ".join(m.value for m in enum_type)


def json_flag(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: when absent here, the global --json (before the subcommand) stands.
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON (UTF-8)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workbench",
        description="Support Workbench: after-sales cases for marketplace sellers. "
        "Without a subcommand it opens the desktop app.",
        epilog="Exit codes: 0 done, 1 ran but the answer is negative, 2 bad input or a "
        "storage problem (one line on stderr), 70 internal error (see logs/workbench.log).",
    )
    parser.add_argument(
        "--version", action="version", version=f"workbench {app.__version__}", help="show version"
    )
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
    parser.set_defaults(handler=cmd_gui)
    commands = parser.add_subparsers(title="subcommands", metavar="COMMAND")

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
        help=f"only cases in this status ({_values(CaseStatus)}) or group (open, waiting, done)",
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
        "--marketplace", metavar="M", help=f"where the order was placed ({', '.join(MARKETPLACES)})"
    )
    add.add_argument(
        "--order", metavar="ORDER_ID", help="the marketplace's order id, e.g. 123-1234567-1234567"
    )
    add.add_argument(
        "--reason", default=CaseReason.OTHER.value, help=f"{_values(CaseReason)} (default: other)"
    )
    add.add_argument(
        "--priority", default=Priority.NORMAL.value, help=f"{_values(Priority)} (default: normal)"
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

    # They build on this module, so they are loaded once this one is.
    from app.cli import evidence as cli_evidence
    from app.cli import replies as cli_replies
    from app.cli import storage as cli_storage

    cli_evidence.add_parsers(commands, case_commands)
    cli_replies.add_parsers(commands)
    cli_storage.add_parsers(commands)

    demo = commands.add_parser("demo", help="demo data")
    demo_commands = demo.add_subparsers(
        title="subcommands", metavar="COMMAND", dest="demo_command", required=True
    )
    seed = demo_commands.add_parser(
        "seed", help="fill the profile with demo cases", description="Add the demo cases."
    )
    seed.add_argument(
        "--cases",
        type=cli_args.count,
        default=0,
        metavar="N",
        help="how many generated cases to add besides the scripted ones (default: 0)",
    )
    json_flag(seed)
    seed.set_defaults(handler=cmd_demo_seed)

    shot = commands.add_parser(
        "screenshot", help="save a picture of the main window", description="Render the app."
    )
    shot.add_argument("--out", required=True, metavar="FILE.png", help="where to save the PNG")
    shot.add_argument(
        "--force", action="store_true", help="replace FILE.png if it exists (a regular file)"
    )
    shot.add_argument("--case", metavar="REF", help="open this case first")
    shot.add_argument("--locale", dest="shot_locale", metavar="L", help="UI language")
    shot.add_argument(
        "--size",
        type=cli_args.size,
        default=(1280, 800),
        metavar="WxH",
        help="window size (1280x800)",
    )
    json_flag(shot)
    shot.set_defaults(handler=cmd_screenshot)

    _policy_parser(commands)
    return parser


def _policy_parser(commands: argparse._SubParsersAction) -> None:
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
        "--marketplace", required=True, metavar="M", help=f"one of {', '.join(MARKETPLACES)}"
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


# ----------------------------------------------------------------------------- main


def _prepare_demo(run: Run) -> None:
    from app.demo import seed_demo

    run.data_dir = Path(tempfile.mkdtemp(prefix="workbench-demo-"))
    sys.stderr.write("Preparing the demo profile…\n")
    sys.stderr.flush()
    with run.profile() as profile:
        seed_demo(profile)


def fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    sys.stderr.write(f"workbench: {out.terminal_safe(' '.join(message.split()))}\n")
    sys.stderr.flush()
    return code


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
    parser = build_parser()
    try:
        args = parser.parse_args(cli_args.join_dash_values(argv))
    except SystemExit as exc:  # --help, --version, or a usage error already reported
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    run = Run(args, argv)
    try:
        cli_args.check_text_arguments(parser, args)
        if args.demo:
            _prepare_demo(run)
        else:
            run.data_dir = (args.data_dir or default_data_dir()).expanduser().absolute()
        return args.handler(run)
    except UserError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:  # the reader went away (`| head`): not a bug, nothing to say
        _discard_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as exc:
        return _internal_error(run, exc)
    finally:
        run.close()
