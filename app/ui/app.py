"""Start-up of the GUI: an ordered list of small steps, each testable alone (STYLE.md habit 12).

The window is shown first, with nothing in it but "Opening your cases…"; once
it has painted, the profile is opened (and upgraded, behind a progress
dialog, if an older version made it) on the pool, together with the imports
the screens need (the services and the database layer), and the window is
filled in. So the agent sees the window about as fast as a bare Qt window
appears (bench/startup.py), whatever the profile needs first.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from app import __version__
from app.errors import UserError
from app.ui.core.i18n import Language, fill, saved_language, translate
from app.ui.core.tasks import Job, Task, TaskManager
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from app.services.core.profile import Profile

log = logging.getLogger(__name__)

UPGRADING = "upgrading"  # what the opening task reports while it upgrades the schema
FIRST_PAINT_FALLBACK_MS = 1000  # a window that is never painted (minimised) still opens


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


def open_profile(job: Job, data_dir: Path) -> Profile:
    """On the pool: open (upgrading if needed) the profile, and import what the screens use.

    Reports `UPGRADING` through the job before an upgrade, then the upgrade's own steps
    (COPYING, INDEXING, SEARCH_INDEX, SWAPPING of the profile module), so the window can
    show how far it is; cancelling
    the job stops the upgrade, which then changes nothing. The health check comes later,
    in the background, once the window is filled in."""
    from app.services.core.profile import Profile, needs_upgrade

    if needs_upgrade(Path(data_dir)):
        job.progress(0, 0, UPGRADING)
    profile = Profile.open(
        data_dir,
        check_budget_s=0,
        progress=job.progress,
        cancelled=lambda: job.cancelled,
    )
    # The screens' imports, here rather than on the main thread when the window is filled.
    import app.ui.case.view  # noqa: F401
    import app.ui.inbox.model  # noqa: F401
    import app.ui.inbox.panel  # noqa: F401

    return profile


def upgrade_step_text(done: int, total: int, phase: str) -> str:
    """What the upgrade dialog says for a step the upgrade reported."""
    from app.services.core.profile import COPYING, INDEXING, SEARCH_INDEX, SWAPPING

    if phase == COPYING and total:
        return fill(
            translate("App", "Rewriting your cases in the compact format: %1 of %2 rows…"),
            QLocale().toString(done),  # the agent's language (i18n sets the default)
            QLocale().toString(total),
        )
    if phase == INDEXING:
        return translate("App", "Building the indexes…")
    if phase == SEARCH_INDEX:
        return translate("App", "Building the search index…")
    if phase == SWAPPING:
        return translate("App", "Keeping the old file as a backup and finishing…")
    return translate(
        "App",
        "Upgrading your data to this version of Support Workbench…\n"
        "The old file is kept as a backup; this can take a few minutes.",
    )


def upgrade_percent(done: int, total: int, phase: str) -> int:
    """Where a step stands on the dialog's one bar: most of the time goes into copying."""
    from app.services.core.profile import COPYING, INDEXING, SEARCH_INDEX

    shares = {COPYING: (0, 80), INDEXING: (80, 88), SEARCH_INDEX: (88, 99)}
    low, high = shares.get(phase, (99, 100))
    return low + (high - low) * done // total if total else high


def open_in_background(
    parent: QWidget | None,
    tasks: TaskManager,
    data_dir: Path,
    on_ready: Callable[[Profile], None],
    on_failed: Callable[[int], None],
) -> Task:
    """Open the profile on the pool; an upgrade shows a dialog with its progress and a Stop
    button (stopping changes nothing); a problem is explained in a dialog and on stderr,
    then `on_failed(exit code)`: 2 for the user's, 1 for a bug."""
    dialogs: list[QProgressDialog] = []
    started: list[Task] = []

    def progressed(done: int, total: int, what: str) -> None:
        if not dialogs:
            dialog = QProgressDialog(
                upgrade_step_text(0, 0, UPGRADING),
                translate("App", "Stop"),
                0,
                0,
                parent,
            )
            dialog.setWindowTitle("Support Workbench")
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(lambda: [task.cancel() for task in started])
            dialog.show()
            dialogs.append(dialog)
        dialog = dialogs[0]
        if what == UPGRADING:
            return
        dialog.setLabelText(upgrade_step_text(done, total, what))
        dialog.setRange(0, 100)
        dialog.setValue(upgrade_percent(done, total, what))

    def close_dialog() -> None:
        for dialog in dialogs:
            dialog.close()
            dialog.deleteLater()

    def done(profile: Profile) -> None:
        close_dialog()
        on_ready(profile)

    def failed(error: BaseException) -> None:
        close_dialog()
        if isinstance(error, UserError):
            text, code = str(error), 2
        else:
            log.error("opening the profile failed", exc_info=error)
            text = translate(
                "App", "Something went wrong. Your saved work is safe; details are in the log file."
            )
            code = 1
        print(f"workbench: {text}", file=sys.stderr)
        if getattr(error, "kind", None) == "upgrade_cancelled":
            QMessageBox.information(parent, "Support Workbench", text)
        else:
            QMessageBox.critical(parent, "Support Workbench", text)
        on_failed(code)

    task = tasks.start(
        open_profile, Path(data_dir), on_done=done, on_error=failed, on_progress=progressed
    )
    started.append(task)
    return task


class _AfterFirstPaint(QObject):
    """Calls `then` once, right after `window` is first painted (or after a fallback delay)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        QApplication.instance().installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            QTimer.singleShot(0, self._fire)  # after this paint is on the screen
        return False

    def _fire(self) -> None:
        if self._then is None:
            return
        then, self._then = self._then, None
        QApplication.instance().removeEventFilter(self)
        then()


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
    tasks = TaskManager()
    window = MainWindow(None, tasks, language, settings)
    install_error_hook(window)
    opened: list[Profile] = []
    failure: list[int] = []

    def ready(profile: Profile) -> None:
        from app.services.core.profile import configure_logging

        opened.append(profile)
        configure_logging(profile.root)
        window.attach(profile)
        # What start-up made lives as long as the window: out of the collector's way, so a
        # full collection during an import or a fetch walks only what was made since (a
        # collection holds the interpreter, and with it the window, while it runs).
        gc.freeze()
        if explain_damage(window, profile) is None:  # nothing known: check in the background
            check_health_in_background(window, profile, tasks)

    def failed(code: int) -> None:
        failure.append(code)
        app.exit(code)

    _AfterFirstPaint(
        window, lambda: open_in_background(window, tasks, Path(data_dir), ready, failed)
    )
    window.show()
    try:
        code = app.exec()
        return failure[0] if failure else code
    finally:
        tasks.shutdown()
        for profile in opened:
            profile.close()
