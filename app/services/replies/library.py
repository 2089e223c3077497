"""The templates on offer: the library's, with the shop's own replacing them by key.

Library templates ship in `resources/replies/`; the shop's are rows of the
profile's database, written with operations (`shop`). A broken template is
reported, never fatal.
"""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from app.models.db import connect_read_only, storage_error_from
from app.paths import resource_folder
from app.services.core.errors import InvalidInput
from app.services.core.profile import DB_NAME, Profile
from app.services.replies.model import Template, TemplateProblem
from app.services.replies.shop import SHOP_FOLDER, live_shop_templates, parse_stored
from app.services.replies.templates import label, parse_template

LIBRARY_FOLDER = resource_folder("replies")


@dataclass(frozen=True)
class ReplyLibrary:
    """The templates on offer (library and shop merged) and the files that could not load."""

    templates: tuple[Template, ...]
    problems: tuple[TemplateProblem, ...]

    def get(self, key: str) -> Template:
        for template in self.templates:
            if template.key == key:
                return template
        raise InvalidInput(f"There is no reply template called {key!r}.")

    def suggest(self, reason: str | None, status: str | None) -> list[Template]:
        """Templates that fit a case: for its reason (most specific first), then for any reason.

        Templates limited to other statuses are left out. Without a reason every
        template is offered, those for any reason first.
        """
        fitting = [t for t in self.templates if _fits_status(t, status)]
        general = [t for t in fitting if not t.reasons]
        if reason is None:
            return general + [t for t in fitting if t.reasons]
        exact = sorted((t for t in fitting if reason in t.reasons), key=lambda t: len(t.reasons))
        return exact + general

    def search(self, text: str, locale: str | None) -> list[Template]:
        """Templates whose key, names or texts contain `text`, ignoring case and width.

        A match in the key or in the name shown to the reader of `locale` ranks
        first, then one in any name or subject, then one in a body.
        """
        needle = _folded(text)
        if not needle:
            return list(self.templates)
        ranked: list[tuple[int, Template]] = []
        for template in self.templates:
            variants = template.variants.values()
            shown = template.name_for(locale or "en")
            if needle in _folded(template.key) or needle in _folded(shown):
                ranked.append((0, template))
            elif any(needle in _folded(v.name + "\n" + v.subject) for v in variants):
                ranked.append((1, template))
            elif any(needle in _folded(v.body) for v in variants):
                ranked.append((2, template))
        return [template for _, template in sorted(ranked, key=lambda pair: pair[0])]


def _fits_status(template: Template, status: str | None) -> bool:
    return not status or not template.statuses or status in template.statuses


def _folded(text: str) -> str:
    """Case- and width-insensitive form ("ＡＢＣ" finds "abc"), the same for any script."""
    return unicodedata.normalize("NFKC", text).casefold()


def load_library(profile: Profile | Path | None = None) -> ReplyLibrary:
    """The library templates, with the shop's own (rows of the profile) replacing them by key.

    `profile` is an open profile, or a profile's folder (read without opening it: its
    database is current while some `Profile` has it open). Template files an older
    version left in `<profile>/replies/` and not imported yet (the profile was only opened
    to read) are offered too, under the shop's rows. A broken template is listed in
    `problems` and never stops the others loading.
    """
    found: dict[str, Template] = {}
    problems: list[TemplateProblem] = []
    _load_folder(LIBRARY_FOLDER, "library", found, problems)
    if profile is not None:
        root = Path(profile) if isinstance(profile, str | os.PathLike) else profile.root
        _load_folder(root / SHOP_FOLDER, "shop", found, problems)
        for key, text in _shop_rows(profile):
            try:
                found[key] = parse_stored(key, text)
            except TemplateProblem as problem:
                problems.append(problem)
    return ReplyLibrary(tuple(found[key] for key in sorted(found)), tuple(problems))


def _load_folder(
    folder: Path, source: str, found: dict[str, Template], problems: list[TemplateProblem]
) -> None:
    for path in sorted(folder.glob("*.toml")):
        try:
            text = path.read_text(encoding="utf-8")
            template = parse_template(text, path=path, source=source)
        except TemplateProblem as problem:
            problems.append(problem)
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(TemplateProblem(label(path, source), [f"cannot be read: {exc}"]))
        else:
            found[template.key] = template


def _shop_rows(profile: Profile | Path) -> list[tuple[str, str]]:
    """(key, text) of the shop's live templates."""
    if not isinstance(profile, str | os.PathLike):
        with profile.read() as session:
            return live_shop_templates(session)
    path = Path(profile) / DB_NAME
    if not path.is_file():
        return []
    try:
        connection = connect_read_only(path)
        try:
            return [
                (str(key), str(text))
                for key, text in connection.execute(
                    "SELECT key, source FROM reply_templates WHERE deleted_at IS NULL ORDER BY key"
                )
            ]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        if "no such table" in str(exc):
            return []  # a profile of schema 0005 or older: its templates are still files
        raise storage_error_from(exc, path) or exc from exc
