"""The shop's own reply templates: rows of `reply_templates`, written with operations.

Saving, deleting and restoring go through `Profile.write()` and append an
operation each (entity "reply_template"), so the history shows them and sync
carries them like any other shop data. A delete is a tombstone (`deleted_at`):
the library's template of the same key shows again, and `restore` brings the
shop's back. Each write returns a `TemplateWrite`; what lists templates reads
the library again after one (the changes name no case, message or file).

Older versions kept these templates as files in the profile's `replies/`
folder. `import_template_files` moves them in, each once, as operations by
the profile's agent; `Profile.open` runs it on every writable open, so the
first open after the upgrade does the work and later ones find nothing. A
file goes to `replies.imported/` once its row is committed, never deleted; a
crash between the two leaves the file, and the next run recognises it (a row
of that key holds the same text) and only moves it.
"""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.db import storage_error_from
from app.models.entities import ReplyTemplate
from app.models.files import fsync_folder
from app.models.ids import new_id
from app.services.core.changes import Changes
from app.services.core.errors import InvalidInput, StorageError
from app.services.replies.model import Template
from app.services.replies.templates import KEY, parse_template

if TYPE_CHECKING:
    from app.services.core.profile import Profile

log = logging.getLogger(__name__)

ENTITY = "reply_template"
SHOP_FOLDER = "replies"  # inside the profile: where older versions kept the shop's templates
IMPORTED_FOLDER = "replies.imported"  # where those files go once they are rows


@dataclass(frozen=True)
class TemplateWrite:
    """What a write of a shop template did: the template's key and row id, the template as
    saved (None after a delete, or when a restored text has a problem) and the changes."""

    key: str
    template_id: uuid.UUID
    template: Template | None
    changes: Changes


@dataclass(frozen=True)
class TemplateImport:
    """What `import_template_files` did: the keys it stored, and the files it moved aside
    (those already stored by an earlier, interrupted run among them)."""

    imported: tuple[str, ...]
    moved: tuple[Path, ...]
    changes: Changes


def _with_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


def parse_stored(key: str, text: str) -> Template:
    """A stored template's text as a `Template`; problems are named as the file it was
    (`<key>.toml`), and the text's own key must be the row's."""
    template = parse_template(text, path=Path(f"{key}.toml"), source="shop")
    return Template(
        template.key,
        template.reasons,
        template.statuses,
        template.placeholders,
        template.variants,
        "shop",
        None,
    )


# --- writing --------------------------------------------------------------------------


def save_shop_template(profile: Profile, template_text: str) -> TemplateWrite:
    """Check a template and store it as the shop's own; nothing is written if it has a problem.

    The text is stored as given, comments and all. Saving the key of a deleted template
    brings its row back with the new text (one entity per key, one history).
    """
    template = parse_template(template_text, path=None, source="shop")
    with profile.write() as session:
        row = _store(session, profile, template.key, _with_newline(template_text))
    return TemplateWrite(template.key, row.id, template, Changes())


def delete_shop_template(profile: Profile, key: str) -> TemplateWrite:
    """Tombstone the shop's own template; a library template with that key shows again."""
    _check_key(key)
    with profile.write() as session:
        row = _live(session, key)
        if row is None:
            raise InvalidInput(f"The shop has no reply template called {key!r}.")
        now = profile.now()
        profile.ops.record(
            session,
            entity=ENTITY,
            entity_id=row.id,
            action="delete",
            data={"deleted_at": [None, now]},
        )
        row.deleted_at = now
        row.updated_at = now
    return TemplateWrite(key, row.id, None, Changes())


def restore_shop_template(profile: Profile, key: str) -> TemplateWrite:
    """Undo `delete_shop_template`: the shop's template of that key shows again as it was."""
    _check_key(key)
    with profile.write() as session:
        if _live(session, key) is not None:
            raise InvalidInput(f"The shop's reply template {key!r} is not deleted.")
        row = session.scalars(
            select(ReplyTemplate)
            .where(ReplyTemplate.key == key, ReplyTemplate.deleted_at.is_not(None))
            .order_by(ReplyTemplate.deleted_at.desc())
            .limit(1)
        ).first()
        if row is None:
            raise InvalidInput(f"The shop has no deleted reply template called {key!r}.")
        profile.ops.record(
            session,
            entity=ENTITY,
            entity_id=row.id,
            action="restore",
            data={"deleted_at": [row.deleted_at, None]},
        )
        row.deleted_at = None
        row.updated_at = profile.now()
        text = row.source
    try:
        template: Template | None = parse_stored(key, text)
    except InvalidInput:
        template = None  # stored before it was checked (imported); the library reports it
    return TemplateWrite(key, row.id, template, Changes())


