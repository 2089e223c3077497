"""The contact log: phone calls, chats, call-backs and social-media contacts on a case.

Buyers reach a seller outside the marketplace's messages too (DOMAIN.md). An
agent records such a contact on the case: its channel, who started it
(inbound: the buyer; outbound: the seller), when it happened, how long it
took and what was said. It is stored as a `Message` row with `contact` set;
it is never sent (`outbound_state` is None) and it neither starts nor stops
the marketplace's 24-hour message clock (`last_inbound_at` and
`last_outbound_at` stay as they are; the clocks skip contact rows).

What a contact does to the case's status, as a seller expects it:
- an inbound contact on a case waiting on the customer means the customer
  answered: the case is open again;
- any contact on a new case opens it: an agent has spoken with the buyer;
- a case waiting on a third party keeps waiting (a buyer asking how it goes
  does not change whom the seller waits for), and a resolved or closed case
  stays as it is (the agent who logs a "thank you" call decides whether to
  reopen; logging never does it behind their back).

A wrong entry is fixed with `update_contact` (channel, direction, time,
duration; a changed summary replaces the row, because a message's text is
written once: `oplog.HELD_BY_ROW`) or removed with `remove_contact`
(a tombstone with its operation: history and sync keep it).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Final

from sqlalchemy.orm import Session

from app.models.entities import Case, Message
from app.models.enums import CONTACT_CHANNELS, CaseStatus, Channel, Direction
from app.models.ids import new_id
from app.services.cases.operations import load_case
from app.services.core.changes import Changes
from app.services.core.errors import InvalidInput, NotFound
from app.services.core.profile import Profile
from app.services.core.validation import MAX_BODY_CHARS, check_aware, clean_text
from app.services.deadlines.escalation import refresh_signals

MAX_MINUTES = 24 * 60
# How far ahead of this computer's clock a contact may be (another device's clock, a
# call logged as it ends): more is a typing mistake.
FUTURE_SLACK = dt.timedelta(minutes=5)
# How long before the case was opened a contact may have happened: buyers often call
# first and the case is opened later, but a year before is a mistyped date.
BEFORE_CASE = dt.timedelta(days=366)

DIRECTIONS: Final = {
    "in": Direction.INBOUND.value,
    "inbound": Direction.INBOUND.value,
    "out": Direction.OUTBOUND.value,
    "outbound": Direction.OUTBOUND.value,
}


def default_direction(channel: str) -> str:
    """Who usually starts a contact on `channel`: a call-back is the seller calling the
    buyer back; anything else is most often the buyer getting in touch."""
    return Direction.OUTBOUND.value if channel == Channel.CALLBACK else Direction.INBOUND.value


@dataclass(frozen=True)
class ContactLogged:
    """What `log_contact` (and `update_contact`) wrote: the contact's message id."""

    changes: Changes
    message_id: uuid.UUID


# ----------------------------------------------------------------------------- checks


def contact_channel(value: object) -> str:
    """`value` as one of the contact channels, or InvalidInput naming them."""
    allowed = [c.value for c in CONTACT_CHANNELS]
    text = value.strip().lower() if isinstance(value, str) else value
    if text not in allowed:
        raise InvalidInput(f"Unknown contact channel {value!r}; use one of: {', '.join(allowed)}.")
    return str(text)


def contact_direction(value: object) -> str:
    """`value` (in, out, inbound, outbound) as a stored direction."""
    text = value.strip().lower() if isinstance(value, str) else value
    if text not in DIRECTIONS:
        raise InvalidInput(
            f"Unknown contact direction {value!r}; use in (the buyer contacted you) "
            "or out (you contacted the buyer)."
        )
    return DIRECTIONS[text]


