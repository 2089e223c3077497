"""The order-report import dialog: it imports off the UI thread, says what it did, lists
what it refused, and a bad file is named with its reason while nothing is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from app.models.entities import Order
from app.ui.core.bus import ChangeBus
from app.ui.core.tasks import TaskManager
from app.ui.dialogs.order_import import OrderImportDialog

ORDERS = Path(__file__).resolve().parents[2] / "data" / "orders"


def _open(qtbot, profile, name: str) -> tuple[OrderImportDialog, list]:
    tasks = TaskManager()
    bus = ChangeBus()
    published: list = []
    bus.changed.connect(published.append)
    dialog = OrderImportDialog(profile, tasks, bus, ORDERS / name)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    return dialog, published


def _plain(text: str) -> str:
    """The text without the direction isolates `fill` puts around each value."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _orders(profile) -> dict[str, Order]:
    with profile.read() as session:
        return {o.external_id: o for o in session.query(Order).all()}


def test_a_shipments_report_is_imported_and_summed_up(qtbot, profile):
    dialog, published = _open(qtbot, profile, "shipments-de-delivered-bom.txt")
    assert dialog.result is not None and dialog.result.created > 0
    assert "Amazon Fulfilled Shipments" in dialog.heading.text()
    assert f"{dialog.result.created} new" in _plain(dialog.summary.text())
    orders = _orders(profile)
    assert orders["302-5518830-1197342"].carrier == "DHL"
    assert published and published[-1].orders
    # Ended: the button closes the dialog now.
    close = dialog.buttons.button(QDialogButtonBox.Close)
    assert close is not None
    close.click()
    assert not dialog.isVisible()


def test_rows_with_problems_are_listed_and_the_rest_imported(qtbot, profile):
    dialog, _ = _open(qtbot, profile, "all-orders-bad-date.txt")
    assert dialog.result is not None and dialog.result.problems
    assert dialog.problems.count() == len(dialog.result.problems) + len(dialog.result.warnings)
    first = _plain(dialog.problems.item(0).text())
    assert first.startswith("Row ")
    assert dialog.result.created + dialog.result.updated > 0


def test_a_file_without_the_order_id_column_names_it_and_writes_nothing(qtbot, profile):
    dialog, published = _open(qtbot, profile, "all-orders-missing-order-id.txt")
    assert dialog.result is None
    assert "amazon-order-id" in _plain(dialog.summary.text())
    assert "Nothing was imported" in dialog.summary.text()
    assert _orders(profile) == {}
    assert not published
