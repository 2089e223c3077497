"""`workbench cases log-contact`: record a phone call, chat, call-back or social contact.

    workbench cases log-contact K7Q2M-9XA3F --channel phone --direction in \\
        --summary "Buyer called: the parcel arrived" --minutes 12 --at 2026-11-23T14:05 --json

Prints the logged contact as `cases show` prints a message, with `contact`
(true) and `minutes` (null when not noted) and the case's ref. Exit 2 with one
line on stderr for bad input (an unknown channel, an empty summary, a time in
the future...), as every command does (DESIGN.md section 7).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.cli import args as cli_args
from app.cli import output as out
from app.cli.common import EXIT_OK, Run, emit, json_flag
from app.models.enums import CONTACT_CHANNELS
from app.services.cases.contacts import default_direction, log_contact
from app.services.cases.detail import MessageInfo, find_case, load_case_detail

CHANNELS = [c.value for c in CONTACT_CHANNELS]
CHANNEL_WORDS = {
    "phone": "phone call",
    "chat": "chat",
    "callback": "call-back",
    "social": "social media contact",
    "other": "contact",
}
DIRECTION_WORDS = {"inbound": "incoming", "outbound": "outgoing"}


def contact_json(message: MessageInfo, ref: str) -> dict[str, Any]:
    """A contact as `cases show` prints a message, plus what makes it a contact."""
    return {
        **out.message_json(message),
        "contact": message.contact,
        "minutes": message.minutes,
        "case": ref,
    }


def contact_text(message: MessageInfo, ref: str) -> str:
    channel = CHANNEL_WORDS.get(message.channel, message.channel)
    details = [DIRECTION_WORDS.get(message.direction, message.direction)]
    if message.minutes is not None:
        details.append(f"{message.minutes} min")
    when = message.created_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"Logged a {channel} on {ref} ({', '.join(details)}) at {when}"


def when(text: str) -> dt.datetime:
    """--at: an ISO 8601 date and time (2026-11-23T14:05, 2026-11-23 14:05+09:00, ...Z);
    without an offset it is this computer's local time, as the window shows times."""
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date and time like 2026-11-23T14:05 or 2026-11-23T14:05+01:00"
        ) from None
    if value.utcoffset() is None:
        value = value.astimezone()  # local time, as the agent reads it
    return value.astimezone(dt.UTC)


def channel(text: str) -> str:
    value = text.strip().lower().replace("-", "")
    if value not in CHANNELS:
        raise argparse.ArgumentTypeError(f"{text!r} is not one of {', '.join(CHANNELS)}")
    return value


def cmd_log_contact(run: Run) -> int:
    """Log the contact on the case found by ref, full id or order id."""
    args = run.args
    with run.profile() as profile:
        case_id = find_case(profile, args.ref)
        logged = log_contact(
            profile,
            case_id,
            channel=args.channel,
            direction=args.direction or default_direction(args.channel),
            summary=args.summary,
            at=args.at,
            minutes=args.minutes,
        )
        detail = load_case_detail(profile, case_id)
    message = next(m for m in detail.messages if m.id == logged.message_id)
    emit(run, contact_json(message, detail.ref), lambda: contact_text(message, detail.ref))
    return EXIT_OK


def add_parsers(
    commands: argparse._SubParsersAction, case_commands: argparse._SubParsersAction
) -> None:
    """Adds `cases log-contact` to the cases group (`commands` gets nothing of ours)."""
    del commands
    log = case_commands.add_parser(
        "log-contact",
        help="record a phone call, chat, call-back or social contact on a case",
        description="Record a contact that did not come through the marketplace's messages: "
        "a phone call, chat, call-back or social-media message. It shows in the case's "
        "thread and history; it neither starts nor stops the 24-hour reply clock. An "
        "incoming contact on a case waiting on the customer reopens it.",
    )
    log.add_argument(
        "ref", help="case ref (K7Q2M-9XA3F; any case, dash optional), full id or order id"
    )
    log.add_argument(
        "--channel",
        required=True,
        type=channel,
        metavar="CHANNEL",
        help=f"how the buyer and you were in touch: {', '.join(CHANNELS)}",
    )
    log.add_argument(
        "--direction",
        choices=["in", "out"],
        help="in: the buyer contacted you; out: you contacted the buyer "
        "(default: out for a callback, in otherwise)",
    )
    log.add_argument("--summary", required=True, metavar="TEXT", help="what was said and agreed")
    log.add_argument(
        "--minutes",
        type=cli_args.count,
        metavar="N",
        help="how long it took, in minutes (0 to 1440)",
    )
    log.add_argument(
        "--at",
        type=when,
        metavar="WHEN",
        help="when it happened, ISO 8601 (2026-11-23T14:05, local time unless an offset "
        "or Z is given; default: now)",
    )
    json_flag(log)
    log.set_defaults(handler=cmd_log_contact)
