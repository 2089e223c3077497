"""Adding files through the real panel never holds up the database writer: the files are
stored on the pool (progress, cancel) and only their rows go through the writer."""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from app.services.cases import operations as cases
from app.services.cases.detail import load_case_detail
from app.services.core.changes import changes_of
from app.services.evidence import intake


def _plain(text: str) -> str:
    """Text as read, without the direction isolates `fill` puts around each value."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _photos(folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        path = folder / f"p{n:02d}.jpg"
        Image.new("RGB", (32, 24), (n * 10, 40, 90)).save(path, "JPEG")  # all different
        paths.append(path)
    return paths


def _names(profile, case_id) -> list[str]:  # noqa: ANN001
    return sorted(e.name for e in load_case_detail(profile, case_id).evidence)


def _open_case(qtbot, open_window, profile):  # noqa: ANN001, ANN202
    case_id = cases.create_case(
        profile, cases.NewCase(subject="Belt too short", reason="wrong_size")
    ).case_id
    window = open_window(profile)
    window.case_view.show_case(case_id)
    panel = window.case_view.sidebar.evidence
    qtbot.waitUntil(lambda: panel.case_id == case_id, timeout=10_000)
    return window, panel, case_id


@pytest.fixture
def held(monkeypatch):
    """Storing stops when it reaches p02.jpg, until the test releases it.

    Requested after `open_window`, so it is released before the window's worker
    threads are shut down, whatever the test asserted."""
    reached, release = threading.Event(), threading.Event()
    real_store_for = intake.store_for

    def store_for(profile, path, **kwargs):  # noqa: ANN001, ANN003, ANN202
        if Path(path).name == "p02.jpg":
            reached.set()
            release.wait(60)
        return real_store_for(profile, path, **kwargs)

    monkeypatch.setattr(intake, "store_for", store_for)
    yield reached, release
    release.set()


def test_a_write_sent_during_a_long_intake_does_not_wait_for_it(
    qtbot, open_window, profile, tmp_path, held
):
    reached, release = held
    window, panel, case_id = _open_case(qtbot, open_window, profile)
    panel.add_files(_photos(tmp_path, 12))
    qtbot.waitUntil(reached.is_set, timeout=10_000)

    # The agent changes the case (a reply being sent is another such write) while the
    # intake is stuck on its third file.
    written = []
    window.tasks.write(
        partial(cases.update_case, profile, case_id, priority="high"), on_done=written.append
    )
    qtbot.waitUntil(lambda: bool(written), timeout=10_000)
    assert changes_of(written[0]).cases == frozenset({case_id})
    assert load_case_detail(profile, case_id).priority == "high"
    # ... and the intake is still where it was: nothing of it written, progress shown.
    assert panel.busy
    assert _names(profile, case_id) == []
    assert _plain(panel.progress.format()) == "Added 2 of 12: p01.jpg"
    assert panel.progress.value() == 2

    release.set()
    qtbot.waitUntil(lambda: panel.strip.count() == 12, timeout=20_000)
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert len(_names(profile, case_id)) == 12
    assert _plain(panel.notice.text()) == "Added 12 file(s)."
    assert panel.progress_box.isHidden()


def test_cancel_stops_after_the_file_being_stored_and_keeps_the_ones_before(
    qtbot, open_window, profile, tmp_path, held
):
    reached, release = held
    _window, panel, case_id = _open_case(qtbot, open_window, profile)
    panel.add_files(_photos(tmp_path, 6))
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    qtbot.waitUntil(panel.progress_box.isVisible, timeout=10_000)

    qtbot.mouseClick(panel.cancel_button, Qt.LeftButton)
    assert panel.progress.format() == "Stopping after this file…"
    assert not panel.cancel_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert _names(profile, case_id) == ["p00.jpg", "p01.jpg", "p02.jpg"]
    assert _plain(panel.notice.text()) == "Added 3 file(s).\nStopped: 3 file(s) were not added."
    assert panel.progress_box.isHidden()


def test_a_copy_cleaned_up_before_its_row_is_stored_again(
    qtbot, open_window, profile, tmp_path, monkeypatch
):
    """`doctor --clean-orphans` in another process takes a stored copy between the pool
    step and the write: the panel stores that file again and every file is added."""
    real_store_for = intake.store_for
    taken: list[str] = []

    def store_then_clean_up(profile_, path, **kwargs):  # noqa: ANN001, ANN003, ANN202
        stored = real_store_for(profile_, path, **kwargs)
        if Path(path).name == "p01.jpg" and not taken:
            profile_.blobs.path_for(stored.sha256).unlink()  # what the clean-up does
            taken.append(stored.sha256)
        return stored

    monkeypatch.setattr(intake, "store_for", store_then_clean_up)
    _window, panel, case_id = _open_case(qtbot, open_window, profile)
    panel.add_files(_photos(tmp_path, 3))
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)
    assert taken and profile.blobs.exists(taken[0])
    assert _names(profile, case_id) == ["p00.jpg", "p01.jpg", "p02.jpg"]
    assert _plain(panel.notice.text()) == "Added 3 file(s)."
