"""The inbox model: Qt's model checks, lazy pages, sorting through SQL."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.cases import operations as cases
from app.services.inbox import pages
from app.services.inbox.queries import InboxQuery, SortKey, View
from app.ui.core.i18n import Language
from app.ui.core.tasks import TaskManager
from app.ui.inbox import model as inbox_model_module
from app.ui.inbox.model import COLUMNS, InboxModel


def _model(qtbot, profile):  # noqa: ANN001, ANN202
    tasks = TaskManager()
    model = InboxModel(profile, tasks, Language("en-US"))
    return model, tasks


def _load(qtbot, model: InboxModel, query: InboxQuery) -> None:
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(query)


def test_model_passes_qt_model_tester(qtbot, qtmodeltester, profile, few_cases):
    model, tasks = _model(qtbot, profile)
    try:
        _load(qtbot, model, InboxQuery(view=View.ALL, agent="tester"))
        assert model.rowCount() == 4
        qtmodeltester.check(model, force_py=True)
    finally:
        tasks.shutdown()


def test_pages_load_lazily_and_fill_in(qtbot, profile, monkeypatch):
    monkeypatch.setattr(inbox_model_module, "PAGE_SIZE", 5)
    for i in range(23):
        cases.create_case(profile, cases.NewCase(subject=f"Case {i:02d}", body="x"))
    model, tasks = _model(qtbot, profile)
    try:
        _load(qtbot, model, InboxQuery(view=View.ALL, sort=SortKey.SUBJECT, descending=False))
        assert model.rowCount() == 23
        assert model.index(0, 1).data() == "Case 00"
        # Row 17 is on a page not fetched yet: a placeholder, then the real row.
        assert model.index(17, 1).data() == "…"
        qtbot.waitUntil(lambda: model.index(17, 1).data() == "Case 17", timeout=10_000)
    finally:
        tasks.shutdown()


def test_sorting_runs_in_sql_both_ways(qtbot, profile, few_cases):
    model, tasks = _model(qtbot, profile)
    try:
        _load(qtbot, model, InboxQuery(view=View.ALL))
        subject_column = [c.key for c in COLUMNS].index("subject")
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            model.sort(subject_column, Qt.AscendingOrder)
        ascending = [model.index(r, subject_column).data() for r in range(model.rowCount())]
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            model.sort(subject_column, Qt.DescendingOrder)
        descending = [model.index(r, subject_column).data() for r in range(model.rowCount())]
        assert ascending == sorted(ascending)
        assert descending == list(reversed(ascending))
    finally:
        tasks.shutdown()


def test_a_bad_filter_is_reported_not_raised(qtbot, profile, few_cases):
    model, tasks = _model(qtbot, profile)
    try:
        with qtbot.waitSignal(model.query_failed, timeout=10_000) as blocker:
            model.set_query(InboxQuery(view=View.ALL, search="priority:whenever"))
        assert "Unknown priority" in blocker.args[0]
    finally:
        tasks.shutdown()


def test_a_page_asked_for_during_a_new_query_never_lands_in_it(qtbot, profile, monkeypatch):
    """A page requested after a new query started, but holding the old query's rows, is
    dropped when it arrives: it must not overwrite the new query's rows."""
    import threading

    monkeypatch.setattr(inbox_model_module, "PAGE_SIZE", 5)
    for i in range(12):
        cases.create_case(profile, cases.NewCase(subject=f"Case {i:02d}", body="x"))
    release = threading.Event()
    real_rows = pages.rows

    def held_rows(*args):  # noqa: ANN002, ANN202
        release.wait(10)
        return real_rows(*args)

    monkeypatch.setattr(pages, "rows", held_rows)
    model, tasks = _model(qtbot, profile)
    try:
        _load(qtbot, model, InboxQuery(view=View.ALL, sort=SortKey.SUBJECT, descending=False))
        model.set_query(InboxQuery(view=View.ALL, sort=SortKey.SUBJECT, descending=True))
        assert model.index(7, 1).data() == "…"  # asks for page 1 while the old rows show
        qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
        release.set()
        qtbot.waitUntil(lambda: not tasks.busy, timeout=10_000)  # the stale page arrived
        expected = [f"Case {i:02d}" for i in reversed(range(12))]
        qtbot.waitUntil(
            lambda: [model.index(r, 1).data() for r in range(12)] == expected, timeout=10_000
        )
    finally:
        release.set()
        tasks.shutdown()
