"""The real main window, driven with qtbot: select, edit, reply, note, restart, find it all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.services.cases import operations as cases
from app.services.cases.detail import find_case, load_case_detail
from app.services.core.profile import Profile
from app.ui.main_window import MainWindow
from tests.ui.conftest import settle


def type_with_input_method(widget, text: str) -> None:  # noqa: ANN001
    """Korean arrives through an input method (QTest cannot type Hangul as key presses)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _select(qtbot, window: MainWindow, predicate) -> None:  # noqa: ANN001
    model = window.inbox_model
    for row in range(model.rowCount()):
        item = model.index(row, 0).data(Qt.UserRole + 2)
        if item is not None and predicate(item):
            window.inbox.select_row(row)
            qtbot.waitUntil(
                lambda item=item: (
                    window.case_view.detail is not None and window.case_view.detail.id == item.id
                ),
                timeout=10_000,
            )
            return
    raise AssertionError("no inbox row matches")


def test_demo_workflow_survives_a_restart(qtbot, open_window, profile_dir, clock):
    from app.demo import seed_demo

    profile = Profile.open(profile_dir, agent="tester", now=clock)
    seed_demo(profile)
    window = open_window(profile)
    assert window.inbox_model.rowCount() >= 6  # the open demo cases

    _select(qtbot, window, lambda row: row.language and row.language.startswith("ko"))
    view = window.case_view
    case_id = view.detail.id
    assert view.detail.status != "waiting_customer"

    # Status: pick "Waiting on customer" in the real combo box, as a user would.
    box = view.status_box
    box.setFocus()
    target = box.findData("waiting_customer")
    while box.currentIndex() != target:
        qtbot.keyClick(box, Qt.Key_Down if box.currentIndex() < target else Qt.Key_Up)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: view.detail.status == "waiting_customer", timeout=10_000)

    # An internal note, typed and added with the button.
    qtbot.mouseClick(view.composer.editor, Qt.LeftButton)
    qtbot.keyClicks(view.composer.editor, "Asked the warehouse to check the belt sizes.")
    qtbot.mouseClick(view.composer.note_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.composer.text() == "", timeout=10_000)
    settle(qtbot, window)

    # A reply, typed after Ctrl+R and sent with Ctrl+Enter.
    qtbot.keyClick(window, Qt.Key_R, Qt.ControlModifier)
    assert view.composer.editor.hasFocus()
    type_with_input_method(view.composer.editor, "죄송합니다. 교환해 드리겠습니다.")
    qtbot.keyClick(view.composer.editor, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: view.composer.text() == "", timeout=10_000)
    settle(qtbot, window)
    qtbot.waitUntil(
        lambda: any("교환해 드리겠습니다" in m.body for m in view.detail.messages), timeout=10_000
    )
    html = view.conversation.toPlainText()
    assert "Asked the warehouse" in html and "교환해 드리겠습니다" in html

    # Restart: close everything, reopen the same profile in a new window.
    window.close()
    window.tasks.shutdown()
    profile.close()
    reopened = Profile.open(profile_dir, agent="tester", now=clock)
    window2 = open_window(reopened)
    window2.inbox.set_view(window2.inbox.view.__class__("waiting"))
    qtbot.waitUntil(lambda: not window2.inbox_model.loading, timeout=10_000)
    _select(qtbot, window2, lambda row: row.id == case_id)
    detail = window2.case_view.detail
    assert detail.status == "waiting_customer"
    notes = [m for m in detail.messages if m.direction == "note"]
    replies = [m for m in detail.messages if m.direction == "outbound"]
    assert any(m.body == "Asked the warehouse to check the belt sizes." for m in notes)
    assert any(m.body == "죄송합니다. 교환해 드리겠습니다." for m in replies)
    history = window2.case_view.history
    texts = [history.topLevelItem(i).text(2) for i in range(history.topLevelItemCount())]
    assert any("Waiting on customer" in t for t in texts)
    reopened.close()


def test_tags_assignee_priority_are_saved(qtbot, open_window, profile, few_cases):
    window = open_window(profile)
    _select(qtbot, window, lambda row: row.subject == "Strap arrived damaged")
    view = window.case_view
    case_id = view.detail.id
    view.tags_edit.setFocus()
    view.tags_edit.selectAll()
    qtbot.keyClicks(view.tags_edit, "vip, Carrier Claim")
    qtbot.keyClick(view.tags_edit, Qt.Key_Return)
    settle(qtbot, window)
    view.assignee_box.setFocus()
    view.assignee_box.lineEdit().selectAll()
    qtbot.keyClicks(view.assignee_box.lineEdit(), "tester")
    qtbot.keyClick(view.assignee_box.lineEdit(), Qt.Key_Return)
    settle(qtbot, window)
    view.priority_box.setFocus()
    qtbot.keyClick(view.priority_box, Qt.Key_Down)  # normal -> high
    settle(qtbot, window)
    detail = load_case_detail(profile, case_id)
    assert detail.tags == ("carrier-claim", "vip")
    assert detail.assignee == "tester"
    assert detail.priority == "high"
    # "Mine" now lists it.
    qtbot.keyClick(window, Qt.Key_2, Qt.ControlModifier)
    qtbot.waitUntil(lambda: not window.inbox_model.loading, timeout=10_000)
    assert window.inbox_model.rowCount() == 1
    assert window.inbox_model.case_id_at(0) == case_id


