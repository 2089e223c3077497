"""The reply subcommands of `workbench`: check-reply, replies list, replies render.

They follow app/cli/common.py's contract: --json on stdout, exit 0 done, 1 when the
answer is negative (the reply is blocked), 2 on bad input, with one line
"workbench: <reason>" on stderr.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from pathlib import Path

from app.cli import args as cli_args
from app.cli.common import EXIT_NEGATIVE, EXIT_OK, CliError, Run, emit, json_flag
from app.services.cases.detail import find_case, load_case_detail
from app.services.compliance import ComplianceResult, check_reply
from app.services.language.detect import buyer_language
from app.services.replies import Rendered, facts_for_case, load_library, render

MAX_REPLY_FILE_BYTES = 10 * 1024 * 1024


def _read_reply(source: str) -> str:
    """The reply text from a file or stdin (`-`), as UTF-8."""
    try:
        if source == "-":
            data = sys.stdin.buffer.read(MAX_REPLY_FILE_BYTES + 1)
        else:
            with Path(source).open("rb") as handle:
                data = handle.read(MAX_REPLY_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise CliError(f"{source}: no such file") from exc
    except IsADirectoryError as exc:
        raise CliError(f"{source}: this is a folder, not a file") from exc
    except PermissionError as exc:
        raise CliError(f"{source}: you are not allowed to read this file") from exc
    if len(data) > MAX_REPLY_FILE_BYTES:
        raise CliError(f"{source}: over 10 MB; that is not a reply")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(
            f"{source}: not UTF-8 text (byte {exc.start} cannot be read); save it as UTF-8"
        ) from exc


def cmd_check_reply(run: Run) -> int:
    """Check a reply against the marketplace's rules; exit 1 when it must not be sent."""
    args = run.args
    text = _read_reply(args.file)
    result = check_reply(text, marketplace=args.marketplace, locale=args.reply_locale)
    emit(run, result.to_json(), lambda: findings_text(text, result))
    return EXIT_NEGATIVE if result.blocked else EXIT_OK


def findings_text(text: str, result: ComplianceResult) -> str:
    if not result.findings:
        return "No problems found."
    # Where each line starts, once: counting from the start of the text per finding took
    # time growing with the square of the text (100,000 findings: 100 s).
    line_starts = [0]
    line_starts.extend(m.end() for m in re.finditer("\n", text))
    lines = []
    for finding in result.findings:
        line = bisect.bisect_right(line_starts, finding.start)
        column = finding.start - line_starts[line - 1] + 1
        excerpt = " ".join(finding.excerpt.split())[:60]
        label = "BLOCK" if finding.severity == "block" else "warn "
        lines.append(f"{label} {line}:{column} {finding.rule}: {finding.message} «{excerpt}»")
    lines.append("Blocked: do not send this reply." if result.blocked else "Warnings only.")
    return "\n".join(lines)


def cmd_replies_list(run: Run) -> int:
    """The templates in the library and the shop's own, with the languages they have."""
    with run.profile(read_only=True) as profile:
        library = load_library(profile.root)
    rows = [
        {
            "key": t.key,
            "name": t.name_for(run.args.reply_locale or "en"),
            "source": t.source,
            "locales": sorted(t.variants),
            "reasons": list(t.reasons),
            "statuses": list(t.statuses),
        }
        for t in library.templates
    ]
    problems = [str(p) for p in library.problems]
    emit(
        run,
        {"templates": rows, "problems": problems},
        lambda: "\n".join(
            [f"{r['key']:<32} {r['source']:<8} {' '.join(r['locales'])}" for r in rows]
            + [f"problem: {p}" for p in problems]
        ),
    )
    return EXIT_OK


def cmd_replies_render(run: Run) -> int:
    """A template filled with a case's facts, in the buyer's language unless told otherwise."""
    args = run.args
    with run.profile(read_only=True) as profile:
        library = load_library(profile.root)
        template = library.get(args.template)
        case_id = find_case(profile, args.case)
        locale = args.reply_locale or buyer_language(profile, case_id).locale or "en"
        rendered = render(template, facts_for_case(profile, case_id), locale)
        ref = load_case_detail(profile, case_id).ref
    emit(run, _rendered_json(ref, rendered), lambda: _rendered_text(rendered))
    return EXIT_OK


def _rendered_json(ref: str, rendered: Rendered) -> dict:
    return {
        "template": rendered.key,
        "case": ref,
        "locale": rendered.locale,
        "requested_locale": rendered.requested,
        "fell_back": rendered.fell_back,
        "chain": list(rendered.chain),
        "subject": rendered.subject,
        "body": rendered.body,
        "missing": list(rendered.missing),
    }


def _rendered_text(rendered: Rendered) -> str:
    lines = [rendered.subject, "", rendered.body]
    if rendered.fell_back:
        lines.append(f"\n(no {rendered.requested} variant: written in {rendered.locale})")
    if rendered.missing:
        lines.append(f"(facts missing from the case: {', '.join(rendered.missing)})")
    return "\n".join(lines)


def add_parsers(commands: argparse._SubParsersAction) -> argparse._SubParsersAction:
    check = commands.add_parser(
        "check-reply",
        help="check a reply against the marketplace's messaging rules",
        description="Check a reply for what the marketplace forbids (e-mail addresses, phone "
        "numbers, links, off-platform contact or payment, review incentives...) and what it "
        "frowns on (no order id, too long, emoji). Needs no profile. Exit 1 when blocked.",
    )
    check.add_argument("file", metavar="FILE", help="the reply as UTF-8 text, or - for stdin")
    check.add_argument(
        "--marketplace",
        type=cli_args.marketplace,
        metavar="M",
        help="whose limits apply: " + cli_args.MARKETPLACE_HELP,
    )
    check.add_argument(
        "--locale", dest="reply_locale", metavar="L", help="the reply's language, e.g. ko"
    )
    json_flag(check)
    check.set_defaults(handler=cmd_check_reply)

    replies = commands.add_parser("replies", help="canned replies")
    reply_commands = replies.add_subparsers(
        title="subcommands", metavar="COMMAND", dest="replies_command", required=True
    )
    listing = reply_commands.add_parser(
        "list", help="the reply templates, the library's and the shop's own"
    )
    listing.add_argument(
        "--locale", dest="reply_locale", metavar="L", help="show names in this language"
    )
    json_flag(listing)
    listing.set_defaults(handler=cmd_replies_list)

    rendering = reply_commands.add_parser(
        "render",
        help="fill a reply template with a case's facts",
        description="Fill a template with the case's facts (buyer, order, return deadline, "
        "refund, tracking) in the buyer's language, detected from their messages, or --locale.",
    )
    rendering.add_argument("template", metavar="TEMPLATE_KEY", help="e.g. wrong_size_return")
    rendering.add_argument("--case", required=True, metavar="REF", help="case ref or order id")
    rendering.add_argument(
        "--locale", dest="reply_locale", metavar="L", help="write in this language"
    )
    json_flag(rendering)
    rendering.set_defaults(handler=cmd_replies_render)
    return reply_commands
