"""The rules found by code rather than by patterns alone: e-mail addresses, phone
numbers, links and thank-you-only replies, plus the runner of the pattern rules.

Every detector works on the folded text and yields hits: (rule id, span in the
folded text, allowed in context). The caller maps spans back to the original.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from app.services.compliance.folding import fold
from app.services.compliance.rulebook import (
    SENTENCE_ENDS,
    EmailSettings,
    PhoneSettings,
    RuleBook,
    ThanksSettings,
    UrlSettings,
)

__all__ = ["Hit", "Spans", "email_hits", "pattern_hits", "phone_hits", "thanks_only", "url_hits"]

Hit = tuple[str, int, int, bool]  # rule id, span in the folded text, allowed in context


class Spans:
    """Spans found so far, to skip a find inside one (the domain of an e-mail address).

    Spans come in runs sorted by start (one run per scan), so each lookup is a
    binary search per run.
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.runs: list[tuple[list[int], list[int]]] = []
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        if not self.runs or start < self.runs[-1][0][-1]:
            self.runs.append(([], []))
        self.runs[-1][0].append(start)
        self.runs[-1][1].append(end)

    def covers(self, start: int, end: int) -> bool:
        for starts, ends in self.runs:
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and ends[i] >= end:
                return True
        return False


def _sentence(text: str, start: int, end: int, reach: int = 300) -> str:
    low = max(0, start - reach)
    cut = max(text.rfind(c, low, start) for c in SENTENCE_ENDS)
    tail = text[end : end + reach]
    stops = [i for i in (tail.find(c) for c in SENTENCE_ENDS) if i >= 0]
    return text[max(low, cut + 1) : end + (min(stops) if stops else len(tail))]


def pattern_hits(book: RuleBook, text: str, languages: list[str]) -> Iterator[Hit]:
    """Matches of the rules' patterns in `languages`, less those an `unless` excuses."""
    for lang in languages:
        for rule_id, match in book.batches[lang].matches(text):
            unless = [u for u_lang, u in book.rules[rule_id].unless.items() if u_lang in languages]
            start, end = match.span()
            if end > start and not any(u.search(_sentence(text, start, end)) for u in unless):
                yield rule_id, start, end, False


_LOCAL_PART = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._%+-")


def email_hits(config: EmailSettings, text: str) -> Iterator[Hit]:
    """Addresses: a local part, an at ("@", "(at)", "골뱅이") and a domain."""
    for _, at in config.at.matches(text):
        start = at.start()
        while start > 0 and at.start() - start < 64 and text[start - 1] in _LOCAL_PART:
            start -= 1
        if start == at.start():  # an address in another script: 김철수@메일.한국
            while start > 0 and at.start() - start < 64 and text[start - 1].isalnum():
                start -= 1
        while start < at.start() and text[start] in "._%+-":
            start += 1
        domain = config.domain.match(text, at.end())
        if start == at.start() or domain is None:
            continue
        if at.group("weak"):  # "meet at amazon.com" is no address; "jo at gmail dot com" is
            first_label = re.split(r"[^\w-]", domain.group(), maxsplit=1)[0]
            spelled = config.spelled_dot.search(domain.group())
            if first_label not in config.providers and not spelled:
                continue
        yield "email", start, domain.end(), False


# Digits with separators; a dot separates only between digits ("900461. 112-..." is two runs:
# a phone number ending a sentence, then an order id).
_NUMBER_RUN = re.compile(
    r"(?<![0-9a-z+@#/_-])\+?\(?\d(?:(?:[ \-/()]|\.(?=\d)){0,3}\d)*+(?![0-9a-z])"
)
_DATE = re.compile(r"\d{1,4}([./-])\d{1,2}\1\d{1,4}(?:\s?-\s?\d{1,4}([./-])\d{1,2}\2\d{1,4})?")
_US_NUMBER = re.compile(r"(?:1[ .-])?\(?[2-9]\d{2}\)?[ .-]\d{3}[ .-]\d{4}")
_RU_NUMBER = re.compile(r"8[ -]?\(?9\d{2}\)?[ -]?\d{3}[ -]?\d{2}[ -]?\d{2}")
_CN_MOBILE = re.compile(r"1[3-9]\d{9}")


def _is_phone(number: str, after_keyword: bool) -> bool:
    """Whether a run of digits reads as a phone number rather than a date, price or id."""
    digits = re.sub(r"\D", "", number)
    count = len(digits)
    if count < 7 or count > 15 or _DATE.fullmatch(number):
        return False
    if number.startswith("+"):
        return count >= 8
    if digits.startswith("00"):
        return count >= 10
    if "(" in number and ")" in number:
        return True
    if digits[0] == "0" and (9 <= count <= 11 or (count == 12 and digits[1] == "1")):
        return True  # a trunk prefix: 010-1234-5678, 030 1234567, 0151 23456789
    if _CN_MOBILE.fullmatch(digits) or _US_NUMBER.fullmatch(number):
        return True
    return bool(_RU_NUMBER.fullmatch(number)) or after_keyword


