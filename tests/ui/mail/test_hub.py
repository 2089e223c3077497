"""Mail in the main window: the File menu's mail actions and their keys, mail files dropped
on the inbox imported into cases, and the Case menu's Log contact."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from app.ui.dialogs.contact_log import ContactLogDialog
from tests.ui.conftest import add_cases, settle

MAIL = Path(__file__).resolve().parents[2] / "data" / "mail"


def _drop(widget, paths: list[Path]) -> bool:
    """What a file manager does: drag enter, then drop; whether the drop was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = widget.rect().center()
    enter = QDragEnterEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_the_file_menu_has_the_mail_actions_with_their_keys(open_window, profile):
    window = open_window(profile)
    keys = {a.text(): a.shortcut() for a in window.actions()}
    assert keys["&Fetch mail"] == QKeySequence("F5")
    assert keys["&Import mail…"] == QKeySequence("Ctrl+Shift+I")
    assert keys["Import &order report…"] == QKeySequence("Ctrl+Shift+O")
    assert keys["&Send waiting replies now"] == QKeySequence("Ctrl+Shift+S")
    assert keys["&Refresh"] == QKeySequence("Ctrl+F5")
    # One action a key: two on one key would make Qt fire neither.
    shortcuts = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))


def test_mail_dropped_on_the_inbox_becomes_cases(qtbot, open_window, profile):
    window = open_window(profile)
    thread = sorted((MAIL / "threads").glob("ko-*.eml"))
    assert len(thread) == 3
    assert _drop(window.inbox, thread)
    dialog = window.mail.import_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.result_of_import is not None, timeout=30_000)
    assert dialog.result_of_import.imported == 3
    assert dialog.result_of_import.new_cases == 1  # one thread, one case
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.inbox_model.rowCount() == 1, timeout=10_000)


def test_a_dropped_file_that_is_not_mail_is_listed_with_its_reason(qtbot, open_window, profile):
    window = open_window(profile)
    junk = Path(profile.root).parent / "holiday.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a mail at all" * 10)
    _drop(window.inbox, [junk])
    dialog = window.mail.import_dialog
    qtbot.waitUntil(lambda: dialog.result_of_import is not None, timeout=30_000)
    assert dialog.result_of_import.imported == 0
    assert [r["path"] for r in dialog.result_of_import.refused] == [str(junk)]


def test_log_contact_needs_an_open_case(open_window, profile):
    window = open_window(profile)  # no case at all
    assert window.case_view.case_id is None
    window.contact_action.trigger()
    assert "Open a case first" in window.message_label.text()
    assert not window.findChildren(ContactLogDialog)


def test_log_contact_opens_on_the_open_case(qtbot, open_window, profile):
    created = add_cases(profile, [("Belt too short", "The belt is 10 cm short.", "en")])
    window = open_window(profile)
    window.case_view.show_case(created[0].case_id)
    window.contact_action.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(ContactLogDialog)), timeout=5_000)
    assert window.findChildren(ContactLogDialog)[0].isVisible()


def test_the_case_view_has_a_log_contact_button(qtbot, open_window, profile):
    created = add_cases(profile, [("Parcel never came", "Where is my parcel?", "en")])
    window = open_window(profile)
    window.case_view.show_case(created[0].case_id)
    qtbot.mouseClick(window.case_view.log_contact_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(window.case_view.findChildren(ContactLogDialog)), timeout=5_000)
