"""Which language a buyer writes in, detected locally and offline (DESIGN.md section 6).

The answer picks the reply variant and the formatting locale, so a wrong guess
is worse than none: anything uncertain comes back as unknown (`language=None`)
and the caller falls back to what the customer record says.

How a text is decided:

1. URLs, e-mail addresses and anything with a digit in it (order ids,
   tracking numbers, SKUs, sizes) are removed; they say nothing about language.
2. The remaining letters are counted by script. Under `MIN_LETTERS` letters
   is unknown ("ok", "?").
3. A script that only one supported language uses decides alone: Hangul is
   Korean, kana is Japanese, Han without kana or Hangul is Chinese, Arabic
   script is Arabic, Cyrillic is Russian. Letters that only neighbouring
   languages use (Persian and Urdu in Arabic script, Ukrainian and others in
   Cyrillic) make the text unknown instead of a confident wrong guess.
4. Latin-script text goes to py3langid (a naive Bayes model over byte
   n-grams that ships in its wheel), restricted to the Latin-script languages
   of `SUPPORTED`, with normalised probabilities.
5. The script with the most letters decides. The confidence is its share of
   the letters times the model's probability (1 for the single-language
   scripts); below `MIN_CONFIDENCE` the answer is unknown, so an even mix of
   two languages is unknown. Latin letters do not count against a non-Latin
   script: in Korean, Russian or Arabic text they are mostly product titles,
   brands and names.
"""

from __future__ import annotations

import re
import threading
import uuid
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.models.entities import Case, Customer, Message
from app.services.core.errors import NotFound

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

    from app.services.core.profile import Profile

# The reply library's languages plus the main marketplace languages.
SUPPORTED = ("en", "ko", "ru", "ar", "zh", "de", "ja", "es", "fr", "it", "pt", "tr", "pl", "nl")
# Languages the script alone decides; the rest share Latin script and need the model.
_SCRIPT_LANGUAGES = frozenset({"ko", "ja", "zh", "ar", "ru"})
LATIN_LANGUAGES = tuple(code for code in SUPPORTED if code not in _SCRIPT_LANGUAGES)

# Fewer letters than this is unknown: "ok", "?", "no" say nothing reliable.
MIN_LETTERS = 3
# Below this confidence the answer is unknown. Measured on about 90 short buyer
# messages (2 to 8 words) in the nine Latin languages: none was wrong above 0.5
# and most scored above 0.9; names, product titles and gibberish score below
# 0.6 ("Soft Rubber Flat Belt" de 0.57, "Anna Schmidt" de 0.48, "asdf qwer" en
# 0.31), and so do most one-word texts ("Danke" 0.32, "Gracias" 0.59).
MIN_CONFIDENCE = 0.7
# How much one Han, kana or Hangul character counts against one Latin, Arabic
# or Cyrillic letter when a mixed text is weighed: a CJK character or Hangul
# syllable carries about what three alphabetic letters do.
WIDE_CHAR_WEIGHT = 3
# buyer_language looks at this many of the newest inbound messages.
RECENT_MESSAGES = 10


@dataclass(frozen=True)
class Detection:
    """A detected language, or None for unknown; `confidence` is the best guess's, 0..1."""

    language: str | None
    confidence: float


@dataclass(frozen=True)
class BuyerLanguage:
    """The language to answer a buyer in, and where it came from.

    `source` is "detected" (from the inbound messages), "customer" (the
    customer's locale), "case" (the case's language) or "unknown". The
    fallbacks are returned as stored, so they may carry a region ("ko-KR"),
    with confidence 1: what the records say is taken as given.
    """

    locale: str | None
    source: str
    confidence: float


UNKNOWN = Detection(None, 0.0)

# ----------------------------------------------------------------------------- model

_lock = threading.Lock()
_identifier: LanguageIdentifier | None = None