def _check_key(key: str) -> None:
    if not KEY.fullmatch(key or ""):
        raise InvalidInput(f"{key!r} is not a reply template key.")


def _live(session: Session, key: str) -> ReplyTemplate | None:
    return session.scalars(
        select(ReplyTemplate).where(ReplyTemplate.key == key, ReplyTemplate.deleted_at.is_(None))
    ).first()


def _store(session: Session, profile: Profile, key: str, text: str) -> ReplyTemplate:
    """Make `text` the shop's template `key`: a new row, the live row changed, or the newest
    deleted one brought back; one operation, none when nothing changes."""
    now = profile.now()
    row = _live(session, key)
    action = "update"
    if row is None:
        row = session.scalars(
            select(ReplyTemplate)
            .where(ReplyTemplate.key == key)
            .order_by(ReplyTemplate.deleted_at.desc())
            .limit(1)
        ).first()
        action = "restore"
    if row is None:
        row = ReplyTemplate(id=new_id(), key=key, source=text, created_at=now, updated_at=now)
        session.add(row)
        profile.ops.record_create(session, ENTITY, row)
        return row
    diff: dict[str, list[object]] = {}
    if row.deleted_at is not None:
        diff["deleted_at"] = [row.deleted_at, None]
        row.deleted_at = None
    if row.source != text:
        diff["source"] = [row.source, text]
        row.source = text
    if diff:
        row.updated_at = now
        profile.ops.record(session, entity=ENTITY, entity_id=row.id, action=action, data=diff)
    return row


# --- reading --------------------------------------------------------------------------


def live_shop_templates(session: Session) -> list[tuple[str, str]]:
    """(key, text) of every live shop template, by key."""
    rows = session.execute(
        select(ReplyTemplate.key, ReplyTemplate.source)
        .where(ReplyTemplate.deleted_at.is_(None))
        .order_by(ReplyTemplate.key)
    )
    return [(key, text) for key, text in rows]


# --- the files of older versions ------------------------------------------------------


def import_template_files(profile: Profile) -> TemplateImport:
    """Store the template files an older version left in `<profile>/replies/` as rows, each
    with an operation by the profile's agent, and move each file to `replies.imported/`.

    Each file is its own transaction, and moves only after it commits. A file whose row
    already exists with the same text (a run cut short after the commit) is only moved.
    A file that cannot be read, or whose name is no template key, stays where it is
    (the library reports it); a file with a problem in its text is stored as it is, and
    the library reports the problem until the seller saves that key again.
    """
    folder = profile.root / SHOP_FOLDER
    try:
        files = sorted(p for p in folder.glob("*.toml") if p.is_file())
    except OSError:
        return TemplateImport((), (), Changes())
    imported: list[str] = []
    moved: list[Path] = []
    for path in files:
        key = path.stem
        if not KEY.fullmatch(key):
            log.warning("not importing %s: its name is not a template key", path)
            continue
        try:
            text = _with_newline(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("not importing %s: %s", path, exc)
            continue
        with profile.write() as session:
            done_before = session.scalar(
                select(ReplyTemplate.id)
                .where(ReplyTemplate.key == key, ReplyTemplate.source == text)
                .limit(1)
            )
            if done_before is None:
                _store(session, profile, key, text)
                imported.append(key)
        target = _move_aside(path, profile.root / IMPORTED_FOLDER)
        if target is not None:
            moved.append(target)
    if imported:
        log.info("imported the shop's reply templates %s into the database", ", ".join(imported))
    return TemplateImport(tuple(imported), tuple(moved), Changes())


def _move_aside(path: Path, folder: Path) -> Path | None:
    """Move `path` into `folder` under a name not taken there; None if it is gone already
    (another process moved it)."""
    try:
        folder.mkdir(exist_ok=True)
        target = folder / path.name
        number = 1
        while target.exists():
            number += 1
            target = folder / f"{path.stem}.{number}{path.suffix}"
        os.rename(path, target)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise storage_error_from(exc, path) or StorageError(
            f"Could not move the imported reply template {path} to {folder}: {exc.strerror or exc}"
        ) from exc
    fsync_folder(folder)
    fsync_folder(path.parent)
    return target
