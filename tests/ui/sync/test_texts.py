"""Notices and presence in words: the case view's labels for values, times in the agent's
zone, replying before viewing, only the open case's teammates."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from app.ui.core.i18n import Language
from app.ui.core.style import Tone
from app.ui.sync.notices import notice_text
from app.ui.sync.presence import presence_text
from tests.ui.sync.conftest import plain

EN = Language("en-US")
GB = Language("en-GB")  # a 24-hour clock
CASE = uuid.uuid4()


@dataclass(frozen=True)
class _Notice:  # the shape of app.sync.client.Notice
    id: Any
    case_id: uuid.UUID
    entity: str
    entity_id: uuid.UUID
    field: str
    mine: Any
    theirs: Any
    who: str
    at: dt.datetime


@dataclass(frozen=True)
class _Presence:  # the shape of app.sync.client.Presence
    agent: str
    device: str
    case_id: Any
    activity: str | None
    since: dt.datetime


def _notice(field: str, mine: Any, theirs: Any, at: dt.datetime) -> _Notice:
    return _Notice(1, CASE, "case", CASE, field, mine, theirs, "Lena", at)


def test_a_status_notice_reads_as_the_case_view_shows_it():
    at = dt.datetime(2026, 12, 3, 14, 2).astimezone()  # 14:02 in the agent's zone
    now = at + dt.timedelta(hours=1)
    text = plain(notice_text(_notice("status", "waiting_customer", "resolved", at), now, GB))
    assert text == (
        "Lena set the status to Resolved at 14:02 while you were offline; "
        "your change to Waiting on customer was replaced"
    )


def test_an_older_notice_names_its_day_and_other_fields_their_labels():
    at = dt.datetime(2026, 11, 21, 9, 30).astimezone()
    now = at + dt.timedelta(days=3)
    text = plain(notice_text(_notice("priority", "low", "urgent", at), now, EN))
    assert text.startswith("Lena set the priority to Urgent at Nov 21, 2026, 9:30")
    assert text.endswith("your change to Low was replaced")
    text = plain(notice_text(_notice("assignee", "Omar", None, at), now, EN))
    assert "assigned the case to (none)" in text and "your change to Omar" in text
    text = plain(notice_text(_notice("tag:refund", False, True, at), now, EN))
    assert text.startswith("Lena added the tag refund at")
    text = plain(notice_text(_notice("subject", "Belt", "Belt, wrong size", at), now, EN))
    assert text.startswith("Lena set Subject to Belt, wrong size at")


def test_presence_names_teammates_on_the_open_case_only():
    since = dt.datetime(2026, 12, 3, 14, 0, tzinfo=dt.UTC)
    others = [
        _Presence("Omar", "d1", str(CASE), "viewing", since),
        _Presence("Lena", "d2", str(CASE), "viewing", since),
        _Presence("Lena", "d3", str(CASE), "replying", since),  # her other laptop
        _Presence("Sami", "d4", str(uuid.uuid4()), "replying", since),  # another case
    ]
    text, tone = presence_text(others, CASE)
    assert plain(text) == "Lena is replying to this case · Omar is viewing this case"
    assert tone == Tone.WARNING
    text, tone = presence_text(others[:1], CASE)
    assert plain(text) == "Omar is viewing this case" and tone == Tone.INFO
    assert presence_text(others[3:], CASE) == ("", Tone.MUTED)
    assert presence_text(others, None) == ("", Tone.MUTED)


def test_a_notice_without_its_time_still_reads():
    now = dt.datetime(2026, 12, 3, 15, 0).astimezone()
    text = plain(notice_text(_notice("reason", "defective", "damaged", None), now, EN))
    assert text == (
        "Lena set the reason to Damaged in transit at an unknown time while you were offline; "
        "your change to Defective was replaced"
    )
