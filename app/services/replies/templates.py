"""Reading, checking, writing and filling one reply template.

`parse_template` turns a file's text into a `Template` and refuses anything
`validate_template` finds wrong, so a template that loads always renders.
`render` fills a template for a reader along the fallback chain, formatting
dates, money and numbers the way the reply's language writes them.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from app.models.enums import CaseReason, CaseStatus
from app.services.replies.message import (
    MessageSyntaxError,
    Plural,
    fill,
    names_in,
    parse_message,
    plurals_in,
    position,
)
from app.services.replies.model import (
    COUNTED,
    LIBRARY_LOCALES,
    MAX_BODY,
    PLACEHOLDERS,
    PLURAL_CATEGORIES,
    Rendered,
    ReplyFacts,
    Template,
    TemplateProblem,
    Variant,
    fallback_chain,
    language_name,
    parse_locale,
    plural_categories,
    sample_facts,
)

KEY = re.compile(r"[a-z][a-z0-9_]{0,63}")
_TOP_FIELDS = {"key", "reasons", "statuses", "placeholders", "variants"}
_VARIANT_FIELDS = ("name", "subject", "body")


def label(path: Path | None, source: str) -> str:
    """How problems name a template file."""
    kind = "Shop reply template" if source == "shop" else "Reply template"
    return f"{kind} {path.name}" if path else kind


# --- reading -----------------------------------------------------------------


def parse_template(text: str, *, path: Path | None, source: str) -> Template:
    """Read one template file's text; any problem at all raises `TemplateProblem`.

    `path`, when given, is where the text came from: its stem must be the key.
    """
    where = label(path, source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateProblem(where, [f"this is not valid TOML: {exc}"]) from None
    problems = [
        f"unknown field {extra!r}; use {', '.join(sorted(_TOP_FIELDS))}"
        for extra in sorted(set(data) - _TOP_FIELDS)
    ]
    key = data.get("key")
    if not isinstance(key, str) or not KEY.fullmatch(key):
        problems.append("'key' must be lowercase letters, digits and _, like \"refund_issued\"")
        key = ""
    elif path is not None and path.stem != key:
        problems.append(f"the key {key!r} must match the file name; name the file {key}.toml")
    reasons = _string_list(data, "reasons", [r.value for r in CaseReason], problems)
    statuses = _string_list(data, "statuses", [s.value for s in CaseStatus], problems)
    placeholders = _string_list(data, "placeholders", None, problems)
    variants = _read_variants(data.get("variants"), problems)
    if problems:
        raise TemplateProblem(where, problems)
    template = Template(key, reasons, statuses, placeholders, variants, source, path)
    problems = validate_template(template)
    if problems:
        raise TemplateProblem(where, problems)
    return template


def _string_list(
    data: dict, field: str, known: list[str] | None, problems: list[str]
) -> tuple[str, ...]:
    """A list of strings (empty when left out), each one of `known` when that is given."""
    value = data.get(field, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        problems.append(f"'{field}' must be a list of words in quotes, like [\"defective\"]")
        return ()
    for item in value:
        if known is not None and item not in known:
            problems.append(f"unknown value {item!r} in '{field}'; use {', '.join(known)}")
    return tuple(value)


def _read_variants(tables: object, problems: list[str]) -> dict[str, Variant]:
    if not isinstance(tables, dict) or not tables:
        problems.append("there are no [variants.<language>] tables")
        return {}
    variants: dict[str, Variant] = {}
    for locale_key, table in tables.items():
        parsed = parse_locale(locale_key)
        if parsed is None:
            problems.append(f"[variants.{locale_key}] is not a language code such as en or zh_TW")
            continue
        locale = str(parsed)  # zh_TW and zh-TW are both zh_Hant_TW, as in fallback_chain
        if locale in variants:
            problems.append(f"variant {locale} is given twice")
        if not isinstance(table, dict):
            problems.append(f"variant {locale} must be a table with name, subject and body")
            continue
        for extra in sorted(set(table) - set(_VARIANT_FIELDS)):
            problems.append(f"variant {locale} has an unknown field {extra!r}")
        fields = {field: table.get(field) for field in _VARIANT_FIELDS}
        for field, value in fields.items():
            if not isinstance(value, str) or not value.strip():
                problems.append(f"variant {locale} has no {field}")
                fields[field] = ""
        variants[locale] = Variant(locale, fields["name"], fields["subject"], fields["body"])
    return variants


# --- checking ----------------------------------------------------------------


def validate_template(t: Template) -> list[str]:
    """Every problem with a template's texts, one sentence each; empty when it is fine.

    Each variant is also filled with `sample_facts()`, which catches a body too
    long for the marketplace.
    """
    problems: list[str] = []
    for name in t.placeholders:
        if name not in PLACEHOLDERS:
            problems.append(
                f"unknown placeholder {{{name}}} in 'placeholders'; use {', '.join(PLACEHOLDERS)}"
            )
    if len(set(t.placeholders)) != len(t.placeholders):
        problems.append("'placeholders' names a placeholder twice")
    # English ends every fallback chain; the library speaks all its languages.
    for locale in LIBRARY_LOCALES if t.source == "library" else ("en",):
        if locale not in t.variants:
            problems.append(f"there is no [variants.{locale}] ({language_name(locale)})")
    for variant in t.variants.values():
        problems.extend(_variant_problems(t, variant))
    return problems


def _variant_problems(t: Template, variant: Variant) -> list[str]:
    problems: list[str] = []
    used: list[str] = []
    for field in ("subject", "body"):
        text = getattr(variant, field)
        try:
            nodes = parse_message(text)
        except MessageSyntaxError as exc:
            problems.append(f"variant {variant.locale}, {field} {position(text, exc.pos)}: {exc}")
            continue
        used.extend(names_in(nodes))
        for plural in plurals_in(nodes):
            problems.extend(_plural_problems(variant, field, plural))
    for name in dict.fromkeys(used):
        if name not in PLACEHOLDERS:
            problems.append(
                f"variant {variant.locale} uses an unknown placeholder {{{name}}}; "
                f"use {', '.join(PLACEHOLDERS)}"
            )
        elif name not in t.placeholders:
            problems.append(
                f"variant {variant.locale} uses {{{name}}}, which is not in 'placeholders'"
            )
    for name in t.placeholders:
        if name not in used:
            problems.append(f"variant {variant.locale} does not use {{{name}}}")
    if not problems:
        body = _fill_variant(variant, sample_facts(), variant.locale)[1]
        if len(body) > MAX_BODY:
            problems.append(
                f"variant {variant.locale}: the body is {len(body)} characters with sample facts;"
                f" the marketplace allows {MAX_BODY}"
            )
    return problems


def _plural_problems(variant: Variant, field: str, plural: Plural) -> list[str]:
    where = f"variant {variant.locale}, {field}"
    if plural.name != COUNTED:
        return [f"{where}: only {{{COUNTED}}} is a number that a plural can count"]
    needed, allowed = plural_categories(variant.locale)
    given = {selector for selector, _ in plural.forms}
    language = language_name(variant.locale)
    forms = ", ".join(c for c in PLURAL_CATEGORIES if c in needed)
    return [
        f"{where}: the plural lacks the {category!r} form {language} needs ({forms})"
        for category in PLURAL_CATEGORIES
        if category in needed and category not in given
    ] + [
        f"{where}: {language} has no {category!r} plural form (it uses {forms})"
        for category in PLURAL_CATEGORIES
        if category in given and category not in allowed
    ]


# --- filling -----------------------------------------------------------------


def render(template: Template, facts: ReplyFacts, locale: str) -> Rendered:
    """The reply for a reader of `locale`, in the first variant along the fallback chain.

    Values are formatted for the variant's language; when the reader's locale is
    a regional form of it (en_GB for en), the regional conventions are used.
    """
    chain = fallback_chain(locale)
    variant = next((template.variants[c] for c in chain if c in template.variants), None)
    where = label(template.path, template.source)
    if variant is None:
        raise TemplateProblem(where, ["there is no English variant to fall back on"])
    reader = parse_locale(locale or "")
    same_language = reader is not None and reader.language == variant.locale.split("_")[0]
    try:
        subject, body, missing = _fill_variant(
            variant, facts, str(reader) if same_language else variant.locale
        )
    except MessageSyntaxError as exc:  # only a template built without parse_template
        raise TemplateProblem(where, [f"variant {variant.locale}: {exc}"]) from None
    return Rendered(
        key=template.key,
        subject=subject,
        body=body,
        locale=variant.locale,
        requested=locale,
        chain=tuple(chain),
        fell_back=not same_language,
        missing=missing,
    )


def _fill_variant(
    variant: Variant, facts: ReplyFacts, locale: str
) -> tuple[str, str, tuple[str, ...]]:
    values = _formatted(facts, locale)
    missing: list[str] = []
    subject = fill(parse_message(variant.subject), values, facts.days_left, locale, missing)
    body = fill(parse_message(variant.body), values, facts.days_left, locale, missing)
    return subject, body, tuple(dict.fromkeys(missing))


def _formatted(facts: ReplyFacts, locale: str) -> dict[str, str | None]:
    """Every placeholder's text for `locale`; None (or empty) means the fact is missing."""
    texts = ("buyer_name", "order_id", "marketplace", "item_title", "carrier", "tracking_number")
    values = {name: getattr(facts, name) for name in (*texts, "agent_name")}
    for name in ("return_deadline", "delivery_date"):
        day = getattr(facts, name)
        values[name] = format_date(day, "long", locale=locale) if day else None
    values["refund_amount"] = (
        format_currency(facts.refund_amount, facts.currency, locale=locale)
        if facts.refund_amount is not None and facts.currency
        else None
    )
    if facts.days_left is not None:
        values["days_left"] = format_decimal(facts.days_left, locale=locale)
    if Locale.parse(locale).character_order == "right-to-left":
        # In Arabic text "113-4829173-5520931" would show as 5520931-4829173-113: the
        # ids, names and titles keep their own direction inside isolates (Unicode 6.3+).
        for name in ("order_id", "tracking_number", "item_title", "carrier", "buyer_name"):
            if values.get(name):
                values[name] = f"\u2068{values[name]}\u2069"
    return {name: value or None for name, value in values.items()}


