"""One sync round (docs/sync.md "A round"): hello, upload the files pending operations
name, push them in batches, pull pages until there is no more, and note how it went."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

import httpx

from app.models.types import utc_text
from app.services.core.changes import Changes
from app.services.core.profile import Profile
from app.sync import rules
from app.sync.client import state
from app.sync.client.account import client_for
from app.sync.client.apply import apply_page
from app.sync.client.blobs import upload_blob
from app.sync.client.conflicts import Notice
from app.sync.client.outbox import batches, mark_pushed
from app.sync.client.transport import (
    SyncError,
    SyncFailed,
    get_json,
    hello,
)
from app.sync.protocol import PROTOCOL, PULL_LIMIT, ProtocolError

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class RoundResult:
    pushed: int = 0
    pulled: int = 0
    notices: tuple[Notice, ...] = ()
    changes: Changes = field(default_factory=Changes)
    blobs_up: int = 0
    blobs_down: int = 0
    cursor: int = 0
    latest: int = 0


def _note(profile: Profile, error: str | None) -> None:
    with profile.write() as session:
        if error is None:
            state.put(session, state.LAST_SYNCED_AT, utc_text(profile.now()))
        state.put(session, state.LAST_ERROR, error)


def sync_round(
    profile: Profile,
    http: httpx.Client | None = None,
    progress: Progress | None = None,
    check: Callable[[], None] | None = None,
) -> RoundResult:
    """Push what waits, pull what is new; `progress(done, total, text)` reports, `check()`
    may raise to stop between steps (what was applied stays applied)."""
    try:
        with client_for(profile, http) as client:
            result = _round(profile, client, progress or (lambda *_: None), check)
    except SyncError as exc:
        _note(profile, str(exc))
        raise
    _note(profile, None)
    return result


def _round(profile: Profile, client: httpx.Client, progress: Progress, check) -> RoundResult:  # noqa: ANN001
    answer = hello(client)
    epoch = str(answer.get("epoch", ""))
    with profile.write() as session:
        if state.get(session, state.EPOCH) != epoch:
            # Another database behind the server: everything again from the start; what
            # this device has not pushed stays pending and goes up below.
            state.put(session, state.CURSOR, "0")
            state.put(session, state.EPOCH, epoch)
        cursor = state.cursor(session)
    progress(0, 0, "push")
    pushed, blobs_up, uploaded = 0, 0, set()
    for batch in batches(profile):
        if check is not None:
            check()
        for op in batch:
            for sha in rules.blob_refs(op):
                if sha not in uploaded:
                    blobs_up += upload_blob(profile, client, sha)
                    uploaded.add(sha)
        acked = _push(profile, client, batch, cursor, uploaded)
        pushed += len(acked)
        mark_pushed(profile, [a["hlc"] for a in acked], profile.now())
        progress(pushed, 0, "push")
    pulled, notices, changes = 0, [], Changes()
    latest = int(answer.get("latest") or 0)

    def fetch(after: int) -> object:
        return get_json(client, "/pull", "pull", params={"after": after, "limit": PULL_LIMIT})

    # The next page is fetched and decoded on one worker thread while this one is applied
    # (the client is used by one thread at a time: the worker's fetch, or nobody); pages
    # are still applied one by one, in order, each in its own transaction.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as pool:
        ahead: tuple[int, Future] | None = None
        while True:
            if check is not None:
                check()
            page = _take(ahead, cursor, fetch)
            ahead = None
            if not isinstance(page, dict):
                raise SyncFailed("The sync server's answer could not be read (pull).")
            if str(page.get("epoch", epoch)) != epoch:
                raise SyncFailed("The sync server was replaced during the sync; sync again.")
            reach = _reach(page, cursor)
            if page.get("more") and reach > cursor:
                ahead = (reach, pool.submit(fetch, reach))
            try:
                applied = apply_page(profile, page)
            except ProtocolError as exc:
                raise SyncFailed(f"The sync server sent something unreadable: {exc}") from exc
            pulled += applied.applied
            notices.extend(applied.notices)
            changes = changes | applied.changes
            latest = max(latest, int(page.get("latest") or 0))
            progress(pulled, max(latest - cursor, pulled), "pull")
            if applied.cursor <= cursor or not page.get("more"):
                cursor = max(cursor, applied.cursor)
                break
            cursor = applied.cursor
        if ahead is not None:
            ahead[1].cancel()
    return RoundResult(
        pushed=pushed,
        pulled=pulled,
        notices=tuple(notices),
        changes=changes,
        blobs_up=blobs_up,
        blobs_down=0,
        cursor=cursor,
        latest=latest,
    )


def _take(ahead: tuple[int, Future] | None, cursor: int, fetch: Callable) -> object:
    """The page after `cursor`: the one fetched ahead if it starts there, else fetched now
    (once the one ahead has finished: the client is one thread's at a time)."""
    if ahead is not None:
        after, future = ahead
        if after == cursor:
            return future.result()
        if not future.cancel():
            future.exception()
    return fetch(cursor)


def _reach(page: dict, cursor: int) -> int:
    """The cursor applying `page` moves to (as apply_page computes it), 0 when unreadable:
    where the next page starts."""
    versions = [cursor]
    for item in [*(page.get("ops") or []), *(page.get("notices") or [])]:
        version = item.get("version") if isinstance(item, dict) else None
        if isinstance(version, int) and not isinstance(version, bool):
            versions.append(version)
    return max(versions)


def _push(profile: Profile, client: httpx.Client, ops: list, seen: int, uploaded: set) -> list:
    """Push one batch; a 409 naming missing files uploads them and tries once more."""
    body = {"protocol": PROTOCOL, "device": profile.device_id, "seen": seen, "ops": ops}
    for attempt in (1, 2):
        response = _post(client, body)
        if response.status_code == 409 and attempt == 1:
            missing = _json(response).get("missing_blobs") or []
            for sha in missing:
                upload_blob(profile, client, sha)
                uploaded.add(sha)
            continue
        from app.sync.client.transport import check as check_response

        check_response(response)
        acked = _json(response).get("acked")
        if not isinstance(acked, list):
            raise SyncFailed("The sync server's answer could not be read (push).")
        return acked
    raise SyncFailed("The sync server still misses files the changes name.")


def push_batch(profile: Profile, client: httpx.Client, ops: list, seen: int) -> list:
    """Push one batch (uploading the files it names first); the server's acks."""
    uploaded: set[str] = set()
    for op in ops:
        for sha in rules.blob_refs(op):
            if sha not in uploaded:
                upload_blob(profile, client, sha)
                uploaded.add(sha)
    return _push(profile, client, ops, seen, uploaded)


def _post(client: httpx.Client, body: dict) -> httpx.Response:
    from app.sync.client.transport import translated
    from app.sync.protocol import PREFIX

    with translated("push"):
        return client.post(PREFIX + "/push", json=body)


def _json(response: httpx.Response) -> dict:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


__all__ = ["RoundResult", "sync_round"]
