"""Start-up of the GUI: an ordered list of small steps, each testable alone (STYLE.md habit 12)."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from app import __version__
from app.errors import UserError
from app.models.db import needs_upgrade
from app.services.core.profile import DB_NAME, Profile, configure_logging
from app.ui.core.i18n import Language, translate
from app.ui.core.tasks import TaskManager
from app.ui.dialogs.preferences import saved_language
from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("SupportWorkbench")
    app.setApplicationName("Support Workbench")
    app.setApplicationVersion(__version__)
    return app


def agent_language(locale: str | None) -> Language:
    """The UI language: the one asked for, else the system's."""
    return Language(locale or QLocale.system().name())


def user_settings() -> QSettings:
    return QSettings(QSettings.IniFormat, QSettings.UserScope, "SupportWorkbench", "workbench")


class _Opener(QObject):
    """Opens a profile on a worker thread and says when it is done (a queued signal)."""

    done = Signal(object)

    def open(self, data_dir: Path) -> None:
        def work() -> None:
            try:
                result: object = Profile.open(data_dir, check_budget_s=0)
            except Exception as error:  # noqa: BLE001 - handed to the main thread
                result = error
            self.done.emit(result)

        threading.Thread(target=work, name="profile-upgrade", daemon=True).start()


def _open_with_progress(data_dir: Path) -> Profile:
    """Upgrade an older profile off the main thread, with a busy dialog that says so."""
    dialog = QProgressDialog(
        translate(
            "App",
            "Upgrading your data to this version of Support Workbench…\n"
            "A backup copy is made first; this can take a minute.",
        ),
        None,
        0,
        0,
    )
    dialog.setWindowTitle("Support Workbench")
    dialog.setMinimumDuration(0)
    dialog.setCancelButton(None)
    dialog.show()
    opener = _Opener()
    loop = QEventLoop()
    outcome: list[object] = []
    opener.done.connect(lambda result: (outcome.append(result), loop.quit()), Qt.QueuedConnection)
    opener.open(data_dir)
    loop.exec()
    dialog.close()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def open_profile_or_explain(data_dir: Path) -> Profile | None:
    """Open the profile; on a storage problem, tell the user in a dialog and on stderr."""
    try:
        if needs_upgrade(Path(data_dir) / DB_NAME):
            return _open_with_progress(data_dir)
        return Profile.open(data_dir, check_budget_s=0)  # checked once the window shows
    except UserError as error:
        print(f"workbench: {error}", file=sys.stderr)
        QMessageBox.critical(None, "Support Workbench", str(error))
        return None


def explain_damage(window: MainWindow, profile: Profile) -> QMessageBox | None:
    """Tell the agent, once the window shows, that the database is damaged and what to do;
    writes are refused meanwhile (Profile.write). Returns the (window-modal) message box."""
    if profile.damage is None:
        return None
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle("Support Workbench")
    box.setText(
        translate(
            "App",
            "The database of this profile is damaged, so Workbench will not save anything "
            "to it: saving could spread the damage. You can still read your cases.",
        )
    )
    box.setInformativeText(
        translate(
            "App",
            "Close Workbench, then run “workbench doctor” to see what is wrong, and "
            "“workbench backups restore” to put the latest backup back or “workbench "
            "salvage --out FOLDER” to copy what can still be read into a new profile.",
        )
    )
    box.setDetailedText("\n".join(profile.damage.lines))
    box.open()
    return box


def check_health_in_background(window: MainWindow, profile: Profile, tasks: TaskManager) -> None:
    """SQLite's quick check on the pool (it reads the whole file), then the damage dialog
    if it found any."""

    def done(damage: object) -> None:
        if damage is not None:
            explain_damage(window, profile)

    tasks.run(profile.check_health, on_done=done, on_error=lambda _error: None)


def install_error_hook(window: MainWindow) -> None:
    """An exception nobody caught is a bug: log its traceback, tell the user in words."""
    previous = sys.excepthook

    def hook(kind, error, trace) -> None:  # noqa: ANN001
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        window.show_message(
            translate(
                "App",
                "Something went wrong. Your saved work is safe; details are in the log file.",
            ),
            "error",
        )

    sys.excepthook = hook


def run_gui(data_dir: Path, *, locale: str | None = None) -> int:
    app = make_application()
    settings = user_settings()
    language = agent_language(locale or saved_language(settings))
    language.install(app)
    profile = open_profile_or_explain(Path(data_dir))
    if profile is None:
        return 2
    configure_logging(profile.root)
    tasks = TaskManager()
    window = MainWindow(profile, tasks, language, settings)
    install_error_hook(window)
    window.show()
    if explain_damage(window, profile) is None:  # nothing known: check in the background
        check_health_in_background(window, profile, tasks)
    try:
        return app.exec()
    finally:
        tasks.shutdown()
        profile.close()
