"""Cut quoted earlier text and the signature from a mail body.

The markers come from the maintained library mail-parser-reply
(`mailparser_reply`): its "On ... wrote:" / "Am ... schrieb" / "님이 작성하였습니다"
headers, Outlook-style "From:/Sent:" blocks and signature openers for en, de,
cs, da, es, fr, it, ja, ko, nl, pl, sv, zh. Its extension point is the
per-language lookup `EmailMessage._get_language_regex`; `_Markers` overrides
it to add `EXTRA_MARKERS`, the patterns the library misses for languages the
issue names (Russian, Arabic, Portuguese, Turkish, Ukrainian, Hebrew) and for
attribution lines real clients write that its patterns do not match (Gmail's
Korean "님이 작성:", Chinese "在 ... 写道：", Spanish with one space before
"escribió", French "a écrit :" with a no-break space, German Thunderbird
"... schrieb am ...:", Dutch Gmail "Op ... schreef Naam <...>:"). Every
language is searched at once: the buyer's language is not known yet when a
mail is parsed.

The library's own `read()` is not used: it mixes its own normalisation with
the cut. Here the text is normalised once (lines stripped, runs of blank lines
made one), the library's compiled patterns find the first quote header and the
signature, and the cut is made by line, so the kept text is exactly the
buyer's lines. Lines starting with ">" are dropped from the kept part too
(interleaved or header-less quoting).

Guards, because a wrong cut hides what a buyer wrote (the full text is kept
anyway): only the first `QUOTE_SCAN_MAX_CHARS` are searched, lines longer than
`SCAN_LINE_MAX_CHARS` are masked (no header is that long, and the library's
patterns are quadratic in a line's length); a signature is only cut when its
first line is short (`SIGNATURE_FIRST_LINE_MAX_CHARS`, `_WORDS`) and the block
has at most `SIGNATURE_MAX_LINES`; signature words of Danish and Swedish
("Tak", "Kh", "/Name") are left out (they start ordinary English lines); a cut
that would leave nothing keeps the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mailparser_reply import EmailMessage
from mailparser_reply.constants import MAIL_LANGUAGES, QUOTED_MATCH_INCLUDE

QUOTE_SCAN_MAX_CHARS = 32 * 1024
SCAN_LINE_MAX_CHARS = 200
SIGNATURE_MAX_LINES = 12
SIGNATURE_FIRST_LINE_MAX_CHARS = 40
SIGNATURE_FIRST_LINE_MAX_WORDS = 5

_Q = QUOTED_MATCH_INCLUDE
_ATTRIBUTION = r".{0,200}?"  # the date and name part of an attribution line
ATTRIBUTION_MAX_CHARS = 300  # a longer line ending in a colon is the buyer's own text

# Language -> library key -> extra patterns (joined with the library's own by "|").
EXTRA_MARKERS: dict[str, dict[str, list[str]]] = {
    "en": {
        "wrote_header": [
            rf"^{_Q}On\s{_ATTRIBUTION}\swrote\s?:$",
            rf"^{_Q}-{{2,}}\s?(?:Original Message|Reply above this line)\s?-{{2,}}$",
        ],
    },
    "de": {
        "wrote_header": [
            rf"^{_Q}{_ATTRIBUTION}\sschrieb(?:\sam\s.{{0,100}}?)?\s?:$",
            rf"^{_Q}-{{2,}}\s?(?:Ursprüngliche Nachricht|Original-Nachricht)\s?-{{2,}}$",
        ],
    },
    "es": {
        "wrote_header": [
            rf"^{_Q}El\s{_ATTRIBUTION}\sescribió\s?:$",
            rf"^{_Q}-{{2,}}\s?Mensaje original\s?-{{2,}}$",
        ],
    },
    "fr": {
        "wrote_header": [
            rf"^{_Q}Le\s{_ATTRIBUTION}\sa\sécrit\s?:$",
            rf"^{_Q}-{{2,}}\s?Message d'origine\s?-{{2,}}$",
        ],
    },
    "it": {"wrote_header": [rf"^{_Q}-{{2,}}\s?Messaggio originale\s?-{{2,}}$"]},
    "nl": {"wrote_header": [rf"^{_Q}Op\s{_ATTRIBUTION}\sschreef\s.{{0,200}}?:$"]},
    "ja": {
        "wrote_header": [
            rf"^{_Q}{_ATTRIBUTION}(?:さんは書きました|は書きました|のメッセージ|からのメール)\s?[:：]$",
            rf"^{_Q}\d{{4}}[/年]\d{{1,2}}[/月]\d{{1,2}}日?{_ATTRIBUTION}<[^<>\s]+@[^<>\s]+>\s?[:：]$",
        ],
        "from_header": [
            rf"((?:(?:^|\n|\n{_Q})[* ]*(?:差出人|送信日時|宛先|件名|CC)\s?[:：][ *]*(?:\s{{,2}}).*)"
            r"{2,}(?:\n.*){,1})"
        ],
    },
    "ko": {
        "wrote_header": [rf"^{_Q}{_ATTRIBUTION}님이\s?작성(?:하였습니다|했습니다)?\s?[:：]$"],
    },
    "zh": {
        "wrote_header": [
            rf"^{_Q}{_ATTRIBUTION}(?:写道|寫道)\s?[:：]$",
            rf"^{_Q}-{{2,}}\s?(?:原始邮件|原始郵件)\s?-{{2,}}$",
        ],
        "from_header": [
            rf"((?:(?:^|\n|\n{_Q})[* ]*"
            r"(?:发件人|發件人|寄件者|发送时间|寄件日期|收件人|收件者|主题|主旨)"
            r"\s?[:：][ *]*(?:\s{,2}).*){2,}(?:\n.*){,1})"
        ],
    },
    "ru": {
        "wrote_header": [
            rf"^{_Q}{_ATTRIBUTION}(?:написал\(а\)|написала|написал|писал\(а\)|писала|писал|пишет)\s?:$",
            rf"^{_Q}(?:пн|вт|ср|чт|пт|сб|вс),\s{_ATTRIBUTION}\sг\.\sв\s\d{{1,2}}:\d{{2}},?\s.{{0,200}}:$",
            rf"^{_Q}-{{2,}}\s?(?:Исходное сообщение|Оригинальное сообщение)\s?-{{2,}}$",
        ],
        "from_header": [
            rf"((?:(?:^|\n|\n{_Q})[* ]*(?:От|Отправлено|Кому|Тема|Дата|Копия):[ *]*(?:\s{{,2}}).*)"
            r"{2,}(?:\n.*){,1})"
        ],
        "signatures": ["С уважением", "С наилучшими пожеланиями"],
        "sent_from": r"Отправлено с моего|Отправлено из",
    },
    "uk": {
        "wrote_header": [rf"^{_Q}{_ATTRIBUTION}(?:написав\(ла\)|написала|написав|пише)\s?:$"],
        "signatures": ["З повагою"],
    },
    "ar": {
        "wrote_header": [rf"^{_Q}{_ATTRIBUTION}(?:كتب|كتبت)\s?[:：]$"],
        "from_header": [
            rf"((?:(?:^|\n|\n{_Q})[* ]*"
            r"(?:من|أرسلت|مرسل|إلى|الموضوع|التاريخ|نسخة):[ *]*(?:\s{,2}).*)"
            r"{2,}(?:\n.*){,1})"
        ],
        "signatures": ["مع تحياتي", "مع خالص التحيات", "تحياتي"],
        "sent_from": r"أرسلت من|مرسل من",
    },
    "pt": {
        "wrote_header": [
            rf"^{_Q}(?:Em|No dia)\s{_ATTRIBUTION}\sescreveu\s?:$",
            rf"^{_Q}-{{2,}}\s?Mensagem original\s?-{{2,}}$",
        ],
        "from_header": [
            rf"((?:(?:^|\n|\n{_Q})[* ]*"
            r"(?:De|Enviada em|Enviado|Para|Assunto|Data|Cc):[ *]*(?:\s{,2}).*)"
            r"{2,}(?:\n.*){,1})"
        ],
        "signatures": ["Atenciosamente", "Cumprimentos"],
        "sent_from": r"Enviado do meu",
    },
    "tr": {
        "wrote_header": [rf"^{_Q}{_ATTRIBUTION}(?:şunu yazdı|yazdı)\s?:$"],
        "signatures": ["Saygılarımla"],
    },
    "he": {"wrote_header": [rf"^{_Q}{_ATTRIBUTION}(?:כתב|כתבה)\s?:$"]},
}

# Library signature lists left out: their short words start ordinary lines ("Tak" -> "Take").
_SKIPPED_SIGNATURES = frozenset({"da", "sv"})

LANGUAGES: tuple[str, ...] = tuple(
    dict.fromkeys([*(k for k in MAIL_LANGUAGES if k != "david"), *EXTRA_MARKERS])
)


class _Markers(EmailMessage):
    """The library's message with `EXTRA_MARKERS` added to its per-language patterns."""

    def _get_language_regex(self, language: str, regex_key: str) -> str:
        own = ""
        skipped = regex_key == "signatures" and language in _SKIPPED_SIGNATURES
        if regex_key in MAIL_LANGUAGES.get(language, {}) and not skipped:
            own = super()._get_language_regex(language, regex_key)
            if language == "pl" and regex_key == "from_header":
                # One "Do: ..." line is not a quoted header block; others need two too.
                own = own.replace("{1,}", "{2,}")
        extra = EXTRA_MARKERS.get(language, {}).get(regex_key, [])
        if isinstance(extra, str):
            extra = [extra]
        return "|".join(p for p in (own, *extra) if p)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    markers = _Markers(text="", languages=list(LANGUAGES), keep_hyphen_lists=True)
    return markers.HEADER_REGEX, markers.SIGNATURE_REGEX


