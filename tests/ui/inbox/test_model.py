"""The inbox model: Qt's model checks, lazy pages, sorting through SQL."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.demo.generated import generate_cases
from app.services.cases import operations as cases
from app.services.inbox import pages
from app.services.inbox.queries import InboxQuery, SortKey, View
from app.ui.core.bus import ChangeBus
from app.ui.core.i18n import Language
from app.ui.core.tasks import TaskManager
from app.ui.inbox import model as inbox_model_module
from app.ui.inbox.model import COLUMNS, InboxModel, RowRole


def _model(qtbot, profile, bus: ChangeBus | None = None):  # noqa: ANN001, ANN202
    tasks = TaskManager()
    model = InboxModel(profile, tasks, Language("en-US"), bus=bus)
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


# ----------------------------------------------------------------------------- changes


class ServiceCalls:
    """Counts the model's reads by wrapping the service functions it calls (on the pool)."""

    def __init__(self, monkeypatch) -> None:  # noqa: ANN001
        self.calls: list[tuple[str, object]] = []
        for name in ("first_page", "rowids", "rows"):
            real = getattr(pages, name)

            def spy(profile, argument, *rest, _name=name, _real=real):  # noqa: ANN001, ANN202
                self.calls.append((_name, argument))
                return _real(profile, argument, *rest)

            monkeypatch.setattr(pages, name, spy)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


def _row_item(model: InboxModel, row: int):  # noqa: ANN202
    return model.index(row, 0).data(RowRole)


def test_a_subject_change_in_a_5000_case_view_refetches_only_its_page(qtbot, profile, monkeypatch):
    generate_cases(profile, 5000, seed=7)
    bus = ChangeBus()
    model, tasks = _model(qtbot, profile, bus)
    spy = ServiceCalls(monkeypatch)
    try:
        _load(qtbot, model, InboxQuery(view=View.ALL, sort=SortKey.REF, descending=False))
        assert model.rowCount() == 5000
        for row in (250, 1234):  # two more pages shown (and cached) besides the first
            model.index(row, 1).data()
        qtbot.waitUntil(
            lambda: None not in (_row_item(model, 1234), _row_item(model, 250)), timeout=10_000
        )
        case_id = model.case_id_at(1234)
        page_of_case = list(model.rowid_at(r) for r in range(1200, 1300))
        spy.calls.clear()

        bus.publish(cases.update_case(profile, case_id, subject="Renamed belt"))
        qtbot.waitUntil(lambda: _row_item(model, 1234).subject == "Renamed belt", timeout=10_000)
        qtbot.waitUntil(lambda: not tasks.busy, timeout=10_000)
        assert spy.calls == [("rows", page_of_case)]
        assert model.rowCount() == 5000
        assert model.row_of_case(case_id) == 1234
    finally:
        tasks.shutdown()


def test_creating_a_case_reloads_the_view(qtbot, profile, few_cases):
    bus = ChangeBus()
    model, tasks = _model(qtbot, profile, bus)
    try:
        _load(qtbot, model, InboxQuery(view=View.ALL, sort=SortKey.REF, descending=False))
        assert model.rowCount() == 4
        created = cases.create_case(profile, cases.NewCase(subject="Brand new", body="x"))
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            bus.publish(created)
        assert model.rowCount() == 5
        assert model.row_of_case(created.case_id) >= 0
    finally:
        tasks.shutdown()


def test_a_change_under_a_view_that_filters_on_status_reloads_it(
    qtbot, profile, few_cases, monkeypatch
):
    """Changes does not say which fields changed: a view of open cases reloads, and a case
    that was resolved leaves it."""
    bus = ChangeBus()
    model, tasks = _model(qtbot, profile, bus)
    spy = ServiceCalls(monkeypatch)
    try:
        _load(qtbot, model, InboxQuery(view=View.ALL_OPEN, sort=SortKey.REF, descending=False))
        assert model.rowCount() == 4
        case_id = model.case_id_at(2)
        spy.calls.clear()
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            bus.publish(cases.update_case(profile, case_id, status="resolved"))
        assert sorted(spy.names()) == ["first_page", "rowids"]
        assert model.rowCount() == 3
        assert model.row_of_case(case_id) == -1
    finally:
        tasks.shutdown()


def test_a_failed_load_goes_to_the_bus_not_up_the_stack(qtbot, profile, few_cases, monkeypatch):
    bus = ChangeBus()
    model, tasks = _model(qtbot, profile, bus)

    def broken(*_args):  # noqa: ANN002, ANN202
        raise OSError("disk on fire")

    monkeypatch.setattr(pages, "rowids", broken)
    try:
        with qtbot.waitSignal(bus.message, timeout=10_000) as blocker:
            model.set_query(InboxQuery(view=View.ALL))
        assert blocker.args[1] == "error"
        qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    finally:
        tasks.shutdown()


def test_the_model_keeps_a_bounded_number_of_pages(qtbot, profile, monkeypatch):
    """Scrolled through more pages than it caches, the model forgets the page shown
    longest ago (it is read again when shown again) and keeps the recent ones."""
    monkeypatch.setattr(inbox_model_module, "PAGE_SIZE", 5)
    monkeypatch.setattr(inbox_model_module, "MAX_CACHED_PAGES", 3)
    for i in range(30):
        cases.create_case(profile, cases.NewCase(subject=f"Case {i:02d}", body="x"))
    model, tasks = _model(qtbot, profile)
    spy = ServiceCalls(monkeypatch)
    try:
        _load(qtbot, model, InboxQuery(view=View.ALL, sort=SortKey.SUBJECT, descending=False))
        for page in range(1, 6):  # pages 1..5 shown one after the other
            row = page * 5
            qtbot.waitUntil(
                lambda row=row: model.index(row, 1).data() == f"Case {row:02d}", timeout=10_000
            )
        spy.calls.clear()
        assert [model.index(r, 1).data() for r in (15, 20, 25)] == [
            "Case 15",
            "Case 20",
            "Case 25",
        ]  # the three pages shown last are cached
        assert spy.calls == []
        assert model.index(5, 1).data() == "…"  # page 1 was forgotten: read again
        qtbot.waitUntil(lambda: model.index(5, 1).data() == "Case 05", timeout=10_000)
        assert spy.names() == ["rows"]
        assert model.row_of_case(model.case_id_at(5)) == 5
        assert model.index(0, 1).data() == "…"  # page 0 (the first page) went too
    finally:
        tasks.shutdown()
