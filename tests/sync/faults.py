"""A faulty network between laptops and the sync server, and the laptops that use it.

`FaultyTransport` wraps an httpx transport (the sync server's TestClient transport, or a
real one) and follows a plan: one fault per request, drawn by the test (hypothesis), so
a failing example replays exactly. The faults:

- `DROP`: the request never reaches the server (httpx.ConnectError);
- `LOSE`: the server answers (and commits), the answer is lost (httpx.ReadError);
- `DUPLICATE`: the request reaches the server twice; the second answer comes back;
- `REORDER`: a push is held in the network (the laptop times out) and reaches the
  server after the laptop's next request, or when the test calls `deliver_held()`;
- `CRASH_BEFORE` / `CRASH_AFTER`: the laptop dies (`Crash`) before its request is
  sent, or after the server committed it.

The transport notes every push the server acknowledged (`acked`), whether or not the
answer reached the laptop: what "no acknowledged change is lost" is checked against.

`Laptops` makes signed-in laptops of one team whose profiles are copies of one migrated
template (a new profile migrates for about a second; a copy with its device id removed
is a fresh device), each with its own wall clock (`Clock`, skewable by hours) and its own
faulty network. The oracle (`own_ops`, `expected_fields`, `case_fields`, `server_ops`,
`server_fields`) recomputes what the merge rule must give from the operations each
laptop wrote, independently of the client's and the server's merge code.
"""

from __future__ import annotations

import atexit
import datetime as dt
import json
import shutil
import sqlite3
import tempfile
import uuid
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa
from sqlalchemy import select

from app.models.entities import Case, CaseTag, Evidence, Message, Operation
from app.models.opdata import RowValue
from app.services.core.profile import Profile
from app.sync import rules
from app.sync.client import sign_in, sync_round
from app.sync.client import state as client_state
from app.sync.client.round import RoundResult
from app.sync.server.schema import fields as server_fields_table
from app.sync.server.schema import ops as server_ops_table

OK = "ok"
DROP = "drop"
LOSE = "lose"
DUPLICATE = "duplicate"
REORDER = "reorder"
CRASH_BEFORE = "crash_before"
CRASH_AFTER = "crash_after"
FAULTS = (DROP, LOSE, DUPLICATE, REORDER)

PUSH_PATH = "/v1/push"
# Case fields the tests edit, compared with the rule's winner.
CASE_FIELDS = ("subject", "status", "priority", "reason", "assignee")


class Crash(Exception):  # noqa: N818 - a simulated power cut, not an error of the code
    """The laptop died at this point; the test closes its profile and opens it again."""


