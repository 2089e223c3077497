"""`workbench screenshot`: render the main window offscreen into a PNG.

Trainers use it for course material, developers to look at the UI. It runs
the event loop once, until the inbox, the chosen case and its thumbnails have
loaded: each step starts when the tasks helper reports that no background
work is left (`busy_changed`), no polling; reads go through the tasks helper
like the window's. After `WAIT_LIMIT_MS` it takes the picture as it is.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEventLoop,
    QIODevice,
    QSettings,
    QTemporaryDir,
    QTimer,
)

from app.services.cases.detail import find_case
from app.services.core.durable import replacing
from app.services.core.profile import Profile
from app.services.inbox.listing import rowid_of

if TYPE_CHECKING:
    from app.ui.core.tasks import TaskManager
    from app.ui.main_window import MainWindow

WAIT_LIMIT_MS = 20_000


def when_idle(tasks: TaskManager, then: Callable[[], None]) -> None:
    """Call `then` from the event loop once no background task is running or queued."""
    if not tasks.busy:
        QTimer.singleShot(0, then)
        return

    def changed(busy: bool) -> None:
        if not busy:
            tasks.busy_changed.disconnect(changed)
            QTimer.singleShot(0, then)  # after the task's own delivery has finished

    tasks.busy_changed.connect(changed)


def _show_case(
    window: MainWindow, tasks: TaskManager, case_id: uuid.UUID, then: Callable[[], None]
) -> None:
    """Select the case in the inbox (or, not in the view, open it alone), then `then`."""

    def found(rowid: int | None) -> None:
        row = window.inbox_model.row_of_rowid(rowid) if rowid is not None else -1
        if row >= 0:
            window.inbox.select_row(row)
        else:
            window.case_view.show_case(case_id)
        when_idle(tasks, then)

    tasks.run(rowid_of, window.profile, case_id, on_done=found, on_error=lambda _e: then())


def save_screenshot(
    profile: Profile,
    out: Path,
    *,
    case_ref: str | None = None,
    locale: str | None = None,
    size: tuple[int, int] = (1360, 820),
) -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    case_id = find_case(profile, case_ref) if case_ref else None

    from app.ui.app import agent_language, make_application
    from app.ui.core.tasks import TaskManager
    from app.ui.main_window import MainWindow

    app = make_application(sys.argv[:1])
    language = agent_language(locale or "en-US")
    language.install(app)
    scratch = QTemporaryDir()
    settings = QSettings(os.path.join(scratch.path(), "screenshot.ini"), QSettings.IniFormat)
    tasks = TaskManager()
    window = MainWindow(profile, tasks, language, settings)
    loop = QEventLoop()
    limit = QTimer()  # then the picture shows what there is
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)

    def inbox_loaded() -> None:
        chosen = case_id
        if chosen is None and window.inbox_model.rowCount():
            chosen = window.inbox_model.case_id_at(0)
        if chosen is None:
            loop.quit()
        else:
            _show_case(window, tasks, chosen, loop.quit)

    try:
        window.resize(*size)
        window.show()
        when_idle(tasks, inbox_loaded)
        limit.start(WAIT_LIMIT_MS)
        loop.exec()
        limit.stop()
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.WriteOnly)
        if not window.grab().save(buffer, "PNG"):
            raise OSError(f"could not encode the screenshot for {out}")
        buffer.close()
        # By rename, like every saved file: never written through a link into someone's file.
        with replacing(out, prefix=".screenshot-") as handle:
            handle.write(bytes(data))
    finally:
        window.close()
        tasks.shutdown()
