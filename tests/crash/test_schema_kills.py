"""Kill the process at every schema statement of creation and of every upgrade, and while
the backup before an upgrade is written; the next command must work, `doctor` must be
clean, every case must still be there, the schema must be the head's, and backups/ must
hold only complete, verified copies, a few at most.

Each test first runs the command once without a kill, to learn its schema statements (and
file events), then kills a fresh copy of the profile just before each of them in turn.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from app.models.db import create_sqlite_engine
from app.models.rebuild import rebuild
from tests.crash.helpers import (
    DB_NAME,
    MAX_BACKUPS,
    backup_problems,
    case_refs,
    copy_profile,
    finished_backups,
    head_revision,
    migration_script,
    next_commands_work,
    report,
    revision_of,
    revisions_oldest_first,
    schema_difference,
    schema_of,
)

# The command that creates or upgrades the schema: a write (reads leave that to writes).
FIRST = ("cases", "add", "--json", "--subject", "The first command")
OLDER_REVISIONS = [r for r in revisions_oldest_first() if r != head_revision()]


def _migrate(path: Path, revision: str, how=command.downgrade) -> None:  # noqa: ANN001
    engine = create_sqlite_engine(path)
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(migration_script().dir))
            config.attributes["connection"] = connection
            how(config, revision)
    finally:
        engine.dispose()


def _downgrade(path: Path, revision: str) -> None:
    _migrate(path, revision)


RELEASE_0006 = Path(__file__).parents[1] / "fixtures" / "release_0006" / "profile"
BEFORE_REBUILD = "0006"  # the schema a profile is upgraded to in place, then rewritten
REBUILT_AT = "0007"  # the schema of the rewrite (app.models.rebuild)


@pytest.fixture(scope="session")
def older_profile(tmp_path_factory):
    """make(revision) -> (folder, its schema, its case refs, backup schemas): the profile a
    release of schema 0006 made (tests/fixtures/release_0006), taken back to an older
    schema when asked, made once per revision and session. The compact storage (0007)
    cannot be taken back, so older profiles come from the last release before it.

    Backup schemas: every backup an upgrade from there may leave, by its revision (one
    copy of the profile as it was; from below 0006, the 0006 file the compact storage
    was rewritten from too)."""
    made: dict[str, tuple[Path, dict, set[str], dict[str, dict]]] = {}
    release_schema = schema_of(RELEASE_0006 / DB_NAME)
    rebuilt = copy_profile(RELEASE_0006, tmp_path_factory.mktemp("rebuilt") / "p")
    rebuild(rebuilt / DB_NAME, rebuilt / "backups", BEFORE_REBUILD)
    shutil.rmtree(rebuilt / "backups")  # the 0006 file it was rewritten from
    rebuilt_schema = schema_of(rebuilt / DB_NAME)

    def make(revision: str) -> tuple[Path, dict, set[str], dict[str, dict]]:
        if revision not in made:
            if revision >= REBUILT_AT:
                folder = copy_profile(rebuilt, tmp_path_factory.mktemp(f"at-{revision}") / "p")
                if revision > REBUILT_AT:  # a later release: the rewrite, upgraded in place
                    _migrate(folder / DB_NAME, revision, command.upgrade)
            else:
                folder = copy_profile(RELEASE_0006, tmp_path_factory.mktemp(f"at-{revision}") / "p")
            if revision < BEFORE_REBUILD:
                _downgrade(folder / DB_NAME, revision)
            assert revision_of(folder / DB_NAME) == revision
            schema = schema_of(folder / DB_NAME)
            backups = {revision: schema}
            if revision < BEFORE_REBUILD:
                # Only the tables' shape is compared for that one: it was made by the upgrade.
                backups[BEFORE_REBUILD] = release_schema
            if revision < REBUILT_AT:
                # The rewrite's output, kept by an upgrade to a later schema that was killed
                # after the rewrite and finished by the next command.
                backups[REBUILT_AT] = rebuilt_schema
            deleted = {r for r in case_refs(folder / DB_NAME) if _is_deleted(folder, r)}
            live = case_refs(folder / DB_NAME) - deleted  # what the commands list
            made[revision] = (folder, schema, live, backups)
        return made[revision]

    return make


def _is_deleted(folder: Path, ref: str) -> bool:
    with sqlite3.connect(folder / DB_NAME) as db:
        row = db.execute("SELECT deleted_at FROM cases WHERE ref = ?", (ref,)).fetchone()
    return row is not None and row[0] is not None


def _first_line(statement: str) -> str:
    return statement if len(statement) <= 70 else statement[:67] + "..."


def test_kill_at_every_ddl_statement_of_creation(pool, server, scratch, fresh_schema):
    """The first command on a new folder creates the schema; a kill before any of its
    statements must leave a folder the next command finishes (or starts again)."""
    counted = server.cli(scratch / "count", *FIRST)
    assert counted.rc == 0, counted.describe()
    assert counted.ddl, "creating a profile ran no schema statement the test could see"
    total = len(counted.ddl)

    def kill_at(forks, point: tuple[int, str]) -> list[str]:
        n, statement = point
        folder = scratch / f"kill-{n}"
        where = f"creation killed before DDL #{n}/{total} `{_first_line(statement)}`"
        killed = forks.cli(folder, *FIRST, kill_at_ddl=n)
        if not killed.killed and killed.rc != 0:
            return [f"{where}: the killed command itself failed: {killed.describe()}"]
        problems = next_commands_work(forks, folder, set())
        if (folder / DB_NAME).exists() and not problems:
            diff = schema_difference(schema_of(folder / DB_NAME), fresh_schema)
            if diff:
                problems.append(f"the schema is not a new profile's: {diff}")
        shutil.rmtree(folder, ignore_errors=True)
        return [f"{where}: {p}" for p in problems]

    failures = pool.each(enumerate(counted.ddl, start=1), kill_at)
    assert not failures, report("kills during schema creation", failures)


@pytest.mark.parametrize("revision", OLDER_REVISIONS)
def test_kill_at_every_ddl_statement_of_the_upgrade_from(
    revision, pool, server, older_profile, fresh_schema, scratch
):
    """An older profile is backed up and migrated by the first command; a kill before any
    schema statement of the upgrade must leave it as it was (each migration all or
    nothing, with its version stamp) so that the next command upgrades it whole."""
    source, old_schema, refs, backup_schemas = older_profile(revision)
    failures = []
    baseline = copy_profile(source, scratch / "count")
    counted = server.cli(baseline, *FIRST)
    assert counted.rc == 0, f"upgrading from {revision} without a kill: {counted.describe()}"
    assert counted.ddl, f"the upgrade from {revision} ran no schema statement the test could see"
    diff = schema_difference(schema_of(baseline / DB_NAME), fresh_schema)
    if diff:
        failures.append(
            f"upgrade from {revision} without a kill: not a new profile's schema: {diff}"
        )
    total = len(counted.ddl)

    def kill_at(forks, point: tuple[int, str]) -> list[str]:
        n, statement = point
        folder = copy_profile(source, scratch / f"kill-{n}")
        where = f"upgrade from {revision} killed before DDL #{n}/{total} `{_first_line(statement)}`"
        killed = forks.cli(folder, *FIRST, kill_at_ddl=n)
        if not killed.killed and killed.rc != 0:
            return [f"{where}: the killed command itself failed: {killed.describe()}"]
        problems = [
            f"right after the kill, {p}"
            for p in backup_problems(folder / "backups", backup_schemas, refs)
        ]
        next_problems = next_commands_work(forks, folder, refs)
        if not next_problems:
            diff = schema_difference(schema_of(folder / DB_NAME), fresh_schema)
            if diff:
                next_problems.append(f"the upgraded schema is not a new profile's: {diff}")
        problems += next_problems
        problems += [
            f"after the next command, {p}"
            for p in backup_problems(folder / "backups", backup_schemas, refs)
        ]
        shutil.rmtree(folder, ignore_errors=True)
        return [f"{where}: {p}" for p in problems]

    failures += pool.each(enumerate(counted.ddl, start=1), kill_at)
    assert not failures, report(f"kills during the upgrade from {revision}", failures)


@pytest.mark.parametrize("revision", OLDER_REVISIONS)
def test_kill_while_the_backup_before_the_upgrade_is_written(
    revision, pool, server, older_profile, scratch
):
    """Kill just before every file event in backups/ (opening, writing, renaming, removing a
    file, and right after SQLite opened one): a file named like a finished backup must be
    one, now and after the next command."""
    source, old_schema, refs, backup_schemas = older_profile(revision)
    baseline = copy_profile(source, scratch / "count")
    watch = str(baseline / "backups") + os.sep
    counted = server.cli(baseline, *FIRST, fs_match=watch)
    assert counted.rc == 0, f"upgrading from {revision} without a kill: {counted.describe()}"
    assert counted.fs, f"upgrading from {revision} wrote no backup"
    events = [e.replace(str(baseline), "<profile>") for e in counted.fs]

    def kill_at(forks, point: tuple[int, str]) -> list[str]:
        n, event = point
        folder = copy_profile(source, scratch / f"kill-{n}")
        where = f"upgrade from {revision} killed before backup event #{n}/{len(events)} ({event})"
        killed = forks.cli(
            folder,
            *FIRST,
            kill_at_fs=n,
            fs_match=str(folder / "backups") + os.sep,
        )
        if not killed.killed and killed.rc != 0:
            return [f"{where}: the killed command itself failed: {killed.describe()}"]
        problems = [
            f"right after the kill, {p}"
            for p in backup_problems(folder / "backups", backup_schemas, refs)
        ]
        problems += next_commands_work(forks, folder, refs)
        problems += [
            f"after the next command, {p}"
            for p in backup_problems(folder / "backups", backup_schemas, refs)
        ]
        shutil.rmtree(folder, ignore_errors=True)
        return [f"{where}: {p}" for p in problems]

    failures = pool.each(enumerate(events, start=1), kill_at)
    assert not failures, report(
        f"kills while backing up before the upgrade from {revision}", failures
    )


def test_an_upgrade_killed_again_and_again_keeps_a_few_good_backups(server, older_profile, scratch):
    """Retrying an interrupted upgrade (seconds apart, as a person would) must not fill
    backups/ with copies, nor with copies of a half-migrated file: a few at most, each a
    complete copy of the profile before the upgrade."""
    revision = OLDER_REVISIONS[0]
    source, old_schema, refs, backup_schemas = older_profile(revision)
    counted = server.cli(copy_profile(source, scratch / "count"), *FIRST)
    assert counted.rc == 0, counted.describe()
    folder = copy_profile(source, scratch / "retried")
    rng = random.Random(20251123)
    history = []
    for attempt in range(1, 8):
        n = rng.randint(1, len(counted.ddl))
        killed = server.cli(folder, *FIRST, kill_at_ddl=n)
        outcome = "killed" if killed.killed else killed.describe()
        history.append(f"attempt {attempt} killed before DDL #{n}: {outcome}")
        time.sleep(1.05)  # backups are named by the second: retries are seconds apart
    final = server.cli(folder, *FIRST)
    failures = []
    if final.rc != 0:
        failures.append(
            f"after 7 interrupted upgrades, the next command failed: {final.describe()}"
        )
    kept = finished_backups(folder / "backups")
    if len(kept) > MAX_BACKUPS:
        failures.append(
            f"backups/ holds {len(kept)} backups after 7 interrupted upgrades "
            f"(at most {MAX_BACKUPS} expected): {', '.join(p.name for p in kept)}"
        )
    failures += backup_problems(folder / "backups", backup_schemas, refs)
    if not kept:
        failures.append("no backup of the profile before the upgrade was kept")
    failures += next_commands_work(server, folder, refs)
    assert not failures, report(
        f"upgrade from {revision} killed 7 times ({'; '.join(history)})", failures
    )
