"""The deadline panels driven for real: escalation, countdowns, the return window, RTL."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.demo import seed_demo
from app.services.cases import operations as cases
from app.services.core.profile import Profile
from app.services.deadlines.overview import load_case_deadlines
from app.services.inbox.queries import View
from app.ui.core.i18n import Language
from app.ui.core.style import Tone, css
from app.ui.deadlines.panel import LEVEL_TONES, EscalateDialog
from app.ui.inbox.model import COLUMNS
from tests.ui.conftest import settle
from tests.ui.test_main_window import _select


def plain(text: str) -> str:
    """Text without the Unicode direction isolates the UI wraps values in."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _demo(profile_dir, clock) -> Profile:
    profile = Profile.open(profile_dir, agent="tester", now=clock)
    seed_demo(profile)
    return profile


def test_korean_case_is_escalated_for_repeated_contact_until_answered(
    qtbot, open_window, profile_dir, clock
):
    profile = _demo(profile_dir, clock)
    window = open_window(profile)
    _select(qtbot, window, lambda row: (row.language or "").startswith("ko"))
    view = window.case_view
    qtbot.waitUntil(lambda: view.deadlines_panel.live(clock()) is not None, timeout=10_000)
    assert view.escalation_label.isVisible()
    assert "The buyer wrote 3 times in 4 days with no answer" in plain(view.escalation_label.text())
    assert "wrote 3 times" in plain(view.deadlines_panel.reasons_label.text())
    level_before = view.deadlines_panel.live(clock()).level
    assert level_before >= 2

    view.focus_reply()
    qtbot.keyClicks(view.composer.editor, "We are sorry for the wait; a new belt is on its way.")
    qtbot.mouseClick(view.composer.reply_button, Qt.LeftButton)
    # The demo shop has no mailbox: the reply is copied for Seller Central and stays a
    # draft, which answers no one, until the agent confirms it was sent there.
    replies = view.replies
    qtbot.waitUntil(
        lambda: replies.mark_sent_dialog is not None and replies.mark_sent_dialog.isVisible(),
        timeout=10_000,
    )
    settle(qtbot, window)
    assert view.deadlines_panel.live(clock()).level == level_before
    qtbot.mouseClick(replies.mark_sent_dialog.confirm_button, Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(
        lambda: (
            view.deadlines_panel.live(clock()) is not None
            and view.deadlines_panel.live(clock()).level < level_before
        ),
        timeout=10_000,
    )
    assert "wrote 3 times" not in plain(view.deadlines_panel.reasons_label.text())
    assert not view.escalation_label.isVisible()
    history = view.deadlines_panel.history
    changes = [history.topLevelItem(i).text(2) for i in range(history.topLevelItemCount())]
    assert any("Not escalated" in change for change in changes)


def test_countdowns_follow_the_clock_without_a_reload(qtbot, open_window, profile, clock):
    cases.create_case(profile, cases.NewCase(subject="Strap", body="Is it waterproof?"))
    window = open_window(profile)
    view = window.case_view
    qtbot.waitUntil(lambda: view.deadlines_panel.clocks.topLevelItemCount() == 1, timeout=10_000)
    assert view.live_timer.isActive()
    clocks = view.deadlines_panel.clocks
    assert plain(clocks.topLevelItem(0).text(2)) == "in 24 hr"
    assert plain(view.due_label.text()) == "Reply to the buyer: in 24 hr"
    level = view.deadlines_panel.level_label
    assert css(Tone.OK) in level.styleSheet()  # not escalated: the palette's "ok" tone
    clock.advance(hours=21, minutes=30)
    view.refresh_live()  # what the 30-second timer calls
    assert plain(clocks.topLevelItem(0).text(2)) == "in 2 hr 30 min"
    assert "Due soon: Reply to the buyer" in plain(view.escalation_label.text())
    clock.advance(hours=4)
    view.refresh_live()
    assert plain(clocks.topLevelItem(0).text(2)) == "1 hr 30 min overdue"
    assert "Overdue: Reply to the buyer" in plain(view.escalation_label.text())
    escalated = view.deadlines_panel.live(clock()).level
    assert escalated > 0
    assert css(LEVEL_TONES[escalated]) in level.styleSheet()
    assert css(Tone.OK) not in level.styleSheet()
    # The inbox Due column moves with the clock too.
    window.inbox_model.refresh_time()
    index = window.inbox_model.index(0, [c.key for c in COLUMNS].index("due"))
    assert plain(index.data()) == "1 hr overdue"
    assert index.data(Qt.DecorationRole) is not None  # an icon, not colour alone


def test_escalating_by_hand_asks_level_target_and_reason(qtbot, open_window, profile, clock):
    created = cases.create_case(
        profile, cases.NewCase(subject="Cracked belt", body="It cracked after a week")
    )
    cases.add_reply(profile, created.case_id, "We are asking the factory.", sent_at=clock())
    window = open_window(profile)
    view = window.case_view
    panel = view.deadlines_panel
    qtbot.waitUntil(lambda: panel.live(clock()) is not None, timeout=10_000)

    def fill_dialog() -> None:
        dialog = panel.findChild(EscalateDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, fill_dialog)  # not shown yet
            return
        dialog.target.setCurrentIndex(dialog.target.findData("supplier"))
        dialog.buttons.button(QDialogButtonBox.Ok).click()  # no reason yet: refused
        assert dialog.isVisible() and "Say why" in dialog.problem.text()
        dialog.reason.setPlainText("Third crack this month from batch 2611")
        dialog.buttons.button(QDialogButtonBox.Ok).click()

    QTimer.singleShot(0, fill_dialog)
    qtbot.mouseClick(panel.escalate_button, Qt.LeftButton)
    settle(qtbot, window)
    deadlines = load_case_deadlines(profile, created.case_id)
    assert (deadlines.facts.manual_level, deadlines.facts.manual_target) == (2, "supplier")
    qtbot.waitUntil(lambda: not panel.de_escalate_button.isHidden(), timeout=10_000)
    assert "Supplier or factory" in plain(panel.reasons_label.text())
    qtbot.mouseClick(panel.de_escalate_button, Qt.LeftButton)
    settle(qtbot, window)
    assert load_case_deadlines(profile, created.case_id).facts.manual_level == 0


def test_arabic_ui_formats_dates_in_arabic_and_mirrors_the_timeline(
    qtbot, open_window, profile_dir, clock
):
    app = QApplication.instance()
    profile = _demo(profile_dir, clock)
    try:
        Language("ar-SA").install(app)
        window = open_window(profile, locale="ar-SA")
        _select(qtbot, window, lambda row: (row.language or "").startswith("ar"))
        box = window.case_view.sidebar.return_box
        qtbot.waitUntil(lambda: box.timeline.isVisible(), timeout=10_000)
        deadline = load_case_deadlines(profile, window.case_view.case_id).return_window.deadline
        assert Language("ar-SA").day(deadline) in plain(box.deadline_label.text())
        month = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                 "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")[deadline.month - 1]  # fmt: skip
        timeline = box.timeline
        assert timeline.layoutDirection() == Qt.RightToLeft
        (start, _), (end, end_label) = timeline.points
        assert timeline.x_of(start) > timeline.x_of(end)  # delivery on the right
        assert end == deadline
        assert month in end_label  # the last day, its month spelled out in Arabic
    finally:
        Language("en-US").install(app)


