"""Fixtures for driving the real main window with qtbot on the offscreen platform."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from app.services.cases import operations as cases
from app.services.core.profile import Profile
from app.ui.core.i18n import Language
from app.ui.core.tasks import TaskManager
from app.ui.main_window import MainWindow


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "ui-settings.ini"


@pytest.fixture
def open_window(qtbot, settings_path: Path):
    """Open a real MainWindow on a profile; closes windows and worker threads afterwards."""
    opened: list[tuple[MainWindow, TaskManager]] = []

    def _open(profile: Profile, locale: str = "en-US") -> MainWindow:
        tasks = TaskManager()
        settings = QSettings(str(settings_path), QSettings.IniFormat)
        window = MainWindow(profile, tasks, Language(locale), settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not window.inbox_model.loading, timeout=10_000)
        opened.append((window, tasks))
        return window

    yield _open
    for window, tasks in opened:
        if window.isVisible():
            window.close()
        tasks.shutdown()


def settle(qtbot, window: MainWindow) -> None:
    """Wait until no background task is running or queued (their results are delivered)."""
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)


def add_cases(profile: Profile, subjects: list[tuple[str, str, str]]) -> list[cases.Created]:
    """Small fixed data: (subject, body, language) per case."""
    return [
        cases.create_case(
            profile,
            cases.NewCase(subject=s, body=b, language=lang, customer_name=f"Buyer {i}"),
        )
        for i, (s, b, lang) in enumerate(subjects)
    ]


@pytest.fixture
def few_cases(profile: Profile) -> Callable[[], list[cases.Created]]:
    return add_cases(
        profile,
        [
            ("벨트 사이즈가 달라요", "주문한 벨트가 사이즈가 다릅니다.", "ko-KR"),
            ("Ремень треснул", "Ремень треснул через неделю.", "ru-RU"),
            ("لم يصل الطرد", "لم يصلني الطرد حتى الآن.", "ar-SA"),
            ("Strap arrived damaged", "The strap arrived with a tear.", "en-US"),
        ],
    )


@pytest.fixture(autouse=True)
def empty_clipboard():
    """Leave the clipboard empty: mime data a test put there, still held when the
    application is destroyed at exit, crashes the offscreen platform (exit code 139)."""
    yield
    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
