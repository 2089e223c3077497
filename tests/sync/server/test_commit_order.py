"""The commit-order trap: on PostgreSQL, transactions commit in any order, so versions
taken from a sequence become visible out of order and a puller whose cursor passed V
never sees a V-1 that committed late. The service takes versions under the team row's
lock, held to commit. This test pushes from several threads with slow commits while
another thread pulls with its cursor, and checks that the pulls' union is every version
with no gap. Run against a naive allocator (a sequence, no lock), the same check DOES
find a skipped version: the test is shown to catch the trap.
"""

from __future__ import annotations

import json
import random
import threading
import time

import sqlalchemy as sa

from app.sync.server import admin, merge, reads
from app.sync.server.schema import teams
from app.sync.server.store import open_store
from tests.sync.server.helpers import new_id, op, stamp

THREADS = 4
PUSHES = 12
OPS_PER_PUSH = 3


class NaiveVersions:
    """The bug: versions from a sequence, no team lock; latest raised after a delay."""

    def __init__(self, connection: sa.Connection, team_id: int) -> None:
        self.connection, self.team_id, self.last = connection, team_id, 0

    def next(self) -> int:
        version = self.connection.execute(sa.text("SELECT nextval('naive_versions')")).scalar()
        self.last = max(self.last, version)
        return version

    def finish(self) -> int:
        time.sleep(random.uniform(0, 0.02))  # noqa: S311 - a slow commit, not a secret
        self.connection.execute(
            teams.update()
            .where(teams.c.id == self.team_id)
            .values(last_version=sa.func.greatest(teams.c.last_version, self.last))
        )
        return self.last


def slow_commit(connection: sa.Connection) -> None:
    """Hold the transaction open after its versions were taken."""
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text("SELECT pg_sleep(:s)"), {"s": random.uniform(0, 0.02)})  # noqa: S311
    else:
        time.sleep(random.uniform(0, 0.02))  # noqa: S311


def run_pushes_and_pulls(store, allocator) -> tuple[set[int], list[int], int]:
    """(versions the cursor-following puller received, versions it got below its cursor,
    the last version) after THREADS pushers are done."""
    _, token = admin.add_agent(store, "Lena", "shop")
    team_id = admin.authenticate(store, token).team_id
    done = threading.Event()
    errors: list[BaseException] = []
    received: set[int] = set()
    backwards: list[int] = []

    def pusher(number: int) -> None:
        device, case = new_id(), new_id()
        try:
            for n in range(PUSHES):
                ops = [
                    op(device, stamp(1000 + n, k), case, {"priority": [k, k + 1]})
                    for k in range(OPS_PER_PUSH)
                ]
                merge.push(
                    store,
                    team_id,
                    f"agent{number}",
                    device,
                    0,
                    ops,
                    allocator=allocator,
                    before_commit=slow_commit,
                )
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    def puller() -> None:
        cursor = 0
        try:
            while True:
                finished = done.is_set()
                page = json.loads(reads.pull(store, team_id, cursor))
                for item in page["ops"]:
                    if item["version"] <= cursor:
                        backwards.append(item["version"])
                    received.add(item["version"])
                cursor = max(cursor, page["latest"])
                if finished and not page["more"]:
                    return
                time.sleep(0.002)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=pusher, args=(n,)) for n in range(THREADS)]
    reader = threading.Thread(target=puller)
    reader.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    reader.join()
    assert errors == []
    with store.read() as connection:
        latest = reads.latest_version(connection, team_id)
    return received, backwards, latest


def test_concurrent_pushes_never_make_a_pull_skip_a_version(server_db_url):
    store = open_store(server_db_url)
    try:
        received, backwards, latest = run_pushes_and_pulls(store, merge.LockedVersions)
    finally:
        store.close()
    assert latest == THREADS * PUSHES * OPS_PER_PUSH
    assert backwards == []
    assert received == set(range(1, latest + 1))


def test_the_check_catches_a_naive_allocator(postgres_cluster):
    """Expected to detect the bug: the naive allocator's puller misses versions."""
    url = postgres_cluster.new_database()
    store = open_store(url)
    try:
        with store.write() as connection:
            connection.execute(sa.text("CREATE SEQUENCE naive_versions"))
        missed: set[int] = set()
        for _attempt in range(5):  # one run almost always skips; a few make it certain
            received, _backwards, _latest = run_pushes_and_pulls(store, NaiveVersions)
            with store.read() as connection:
                every = set(connection.execute(sa.text("SELECT version FROM ops")).scalars())
            missed = every - received
            if missed:
                break
            with store.write() as connection:
                connection.execute(sa.text("DELETE FROM ops"))
                connection.execute(sa.text("DELETE FROM fields"))
                connection.execute(sa.text("DELETE FROM agents"))
                connection.execute(sa.text("DELETE FROM teams"))
    finally:
        store.close()
        postgres_cluster.drop_database(url)
    assert missed, "the naive allocator should make the puller skip a late commit"
