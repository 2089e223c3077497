"""The evidence strip driven for real: drop, paste, programs, progress, undo, export, the column."""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox

from app.services.cases import operations as cases
from app.services.cases.detail import load_case_detail, load_case_history
from app.services.evidence.attach import (
    attach_files,
    remove_evidence,
    restore_evidence,
    update_evidence,
)
from app.ui.case.history import describe
from app.ui.evidence.export_dialog import ExportDialog
from app.ui.inbox.model import COLUMNS
from tests.ui.conftest import settle
from tests.ui.test_main_window import _select


def _jpeg(path: Path, color: str = "red", size: tuple[int, int] = (64, 48)) -> Path:
    Image.new("RGB", size, color).save(path, "JPEG")
    return path


def _pdf(path: Path) -> Path:
    pages = [Image.new("RGB", (200, 280), c) for c in ("white", "yellow")]
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:])
    return path


def _drop(widget, paths: list[Path] | None = None, mime: QMimeData | None = None) -> None:
    """What a file manager does: drag enter, then drop, on a widget."""
    if mime is None:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths or []])
    point = widget.rect().center()
    enter = QDragEnterEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, drop)


def _open_case(qtbot, open_window, profile, reason: str = "wrong_size"):
    created = cases.create_case(
        profile,
        cases.NewCase(
            subject="Belt is the wrong size",
            body="The belt is 10 cm too short.",
            customer_name="Min-jun Park",
            reason=reason,
        ),
    )
    window = open_window(profile)
    _select(qtbot, window, lambda row: row.id == created.case_id)
    return window, created.case_id


