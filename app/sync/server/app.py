"""The sync service's HTTP face (FastAPI): the endpoints of docs/sync.md under /v1.

Every call names its agent by `Authorization: Bearer <token>`; 401 for an unknown or
revoked token, 403 for a trainer on a shop team; every query is filtered by the
token's team. Bodies are size-checked while they stream in (413), shapes by
`protocol.check_op` (422), before anything is stored. Tokens are never logged: they
travel only in the header, which nothing here writes anywhere.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from app.errors import UserError
from app.sync import protocol, rules
from app.sync.server import admin, merge, reads
from app.sync.server.admin import Account
from app.sync.server.blobs import BlobRefused, BlobStore
from app.sync.server.presence import Presence
from app.sync.server.store import Store, open_store

log = logging.getLogger("app.sync.server")

MAX_FIELD_NAME = 200
MAX_SMALL_BODY = 64 * 1024  # presence reports


class Refusal(Exception):  # noqa: N818 - an HTTP answer, not a bug
    def __init__(self, status: int, detail: Any, headers: dict | None = None) -> None:
        super().__init__(str(detail))
        self.status, self.detail, self.headers = status, detail, headers


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Refusal(401, "a bearer token is needed", {"WWW-Authenticate": "Bearer"})
    return token.strip()


async def _read_body(request: Request, limit: int) -> bytes:
    """The request's bytes, refused (413) as soon as they pass `limit`."""
    length = request.headers.get("content-length")
    if length is not None:
        if not length.isdigit():
            raise Refusal(400, "a bad Content-Length")
        if int(length) > limit:
            raise Refusal(413, f"the body is over {limit} bytes")
    parts, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Refusal(413, f"the body is over {limit} bytes")
        parts.append(chunk)
    return b"".join(parts)


def _json_body(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, ValueError):
        raise Refusal(400, "the body is not JSON") from None


