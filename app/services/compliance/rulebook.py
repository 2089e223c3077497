"""Reading `resources/compliance/rules.toml` into a `RuleBook`.

The file's header explains its layout. Every mistake in it (bad TOML, a missing
or unknown key, a pattern that does not compile or could never match the folded
text) is reported with the file name and the key, so whoever edits a rule can
fix it.

Every `Batch` of patterns checks its fast scanner against plain `re` on sample
replies when it is built; one that cannot be trusted runs plain `re`, and the
loader says so once in the log.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.paths import resource_folder
from app.services.compliance.folding import fold
from app.services.compliance.samples import SAMPLE_REPLIES
from app.services.compliance.scanning import CJK_RUN, Batch, Scanner
from app.services.core.errors import InvalidInput

__all__ = [
    "DEFAULT_RULES_PATH",
    "LANGUAGES",
    "RULE_IDS",
    "SENTENCE_ENDS",
    "EmailSettings",
    "PhoneSettings",
    "Rule",
    "RuleBook",
    "ThanksSettings",
    "UrlSettings",
    "load_rules",
]

DEFAULT_RULES_PATH = resource_folder("compliance") / "rules.toml"

_log = logging.getLogger(__name__)

RULE_IDS: tuple[str, ...] = (
    "email",
    "phone",
    "url",
    "html",
    "messenger",
    "off_platform",
    "review_incentive",
    "review_manipulation",
    "review_change",
    "marketing",
    "unfilled",
    "emoji",
    "missing_order_id",
    "too_long",
    "thanks_only",
    "empty",
)
LANGUAGES = ("any", "en", "ko", "ru", "ar", "zh", "de", "ja", "es")
SEVERITIES = ("block", "warn")
SENTENCE_ENDS = ".!?;\n。؟"


@dataclass(frozen=True)
class Rule:
    id: str
    title: str  # a short English label ("Phone number")
    severity: str
    message: str
    patterns: Mapping[str, re.Pattern[str]]  # by language ("any" runs always)
    unless: Mapping[str, re.Pattern[str]]  # a match is dropped when one occurs in its sentence
    allowed_severity: str | None = None  # phone lines and links that are allowed in context
    allowed_message: str | None = None


@dataclass(frozen=True)
class EmailSettings:
    at: Batch  # "@" or a spelled-out at; groups "sym", "strong", "weak"
    domain: re.Pattern[str]
    spelled_dot: re.Pattern[str]
    providers: frozenset[str]


@dataclass(frozen=True)
class PhoneSettings:
    keywords: re.Pattern[str]
    tracking: re.Pattern[str]
    allowed: re.Pattern[str]
    keyword_reach: int
    context_reach: int


@dataclass(frozen=True)
class UrlSettings:
    scans: Batch  # "scheme" (http://...), "bare" (www.x.y, x.shop), "idn" (пример.рф)
    weak_tlds: frozenset[str]
    allowed: tuple[re.Pattern[str], ...]
    names: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class ThanksSettings:
    thanks: re.Pattern[str]
    greeting: re.Pattern[str]
    closing: re.Pattern[str]
    max_chars: int
    name_words: int
    signature_words: int


@dataclass(frozen=True)
class RuleBook:
    """Every rule, by id, with the parameters of the rules that are found by code."""

    rules: Mapping[str, Rule]
    scripts: Mapping[str, re.Pattern[str]]
    default_chars: int
    marketplace_chars: Mapping[str, int]
    email: EmailSettings = field(repr=False)
    phone: PhoneSettings = field(repr=False)
    url: UrlSettings = field(repr=False)
    emoji: re.Pattern[str] = field(repr=False)
    order_ids: re.Pattern[str] = field(repr=False)
    thanks: ThanksSettings = field(repr=False)
    batches: Mapping[str, Batch] = field(repr=False)  # by language; scanner names are rule ids

    def rule(self, rule_id: str) -> Rule:
        try:
            return self.rules[rule_id]
        except KeyError:
            raise InvalidInput(f"Unknown compliance rule {rule_id!r}.") from None

    def max_chars(self, marketplace: str | None) -> int:
        key = (marketplace or "").strip().lower()
        return self.marketplace_chars.get(key, self.default_chars)

    def languages_for(self, folded: str, locale: str | None) -> list[str]:
        """'any', every language whose script the text uses, and the reply's language."""
        found = ["any"] + [lang for lang, script in self.scripts.items() if script.search(folded)]
        language = (locale or "").replace("_", "-").split("-")[0].lower()
        if language in self.scripts and language not in found:
            found.append(language)
        return found


