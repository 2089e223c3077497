"""Canned replies: templates with one variant per language, filled from a case.

Templates live in `resources/replies/<key>.toml` (the library) and in the
profile's database (the shop's own, replacing a library template with the
same key; written with operations, deleted by a tombstone: see `shop`).
Texts use a small subset of ICU MessageFormat (`message`): `{name}`
placeholders and `{days_left, plural, one {# day} other {# days}}` with CLDR
plural categories from babel. A reply is written in the buyer's language
when a variant exists, otherwise along a visible fallback chain (ko_KR -> ko
-> en), and dates, money and numbers are formatted the way that language
writes them.

A user's template never crashes the app: every problem becomes a
`TemplateProblem` naming the template, the language and what is wrong.
"""

from __future__ import annotations

from app.services.replies.facts import facts_for_case
from app.services.replies.library import LIBRARY_FOLDER, ReplyLibrary, load_library
from app.services.replies.model import (
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
    sample_facts,
)
from app.services.replies.shop import (
    TemplateImport,
    TemplateWrite,
    delete_shop_template,
    import_template_files,
    restore_shop_template,
    save_shop_template,
)
from app.services.replies.templates import (
    parse_template,
    render,
    template_to_toml,
    validate_template,
)

__all__ = [
    "LIBRARY_FOLDER",
    "LIBRARY_LOCALES",
    "MAX_BODY",
    "PLACEHOLDERS",
    "PLURAL_CATEGORIES",
    "Rendered",
    "ReplyFacts",
    "ReplyLibrary",
    "Template",
    "TemplateImport",
    "TemplateProblem",
    "TemplateWrite",
    "Variant",
    "delete_shop_template",
    "facts_for_case",
    "fallback_chain",
    "import_template_files",
    "load_library",
    "parse_template",
    "render",
    "restore_shop_template",
    "sample_facts",
    "save_shop_template",
    "template_to_toml",
    "validate_template",
]
