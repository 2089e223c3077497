"""`workbench screenshot`: render the main window offscreen into a PNG.

Trainers use it for course material, developers to look at the UI. It waits
(running the event loop) until the inbox, the selected case and its
thumbnails have loaded; reads go through the tasks helper like the window's.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

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

WAIT_LIMIT_MS = 20_000


def _wait_for(condition: Callable[[], bool], limit_ms: int = WAIT_LIMIT_MS) -> bool:
    """Run the event loop until `condition()` holds (checked every 20 ms) or time runs out."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    elapsed = {"ms": 0}

    def check() -> None:
        elapsed["ms"] += 20
        if condition() or elapsed["ms"] >= limit_ms:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()
    return condition()


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
    try:
        window.resize(*size)
        window.show()
        _wait_for(lambda: not window.inbox_model.loading and window.inbox_model.rowCount() >= 0)
        if case_id is None and window.inbox_model.rowCount():
            case_id = window.inbox_model.case_id_at(0)
        if case_id is not None:
            found: list[int | None] = []
            tasks.run(rowid_of, profile, case_id, on_done=found.append)
            _wait_for(lambda: bool(found))
            rowid = found[0] if found else None
            row = window.inbox_model.row_of_rowid(rowid) if rowid is not None else -1
            if row >= 0:
                window.inbox.select_row(row)
            else:
                window.case_view.show_case(case_id)
            _wait_for(
                lambda: (
                    window.case_view.detail is not None and window.case_view.detail.id == case_id
                )
            )
        _wait_for(lambda: not tasks.busy)
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
