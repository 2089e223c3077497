"""The reply composer on the demo shop: buyer language, templates, preview, compliance, override."""

from __future__ import annotations

import gc
import uuid

import pytest
from babel.dates import format_date
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from app.demo import seed_demo
from app.models.entities import Message, Operation, ReplyTemplate
from app.services.cases.detail import find_case, load_case_detail, load_case_history
from app.services.core.profile import Profile
from app.services.deadlines.overview import load_case_deadlines
from app.ui.case.history import describe
from app.ui.composer.check import MAX_HIGHLIGHTS, utf16_positions
from app.ui.composer.panel import Composer
from app.ui.composer.template_editor import TemplateEditorDialog
from app.ui.main_window import MainWindow
from tests.ui.conftest import settle
from tests.ui.test_main_window import type_with_input_method

KOREAN_ORDER = "113-4829173-5520931"  # demo case 1
ARABIC_ORDER = "405-2281937-6610452"  # demo case 3
BAD_DRAFT_ORDER = "171-3305982-7740216"  # demo case 8


def plain(text: str) -> str:
    """Text without the Unicode direction isolates the UI wraps values in."""
    return text.replace("\u2068", "").replace("\u2069", "")


@pytest.fixture(autouse=True)
def _collect_garbage():
    """Collect each test's cyclic garbage (demo data, windows) now, so that the collector
    does not pause a later test that measures how responsive the window is."""
    yield
    gc.collect()


@pytest.fixture
def demo(profile_dir, clock) -> Profile:
    profile = Profile.open(profile_dir, agent="Mina", now=clock)
    seed_demo(profile)
    yield profile
    profile.close()


def _open_case(qtbot, window: MainWindow, order_id: str) -> uuid.UUID:
    case_id = find_case(window.profile, order_id)
    window.case_view.show_case(case_id)
    qtbot.waitUntil(
        lambda: window.case_view.detail is not None and window.case_view.detail.id == case_id,
        timeout=10_000,
    )
    return case_id


def _click_template(qtbot, composer: Composer, key: str) -> None:
    templates = composer.picker.list
    qtbot.waitUntil(lambda: key in composer.picker.template_keys(), timeout=10_000)
    row = next(r for r in range(templates.count()) if templates.item(r).data(Qt.UserRole) == key)
    templates.scrollToItem(templates.item(row))
    rect = templates.visualItemRect(templates.item(row))
    qtbot.mouseClick(templates.viewport(), Qt.LeftButton, pos=rect.center())


def _wait_for_buyer_language(qtbot, composer: Composer, text: str) -> None:
    qtbot.waitUntil(lambda: text in plain(composer.language_label.text()), timeout=10_000)


def _checked(qtbot, composer: Composer):  # noqa: ANN202
    qtbot.waitUntil(lambda: composer.outcome is not None, timeout=30_000)
    return composer.outcome


def _shop_template(profile: Profile, key: str) -> ReplyTemplate | None:
    """The shop's template row of `key` (live or tombstoned), read afresh."""
    with profile.read() as session:
        return session.scalars(select(ReplyTemplate).where(ReplyTemplate.key == key)).first()


def _replies(profile: Profile, case_id: uuid.UUID) -> list[Message]:
    with profile.read() as session:
        return list(
            session.scalars(
                select(Message).where(
                    Message.case_id == case_id,
                    Message.direction == "outbound",
                    Message.outbound_state != "draft",
                )
            )
        )


def _confirm_sent(qtbot, window: MainWindow) -> None:
    """The demo shop has no mailbox: Send keeps the reply as a draft, copies it, and asks
    when it was sent in Seller Central; the agent confirms it went now."""
    replies = window.case_view.replies
    qtbot.waitUntil(
        lambda: replies.mark_sent_dialog is not None and replies.mark_sent_dialog.isVisible(),
        timeout=10_000,
    )
    qtbot.mouseClick(replies.mark_sent_dialog.confirm_button, Qt.LeftButton)
    settle(qtbot, window)


def test_positions_count_emoji_as_two_utf16_units():
    text = "a😊b😊c"
    assert utf16_positions(text, [0, 1, 2, 3, 4, 5]) == [0, 1, 3, 4, 6, 7]
    assert utf16_positions("한국어", [1, 3]) == [1, 3]