def test_empty_reply_is_not_sent(qtbot, open_window, profile, few_cases):
    window = open_window(profile)
    _select(qtbot, window, lambda row: row.subject == "Strap arrived damaged")
    before = len(window.case_view.detail.messages)
    qtbot.mouseClick(window.case_view.composer.reply_button, Qt.LeftButton)
    settle(qtbot, window)
    assert window.case_view.composer.hint.text() == "Write something first."
    assert len(load_case_detail(profile, window.case_view.detail.id).messages) == before


def test_unsent_text_is_kept_as_a_draft_on_close(qtbot, open_window, profile, few_cases):
    window = open_window(profile)
    _select(qtbot, window, lambda row: row.subject == "Ремень треснул")
    case_id = window.case_view.detail.id
    qtbot.keyClicks(window.case_view.composer.editor, "Half-written answer")
    window.close()
    window.tasks.shutdown()
    drafts = [m for m in load_case_detail(profile, case_id).messages if m.outbound_state == "draft"]
    assert [m.body for m in drafts] == ["Half-written answer"]


def test_search_box_finds_cases_in_any_script(qtbot, open_window, profile, few_cases):
    window = open_window(profile)
    assert window.inbox_model.rowCount() == 4
    for text, expected in (("사이즈", 1), ("ремень", 1), ("الطرد", 1), ("벨", 1), ("xyz", 0)):
        window.inbox.search.setText(text)
        qtbot.keyClick(window.inbox.search, Qt.Key_Return)
        qtbot.waitUntil(lambda: not window.inbox_model.loading, timeout=10_000)
        assert window.inbox_model.rowCount() == expected, text
    window.inbox.search.setText('status:nonsense "AND (')
    qtbot.keyClick(window.inbox.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: "Unknown status" in window.inbox.status.text(), timeout=10_000)


def test_keyboard_moves_between_cases_and_to_search(qtbot, open_window, profile, few_cases):
    window = open_window(profile)
    window.inbox.select_row(0)
    first = window.inbox_model.case_id_at(0)
    qtbot.waitUntil(lambda: window.case_view.case_id == first, timeout=10_000)
    qtbot.keyClick(window, Qt.Key_Down, Qt.ControlModifier)
    assert window.case_view.case_id == window.inbox_model.case_id_at(1)
    qtbot.keyClick(window, Qt.Key_Up, Qt.ControlModifier)
    assert window.case_view.case_id == first
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    assert window.inbox.search.hasFocus()


def test_window_geometry_and_view_are_remembered(qtbot, open_window, profile, few_cases):
    window = open_window(profile)
    # Above the window's least size (at most 780 x 600: see the test below), below the screen.
    window.resize(1001, 677)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1001, 677))
    window.inbox.set_view(window.inbox.view.__class__("resolved"))
    window.close()
    again = open_window(profile)
    assert (again.width(), again.height()) == (1001, 677)
    assert again.inbox.view.value == "resolved"


LONG_FOLDER = "a-folder-with-a-long-name-" * 8


@pytest.mark.parametrize("locale", ["en-US", "ar-SA"])
def test_the_window_fits_an_800_pixel_screen(qtbot, open_window, tmp_path, clock, locale):
    """Nothing (case header, fields, tabs, sidebar, status bar) makes the window wider than
    780 pixels: it shrinks by eliding, wrapping the case's fields and scrolling."""
    from app.ui.core.i18n import Language

    app = QApplication.instance()
    profile = Profile.open(tmp_path / LONG_FOLDER / "profile", agent="tester", now=clock)
    created = cases.create_case(
        profile,
        cases.NewCase(
            subject="لم يصل الطرد " * 12,
            body="The parcel never arrived. " * 40,
            customer_name="Abdullah Al-Harbi Abdullah Al-Harbi",
            marketplace="amazon.sa",
            order_external_id="405-2281937-6610452",
            language="ar-SA",
            tags=["carrier-trace", "a-to-z-risk", "not-received", "vip-customer", "refund"],
            assignee="someone-with-a-long-name",
        ),
    )
    try:
        Language(locale).install(app)
        window = open_window(profile, locale=locale)
        window.case_view.show_case(created.case_id)
        qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=10_000)
        window.show_message("A message that is much longer than any status bar. " * 10)
        assert window.minimumSizeHint().width() <= 780
        window.resize(780, 580)
        qtbot.waitUntil(lambda: window.width() == 780)
        view = window.case_view
        for field in (view.status_box, view.reason_box, view.assignee_box, view.tags_edit):
            shown = QRect(field.mapTo(window, QPoint(0, 0)), field.size())
            assert window.rect().contains(shown), field  # folded onto another line, not cut
        assert window.message_label.text().startswith("A message that is much longer")
        # Elided, whole on hover (isolated: a path reads left to right in Arabic too).
        assert window.profile_label.toolTip().strip("\u2068\u2069") == str(profile.root)
    finally:
        Language("en-US").install(app)
        profile.close()


