"""How a logged contact reads in the thread's caption and in the case's history."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest

from app.services.cases import operations as cases
from app.services.cases.contacts import log_contact, remove_contact, update_contact
from app.services.cases.detail import MessageInfo, load_case_history
from app.ui.case.contact_text import (
    contact_caption,
    contact_channel_label,
    contact_direction_label,
)
from app.ui.case.history import HistoryView, describe
from app.ui.core.i18n import Language

FSI, PDI = "\u2068", "\u2069"


def plain(text: str) -> str:
    """The text without its direction isolates."""
    return text.replace(FSI, "").replace(PDI, "")


def _contact(**fields: object) -> MessageInfo:
    base = MessageInfo(
        id=uuid.uuid4(),
        direction="inbound",
        channel="phone",
        author="tester",
        body="Buyer called.",
        language=None,
        created_at=dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC),
        outbound_state=None,
        no_response_needed=False,
        contact=True,
        minutes=12,
    )
    return dataclasses.replace(base, **fields)


def test_the_caption_names_channel_direction_and_duration():
    caption = contact_caption(_contact())
    assert plain(caption) == "Phone call · incoming · 12 min"
    assert f"{FSI}12{PDI}" in caption  # the number keeps its direction in Arabic text
    assert plain(contact_caption(_contact(channel="callback", direction="outbound"))) == (
        "Call-back · outgoing · 12 min"
    )
    # No duration noted: no duration shown; zero minutes (a missed call) is shown.
    assert contact_caption(_contact(channel="chat", minutes=None)) == "Chat · incoming"
    assert plain(contact_caption(_contact(channel="social", minutes=0))) == (
        "Social media · incoming · 0 min"
    )
    assert contact_caption(_contact(channel="other", minutes=None)) == "Other contact · incoming"


def test_every_contact_channel_and_direction_has_a_label():
    from app.models.enums import CONTACT_CHANNELS

    labels = {contact_channel_label(c.value) for c in CONTACT_CHANNELS}
    assert len(labels) == len(CONTACT_CHANNELS)
    assert not labels & {c.value for c in CONTACT_CHANNELS}  # words, not stored codes
    assert contact_direction_label("inbound") != contact_direction_label("outbound")


def _lines(profile, case_id) -> list[str]:
    return [plain(describe(e)) for e in load_case_history(profile, case_id)]


def test_the_history_says_what_was_logged_corrected_and_removed(profile, clock):
    created = cases.create_case(profile, cases.NewCase(subject="Parcel", body="Where is it?"))
    phone = log_contact(
        profile, created.case_id, channel="phone", direction="in", summary="Called", minutes=12
    )
    log_contact(profile, created.case_id, channel="callback", direction="out", summary="Back")
    log_contact(profile, created.case_id, channel="social", direction="in", summary="DM")
    clock.advance(minutes=3)
    update_contact(profile, phone.message_id, minutes=15)
    remove_contact(profile, phone.message_id)
    lines = _lines(profile, created.case_id)
    assert "Logged a phone call (incoming, 12 min)" in lines
    assert "Logged a call-back (outgoing)" in lines
    assert "Logged a social media contact (incoming)" in lines
    assert "Corrected a logged contact: Phone call" in lines
    assert "Removed a logged contact: Phone call" in lines
    # Ordinary messages still read as before.
    assert "Message from the customer" in lines
    assert not [line for line in lines if line in ("Reply written", "message create")]


@pytest.mark.parametrize("channel", ["chat", "other"])
def test_the_history_of_other_channels(profile, channel):
    created = cases.create_case(profile, cases.NewCase(subject="Parcel"))
    log_contact(profile, created.case_id, channel=channel, direction="out", summary="x")
    expected = {"chat": "Logged a chat (outgoing)", "other": "Logged a contact (outgoing)"}
    assert expected[channel] in _lines(profile, created.case_id)


def test_the_history_view_shows_the_contact_line(qtbot, profile):
    created = cases.create_case(profile, cases.NewCase(subject="Parcel"))
    log_contact(profile, created.case_id, channel="phone", direction="in", summary="x", minutes=2)
    view = HistoryView()
    qtbot.addWidget(view)
    view.show_entries(load_case_history(profile, created.case_id), Language("en-US"))
    rows = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
    logged = [r for r in rows if plain(r.text(2)) == "Logged a phone call (incoming, 2 min)"]
    assert len(logged) == 1 and logged[0].text(1) == "tester"
