"""`workbench screenshot` renders the real window once the inbox and the case have loaded."""

from __future__ import annotations

from PySide6.QtGui import QImage

from app.ui import screenshot
from app.ui.main_window import MainWindow


def _record_grabs(monkeypatch) -> list[object]:  # noqa: ANN001
    """The case each grab showed (the picture is taken when everything has loaded)."""
    shown: list[object] = []
    real_grab = MainWindow.grab

    def grab(window, *args):  # noqa: ANN001, ANN002, ANN202
        detail = window.case_view.detail
        shown.append(detail.id if detail is not None else None)
        return real_grab(window, *args)

    monkeypatch.setattr(MainWindow, "grab", grab)
    return shown


def test_the_screenshot_shows_the_case_asked_for(qtbot, profile, few_cases, tmp_path, monkeypatch):
    shown = _record_grabs(monkeypatch)
    chosen = few_cases[2]
    out = tmp_path / "shots" / "case.png"
    screenshot.save_screenshot(profile, out, case_ref=chosen.ref, size=(900, 600))
    assert shown == [chosen.case_id]
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 900


def test_without_a_case_the_screenshot_shows_the_top_of_the_inbox(
    qtbot, profile, few_cases, tmp_path, monkeypatch
):
    shown = _record_grabs(monkeypatch)
    out = tmp_path / "inbox.png"
    screenshot.save_screenshot(profile, out, size=(900, 600))
    assert shown == [few_cases[-1].case_id]  # most recent first; the same time: the newest
    assert not QImage(str(out)).isNull()