def _phone_span(number: str, after_keyword: bool) -> tuple[int, int] | None:
    """The phone number in a run of numbers ("order 2 010-1234-5678"), if any."""
    if number.startswith("(") and ")" not in number:
        start, end = _phone_span(number[1:], after_keyword) or (-1, -1)
        return (start + 1, end + 1) if start >= 0 else None
    if _is_phone(number, after_keyword):
        return 0, len(number)
    if len(re.sub(r"\D", "", number)) > 18:
        return None  # a tracking number in groups: no part of it is a phone number
    groups = [m.span() for m in re.finditer(r"\S+", number)][:8]
    for size in range(len(groups) - 1, 0, -1):
        for first in range(len(groups) - size + 1):
            start, end = groups[first][0], groups[first + size - 1][1]
            if _is_phone(number[start:end], after_keyword):
                return start, end
    return None


def phone_hits(
    config: PhoneSettings, text: str, order_id: str | None, taken: Spans
) -> Iterator[Hit]:
    """Phone numbers in any format; near a warranty or carrier word, allowed (a warning)."""
    order_digits = re.sub(r"\D", "", fold(order_id)) if order_id else None
    for run in _NUMBER_RUN.finditer(text):
        start, end = run.span()
        if end - start < 7:
            continue  # fewer than 7 digits: never a phone number
        number = run.group()
        if re.sub(r"\D", "", number) == order_digits or taken.covers(start, end):
            continue
        span = _phone_span(number, False)
        if span is None and config.keywords.search(text, start - config.keyword_reach, start):
            span = _phone_span(number, True)
        if span is None or config.tracking.search(text, start - 40, start):
            continue  # right after "tracking number" it is a parcel's number
        context = config.allowed.search(text, start - config.context_reach, end + 60)
        yield "phone", start + span[0], start + span[1], context is not None


def url_hits(config: UrlSettings, text: str, taken: Spans) -> Iterator[Hit]:
    """Links: with a scheme, then www. or a bare domain ending in a known TLD, then IDN;
    to the marketplace itself or a carrier, allowed (a warning)."""
    for kind, match in config.scans.matches(text):
        host, path = match.group("host"), match.group("path") or ""
        explicit = kind == "scheme" or bool(match.groupdict().get("www"))
        weak = host.rsplit(".", 1)[-1] in config.weak_tlds
        if kind == "bare" and not explicit and weak and not path:
            continue  # "done.it" is a missing space more often than a link
        start, end = match.start(), match.start("host") + len(host) + len(path)
        while end > start and text[end - 1] in ".,;:!?'\")]":
            closer = text[end - 1]
            opener = {")": "(", "]": "["}.get(closer)
            if opener and text.count(opener, start, end) >= text.count(closer, start, end):
                break
            end -= 1
        if taken.covers(start, end):
            continue
        taken.add(start, end)
        if not explicit and not path and any(n.fullmatch(host) for n in config.names):
            continue  # "Amazon.de" names the store; it is not a link
        yield "url", start, end, any(a.fullmatch(host) for a in config.allowed)


_THANKS_KINDS = ("thanks", "greeting", "closing")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def thanks_only(config: ThanksSettings, text: str, order_ids: re.Pattern[str]) -> bool:
    """A reply of greetings, thanks, a sign-off and names, and nothing else.

    Each clause must be a greeting, a thank-you or a sign-off, except short names
    beside one ("Thanks, Lucía!") and short signature lines after the sign-off or
    at the end.
    """
    lines = [line for line in order_ids.sub(" ", text).splitlines() if line.strip()]
    thanked = signed = False
    for number, line in enumerate(lines):
        kinds, others = set(), []
        for clause in re.split(r"[.!?;,:。、¡¿؟،؛]", line):
            clause = " ".join(re.sub(r"[^\w\s]|_", " ", clause).split())
            kind = next((k for k in _THANKS_KINDS if getattr(config, k).fullmatch(clause)), None)
            if kind:
                kinds.add(kind)
            elif clause:
                others.append(clause)
        thanked = thanked or "thanks" in kinds
        name = kinds and all(_words(c) <= config.name_words for c in others)
        signature = (signed or number == len(lines) - 1) and _words(line) <= config.signature_words
        if others and not name and (kinds or not signature):
            return False
        signed = signed or "closing" in kinds
    return thanked


def _words(clause: str) -> int:
    """Words, counting a run of Chinese or Japanese characters (no spaces) as several."""
    return sum(1 + len(_UNSPACED.findall(word)) // 3 for word in clause.split())