class FaultyTransport(httpx.BaseTransport):
    """An httpx transport that forwards to `inner` and follows a plan of faults."""

    def __init__(self, inner: httpx.BaseTransport, plan: Iterable[str] = ()) -> None:
        self.inner = inner
        self.plan: deque[str] = deque(plan)
        self.online = True
        self.held: list[httpx.Request] = []
        self.acked: set[tuple[str, str]] = set()  # (device, hlc) the server acknowledged
        self.trace: list[str] = []  # "fault METHOD path", for a failing example's story

    def follow(self, plan: Iterable[str]) -> None:
        """Use `plan` for the next requests (one fault each; then OK)."""
        self.plan = deque(plan)

    def deliver_held(self) -> None:
        """The held (reordered) requests reach the server now; their answers are lost."""
        held, self.held = self.held, []
        for request in held:
            self.trace.append(f"late {request.method} {request.url.path}")
            self._forward(request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self.plan.popleft() if self.plan else OK
        self.trace.append(f"{fault} {request.method} {request.url.path}")
        if not self.online:
            raise httpx.ConnectError("offline", request=request)
        if fault == CRASH_BEFORE:
            raise Crash(f"crash before {request.method} {request.url.path}")
        if fault == DROP:
            raise httpx.ConnectError("dropped", request=request)
        if fault == REORDER and request.url.path == PUSH_PATH:
            self.held.append(request)
            raise httpx.ReadTimeout("held in the network", request=request)
        response = self._forward(request)
        if self.held:
            self.deliver_held()
        if fault == DUPLICATE:
            response = self._forward(request)
        if fault == LOSE:
            raise httpx.ReadError("answer lost", request=request)
        if fault == CRASH_AFTER:
            raise Crash(f"crash after {request.method} {request.url.path}")
        return response

    def _forward(self, request: httpx.Request) -> httpx.Response:
        request.read()
        answer = self.inner.handle_request(request)
        body = answer.read()
        answer.close()
        if request.url.path == PUSH_PATH and answer.status_code == 200:
            device = json.loads(request.content)["device"]
            for ack in json.loads(body)["acked"]:
                self.acked.add((device, ack["hlc"]))
        headers = [
            (k, v) for k, v in answer.headers.multi_items() if k.lower() != "content-encoding"
        ]
        return httpx.Response(answer.status_code, headers=headers, content=body, request=request)

    def close(self) -> None:
        self.inner.close()


class Clock:
    """A laptop's wall clock: the true time plus its skew, a millisecond on per reading."""

    def __init__(self, start: dt.datetime, skew: dt.timedelta = dt.timedelta()) -> None:
        self.current = start + skew

    def __call__(self) -> dt.datetime:
        self.current += dt.timedelta(milliseconds=1)
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += dt.timedelta(**delta)


@dataclass
class Laptop:
    """One agent's laptop: its profile (reopened after a crash), clock and network."""

    name: str
    root: Path
    clock: Clock
    network: FaultyTransport
    http: httpx.Client
    profile: Profile
    device: str = ""
    open: bool = True

    def __post_init__(self) -> None:
        self.device = self.profile.device_id

    def sync(self, plan: Iterable[str] = (), **kwargs: Any) -> RoundResult:
        self.network.follow(plan)
        try:
            return sync_round(self.profile, http=self.http, **kwargs)
        finally:
            self.network.follow(())

    def restart(self) -> None:
        """Close the profile (as a crash leaves it: the failed transaction rolled back)
        and open it again from its folder, with the same clock."""
        if self.open:
            self.profile.close()
        self.profile = Profile.open(self.root, agent=self.name, now=self.clock)
        self.open = True
        assert self.profile.device_id == self.device

    def cursor(self) -> int:
        with self.profile.read() as session:
            return client_state.cursor(session)

    def close(self) -> None:
        if self.open:
            self.profile.close()
            self.open = False
        self.http.close()


@dataclass
class Laptops:
    """Signed-in laptops of one team on `server` (tests/sync/conftest.py's SyncServer)."""

    server: Any
    team: str
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="sync-laptops-")))
    start: dt.datetime = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    made: list[Laptop] = field(default_factory=list)
    team_id: int | None = None

    def add(self, name: str, skew_hours: float = 0, role: str = "agent") -> Laptop:
        from app.sync.server import admin

        account, token = admin.add_agent(self.server.store, name, self.team, role)
        self.team_id = account.team_id
        root = self.folder / f"laptop-{name}"
        root.mkdir()
        shutil.copyfile(template(), root / "workbench.sqlite3")
        clock = Clock(self.start, dt.timedelta(hours=skew_hours))
        profile = Profile.open(root, agent=name, now=clock)
        healthy = self.server.http(token)
        sign_in(profile, self.server.base_url, token, http=healthy)
        network = FaultyTransport(transport_of(healthy))
        http = httpx.Client(
            base_url=self.server.base_url,
            headers={"Authorization": f"Bearer {token}"},
            transport=network,
        )
        laptop = Laptop(name, root, clock, network, http, profile)
        self.made.append(laptop)
        return laptop

    def close(self) -> None:
        for laptop in self.made:
            laptop.close()
        shutil.rmtree(self.folder, ignore_errors=True)


_TEMPLATE: list[Path] = []