# --- writing -----------------------------------------------------------------


def template_to_toml(t: Template) -> str:
    """The template as a file `parse_template` reads back to an equal template."""
    lines = [
        f"key = {_basic(t.key)}",
        f"reasons = {_array(t.reasons)}",
        f"statuses = {_array(t.statuses)}",
        f"placeholders = {_array(t.placeholders)}",
    ]
    order = [loc for loc in LIBRARY_LOCALES if loc in t.variants]
    order += sorted(loc for loc in t.variants if loc not in LIBRARY_LOCALES)
    for locale in order:
        variant = t.variants[locale]
        lines += [
            "",
            f"[variants.{locale}]",
            f"name = {_basic(variant.name)}",
            f"subject = {_basic(variant.subject)}",
            f"body = {_multiline(variant.body)}",
        ]
    return "\n".join(lines) + "\n"


def _escape(text: str, *, multiline: bool) -> str:
    """Backslashes and control characters as TOML escapes; newlines and tabs kept if allowed."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch in "\n\t" and multiline:
            out.append(ch)
        elif ch in "\n\r\t":
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return "".join(out)


def _basic(text: str) -> str:
    return '"' + _escape(text, multiline=False).replace('"', '\\"') + '"'


def _multiline(text: str) -> str:
    """A multi-line basic string; quotes are escaped only where they could end it."""
    escaped = _escape(text, multiline=True)
    escaped = re.sub(r'"{3,}|"+$', lambda m: '\\"' * len(m.group()), escaped)
    return '"""\n' + escaped + '"""'


def _array(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(_basic(v) for v in values) + "]"
