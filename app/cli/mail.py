"""The `mail` group of `workbench`: `mail import PATH...` here; `mail account` and
`mail fetch` come from `mail_fetch.py`.

`mail import` reads .eml files, mbox files, Maildir folders and folders holding any of
them, and imports every message it can, in batches (app/services/mail/sources.py). It
prints counts and a `refused` list of `{path, reason}`: files that cannot be read, mbox
messages that are no mail ("path#n"), and attachments the evidence checks refused
(those carry an `attachment` name; their mail was imported). Exit 2 when anything was
refused, with one line on stderr; everything else is kept either way.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli import mail_fetch
from app.cli import output as out
from app.cli.common import EXIT_BAD_INPUT, EXIT_OK, Run, emit, fail, json_flag

if TYPE_CHECKING:
    from app.services.mail.sources import MailImport


def import_json(result: MailImport) -> dict[str, Any]:
    return {
        "imported": result.imported,
        "new_cases": result.new_cases,
        "duplicates": result.duplicates,
        "evidence": result.evidence,
        "refused": [*result.refused, *result.attachments_refused],
        **({"stopped": result.stopped} if result.stopped is not None else {}),
    }


def import_text(result: MailImport) -> str:
    lines = [
        f"Imported {result.imported:,} message{'s' if result.imported != 1 else ''} "
        f"({result.new_cases:,} new case{'s' if result.new_cases != 1 else ''}, "
        f"{result.evidence:,} attachment{'s' if result.evidence != 1 else ''} as evidence); "
        f"{result.duplicates:,} already stored."
    ]
    for entry in result.refused:
        lines.append(f"  refused {entry['path']}: {entry['reason']}")
    for entry in result.attachments_refused:
        lines.append(f"  not attached from {entry['path']}: {entry['reason']}")
    return "\n".join(lines)


def cmd_mail_import(run: Run) -> int:
    """Import mail files; what cannot be read is listed and the rest kept (then exit 2)."""
    from app.services.mail.sources import import_paths

    # Progress only for a person watching: scripts get stdout and at most one stderr line.
    bar = out.Progress(sys.stderr, "Importing mail") if sys.stderr.isatty() else None
    with run.profile() as profile:
        try:
            result = import_paths(
                profile,
                [Path(p) for p in run.args.paths],
                progress=(lambda done, total, _name: bar(done, total)) if bar else None,
            )
        finally:
            if bar is not None:
                bar.finish()
    emit(run, import_json(result), lambda: import_text(result))
    if result.stopped is not None:
        return fail(f"the import stopped: {result.stopped}", EXIT_BAD_INPUT)
    refused = [*result.refused, *result.attachments_refused]
    if refused:
        first = refused[0]
        more = f" (and {len(refused) - 1} more)" if len(refused) > 1 else ""
        return fail(f"{first['path']}: {first['reason']}{more}", EXIT_BAD_INPUT)
    return EXIT_OK


def add_parsers(
    commands: argparse._SubParsersAction, case_commands: argparse._SubParsersAction
) -> None:
    """Adds the `mail` group: `mail import` here, `mail account` and `mail fetch` from
    `mail_fetch`."""
    del case_commands  # the group adds nothing to `cases`
    mail = commands.add_parser("mail", help="import mail files; the mailbox account and fetch")
    mail_commands = mail.add_subparsers(
        title="subcommands", metavar="COMMAND", dest="mail_command", required=True
    )
    importing = mail_commands.add_parser(
        "import",
        help="import .eml files, mbox files and Maildir folders",
        description="Import mail from .eml files, mbox files, Maildir folders and folders "
        "holding any of them. Each message lands in its case (same thread, else same buyer "
        "and order, else a new case); a message already stored is not stored again. Prints "
        "counts and a 'refused' list of {path, reason}: files that cannot be read, mbox "
        "messages that are no mail (path#n) and attachments the evidence checks refused. "
        "Exit 2 when anything was refused; everything else is kept.",
    )
    importing.add_argument(
        "paths", nargs="+", metavar="PATH", help=".eml or mbox files, Maildir or other folders"
    )
    json_flag(importing)
    importing.set_defaults(handler=cmd_mail_import)
    mail_fetch.add_parsers(mail_commands)
