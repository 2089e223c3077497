"""A profile: one folder holding the database, evidence blobs, backups and logs.

`Profile.open()` is the one way in. It checks the folder can be written,
opens (creating or migrating) the database, and knows who is working on
which device.
"""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import logging.handlers
import os
import tomllib
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.models.db import (
    StorageError,
    open_database,
    storage_error_from,
    storage_errors_translated,
)
from app.models.entities import Meta
from app.services.errors import InvalidInput
from app.services.evidence_store import MAX_EVIDENCE_BYTES, MB, BlobStore
from app.services.oplog import HybridClock, OperationWriter, latest_hlc

log = logging.getLogger(__name__)

DB_NAME = "workbench.sqlite3"
POLICY_OVERRIDES = "policy-overrides.toml"

# The largest evidence file this profile accepts, in MB: kept in the Meta table beside
# the agent's name (one transactional store of profile settings, nothing to parse by hand).
EVIDENCE_MAX_MB_KEY = "evidence_max_mb"
EVIDENCE_MAX_MB_DEFAULT = MAX_EVIDENCE_BYTES // MB
EVIDENCE_MAX_MB_RANGE = (1, 2048)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("SupportWorkbench", appauthor=False))


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _ensure_writable(root: Path) -> None:
    try:
        for sub in (root, root / "blobs", root / "backups", root / "logs"):
            sub.mkdir(parents=True, exist_ok=True)
        probe = root / f".write-check-{os.getpid()}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise storage_error_from(exc, root) or StorageError(
            f"Cannot use the data folder {root}: {exc.strerror or exc}", kind="read_only"
        ) from exc


def configure_logging(root: Path) -> None:
    """Send warnings and errors (with tracebacks) to `logs/workbench.log` in the profile."""
    handler = logging.handlers.RotatingFileHandler(
        root / "logs" / "workbench.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


@dataclass
class Profile:
    root: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    blobs: BlobStore
    device_id: str
    agent: str
    now: Callable[[], dt.datetime]
    ops: OperationWriter
    evidence_max_mb: int = EVIDENCE_MAX_MB_DEFAULT

    @classmethod
    def open(
        cls,
        root: Path,
        *,
        agent: str | None = None,
        now: Callable[[], dt.datetime] = utc_now,
    ) -> Profile:
        root = Path(root).expanduser().absolute()
        _ensure_writable(root)
        engine = open_database(root / DB_NAME, root / "backups")
        session_factory = sessionmaker(engine, expire_on_commit=False)
        try:
            with storage_errors_translated(root / DB_NAME), session_factory.begin() as session:
                device_id = _meta(session, "device_id", lambda: str(uuid.uuid4()))
                stored_agent = _meta(session, "agent", lambda: agent or _os_user())
                last = latest_hlc(session)
                max_mb = _evidence_max_mb(session.get(Meta, EVIDENCE_MAX_MB_KEY))
        except Exception:
            engine.dispose()
            raise
        agent = agent or stored_agent
        clock = HybridClock(now, last)
        return cls(
            root=root,
            engine=engine,
            session_factory=session_factory,
            blobs=BlobStore(root / "blobs"),
            device_id=device_id,
            agent=agent,
            now=now,
            ops=OperationWriter(clock, device_id, agent, now),
            evidence_max_mb=max_mb,
        )

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error, storage errors translated."""
        with (
            storage_errors_translated(self.root / DB_NAME),
            self.session_factory.begin() as session,
        ):
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with storage_errors_translated(self.root / DB_NAME), self.session_factory() as session:
            yield session

    def set_agent(self, name: str) -> None:
        """Who works on this profile: assignments ("Mine") and the history use the name."""
        name = (name or "").strip()
        if not name:
            raise InvalidInput("Your name cannot be empty.")
        if len(name) > 120:
            raise InvalidInput("Your name is longer than 120 characters.")
        with self.write() as session:
            row = session.get(Meta, "agent")
            if row is None:
                session.add(Meta(key="agent", value=name))
            else:
                row.value = name
        self.agent = name
        self.ops.actor = name

    @property
    def evidence_max_bytes(self) -> int:
        """The largest evidence file this profile accepts."""
        return self.evidence_max_mb * MB

    def set_evidence_max_mb(self, megabytes: int) -> None:
        """Change the largest evidence file this profile accepts (whole MB)."""
        low, high = EVIDENCE_MAX_MB_RANGE
        if isinstance(megabytes, bool) or not isinstance(megabytes, int):
            raise InvalidInput(
                f"The evidence size limit must be a whole number of MB, not {megabytes!r}."
            )
        if not low <= megabytes <= high:
            raise InvalidInput(
                f"The evidence size limit must be between {low} and {high} MB, not {megabytes}."
            )
        with self.write() as session:
            row = session.get(Meta, EVIDENCE_MAX_MB_KEY)
            if row is None:
                session.add(Meta(key=EVIDENCE_MAX_MB_KEY, value=str(megabytes)))
            else:
                row.value = str(megabytes)
        self.evidence_max_mb = megabytes

    def policy_overrides(self) -> dict[str, dict[str, object]]:
        """The shop's own rules from `policy-overrides.toml` in the profile (may be absent):

            ["amazon.com"]
            return_window_days = 45
            category_days = { electronics = 30 }

        They may only lengthen the marketplace's windows; they show in every explanation.
        """
        path = self.root / POLICY_OVERRIDES
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"{path} cannot be read: {exc}") from exc
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InvalidInput(f"{path} is not valid TOML: {exc}. Fix it or remove it.") from exc
        return {code: dict(rules) for code, rules in data.items() if isinstance(rules, dict)}

    def close(self) -> None:
        self.engine.dispose()


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "agent"


def _evidence_max_mb(row: Meta | None) -> int:
    """The stored limit; a value that is not a whole number in range (edited by hand)
    means the default."""
    if row is None:
        return EVIDENCE_MAX_MB_DEFAULT
    low, high = EVIDENCE_MAX_MB_RANGE
    try:
        value = int(row.value)
    except ValueError:
        value = 0
    if not low <= value <= high:
        log.warning("ignoring the stored %s=%r: not %d to %d", row.key, row.value, low, high)
        return EVIDENCE_MAX_MB_DEFAULT
    return value


def _meta(session: Session, key: str, default: Callable[[], str]) -> str:
    row = session.get(Meta, key)
    if row is None:
        row = Meta(key=key, value=default())
        session.add(row)
    return row.value
