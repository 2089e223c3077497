"""The main window: inbox on the left, the selected case on the right, menus and shortcuts."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QWidget,
)

from app import __version__
from app.errors import UserError
from app.ui.core.bus import ChangeBus
from app.ui.core.i18n import Language, fill, isolate, translate
from app.ui.core.style import Tone, text_style
from app.ui.core.tasks import TaskManager

if TYPE_CHECKING:
    from app.services.cases.operations import Created
    from app.services.core.profile import Profile
    from app.ui.dialogs.new_case import NewCaseDialog

MESSAGE_MS = 8000


class ElidedLabel(QLabel):
    """One line of text that is elided where it does not fit, whole in its tooltip: a long
    message or profile folder in the status bar never sets the window's least width."""

    def __init__(self, mode: Qt.TextElideMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mode = mode

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        """The whole text, up to a third of the window: the rest of the line is shared."""
        hint = super().sizeHint()
        window = self.window()
        if window is not self:
            hint.setWidth(min(hint.width(), window.width() // 3))
        return hint

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802, ARG002
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), self._mode, rect.width())
        align = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        painter = QPainter(self)
        self.style().drawItemText(
            painter, rect, align, self.palette(), self.isEnabled(), shown, self.foregroundRole()
        )


class MainWindow(QMainWindow):
    """The window. It shows at once, before the profile is open (`attach` fills it in when
    the profile is ready), so the agent sees it while the rest starts in the background."""

    def __init__(
        self,
        profile: Profile | None,
        tasks: TaskManager,
        language: Language,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile: Profile | None = None
        self.tasks = tasks
        self.language = language
        self.settings = settings
        self.bus = ChangeBus(self)
        self.setObjectName("mainWindow")
        self.setWindowTitle(translate("MainWindow", "Support Workbench"))

        self.opening = QLabel(translate("MainWindow", "Opening your cases…"), self)
        self.opening.setAlignment(Qt.AlignCenter)
        self.opening.setStyleSheet(text_style(Tone.MUTED))
        self.setCentralWidget(self.opening)

        self.message_label = ElidedLabel(Qt.ElideRight, self)
        self.message_label.setObjectName("message")
        self.statusBar().addWidget(self.message_label, 1)
        self.profile_label = ElidedLabel(Qt.ElideMiddle, self)
        self.profile_label.setStyleSheet(text_style(Tone.MUTED))
        self.statusBar().addPermanentWidget(self.profile_label)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message_label.clear)
        self.bus.message.connect(self.show_message)
        self._restore_geometry()
        if profile is not None:
            self.attach(profile)

    def attach(self, profile: Profile) -> None:
        """Fill the window for the open profile: inbox, case view, menus, saved layout.

        The screens are imported here, not at the top: they bring the services and the
        database layer, which the first paint of the window does not need."""
        from app.ui.case.view import CaseView
        from app.ui.inbox.model import InboxModel
        from app.ui.inbox.panel import InboxPanel

        self.profile = profile
        self.inbox_model = InboxModel(profile, self.tasks, self.language, self, bus=self.bus)
        self.inbox = InboxPanel(self.inbox_model, self)
        self.case_view = CaseView(profile, self.tasks, self.language, self.bus, self)
        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.inbox)
        self.splitter.addWidget(self.case_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)  # the "opening" label goes with the old one
        self.profile_label.setText(isolate(str(profile.root)))  # a path reads left to right

        self.inbox.case_selected.connect(self.case_view.show_case)
        evidence = self.case_view.sidebar.evidence
        evidence.settings = self.settings
        evidence.changes_made.connect(self.bus.publish)
        evidence.failed.connect(self.bus.failed)
        evidence.drops.watch(self.case_view)  # a file dropped anywhere on the case is evidence
        from app.ui.mail.hub import MailHub

        self.mail = MailHub(self, profile, self.tasks, self.bus, self.language)
        self.statusBar().insertPermanentWidget(1, self.mail.status)  # before the profile
        self.mail.accept_drops_on(self.inbox)
        from app.ui.sync.hub import SyncHub

        self.sync = SyncHub(self, profile, self.tasks, self.bus, self.language)
        self.statusBar().insertPermanentWidget(1, self.sync.indicator)  # hidden if signed out
        self.sync.attach_case_view(self.case_view)
        self._build_actions()
        self._restore_layout()
        # The restored view, with the sort the (restored) header already asked for.
        self.inbox_model.set_query(replace(self.inbox_model.query, view=self.inbox.view))
        self.mail.start()
        self.sync.start()

    # Actions -------------------------------------------------------------------------

    def _action(self, text: str, shortcuts: list[str], slot, menu) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        from app.ui.core.labels import status_label
        from app.ui.inbox.panel import VIEWS, view_label

        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self._action(translate("MainWindow", "&New case…"), ["Ctrl+N"], self.new_case, file_menu)
        file_menu.addSeparator()
        self.mail.add_actions(file_menu)
        self.sync.add_actions(file_menu)
        file_menu.addSeparator()
        self._action(
            translate("MainWindow", "&Preferences…"), ["Ctrl+,"], self.show_preferences, file_menu
        )
        file_menu.addSeparator()
        self._action(translate("MainWindow", "&Quit"), ["Ctrl+Q"], self.close, file_menu)

        case_menu = bar.addMenu(translate("MainWindow", "&Case"))
        self.reply_action = self._action(
            translate("MainWindow", "&Reply"), ["Ctrl+R"], self.case_view.focus_reply, case_menu
        )
        self.note_action = self._action(
            translate("MainWindow", "Internal &note"),
            ["Ctrl+Shift+N"],
            self.case_view.focus_note,
            case_menu,
        )
        self.contact_action = self._action(
            translate("MainWindow", "&Log contact…"),
            ["Ctrl+Shift+L"],
            self.log_contact,
            case_menu,
        )
        case_menu.addSeparator()
        self._action(
            translate("MainWindow", "Ne&xt case"),
            ["Ctrl+Down", "Ctrl+J"],
            lambda: self.inbox.move(1),
            case_menu,
        )
        self._action(
            translate("MainWindow", "&Previous case"),
            ["Ctrl+Up", "Ctrl+K"],
            lambda: self.inbox.move(-1),
            case_menu,
        )
        case_menu.addSeparator()
        evidence = self.case_view.sidebar.evidence
        self._action(
            translate("MainWindow", "Add &evidence files…"),
            ["Ctrl+Shift+A"],
            evidence.choose_files,
            case_menu,
        )
        self._action(
            translate("MainWindow", "Paste as e&vidence"),
            ["Ctrl+Shift+V"],
            evidence.paste,
            case_menu,
        )
        self._action(
            translate("MainWindow", "Expor&t evidence…"),
            ["Ctrl+Shift+E"],
            evidence.export,
            case_menu,
        )
        case_menu.addSeparator()
        status_menu = case_menu.addMenu(translate("MainWindow", "Set &status"))
        for number, status in enumerate(("open", "waiting_customer", "resolved"), start=1):
            self._action(
                status_label(status),
                [f"Ctrl+Alt+{number}"],
                lambda _=False, s=status: self.case_view.set_status(s),
                status_menu,
            )

        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self._action(
            translate("MainWindow", "&Search"), ["Ctrl+F", "/"], self.focus_search, view_menu
        )
        # F5 is Fetch mail (File menu), which refreshes what it brings.
        self._action(translate("MainWindow", "&Refresh"), ["Ctrl+F5"], self.refresh, view_menu)
        view_menu.addSeparator()
        for number, view in enumerate(VIEWS, start=1):
            self._action(
                view_label(view),
                [f"Ctrl+{number}"],
                lambda _=False, v=view: self.inbox.set_view(v),
                view_menu,
            )

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self._action(
            translate("MainWindow", "&Keyboard shortcuts"), ["F1"], self.show_shortcuts, help_menu
        )
        self._action(
            translate("MainWindow", "&About Support Workbench"), [], self.show_about, help_menu
        )

    def focus_search(self) -> None:
        self.inbox.search.setFocus(Qt.ShortcutFocusReason)
        self.inbox.search.selectAll()

    def refresh(self) -> None:
        self.inbox_model.reload()
        self.case_view.reload()

    def show_shortcuts(self) -> None:
        rows = [
            ("Ctrl+F, /", translate("MainWindow", "Search cases")),
            ("Ctrl+Down, Ctrl+J", translate("MainWindow", "Next case")),
            ("Ctrl+Up, Ctrl+K", translate("MainWindow", "Previous case")),
            ("Ctrl+R", translate("MainWindow", "Write a reply")),
            ("Ctrl+Shift+N", translate("MainWindow", "Write an internal note")),
            ("Ctrl+Enter", translate("MainWindow", "Send the reply")),
            ("Ctrl+T", translate("MainWindow", "Find a reply template")),
            ("Ctrl+Shift+Enter", translate("MainWindow", "Add the note")),
            ("Ctrl+1 … Ctrl+7", translate("MainWindow", "Switch inbox view")),
            ("Ctrl+Alt+1/2/3", translate("MainWindow", "Set status: open / waiting / resolved")),
            ("Ctrl+Shift+A", translate("MainWindow", "Add evidence files")),
            ("Ctrl+Shift+V", translate("MainWindow", "Paste a picture or files as evidence")),
            ("Ctrl+Shift+E", translate("MainWindow", "Export the case's evidence")),
            ("Ctrl+Shift+L", translate("MainWindow", "Log a phone call, chat or other contact")),
            ("F5", translate("MainWindow", "Fetch mail")),
            ("Ctrl+Shift+S", translate("MainWindow", "Send waiting replies now")),
            ("Ctrl+Shift+I", translate("MainWindow", "Import mail")),
            ("Ctrl+Shift+O", translate("MainWindow", "Import an order report")),
            ("Ctrl+Shift+Y", translate("MainWindow", "Sync with your team now")),
            ("Ctrl+F5", translate("MainWindow", "Refresh")),
        ]
        table = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{v}</td></tr>" for k, v in rows)
        QMessageBox.information(
            self, translate("MainWindow", "Keyboard shortcuts"), f"<table>{table}</table>"
        )

    def new_case(self) -> None:
        """Ask for a case; it is saved by the database writer, off the UI thread."""
        from app.ui.dialogs.new_case import NewCaseDialog

        dialog = NewCaseDialog(self.language, self)
        dialog.accepted.connect(lambda: self._create_case(dialog))
        dialog.open()
        self.new_case_dialog = dialog

    def _create_case(self, dialog: NewCaseDialog) -> None:
        from app.services.cases import operations as cases

        def done(created: Created) -> None:
            dialog.deleteLater()
            self.bus.publish(created)
            self.case_view.show_case(created.case_id)
            self.show_message(fill(translate("MainWindow", "Case %1 created."), created.ref))

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                dialog.show_problem(str(error))  # keep what was typed, say what is wrong
                dialog.open()
            else:
                self.bus.failed(error)

        self.tasks.write(
            partial(cases.create_case, self.profile, dialog.new_case()),
            on_done=done,
            on_error=failed,
        )

    def show_preferences(self) -> None:
        from app.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.profile, self.settings, self, tasks=self.tasks)
        if dialog.team is not None:  # signing in or out takes effect at once
            dialog.team.account_changed.connect(self.sync.account_changed)
        if dialog.exec() == QDialog.Accepted:
            # "Mine" follows the (maybe new) name.
            self.inbox_model.set_query(replace(self.inbox_model.query, agent=self.profile.agent))
            if dialog.mail_saved:
                self.mail.fetcher.account_changed()
                self.case_view.reload()  # the composer's Send follows the new mailbox

    def log_contact(self) -> None:
        """Log a phone call, chat, call-back or social contact on the open case."""
        from app.ui.dialogs.contact_log import open_contact_log

        case_id = self.case_view.case_id
        if case_id is None:
            self.show_message(translate("MainWindow", "Open a case first."), "error")
            return
        open_contact_log(self, self.profile, self.tasks, self.bus, case_id)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About Support Workbench"),
            fill(
                translate("MainWindow", "Support Workbench %1\nProfile: %2"),
                __version__,
                self.profile.root,
            ),
        )

    # Messages and changes ------------------------------------------------------------

    def show_message(self, text: str, level: str = "info") -> None:
        self.message_label.setStyleSheet(text_style(Tone.DANGER if level == "error" else Tone.OK))
        self.message_label.setText(text)
        self._message_timer.start(MESSAGE_MS * (2 if level == "error" else 1))

    # Window state --------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 820)

    def _restore_layout(self) -> None:
        from app.ui.inbox.panel import VIEWS

        for key, splitter in (
            ("window/mainSplitter", self.splitter),
            ("window/caseSplitter", self.case_view.splitter),
        ):
            state = self.settings.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
            elif splitter is self.splitter:
                splitter.setSizes([600, 760])
            else:
                splitter.setSizes([480, 290])
        header_state = self.settings.value("window/inboxHeader")
        if isinstance(header_state, QByteArray) and not header_state.isEmpty():
            self.inbox.table.horizontalHeader().restoreState(header_state)
        view = self.settings.value("inbox/view", VIEWS[0].value)
        for candidate in VIEWS:
            if candidate.value == view:
                self.inbox.tabs.blockSignals(True)
                self.inbox.set_view(candidate)
                self.inbox.tabs.blockSignals(False)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.profile is None:  # closed before the profile opened: only the geometry
            self.settings.sync()
            return
        self.settings.setValue("window/mainSplitter", self.splitter.saveState())
        self.settings.setValue("window/caseSplitter", self.case_view.splitter.saveState())
        self.settings.setValue(
            "window/inboxHeader", self.inbox.table.horizontalHeader().saveState()
        )
        self.settings.setValue("inbox/view", self.inbox.view.value)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        if self.profile is None:
            super().closeEvent(event)
            return
        from app.services.cases import operations as cases

        self.mail.stop()
        self.sync.stop()
        # Nothing typed is lost: unsent text is kept as a draft reply on its case.
        for case_id, (text, replaces) in self.case_view.unsent_texts().items():
            self.tasks.write(
                partial(
                    cases.add_reply,
                    self.profile,
                    case_id,
                    text,
                    draft=True,
                    replaces_draft=replaces,
                )
            )
        super().closeEvent(event)
