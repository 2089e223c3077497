"""An evidence bundle: a case's files in one zip, with a manifest that proves what they are.

The zip is written to a temporary file beside the target and renamed into
place, so there is never half a bundle at the chosen name. Each stored file
is checked against its SHA-256 while it is read. Unless asked to keep it,
photos lose their location (see `location`); the manifest gives both the
hash of each file as exported and of the file as it was received.

"Location removed" is never taken on trust: once the files are in the zip
and it is complete, each photo is read back out of the written zip and
looked through for any coordinate left; only then is the manifest added.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import os
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.models.entities import Case, Evidence, Message
from app.services.core.durable import replacing
from app.services.core.errors import InvalidInput, NotFound, StorageError
from app.services.core.profile import Profile
from app.services.evidence.location import Stripped, strip_location, verdict
from app.services.evidence.store import BlobStore, describe_size, sanitise_name

MANIFEST = "manifest.json"
MANIFEST_TEXT = "manifest.txt"
_CHUNK = 1024 * 1024
# Already compressed: deflating them again costs time and saves nothing.
_STORED_TYPES = ("image/", "application/zip", "application/pdf")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    files: int
    manifest: dict[str, Any]
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Row:
    evidence: Evidence
    message_at: dt.datetime | None


def export_bundle(
    profile: Profile,
    case_id: uuid.UUID,
    out: Path,
    *,
    keep_location: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
) -> ExportResult:
    """Write the case's live evidence files and their manifest to the zip `out`."""
    out = Path(out).expanduser().absolute()
    if not out.parent.is_dir():
        raise InvalidInput(f"{out.parent}: the folder for the bundle does not exist.")
    if out.is_dir():
        raise InvalidInput(f"{out}: this is a folder; give a file name for the bundle.")
    ref, rows = _load(profile, case_id)
    if not rows:
        raise InvalidInput(f"Case {ref} has no evidence files to export.")
    manifest: dict[str, Any] = {
        "case": ref,
        "case_id": str(case_id),
        "exported_at": profile.now().isoformat(),
        "exported_by": profile.agent,
        "location_removed": not keep_location,
        "files": [],
    }
    warnings: list[str] = []
    # The temporary zip is named after the bundle; an export of it that was killed left
    # one behind, which this export of the same bundle removes.
    prefix = f".export-{out.name}-"
    for stale in out.parent.glob(f"{glob.escape(prefix)}*.part"):
        stale.unlink(missing_ok=True)
    with replacing(out, prefix=prefix) as handle:
        checks: list[tuple[dict[str, Any], Stripped | None]] = []
        with zipfile.ZipFile(handle, "w") as bundle:
            for number, row in enumerate(rows, start=1):
                entry, stripped = _add_file(bundle, profile.blobs, number, row, keep_location)
                manifest["files"].append(entry)
                checks.append((entry, stripped))
                if progress is not None:
                    progress(number, len(rows), entry["name"])
        handle.flush()
        # The zip is complete: check the photos as they are in it, then add the manifest.
        # mkstemp opened the file for reading too; a second handle on it reads it back.
        reread = os.fdopen(os.dup(handle.fileno()), "r+b")
        with reread, zipfile.ZipFile(reread, "a") as bundle:
            for entry, stripped in checks:
                _record_check(entry, stripped, bundle.read(entry["path_in_zip"]))
                if entry["location_removed"] is False and not keep_location:
                    manifest["location_removed"] = False
                    warnings.append(f"{entry['name']}: {entry['location_note']}")
            now = profile.now()
            as_json = json.dumps(manifest, ensure_ascii=False, indent=2)
            _write_text(bundle, MANIFEST, as_json, now)
            _write_text(bundle, MANIFEST_TEXT, _manifest_text(manifest), now)
    return ExportResult(path=out, files=len(rows), manifest=manifest, warnings=warnings)


def _record_check(entry: dict[str, Any], stripped: Stripped | None, exported: bytes) -> None:
    """The manifest's word on a photo's location, from its bytes as written in the zip."""
    if stripped is None:
        return  # kept on request, or not a photo
    if hashlib.sha256(exported).hexdigest() != entry["sha256"]:
        raise StorageError(
            f"{entry['name']} did not read back from the bundle as it was written, so the "
            "bundle was not saved; check the disk and export again.",
            kind="bundle_unreadable",
        )
    result = verdict(stripped, exported, entry["media_type"])
    entry["location_removed"] = result.removed
    entry["location_note"] = result.note
    entry["location_found"] = result.found


def copy_out(source: Path, target: Path) -> Path:
    """Save a copy of a stored file where the agent chose, atomically; returns `target`."""
    target = Path(target).expanduser().absolute()
    if not target.parent.is_dir():
        raise InvalidInput(f"{target.parent}: the folder does not exist.")
    if not Path(source).is_file():
        raise StorageError(
            "The file is not on this computer (it may still be syncing, or the evidence "
            "folder was changed outside the workbench); run `workbench doctor` to check.",
            kind="blob_missing",
        )
    with replacing(target, prefix=".copy-") as out, Path(source).open("rb") as src:
        while chunk := src.read(_CHUNK):
            out.write(chunk)
    return target


def _load(profile: Profile, case_id: uuid.UUID) -> tuple[str, list[_Row]]:
    with profile.read() as session:
        case = session.get(Case, case_id)
        if case is None or case.deleted_at is not None:
            raise NotFound(f"There is no case with id {case_id}.")
        found = session.execute(
            select(Evidence, Message.created_at)
            .outerjoin(Message, Message.id == Evidence.message_id)
            .where(Evidence.case_id == case_id, Evidence.deleted_at.is_(None))
            .order_by(Evidence.added_at, Evidence.id)
        ).all()
        return case.ref, [_Row(evidence, message_at) for evidence, message_at in found]


