"""What the crash tests share: the fork server client, and checks that read a profile with
the plain sqlite3 module (never through the application)."""

from __future__ import annotations

import json
import queue
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from alembic.script import ScriptDirectory

import app.models.migrations

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[2]
DB_NAME = "workbench.sqlite3"
SIGKILL = 9
# How many backups a profile may hold after many interrupted upgrades ("pruned to a few").
MAX_BACKUPS = 5
# Names a backup may carry while it is being written (never taken for a finished backup).
TEMP_MARKERS = (".tmp", ".part", ".partial", ".incomplete", "-journal", "-wal", "-shm")


# ----------------------------------------------------------------------------- migrations


def migration_script() -> ScriptDirectory:
    return ScriptDirectory(str(Path(app.models.migrations.__file__).parent))


def revisions_oldest_first() -> list[str]:
    """Every revision of the ladder, read from the migration files (others may add more)."""
    return [r.revision for r in reversed(list(migration_script().walk_revisions()))]


def head_revision() -> str:
    return migration_script().get_current_head()


# ----------------------------------------------------------------------------- fork server


@dataclass
class Result:
    argv: list[str]
    rc: int | None
    signal: int | None
    stdout: str
    stderr: str
    ddl: list[str] = field(default_factory=list)
    statements: int = 0
    fs: list[str] = field(default_factory=list)
    timed_out: bool = False

    @property
    def killed(self) -> bool:
        return self.signal == SIGKILL and not self.timed_out

    def json(self) -> Any:
        return json.loads(self.stdout)

    def json_lines(self) -> list[Any]:
        """Complete lines only: the kill may cut the last one."""
        lines = self.stdout.split("\n")[:-1]
        return [json.loads(line) for line in lines if line.strip()]

    def describe(self) -> str:
        how = f"exit {self.rc}" if self.rc is not None else f"signal {self.signal}"
        if self.timed_out:
            how += " (timed out)"
        err = self.stderr.strip()
        if len(err) > 600:
            err = "..." + err[-600:]
        return f"`workbench {' '.join(self.argv)}` -> {how}" + (f"; stderr: {err}" if err else "")