def test_korean_buyer_gets_a_fitting_template_in_korean_with_an_english_preview(
    qtbot, open_window, demo
):
    window = open_window(demo)
    case_id = _open_case(qtbot, window, KOREAN_ORDER)
    composer = window.case_view.composer
    _wait_for_buyer_language(qtbot, composer, "Korean (detected)")
    assert composer.reply_locale() == "ko-KR"  # the customer record keeps the region
    qtbot.waitUntil(lambda: bool(composer.picker.template_keys()), timeout=10_000)
    assert {"wrong_size_return", "ask_photos_receipt"} & set(composer.picker.template_keys()[:3])

    _click_template(qtbot, composer, "wrong_size_return")
    qtbot.waitUntil(lambda: KOREAN_ORDER in composer.text(), timeout=10_000)
    deadline = load_case_deadlines(demo, case_id).return_window.deadline
    assert format_date(deadline, "long", locale="ko") in composer.text()
    assert "고객님" in composer.text()
    assert composer.template_key == "wrong_size_return"
    assert composer.template_notice.isHidden()  # a Korean variant exists: no fallback
    assert plain(composer.picker.preview_title.text()) == "In English (for you)"
    preview = composer.picker.preview.toPlainText()
    assert "Dear " in preview and KOREAN_ORDER in preview
    assert format_date(deadline, "long", locale="en_US") in preview

    # Edited after picking: the preview says it shows the template, not the edits.
    assert composer.picker.preview_note.isHidden()
    composer.editor.moveCursor(composer.editor.textCursor().MoveOperation.End)
    type_with_input_method(composer.editor, " 감사합니다")
    qtbot.waitUntil(lambda: composer.picker.preview_note.isVisible(), timeout=5_000)

    outcome = _checked(qtbot, composer)
    assert not outcome.result.blocked
    assert composer.reply_button.text() == "Copy and mark as sent"
    qtbot.mouseClick(composer.reply_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: composer.text() == "", timeout=10_000)
    assert _replies(demo, case_id) == []  # a draft until the agent confirms
    _confirm_sent(qtbot, window)
    [reply] = _replies(demo, case_id)
    assert reply.outbound_state == "sent"
    assert reply.template_key == "wrong_size_return"
    assert reply.language == "ko-KR"
    assert reply.body.endswith("감사합니다")


def test_rule_breaking_draft_is_marked_and_needs_an_override(qtbot, open_window, demo):
    window = open_window(demo)
    case_id = _open_case(qtbot, window, BAD_DRAFT_ORDER)
    composer = window.case_view.composer
    qtbot.waitUntil(lambda: "WhatsApp" in composer.text(), timeout=10_000)  # the stored draft
    text = composer.text()
    outcome = _checked(qtbot, composer)
    assert outcome.result.blocked

    # Every finding is marked over exactly its text, the emoji before them notwithstanding.
    selections = composer.editor.extraSelections()
    assert len(selections) == len(outcome.result.findings)
    marked = [s.cursor.selectedText() for s in selections]
    for finding, selected in zip(outcome.result.findings, marked, strict=True):
        assert selected == text[finding.start : finding.end]
    assert any("7700 900461" in m for m in marked)
    assert any("5 estrellas" in m or "descuento" in m for m in marked)
    # Each is listed, the current one explained; clicking one selects its text.
    assert composer.checks.list.count() == len(outcome.result.findings)
    phone_row = next(i for i, m in enumerate(marked) if "7700 900461" in m)
    item = composer.checks.list.item(phone_row)
    assert "7700 900461" in plain(item.text())
    rect = composer.checks.list.visualItemRect(item)
    qtbot.mouseClick(composer.checks.list.viewport(), Qt.LeftButton, pos=rect.center())
    assert composer.editor.textCursor().selectedText() == marked[phone_row]
    assert plain(item.text()).startswith("Phone number: ")
    assert "Phone numbers are not allowed" in composer.checks.detail.text()

    # Send: the override dialog; Cancel keeps the reply unsent.
    qtbot.mouseClick(composer.reply_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: composer.override_dialog.isVisible(), timeout=5_000)
    dialog = composer.override_dialog
    assert dialog.rule_list.count() >= 2
    dialog.buttons.button(QDialogButtonBox.Cancel).click()
    settle(qtbot, window)
    assert _replies(demo, case_id) == []
    assert composer.text() == text and "Not sent" in composer.hint.text()

    # Send anyway needs a real reason; then the reply and the override are saved.
    qtbot.mouseClick(composer.reply_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: composer.override_dialog.isVisible(), timeout=5_000)
    dialog = composer.override_dialog
    qtbot.keyClicks(dialog.reason, "ok")
    dialog.send_button.click()
    assert dialog.isVisible() and "at least 10" in plain(dialog.problem.text())
    qtbot.keyClicks(dialog.reason, " - the shop owner approved this wording")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: composer.text() == "", timeout=10_000)
    _confirm_sent(qtbot, window)
    [reply] = _replies(demo, case_id)
    assert reply.body == text
    # The reply took the stored draft's place: the thread has one version, not two.
    drafts = [m for m in load_case_detail(demo, case_id).messages if m.outbound_state == "draft"]
    assert drafts == []
    [override] = [e for e in load_case_history(demo, case_id) if e.action == "override"]
    assert set(override.data["rules"]) == set(dialog.rules)
    shown = plain(describe(override))
    assert shown.startswith("Sent despite the compliance check (")
    assert shown.endswith("ok - the shop owner approved this wording")
    history = window.case_view.history
    qtbot.waitUntil(
        lambda: any(
            "Sent despite the compliance check" in history.topLevelItem(i).text(2)
            for i in range(history.topLevelItemCount())
        ),
        timeout=10_000,
    )


