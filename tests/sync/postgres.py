"""A throwaway PostgreSQL cluster for the sync tests (DESIGN.md section 10).

Made with the system's `initdb` in a temporary folder, served by `postgres` on a free
port of 127.0.0.1 (its socket in the same folder), trust authentication, fsync off, and
removed at the end. As root, both run as the `postgres` user (they refuse root) on a
folder that user owns. Without PostgreSQL binaries the tests that need it skip, saying
why; under CI (the CI environment variable set) that is a failure instead.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

START_TIMEOUT_S = 30


def find_bindir() -> Path | None:
    """The folder of `initdb` and `postgres`: on PATH, or Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("postgres"):
        return Path(found).parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
        reverse=True,
    )
    for initdb in versions:
        if (initdb.parent / "postgres").exists():
            return initdb.parent
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def unavailable(reason: str) -> None:
    """Skip (or fail under CI) the tests that need PostgreSQL."""
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required under CI: {reason}", pytrace=False)
    pytest.skip(f"no PostgreSQL for the sync tests: {reason}")


class PostgresCluster:
    """A running cluster; `new_database()` gives a fresh empty database's URL."""

    def __init__(self, bindir: Path, root: Path, port: int, process: subprocess.Popen) -> None:
        self.bindir, self.root, self.port, self.process = bindir, root, port, process

    def admin_url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def _execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url(), autocommit=True) as connection:
            connection.execute(sql)

    def new_database(self) -> str:
        name = f"sync_{uuid.uuid4().hex[:16]}"
        self._execute(f'CREATE DATABASE "{name}"')
        return self.admin_url(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with contextlib.suppress(Exception):
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _as_postgres(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextlib.contextmanager
def running_cluster() -> Iterator[PostgresCluster]:
    bindir = find_bindir()
    if bindir is None:
        unavailable("initdb and postgres were not found (install Debian's postgresql)")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        unavailable("running as root needs runuser to start PostgreSQL as postgres")
    root = Path(tempfile.mkdtemp(prefix="workbench-pg-"))
    process = None
    try:
        if os.geteuid() == 0:
            try:
                shutil.chown(root, "postgres", "postgres")
            except (LookupError, PermissionError) as exc:
                unavailable(f"cannot hand a folder to the postgres user: {exc}")
        data = root / "data"
        init = subprocess.run(
            _as_postgres(
                [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]
                + ["-E", "UTF8", "--locale=C", "--no-sync"]
            ),
            capture_output=True,
            text=True,
        )
        if init.returncode != 0:
            unavailable(f"initdb failed: {init.stderr.strip()[-400:]}")
        port = free_port()
        settings = {
            "listen_addresses": "127.0.0.1",
            "port": str(port),
            "unix_socket_directories": str(root),
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "200",
        }
        options = [part for k, v in settings.items() for part in ("-c", f"{k}={v}")]
        log_file = open(root / "postgres.log", "wb")  # noqa: SIM115 - closed below
        process = subprocess.Popen(
            _as_postgres([str(bindir / "postgres"), "-D", str(data), *options]),
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
        log_file.close()
        cluster = PostgresCluster(bindir, root, port, process)
        _wait_ready(cluster)
        yield cluster
    finally:
        if process is not None:
            _stop(root / "data", process)
        shutil.rmtree(root, ignore_errors=True)


def _stop(data: Path, process: subprocess.Popen) -> None:
    """Fast shutdown of the postmaster itself (runuser does not pass signals on)."""
    try:
        pid = int((data / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        pid = process.pid
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGINT)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        process.kill()
        process.wait()


def _wait_ready(cluster: PostgresCluster) -> None:
    import psycopg

    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        if cluster.process.poll() is not None:
            log = (cluster.root / "postgres.log").read_text(errors="replace")[-400:]
            unavailable(f"postgres exited: {log.strip()}")
        try:
            with psycopg.connect(cluster.admin_url(), connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                unavailable("postgres did not accept connections in time")
            time.sleep(0.1)
