"""Sync benchmark against loopback PostgreSQL. Prints JSON; not part of the test run.

    python bench/sync.py [--ops 100000] [--push-ops 10000] [--clients 5]
                         [--client-ops 10000] [--json-out FILE]

A throwaway PostgreSQL cluster is started as the sync tests start it
(tests/sync/postgres.py) and `workbench serve-sync` serves it on 127.0.0.1 in its own
process (clients and server do not share a GIL). Profiles are seeded with generated
demo cases (each with its customer, order, item, tags and messages: about eight
operations a case) plus status and priority edits, then:

- pull: a client pushes `--ops` operations (timed too), and a fresh client signs in and
  pulls all of them with one `sync_round`, timed end to end; its ratio to the budget
  (DESIGN.md section 9: 100,000 operations to a fresh client in under 20 s) is the main
  figure, `pull.budget_ratio` (its time for 100,000 over 20 s: under 1 is within budget);
- push: one client pushes `--push-ops` operations to a team of its own;
- concurrent: `--clients` clients (processes) of one team push `--client-ops` each at
  the same moment: total time, each client's time and operations per second.

Each round is timed whole (push, then pull of what is new, its own operations included:
the server sends them back), with the push part (`push_seconds`) beside it.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PULL_BUDGET_S = 20.0  # DESIGN.md section 9
EDITS_PER_OPS = 100  # one field edit per this many operations
OPS_PER_CASE = 7.7  # what generate_cases writes per case, measured


def _keyring(folder: Path) -> None:
    """A plain-text keyring in `folder` (sign-in keeps the token there), for children too."""
    os.environ["XDG_DATA_HOME"] = str(folder / "xdg-data")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"


def seed_profile(root: Path, ops: int, seed: int) -> int:
    """A profile in `root` holding about `ops` operations of its own; how many."""
    from sqlalchemy import select

    from app.demo.generated import generate_cases
    from app.models.entities import Case
    from app.services.cases.operations import update_case
    from app.services.core.profile import Profile
    from app.sync.client.outbox import pending_count

    profile = Profile.open(root, agent=f"Agent {seed}")
    try:
        edits = ops // EDITS_PER_OPS
        generate_cases(profile, max(1, int((ops - edits) / OPS_PER_CASE)), seed=seed)
        with profile.read() as session:
            cases = session.scalars(select(Case.id).limit(edits)).all()
        with profile.write():
            for n, case_id in enumerate(cases):
                update_case(profile, case_id, status="open", priority=("high", "low")[n % 2])
        return pending_count(profile)
    finally:
        profile.close()


def signed_in(root: Path, base_url: str, token: str):  # noqa: ANN201 - (Profile, httpx.Client)
    from app.services.core.profile import Profile
    from app.sync.client import sign_in
    from app.sync.client.transport import make_client

    profile = Profile.open(root)
    http = make_client(base_url, token, timeout=600)
    sign_in(profile, base_url, token, http=http)
    return profile, http


def timed_round(root: Path, base_url: str, token: str, start_at: float | None = None) -> dict:
    """One `sync_round` of the profile in `root`, timed (after waiting for `start_at`)."""
    from app.sync.client import sync_round

    profile, http = signed_in(root, base_url, token)
    pushed_at: list[float] = []

    def progress(_done: int, _total: int, phase: str) -> None:
        if phase == "push":
            pushed_at.append(time.perf_counter())

    try:
        if start_at is not None:
            time.sleep(max(0.0, start_at - time.time()))
        started = time.perf_counter()
        result = sync_round(profile, http=http, progress=progress)
        seconds = time.perf_counter() - started
    finally:
        http.close()
        profile.close()
    push_seconds = (pushed_at[-1] - started) if pushed_at else 0.0
    return {
        "seconds": round(seconds, 2),
        "pushed": result.pushed,
        "push_seconds": round(push_seconds, 2),
        "push_ops_per_second": round(result.pushed / push_seconds) if result.pushed else 0,
        "pulled": result.pulled,
    }


def _template(folder: Path) -> Path:
    """An empty, migrated profile to copy for fresh clients (migrating is not syncing)."""
    from app.services.core.profile import Profile

    Profile.open(folder / "template").close()
    return folder / "template"


def _fresh(template: Path, root: Path) -> Path:
    import shutil
    import sqlite3

    root.mkdir()
    shutil.copyfile(template / "workbench.sqlite3", root / "workbench.sqlite3")
    db = sqlite3.connect(root / "workbench.sqlite3")
    with db:
        db.execute("DELETE FROM meta WHERE key IN ('device_id', 'agent')")
    db.close()
    return root


class Service:
    """`workbench serve-sync` on the cluster's database, in a child process."""

    def __init__(self, url: str, blobs: Path) -> None:
        from tests.sync.postgres import free_port

        self.url = url
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve-sync", "--db", url, "--host", "127.0.0.1"]
            + ["--port", str(self.port), "--blobs", str(blobs)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._wait()

    def _wait(self) -> None:
        import httpx

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("serve-sync exited at start")
            try:
                httpx.get(self.base_url + "/v1/hello", timeout=1)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("serve-sync did not start")

    def add_agent(self, name: str, team: str) -> str:
        from app.sync.server import admin
        from app.sync.server.store import open_store

        store = open_store(self.url)
        try:
            return admin.add_agent(store, name, team, "agent")[1]
        finally:
            store.close()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def pull_figures(service: Service, folder: Path, template: Path, ops: int) -> dict:
    seeded = folder / "pull-source"
    started = time.perf_counter()
    made = seed_profile(seeded, ops, seed=1)
    generate_seconds = time.perf_counter() - started
    push = timed_round(seeded, service.base_url, service.add_agent("Source", "pull"))
    fresh = _fresh(template, folder / "pull-fresh")
    pull = timed_round(fresh, service.base_url, service.add_agent("Fresh", "pull"))
    per_100k = pull["seconds"] * 100_000 / max(pull["pulled"], 1)
    return {
        "operations": made,
        "generate_seconds": round(generate_seconds, 1),
        "source_round": push,
        "seconds": pull["seconds"],
        "pulled": pull["pulled"],
        "ops_per_second": round(pull["pulled"] / pull["seconds"]),
        "seconds_per_100k": round(per_100k, 2),
        "budget_seconds": PULL_BUDGET_S,
        "budget_ratio": round(per_100k / PULL_BUDGET_S, 3),
    }


def push_figures(service: Service, folder: Path, ops: int) -> dict:
    root = folder / "push-one"
    made = seed_profile(root, ops, seed=2)
    figures = timed_round(root, service.base_url, service.add_agent("Pusher", "push"))
    return {"operations": made, **figures}


def concurrent_figures(service: Service, folder: Path, clients: int, ops: int) -> dict:
    roots = [folder / f"concurrent-{n}" for n in range(clients)]
    made = [seed_profile(root, ops, seed=10 + n) for n, root in enumerate(roots)]
    tokens = [service.add_agent(f"Agent {n}", "concurrent") for n in range(clients)]
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(clients, mp_context=context) as pool:
        start_at = time.time() + 5  # each child opens its profile first
        futures = [
            pool.submit(timed_round, root, service.base_url, token, start_at)
            for root, token in zip(roots, tokens, strict=True)
        ]
        results = [f.result() for f in futures]
    total = max(r["seconds"] for r in results)
    push_total = max(r["push_seconds"] for r in results)
    pushed = sum(r["pushed"] for r in results)
    return {
        "clients": clients,
        "operations_each": made,
        "total_seconds": round(total, 2),
        "push_seconds": round(push_total, 2),
        "push_ops_per_second": round(pushed / push_total) if push_total else 0,
        "per_client": results,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=100_000, help="operations a fresh client pulls")
    parser.add_argument("--push-ops", type=int, default=10_000, help="one client pushes these")
    parser.add_argument("--clients", type=int, default=5, help="clients pushing at once")
    parser.add_argument("--client-ops", type=int, default=10_000, help="each of them pushes")
    parser.add_argument("--json-out", type=Path, help="also write the JSON to this file")
    args = parser.parse_args()
    from tests.sync.postgres import running_cluster

    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        folder = Path(tmp)
        _keyring(folder)
        template = _template(folder)
        with running_cluster() as cluster:
            url = cluster.new_database()
            service = Service(url, folder / "blobs")
            try:
                result = {
                    "server": "serve-sync on loopback PostgreSQL",
                    "run": str(uuid.uuid4())[:8],
                    "pull": pull_figures(service, folder, template, args.ops),
                    "push": push_figures(service, folder, args.push_ops),
                    "concurrent": concurrent_figures(
                        service, folder, args.clients, args.client_ops
                    ),
                }
            finally:
                service.stop()
    text = json.dumps(result, indent=2)
    if args.json_out:
        args.json_out.write_text(text + "\n")
    sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main()