def _model() -> LanguageIdentifier:
    """The py3langid model, loaded once (about 0.7 s); safe to call from any thread."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                identifier.set_languages(LATIN_LANGUAGES)
                _identifier = identifier
    return _identifier


def warm_up() -> None:
    """Load the model now (on a worker thread) so the first detection does not stall the UI."""
    _model()


# ----------------------------------------------------------------------------- scripts

# (first code point, script) in ascending order; a range runs to the next start.
_RANGES = (
    (0x0000, "latin"),
    (0x0250, "other"),
    (0x0400, "cyrillic"),
    (0x0530, "other"),
    (0x0600, "arabic"),
    (0x0700, "other"),
    (0x0750, "arabic"),
    (0x0780, "other"),
    (0x08A0, "arabic"),
    (0x0900, "other"),
    (0x1100, "hangul"),
    (0x1200, "other"),
    (0x1C80, "cyrillic"),
    (0x1C90, "other"),
    (0x1E00, "latin"),
    (0x1F00, "other"),
    (0x2DE0, "cyrillic"),
    (0x2E00, "other"),
    (0x3005, "han"),  # 々 (ideographic iteration mark)
    (0x3006, "other"),
    (0x3040, "kana"),
    (0x3100, "other"),
    (0x3130, "hangul"),
    (0x3190, "other"),
    (0x31F0, "kana"),
    (0x3200, "other"),
    (0x3400, "han"),
    (0xA000, "other"),
    (0xA640, "cyrillic"),
    (0xA6A0, "other"),
    (0xA960, "hangul"),
    (0xA980, "other"),
    (0xAC00, "hangul"),
    (0xD800, "other"),
    (0xF900, "han"),
    (0xFB00, "other"),
    (0xFB50, "arabic"),
    (0xFE00, "other"),
    (0xFE70, "arabic"),
    (0xFF00, "other"),
    (0xFF21, "latin"),  # full-width Latin
    (0xFF5B, "other"),
    (0xFF66, "kana"),  # half-width katakana
    (0xFFA0, "hangul"),  # half-width Hangul
    (0xFFE0, "other"),
    (0x20000, "han"),
    (0x30000, "other"),
)
_STARTS = [start for start, _ in _RANGES]

# Letters of neighbouring languages that the script's one supported language
# does not use: Persian and Urdu in Arabic script; Ukrainian, Belarusian,
# Serbian, Macedonian and Kazakh in Cyrillic.
_FOREIGN_LETTERS = {
    "arabic": frozenset("پچژگکیۀٹڈڑںےہۓ"),
    "cyrillic": frozenset("іїєґўјљњђћџѓќѕәғқңөұүһ"),
}
# A text whose script letters are at least this share foreign is not ar / ru.
_FOREIGN_SHARE = 0.02

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# ASCII runs only, so that a digit inside Chinese or Japanese text ("120cm의",
# "我买了120cm") removes the number, not the whole unspaced sentence.
_WITH_DIGIT = re.compile(r"[A-Za-z0-9_#-]*[0-9][A-Za-z0-9_#-]*")


def _script(char: str) -> str:
    return _RANGES[bisect_right(_STARTS, ord(char)) - 1][1]


def _clean(text: str) -> str:
    """The text without URLs, e-mail addresses and anything with a digit in it."""
    text = _URL.sub(" ", text)
    text = _EMAIL.sub(" ", text)
    return _WITH_DIGIT.sub(" ", text)


@dataclass(frozen=True)
class _Letters:
    counts: Counter[str]  # letters per script
    latin_text: str  # the Latin-script words, for the model
    foreign: Counter[str]  # letters of a neighbouring language, per script

    def weight(self, script: str) -> int:
        wide = script in ("han", "kana", "hangul")
        return self.counts[script] * (WIDE_CHAR_WEIGHT if wide else 1)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _letters(text: str) -> _Letters:
    counts: Counter[str] = Counter()
    foreign: Counter[str] = Counter()
    latin: list[str] = []
    for char in _clean(text):
        if not char.isalpha():
            latin.append(" ")
            continue
        script = _script(char)
        counts[script] += 1
        latin.append(char if script == "latin" else " ")
        if char.lower() in _FOREIGN_LETTERS.get(script, ()):
            foreign[script] += 1
    return _Letters(counts, " ".join("".join(latin).split()), foreign)


# ----------------------------------------------------------------------------- detection


def detect(text: str) -> Detection:
    """The language of one text, or unknown when it is too short or too uncertain."""
    return _detect(text)[0]


def _detect(text: str) -> tuple[Detection, int]:
    """The detection and its weight as a vote: letters, CJK weighted; 0 when unknown."""
    letters = _letters(text or "")
    if letters.total < MIN_LETTERS:
        return UNKNOWN, 0
    groups = {
        "cjk": letters.weight("han") + letters.weight("kana") + letters.weight("hangul"),
        "latin": letters.weight("latin"),
        "arabic": letters.weight("arabic"),
        "cyrillic": letters.weight("cyrillic"),
        "other": letters.weight("other"),
    }
    group = max(groups, key=groups.__getitem__)
    # Latin letters do not dilute a non-Latin script (step 5 above).
    rivals = sum(groups.values()) - (0 if group == "latin" else groups["latin"])
    share = groups[group] / rivals
    language, probability = _language_of(group, letters)
    confidence = share * probability
    if language is None or confidence < MIN_CONFIDENCE:
        return Detection(None, confidence), 0
    return Detection(language, confidence), sum(groups.values())


def _language_of(group: str, letters: _Letters) -> tuple[str | None, float]:
    """The language the dominant script group stands for, and how likely it is."""
    counts = letters.counts
    if group == "cjk":
        if counts["hangul"] >= counts["kana"] + counts["han"]:
            return "ko", 1.0
        if counts["kana"]:
            return "ja", 1.0
        if counts["hangul"]:
            return None, 0.0  # Han with some Hangul: neither clearly Korean nor Chinese
        return "zh", 1.0
    if group in ("arabic", "cyrillic"):
        if letters.foreign[group] >= max(1.0, _FOREIGN_SHARE * counts[group]):
            return None, 0.0
        return ("ar" if group == "arabic" else "ru"), 1.0
    if group == "latin":
        return _model().classify(letters.latin_text)
    return None, 0.0


def detect_messages(texts: Iterable[str]) -> Detection:
    """The buyer's language over several messages: they must agree, longer ones weigh more.

    Each message is detected alone and votes with its length in letters (a CJK
    character counting `WIDE_CHAR_WEIGHT`); messages too short or too
    uncertain to tell ("ok", "thanks!") abstain. The confidence is the
    winner's confidence-weighted share of all votes, so messages in two
    languages at similar length give unknown rather than whichever was longer.
    """
    votes: Counter[str] = Counter()
    total = 0.0
    best_unknown = 0.0
    for text in texts:
        found, weight = _detect(text)
        if found.language is None:
            best_unknown = max(best_unknown, found.confidence)
            continue
        votes[found.language] += weight * found.confidence
        total += weight
    if not votes:
        return Detection(None, best_unknown)
    language, score = votes.most_common(1)[0]
    confidence = score / total
    if confidence < MIN_CONFIDENCE:
        return Detection(None, confidence)
    return Detection(language, confidence)


def buyer_language(profile: Profile, case_id: uuid.UUID) -> BuyerLanguage:
    """The language to answer a case's buyer in.

    Detected from the newest inbound messages; when they do not tell, the
    customer's locale, then the case's language.
    """
    with profile.read() as session:
        case = session.get(Case, case_id)
        if case is None or case.deleted_at is not None:
            raise NotFound(f"There is no case with id {case_id}.")
        bodies = session.scalars(
            select(Message.body)
            .where(
                Message.case_id == case_id,
                Message.direction == "inbound",
                Message.deleted_at.is_(None),
            )
            .order_by(Message.created_at.desc(), Message.id.desc())
            .limit(RECENT_MESSAGES)
        ).all()
        customer = session.get(Customer, case.customer_id) if case.customer_id else None
        customer_locale = customer.locale if customer is not None else None
        case_language = case.language
    found = detect_messages(bodies)
    if found.language is not None:
        # The stored tag keeps what detection cannot see: en-GB dates, zh-TW script.
        for known in (customer_locale, case_language):
            if known and known.strip().replace("_", "-").split("-")[0] == found.language:
                return BuyerLanguage(known.strip(), "detected", found.confidence)
        return BuyerLanguage(found.language, "detected", found.confidence)
    if customer_locale and customer_locale.strip():
        return BuyerLanguage(customer_locale.strip(), "customer", 1.0)
    if case_language and case_language.strip():
        return BuyerLanguage(case_language.strip(), "case", 1.0)
    return BuyerLanguage(None, "unknown", found.confidence)
