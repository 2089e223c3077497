"""Phrase pools for generated demo cases, read from phrases_data/*.toml (see its README.md).

Buyers write about soft rubber belts, straps and tapes: sizes, defects, parcels,
refunds. Texts are short templates with `{product}`, `{size}`, `{order}` and
`{name}` slots so that search across languages finds real words. Names are
common given names and family names combined at random: nobody real is meant.

The files are read once, on import (the generator needs them all); a mistake
is a `PhraseFileError` naming the file and the field. Lists keep their order,
so a seed generates the same cases as before the pools became data files.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.demo.phrases_base import LanguagePack
from app.errors import UserError

PHRASES_FOLDER = Path(__file__).parent / "phrases_data"


class PhraseFileError(UserError):
    """A phrase file that cannot be used; the message names the file and the field."""

    def __init__(self, path: Path, field: str | None, problem: str) -> None:
        self.path, self.field, self.problem = path, field, problem
        where = f"demo phrase file {path.name}"
        super().__init__(f"In {where}, '{field}' {problem}" if field else f"The {where} {problem}")


def _load(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise PhraseFileError(path, None, f"is not valid TOML: {exc}") from None
    except OSError as exc:
        raise PhraseFileError(path, None, f"cannot be read: {exc.strerror or exc}") from None


def _texts(path: Path, data: dict, field: str, *, required: bool = True) -> tuple[str, ...]:
    """A non-empty list of texts at `field` (dotted: "issues.wrong_size")."""
    value: object = data
    for part in field.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None and not required:
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise PhraseFileError(path, field, 'must be a list of one or more texts, like ["..."]')
    return tuple(value)


def _table(path: Path, data: dict, field: str, keys: tuple[str, ...]) -> dict[str, object]:
    table = data.get(field)
    if not isinstance(table, dict):
        raise PhraseFileError(path, field, "must be a table")
    missing = [key for key in keys if key not in table]
    if missing:
        raise PhraseFileError(path, f"{field}.{missing[0]}", "is missing")
    return table


def _shared(path: Path) -> dict:
    data = _load(path)
    groups = _table(path, data, "reply_groups", ())
    if not groups or not all(isinstance(g, str) for g in groups.values()):
        raise PhraseFileError(path, "reply_groups", "must map each reason to a reply group")
    weights = _table(path, data, "languages", ())
    for code, weight in weights.items():
        if not isinstance(weight, int) or isinstance(weight, bool) or weight < 1:
            raise PhraseFileError(path, f"languages.{code}", "must be a whole number above 0")
    reasons = _table(path, data, "escalation_reasons", ("repeat", "a_to_z", "safety", "value"))
    if not all(isinstance(text, str) for text in reasons.values()):
        raise PhraseFileError(path, "escalation_reasons", "must map each key to a text")
    product_keys = _texts(path, data, "product_keys")
    catalogue = []
    rows = data.get("catalogue")
    if not isinstance(rows, list) or not rows:
        raise PhraseFileError(path, "catalogue", "must be one or more [[catalogue]] tables")
    fields = ("sku", "title", "category", "price_usd", "product", "size")
    for n, row in enumerate(rows, 1):
        where = f"catalogue[{n}]"
        if not isinstance(row, dict) or set(row) != set(fields):
            raise PhraseFileError(path, where, f"must have exactly: {', '.join(fields)}")
        if not all(isinstance(row[f], str) for f in fields):
            raise PhraseFileError(path, where, "must hold texts in quotes")
        if row["product"] not in product_keys:
            raise PhraseFileError(path, f"{where}.product", f"must be one of {product_keys}")
        try:
            Decimal(row["price_usd"])
        except InvalidOperation:
            raise PhraseFileError(path, f"{where}.price_usd", 'must be like "18.99"') from None
        catalogue.append(tuple(row[f] for f in fields))
    return {
        "reply_groups": dict(groups),
        "weights": dict(weights),
        "escalation_reasons": dict(reasons),
        "notes": _texts(path, data, "notes"),
        "product_keys": product_keys,
        "other_sizes": _texts(path, data, "other_sizes"),
        "catalogue": tuple(catalogue),
    }


def _language(path: Path, shared: dict) -> LanguagePack:
    data = _load(path)
    code = data.get("code")
    if code != path.stem:
        raise PhraseFileError(path, "code", f"must be {path.stem!r}, the file's name")
    if not isinstance(data.get("family_first"), bool):
        raise PhraseFileError(path, "family_first", "must be true or false")
    locales = []
    for n, row in enumerate(data.get("locales") or [None], 1):
        if not isinstance(row, dict) or not isinstance(row.get("locale"), str):
            raise PhraseFileError(path, f"locales[{n}].locale", "must be a locale like ko-KR")
        locales.append((row["locale"], _texts(path, row, "marketplaces")))
    reasons = tuple(shared["reply_groups"])
    groups = tuple(dict.fromkeys(shared["reply_groups"].values()))
    products = _table(path, data, "products", shared["product_keys"])
    if not all(isinstance(word, str) for word in products.values()):
        raise PhraseFileError(path, "products", "must map each product key to a word")
    _table(path, data, "subjects", reasons)
    _table(path, data, "issues", reasons)
    _table(path, data, "replies", groups)
    return LanguagePack(
        code=code,
        locales=tuple(locales),
        given=_texts(path, data, "given"),
        family=_texts(path, data, "family"),
        aliases=_texts(path, data, "aliases"),
        family_first=data["family_first"],
        products=dict(products),
        subjects={r: _texts(path, data, f"subjects.{r}") for r in reasons},
        issues={r: _texts(path, data, f"issues.{r}") for r in reasons},
        followups=_texts(path, data, "followups"),
        thanks=_texts(path, data, "thanks"),
        replies={g: _texts(path, data, f"replies.{g}") for g in groups},
        greetings=_texts(path, data, "greetings", required=False),
    )


def read_phrase_folder(folder: Path = PHRASES_FOLDER) -> tuple[dict, tuple[LanguagePack, ...]]:
    """shared.toml (as a dict) and the language files it lists, in its order."""
    shared_path = folder / "shared.toml"
    shared = _shared(shared_path)
    packs = []
    for code in shared["weights"]:
        path = folder / f"{code}.toml"
        if not path.is_file():
            raise PhraseFileError(shared_path, f"languages.{code}", f"has no file {path.name}")
        packs.append(_language(path, shared))
    return shared, tuple(packs)


_SHARED, LANGUAGES = read_phrase_folder()

# Reason -> which kind of reply an agent sends.
REPLY_GROUP: dict[str, str] = _SHARED["reply_groups"]
REASONS: tuple[str, ...] = tuple(REPLY_GROUP)
PRODUCT_KEYS: tuple[str, ...] = _SHARED["product_keys"]
# How often each language turns up, roughly as a small shop selling worldwide sees it.
LANGUAGE_WEIGHTS: tuple[int, ...] = tuple(_SHARED["weights"].values())
NOTES: tuple[str, ...] = _SHARED["notes"]
ESCALATION_REASONS: dict[str, str] = _SHARED["escalation_reasons"]
# SKU, title, category, price in USD, product key, listed size.
CATALOGUE: tuple[tuple[str, str, str, str, str, str], ...] = _SHARED["catalogue"]
OTHER_SIZES: tuple[str, ...] = _SHARED["other_sizes"]

__all__ = [
    "CATALOGUE",
    "ESCALATION_REASONS",
    "LANGUAGES",
    "LANGUAGE_WEIGHTS",
    "NOTES",
    "OTHER_SIZES",
    "PRODUCT_KEYS",
    "REASONS",
    "REPLY_GROUP",
    "LanguagePack",
    "PhraseFileError",
    "read_phrase_folder",
]
