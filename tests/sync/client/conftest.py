"""Fixtures of the sync client tests: laptops (profiles on their own folders, each its own
device), a keyring in a temporary file, and a team on the real sync server."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from app.services.core.profile import Profile
from app.sync.client import sign_in
from tests.services.mail.dovecot import temporary_keyring


@pytest.fixture(autouse=True)
def test_keyring(tmp_path, monkeypatch):
    with temporary_keyring(tmp_path, monkeypatch) as ring:
        yield ring


class Clock:
    """A laptop's own wall clock: settable, and moving a millisecond per reading."""

    def __init__(self, start: dt.datetime) -> None:
        self.current = start

    def __call__(self) -> dt.datetime:
        self.current += dt.timedelta(milliseconds=1)
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += dt.timedelta(**delta)


@dataclass
class Laptop:
    name: str
    profile: Profile
    clock: Clock
    http: object

    def close(self) -> None:
        self.profile.close()


@pytest.fixture
def laptops(tmp_path, sync_server):
    """`laptops("Lena", "Omar")`: signed-in laptops of one shop team, one per agent."""
    made: list[Laptop] = []

    def make(*names: str, team: str = "shop") -> list[Laptop]:
        out = []
        for name in names:
            token = sync_server.add_agent(name, team, "agent")
            clock = Clock(dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC))
            profile = Profile.open(tmp_path / f"laptop-{name}", agent=name, now=clock)
            http = sync_server.http(token)
            sign_in(profile, sync_server.base_url, token, http=http)
            laptop = Laptop(name, profile, clock, http)
            made.append(laptop)
            out.append(laptop)
        return out

    yield make
    for laptop in made:
        laptop.close()