def test_an_empty_reply_is_refused_with_a_message(qtbot, open_window, demo):
    window = open_window(demo)
    case_id = _open_case(qtbot, window, KOREAN_ORDER)
    composer = window.case_view.composer
    qtbot.keyClicks(composer.editor, "   ")
    qtbot.mouseClick(composer.reply_button, Qt.LeftButton)
    settle(qtbot, window)
    assert composer.hint.text() == "Write something first."
    assert _replies(demo, case_id) == []


def test_a_one_megabyte_paste_is_checked_without_freezing(qtbot, open_window, demo):
    window = open_window(demo)
    _open_case(qtbot, window, KOREAN_ORDER)
    composer = window.case_view.composer
    line = "Call us on +1 415 555 0142 😊 about the belt from order 123.\n"
    huge = line * (1_000_000 // len(line) + 1)
    QApplication.clipboard().setText(huge)
    composer.editor.setFocus()
    composer.editor.paste()
    assert len(composer.text()) >= 1_000_000
    assert composer.outcome is None  # not checked on the spot: on the pool, after a pause
    qtbot.waitUntil(lambda: composer.checks.summary.text() == "Checking the reply…", timeout=5_000)
    outcome = _checked(qtbot, composer)
    assert outcome.result.blocked
    assert len(outcome.result.findings) > MAX_HIGHLIGHTS
    assert len(composer.editor.extraSelections()) == MAX_HIGHLIGHTS
    assert composer.checks.list.count() == MAX_HIGHLIGHTS + 1  # "… and N more"
    assert "more" in composer.checks.list.item(MAX_HIGHLIGHTS).text()
    QApplication.clipboard().clear()


def test_arabic_replies_are_edited_right_to_left(qtbot, open_window, demo):
    window = open_window(demo)
    _open_case(qtbot, window, ARABIC_ORDER)
    composer = window.case_view.composer
    qtbot.waitUntil(lambda: "Arabic" in plain(composer.language_label.text()), timeout=10_000)
    assert composer.editor.layoutDirection() == Qt.RightToLeft
    option = composer.editor.document().defaultTextOption()
    assert option.textDirection() == Qt.RightToLeft
    _click_template(qtbot, composer, "delivery_delay_update")
    qtbot.waitUntil(lambda: ARABIC_ORDER in composer.text(), timeout=10_000)
    assert "طلب" in composer.text()

    _open_case(qtbot, window, KOREAN_ORDER)
    qtbot.waitUntil(lambda: "Korean" in plain(composer.language_label.text()), timeout=10_000)
    assert composer.editor.layoutDirection() == Qt.LeftToRight
    assert composer.editor.document().defaultTextOption().textDirection() == Qt.LeftToRight


SHOP_TEMPLATE = '''key = "belt_care_tips"
reasons = []
statuses = []
placeholders = ["buyer_name", "order_id", "agent_name"]

[variants.en]
name = "Belt care tips"
subject = "Your order {order_id}: caring for your belt"
body = """Dear {buyer_name},

Thank you for your order {order_id}. Keep the belt out of direct sunlight.

Kind regards,
{agent_name}"""
'''


def test_a_template_without_the_buyers_language_says_it_fell_back(qtbot, open_window, demo):
    folder = demo.root / "replies"
    folder.mkdir(exist_ok=True)
    (folder / "belt_care_tips.toml").write_text(SHOP_TEMPLATE, encoding="utf-8")
    window = open_window(demo)
    _open_case(qtbot, window, KOREAN_ORDER)
    composer = window.case_view.composer
    _wait_for_buyer_language(qtbot, composer, "Korean (detected)")
    _click_template(qtbot, composer, "belt_care_tips")
    qtbot.waitUntil(lambda: KOREAN_ORDER in composer.text(), timeout=10_000)
    assert composer.text().startswith("Dear ")
    assert composer.template_notice.isVisible()
    assert plain(composer.template_notice.text()) == "Fell back to English: no Korean variant."


def test_choosing_another_reply_language_fills_the_template_in_again(qtbot, open_window, demo):
    window = open_window(demo)
    _open_case(qtbot, window, KOREAN_ORDER)
    composer = window.case_view.composer
    _wait_for_buyer_language(qtbot, composer, "Korean (detected)")
    _click_template(qtbot, composer, "wrong_size_return")
    qtbot.waitUntil(lambda: "고객님" in composer.text(), timeout=10_000)
    composer.reply_language.setFocus()
    qtbot.keyClicks(composer.reply_language, "English")
    assert composer.reply_locale() == "en"
    qtbot.waitUntil(lambda: composer.text().startswith("Dear "), timeout=10_000)
    assert composer.template_key == "wrong_size_return"
    assert composer.editor.layoutDirection() == Qt.LeftToRight


def test_ctrl_t_searches_the_templates(qtbot, open_window, demo):
    window = open_window(demo)
    _open_case(qtbot, window, KOREAN_ORDER)
    composer = window.case_view.composer
    qtbot.waitUntil(lambda: bool(composer.picker.template_keys()), timeout=10_000)
    window.inbox.table.setFocus()
    qtbot.keyClick(window, Qt.Key_T, Qt.ControlModifier)
    assert composer.picker.search.hasFocus()
    qtbot.keyClicks(composer.picker.search, "photos")
    assert composer.picker.template_keys()[0] == "ask_photos_receipt"
    qtbot.keyClick(composer.picker.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: composer.template_key == "ask_photos_receipt", timeout=10_000)
    assert KOREAN_ORDER in composer.text()


def test_shop_templates_are_checked_saved_and_offered(qtbot, open_window, demo):
    window = open_window(demo)
    _open_case(qtbot, window, KOREAN_ORDER)
    composer = window.case_view.composer
    qtbot.waitUntil(lambda: bool(composer.picker.template_keys()), timeout=10_000)
    qtbot.mouseClick(composer.picker.manage_button, Qt.LeftButton)
    dialog = composer.template_dialog
    assert isinstance(dialog, TemplateEditorDialog)
    qtbot.waitUntil(lambda: dialog.list.count() > 0, timeout=10_000)

    # Built-in templates are read-only until copied.
    assert dialog.key.isReadOnly() and not dialog.save_button.isEnabled()

    qtbot.mouseClick(dialog.new_button, Qt.LeftButton)
    qtbot.keyClicks(dialog.key, "strap_size_note")
    english = dialog.variants.widget(0)
    qtbot.keyClicks(english.name, "Strap size note")
    qtbot.keyClicks(english.subject, "Your order {order_id}")
    english.body.setPlainText(
        "Dear {buyer_name},\nfor order {order_id} message us on WhatsApp +44 7700 900461.\n"
        "{agent_name}"
    )
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=10_000)
    assert "Not saved" in dialog.status.text()
    assert _shop_template(demo, "strap_size_note") is None

    english.body.setPlainText(
        "Dear {buyer_name},\nthe strap of order {order_id} is measured hook to hook.\n"
        "Kind regards,\n{agent_name}"
    )
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: _shop_template(demo, "strap_size_note") is not None, timeout=10_000)
    assert "hook to hook" in _shop_template(demo, "strap_size_note").source
    assert not (demo.root / "replies").exists()  # shop data: a row, no file
    qtbot.waitUntil(lambda: "strap_size_note" in composer.picker.template_keys(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.status.text() == "Saved.", timeout=10_000)
    # Deleting asks first, then the composer stops offering it.
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirm_box.isVisible(), timeout=5_000)
    dialog.confirm_box.button(QMessageBox.Yes).click()
    qtbot.waitUntil(
        lambda: _shop_template(demo, "strap_size_note").deleted_at is not None, timeout=10_000
    )
    qtbot.waitUntil(
        lambda: "strap_size_note" not in composer.picker.template_keys(), timeout=10_000
    )
    dialog.close()
    # Both writes are in the operation log, by the agent: history and sync carry them.
    with demo.read() as session:
        logged = session.scalars(
            select(Operation.action)
            .where(Operation.entity == "reply_template")
            .order_by(Operation.hlc)
        ).all()
    assert logged == ["create", "delete"]


def test_a_reply_sent_just_before_moving_on_does_not_come_back_as_unsent(qtbot, open_window, demo):
    window = open_window(demo)
    case_id = _open_case(qtbot, window, KOREAN_ORDER)
    composer = window.case_view.composer
    text = f"주문 {KOREAN_ORDER} 관련하여 새 벨트를 오늘 발송했습니다. 불편을 드려 죄송합니다."
    composer.set_text(text)
    _checked(qtbot, composer)
    qtbot.mouseClick(composer.reply_button, Qt.LeftButton)
    _open_case(qtbot, window, ARABIC_ORDER)  # before the reply is saved
    _confirm_sent(qtbot, window)
    assert [m.body for m in _replies(demo, case_id)][-1] == text
    assert case_id not in window.case_view.unsent_texts()
    _open_case(qtbot, window, KOREAN_ORDER)
    assert composer.text() != text
