"""The case screen's texts and colours: placeholders filled with direction isolation, every
colour from the style palette's tones."""

from __future__ import annotations

import datetime as dt
import re

from app.services.cases.detail import HistoryEntry
from app.ui.case.conversation import conversation_html
from app.ui.case.history import describe
from app.ui.core.i18n import Language
from app.ui.core.style import Tone, banner_style, css, tint
from tests.ui.conftest import add_cases

FSI, PDI = "\u2068", "\u2069"


def plain(text: str) -> str:
    """The text without its direction isolates."""
    return text.replace(FSI, "").replace(PDI, "")


def _entry(entity: str, action: str, data: dict) -> HistoryEntry:
    at = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    return HistoryEntry(at, "1", "tester", "d", entity, action, data)


def test_history_fills_names_isolated_in_one_pass():
    added = describe(_entry("case_tag", "add", {"tag": "vip"}))
    assert added == f"Tag added: {FSI}vip{PDI}"
    # A file named like a placeholder is never filled again.
    edited = describe(
        _entry("evidence", "update", {"name": "%2.jpg", "kind": ["photo", "receipt"]})
    )
    assert plain(edited) == "File %2.jpg: kind Photo → Receipt"
    override = describe(_entry("message", "override", {"rules": [], "reason": "الزبون طلب ذلك"}))
    assert override.endswith(f"{FSI}الزبون طلب ذلك{PDI}")


def test_conversation_bubbles_take_the_tints_of_their_tones(qtbot, profile):
    from app.services.cases import operations as cases
    from app.services.cases.detail import load_case_detail

    [created] = add_cases(profile, [("Strap", "It tore.", "en-US")])
    cases.add_reply(
        profile, created.case_id, "Sorry, a new one is on its way.", sent_at=profile.now()
    )
    cases.add_note(profile, created.case_id, "Sent from the Leeds stock.")
    html = conversation_html(load_case_detail(profile, created.case_id), Language("en-US"))
    for tone in (Tone.MUTED, Tone.INFO, Tone.NOTE):
        assert f"background-color:{tint(tone).name()}" in html
        assert f"color:{css(tone)}" in html
    palette = {tint(t).name() for t in Tone} | {css(t) for t in Tone}
    assert set(re.findall(r"#[0-9a-f]{6}", html)) <= palette


def test_the_case_header_speaks_in_tones(qtbot, open_window, profile, few_cases):
    window = open_window(profile)
    view = window.case_view
    view.show_case(few_cases[3].case_id)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=10_000)
    assert view.escalation_label.styleSheet() == banner_style(Tone.CRITICAL)
    assert f"color: {css(Tone.MUTED)};" in view.meta_label.styleSheet()
    assert plain(view.meta_label.text()).startswith(view.detail.ref)
    window.show_message("Saved.")
    assert f"color: {css(Tone.OK)};" in window.message_label.styleSheet()
    window.show_message("Not saved.", "error")
    assert f"color: {css(Tone.DANGER)};" in window.message_label.styleSheet()
