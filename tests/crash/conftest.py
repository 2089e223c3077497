"""Fixtures of the crash tests: one fork server per session, and profiles made once per
session and copied for every kill."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.crash.helpers import DB_NAME, ServerPool, case_refs, schema_of


@pytest.fixture(scope="session")
def pool():
    """Fork servers for kill points that can run side by side (one per core, 2 to 4)."""
    servers = ServerPool(min(4, max(2, os.cpu_count() or 2)))
    yield servers
    servers.close()


@pytest.fixture(scope="session")
def server(pool):
    return pool.servers[0]


@pytest.fixture
def scratch(tmp_path):
    """A folder for the profiles one test kills: in memory (/dev/shm) when there is one,
    since a SIGKILL does not depend on the disk and a thousand fsyncs would; removed after
    the test. CRASH_TMP=DIR picks another place."""
    base = os.environ.get("CRASH_TMP") or ("/dev/shm" if os.access("/dev/shm", os.W_OK) else "")
    if not base:
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="crash-", dir=base))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def fresh_schema(server, tmp_path_factory) -> dict:
    """The schema a brand-new profile gets: what every recovered profile must have."""
    folder = tmp_path_factory.mktemp("fresh") / "profile"
    result = server.cli(folder, "cases", "add", "--json", "--subject", "First")
    assert result.rc == 0, result.describe()
    return schema_of(folder / DB_NAME)


def add_case(server, folder: Path, *args: object) -> str:
    result = server.cli(folder, "cases", "add", "--json", *args)
    assert result.rc == 0, result.describe()
    return result.json()["ref"]


@pytest.fixture(scope="session")
def seeded_profile(server, tmp_path_factory) -> Path:
    """A profile at the head with the scripted demo cases and two more: refs to keep."""
    folder = tmp_path_factory.mktemp("seeded") / "profile"
    result = server.cli(folder, "demo", "seed", "--json")
    assert result.rc == 0, result.describe()
    add_case(
        server,
        folder,
        "--subject",
        "Strap snapped on day two",
        "--customer",
        "Mina Park",
        "--marketplace",
        "amazon.com",
        "--order",
        "113-1111111-2222222",
        "--body",
        "The strap broke.",
    )
    add_case(server, folder, "--subject", "Gürtel zu kurz", "--marketplace", "amazon.de")
    assert len(case_refs(folder / DB_NAME)) == 10
    return folder


@pytest.fixture(scope="session")
def empty_profile(server, tmp_path_factory) -> tuple[Path, set[str]]:
    """A profile at the head with two acknowledged cases and nothing else."""
    folder = tmp_path_factory.mktemp("empty") / "profile"
    add_case(server, folder, "--subject", "First acknowledged case", "--customer", "Ola Nordmann")
    add_case(server, folder, "--subject", "Second acknowledged case", "--priority", "high")
    return folder, case_refs(folder / DB_NAME)
