"""Evidence files travel by hash (docs/sync.md): uploaded, resumable and checked, before
the operation that names them; downloaded on demand into the profile's blob store, checked
against their name, fsynced and renamed into place like any stored file."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
from sqlalchemy import select

from app.models.entities import Evidence
from app.services.core.profile import Profile
from app.sync.client.transport import SyncFailed, check, get_json, request, translated
from app.sync.protocol import BLOB_CHUNK_BYTES, PREFIX, is_sha256


def missing_blobs(profile: Profile, case_id: uuid.UUID | None = None) -> list[str]:
    """The SHA-256 of live evidence whose file this profile does not hold."""
    query = select(Evidence.sha256).where(Evidence.deleted_at.is_(None)).distinct()
    if case_id is not None:
        query = query.where(Evidence.case_id == case_id)
    with profile.read() as session:
        hashes = session.scalars(query).all()
    return sorted(h for h in hashes if is_sha256(h) and not profile.blobs.exists(h))


def fetch_blob(profile: Profile, sha256: str, http: httpx.Client | None = None) -> Path:
    """Download one blob into the store (checked against its hash); its path."""
    from app.sync.client.account import client_for

    if not is_sha256(sha256):
        raise ValueError(f"not a SHA-256: {sha256!r}")
    if profile.blobs.exists(sha256):
        return profile.blobs.path_for(sha256)
    digest = hashlib.sha256()

    def verify(_size: int) -> None:
        if digest.hexdigest() != sha256:
            raise SyncFailed(f"The file {sha256[:12]}… came down damaged; it was not kept.")

    with (
        client_for(profile, http) as client,
        translated("download a file"),
        client.stream("GET", f"{PREFIX}/blobs/{sha256}") as response,
    ):
        if response.status_code >= 400:
            response.read()
            check(response)
        chunks = response.iter_bytes(1024 * 1024)

        def read(_n: int) -> bytes:
            for chunk in chunks:
                if chunk:
                    digest.update(chunk)
                    return chunk
            return b""

        profile.blobs.put_stream(read, check=verify)
    return profile.blobs.path_for(sha256)


def fetch_missing(
    profile: Profile,
    http: httpx.Client | None = None,
    check: Callable[[], None] | None = None,  # noqa: F811 - the caller's cancel check
) -> int:
    """Download every missing evidence file; how many came. `check()` may raise to stop."""
    from app.sync.client.account import client_for

    stop = check
    fetched = 0
    wanted = missing_blobs(profile)
    if not wanted:
        return 0
    with client_for(profile, http) as client:
        for sha in wanted:
            if stop is not None:
                stop()
            fetch_blob(profile, sha, http=client)
            fetched += 1
    return fetched


def upload_blob(profile: Profile, client: httpx.Client, sha256: str) -> bool:
    """Make the server hold `sha256` whole, resuming where it stopped; True when bytes went
    up. A blob this profile does not hold is left for the server to name as missing."""
    status = get_json(client, f"/blobs/{sha256}/status", "file status")
    if status.get("complete"):
        return False
    path = profile.blobs.path_for(sha256)
    if not path.is_file():
        return False
    total = path.stat().st_size
    offset = int(status.get("offset") or 0)
    with path.open("rb") as handle:
        while True:
            handle.seek(offset)
            chunk = handle.read(BLOB_CHUNK_BYTES)
            response = request(
                client,
                "PUT",
                f"/blobs/{sha256}",
                "upload a file",
                params={"offset": offset, "total": total},
                content=chunk,
            )
            answer = response.json()
            if answer.get("complete"):
                return True
            new_offset = int(answer.get("offset", offset + len(chunk)))
            if new_offset <= offset and not chunk:
                raise SyncFailed(f"The server did not take the file {sha256[:12]}….")
            offset = new_offset
