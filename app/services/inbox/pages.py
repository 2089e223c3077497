"""The inbox table's reads: a view's first page, all its rowids, the rows of a page.

Each takes the `Profile` and opens its own read, like every other service; the
table model calls them on the tasks helper's pool and never sees a session.
"""

from __future__ import annotations

from array import array

from app.services.core.profile import Profile
from app.services.inbox import queries
from app.services.inbox.queries import InboxQuery, InboxRow


def first_page(profile: Profile, query: InboxQuery, limit: int) -> list[InboxRow]:
    """The view's first `limit` rows with their contents (what shows first)."""
    with profile.read() as session:
        return queries.first_page(session.connection(), query, limit)


def rowids(profile: Profile, query: InboxQuery) -> array:
    """Every rowid the view shows, in display order (8 bytes a case)."""
    with profile.read() as session:
        return queries.case_rowids(session.connection(), query)


def rows(profile: Profile, rowids: list[int]) -> dict[int, InboxRow]:
    """The contents of the given rows (a page of the view), keyed by rowid; a rowid
    whose case is gone is missing from the answer."""
    with profile.read() as session:
        return queries.rows_for(session.connection(), rowids)
