"""What a reply template is made of, and the languages it is read in.

`fallback_chain` decides which variant a reader gets; the plural helpers say
which CLDR plural forms a language needs, so a template can be checked
before a buyer ever sees a wrong "1 дней".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.core import get_global

from app.services.core.errors import InvalidInput

LIBRARY_LOCALES = ("en", "ko", "ru", "ar", "zh", "de", "ja", "es")
PLACEHOLDERS = (
    "buyer_name",
    "order_id",
    "marketplace",
    "item_title",
    "carrier",
    "tracking_number",
    "agent_name",
    "return_deadline",
    "delivery_date",
    "refund_amount",
    "days_left",
)
COUNTED = "days_left"  # the one number a plural may count
MAX_BODY = 2000  # the marketplace's cap on free text
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")


class TemplateProblem(InvalidInput):
    """What is wrong with one template file, every problem in one sentence each."""

    def __init__(self, where: str, problems: list[str] | tuple[str, ...]) -> None:
        self.where = where
        self.problems = tuple(problems)
        super().__init__(f"{where}: " + "; ".join(self.problems) + ".")


@dataclass(frozen=True)
class Variant:
    locale: str
    name: str
    subject: str
    body: str


@dataclass(frozen=True)
class Template:
    key: str
    reasons: tuple[str, ...]
    statuses: tuple[str, ...]
    placeholders: tuple[str, ...]
    variants: dict[str, Variant]
    source: str  # "library" or "shop"
    path: Path | None

    def __hash__(self) -> int:  # the variants dict is not hashable; these fields identify it
        return hash((self.key, self.source, self.path))

    def variant_for(self, locale: str) -> Variant:
        """The variant a reader of `locale` gets (along the fallback chain, else any)."""
        for candidate in fallback_chain(locale):
            if candidate in self.variants:
                return self.variants[candidate]
        return next(iter(self.variants.values()))

    def name_for(self, locale: str) -> str:
        return self.variant_for(locale).name


@dataclass(frozen=True)
class ReplyFacts:
    buyer_name: str | None = None
    order_id: str | None = None
    marketplace: str | None = None
    item_title: str | None = None
    carrier: str | None = None
    tracking_number: str | None = None
    agent_name: str | None = None
    return_deadline: dt.date | None = None
    delivery_date: dt.date | None = None
    days_left: int | None = None
    refund_amount: Decimal | None = None
    currency: str | None = None


@dataclass(frozen=True)
class Rendered:
    key: str
    subject: str
    body: str
    locale: str  # the variant actually used
    requested: str
    chain: tuple[str, ...]
    fell_back: bool  # the reply is not in the requested language
    missing: tuple[str, ...]  # placeholders with no fact, shown in the text as [name]


def sample_facts() -> ReplyFacts:
    """Invented facts for previews and for checking that every variant renders."""
    return ReplyFacts(
        buyer_name="Alex Morgan",
        order_id="112-3456789-0123456",
        marketplace="Amazon.com",
        item_title="Soft Rubber Flat Belt 120 cm x 25 mm, Black",
        carrier="UPS",
        tracking_number="1Z4E29W80392715846",
        agent_name="Sam",
        return_deadline=dt.date(2026, 12, 24),
        delivery_date=dt.date(2026, 11, 20),
        days_left=21,
        refund_amount=Decimal("1234.50"),
        currency="USD",
    )


def parse_locale(text: str) -> Locale | None:
    """`ko-KR`, `ko_KR` or `zh-Hans-CN` as a babel Locale; None when it is no language."""
    try:
        return Locale.parse(text.strip().replace("-", "_"))
    except Exception:  # babel raises several kinds for garbage; all mean "unknown"
        return None


def fallback_chain(locale: str) -> list[str]:
    """Which variants to try for a reader of `locale`, most specific first, ending in "en".

    The bare language is skipped when the reader's script is not that language's
    usual one (zh_TW reads Traditional Chinese, and "zh" is Simplified).
    """
    parsed = parse_locale(locale or "")
    if parsed is None:
        return ["en"]
    lang, script, territory = parsed.language, parsed.script, parsed.territory
    chain = [str(parsed)]
    if script and territory:
        chain.append(f"{lang}_{territory}")
    if script:
        chain.append(f"{lang}_{script}")
    likely = get_global("likely_subtags").get(lang, "")
    if not script or likely.split("_")[1:2] == [script]:
        chain.append(lang)
    chain.append("en")
    return list(dict.fromkeys(chain))


@lru_cache(maxsize=64)
def plural_categories(locale: str) -> tuple[frozenset[str], frozenset[str]]:
    """(needed, allowed) plural forms of a language; needed are those a count of days can take.

    Spanish, for one, has a `many` form for millions: allowed, never needed.
    """
    rule = Locale.parse(locale).plural_form
    needed = frozenset({rule(n) for n in range(1000)} | {"other"})
    return needed, frozenset(rule.tags | {"other"})


def language_name(locale: str) -> str:
    """'Russian' for "ru": problems are reported in English, like every service message."""
    return Locale.parse(locale).get_display_name("en") or locale
