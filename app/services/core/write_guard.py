"""A guard that every committed change to the shop's data came with an operation.

DESIGN.md section 2: "every write is an operation". `WriteGuard` checks it as it
happens: it counts, per transaction, the rows of entity tables that were added,
changed or removed and the `Operation` rows added beside them, and refuses to
commit a transaction that changed data without logging a single operation (the
change would never reach the history, undo or sync).

The test suite installs it on every session (tests/services/conftest.py). A
profile can install it on its own writer only: `WriteGuard(profile.write_session_factory)`.
Profile settings (`Meta`: agent name, device id) and sync notices (`SyncNotice`) are this
laptop's own and are not logged, so they are not counted. It sees what goes through the
ORM's unit of work (`session.add`, attribute changes, `session.delete`), not bulk
`update()`/`delete()` statements or raw SQL, which no service uses to write.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from app.models.entities import Meta, Operation, SyncNotice

_TALLY = "write_guard.tally"  # the key in Session.info


class WriteWithoutOperation(RuntimeError):
    """A transaction changed the shop's data and appended no operation: a bug."""


@dataclass
class _Tally:
    operations: int = 0
    changed: Counter[str] = field(default_factory=Counter)  # table -> rows changed


@dataclass(frozen=True)
class Violation:
    """One transaction that changed rows without an operation: rows changed per table."""

    changed: tuple[tuple[str, int], ...]

    def __str__(self) -> str:
        rows = ", ".join(f"{count} {table}" for table, count in self.changed)
        return f"a write changed rows ({rows}) without appending an operation"


class WriteGuard:
    """Counts entity rows and operations per transaction on `target` (the `Session` class
    for every session, or one `sessionmaker`); `strict` makes a violating commit fail.

    Every violation is also kept in `violations`, for a test to assert on afterwards
    (a strict failure may be caught and reported in words by the code under test).
    """

    def __init__(self, target: type[Session] | sessionmaker[Any] = Session, *, strict: bool = True):
        self.target = target
        self.strict = strict
        self.violations: list[Violation] = []
        self._listeners = (
            ("after_flush", self._after_flush),
            ("before_commit", self._before_commit),
            ("after_transaction_end", self._forget),
        )
        for name, listener in self._listeners:
            event.listen(target, name, listener)

    def remove(self) -> None:
        for name, listener in self._listeners:
            if event.contains(self.target, name, listener):
                event.remove(self.target, name, listener)

    def _after_flush(self, session: Session, _flush_context: object) -> None:
        # After a flush the new, dirty and deleted sets still show what it wrote.
        tally = session.info.setdefault(_TALLY, _Tally())
        for row in session.new:
            if isinstance(row, Operation):
                tally.operations += 1
            elif _counted(row):
                tally.changed[row.__tablename__] += 1
        for row in session.dirty:
            if _counted(row) and session.is_modified(row, include_collections=False):
                tally.changed[row.__tablename__] += 1
        for row in session.deleted:
            if _counted(row):
                tally.changed[row.__tablename__] += 1

    def _before_commit(self, session: Session) -> None:
        session.flush()  # what is still pending is counted too
        tally: _Tally | None = session.info.pop(_TALLY, None)
        if tally is None or tally.operations or not tally.changed:
            return
        violation = Violation(tuple(sorted(tally.changed.items())))
        self.violations.append(violation)
        if self.strict:
            raise WriteWithoutOperation(str(violation))

    @staticmethod
    def _forget(session: Session, transaction: SessionTransaction) -> None:
        if transaction.parent is None:  # rolled back or closed: nothing of it stays
            session.info.pop(_TALLY, None)


def _counted(row: object) -> bool:
    return not isinstance(row, Operation | Meta | SyncNotice) and hasattr(row, "__tablename__")
