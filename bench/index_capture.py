"""Records every distinct SQL statement the application sends to SQLite (for bench/index_usage.py).

Two taps: a SQLAlchemy `before_cursor_execute` listener on every Engine (the statement and
its parameters as the driver gets them), and `sqlite3.connect` wrapped so that connections
opened outside an engine (health checks, backups, reading a profile's folder) report their
statements through a trace callback (SQLite hands those over with the values filled in).
A statement counts only when application code sent it: the innermost caller frame outside
SQLAlchemy must lie under app/, so a test's own SQL is left out.

Also a pytest plugin: `PYTHONPATH=bench pytest -p index_capture ...` with the environment
variable INDEX_CAPTURE_OUT set writes what the tests made the application send, as JSON.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app") + os.sep
TESTS = str(ROOT / "tests") + os.sep
MIGRATIONS = str(ROOT / "app" / "models" / "migrations") + os.sep
DML = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|REPLACE)\b", re.IGNORECASE)
_LIST = re.compile(r"\(\s*\?(?:\s*,\s*\?)+\s*\)")
_STRING = re.compile(r"'(?:[^']|'')*'")
_NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b")
_BLOB = re.compile(r"\bx\?", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def shape(sql: str) -> str:
    """The statement with its literals and the lengths of its `IN (?, ?...)` lists taken out:
    two calls that differ only in values are one statement."""
    text = _SPACE.sub(" ", sql).strip()
    text = _STRING.sub("?", text)
    text = _BLOB.sub("?", text)
    text = _NUMBER.sub("?", text)
    return _LIST.sub("(?...)", text)


def plain(value: object) -> object:
    """Parameters as JSON can hold them (bytes as {"hex": ...}); `bound` undoes it."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"hex": bytes(value).hex()}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if value is None or isinstance(value, str | int | float):
        return value
    return str(value)


def bound(value: object) -> object:
    if isinstance(value, dict) and set(value) == {"hex"}:
        return bytes.fromhex(value["hex"])
    if isinstance(value, dict):
        return {k: bound(v) for k, v in value.items()}
    if isinstance(value, list):
        return tuple(bound(v) for v in value)
    return value


def _module(path: str) -> str:
    name = path[len(APP) : -3].replace(os.sep, ".")
    return name.removeprefix("services.")


def _callers() -> tuple[str | None, str | None, bool, str | None]:
    """(innermost app frame, outermost app frame, inside a migration, test file)."""
    site = entry = test = None
    migration = False
    frame = sys._getframe(3)
    while frame is not None:
        path = frame.f_code.co_filename
        if path.startswith(APP):
            where = f"{_module(path)}:{frame.f_code.co_name}"
            site = site or where
            entry = where
            migration = migration or path.startswith(MIGRATIONS)
        elif test is None and path.startswith(TESTS):
            test = path[len(TESTS) :]
        frame = frame.f_back
    return site, entry, migration, test


class Recorder:
    """Distinct statements by shape, each with the first parameters seen, where it came from
    (the workload step or test file, and the app functions that sent it) and how often."""

    def __init__(self) -> None:
        self.statements: dict[str, dict] = {}
        self.step = "open"
        self._installed: list = []

    @contextmanager
    def stepping(self, name: str):  # noqa: ANN201
        before, self.step = self.step, name
        try:
            yield
        finally:
            self.step = before

    def note(self, sql: str, params: object, source: str) -> None:
        if not DML.match(sql):
            return
        site, entry, migration, test = _callers()
        if site is None:
            return
        key = shape(sql)
        record = self.statements.get(key)
        if record is None:
            record = self.statements[key] = {
                "sql": _SPACE.sub(" ", sql).strip(),
                "params": plain(params),
                "source": source,
                "count": 0,
                "sites": [],
                "steps": [],
                "migration_only": True,
            }
        record["count"] += 1
        called = site if site == entry else f"{entry} > {site}"
        if called not in record["sites"]:
            record["sites"].append(called)
        step = f"tests/{test}" if test else self.step
        if step not in record["steps"]:
            record["steps"].append(step)
        record["migration_only"] = record["migration_only"] and migration

    def install(self) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        def before(_conn, _cursor, statement, parameters, _context, executemany) -> None:  # noqa: ANN001
            if executemany:
                parameters = parameters[0] if parameters else ()
            self.note(statement, parameters, "engine")

        def engine_connection(dbapi_connection, _record) -> None:  # noqa: ANN001
            dbapi_connection.set_trace_callback(None)  # the listener above sees these

        real_connect = sqlite3.connect

        def traced_connect(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            connection = real_connect(*args, **kwargs)
            connection.set_trace_callback(lambda sql: self.note(sql, None, "raw sqlite3"))
            return connection

        event.listen(Engine, "before_cursor_execute", before)
        event.listen(Engine, "connect", engine_connection)
        sqlite3.connect = traced_connect
        self._installed = [before, engine_connection, real_connect]

    def uninstall(self) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        if not self._installed:
            return
        before, engine_connection, real_connect = self._installed
        event.remove(Engine, "before_cursor_execute", before)
        event.remove(Engine, "connect", engine_connection)
        sqlite3.connect = real_connect
        self._installed = []

    def dump(self, path: Path) -> None:
        path.write_text(json.dumps(list(self.statements.values()), indent=1), encoding="utf-8")


# ----------------------------------------------------------------------------- pytest plugin

_RECORDER: Recorder | None = None


def pytest_configure(config) -> None:  # noqa: ANN001, ARG001
    global _RECORDER
    if os.environ.get("INDEX_CAPTURE_OUT"):
        _RECORDER = Recorder()
        _RECORDER.step = "tests"
        _RECORDER.install()


def pytest_unconfigure(config) -> None:  # noqa: ANN001, ARG001
    if _RECORDER is not None:
        _RECORDER.uninstall()
        _RECORDER.dump(Path(os.environ["INDEX_CAPTURE_OUT"]))
