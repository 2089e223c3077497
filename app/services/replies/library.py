"""The templates on offer: the library's, with the shop's own replacing them by key.

Library templates ship in `resources/replies/`; the shop's live in the
profile's `replies/` folder, written atomically so a crash never leaves half
a file. A broken file is reported, never fatal.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from app.models.db import storage_error_from
from app.paths import resource_folder
from app.services.core.durable import replacing
from app.services.core.errors import InvalidInput, StorageError
from app.services.replies.model import Template, TemplateProblem
from app.services.replies.templates import KEY, label, parse_template

LIBRARY_FOLDER = resource_folder("replies")
SHOP_FOLDER = "replies"  # inside the profile


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


def load_library(profile_root: Path | None = None) -> ReplyLibrary:
    """The library templates, with the shop's own (in `<profile>/replies/`) replacing them.

    A broken file is listed in `problems` and never stops the others loading.
    """
    found: dict[str, Template] = {}
    problems: list[TemplateProblem] = []
    folders = [(LIBRARY_FOLDER, "library")]
    if profile_root is not None:
        folders.append((Path(profile_root) / SHOP_FOLDER, "shop"))
    for folder, source in folders:
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
    return ReplyLibrary(tuple(found[key] for key in sorted(found)), tuple(problems))


def save_shop_template(profile_root: Path, template_text: str) -> Template:
    """Check a template and store it as the shop's own; nothing is written if it has a problem.

    The text is stored as given, comments and all.
    """
    template = parse_template(template_text, path=None, source="shop")
    folder = Path(profile_root) / SHOP_FOLDER
    target = folder / f"{template.key}.toml"
    data = template_text if template_text.endswith("\n") else template_text + "\n"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_error_from(exc, target) or StorageError(
            f"Could not save the reply template {target}: {exc.strerror or exc}"
        ) from exc
    with replacing(target) as out:
        out.write(data.encode("utf-8"))
    return dataclasses.replace(template, path=target)


def delete_shop_template(profile_root: Path, key: str) -> None:
    """Remove the shop's own template; a library template with that key shows again."""
    if not KEY.fullmatch(key or ""):
        raise InvalidInput(f"{key!r} is not a reply template key.")
    target = Path(profile_root) / SHOP_FOLDER / f"{key}.toml"
    try:
        target.unlink()
    except FileNotFoundError:
        raise InvalidInput(f"The shop has no reply template called {key!r}.") from None
    except OSError as exc:
        raise storage_error_from(exc, target) or StorageError(
            f"Could not delete the reply template {target}: {exc.strerror or exc}"
        ) from exc
