"""Everything mail in the main window, in one place the window builds and stops.

- Fetching: `MailFetcher` (on a timer, on F5, again once the connection is back) and its
  status-bar widget.
- Sending: `OutboxRunner` wakes when a queued reply is due; its words go to the status bar.
- Importing: File > Import mail… and Import order report…, and mail files (.eml, mbox,
  Maildir folders) dropped on the inbox open the mail import with those files.

The window keeps its own shape; this object holds the mail parts so that neither grows
into the other.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app.ui.core.i18n import Language, translate
from app.ui.mail.fetch_status import FetchStatus
from app.ui.mail.fetcher import MailFetcher
from app.ui.mail.outbox_runner import OutboxRunner

if TYPE_CHECKING:
    from app.services.core.profile import Profile
    from app.ui.core.bus import ChangeBus
    from app.ui.core.tasks import TaskManager
    from app.ui.mail.import_dialog import MailImportDialog
    from app.ui.main_window import MainWindow


class MailHub(QObject):
    def __init__(
        self,
        window: MainWindow,
        profile: Profile,
        tasks: TaskManager,
        bus: ChangeBus,
        language: Language,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._profile = profile
        self._tasks = tasks
        self._bus = bus
        self._language = language
        self.fetcher = MailFetcher(profile, tasks, bus, self)
        self.status = FetchStatus(self.fetcher, language, window)
        self.outbox = OutboxRunner(profile, tasks, bus, language, self)
        self.outbox.status_changed.connect(window.show_message)
        self.import_dialog: MailImportDialog | None = None
        self.order_dialog: QWidget | None = None
        self._drop_targets: list[QWidget] = []

    # Building --------------------------------------------------------------------------

    def add_actions(self, file_menu: QMenu) -> None:
        """Fetch mail (F5), Import mail…, Import order report…, Send waiting replies now."""
        window = self._window
        file_menu.addAction(self.fetcher.action)
        window.addAction(self.fetcher.action)
        self.send_action = self._add(
            file_menu,
            translate("MailHub", "&Send waiting replies now"),
            "Ctrl+Shift+S",
            self.outbox.wake,
        )
        file_menu.addSeparator()
        self.import_action = self._add(
            file_menu, translate("MailHub", "&Import mail…"), "Ctrl+Shift+I", self.import_mail
        )
        self.orders_action = self._add(
            file_menu,
            translate("MailHub", "Import &order report…"),
            "Ctrl+Shift+O",
            self.import_orders,
        )

    def _add(self, menu: QMenu, text: str, shortcut: str, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        self._window.addAction(action)
        return action

    def accept_drops_on(self, widget: QWidget) -> None:
        """Mail files dropped on `widget` (the inbox) open the mail import with them."""
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)
        self._drop_targets.append(widget)

    def start(self) -> None:
        self.fetcher.start()
        self.outbox.start()

    def stop(self) -> None:
        self.fetcher.stop()
        self.outbox.stop()

    # Importing -------------------------------------------------------------------------

    def import_mail(self, paths: list[Path] | None = None) -> MailImportDialog:
        """The mail import dialog (one at a time); with `paths` it starts at once."""
        from app.ui.mail.import_dialog import MailImportDialog

        dialog = self.import_dialog
        if dialog is None or not dialog.isVisible():
            dialog = MailImportDialog(
                self._profile, self._tasks, self._bus, self._window, language=self._language
            )
            self.import_dialog = dialog
        dialog.show()
        dialog.raise_()
        if paths:
            if dialog.running:
                dialog.add_paths(paths)
            else:
                dialog.start(paths)
        return dialog

    def import_orders(self, path: Path | None = None) -> None:
        from app.ui.dialogs.order_import import OrderImportDialog, choose_report

        path = path or choose_report(self._window)
        if path is None:
            return
        dialog = OrderImportDialog(self._profile, self._tasks, self._bus, path, self._window)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        self.order_dialog = dialog

    # Drops -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched in self._drop_targets:
            if event.type() in (QEvent.DragEnter, QEvent.DragMove):
                return self._drag(event)
            if event.type() == QEvent.Drop:
                return self._drop(event)
        return super().eventFilter(watched, event)

    @staticmethod
    def _local_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def _drag(self, event: QDragEnterEvent) -> bool:
        if self._local_paths(event):
            event.acceptProposedAction()
            return True
        return False

    def _drop(self, event: QDropEvent) -> bool:
        """The dropped files go to the mail import as they are: it reads them on the pool
        and lists any that is not mail with its reason (no file is read here)."""
        dropped = self._local_paths(event)
        if not dropped:
            return False
        event.acceptProposedAction()
        self.import_mail(dropped)
        return True