def load_rules(path: Path | str | None = None) -> RuleBook:
    """The rules from `path`, by default `resources/compliance/rules.toml` (read once).

    A mistake in the file raises InvalidInput naming the file and the key.
    """
    if path is None:
        return _default_rules()
    return _read_rules(Path(path))


@lru_cache(maxsize=1)
def _default_rules() -> RuleBook:
    return _read_rules(DEFAULT_RULES_PATH)


# ----------------------------------------------------------------------------- reading

_MACRO = re.compile(r"(?<!\(\?P)<([a-z_][a-z0-9_]*)>")
_ASCII_BOUNDARY = r"(?:(?<![a-z0-9])(?=[a-z0-9])|(?<=[a-z0-9])(?![a-z0-9]))"
_ASCII_START, _ASCII_END = r"(?<![a-z0-9])", r"(?![a-z0-9])"  # cheaper, where the side is known
_WINDOW = "[^.!?;\\n。؟]{{0,{}}}"  # up to N characters of one sentence (SENTENCE_ENDS)

_COMMON_KEYS = {"title", "severity", "message", "patterns", "unless"}
_DETECTOR_KEYS = {
    "email": {"at_words", "weak_at_words", "dot_words", "mail_providers"},
    "phone": {"keywords", "tracking", "allowed", "keyword_reach", "context_reach"},
    "url": {"tlds", "weak_tlds", "idn_tlds", "allowed", "names_not_links"},
    "emoji": {"ranges"},
    "missing_order_id": {"order_ids"},
    "too_long": {"default_chars", "marketplaces"},
    "thanks_only": {"thanks", "greeting", "closing", "max_chars", "name_words", "signature_words"},
}


