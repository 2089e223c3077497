"""The cases of a view as whole rows, for scripts (`workbench cases list`)."""

from __future__ import annotations

import uuid

from app.services.core.profile import Profile
from app.services.inbox.queries import (
    InboxQuery,
    InboxRow,
    case_rowids,
    first_page,
    rowids_of,
    rows_for,
)

PAGE = 1000  # rows read at a time when everything is asked for


def list_rows(profile: Profile, query: InboxQuery, limit: int) -> list[InboxRow]:
    """The first `limit` rows of the view in its order; `limit` 0: all of them, read a
    page at a time (memory follows the page, the list what is asked for)."""
    with profile.read() as session:
        connection = session.connection()
        if limit:
            return list(first_page(connection, query, limit))
        rowids = case_rowids(connection, query)
        rows: list[InboxRow] = []
        for start in range(0, len(rowids), PAGE):
            page = list(rowids[start : start + PAGE])
            found = rows_for(connection, page)
            rows.extend(found[r] for r in page if r in found)
        return rows


def rowid_of(profile: Profile, case_id: uuid.UUID) -> int | None:
    """The inbox's row key of a case (what the table model orders by), or None."""
    with profile.read() as session:
        return rowids_of(session.connection(), [case_id]).get(case_id)
