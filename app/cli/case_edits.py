"""`workbench cases update|note`: change a case and add internal notes from scripts.

    workbench cases update K7Q2M-9XA3F --status resolved --priority high \\
        --assignee "김민지" --add-tag vip --remove-tag late --json
    workbench cases note K7Q2M-9XA3F --body "Refund approved" --json
    echo "ملاحظة" | workbench cases note K7Q2M-9XA3F --body - --json

`cases update` prints the case as `cases show --json` prints it, plus
`"changed"` (false when every value was already so: exit 0 all the same).
Every value is checked before anything is written: a bad status, an empty
tag or a tag both added and removed stops the command with exit 2 and one
line on stderr, and the profile stays as it was. Tags change one by one:
only the named tags are added or removed (tags merge per tag in sync), the
others stay untouched.

`cases note` prints the note as `cases show` prints a message, plus the
case's ref (`case`) and `message_id`.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Callable
from typing import Any

from app.cli import args as cli_args
from app.cli import output as out
from app.cli.cases import case_notices
from app.cli.common import EXIT_OK, CliError, Run, emit, json_flag, values
from app.models.enums import CaseReason, CaseStatus, Priority
from app.services.cases.detail import (
    CaseDetail,
    MessageInfo,
    find_case,
    load_case_detail,
    load_case_history,
)
from app.services.cases.operations import (
    MAX_ASSIGNEE_CHARS,
    add_note,
    change_tags,
    clean_tag,
    update_case,
)
from app.services.core.changes import changes_of
from app.services.core.errors import InvalidInput
from app.services.core.profile import Profile
from app.services.core.validation import MAX_BODY_CHARS, clean_line
from app.services.deadlines.overview import load_case_deadlines

REF_HELP = "case ref (K7Q2M-9XA3F; any case, dash optional), full id or order id"
# The case fields `cases update` sets, in the order its text output names them.
FIELDS = ("status", "priority", "reason", "assignee")


# ----------------------------------------------------------------------------- value types


def enum_choice(enum_type: type, what: str) -> Callable[[str], str]:
    """An argparse type for one of an enum's values; case and - for _ do not matter."""

    def parse(text: str) -> str:
        value = text.strip().lower().replace("-", "_")
        try:
            return enum_type(value).value
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a {what}; use one of {values(enum_type)}"
            ) from None

    return parse


def assignee(text: str) -> str:
    """--assignee: one line of text; "" (or blank) clears the assignee."""
    try:
        return clean_line(text, "assignee", MAX_ASSIGNEE_CHARS, required=False) or ""
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def tag(text: str) -> str:
    """--add-tag/--remove-tag: a tag as the case stores it (lower case, spaces as -)."""
    try:
        return clean_tag(text)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


# ----------------------------------------------------------------------------- update


def requested_fields(args: argparse.Namespace) -> dict[str, object]:
    """The case fields named on the command line (an empty --assignee clears it: None)."""
    fields: dict[str, object] = {}
    for name in FIELDS:
        value = getattr(args, name)
        if value is not None:
            fields[name] = value or None
    return fields


def tag_changes(args: argparse.Namespace) -> tuple[set[str], set[str]]:
    """The tags to add and to remove; one named on both sides is refused."""
    added, removed = set(args.add_tag), set(args.remove_tag)
    both = sorted(added & removed)
    if both:
        raise CliError(
            f"The tag {both[0]!r} is both added and removed; name each tag on one side only."
        )
    return added, removed


def show_json(
    profile: Profile, case_id: uuid.UUID, changed: bool
) -> tuple[dict[str, Any], CaseDetail]:
    """The case as `cases show --json` prints it, plus "changed"."""
    detail = load_case_detail(profile, case_id)
    history = load_case_history(profile, case_id)
    deadlines = load_case_deadlines(profile, case_id)
    notices = case_notices(profile, case_id)
    data = out.detail_json(detail, history, deadlines, profile.now(), sync_notices=notices)
    return {**data, "changed": changed}, detail


def _shown(value: object) -> str:
    return "(nobody)" if value is None else str(value)


def update_text(before: CaseDetail, after: CaseDetail, changed: bool) -> str:
    """One line for people: what changed on the case, or that nothing did."""
    if not changed:
        return f"Nothing to change on {after.ref}."
    parts = [
        f"{name} {_shown(getattr(before, name))} -> {_shown(getattr(after, name))}"
        for name in FIELDS
        if getattr(before, name) != getattr(after, name)
    ]
    added = sorted(set(after.tags) - set(before.tags))
    removed = sorted(set(before.tags) - set(after.tags))
    parts += [f"tag +{t}" for t in added] + [f"tag -{t}" for t in removed]
    return f"Updated {after.ref}: {', '.join(parts) or 'touched'}."