def test_overdue_view_lists_cases_past_their_deadline(qtbot, open_window, profile, clock):
    late = cases.create_case(profile, cases.NewCase(subject="Late", body="Hello?"))
    clock.advance(hours=30)
    cases.create_case(profile, cases.NewCase(subject="Fresh", body="Hi"))
    window = open_window(profile)
    window.inbox.set_view(View.OVERDUE)
    qtbot.waitUntil(lambda: not window.inbox_model.loading, timeout=10_000)
    assert window.inbox_model.rowCount() == 1
    assert window.inbox_model.case_id_at(0) == late.case_id


def test_recording_a_claim_from_the_panel_escalates_and_starts_its_clock(
    qtbot, open_window, profile_dir, clock
):
    profile = _demo(profile_dir, clock)
    window = open_window(profile)
    _select(qtbot, window, lambda row: (row.language or "").startswith("de"))
    panel = window.case_view.deadlines_panel
    qtbot.waitUntil(lambda: panel.record_button.isEnabled(), timeout=10_000)
    [claim] = [a for a in panel.record_menu.actions() if a.data() == "a_to_z_claim_at"]
    claim.trigger()
    settle(qtbot, window)
    deadlines = load_case_deadlines(profile, window.case_view.case_id)
    assert deadlines.facts.a_to_z_claim_at == clock()
    assert "a_to_z_response" in [c.kind for c in deadlines.clocks]
    qtbot.waitUntil(
        lambda: "An A-to-z claim was filed" in plain(panel.reasons_label.text()), timeout=10_000
    )