def template() -> Path:
    """A migrated, empty profile database without a device id (made once per process)."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="sync-template-"))
        atexit.register(shutil.rmtree, folder, True)
        profile = Profile.open(folder / "profile", agent="template")
        profile.close()
        path = folder / "template.sqlite3"
        shutil.copyfile(folder / "profile" / "workbench.sqlite3", path)
        db = sqlite3.connect(path)
        with db:
            db.execute("DELETE FROM meta WHERE key IN ('device_id', 'agent')")
        db.close()
        _TEMPLATE.append(path)
    return _TEMPLATE[0]


def transport_of(client: httpx.Client) -> httpx.BaseTransport:
    """The transport an httpx client (here starlette's TestClient) sends through."""
    return client._transport  # noqa: SLF001 - httpx has no public accessor for it


# ----------------------------------------------------------------------------- the oracle


def own_ops(profile: Profile) -> list[dict[str, Any]]:
    """The operations this laptop wrote itself (its own device), as wire-like dicts."""
    with profile.read() as session:
        rows = session.scalars(
            select(Operation).where(Operation.device_id == profile.device_id)
        ).all()
        return [
            {
                "device": row.device_id,
                "hlc": row.hlc,
                "entity": row.entity,
                "entity_id": str(row.entity_id),
                "case_id": None if row.case_id is None else str(row.case_id),
                "action": row.action,
                "data": row.data,
                "created_at": row.created_at.isoformat(),
                "pushed": row.pushed_at is not None,
            }
            for row in rows
        ]


def expected_fields(ops: Iterable[dict[str, Any]]) -> dict[tuple[str, str, str], Any]:
    """(entity, entity id, field) -> the value of the write with the greatest (hlc, device),
    over the case fields and tags of `ops`: the rule, computed from the writes alone."""
    best: dict[tuple[str, str, str], tuple[tuple[str, str], Any]] = {}
    for op in ops:
        if op["entity"] not in ("case", "case_tag"):
            continue
        for name, value in rules.field_changes(op).items():
            if op["entity"] == "case" and name not in CASE_FIELDS:
                continue
            if isinstance(value, RowValue):
                continue
            key = (op["entity"], op["entity_id"], name)
            stamp = (op["hlc"], op["device"])
            if key not in best or stamp > best[key][0]:
                best[key] = (stamp, value)
    return {key: value for key, (_stamp, value) in best.items()}


def as_held(expected: dict, held: dict) -> dict:
    """`held`'s values of `expected`'s keys (a tag it has no row for: False)."""
    return {k: held.get(k, False if k[0] == "case_tag" else None) for k in expected}


def case_fields(profile: Profile) -> dict[tuple[str, str, str], Any]:
    """The same keys as `expected_fields`, as the laptop's rows hold them (a tag with no
    row at all is not on the case: False, like a removed one)."""
    found: dict[tuple[str, str, str], Any] = {}
    with profile.read() as session:
        for case in session.scalars(select(Case)):
            for name in CASE_FIELDS:
                value = getattr(case, name)
                found["case", str(case.id), name] = None if value is None else str(value)
        for tag in session.scalars(select(CaseTag)):
            key = ("case_tag", str(tag.case_id), rules.TAG_PREFIX + tag.tag)
            found[key] = tag.removed_at is None
    return found


def log_keys(profile: Profile) -> set[tuple[str, str]]:
    """(device, hlc) of every operation in a laptop's log, whoever wrote it."""
    with profile.read() as session:
        return {(d, h) for d, h in session.execute(select(Operation.device_id, Operation.hlc))}


def appends(profile: Profile) -> dict[str, list[str]]:
    """The ids of messages and evidence rows on a laptop (a list: a repeat would show)."""
    with profile.read() as session:
        return {
            "message": sorted(str(i) for i in session.scalars(select(Message.id))),
            "evidence": sorted(str(i) for i in session.scalars(select(Evidence.id))),
        }


def server_ops(server: Any, team_id: int) -> list[dict[str, Any]]:
    """Every operation the server holds for the team: device, hlc, entity, ids, version."""
    table = server_ops_table
    with server.store.read() as connection:
        rows = connection.execute(
            sa.select(
                table.c.device,
                table.c.hlc,
                table.c.entity,
                table.c.entity_id,
                table.c.action,
                table.c.version,
            ).where(table.c.team_id == team_id)
        ).all()
    return [row._asdict() for row in rows]


def server_fields(server: Any, team_id: int) -> dict[tuple[str, str, str], Any]:
    """The server's winner of every case field and tag of the team (JSON values)."""
    table = server_fields_table
    with server.store.read() as connection:
        rows = connection.execute(
            sa.select(table.c.entity, table.c.entity_id, table.c.field, table.c.value).where(
                table.c.team_id == team_id, table.c.entity.in_(("case", "case_tag"))
            )
        ).all()
    found = {}
    for row in rows:
        if row.entity == "case" and row.field not in CASE_FIELDS:
            continue
        found[row.entity, row.entity_id, row.field] = json.loads(row.value)
    return found


def new_id() -> str:
    return str(uuid.uuid4())
