"""Signing this device in to a team's sync server, and where it stands.

The server, team, agent and role are meta keys of this device; the token is in the system
keyring (service "support-workbench-sync", user name = the server's URL), never in the
profile. Signing in also makes the device's agent name the teammate's account name, so
assignments, "Mine" and the history name real people.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

from app.models.types import parse_utc_text
from app.services.core.errors import InvalidInput
from app.services.core.profile import Profile
from app.sync.client import state
from app.sync.client.notices import open_notice_count
from app.sync.client.outbox import pending_count
from app.sync.client.transport import SyncRefused, get_json, hello, make_client


@dataclass(frozen=True)
class SyncAccount:
    server: str
    team: str
    team_kind: str
    agent: str
    role: str


@dataclass(frozen=True)
class SyncStatus:
    signed_in: bool
    server: str | None
    team: str | None
    agent: str | None
    role: str | None
    pending: int
    cursor: int
    last_synced_at: dt.datetime | None
    last_error: str | None
    open_notices: int


def _clean_url(server_url: str) -> str:
    url = (server_url or "").strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise InvalidInput("The sync server's address must start with http:// or https://.")
    return url


def account(profile: Profile) -> SyncAccount | None:
    """The team this device is signed in to, or None."""
    with profile.read() as session:
        values = state.get_all(session)
    if not values.get(state.SERVER):
        return None
    return SyncAccount(
        server=values[state.SERVER],
        team=values.get(state.TEAM, ""),
        team_kind=values.get(state.TEAM_KIND, ""),
        agent=values.get(state.AGENT, ""),
        role=values.get(state.ROLE, ""),
    )


@contextmanager
def client_for(profile: Profile, http: httpx.Client | None) -> Iterator[httpx.Client]:
    """`http` as it is, or a client built from the stored account (closed afterwards)."""
    if http is not None:
        yield http
        return
    signed = account(profile)
    if signed is None:
        raise SyncRefused("This computer is not signed in to a sync server.")
    token = state.load_token(signed.server, profile.device_id)
    if not token:
        raise SyncRefused("The sync token is missing from this computer's keyring: sign in again.")
    client = make_client(signed.server, token)
    try:
        yield client
    finally:
        client.close()


def sign_in(
    profile: Profile, server_url: str, token: str, http: httpx.Client | None = None
) -> SyncAccount:
    """Check `token` with the server, then keep the account (token in the keyring)."""
    url = _clean_url(server_url)
    token = (token or "").strip()
    if not token:
        raise InvalidInput("Give the token the team's owner made for you.")
    own = http is None
    client = make_client(url, token) if own else http
    try:
        answer = hello(client)
        roster = get_json(client, "/agents", "the team's agents")
    finally:
        if own:
            client.close()
    signed = SyncAccount(
        server=url,
        team=str(answer.get("team", "")),
        team_kind=str(answer.get("team_kind", "")),
        agent=str(answer.get("agent", "")),
        role=str(answer.get("role", "")),
    )
    state.store_token(url, token, profile.device_id)
    with profile.write() as session:
        before = state.get(session, state.SERVER)
        if before is not None and before != url:
            state.clear(session)  # another server: its cursor means nothing here
        state.put(session, state.SERVER, url)
        state.put(session, state.TEAM, signed.team)
        state.put(session, state.TEAM_KIND, signed.team_kind)
        state.put(session, state.AGENT, signed.agent)
        state.put(session, state.ROLE, signed.role)
        epoch = str(answer.get("epoch", ""))
        if state.get(session, state.EPOCH) not in (None, epoch):
            state.put(session, state.CURSOR, "0")
        state.put(session, state.EPOCH, epoch)
        state.put(session, state.ROSTER, json.dumps(roster if isinstance(roster, list) else []))
        state.put(session, state.LAST_ERROR, None)
    if signed.agent:
        profile.set_agent(signed.agent)
    return signed


def sign_out(profile: Profile) -> None:
    """Forget the account and its token; unpushed work stays in the log for the next one."""
    signed = account(profile)
    if signed is not None:
        state.forget_token(signed.server, profile.device_id)
    with profile.write() as session:
        for key in (state.SERVER, state.TEAM, state.TEAM_KIND, state.AGENT, state.ROLE):
            state.put(session, key, None)
        state.put(session, state.LAST_ERROR, None)


def status(profile: Profile) -> SyncStatus:
    """Where this device stands: cheap enough for a status bar."""
    with profile.read() as session:
        values = state.get_all(session)
    synced = values.get(state.LAST_SYNCED_AT)
    return SyncStatus(
        signed_in=bool(values.get(state.SERVER)),
        server=values.get(state.SERVER),
        team=values.get(state.TEAM),
        agent=values.get(state.AGENT),
        role=values.get(state.ROLE),
        pending=pending_count(profile),
        cursor=int(values.get(state.CURSOR) or 0),
        last_synced_at=parse_utc_text(synced) if synced else None,
        last_error=values.get(state.LAST_ERROR) or None,
        open_notices=open_notice_count(profile),
    )


def roster(profile: Profile) -> list[str]:
    """The names of the team's agents (as of the last sign-in or sync)."""
    with profile.read() as session:
        agents = state.roster_of(state.get(session, state.ROSTER))
    return sorted(str(a["name"]) for a in agents if a.get("name"))


def refresh_roster(profile: Profile, http: httpx.Client | None = None) -> list[str]:
    """Ask the server for the team's agents again (teammates added or revoked since the
    sign-in); the names."""
    with client_for(profile, http) as client:
        agents = get_json(client, "/agents", "the team's agents")
    with profile.write() as session:
        state.put(session, state.ROSTER, json.dumps(agents if isinstance(agents, list) else []))
    return roster(profile)


def anything_new(profile: Profile, http: httpx.Client | None = None) -> bool:
    """Whether the server holds changes after this device's cursor (one cheap call)."""
    with profile.read() as session:
        after = state.cursor(session)
    with client_for(profile, http) as client:
        answer = get_json(client, "/changes", "changes", params={"after": after})
    return bool(isinstance(answer, dict) and answer.get("new"))
