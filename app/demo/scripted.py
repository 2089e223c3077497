"""The eight scripted demo cases of DOMAIN.md "Demo cases": which they are and how to find them.

The shop ("FlexBand Supply", invented) sells soft rubber belts, straps and
tapes on several Amazon stores. Every case is written in the buyer's own
language, with times relative to `profile.now()` so the demo always looks
current. People, aliases, addresses, order and tracking numbers are invented;
the WhatsApp number of case 8 is from the UK range reserved for drama.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.demo.cases_conversation import (
    case5_chinese_handling_time,
    case6_german_electronics,
    case7_japanese_account,
    case8_spanish_bad_draft,
)
from app.demo.cases_evidence import (
    case1_korean_wrong_size,
    case2_russian_cracked,
    case3_arabic_not_received,
    case4_english_resolved,
)
from app.models.entities import Case, Order
from app.services.core.profile import Profile


@dataclass(frozen=True)
class ScriptedCase:
    """What identifies a scripted case: its number in DOMAIN.md, store, order id and language."""

    number: int
    marketplace: str
    order_id: str
    language: str
    build: Callable[[Profile, Path], uuid.UUID]


SCRIPTED_CASES: tuple[ScriptedCase, ...] = (
    ScriptedCase(1, "amazon.com", "113-4829173-5520931", "ko-KR", case1_korean_wrong_size),
    ScriptedCase(2, "amazon.de", "302-7716204-9934108", "ru-RU", case2_russian_cracked),
    ScriptedCase(3, "amazon.sa", "405-2281937-6610452", "ar-SA", case3_arabic_not_received),
    ScriptedCase(4, "amazon.com", "112-6043318-2217590", "en-US", case4_english_resolved),
    ScriptedCase(5, "amazon.com", "114-9372045-1186623", "zh-CN", case5_chinese_handling_time),
    ScriptedCase(6, "amazon.de", "304-5518820-4471936", "de-DE", case6_german_electronics),
    ScriptedCase(7, "amazon.co.jp", "503-8862017-3390415", "ja-JP", case7_japanese_account),
    ScriptedCase(8, "amazon.es", "171-3305982-7740216", "es-ES", case8_spanish_bad_draft),
)


def existing_case_for(profile: Profile, spec: ScriptedCase) -> uuid.UUID | None:
    """The case already built for `spec` (found by its order), so a rerun never duplicates it."""
    with profile.read() as session:
        return session.scalar(
            select(Case.id)
            .join(Order, Order.id == Case.order_id)
            .where(
                Order.marketplace == spec.marketplace,
                Order.external_id == spec.order_id,
                Case.deleted_at.is_(None),
            )
            .limit(1)
        )
