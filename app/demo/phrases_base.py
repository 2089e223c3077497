"""The shape of one language's phrase pool for the generated demo cases."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class LanguagePack:
    code: str
    locales: tuple[tuple[str, tuple[str, ...]], ...]  # (locale, marketplaces it buys on)
    given: tuple[str, ...]
    family: tuple[str, ...]
    aliases: tuple[str, ...]
    family_first: bool
    products: dict[str, str]
    subjects: dict[str, tuple[str, ...]]
    issues: dict[str, tuple[str, ...]]
    followups: tuple[str, ...]
    thanks: tuple[str, ...]
    replies: dict[str, tuple[str, ...]]
    greetings: tuple[str, ...] = field(default=())