def _utf8_text(text: str, what: str) -> None:
    """PostgreSQL stores neither NUL characters nor lone surrogates: refuse them here."""
    if "\x00" in text:
        raise protocol.ProtocolError(f"{what} holds a NUL character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise protocol.ProtocolError(f"{what} is not valid Unicode text") from None


def check_push(body: Any) -> tuple[str, int, list[dict]]:
    """(device, seen, checked ops) of a push body; ProtocolError (422) or Refusal."""
    if not isinstance(body, dict):
        raise protocol.ProtocolError("a push must be an object")
    if body.get("protocol") != protocol.PROTOCOL:
        raise Refusal(400, f"this server speaks protocol {protocol.PROTOCOL}")
    device = protocol.canonical_uuid(body.get("device"), "device")
    seen = body.get("seen")
    if not isinstance(seen, int) or isinstance(seen, bool) or seen < 0:
        raise protocol.ProtocolError("seen must be a version (an integer of 0 or more)")
    raw_ops = body.get("ops")
    if not isinstance(raw_ops, list):
        raise protocol.ProtocolError("ops must be a list")
    if len(raw_ops) > protocol.MAX_PUSH_OPS:
        raise Refusal(413, f"at most {protocol.MAX_PUSH_OPS} operations in one push")
    checked = []
    for op in raw_ops:
        op = protocol.check_op(op, device)
        data_text = merge.json_text(op["data"])
        _utf8_text(data_text, "data")
        if len(data_text.encode("utf-8")) > protocol.MAX_OP_DATA_BYTES:
            raise Refusal(413, f"an operation's data is over {protocol.MAX_OP_DATA_BYTES} bytes")
        if op["actor"] is not None:
            _utf8_text(op["actor"], "actor")
        for name in rules.field_changes(op):
            _utf8_text(name, "a field name")
            if len(name) > MAX_FIELD_NAME:
                raise protocol.ProtocolError(f"a field name is over {MAX_FIELD_NAME} characters")
        checked.append(op)
    return device, seen, checked


def _check_presence(body: Any) -> tuple[str, str | None, str | None]:
    if not isinstance(body, dict):
        raise protocol.ProtocolError("a presence report must be an object")
    device = protocol.canonical_uuid(body.get("device"), "device")
    case_id = body.get("case_id")
    if case_id is not None:
        protocol.canonical_uuid(case_id, "case_id")
    activity = body.get("activity")
    if activity is not None and activity not in protocol.ACTIVITIES:
        raise protocol.ProtocolError(f"activity must be one of {', '.join(protocol.ACTIVITIES)}")
    return device, case_id, activity


def _sha(sha256: str) -> str:
    if not protocol.is_sha256(sha256):
        raise protocol.ProtocolError("a blob is named by its SHA-256 in lower-case hex")
    return sha256


def current_account(request: Request) -> Account:
    """The live account of the request's bearer token; 401 or 403 otherwise."""
    found = admin.authenticate(request.app.state.store, _bearer(request))
    if found is None:
        raise Refusal(401, "unknown or revoked token", {"WWW-Authenticate": "Bearer"})
    if not found.may_use_team:
        raise Refusal(403, "a trainer may use a training team only")
    return found


Agent = Annotated[Account, Depends(current_account)]


def create_app(
    store_or_url: Store | str, blobs_dir: Path | str, *, presence: Presence | None = None
) -> FastAPI:
    """The service on `store_or_url` (a Store, or a URL opened here) keeping blob files
    under `blobs_dir`."""
    store = open_store(store_or_url) if isinstance(store_or_url, str) else store_or_url
    blob_store = BlobStore(store, Path(blobs_dir))
    who = presence or Presence()
    app = FastAPI(title="Support Workbench sync", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store, app.state.blobs, app.state.presence = store, blob_store, who

    @app.exception_handler(Refusal)
    async def _refused(_request: Request, exc: Refusal) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, exc.status, headers=exc.headers)

    @app.exception_handler(protocol.ProtocolError)
    async def _malformed(_request: Request, exc: protocol.ProtocolError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, 422)

    @app.exception_handler(sa.exc.OperationalError)
    async def _database_down(_request: Request, exc: sa.exc.OperationalError) -> JSONResponse:
        log.error("sync database unavailable: %s", type(exc.orig or exc).__name__)
        return JSONResponse({"detail": "the sync database is unavailable"}, 503)

    @app.exception_handler(UserError)
    async def _user_error(_request: Request, exc: UserError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, 503)

    @app.get("/v1/hello")
    def hello(agent: Agent) -> dict:
        latest = reads.changes(store, agent.team_id, 0)["latest"]
        return {
            "protocol": protocol.PROTOCOL,
            "epoch": store.epoch,
            "team": agent.team,
            "team_kind": agent.team_kind,
            "agent": agent.name,
            "role": agent.role,
            "latest": latest,
        }

    @app.post("/v1/push")
    async def push(request: Request, agent: Agent) -> JSONResponse:
        body = _json_body(await _read_body(request, protocol.MAX_BODY_BYTES))
        device, seen, ops = check_push(body)
        try:
            result = await run_in_threadpool(
                merge.push, store, agent.team_id, agent.name, device, seen, ops, role=agent.role
            )
        except merge.MissingBlobs as exc:
            return JSONResponse({"missing_blobs": exc.missing}, 409)
        log.info("push: team %s, agent %s, %d operation(s)", agent.team_id, agent.name, len(ops))
        return JSONResponse({"acked": result.acked, "latest": result.latest})

    @app.get("/v1/pull")
    def pull(
        agent: Agent,
        after: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1)] = protocol.PULL_LIMIT,
    ) -> Response:
        text = reads.pull(store, agent.team_id, after, min(limit, protocol.PULL_LIMIT))
        return Response(text.encode("utf-8"), media_type="application/json")

    @app.get("/v1/changes")
    def changes(agent: Agent, after: Annotated[int, Query(ge=0)] = 0) -> dict:
        return reads.changes(store, agent.team_id, after)

    @app.get("/v1/agents")
    def agents(agent: Agent) -> list[dict]:
        return admin.team_agents(store, agent.team_id)

    @app.post("/v1/presence")
    async def report_presence(request: Request, agent: Agent) -> dict:
        body = _json_body(await _read_body(request, MAX_SMALL_BODY))
        device, case_id, activity = _check_presence(body)
        others = who.report(agent.team_id, agent.name, device, case_id, activity)
        return {"others": others}

    @app.get("/v1/blobs/{sha256}/status")
    def blob_status(sha256: str, agent: Agent) -> dict:
        return blob_store.status(agent.team_id, _sha(sha256)).as_json()

    @app.put("/v1/blobs/{sha256}")
    async def blob_upload(
        request: Request,
        sha256: str,
        agent: Agent,
        offset: Annotated[int, Query(ge=0)],
        total: Annotated[int, Query(ge=0)],
    ) -> JSONResponse:
        _sha(sha256)
        chunk = await _read_body(request, protocol.BLOB_CHUNK_BYTES)
        try:
            status = await run_in_threadpool(
                blob_store.put_chunk, agent.team_id, sha256, offset, total, [chunk]
            )
        except BlobRefused as exc:
            answer: dict[str, Any] = {"detail": str(exc)}
            if exc.offset is not None:
                answer["offset"] = exc.offset
            return JSONResponse(answer, exc.status)
        return JSONResponse({"offset": status.offset, "complete": status.complete})

    @app.get("/v1/blobs/{sha256}")
    def blob_download(sha256: str, agent: Agent) -> Response:
        path = blob_store.complete_file(agent.team_id, _sha(sha256))
        if path is None:
            raise Refusal(404, "the team has no such blob")
        return FileResponse(path, media_type="application/octet-stream")

    return app