class _Reader:
    """Typed access to one TOML table, with errors naming the file and the key."""

    def __init__(self, data: Mapping[str, Any], file: str, where: str = "") -> None:
        self.data, self.file, self.where = data, file, where

    def problem(self, key: str, what: str) -> InvalidInput:
        return InvalidInput(f"{self.file}: {self.where}{key} {what}.")

    def get(self, key: str, kind: type, *, required: bool = True) -> Any:
        if key not in self.data:
            if required:
                raise self.problem(key, "is missing")
            return None
        value = self.data[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise self.problem(key, f"has the wrong type ({type(value).__name__})")
        return value

    def count(self, key: str, default: int) -> int:
        value = self.get(key, int, required=False)
        if value is not None and value < 1:
            raise self.problem(key, "must be a positive number")
        return default if value is None else value

    def table(self, key: str, *, required: bool = True) -> _Reader:
        data = self.get(key, dict, required=required) or {}
        return _Reader(data, self.file, f"{self.where}{key}.")

    def words(self, key: str) -> list[str]:
        values = self.get(key, list)
        if not values or not all(isinstance(v, str) and v for v in values):
            raise self.problem(key, "must be a list of non-empty strings")
        return values

    def only(self, keys: set[str]) -> None:
        for key in self.data:
            if key not in keys:
                raise self.problem(key, f"is not a known key (known: {', '.join(sorted(keys))})")

    def regex(self, key: str, pattern: str, terms: Mapping[str, str]) -> str:
        """`pattern` with its macros expanded, checked to compile and to fit folded text."""
        bare = re.sub(r"\\.", "", pattern)
        if re.search("[A-Z]", bare):
            raise self.problem(
                key, f"pattern {pattern!r} has upper-case letters; write it in lower case"
            )
        for c in bare:
            if not c.isascii() and fold(c) != c:
                raise self.problem(
                    key, f"pattern {pattern!r} has {c!r}, which is matched as {fold(c)!r}"
                )

        def expand(match: re.Match[str]) -> str:
            name = match.group(1)
            if name == "ab":
                before, after = pattern[: match.start()], pattern[match.end() :]
                if not before or before.endswith(("(", "|", "(?:")):
                    return _ASCII_START  # a letter or digit follows
                if not after or after.startswith((")", "|")):
                    return _ASCII_END
                return _ASCII_BOUNDARY
            if re.fullmatch(r"w\d{1,3}", name):
                return _WINDOW.format(name[1:])
            if name in terms:
                return f"(?:{terms[name]})"
            raise self.problem(key, f"pattern {pattern!r} uses an unknown term <{name}>")

        expanded = _MACRO.sub(expand, pattern)
        try:
            re.compile(expanded)
        except re.error as exc:
            raise self.problem(
                key, f"pattern {pattern!r} is not a valid regular expression ({exc})"
            ) from None
        return expanded

    def by_language(self, key: str, terms: Mapping[str, Mapping[str, str]]) -> dict[str, list[str]]:
        """A table of language -> list of patterns, expanded and checked."""
        table = self.table(key, required=False)
        table.only(set(LANGUAGES))
        return {
            lang: [table.regex(lang, p, terms.get(lang, {})) for p in table.words(lang)]
            for lang in table.data
        }


def _joined(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _compiled(by_language: Mapping[str, list[str]]) -> dict[str, re.Pattern[str]]:
    return {lang: re.compile(_joined(patterns)) for lang, patterns in by_language.items()}


def _one(by_language: Mapping[str, list[str]]) -> re.Pattern[str]:
    return re.compile(_joined([p for patterns in by_language.values() for p in patterns]) or "(?!)")


def _read_rules(path: Path) -> RuleBook:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read the compliance rules ({exc.strerror}).") from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"{path.name}: not valid TOML ({exc}).") from None
    top = _Reader(data, path.name)
    top.only({"languages", "terms", "rules"})
    scripts_table = top.table("languages")
    scripts_table.only(set(LANGUAGES) - {"any"})
    scripts = {
        lang: re.compile(scripts_table.regex(lang, scripts_table.get(lang, str), {}))
        for lang in scripts_table.data
    }
    terms_table = top.table("terms", required=False)
    terms_table.only(set(LANGUAGES) - {"any"})
    terms: dict[str, dict[str, str]] = {}
    for lang in terms_table.data:
        table = terms_table.table(lang)
        terms[lang] = {k: table.regex(k, table.get(k, str), {}) for k in table.data}
    rules_table = top.table("rules")
    for rule_id in RULE_IDS:
        rules_table.get(rule_id, dict)
    rules_table.only(set(RULE_IDS))
    rules, tables, scanners = {}, {}, []
    for rule_id in RULE_IDS:
        table = tables[rule_id] = rules_table.table(rule_id)
        table.only(_COMMON_KEYS | _DETECTOR_KEYS.get(rule_id, set()))
        allowed = table.table("allowed", required=False) if rule_id in ("phone", "url") else None
        if allowed is not None:
            allowed.only({"severity", "message", "patterns", "domains"})
        patterns = table.by_language("patterns", terms)
        scanners += [(rule_id, lang, Scanner(entries)) for lang, entries in patterns.items()]
        rules[rule_id] = Rule(
            id=rule_id,
            title=table.get("title", str),
            severity=_severity(table),
            message=table.get("message", str),
            patterns=MappingProxyType(_compiled(patterns)),
            unless=MappingProxyType(_compiled(table.by_language("unless", terms))),
            allowed_severity=_severity(allowed) if allowed else None,
            allowed_message=allowed.get("message", str) if allowed else None,
        )
    too_long, missing, url = tables["too_long"], tables["missing_order_id"], tables["url"]
    idn = "|".join(url.regex("idn_tlds", t, {}) for t in url.words("idn_tlds"))
    marketplaces = too_long.table("marketplaces", required=False)
    order_ids = [missing.regex("order_ids", p, {}) for p in missing.words("order_ids")]
    book = RuleBook(
        rules=MappingProxyType(rules),
        scripts=MappingProxyType(scripts),
        default_chars=too_long.count("default_chars", 2000),
        marketplace_chars=MappingProxyType(
            {code.lower(): marketplaces.count(code, 1) for code in marketplaces.data}
        ),
        email=_email_settings(tables["email"], idn),
        phone=_phone_settings(tables["phone"], terms),
        url=_url_settings(url, idn),
        emoji=_emoji_settings(tables["emoji"]),
        order_ids=re.compile(_joined(order_ids)),
        thanks=_thanks_settings(tables["thanks_only"], terms),
        batches=MappingProxyType(
            {
                lang: Batch(
                    [(rule_id, s) for rule_id, s_lang, s in scanners if s_lang == lang],
                    _samples(),
                )
                for lang in LANGUAGES
            }
        ),
    )
    _report_plain_batches(book)
    return book


@lru_cache(maxsize=1)
def _samples() -> tuple[str, ...]:
    """The sample replies, folded as the scanners see a reply."""
    return tuple(fold(text) for text in SAMPLE_REPLIES)


def _report_plain_batches(book: RuleBook) -> None:
    """One warning per load (the default book loads once) naming the batches that run
    plain `re`: slower; nothing is missed."""
    batches = {f"patterns ({lang})": batch for lang, batch in book.batches.items()}
    batches |= {"e-mail at": book.email.at, "links": book.url.scans}
    problems = [f"{name}: {batch.problem}" for name, batch in batches.items() if batch.problem]
    if problems:
        _log.warning(
            "The compliance check runs without its fast scanner on this Python "
            "(slower; nothing is missed): %s",
            "; ".join(problems),
        )


def _severity(table: _Reader) -> str:
    severity = table.get("severity", str)
    if severity not in SEVERITIES:
        raise table.problem("severity", f"must be one of {', '.join(SEVERITIES)}, not {severity!r}")
    return severity


# ----------------------------------------------------------------------------- detectors' settings


def _word_forms(words: list[str]) -> tuple[str, str, str]:
    """An "at"/"dot" word list as alternatives: in brackets, between spaces, glued.

    Only words of unspaced scripts may be glued to the address ("qq点com").
    """
    alternation = "|".join(words) or "(?!)"
    glued = "|".join(w for w in words if CJK_RUN.fullmatch(w)) or "(?!)"
    return (
        rf"\s{{0,3}}[(\[{{<]\s{{0,3}}(?:{alternation})\s{{0,3}}[)\]}}>]\s{{0,3}}",
        rf"\s{{1,3}}(?:{alternation})\s{{1,3}}",
        glued,
    )


def _email_settings(table: _Reader, idn_tlds: str) -> EmailSettings:
    def words(key: str) -> list[str]:
        return [table.regex(key, w, {}) for w in table.words(key)]

    strong, weak, dots = words("at_words"), words("weak_at_words"), words("dot_words")
    brackets, _, _ = _word_forms(strong + weak)
    _, strong_spaced, strong_glued = _word_forms(strong)
    weak_spaced = rf"\s{{0,2}} (?:{'|'.join(weak)}) \s{{0,2}}"  # " at ": common, so spaces
    dot_brackets, dot_spaced, dot_glued = _word_forms(dots)
    label = rf"(?:(?!{dot_glued})[\w-]){{1,63}}"
    spelled_dot = (
        rf"{dot_brackets}|\s{{0,3}}[(\[{{<]\s{{0,3}}\.\s{{0,3}}[)\]}}>]\s{{0,3}}|{dot_spaced}"
        rf"|\s{{0,3}}(?:{dot_glued})\s{{0,3}}"
    )
    at = rf"(?P<sym>@)|(?P<strong>{brackets}|{strong_spaced}|\s{{0,3}}(?:{strong_glued})\s{{0,3}})"
    return EmailSettings(
        at=Batch([("at", Scanner([rf"{at}|(?P<weak>{weak_spaced})"]))], _samples()),
        domain=re.compile(
            rf"(?:{label}(?:\.|。|{spelled_dot})){{1,4}}"
            rf"(?:[a-z]{{2,24}}(?![a-z0-9-])|(?:{idn_tlds})(?![\w-]))"
        ),
        spelled_dot=re.compile(spelled_dot),
        providers=frozenset(table.words("mail_providers")),
    )


def _phone_settings(table: _Reader, terms: Mapping[str, Mapping[str, str]]) -> PhoneSettings:
    return PhoneSettings(
        keywords=_one(table.by_language("keywords", terms)),
        tracking=_one(table.by_language("tracking", terms)),
        allowed=_one(table.table("allowed").by_language("patterns", terms)),
        keyword_reach=table.count("keyword_reach", 50),
        context_reach=table.count("context_reach", 150),
    )


_URL_PATH = r"(?P<path>(?::\d{1,5})?[/?#][\w\-.~:/?#\[\]@!$&'()*+,;=%]{0,500})?"
_URL_SCHEME = (
    r"(?<![a-z])(?:https?|ftps?)://(?:www\d{0,3}\.)?(?P<host>[\w-]{1,63}(?:\.[\w-]{1,63}){0,8})"
)
_URL_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"


def _url_settings(table: _Reader, idn: str) -> UrlSettings:
    tlds = "|".join(sorted(map(re.escape, table.words("tlds"))))
    bare = (
        rf"(?:(?P<www>(?<![\w.-])www\d{{0,3}}\.)|(?<![a-z0-9@._-]))"
        rf"(?P<host>(?:{_URL_LABEL}\.){{0,7}}{_URL_LABEL}\.(?:{tlds}))(?![a-z0-9-]){_URL_PATH}"
    )
    idn_domain = rf"(?<![\w.@-])(?P<host>(?:[\w-]{{1,63}}\.){{1,4}}(?:{idn}))(?![\w-])(?P<path>)"
    scans = [
        ("scheme", Scanner([_URL_SCHEME + _URL_PATH])),
        ("bare", Scanner([bare])),
        ("idn", Scanner([idn_domain])),
    ]
    return UrlSettings(
        scans=Batch(scans, _samples()),
        weak_tlds=frozenset(table.words("weak_tlds")),
        allowed=_domains(table.table("allowed"), "domains"),
        names=_domains(table, "names_not_links"),
    )


def _domains(table: _Reader, key: str) -> tuple[re.Pattern[str], ...]:
    """Matchers of hosts: "amazon.*" is amazon under any country suffix (amazon.de,
    amazon.co.jp, amazon.com.sa, smile.amazon.com), never amazon.evil.com."""
    matchers = []
    for entry in table.words(key):
        if not re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:\.\*)?", entry):
            raise table.problem(
                key, f"entry {entry!r} is not a domain like 'ups.com' or 'amazon.*'"
            )
        name = re.escape(entry.removesuffix(".*"))
        country = (
            r"\.(?:(?:com|co|org|net|ne|or|gov|ac)\.)?[a-z]{2,3}" if entry.endswith("*") else ""
        )
        matchers.append(re.compile(rf"(?:.+\.)?{name}{country}"))
    return tuple(matchers)


def _emoji_settings(table: _Reader) -> re.Pattern[str]:
    parts = []
    for entry in table.words("ranges"):
        bounds = entry.split("-")
        if len(bounds) > 2 or not all(re.fullmatch(r"[0-9A-Fa-f]{2,6}", b) for b in bounds):
            raise table.problem("ranges", f"entry {entry!r} is not a hex code point or range")
        parts.append("-".join(re.escape(chr(int(b, 16))) for b in bounds))
    return re.compile("[" + "".join(parts) + "]+")


def _thanks_settings(table: _Reader, terms: Mapping[str, Mapping[str, str]]) -> ThanksSettings:
    return ThanksSettings(
        thanks=_one(table.by_language("thanks", terms)),
        greeting=_one(table.by_language("greeting", terms)),
        closing=_one(table.by_language("closing", terms)),
        max_chars=table.count("max_chars", 400),
        name_words=table.count("name_words", 2),
        signature_words=table.count("signature_words", 5),
    )
