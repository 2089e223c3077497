"""The left side of the main window: inbox views, the search box and the case table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.inbox.queries import InboxQuery, View
from app.ui.core.i18n import fill, translate
from app.ui.core.style import Tone, text_style
from app.ui.inbox.model import COLUMNS, InboxModel

SEARCH_DELAY_MS = 250
VIEWS = (
    View.ALL_OPEN,
    View.MINE,
    View.WAITING,
    View.RESOLVED,
    View.OVERDUE,
    View.DUE_TODAY,
    View.ESCALATED,
)
TIME_REFRESH_MS = 60_000


def view_label(view: View) -> str:
    return {
        View.ALL_OPEN: translate("InboxPanel", "All open"),
        View.MINE: translate("InboxPanel", "Mine"),
        View.WAITING: translate("InboxPanel", "Waiting"),
        View.RESOLVED: translate("InboxPanel", "Resolved"),
        View.ALL: translate("InboxPanel", "All"),
        View.OVERDUE: translate("InboxPanel", "Overdue"),
        View.DUE_TODAY: translate("InboxPanel", "Due today"),
        View.ESCALATED: translate("InboxPanel", "Escalated"),
    }[view]


class InboxPanel(QWidget):
    """Views, search and the table of cases.

    Signals:
        case_selected(object): the selected case's UUID, or None when nothing is selected.
    """

    case_selected = Signal(object)

    def __init__(self, model: InboxModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._selected_rowid: int | None = None
        self._open_first_case = True
        self._pending_row: int | None = None

        self.tabs = QTabBar(self)
        self.tabs.setObjectName("inboxViews")
        self.tabs.setExpanding(False)
        for view in VIEWS:
            self.tabs.addTab(view_label(view))
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            translate("InboxPanel", "Search cases…  (e.g. belt  status:open  lang:ko)")
        )
        self.search.setToolTip(
            translate(
                "InboxPanel",
                "Type any part of a subject, message, customer or order id.\n"
                "Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high\n"
                "marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  "
                "is:unanswered  is:held",
            )
        )
        self.table = QTableView(self)
        self.table.setObjectName("inbox")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)

        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        widths = {
            "ref": 104,
            "customer": 120,
            "status": 110,
            "priority": 70,
            "reason": 110,
            "language": 44,
            "marketplace": 96,
            "due": 112,
            "updated": 70,
            "evidence": 64,
        }
        for index, column in enumerate(COLUMNS):
            if column.key in widths:
                self.table.setColumnWidth(index, widths[column.key])
        for key in ("ref", "reason", "marketplace", "priority", "language"):
            self.table.setColumnHidden([c.key for c in COLUMNS].index(key), True)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        # Indicator first: enabling sorting sorts once, by it (the most recent cases first).
        header.setSortIndicator([c.key for c in COLUMNS].index("updated"), Qt.DescendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.status = QLabel(self)
        self.status.setObjectName("inboxStatus")
        self.status.setStyleSheet(text_style(Tone.MUTED))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addWidget(self.tabs)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_query)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_query)
        self.tabs.currentChanged.connect(self._apply_query)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.first_page_ready.connect(self._restore_selection)
        model.loaded.connect(self._restore_selection)
        model.loading_changed.connect(self._show_status)
        model.query_failed.connect(self._show_problem)
        model.dataChanged.connect(self._rows_arrived)
        self._time_timer = QTimer(self)
        self._time_timer.setInterval(TIME_REFRESH_MS)
        self._time_timer.timeout.connect(model.refresh_time)
        self._time_timer.start()

    def _keep_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """A click on a column that cannot sort (Evidence) leaves the indicator where it was."""
        if COLUMNS[column].sort is not None:
            return
        query = self.model.query
        current = next(i for i, c in enumerate(COLUMNS) if c.sort == query.sort)
        order = Qt.DescendingOrder if query.descending else Qt.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(current, order)

    def _column_menu(self, position) -> None:  # noqa: ANN001
        """Right-click on the header: choose which columns show."""
        menu = QMenu(self)
        for index in range(len(COLUMNS)):
            if index == 1:
                continue  # the subject always shows
            title = self.model.headerData(index, Qt.Horizontal, Qt.DisplayRole)
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(index))
            action.toggled.connect(lambda shown, i=index: self.table.setColumnHidden(i, not shown))
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    # Query ---------------------------------------------------------------------------

    @property
    def view(self) -> View:
        return VIEWS[max(0, self.tabs.currentIndex())]

    def set_view(self, view: View) -> None:
        self.tabs.setCurrentIndex(VIEWS.index(view))

    def _apply_query(self) -> None:
        self._search_timer.stop()
        current = self.model.query
        query = InboxQuery(
            view=self.view,
            search=self.search.text().strip(),
            sort=current.sort,
            descending=current.descending,
            agent=current.agent,
        )
        if query != current:
            self.model.set_query(query)

    def _show_status(self, loading: bool) -> None:
        if loading:
            self.status.setStyleSheet(text_style(Tone.MUTED))
            self.status.setText(translate("InboxPanel", "Loading…"))
            return
        count = self.model.rowCount()
        self.status.setStyleSheet(text_style(Tone.MUTED))
        if count == 0 and self.model.query.search:
            self.status.setText(translate("InboxPanel", "No case matches this search."))
        elif count == 0:
            self.status.setText(translate("InboxPanel", "No cases in this view."))
        elif count == 1:
            self.status.setText(translate("InboxPanel", "1 case"))
        else:
            self.status.setText(
                fill(translate("InboxPanel", "%1 cases"), self.model.language.number(count))
            )

    def _show_problem(self, text: str) -> None:
        self.status.setStyleSheet(text_style(Tone.DANGER))
        self.status.setText(text)

    # Selection -----------------------------------------------------------------------

    def _current_changed(self, current, _previous) -> None:  # noqa: ANN001
        rowid = self.model.rowid_at(current.row()) if current.isValid() else None
        if rowid is None:
            return
        self._selected_rowid = rowid
        case_id = self.model.case_id_at(current.row())
        self._pending_row = None if case_id is not None else current.row()
        if case_id is not None:
            self.case_selected.emit(case_id)

    def _rows_arrived(self, first, last) -> None:  # noqa: ANN001
        """A row selected before its page had loaded opens once its contents arrive."""
        row = self._pending_row
        if row is not None and first.row() <= row <= last.row():
            case_id = self.model.case_id_at(row)
            if case_id is not None and self.model.rowid_at(row) == self._selected_rowid:
                self._pending_row = None
                self.case_selected.emit(case_id)

    def _remember_selection(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._selected_rowid = self.model.rowid_at(index.row())

    def _restore_selection(self) -> None:
        if self._selected_rowid is None:
            if self._open_first_case and self.model.rowCount():
                self._open_first_case = False
                self.select_row(0)  # start on the top case, as a help desk does
            return
        row = self.model.row_of_rowid(self._selected_rowid)
        if row < 0:
            return
        index = self.model.index(row, 1)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
        )
        selection.blockSignals(False)
        self.table.scrollTo(index)

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 1)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
        )
        self.table.scrollTo(index)

    def move(self, step: int) -> None:
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else 0
        self.select_row(max(0, min(row, self.model.rowCount() - 1)))
