"""Is the database file sound? SQLite's own checks, run on a time budget, and the damage mark.

`quick_check()` runs `PRAGMA quick_check` and gives up (answering None) when
the budget runs out, so opening a large profile never waits long for it;
`integrity_check()` runs the full check (for `doctor`). Once damage is found
it is remembered in a small file beside the database, `DAMAGED.json`, so
that every later open refuses writes (a write into a damaged file can spread
the damage) until the database is restored or checks clean again.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MARK_NAME = "DAMAGED.json"
CLEAN_NAME = "health.json"  # when a whole check last passed
RECHECK_AFTER = dt.timedelta(days=1)
QUICK_CHECK_BUDGET_S = 0.3
_MAX_LINES = 20


@dataclass(frozen=True)
class Damage:
    """What SQLite found wrong with the database file, and when."""

    lines: tuple[str, ...]
    found_at: str

    @property
    def summary(self) -> str:
        first = self.lines[0] if self.lines else "the file is damaged"
        more = f" (and {len(self.lines) - 1} more)" if len(self.lines) > 1 else ""
        return f"{first}{more}"


def _connect(path: Path) -> sqlite3.Connection:
    from app.models.db import connect_read_only

    return connect_read_only(path)


def _run_check(path: Path, pragma: str, budget_s: float | None) -> list[str] | None:
    """The lines of `PRAGMA <pragma>`; None when the budget ran out first."""
    connection = _connect(path)
    try:
        if budget_s is not None:
            deadline = time.monotonic() + budget_s
            connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 2000)
        try:
            return [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}({_MAX_LINES})")]
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                return None
            return [str(exc)]
        except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"
            return [str(exc)]
    finally:
        connection.close()


def quick_check(path: Path, budget_s: float = QUICK_CHECK_BUDGET_S) -> list[str] | None:
    """["ok"] or SQLite's complaints; None when the check did not finish within the budget."""
    return _run_check(path, "quick_check", budget_s)


def integrity_check(path: Path) -> list[str]:
    """The full `PRAGMA integrity_check`: ["ok"] or up to 20 lines of what is wrong.

    When the damage stops the check itself ("database disk image is malformed"), each
    table is checked on its own, so the lines say which tables are damaged."""
    try:
        lines = _run_check(path, "integrity_check", None)
    except sqlite3.Error as exc:
        return [str(exc)]
    if lines and len(lines) == 1 and lines[0] != "ok" and not lines[0].startswith("*** "):
        per_table = _per_table(path)
        if per_table:
            return [f"{lines[0]}:", *per_table][:_MAX_LINES]
    return lines or ["the check returned nothing"]


def _per_table(path: Path) -> list[str]:
    try:
        connection = _connect(path)
    except sqlite3.Error:
        return []
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
    except sqlite3.Error:
        return []
    found = []
    try:
        for table in tables:
            try:
                result = [
                    str(r[0]) for r in connection.execute(f'PRAGMA integrity_check("{table}")')
                ]
            except sqlite3.Error as exc:
                result = [str(exc)]
            found += [f"table {table}: {line}" for line in result if line != "ok"]
    finally:
        connection.close()
    return found


def read_mark(root: Path) -> Damage | None:
    """The damage remembered for the profile in `root`, if any."""
    try:
        data = json.loads((root / MARK_NAME).read_text(encoding="utf-8"))
        return Damage(tuple(str(line) for line in data["lines"]), str(data["found_at"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return Damage(("the database was found damaged before",), "")


def write_mark(root: Path, lines: list[str]) -> Damage:
    """Remember that the database is damaged (best effort: a full disk may refuse it)."""
    damage = Damage(
        tuple(lines[:_MAX_LINES]), dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    )
    target = root / MARK_NAME
    try:
        partial = target.with_suffix(".part")
        partial.write_text(
            json.dumps({"lines": list(damage.lines), "found_at": damage.found_at}, indent=1),
            encoding="utf-8",
        )
        os.replace(partial, target)
    except OSError as exc:
        log.warning("could not record the damage in %s: %s", target, exc)
    # Info, not error: the user reads the StorageError; stderr gets one line only.
    log.info("the database in %s is damaged: %s", root, "; ".join(damage.lines))
    return damage


def note_clean(root: Path) -> None:
    """Remember that a whole check passed now (best effort: a full disk may refuse)."""
    try:
        (root / CLEAN_NAME).write_text(
            json.dumps({"checked_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}),
            encoding="utf-8",
        )
    except OSError:
        pass


def checked_recently(root: Path) -> bool:
    """Whether a whole check passed within RECHECK_AFTER (and no damage was found since)."""
    if (root / MARK_NAME).exists():
        return False
    try:
        data = json.loads((root / CLEAN_NAME).read_text(encoding="utf-8"))
        when = dt.datetime.fromisoformat(data["checked_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return dt.timedelta(0) <= dt.datetime.now(dt.UTC) - when < RECHECK_AFTER


def clear_mark(root: Path) -> None:
    try:
        (root / MARK_NAME).unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("could not remove %s: %s", root / MARK_NAME, exc)
