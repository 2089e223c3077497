"""The inbox panel: the selection stays on its case while the model refreshes."""

from __future__ import annotations

from app.services.cases import operations as cases
from app.services.inbox.queries import InboxQuery, SortKey, View
from app.ui.core.bus import ChangeBus
from app.ui.core.i18n import Language
from app.ui.core.tasks import TaskManager
from app.ui.inbox.model import InboxModel
from app.ui.inbox.panel import InboxPanel


def _selected_case(panel: InboxPanel):  # noqa: ANN202
    index = panel.table.currentIndex()
    return panel.model.case_id_at(index.row()) if index.isValid() else None


def test_the_selection_survives_reloads_that_move_its_row(qtbot, profile, few_cases, clock):
    bus = ChangeBus()
    tasks = TaskManager()
    model = InboxModel(profile, tasks, Language("en-US"), bus=bus)
    panel = InboxPanel(model)
    qtbot.addWidget(panel)
    try:
        panel.show()
        qtbot.waitUntil(lambda: model.rowCount() == 4 and not model.loading, timeout=10_000)
        with qtbot.waitSignal(panel.case_selected, timeout=10_000) as chosen:
            panel.select_row(2)
        selected = chosen.args[0]
        assert _selected_case(panel) == selected

        # Most recent first: a changed subject moves its case to the top (a reload).
        other = model.case_id_at(3)
        clock.advance(minutes=5)
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            bus.publish(cases.update_case(profile, other, subject="Renamed"))
        assert model.case_id_at(0) == other
        assert panel.table.currentIndex().row() == 3
        assert _selected_case(panel) == selected

        clock.advance(minutes=5)
        created = cases.create_case(profile, cases.NewCase(subject="Brand new", body="x"))
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            bus.publish(created)
        assert model.rowCount() == 5
        assert model.case_id_at(0) == created.case_id
        assert _selected_case(panel) == selected
        assert panel.table.currentIndex().row() == 4
    finally:
        tasks.shutdown()


def test_the_selection_survives_a_refetch_of_its_page(qtbot, profile, few_cases, clock):
    """In a view whose order no edit can change (all cases by reference), an edit only
    fetches the page again: the selected row stays selected."""
    bus = ChangeBus()
    tasks = TaskManager()
    model = InboxModel(profile, tasks, Language("en-US"), bus=bus)
    panel = InboxPanel(model)
    qtbot.addWidget(panel)
    try:
        panel.show()
        qtbot.waitUntil(lambda: model.rowCount() == 4 and not model.loading, timeout=10_000)
        by_ref = InboxQuery(view=View.ALL, sort=SortKey.REF, descending=False, agent="tester")
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            model.set_query(by_ref)
        row = 2 if panel.table.currentIndex().row() == 1 else 1  # refs are random
        with qtbot.waitSignal(panel.case_selected, timeout=10_000) as chosen:
            panel.select_row(row)
        selected = chosen.args[0]
        clock.advance(minutes=5)
        with qtbot.waitSignal(model.dataChanged, timeout=10_000):
            bus.publish(cases.update_case(profile, selected, subject="Renamed"))
        assert not model.loading
        assert model.index(row, 1).data() == "Renamed"
        assert _selected_case(panel) == selected
        assert panel.table.currentIndex().row() == row
    finally:
        tasks.shutdown()