@dataclass(frozen=True)
class Cut:
    body: str
    quote_cut: bool = False
    signature_cut: bool = False


def _normalised_lines(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line and (not lines or not lines[-1]):
            continue
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _line_of(scan: str, position: int) -> int:
    while position < len(scan) and scan[position] == "\n":
        position += 1
    return scan.count("\n", 0, position)


def _scan_text(lines: list[str]) -> str:
    out: list[str] = []
    size = 0
    for line in lines:
        if size > QUOTE_SCAN_MAX_CHARS:
            break
        out.append(line if len(line) <= SCAN_LINE_MAX_CHARS else "\u2026")
        size += len(out[-1]) + 1
    return "\n".join(out)


def _signature_start(lines: list[str], signature: re.Pattern[str]) -> int | None:
    scan = _scan_text(lines)
    if len(scan) > QUOTE_SCAN_MAX_CHARS:
        return None
    match = signature.search(scan)
    if match is None:
        return None
    start = _line_of(scan, match.start())
    if start == 0 or len(lines) - start > SIGNATURE_MAX_LINES:
        return None
    first = lines[start].lstrip("> ")
    if first in {"--", "__"}:
        return start
    if len(first) > SIGNATURE_FIRST_LINE_MAX_CHARS:
        return None
    if len(first.split()) > SIGNATURE_FIRST_LINE_MAX_WORDS:
        return None
    return start


def _attribution_before_quote(lines: list[str]) -> int | None:
    """The line that introduces the first ">" quote in any language or mail program
    ("في ٢ ديسمبر ٢٠٢٦، كتب …:", "ср, 2 дек. 2026 г. в 10:15, Shop <a@b>:", ...), when
    the patterns above did not know its wording: the last line before the quote, with
    text above it, that ends with a colon and names an address or a date (a digit)."""
    first = next((i for i, line in enumerate(lines) if line.startswith(">")), None)
    if first is None:
        return None
    at = first - 1
    while at >= 0 and not lines[at].strip():
        at -= 1
    if at <= 0 or not any(lines[:at]):
        return None
    line = lines[at].strip()
    if len(line) > ATTRIBUTION_MAX_CHARS or not line.endswith((":", "：")):
        return None
    if "@" not in line and not any(char.isdigit() for char in line):
        return None
    return at


def cut_quotes(text: str) -> Cut:
    """The new text of a message: quoted earlier messages and the signature cut."""
    header, signature = _patterns()
    lines = _normalised_lines(text)
    quote_cut = False
    scan = _scan_text(lines)
    match = header.search(scan)
    if match is not None:
        cut_at = _line_of(scan, match.start())
        if not any(lines[:cut_at]):
            # Nothing above the first quote header: a bare forward or quote, keep it all.
            return Cut("\n".join(lines))
        lines = lines[:cut_at]
        quote_cut = True
    attribution = _attribution_before_quote(lines)
    if attribution is not None:
        del lines[attribution]
        quote_cut = True
    kept = [line for line in lines if not line.startswith(">")]
    if len(kept) != len(lines) and any(kept):
        lines = _normalised_lines("\n".join(kept))
        quote_cut = True
    signature_cut = False
    start = _signature_start(lines, signature)
    if start is not None and any(lines[:start]):
        lines = lines[:start]
        signature_cut = True
    while lines and not lines[-1]:
        lines.pop()
    return Cut("\n".join(lines), quote_cut, signature_cut)
