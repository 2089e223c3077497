"""Fixtures of the sync UI tests: the team service on a real socket (one database kind is
enough here: the service's storage is tested in tests/sync), a keyring in a temporary
file, and profiles signed in to the service."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from app.services.core.profile import Profile
from tests.conftest import FakeClock
from tests.sync.conftest import live_sync_server  # noqa: F401 - a fixture
from tests.sync.postgres import free_port


def plain(text: str) -> str:
    """`text` without the direction isolates `fill` puts around each value."""
    return text.replace("\u2068", "").replace("\u2069", "")


@pytest.fixture
def server_db_url(tmp_path: Path) -> str:
    """The service on SQLite (what the UI sees does not depend on the database)."""
    return f"sqlite:///{tmp_path / 'sync-server.sqlite3'}"


@pytest.fixture
def sync_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """keyrings.alt's plain-text keyring in a file under the test's folder."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    before = keyring.get_keyring()
    ring = PlaintextKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def closed_port_http() -> Callable[[], httpx.Client]:
    """An HTTP client for a port nobody listens on: the service is out of reach."""
    made: list[httpx.Client] = []

    def make() -> httpx.Client:
        client = httpx.Client(base_url=f"http://127.0.0.1:{free_port()}", timeout=5)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def teammate(tmp_path: Path):
    """Lena's laptop: another profile, its clock an hour ahead of the tester's (her later
    change wins a field both changed)."""
    clock = FakeClock(dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC))
    opened = Profile.open(tmp_path / "lena", agent="Lena", now=clock)
    yield opened
    opened.close()