def _plain(text: str) -> str:
    """Text as read, without the direction isolates `fill` puts around each value."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _names(profile, case_id) -> list[str]:
    return [e.name for e in load_case_detail(profile, case_id).evidence]


def test_files_dropped_on_the_case_are_added_and_the_checklist_follows(
    qtbot, open_window, profile, tmp_path
):
    window, case_id = _open_case(qtbot, open_window, profile)
    panel = window.case_view.sidebar.evidence
    # A wrong size calls for a photo with a tape and the order (no order on this case yet).
    assert "Checklist: 0 of 2 collected" in _plain(panel.checklist_label.text())

    _drop(window.case_view, [_jpeg(tmp_path / "belt.jpg"), _pdf(tmp_path / "receipt.pdf")])
    qtbot.waitUntil(lambda: panel.strip.count() == 2, timeout=10_000)
    assert sorted(_names(profile, case_id)) == ["belt.jpg", "receipt.pdf"]
    assert _plain(panel.notice.text()) == "Added 2 file(s)."
    assert "Checklist: 2 of 2 collected" in _plain(panel.checklist_label.text())

    # Dropping on the strip itself works too, and the same file twice is refused by name.
    _drop(panel.strip.viewport(), [tmp_path / "belt.jpg"])
    qtbot.waitUntil(lambda: "already" in panel.notice.text(), timeout=10_000)
    assert panel.strip.count() == 2


def test_a_picture_pasted_from_the_clipboard_becomes_a_screenshot(qtbot, open_window, profile):
    window, case_id = _open_case(qtbot, open_window, profile)
    panel = window.case_view.sidebar.evidence
    image = QImage(120, 80, QImage.Format_RGB32)
    image.fill(Qt.blue)
    QGuiApplication.clipboard().setImage(image)

    panel.strip.setFocus()
    qtbot.keyClick(window, Qt.Key_V, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: panel.strip.count() == 1, timeout=10_000)
    (info,) = load_case_detail(profile, case_id).evidence
    assert info.name.startswith("pasted-") and info.name.endswith(".png")
    assert info.kind == "screenshot"


def test_pasting_files_copied_in_a_file_manager(qtbot, open_window, profile, tmp_path):
    window, case_id = _open_case(qtbot, open_window, profile)
    panel = window.case_view.sidebar.evidence
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_jpeg(tmp_path / "label.jpg", "white")))])
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.mouseClick(panel.paste_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.strip.count() == 1, timeout=10_000)
    assert _names(profile, case_id) == ["label.jpg"]


def test_a_web_image_is_explained_not_fetched(qtbot, open_window, profile):
    window, _case_id = _open_case(qtbot, open_window, profile)
    panel = window.case_view.sidebar.evidence
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/photo.jpg")])
    _drop(window.case_view, mime=mime)
    assert "Only files on this computer" in panel.notice.text()


def _answer_program_warning(qtbot, button_text: str) -> list[str]:
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()

    QTimer.singleShot(20, answer)
    return seen


@pytest.mark.parametrize(
    ("answer", "kept"), [("Leave them out", False), ("Keep them as evidence", True)]
)
def test_a_program_gets_a_warning_first(qtbot, open_window, profile, tmp_path, answer, kept):
    window, case_id = _open_case(qtbot, open_window, profile)
    panel = window.case_view.sidebar.evidence
    program = tmp_path / "invoice.exe"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    photo = _jpeg(tmp_path / "belt.jpg")
    seen = _answer_program_warning(qtbot, answer)

    panel.add_files([program, photo])
    qtbot.waitUntil(lambda: panel.strip.count() >= 1, timeout=10_000)
    settle(qtbot, window)
    assert seen and "invoice.exe" in seen[0] and "never runs them" in seen[0]
    assert ("invoice.exe" in _names(profile, case_id)) is kept
    assert "belt.jpg" in _names(profile, case_id)


def test_remove_then_undo(qtbot, open_window, profile, tmp_path):
    window, case_id = _open_case(qtbot, open_window, profile)
    panel = window.case_view.sidebar.evidence
    panel.add_files([_jpeg(tmp_path / "a.jpg"), _jpeg(tmp_path / "b.jpg", "green")])
    qtbot.waitUntil(lambda: panel.strip.count() == 2, timeout=10_000)

    panel.strip.setCurrentRow(0)
    panel.strip.setFocus()
    qtbot.keyClick(panel.strip, Qt.Key_Delete)
    qtbot.waitUntil(lambda: panel.strip.count() == 1, timeout=10_000)
    assert panel.undo_button.isVisible()
    qtbot.mouseClick(panel.undo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.strip.count() == 2, timeout=10_000)
    assert sorted(_names(profile, case_id)) == ["a.jpg", "b.jpg"]


def test_export_writes_the_bundle_chosen_in_the_dialog(qtbot, open_window, profile, tmp_path):
    window, _case_id = _open_case(qtbot, open_window, profile)
    panel = window.case_view.sidebar.evidence
    panel.add_files([_jpeg(tmp_path / "a.jpg")])
    qtbot.waitUntil(lambda: panel.strip.count() == 1, timeout=10_000)
    out = tmp_path / "claim"

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.path.setText(str(out))
        dialog.accept()

    QTimer.singleShot(20, fill)
    panel.export()
    qtbot.waitUntil(lambda: "Exported 1 file(s)" in _plain(panel.notice.text()), timeout=10_000)
    with zipfile.ZipFile(out.with_suffix(".zip")) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
    assert [f["name"] for f in manifest["files"]] == ["a.jpg"]


def test_a_file_over_the_marketplace_limit_is_added_with_a_warning(
    qtbot, open_window, profile, tmp_path
):
    window, case_id = _open_case(qtbot, open_window, profile)
    panel = window.case_view.sidebar.evidence
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(11 * 1024 * 1024)  # sparse: cheap to make
    panel.add_files([big])
    qtbot.waitUntil(lambda: panel.strip.count() == 1, timeout=20_000)
    assert _names(profile, case_id) == ["scan.pdf"]
    assert "over the marketplace's 10 MB" in panel.notice.text()


def test_the_inbox_shows_how_complete_the_checklist_is(qtbot, open_window, profile, tmp_path):
    window, case_id = _open_case(qtbot, open_window, profile)
    panel = window.case_view.sidebar.evidence
    column = [c.key for c in COLUMNS].index("evidence")
    model = window.inbox_model

    def cell() -> str:
        for row in range(model.rowCount()):
            if model.index(row, 0).data(Qt.UserRole + 1) == str(case_id):
                return model.index(row, column).data() or ""
        return ""

    assert cell().startswith("0/")
    panel.add_files([_jpeg(tmp_path / "tape.jpg")])
    qtbot.waitUntil(lambda: cell().startswith("1/"), timeout=10_000)


def test_the_viewer_opens_from_the_strip_and_saves_a_caption(qtbot, open_window, profile, tmp_path):
    window, case_id = _open_case(qtbot, open_window, profile)
    panel = window.case_view.sidebar.evidence
    panel.add_files([_jpeg(tmp_path / "tape.jpg")])
    qtbot.waitUntil(lambda: panel.strip.count() == 1, timeout=10_000)

    panel.strip.setCurrentRow(0)
    qtbot.keyClick(panel.strip, Qt.Key_Return)
    viewer = panel._viewer
    qtbot.waitUntil(lambda: viewer is not None and viewer.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: viewer.state == viewer.IMAGE, timeout=10_000)
    viewer.caption_edit.setText("Belt beside the tape: 110 cm, listing says 120 cm")
    viewer.kind_combo.setCurrentIndex(viewer.kind_combo.findData("photo"))
    qtbot.keyClick(viewer.caption_edit, Qt.Key_Return)
    qtbot.waitUntil(
        lambda: (
            load_case_detail(profile, case_id).evidence[0].caption
            == "Belt beside the tape: 110 cm, listing says 120 cm"
        ),
        timeout=10_000,
    )
    viewer.close()


def test_the_history_tells_what_happened_to_each_file(qtbot, open_window, profile, tmp_path):
    created = cases.create_case(profile, cases.NewCase(subject="Belt", body="Too short"))
    added = attach_files(profile, created.case_id, [_jpeg(tmp_path / "tape.jpg")]).added[0]
    update_evidence(profile, added, kind="receipt", caption="Till receipt")
    remove_evidence(profile, added)
    restore_evidence(profile, added)
    said = [_plain(describe(e)) for e in load_case_history(profile, created.case_id)]
    assert "File added: tape.jpg" in said
    assert "File tape.jpg: kind Photo → Receipt; caption “Till receipt”" in said
    assert "File removed: tape.jpg" in said and "File put back: tape.jpg" in said


def test_a_paste_lands_on_its_own_case_and_leaves_no_copy_behind(
    qtbot, open_window, profile, tmp_path, monkeypatch
):
    scratch_root = tmp_path / "scratch"
    scratch_root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch_root))
    other = cases.create_case(profile, cases.NewCase(subject="Another", body="Hello")).case_id
    window, case_id = _open_case(qtbot, open_window, profile)
    panel = window.case_view.sidebar.evidence
    image = QImage(3000, 3000, QImage.Format_RGB32)  # takes a moment to save as PNG
    image.fill(Qt.darkGreen)
    QGuiApplication.clipboard().setImage(image)

    panel.paste()
    window.case_view.show_case(other)  # the agent moves on before the picture is stored
    qtbot.waitUntil(lambda: len(_names(profile, case_id)) == 1, timeout=20_000)
    settle(qtbot, window)
    assert _names(profile, other) == []
    assert list(scratch_root.iterdir()) == []
    qtbot.waitUntil(lambda: panel.case_id == other, timeout=10_000)
    assert panel.notice.text().startswith("Case ")


# ----------------------------------------------------------------------------- export target


def _when_modal(kind: type, act) -> None:  # noqa: ANN001
    """Run `act(widget)` on the next modal widget of type `kind`, once it shows."""

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            QTimer.singleShot(20, look)
            return
        act(widget)

    QTimer.singleShot(20, look)


def test_export_dialog_refuses_the_profile_folder_and_special_files(qtbot, tmp_path):
    profile_root = tmp_path / "profile"
    profile_root.mkdir()
    (profile_root / "workbench.sqlite3").write_bytes(b"db")
    (tmp_path / "link.zip").symlink_to(tmp_path / "elsewhere.zip")
    os.mkfifo(tmp_path / "pipe.zip")
    dialog = ExportDialog("K7Q2M-9XA3F", profile_root=profile_root)
    qtbot.addWidget(dialog)
    for path, words in (
        (profile_root / "bundle.zip", "inside the profile folder"),
        (profile_root / "workbench.sqlite3", "inside the profile folder"),
        (tmp_path / "link.zip", "not a regular file"),
        (tmp_path / "pipe.zip", "not a regular file"),
    ):
        dialog.path.setText(str(path))
        dialog.accept()
        assert dialog.result() != QDialog.Accepted and not dialog.problem.isHidden()
        assert words in dialog.problem.text()
    assert (profile_root / "workbench.sqlite3").read_bytes() == b"db"
    assert (tmp_path / "pipe.zip").is_fifo()

    dialog.path.setText(str(tmp_path / "fresh"))
    dialog.accept()
    assert dialog.result() == QDialog.Accepted
    assert dialog.target() == tmp_path.resolve() / "fresh.zip"


@pytest.mark.parametrize("answer", [QMessageBox.No, QMessageBox.Yes])
def test_export_dialog_asks_before_replacing_a_typed_file_name(qtbot, tmp_path, answer):
    existing = tmp_path / "claim.zip"
    existing.write_bytes(b"older bundle")
    dialog = ExportDialog("K7Q2M-9XA3F", profile_root=tmp_path / "profile")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "claim"))
    asked = []
    _when_modal(QMessageBox, lambda box: asked.append(box.text()) or box.button(answer).click())
    dialog.accept()
    assert asked and "claim.zip" in asked[0]
    assert (dialog.result() == QDialog.Accepted) == (answer == QMessageBox.Yes)


def test_export_dialogs_file_chooser_confirms_replacing_then_is_not_asked_again(qtbot, tmp_path):
    existing = tmp_path / "claim.zip"
    existing.write_bytes(b"older bundle")
    dialog = ExportDialog("K7Q2M-9XA3F", profile_root=tmp_path / "profile")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "start.zip"))
    asked: list[str] = []

    def confirm(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.Yes).click()

    def choose(chooser: QFileDialog) -> None:
        assert not chooser.testOption(QFileDialog.DontConfirmOverwrite)
        _when_modal(QMessageBox, confirm)
        # typed as a person would; the default suffix makes it claim.zip
        chooser.findChild(QLineEdit, "fileNameEdit").setText("claim")
        chooser.accept()

    _when_modal(QFileDialog, choose)
    dialog._browse()
    assert len(asked) == 1 and "claim.zip" in asked[0]  # Qt's own question
    assert Path(dialog.path.text()) == existing
    dialog.accept()  # no second question
    assert dialog.result() == QDialog.Accepted
    assert dialog.target() == existing.resolve()