class ForkServer:
    """Client of tests/crash/forkserver.py; one request at a time."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("forkserver.py"))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
        )
        self.lock = threading.Lock()

    def run(self, children: list[dict], timeout: float = 120) -> list[Result]:
        for child in children:
            child["argv"] = [str(a) for a in child["argv"]]
        with self.lock:
            assert self.process.stdin is not None and self.process.stdout is not None
            self.process.stdin.write(json.dumps({"children": children, "timeout": timeout}) + "\n")
            self.process.stdin.flush()
            line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the crash-test fork server died")
        reply = json.loads(line)
        if "error" in reply:
            raise RuntimeError(f"fork server: {reply['error']}")
        return [
            Result(argv=child["argv"], **result)
            for child, result in zip(children, reply["children"], strict=True)
        ]

    def cli(self, data_dir: Path, *args: object, timeout: float = 120, **kill: Any) -> Result:
        """One `workbench --data-dir DATA_DIR ARGS...`; `kill` as in forkserver.py."""
        argv = ["--data-dir", str(data_dir), *map(str, args)]
        return self.run([{"argv": argv, **kill}], timeout=timeout)[0]

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout:
            self.process.stdout.close()


class ServerPool:
    """A few fork servers, to run independent kill points side by side."""

    def __init__(self, size: int) -> None:
        self.servers = [ForkServer() for _ in range(size)]
        self.free: queue.Queue[ForkServer] = queue.Queue()
        for forks in self.servers:
            self.free.put(forks)

    def each(self, items: Iterable[T], check: Callable[[ForkServer, T], list[str]]) -> list[str]:
        """`check(server, item)` for every item, on whichever server is free; the failures
        of all of them in the order of `items`."""

        def run(item: T) -> list[str]:
            forks = self.free.get()
            try:
                return check(forks, item)
            finally:
                self.free.put(forks)

        with ThreadPoolExecutor(max_workers=len(self.servers)) as executor:
            return [f for failures in executor.map(run, list(items)) for f in failures]

    def close(self) -> None:
        for forks in self.servers:
            forks.close()


# ----------------------------------------------------------------------------- reading a profile


def connect(path: Path) -> sqlite3.Connection:
    """A read-only look at a database (never changes the file, not even its WAL mode)."""
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=10)


def revision_of(path: Path) -> str | None:
    with connect(path) as db:
        try:
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            return None
    return row[0] if row else None


def schema_of(path: Path) -> dict[str, Any]:
    """Every table, index, trigger and view by name, and each table's columns."""
    db = connect(path)
    try:
        objects = {
            f"{kind} {name}": table
            for kind, name, table in db.execute(
                "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        }
        columns = {}
        for key in objects:
            kind, name = key.split(" ", 1)
            if kind == "table":
                columns[name] = sorted(
                    (row[1], bool(row[3]))  # name, not null
                    for row in db.execute(f'PRAGMA table_xinfo("{name}")')
                )
    finally:
        db.close()
    return {"objects": objects, "columns": columns}


def schema_difference(actual: dict, expected: dict) -> str | None:
    """None when equal, else what is missing, extra or different, in a few words."""
    parts = []
    missing = sorted(set(expected["objects"]) - set(actual["objects"]))
    extra = sorted(set(actual["objects"]) - set(expected["objects"]))
    if missing:
        parts.append(f"missing {', '.join(missing[:8])}{' ...' if len(missing) > 8 else ''}")
    if extra:
        parts.append(f"unexpected {', '.join(extra[:8])}{' ...' if len(extra) > 8 else ''}")
    for table, cols in expected["columns"].items():
        got = actual["columns"].get(table)
        if got is not None and got != cols:
            lost = sorted({c for c, _ in cols} - {c for c, _ in got})
            more = sorted({c for c, _ in got} - {c for c, _ in cols})
            detail = f"columns of {table} differ"
            if lost or more:
                detail += f" (missing {lost}, unexpected {more})"
            parts.append(detail)
    return "; ".join(parts) or None


def case_refs(path: Path, subject: str | None = None) -> set[str]:
    """The refs of the cases in the database (only those with `subject`, when given)."""
    with connect(path) as db:
        if subject is None:
            return {row[0] for row in db.execute("SELECT ref FROM cases")}
        return {row[0] for row in db.execute("SELECT ref FROM cases WHERE subject = ?", (subject,))}


def integrity(path: Path) -> str:
    with connect(path) as db:
        rows = [r[0] for r in db.execute("PRAGMA integrity_check")]
    return "ok" if rows == ["ok"] else "; ".join(rows[:5])


def copy_profile(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


# ----------------------------------------------------------------------------- after a kill


def doctor_verdict(result: Result, data_dir: Path) -> str | None:
    """None when `doctor --json` is clean, or reports only what is exactly true and harmless:
    unfinished temporary copies that exist in the blobs folder. Otherwise what is wrong."""
    if result.rc not in (0, 1):
        return f"doctor failed: {result.describe()}"
    try:
        report = result.json()
    except ValueError:
        return f"doctor printed no JSON: {result.describe()}"
    if result.rc == 0 and report.get("ok") is True and not report.get("problems"):
        return None
    problems = report.get("problems") or []
    if result.rc == 1 and problems:
        unexplained = []
        for problem in problems:
            if problem.get("kind") == "stray_temp":
                name = str(problem.get("detail", "")).split(":", 1)[0]
                if name and (data_dir / "blobs" / name).exists():
                    continue
            unexplained.append(f"{problem.get('kind')}: {problem.get('detail')}")
        if not unexplained:
            return None
        return "doctor reports " + " | ".join(unexplained[:5])
    return f"doctor is not clean but names no problem: {result.describe()}; {result.stdout[:300]}"


# What a read may answer on a profile a kill left unfinished: plain words, not a refusal of
# the file as another program's, a damaged one, or a bug.
_REFUSALS = ("another program", "internal error", "damaged", "not a support workbench")


def next_commands_work(server: ForkServer, data_dir: Path, refs_before: set[str]) -> list[str]:
    """The commands after a kill: a read (`cases list`) works, or says in plain words why
    not (reads may leave an unfinished profile to the next write); the next write
    (`cases add`) works; then every acknowledged case is listed, `doctor` is clean (or says
    exactly what is wrong) and the schema version is the head."""
    problems = []
    first = server.cli(data_dir, "cases", "list", "--json", "--limit", "0")
    if first.rc != 0 and (first.rc != 2 or any(r in first.stderr.lower() for r in _REFUSALS)):
        problems.append(f"the next read failed: {first.describe()}")
    written = server.cli(data_dir, "cases", "add", "--json", "--subject", "Written after the kill")
    refs = set(refs_before)
    if written.rc != 0:
        problems.append(f"the next write failed: {written.describe()}")
    else:
        refs.add(written.json()["ref"])
    listing = server.cli(data_dir, "cases", "list", "--json", "--limit", "0")
    if listing.rc != 0:
        problems.append(f"listing after the write failed: {listing.describe()}")
    else:
        listed = {row["ref"] for row in listing.json()}
        lost = sorted(refs - listed)
        if lost:
            problems.append(f"acknowledged cases lost: {', '.join(lost[:6])} ({len(lost)} in all)")
    doctor = server.cli(data_dir, "doctor", "--json")
    verdict = doctor_verdict(doctor, data_dir)
    if verdict:
        problems.append(verdict)
    db = data_dir / DB_NAME
    if db.exists():
        revision = revision_of(db)
        if revision != head_revision():
            problems.append(f"schema version is {revision!r}, not the head {head_revision()!r}")
    return problems


def backup_problems(backups: Path, expected: dict[str, dict], expected_refs: set[str]) -> list[str]:
    """Every file in backups/ that is named like a finished backup must be one: a complete
    copy that passes the integrity check, has one of the `expected` schema versions and
    that version's schema (revision -> schema), and holds the profile's cases."""
    problems = []
    if not backups.is_dir():
        return problems
    for path in sorted(backups.iterdir()):
        if path.is_dir() or path.name.startswith(".") or path.name.endswith(TEMP_MARKERS):
            continue
        why = _backup_problem(path, expected, expected_refs)
        if why:
            problems.append(f"backups/{path.name} ({path.stat().st_size} bytes) {why}")
    return problems


def _backup_problem(path: Path, expected: dict[str, dict], expected_refs: set[str]) -> str | None:
    try:
        check = integrity(path)
        if check != "ok":
            return f"fails the integrity check: {check}"
        revision = revision_of(path)
        if revision is None:
            return "has no schema version (an empty or foreign database)"
        if revision not in expected:
            return f"is of schema {revision}, not {' or '.join(expected)} as before the upgrade"
        diff = schema_difference(schema_of(path), expected[revision])
        if diff:
            return f"is not a copy of the profile before the upgrade: {diff}"
        lost = expected_refs - case_refs(path)
        if lost:
            return f"lacks {len(lost)} of the profile's {len(expected_refs)} cases"
    except sqlite3.Error as exc:
        return f"cannot be read as a database: {exc}"
    return None


def finished_backups(backups: Path) -> list[Path]:
    if not backups.is_dir():
        return []
    return [
        p
        for p in sorted(backups.iterdir())
        if p.is_file() and not p.name.startswith(".") and not p.name.endswith(TEMP_MARKERS)
    ]


def report(title: str, failures: list[str], limit: int = 25) -> str:
    shown = failures[:limit]
    more = f"\n  ... and {len(failures) - limit} more" if len(failures) > limit else ""
    return f"{title}: {len(failures)} failure(s)\n  " + "\n  ".join(shown) + more