def test_arabic_ui_mirrors_the_layout(qtbot, open_window, profile, few_cases):
    from PySide6.QtWidgets import QApplication

    from app.ui.core.i18n import Language

    app = QApplication.instance()
    try:
        Language("ar-SA").install(app)
        window = open_window(profile, locale="ar-SA")
        assert window.layoutDirection() == Qt.RightToLeft
        _select(qtbot, window, lambda row: row.language == "ar-SA")
        assert window.case_view.composer.editor.layoutDirection() == Qt.RightToLeft
        document = window.case_view.conversation.document()
        blocks = [document.findBlockByNumber(n) for n in range(document.blockCount())]
        [body] = [block for block in blocks if block.text() == "لم يصلني الطرد حتى الآن."]
        assert body.blockFormat().layoutDirection() == Qt.RightToLeft
    finally:
        Language("en-US").install(app)
    assert app.layoutDirection() == Qt.LeftToRight


def test_find_case_matches_what_the_window_shows(qtbot, open_window, profile, few_cases):
    window = open_window(profile)
    window.inbox.select_row(0)
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=10_000)
    assert find_case(profile, window.case_view.detail.ref) == window.case_view.detail.id


def test_an_unexpected_error_is_logged_and_told_in_words(
    qtbot, open_window, profile, few_cases, monkeypatch, caplog
):
    import sys

    from app.ui.app import install_error_hook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window = open_window(profile)
    install_error_hook(window)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert "Something went wrong" in window.message_label.text()
    assert any("boom" in (r.exc_text or str(r.exc_info)) for r in caplog.records)


def test_selecting_a_row_before_its_page_loaded_opens_that_case(
    qtbot, open_window, profile, monkeypatch
):
    import threading

    from app.ui.inbox import model as inbox_model

    monkeypatch.setattr(inbox_model, "PAGE_SIZE", 5)
    for i in range(12):
        cases.create_case(profile, cases.NewCase(subject=f"Belt {i:02d}", body="x"))
    release = threading.Event()
    from app.services.inbox import pages

    real_rows = pages.rows

    def held_rows(*args):  # noqa: ANN002, ANN202
        release.wait(10)
        return real_rows(*args)

    monkeypatch.setattr(pages, "rows", held_rows)
    window = open_window(profile)
    try:
        assert window.inbox_model.index(8, 1).data() == "…"  # page 1 is held back
        window.inbox.select_row(8)
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            window.case_view.detail is not None and window.case_view.detail.subject == "Belt 03"
        ),
        timeout=10_000,
    )
    assert window.inbox_model.case_id_at(8) == window.case_view.case_id


def test_history_tells_escalations_in_words(qtbot, profile):
    import datetime as dt

    from app.services.cases.detail import HistoryEntry
    from app.ui.case.history import describe

    manual = HistoryEntry(
        dt.datetime(2026, 11, 23, tzinfo=dt.UTC), "1", "tester", "d", "case", "escalate",
        {"manual_escalation_level": [0, 2], "manual_escalation_target": [None, "carrier"]},
    )  # fmt: skip
    assert describe(manual) == (
        "Agent's escalation: Not escalated → Escalated; Escalated to: (none) → Carrier"
    )
    computed = HistoryEntry(
        dt.datetime(2026, 11, 23, tzinfo=dt.UTC), "2", "workbench", "d", "case", "escalate",
        {"escalation_level": [2, 0]},
    )  # fmt: skip
    assert describe(computed) == "Escalation level: Escalated → Not escalated"


def test_a_new_case_typed_in_the_window(qtbot, open_window, profile, few_cases):
    from PySide6.QtWidgets import QDialogButtonBox

    window = open_window(profile)
    window.new_case()
    dialog = window.new_case_dialog
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    ok.click()  # no subject yet
    assert dialog.isVisible() and "subject" in dialog.problem.text()
    qtbot.keyClicks(dialog.subject, "Buyer phoned: strap snapped")
    qtbot.keyClicks(dialog.customer, "Dana Whitfield")
    dialog.marketplace.setCurrentIndex(dialog.marketplace.findData("amazon.com"))
    qtbot.keyClicks(dialog.order, "12-345")  # malformed: refused by the services
    qtbot.keyClicks(dialog.body, "The strap snapped on the first use.")
    ok.click()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "Amazon order id" in dialog.problem.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.subject.text() == "Buyer phoned: strap snapped"
    dialog.order.setText("112-6043318-2217599")
    ok.click()
    settle(qtbot, window)
    qtbot.waitUntil(
        lambda: (
            window.case_view.detail is not None
            and window.case_view.detail.subject == "Buyer phoned: strap snapped"
        ),
        timeout=10_000,
    )
    detail = window.case_view.detail
    assert detail.channel == "phone" and detail.customer.name == "Dana Whitfield"
    assert detail.order.external_id == "112-6043318-2217599"
    assert [m.body for m in detail.messages] == ["The strap snapped on the first use."]
    qtbot.waitUntil(lambda: window.inbox_model.rowCount() == 5, timeout=10_000)