def _add_file(
    bundle: zipfile.ZipFile, blobs: BlobStore, number: int, row: _Row, keep_location: bool
) -> tuple[dict[str, Any], Stripped | None]:
    evidence = row.evidence
    name = sanitise_name(evidence.original_name)
    info = zipfile.ZipInfo(f"files/{number:03d}-{name}", _zip_time(evidence.added_at))
    info.compress_type = (
        zipfile.ZIP_STORED
        if evidence.media_type.startswith(_STORED_TYPES)
        else zipfile.ZIP_DEFLATED
    )
    info.file_size = evidence.size  # lets zipfile choose ZIP64 for a very large file
    stripped = None
    if keep_location:
        sha, size = _copy_verified(bundle, info, blobs, evidence)
    else:
        data = _read_verified(blobs, evidence)
        stripped = strip_location(data, evidence.media_type)
        exported = stripped.data if stripped is not None else data
        bundle.writestr(info, exported)
        sha, size = hashlib.sha256(exported).hexdigest(), len(exported)
    entry = {
        "name": evidence.original_name,
        "path_in_zip": info.filename,
        "kind": evidence.kind,
        "caption": evidence.caption,
        "sha256": sha,
        "original_sha256": evidence.sha256,
        "size": size,
        "original_size": evidence.size,
        "media_type": evidence.media_type,
        "captured_at": _iso(evidence.captured_at),
        "added_at": _iso(evidence.added_at),
        "added_by": evidence.added_by,
        "message_id": str(evidence.message_id) if evidence.message_id else None,
        "message_at": _iso(row.message_at),
        # True: no location left; False: it may be there (see the note); None: not a photo.
        "location_removed": (
            False if keep_location else stripped.removed if stripped is not None else None
        ),
        "location_note": (
            "Kept on request." if keep_location else stripped.note if stripped is not None else None
        ),
        # True: the written copy still holds a location; False: none was found in it;
        # None: not looked for (not a photo, or the location was kept on request).
        "location_found": None,
    }
    return entry, stripped


def _read_verified(blobs: BlobStore, evidence: Evidence) -> bytes:
    try:
        data = blobs.path_for(evidence.sha256).read_bytes()
    except FileNotFoundError as exc:
        raise _missing(evidence) from exc
    if hashlib.sha256(data).hexdigest() != evidence.sha256:
        raise _altered(evidence)
    return data


def _copy_verified(
    bundle: zipfile.ZipFile, info: zipfile.ZipInfo, blobs: BlobStore, evidence: Evidence
) -> tuple[str, int]:
    """Stream a stored file into the zip unchanged, checking its hash as it goes."""
    digest = hashlib.sha256()
    size = 0
    try:
        with blobs.path_for(evidence.sha256).open("rb") as src, bundle.open(info, "w") as dst:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                dst.write(chunk)
                size += len(chunk)
    except FileNotFoundError as exc:
        raise _missing(evidence) from exc
    if digest.hexdigest() != evidence.sha256:
        raise _altered(evidence)
    return evidence.sha256, size


def _missing(evidence: Evidence) -> StorageError:
    return StorageError(
        f"{evidence.original_name} is missing from the profile's blobs folder, so the bundle "
        "was not written; run 'workbench doctor' for details.",
        kind="blob_missing",
    )


def _altered(evidence: Evidence) -> StorageError:
    return StorageError(
        f"{evidence.original_name} was altered on disk since it was added (its SHA-256 no "
        "longer matches), so the bundle was not written; run 'workbench doctor' for details.",
        kind="blob_altered",
    )


def _write_text(bundle: zipfile.ZipFile, name: str, text: str, when: dt.datetime) -> None:
    info = zipfile.ZipInfo(name, _zip_time(when))
    info.compress_type = zipfile.ZIP_DEFLATED
    bundle.writestr(info, text.encode("utf-8"))


def _zip_time(value: dt.datetime) -> tuple[int, int, int, int, int, int]:
    """Zip entries hold a local-less time from 1980 on; UTC is written."""
    value = max(value.astimezone(dt.UTC), dt.datetime(1980, 1, 1, tzinfo=dt.UTC))
    return (value.year, value.month, value.day, value.hour, value.minute, value.second)


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _manifest_text(manifest: dict[str, Any]) -> str:
    """The manifest for a person who opens the zip."""
    lines = [
        f"Evidence for case {manifest['case']}",
        f"Exported {manifest['exported_at']} by {manifest['exported_by']}",
        "Photo locations: "
        + ("removed" if manifest["location_removed"] else "kept or not removable (see below)"),
        "",
    ]
    for entry in manifest["files"]:
        lines.append(f"{entry['path_in_zip']}")
        lines.append(
            f"  {entry['kind']}, {entry['media_type']}, {describe_size(entry['size'])}, "
            f"added {entry['added_at']} by {entry['added_by'] or '-'}"
        )
        if entry["caption"]:
            lines.append(f"  caption: {entry['caption']}")
        lines.append(f"  SHA-256 as exported: {entry['sha256']}")
        if entry["original_sha256"] != entry["sha256"]:
            lines.append(f"  SHA-256 as received: {entry['original_sha256']}")
        if entry["location_note"]:
            lines.append(f"  location: {entry['location_note']}")
    return "\n".join(lines) + "\n"
