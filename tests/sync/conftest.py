"""Fixtures of the sync tests: a sync service on a fresh database of each kind.

`server_db_url` runs a test on SQLite and on PostgreSQL (a throwaway cluster, one new
database per test); `sync_server` is the FastAPI app on it with helpers to make agents
and HTTP clients (starlette's TestClient: an httpx.Client, what the sync client takes);
`live_sync_server` serves it with uvicorn on 127.0.0.1 for the CLI and the UI.
"""

from __future__ import annotations

import threading
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.sync.server import admin
from app.sync.server.app import create_app
from app.sync.server.store import Store, open_store
from tests.sync.postgres import free_port, running_cluster

with warnings.catch_warnings():
    # starlette asks for httpx2; the sync client takes an httpx.Client, which this is.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from starlette.testclient import TestClient

SERVER_DATABASES = ["sqlite", "postgresql"]


class SyncTestClient(TestClient):
    """TestClient that ignores a per-request timeout (in-process calls need none, and
    starlette warns about it), so the client code runs unchanged against it."""

    def request(self, method: str, url: Any, **kwargs: Any) -> httpx.Response:
        kwargs.pop("timeout", None)
        return super().request(method, url, **kwargs)


@pytest.fixture(scope="session")
def postgres_cluster():
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture(params=SERVER_DATABASES)
def server_db_url(request, tmp_path):
    """A fresh, empty database URL of each kind (the test runs once per kind)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'sync-server.sqlite3'}"
        return
    cluster = request.getfixturevalue("postgres_cluster")
    url = cluster.new_database()
    yield url
    cluster.drop_database(url)


@dataclass
class SyncServer:
    """The service under test: `.app`, `.url` (its database), `.blobs`, `.store`."""

    app: Any
    url: str
    blobs: Path
    store: Store
    base_url: str = "http://testserver"
    clients: list = field(default_factory=list)

    def add_agent(self, name: str, team: str, role: str = "agent", training: bool = False) -> str:
        """A new agent (its team made if missing); its token."""
        return admin.add_agent(self.store, name, team, role, training=training)[1]

    def http(self, token: str | None) -> httpx.Client:
        """An HTTP client of the app carrying `token` (none when None)."""
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        client = SyncTestClient(self.app, base_url=self.base_url, headers=headers)
        self.clients.append(client)
        return client

    def close(self) -> None:
        for client in self.clients:
            client.close()
        self.store.close()


@pytest.fixture
def sync_server(server_db_url, tmp_path):
    store = open_store(server_db_url)
    blobs = tmp_path / "sync-blobs"
    server = SyncServer(create_app(store, blobs), server_db_url, blobs, store)
    yield server
    server.close()


@dataclass
class LiveSyncServer(SyncServer):
    """The service on a real socket: `.base_url` is http://127.0.0.1:PORT."""

    def http(self, token: str | None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        client = httpx.Client(base_url=self.base_url, headers=headers, timeout=30)
        self.clients.append(client)
        return client


@pytest.fixture
def live_sync_server(server_db_url, tmp_path):
    import uvicorn

    store = open_store(server_db_url)
    blobs = tmp_path / "sync-blobs"
    app = create_app(store, blobs)
    port = free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="info", lifespan="off", log_config=None
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="live-sync-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            store.close()
            pytest.fail("the live sync server did not start")
        time.sleep(0.02)
    live = LiveSyncServer(app, server_db_url, blobs, store, base_url=f"http://127.0.0.1:{port}")
    yield live
    for client in live.clients:
        client.close()
    server.should_exit = True
    thread.join(timeout=20)
    store.close()
