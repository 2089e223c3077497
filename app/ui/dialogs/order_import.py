"""Import a Seller Central order report: progress, Cancel, and what was done and refused.

The report is read and written off the UI thread (`TaskManager.start`: the import opens
its own write transaction per batch of orders, so it runs on the pool, not the writer).
Whatever was imported before a Cancel stays; importing the same report again changes
nothing, so the agent can simply run it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.core.changes import Changes
from app.services.core.profile import Profile
from app.services.orders_import import FULFILLED_SHIPMENTS, OrdersImported, import_order_report
from app.ui.core.bus import ChangeBus
from app.ui.core.i18n import fill, isolate, translate
from app.ui.core.style import Tone, text_style
from app.ui.core.tasks import Job, Task, TaskManager


def choose_report(parent: QWidget) -> Path | None:
    """Ask for a report file; None when the agent cancels."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("OrderImport", "Import an order report"),
        "",
        # The patterns stay in the text itself: `fill` would wrap them in direction marks,
        # which Qt then takes as part of the patterns.
        translate("OrderImport", "Order reports (*.txt *.tsv *.csv *.tab);;All files (*)"),
    )
    return Path(name) if name else None


def _import(job: Job, profile: Profile, path: Path) -> OrdersImported:
    return import_order_report(
        profile,
        path,
        progress=lambda done, total: job.progress(done, total, ""),
        cancelled=lambda: job.cancelled,
    )


class OrderImportDialog(QDialog):
    """Runs the import of one report as soon as it opens and shows how it went."""

    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        bus: ChangeBus,
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("OrderImport", "Import an order report"))
        self.setMinimumWidth(520)
        self.bus = bus
        self.path = path
        self.heading = QLabel(
            fill(translate("OrderImport", "Importing %1…"), isolate(path.name)), self
        )
        self.heading.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.problems = QListWidget(self)
        self.problems.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.progress, self.summary, self.problems, self.buttons):
            layout.addWidget(widget)
        self.result: OrdersImported | None = None
        self.task: Task | None = tasks.start(
            _import,
            profile,
            path,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancelled=self._cancelled,
        )

    # The task -------------------------------------------------------------------------

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.summary.setText(
                fill(translate("OrderImport", "%1 of %2 orders"), f"{done:n}", f"{total:n}")
            )

    def _finish(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.buttons.setStandardButtons(QDialogButtonBox.Close)
        self.buttons.rejected.connect(self.reject)

    def _done(self, result: OrdersImported) -> None:
        self.result = result
        self._finish()
        self.bus.publish(result)
        kind = (
            translate("OrderImport", "Amazon Fulfilled Shipments report")
            if result.report == FULFILLED_SHIPMENTS
            else translate("OrderImport", "All Orders report")
        )
        self.heading.setText(
            fill(translate("OrderImport", "%1: %2"), isolate(self.path.name), kind)
        )
        lines = [
            fill(
                translate(
                    "OrderImport", "%1 orders: %2 new, %3 updated, %4 unchanged, %5 skipped."
                ),
                f"{result.orders:n}",
                f"{result.created:n}",
                f"{result.updated:n}",
                f"{result.unchanged:n}",
                f"{result.skipped:n}",
            )
        ]
        if result.non_amazon_rows:
            lines.append(
                fill(
                    translate("OrderImport", "%1 rows not sold on Amazon were left out."),
                    f"{result.non_amazon_rows:n}",
                )
            )
        self.summary.setText("\n".join(lines))
        self.summary.setStyleSheet(text_style(Tone.WARNING if result.problems else Tone.OK))
        self._show_problems(result)

    def _show_problems(self, result: OrdersImported) -> None:
        for problem in (*result.problems, *result.warnings):
            where = fill(translate("OrderImport", "Row %1"), f"{problem.row:n}")
            if problem.column:
                where = fill(translate("OrderImport", "%1, column %2"), where, problem.column)
            self.problems.addItem(f"{where}: {problem.reason}")
        self.problems.setVisible(self.problems.count() > 0)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if not isinstance(error, UserError):
            self.bus.failed(error)
        self.summary.setText(
            fill(translate("OrderImport", "Nothing was imported: %1"), str(error))
            if isinstance(error, UserError)
            else translate("OrderImport", "The import failed; see the log for details.")
        )
        self.summary.setStyleSheet(text_style(Tone.DANGER))

    def _cancelled(self) -> None:
        self._finish()
        self.bus.publish(Changes(reload_all=True))  # the batches before the stop stay
        self.summary.setText(
            translate(
                "OrderImport",
                "Stopped. The orders read before the stop were imported; import the report "
                "again to finish (nothing is imported twice).",
            )
        )

    def reject(self) -> None:
        """Cancel stops the import between two batches; Close (after it ended) closes."""
        if self.task is not None:
            self.task.cancel()
            self.summary.setText(translate("OrderImport", "Stopping…"))
            return
        super().reject()