def contact_minutes(value: object) -> int | None:
    """A duration in whole minutes, 0 to 1440, or None when not noted."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"The duration {value!r} is not a whole number of minutes.")
    if not 0 <= value <= MAX_MINUTES:
        raise InvalidInput(
            f"The duration {value} minutes is out of range; give 0 to {MAX_MINUTES} minutes."
        )
    return value


def _summary(text: object) -> str:
    if text is not None and not isinstance(text, str):
        raise InvalidInput("The contact summary must be text.")
    summary = clean_text(text, "contact summary", MAX_BODY_CHARS)
    assert summary is not None  # required
    return summary


def _check_time(at: dt.datetime, case: Case, now: dt.datetime) -> None:
    if at > now + FUTURE_SLACK:
        raise InvalidInput(
            f"The contact time {at.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC is in the future; "
            "log a contact once it has happened."
        )
    if at < case.created_at - BEFORE_CASE:
        raise InvalidInput(
            f"The contact time {at.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC is more than a year "
            "before the case was opened; check the date."
        )


def _check_at(at: object) -> dt.datetime | None:
    if at is None:
        return None
    if not isinstance(at, dt.datetime):
        raise InvalidInput("The contact time must be a date and time.")
    check_aware(at, "contact time")
    return at


def _load_contact(session: Session, message_id: uuid.UUID) -> Message:
    message = session.get(Message, message_id)
    if message is None or message.deleted_at is not None or not message.contact:
        raise NotFound(f"There is no logged contact with id {message_id}.")
    return message


# ----------------------------------------------------------------------------- writes


def log_contact(
    profile: Profile,
    case_id: uuid.UUID,
    *,
    channel: str,
    direction: str,
    summary: str,
    at: dt.datetime | None = None,
    minutes: int | None = None,
) -> ContactLogged:
    """Record a phone call, chat, call-back or social contact on a case (see the module)."""
    channel = contact_channel(channel)
    direction = contact_direction(direction)
    body = _summary(summary)
    minutes = contact_minutes(minutes)
    at = _check_at(at)
    with profile.write() as session:
        case = load_case(session, case_id)
        now = profile.now()
        at = at or now
        _check_time(at, case, now)
        message = _insert(session, profile, case, channel, direction, body, at, minutes)
        _follow_status(session, profile, case, direction)
        case.updated_at = now
        refresh_signals(session, profile, case)
        message_id = message.id
    return ContactLogged(
        changes=Changes(cases=frozenset({case_id}), messages=frozenset({message_id})),
        message_id=message_id,
    )


def _insert(
    session: Session,
    profile: Profile,
    case: Case,
    channel: str,
    direction: str,
    body: str,
    at: dt.datetime,
    minutes: int | None,
) -> Message:
    message = Message(
        id=new_id(),
        case_id=case.id,
        direction=direction,
        channel=channel,
        author=profile.agent,
        body=body,
        language=None,  # the agent's own words about the contact
        created_at=at,
        outbound_state=None,  # never sent
        contact=True,
        minutes=minutes,
    )
    session.add(message)
    session.flush()
    profile.ops.record_create(session, "message", message, case_id=case.id)
    return message


def _follow_status(session: Session, profile: Profile, case: Case, direction: str) -> None:
    """The status change a contact implies (module docstring), logged as a case update."""
    answered = case.status == CaseStatus.WAITING_CUSTOMER and direction == Direction.INBOUND
    if case.status != CaseStatus.NEW and not answered:
        return
    after = CaseStatus.OPEN.value
    profile.ops.record(
        session,
        entity="case",
        entity_id=case.id,
        action="update",
        data={"status": [case.status, after]},
        case_id=case.id,
    )
    case.status = after


_UNSET: Final = object()


def update_contact(
    profile: Profile,
    message_id: uuid.UUID,
    *,
    channel: str | None = None,
    direction: str | None = None,
    at: dt.datetime | None = None,
    minutes: object = _UNSET,
    summary: str | None = None,
) -> ContactLogged:
    """Correct a logged contact; only the given fields change (`minutes=None` clears the
    duration). A new summary replaces the row (the old one is tombstoned, the new one
    keeps the corrected fields): the result's `message_id` is then the new row's."""
    channel = contact_channel(channel) if channel is not None else None
    direction = contact_direction(direction) if direction is not None else None
    at = _check_at(at)
    new_minutes = contact_minutes(minutes) if minutes is not _UNSET else _UNSET
    body = _summary(summary) if summary is not None else None
    with profile.write() as session:
        message = _load_contact(session, message_id)
        case = load_case(session, message.case_id)
        now = profile.now()
        if at is not None:
            _check_time(at, case, now)
        wanted = {
            "channel": channel,
            "direction": direction,
            "created_at": at,
            "minutes": new_minutes,
        }
        diff = {
            name: [getattr(message, name), value]
            for name, value in wanted.items()
            if value is not _UNSET
            and (value is not None or name == "minutes")
            and getattr(message, name) != value
        }
        replace = body is not None and body != message.body
        if not diff and not replace:
            return ContactLogged(changes=Changes(), message_id=message.id)
        if replace:
            _tombstone(session, profile, message, now)
            fields = {name: pair[1] for name, pair in diff.items()}
            result = _insert(
                session,
                profile,
                case,
                fields.get("channel", message.channel),
                fields.get("direction", message.direction),
                body,
                fields.get("created_at", message.created_at),
                fields.get("minutes", message.minutes),
            )
        else:
            for name, (_before, after) in diff.items():
                setattr(message, name, after)
            # Unchanged pairs say what kind of row changed, for the history.
            marks = {"contact": [True, True], "channel": [message.channel, message.channel]}
            profile.ops.record(
                session,
                entity="message",
                entity_id=message.id,
                action="update",
                data={**marks, **diff},
                case_id=case.id,
            )
            result = message
        case.updated_at = now
        refresh_signals(session, profile, case)
        case_id, ids, kept_id = case.id, frozenset({message.id, result.id}), result.id
    return ContactLogged(
        changes=Changes(cases=frozenset({case_id}), messages=ids), message_id=kept_id
    )


def remove_contact(profile: Profile, message_id: uuid.UUID) -> Changes:
    """Take a wrongly logged contact off the case (a tombstone: its history stays)."""
    with profile.write() as session:
        message = _load_contact(session, message_id)
        case = load_case(session, message.case_id)
        now = profile.now()
        _tombstone(session, profile, message, now)
        case.updated_at = now
        refresh_signals(session, profile, case)
        case_id = case.id
    return Changes(cases=frozenset({case_id}), messages=frozenset({message_id}))


def _tombstone(session: Session, profile: Profile, message: Message, now: dt.datetime) -> None:
    message.deleted_at = now
    profile.ops.record(
        session,
        entity="message",
        entity_id=message.id,
        action="delete",
        # The unchanged pairs say what went, for the history.
        data={
            "deleted_at": [None, now],
            "contact": [True, True],
            "channel": [message.channel, message.channel],
            "direction": [message.direction, message.direction],
        },
        case_id=message.case_id,
    )
