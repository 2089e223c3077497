"""Conflicts this device lost, as the case shows them: list, reapply "mine", dismiss.

The words for people ("Lena set the status to Resolved at 14:02 while you were offline")
are built by the UI and the CLI from a `Notice`; nothing here words it.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from app.models.entities import Case, SyncNotice
from app.services.cases.operations import EDITABLE_FIELDS, load_case, set_tags, update_case
from app.services.core.changes import Changes
from app.services.core.errors import NotFound
from app.services.core.profile import Profile
from app.services.deadlines.escalation import refresh_signals
from app.sync import rules
from app.sync.client.conflicts import Notice, notice_of
from app.sync.client.values import BadValue, convert

REAPPLIED = "reapplied"
DISMISSED = "dismissed"


def notices_for_case(profile: Profile, case_id: uuid.UUID) -> list[Notice]:
    """The open notices of a case, oldest first."""
    with profile.read() as session:
        rows = session.scalars(
            select(SyncNotice)
            .where(SyncNotice.case_id == case_id, SyncNotice.resolved_at.is_(None))
            .order_by(SyncNotice.version, SyncNotice.field)
        ).all()
        return [notice_of(row) for row in rows]


def open_notice_count(profile: Profile) -> int:
    from sqlalchemy import func

    with profile.read() as session:
        return session.scalar(
            select(func.count()).select_from(SyncNotice).where(SyncNotice.resolved_at.is_(None))
        )


def _open(session, notice_id: uuid.UUID) -> SyncNotice:  # noqa: ANN001
    row = session.get(SyncNotice, notice_id)
    if row is None or row.resolved_at is not None:
        raise NotFound("That sync notice is gone: it was reapplied or dismissed already.")
    return row


def _resolve(profile: Profile, notice_id: uuid.UUID, how: str) -> None:
    with profile.write() as session:
        row = _open(session, notice_id)
        row.resolved_at = profile.now()
        row.resolution = how


def dismiss_notice(profile: Profile, notice_id: uuid.UUID) -> Changes:
    """The agent accepts the teammate's value: the notice goes."""
    with profile.read() as session:
        case_id = _open(session, notice_id).case_id
    _resolve(profile, notice_id, DISMISSED)
    return Changes(cases=frozenset({case_id})) if case_id else Changes()


def reapply_notice(profile: Profile, notice_id: uuid.UUID) -> Changes:
    """Write this device's lost value again (a new write, newer than the teammate's, so it
    wins everywhere after the next sync), and close the notice."""
    with profile.read() as session:
        notice = notice_of(_open(session, notice_id))
    changes = _write_mine(profile, notice)
    _resolve(profile, notice_id, REAPPLIED)
    if notice.case_id is not None:
        changes = changes | Changes(cases=frozenset({notice.case_id}))
    return changes


def _write_mine(profile: Profile, notice: Notice) -> Changes:
    if notice.entity == "case" and notice.field in EDITABLE_FIELDS:
        return update_case(profile, notice.entity_id, **{notice.field: notice.mine})
    if notice.entity == "case_tag" and notice.field.startswith(rules.TAG_PREFIX):
        tag = notice.field.removeprefix(rules.TAG_PREFIX)
        with profile.read() as session:
            case = load_case(session, notice.entity_id)
            live = {t.tag for t in case.tags if t.removed_at is None}
        wanted = live | {tag} if notice.mine else live - {tag}
        return set_tags(profile, notice.entity_id, wanted)
    return _write_field(profile, notice)


def _write_field(profile: Profile, notice: Notice) -> Changes:
    """Any other field: set on its row with an operation of its own."""
    from app.sync.client.apply import TABLES
    from app.sync.client.values import converters

    table = TABLES.get(notice.entity)
    if table is None or notice.field not in table.c:
        return Changes()
    try:
        value = convert(converters(table), notice.field, notice.mine)
    except BadValue:
        return Changes()
    from app.models import entities

    model = next(m for m in vars(entities).values() if getattr(m, "__table__", None) is table)
    with profile.write() as session:
        row = session.get(model, notice.entity_id)
        if row is None:
            raise NotFound("The record of that sync notice is not on this computer.")
        before = getattr(row, notice.field)
        if before == value:
            return Changes()
        setattr(row, notice.field, value)
        profile.ops.record(
            session,
            entity=notice.entity,
            entity_id=notice.entity_id,
            action="update",
            data={notice.field: [before, value]},
            case_id=notice.case_id,
        )
        if notice.case_id is not None:
            case = session.get(Case, notice.case_id)
            if case is not None:
                case.updated_at = profile.now()
                refresh_signals(session, profile, case)
    return Changes()
