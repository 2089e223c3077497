"""`workbench serve-sync` and `workbench sync-admin`: accounts, exit codes, a live service."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from app.cli.runner import main
from app.sync.server import admin
from app.sync.server.store import StoreError, open_store
from tests.sync.postgres import free_port

ROOT = Path(__file__).resolve().parents[3]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def admin_json(capsys, url: str, *argv: str):
    code, out, err = run(capsys, "sync-admin", "--db", url, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_add_list_and_revoke_agents(capsys, server_db_url):
    owner = admin_json(
        capsys, server_db_url, "add-agent", "Lena", "--team", "Shop", "--role", "owner"
    )
    assert set(owner) == {"agent", "team", "role", "token"}
    assert (owner["agent"], owner["team"], owner["role"]) == ("Lena", "Shop", "owner")
    assert len(owner["token"]) >= 43
    agent = admin_json(capsys, server_db_url, "add-agent", "Omar", "--team", "Shop")
    assert agent["role"] == "agent" and agent["token"] != owner["token"]
    trainer = admin_json(
        capsys, server_db_url, "add-agent", "Tess", "--team", "Demo", "--role", "trainer"
    )
    assert trainer["role"] == "trainer"
    coach = admin_json(
        capsys, server_db_url, "add-agent", "Kim", "--team", "Rehearsal", "--training"
    )

    listed = admin_json(capsys, server_db_url, "list-agents")
    assert [(r["team"], r["agent"], r["role"], r["team_kind"]) for r in listed] == [
        ("Demo", "Tess", "trainer", "training"),
        ("Rehearsal", "Kim", "agent", "training"),
        ("Shop", "Lena", "owner", "shop"),
        ("Shop", "Omar", "agent", "shop"),
    ]
    assert all(row["revoked_at"] is None for row in listed)
    assert coach["team"] == "Rehearsal"
    assert owner["token"] not in json.dumps(listed)

    revoked = admin_json(capsys, server_db_url, "revoke-agent", "Omar", "--team", "Shop")
    assert revoked == {"agent": "Omar", "team": "Shop", "role": "agent", "revoked": True}
    shop = admin_json(capsys, server_db_url, "list-agents", "--team", "Shop")
    assert [(r["agent"], r["revoked_at"] is not None) for r in shop] == [
        ("Lena", False),
        ("Omar", True),
    ]
    store = open_store(server_db_url)
    try:
        assert admin.authenticate(store, agent["token"]) is None
        assert admin.authenticate(store, owner["token"]).name == "Lena"
    finally:
        store.close()


def test_refusals_exit_2_with_one_line(capsys, server_db_url):
    admin_json(capsys, server_db_url, "add-agent", "Lena", "--team", "Shop")
    refusals = [
        ("add-agent", "Tess", "--team", "Shop", "--role", "trainer"),  # a trainer on a shop
        ("add-agent", "Kim", "--team", "Shop", "--training"),
        ("add-agent", "Lena", "--team", "Shop"),  # taken
        ("add-agent", " ", "--team", "Shop"),
        ("revoke-agent", "Nobody"),
    ]
    for argv in refusals:
        code, out, err = run(capsys, "sync-admin", "--db", server_db_url, *argv)
        assert code == 2, argv
        assert out == "" and err.startswith("workbench: ") and err.count("\n") == 1
    code, _, err = run(
        capsys,
        "sync-admin",
        "--db",
        server_db_url,
        "add-agent",
        "X",
        "--team",
        "Shop",
        "--role",
        "boss",
    )
    assert code == 2 and "invalid choice" in err
    listed = admin_json(capsys, server_db_url, "list-agents")
    assert [r["agent"] for r in listed] == ["Lena"]


def test_a_bad_url_or_an_unreachable_database_exits_2(capsys, tmp_path):
    for url in (
        "nonsense",
        "mysql://u@h/db",
        f"sqlite:///{tmp_path}/missing/x.sqlite3",
        f"postgresql://nobody@127.0.0.1:{free_port()}/db",
    ):
        code, out, err = run(capsys, "sync-admin", "--db", url, "list-agents", "--json")
        assert code == 2, url
        assert out == "" and err.startswith("workbench: ") and err.count("\n") == 1


def test_a_newer_schema_is_refused(capsys, server_db_url):
    store = open_store(server_db_url)
    try:
        with store.write() as connection:
            connection.execute(sa.text("UPDATE sync_alembic_version SET version_num = 's9999'"))
    finally:
        store.close()
    with pytest.raises(StoreError, match="newer version"):
        open_store(server_db_url)
    code, _, err = run(capsys, "sync-admin", "--db", server_db_url, "list-agents")
    assert code == 2 and "newer version" in err


def test_reopening_keeps_the_epoch(server_db_url):
    first = open_store(server_db_url)
    epoch = first.epoch
    first.close()
    again = open_store(server_db_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        assert again.epoch == epoch
    finally:
        again.close()


def test_serve_sync_answers_hello_with_a_token_from_sync_admin(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    token = admin_json(capsys, url, "add-agent", "Lena", "--team", "Shop", "--role", "owner")[
        "token"
    ]
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    service = subprocess.Popen(
        [sys.executable, "-m", "app", "serve-sync", "--db", url, "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first_line = service.stdout.readline()
        assert first_line.startswith(f"workbench: sync service on http://127.0.0.1:{port} ")
        assert str(tmp_path / "team-blobs") in first_line
        hello = None
        deadline = time.monotonic() + 30
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            while hello is None:
                try:
                    hello = client.get("/v1/hello", headers={"Authorization": f"Bearer {token}"})
                except httpx.TransportError:
                    assert service.poll() is None, service.stderr.read()
                    assert time.monotonic() < deadline, "serve-sync did not answer"
                    time.sleep(0.1)
        assert hello.status_code == 200
        assert hello.json()["agent"] == "Lena" and hello.json()["team"] == "Shop"
        assert (tmp_path / "team-blobs").is_dir()
    finally:
        service.send_signal(signal.SIGINT)
        out, err = service.communicate(timeout=30)
    assert service.returncode == 0, err
    assert token not in first_line + out + err
    assert "GET /v1/hello" in out  # uvicorn's access log, without the token


def test_serve_sync_refuses_a_port_in_use(capsys, tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, out, err = run(
            capsys, "serve-sync", "--db", f"sqlite:///{tmp_path}/s.sqlite3", "--port", port
        )
    assert code == 2 and out == "" and f"127.0.0.1:{port}" in err
