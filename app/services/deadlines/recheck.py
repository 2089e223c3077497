"""Clocks recomputed after an upgrade that changed what they are computed from.

Schema 0008 turned the replies an older version stored as "queued" (they never left the
laptop: it could not send) into drafts, and cleared the cases' last reply time where no
reply was really sent. The stored due time and escalation of those cases still say
"answered"; the migration leaves a note (`RECHECK_KEY` in `meta`), and the first
writable open recomputes those cases, once, then removes the note.
"""

from __future__ import annotations

from sqlalchemy import delete, select

from app.models.entities import Case, Message, Meta
from app.models.enums import Direction, OutboundState
from app.services.core.changes import Changes
from app.services.core.profile import Profile
from app.services.deadlines.escalation import refresh_signals

RECHECK_KEY = "upgrade.recheck_unsent_replies"  # written by migration 0008
BATCH = 500


def recheck_unsent_replies(profile: Profile) -> Changes:
    """Recompute the clocks of every case holding a draft reply, if 0008 asked for it."""
    with profile.read() as session:
        if session.get(Meta, RECHECK_KEY) is None:
            return Changes()
        case_ids = list(
            session.scalars(
                select(Message.case_id)
                .where(
                    Message.direction == Direction.OUTBOUND.value,
                    Message.outbound_state == OutboundState.DRAFT.value,
                    Message.deleted_at.is_(None),
                )
                .distinct()
            )
        )
    for start in range(0, len(case_ids), BATCH):
        with profile.write() as session:
            for case in session.scalars(
                select(Case).where(
                    Case.id.in_(case_ids[start : start + BATCH]), Case.deleted_at.is_(None)
                )
            ):
                refresh_signals(session, profile, case)
    with profile.write() as session:
        session.execute(delete(Meta).where(Meta.key == RECHECK_KEY))
    return Changes(cases=frozenset(case_ids))
