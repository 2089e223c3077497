"""The inbox table model: it holds the current view's case rowids, and rows a page at a time.

Loading a view runs in the background as two queries at once: the first
page with its contents (a LIMIT query, which shows within a frame even on a
million cases), and every rowid of the view in order (8 bytes a case), which
then extends the table. Later pages are fetched in the background on first
display and cached (a bounded number of pages).

A write's `Changes` reloads the view only when it may have changed which cases
the view shows or their order (`apply_changes`); otherwise only the cached
pages that hold the changed cases are fetched again.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from array import array
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QApplication, QStyle

from app.services.core.changes import Changes
from app.services.core.profile import Profile
from app.services.deadlines.escalation import DUE_SOON
from app.services.inbox import pages
from app.services.inbox.queries import (
    CHANGEABLE_FACTS,
    InboxQuery,
    InboxRow,
    QueryProblem,
    SortKey,
    View,
    deciding_facts,
)
from app.ui.core.bus import ChangeBus
from app.ui.core.i18n import Language, fill, translate
from app.ui.core.labels import priority_label, reason_label, status_label
from app.ui.core.style import Tone, colour
from app.ui.core.tasks import TaskManager
from app.ui.deadlines.policy_text import clock_name, countdown

PAGE_SIZE = 100
# A cached row costs about 1.2 KB (its InboxRow and the two lookups by id and rowid): 20
# pages are 2,000 rows, dozens of screens, about 2.5 MB. 64 pages held 6 MB more once
# the agent had scrolled through a big view (measured: RSS after scrolling 200 pages of
# the 89,000 resolved cases of a 100,000-case profile, 304 MB with 64, 298 MB with 20).
MAX_CACHED_PAGES = 20

CaseIdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    key: str
    sort: SortKey | None


COLUMNS = (
    Column("ref", SortKey.REF),
    Column("subject", SortKey.SUBJECT),
    Column("customer", SortKey.CUSTOMER),
    Column("status", SortKey.STATUS),
    Column("priority", SortKey.PRIORITY),
    Column("reason", SortKey.REASON),
    Column("language", SortKey.LANGUAGE),
    Column("marketplace", SortKey.MARKETPLACE),
    Column("due", SortKey.DUE),
    Column("updated", SortKey.UPDATED),
    Column("evidence", None),
)


def _header(key: str) -> str:
    return {
        "ref": translate("InboxModel", "Case"),
        "subject": translate("InboxModel", "Subject"),
        "customer": translate("InboxModel", "Customer"),
        "status": translate("InboxModel", "Status"),
        "priority": translate("InboxModel", "Priority"),
        "reason": translate("InboxModel", "Reason"),
        "language": translate("InboxModel", "Lang."),
        "marketplace": translate("InboxModel", "Marketplace"),
        "due": translate("InboxModel", "Due"),
        "updated": translate("InboxModel", "Updated"),
        "evidence": translate("InboxModel", "Evidence"),
    }[key]


class InboxModel(QAbstractTableModel):
    """Cases of one inbox view.

    Signals:
        loading_changed(bool): a view is being (re)loaded / has loaded.
        first_page_ready(): the first page of the current query shows (more may follow).
        loaded(): all rows of the current query are in place.
        query_failed(str): the search could not run (a bad filter); the message says why.

    Other errors go to the bus (`ChangeBus.failed`); with a bus, the model also follows
    its `changed` signal (`apply_changes`).
    """

    loading_changed = Signal(bool)
    first_page_ready = Signal()
    loaded = Signal()
    query_failed = Signal(str)

    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        language: Language,
        parent=None,  # noqa: ANN001
        *,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._tasks = tasks
        self._language = language
        # Without the window's bus (a model alone), one of its own: it still logs bugs.
        self._bus = bus if bus is not None else ChangeBus(self)
        if bus is not None:
            bus.changed.connect(self.apply_changes)
        self._query = InboxQuery(agent=profile.agent)
        self._rowids = array("q")
        self._pages: OrderedDict[int, list[InboxRow | None]] = OrderedDict()
        # page -> the serial of its latest request: an answer to an older one is dropped
        self._requested: dict[int, int] = {}
        self._serials = itertools.count(1)
        # The rows of the cached pages by case id and by rowid, bounded like the cache.
        self._row_of_id: dict[uuid.UUID, int] = {}
        self._row_of_rowid: dict[int, int] = {}
        self._generation = 0
        self._first_rows: list[InboxRow] | None = None
        self._ids_arrived = False
        self._failed_generation = -1
        self._loading = False

    # Query --------------------------------------------------------------------------

    @property
    def query(self) -> InboxQuery:
        return self._query

    @property
    def language(self) -> Language:
        return self._language

    @property
    def loading(self) -> bool:
        return self._loading

    def set_query(self, query: InboxQuery) -> None:
        """Show `query`'s cases; asking again for the query already shown does nothing."""
        if query == self._query and self._generation > 0:
            return
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Re-run the current query in the background; rows stay until the answer comes."""
        self._generation += 1
        generation = self._generation
        self._first_rows: list[InboxRow] | None = None
        self._ids_arrived = False
        self._set_loading(True)
        on_error = partial(self._view_failed, generation)
        query = self._timed_query()
        self._tasks.run(
            pages.first_page,
            self._profile,
            query,
            PAGE_SIZE,
            on_done=partial(self._first_page_loaded, generation),
            on_error=on_error,
        )
        self._tasks.run(
            pages.rowids,
            self._profile,
            query,
            on_done=partial(self._rowids_loaded, generation),
            on_error=on_error,
        )

    def _timed_query(self) -> InboxQuery:
        """The query with the current time, for the deadline views (Overdue, Due today...)."""
        now = self._profile.now()
        local = now.astimezone()
        day_end = dt.datetime.combine(local.date(), dt.time(23, 59, 59), tzinfo=local.tzinfo)
        return replace(self._query, now=now, day_end=day_end.astimezone(dt.UTC))

    def refresh_time(self) -> None:
        """Time moved on: deadline views are re-run, countdowns redrawn."""
        if self._query.view in (View.OVERDUE, View.DUE_TODAY, View.ESCALATED):
            self.reload()
        elif self._rowids:
            column = [c.key for c in COLUMNS].index("due")
            self.dataChanged.emit(
                self.index(0, column),
                self.index(len(self._rowids) - 1, column),
            )

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _first_page_loaded(self, generation: int, rows: list[InboxRow]) -> None:
        if generation != self._generation:
            return
        self._first_rows = rows
        if self._ids_arrived:
            # The full list won the race: give page 0 its contents if it still matches.
            if [row.rowid for row in rows] == list(self._rowids[: len(rows)]):
                self._store_page(0, list(rows))
                if rows:
                    last = len(COLUMNS) - 1
                    self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, last))
            self._finish_loading()
            return
        self.beginResetModel()
        self._rowids = array("q", (row.rowid for row in rows))
        self._clear_pages()
        if rows:
            self._store_page(0, list(rows))
        self.endResetModel()
        self.first_page_ready.emit()

    def _rowids_loaded(self, generation: int, rowids: array) -> None:
        if generation != self._generation:
            return
        self._ids_arrived = True
        first = self._first_rows
        shown = len(self._rowids)
        if first is not None and len(rowids) >= shown and rowids[:shown] == self._rowids:
            if len(rowids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(rowids) - 1)
                self._rowids = rowids
                self.endInsertRows()
        else:
            self.beginResetModel()
            self._rowids = rowids
            self._clear_pages()
            if first is not None and [r.rowid for r in first] == list(rowids[: len(first)]):
                self._store_page(0, list(first))
            self.endResetModel()
            self.first_page_ready.emit()
        if first is not None:
            self._finish_loading()

    def _finish_loading(self) -> None:
        self._set_loading(False)
        self.loaded.emit()

    def _view_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or self._failed_generation == generation:
            return
        self._failed_generation = generation
        self._set_loading(False)
        if isinstance(error, QueryProblem):
            self.query_failed.emit(str(error))
        else:
            self._bus.failed(error)

    # Changes ------------------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Bring the view up to date after a write: reload it when the write may have
        changed which cases it shows or their order, else fetch again only the cached
        pages that hold the changed cases."""
        if self._generation == 0:
            return  # nothing asked for yet: the first load reads everything
        if self._moves_rows(changes):
            self.reload()
            return
        if not changes.cases:
            return
        stale = {self._row_of_id[c] // PAGE_SIZE for c in changes.cases if c in self._row_of_id}
        stale |= set(self._requested)  # asked for before the write: maybe read before it
        for page_no in sorted(stale):
            self._fetch_page(page_no)

    def _moves_rows(self, changes: Changes) -> bool:
        """Whether `changes` may have changed which cases the view shows, or their order."""
        if changes.reload_all or changes.created_cases or self._loading:
            return True  # (still loading: what is on its way may have been read before)
        if changes.customers:
            return True  # a customer's name shows on all their cases, which are not named
        if not changes.cases:
            # Messages, files or orders of cases not named: rows show them; reload.
            return bool(changes.messages or changes.evidence or changes.orders)
        # `Changes` names the cases a write touched, not what changed in them: any of
        # their changeable facts may have changed.
        return bool(deciding_facts(self._query) & CHANGEABLE_FACTS)

    # Lookups ------------------------------------------------------------------------

    def case_id_at(self, row: int) -> uuid.UUID | None:
        item = self._row(row)
        return item.id if item else None

    def row_of_case(self, case_id: uuid.UUID) -> int:
        """The row of a case on a cached page, or -1."""
        return self._row_of_id.get(case_id, -1)

    def row_of_rowid(self, rowid: int) -> int:
        """The row showing `rowid`, or -1. Rows on cached pages are a dict lookup; any other
        (a selection kept across a reload) is looked for in the rowid array, in C: a dict
        over every rowid would cost about 100 bytes a case against the array's 8."""
        row = self._row_of_rowid.get(rowid)
        if row is not None:
            return row
        try:
            return self._rowids.index(rowid)
        except ValueError:
            return -1

    def rowid_at(self, row: int) -> int | None:
        return self._rowids[row] if 0 <= row < len(self._rowids) else None

    def _row(self, row: int) -> InboxRow | None:
        if not 0 <= row < len(self._rowids):
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            self._request_page(page_no)
            return None
        self._pages.move_to_end(page_no)
        return page[row % PAGE_SIZE]

    def _request_page(self, page_no: int) -> None:
        if page_no not in self._requested:
            self._fetch_page(page_no)

    def _fetch_page(self, page_no: int) -> None:
        """Ask for a page's rows in the background; this request supersedes any earlier."""
        serial = next(self._serials)
        self._requested[page_no] = serial
        generation = self._generation
        start = page_no * PAGE_SIZE
        rowids = list(self._rowids[start : start + PAGE_SIZE])
        self._tasks.run(
            pages.rows,
            self._profile,
            rowids,
            on_done=partial(self._page_loaded, generation, page_no, serial, rowids),
            on_error=partial(self._page_failed, page_no, serial),
        )

    def _page_loaded(
        self,
        generation: int,
        page_no: int,
        serial: int,
        rowids: list[int],
        rows: dict[int, InboxRow],
    ) -> None:
        if self._requested.get(page_no) != serial:
            return  # a later request for the page (or a new view) supersedes this answer
        del self._requested[page_no]
        start = page_no * PAGE_SIZE
        if generation != self._generation or list(self._rowids[start : start + len(rowids)]) != (
            rowids
        ):
            return  # asked for rows that are no longer where they were
        self._store_page(page_no, [rows.get(r) for r in rowids])
        last = min(start + PAGE_SIZE, len(self._rowids)) - 1
        self.dataChanged.emit(self.index(start, 0), self.index(last, len(COLUMNS) - 1))

    def _page_failed(self, page_no: int, serial: int, error: BaseException) -> None:
        """The page stays marked as asked for (placeholders, not a new request at each
        repaint) until the next change or reload asks for it again."""
        if self._requested.get(page_no) == serial:
            self._bus.failed(error)

    def _store_page(self, page_no: int, rows: list[InboxRow | None]) -> None:
        self._forget_page(page_no)
        self._pages[page_no] = rows
        start = page_no * PAGE_SIZE
        for offset, item in enumerate(rows):
            if item is not None:
                self._row_of_id[item.id] = start + offset
                self._row_of_rowid[item.rowid] = start + offset
        while len(self._pages) > MAX_CACHED_PAGES:
            self._forget_page(next(iter(self._pages)))

    def _forget_page(self, page_no: int) -> None:
        for item in self._pages.pop(page_no, None) or ():
            if item is not None:
                self._row_of_id.pop(item.id, None)
                self._row_of_rowid.pop(item.rowid, None)

    def _clear_pages(self) -> None:
        self._pages.clear()
        self._requested.clear()
        self._row_of_id.clear()
        self._row_of_rowid.clear()

    # Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rowids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802, ANN201
        if orientation == Qt.Horizontal and 0 <= section < len(COLUMNS) and role == Qt.DisplayRole:
            return _header(COLUMNS[section].key)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        item = self._row(index.row())
        key = COLUMNS[index.column()].key
        if item is None:
            return "…" if role == Qt.DisplayRole and index.column() == 1 else None
        if role == Qt.DisplayRole:
            return self._display(item, key)
        if role == Qt.ToolTipRole:
            if key == "subject":
                tip = item.subject
                if item.escalation_level:
                    tip += "\n" + translate("InboxModel", "Escalated")
                if item.unanswered:
                    tip += "\n" + translate("InboxModel", "Waiting for our answer")
                return tip
            if key == "updated":
                return self._language.full(item.updated_at)
            if key == "evidence" and item.evidence_total:
                return fill(
                    translate("InboxModel", "Evidence checklist: %1 of %2 collected"),
                    self._language.number(item.evidence_done),
                    self._language.number(item.evidence_total),
                )
            return None
        if key == "evidence" and item.evidence_total:
            complete = item.evidence_done >= item.evidence_total
            if role == Qt.ForegroundRole:
                return QBrush(colour(Tone.OK if complete else Tone.MUTED))
        if key == "due":
            state = self._due_state(item)
            if role == Qt.DecorationRole and state in ("breached", "due_soon"):
                icon = (
                    QStyle.SP_MessageBoxCritical
                    if state == "breached"
                    else (QStyle.SP_MessageBoxWarning)
                )
                return QApplication.style().standardIcon(icon)
            if role == Qt.ForegroundRole and state in ("breached", "due_soon"):
                return QBrush(colour(Tone.DANGER if state == "breached" else Tone.WARNING))
            if role == Qt.ToolTipRole and item.due_at is not None:
                return f"{clock_name(item.due_kind or '')}: {self._language.full(item.due_at)}"
        if role == Qt.FontRole and item.unanswered:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ForegroundRole and key == "priority" and item.priority == "urgent":
            return QBrush(colour(Tone.DANGER))
        if role == CaseIdRole:
            return str(item.id)
        if role == RowRole:
            return item
        if role == Qt.TextAlignmentRole and key in (
            "ref",
            "language",
            "updated",
            "due",
            "evidence",
        ):
            return int(Qt.AlignLeading | Qt.AlignVCenter)
        return None

    def _display(self, item: InboxRow, key: str) -> str:
        if key == "ref":
            return item.ref
        if key == "subject":
            mark = "▲ " if item.escalation_level else ""
            return mark + item.subject
        if key == "customer":
            return item.customer or ""
        if key == "status":
            return status_label(item.status)
        if key == "priority":
            return priority_label(item.priority)
        if key == "reason":
            return reason_label(item.reason)
        if key == "language":
            return (item.language or "").split("-")[0]
        if key == "marketplace":
            return item.marketplace or ""
        if key == "due":
            if item.due_at is None or item.status in ("resolved", "closed"):
                return ""
            return countdown(item.due_at, self._profile.now(), self._language, parts=1)
        if key == "updated":
            return self._language.when(item.updated_at, self._profile.now())
        if key == "evidence" and item.evidence_total:
            mark = "✓ " if item.evidence_done >= item.evidence_total else ""
            return f"{mark}{self._language.number(item.evidence_done)}/" + self._language.number(
                item.evidence_total
            )
        return ""

    def _due_state(self, item: InboxRow) -> str | None:
        if item.due_at is None or item.status in ("resolved", "closed"):
            return None
        now = self._profile.now()
        if item.due_at < now:
            return "breached"
        return "due_soon" if item.due_at - now <= DUE_SOON else "running"

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort is None:
            return
        query = self._query
        self.set_query(
            InboxQuery(
                view=query.view,
                search=query.search,
                sort=COLUMNS[column].sort,
                descending=order == Qt.DescendingOrder,
                agent=query.agent,
            )
        )