def cmd_cases_update(run: Run) -> int:
    """Change the named fields and tags; every value is checked before anything is written."""
    args = run.args
    fields = requested_fields(args)
    added, removed = tag_changes(args)
    changed = False
    with run.profile() as profile:
        case_id = find_case(profile, args.ref)
        before = load_case_detail(profile, case_id)
        if fields:
            changed |= not changes_of(update_case(profile, case_id, **fields)).empty
        if added or removed:
            changed |= not changes_of(change_tags(profile, case_id, added, removed)).empty
        data, after = show_json(profile, case_id, changed)
    emit(run, data, lambda: update_text(before, after, changed))
    return EXIT_OK


# ----------------------------------------------------------------------------- note


def read_stdin() -> str:
    """The note's text from standard input: UTF-8, within MAX_BODY_CHARS, no NUL bytes;
    the line end(s) a pipe adds at the end (`echo`) are not part of the note."""
    data = sys.stdin.buffer.read(cli_args.MAX_BODY_BYTES + 1)
    too_long = f"standard input: the note is longer than {MAX_BODY_CHARS:,} characters."
    if len(data) > cli_args.MAX_BODY_BYTES:
        raise CliError(too_long)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(
            f"standard input: the note is not UTF-8 text (bad byte at position {exc.start})."
        ) from None
    if len(text) > MAX_BODY_CHARS:
        raise CliError(too_long)
    if "\x00" in text:
        raise CliError("standard input: the note holds NUL bytes; it is not text.")
    return text.rstrip("\r\n")


def note_json(message: MessageInfo, ref: str) -> dict[str, Any]:
    """The note as `cases show` prints a message, plus the case's ref and "message_id"."""
    return {**out.message_json(message), "case": ref, "message_id": str(message.id)}


def cmd_cases_note(run: Run) -> int:
    """An internal note on the case; an empty note is refused before the profile opens."""
    body = read_stdin() if run.args.body == "-" else run.args.body
    if not body.strip():
        raise CliError("The note is empty; give its text with --body TEXT or --body - (stdin).")
    with run.profile() as profile:
        case_id = find_case(profile, run.args.ref)
        added = add_note(profile, case_id, body)
        detail = load_case_detail(profile, case_id)
    message = next(m for m in detail.messages if m.id == added.message_id)
    emit(
        run,
        note_json(message, detail.ref),
        lambda: f"Added a note to {detail.ref} ({len(message.body):,} characters).",
    )
    return EXIT_OK


# ----------------------------------------------------------------------------- parsers


def _update_parser(case_commands: argparse._SubParsersAction) -> None:
    update = case_commands.add_parser(
        "update",
        help="change a case's status, priority, reason, assignee or tags",
        description="Change the named fields and tags of a case; the others stay as they are. "
        "Tags are added and removed one by one. Prints the case as 'cases show' does, plus "
        '"changed" in JSON. Nothing is written if any value is refused.',
    )
    update.add_argument("ref", help=REF_HELP)
    for name, enum_type in (
        ("status", CaseStatus),
        ("priority", Priority),
        ("reason", CaseReason),
    ):
        update.add_argument(
            f"--{name}",
            type=enum_choice(enum_type, name),
            metavar=name[0].upper(),
            help=f"the new {name}: {values(enum_type)}",
        )
    update.add_argument(
        "--assignee",
        type=assignee,
        metavar="A",
        help='who works on the case ("" for nobody)',
    )
    update.add_argument(
        "--add-tag",
        type=tag,
        action="append",
        default=[],
        metavar="T",
        help="add this tag (repeatable)",
    )
    update.add_argument(
        "--remove-tag",
        type=tag,
        action="append",
        default=[],
        metavar="T",
        help="remove this tag (repeatable)",
    )
    json_flag(update)
    update.set_defaults(handler=cmd_cases_update)


def _note_parser(case_commands: argparse._SubParsersAction) -> None:
    note = case_commands.add_parser(
        "note",
        help="add an internal note to a case",
        description="Add an internal note (never sent to the customer) to a case's thread.",
    )
    note.add_argument("ref", help=REF_HELP)
    note.add_argument(
        "--body", required=True, metavar="TEXT", help="the note's text (- reads UTF-8 from stdin)"
    )
    json_flag(note)
    note.set_defaults(handler=cmd_cases_note)


def add_parsers(
    commands: argparse._SubParsersAction, case_commands: argparse._SubParsersAction
) -> None:
    """Adds `cases update` and `cases note` to the cases group (`commands` gets nothing)."""
    del commands
    _update_parser(case_commands)
    _note_parser(case_commands)
