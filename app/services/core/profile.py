"""A profile: one folder holding the database, evidence blobs, backups and logs.

`Profile.open()` is the one way in. It checks the folder can be written,
opens (creating or migrating) the database, and knows who is working on
which device.
"""

from __future__ import annotations

import datetime as dt
import errno
import getpass
import logging
import logging.handlers
import os
import stat
import threading
import tomllib
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.models import health
from app.models.db import (
    WRITE,
    StorageError,
    open_database,
    storage_error_from,
    storage_errors_translated,
)
from app.models.db import (
    needs_upgrade as database_needs_upgrade,
)
from app.models.entities import Meta
from app.models.rebuild import COPYING, INDEXING, SEARCH_INDEX, SWAPPING  # noqa: F401 - phases
from app.services.core import settings
from app.services.core.changes import Changes
from app.services.core.errors import InvalidInput
from app.services.core.oplog import HybridClock, OperationWriter, latest_hlc
from app.services.evidence.store import MB, BlobStore

log = logging.getLogger(__name__)

DB_NAME = "workbench.sqlite3"
POLICY_OVERRIDES = "policy-overrides.toml"

# The largest evidence file the shop accepts, in MB: a shop setting (see `settings`), kept
# in the Meta table beside the agent's name and written with an operation.
EVIDENCE_MAX_MB_KEY = settings.EVIDENCE_MAX_MB.key
EVIDENCE_MAX_MB_DEFAULT = int(settings.EVIDENCE_MAX_MB.default)
EVIDENCE_MAX_MB_RANGE = settings.EVIDENCE_MAX_MB.bounds


def needs_upgrade(root: Path) -> bool:
    """Whether opening the profile in `root` upgrades its schema first (worth a word to the
    user: it makes a backup and can take a while)."""
    return database_needs_upgrade(Path(root) / DB_NAME)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _check_folder(root: Path) -> None:
    """Refuse a data folder path that cannot be a folder, with words for why."""
    if not str(root).strip():
        raise StorageError(
            "The data folder is empty: give a folder with --data-dir.", kind="bad_path"
        )
    try:
        info = root.stat()
    except FileNotFoundError:
        return  # created below
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise StorageError(
                f"The data folder {root} is a symbolic link that points back at itself "
                "(a loop). Give a real folder with --data-dir.",
                kind="bad_path",
            ) from exc
        if exc.errno == errno.ENOTDIR:
            raise StorageError(
                f"The data folder {root} lies under something that is a file, not a folder.",
                kind="bad_path",
            ) from exc
        raise storage_error_from(exc, root) or StorageError(
            f"Cannot use the data folder {root}: {exc.strerror or exc}", kind="bad_path"
        ) from exc
    if not stat.S_ISDIR(info.st_mode):
        raise StorageError(
            f"The data folder {root} is a file, not a folder. Give a folder with --data-dir "
            "(a new one is created), or move the file away.",
            kind="bad_path",
        )


def _ensure_writable(root: Path) -> None:
    _check_folder(root)
    probe = root / f".write-check-{os.getpid()}-{threading.get_ident()}"
    try:
        for sub in (root, root / "blobs", root / "backups", root / "logs"):
            sub.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"ok")
    except OSError as exc:
        if exc.errno == errno.EEXIST or exc.errno == errno.ENOTDIR:
            raise StorageError(
                f"Cannot make the data folder {root}: something in its path is a file.",
                kind="bad_path",
            ) from exc
        raise storage_error_from(exc, root) or StorageError(
            f"Cannot use the data folder {root}: {exc.strerror or exc}", kind="read_only"
        ) from exc
    finally:
        try:
            probe.unlink(missing_ok=True)
        except OSError:
            pass


def _check_readable(root: Path) -> None:
    """A profile opened only to read must exist already: nothing is created."""
    _check_folder(root)
    if not (root / DB_NAME).is_file():
        raise StorageError(
            f"There is no Support Workbench profile in {root}. Check --data-dir; a command "
            "that adds something (or the app) creates one.",
            kind="missing",
        )


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
    """An open profile. Writes go through `write()`; `damage` is set when SQLite found the
    database file damaged, and then every write is refused (see `app.models.health`)."""

    root: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    blobs: BlobStore
    device_id: str
    agent: str
    now: Callable[[], dt.datetime]
    ops: OperationWriter
    evidence_max_mb: int = EVIDENCE_MAX_MB_DEFAULT
    read_only: bool = False
    damage: health.Damage | None = None
    write_session_factory: sessionmaker[Session] | None = field(default=None, repr=False)
    in_use: int | None = field(default=None, repr=False)  # see hold_in_use
    _local: threading.local = field(default_factory=threading.local, repr=False)

    @classmethod
    def open(
        cls,
        root: Path,
        *,
        agent: str | None = None,
        now: Callable[[], dt.datetime] = utc_now,
        read_only: bool = False,
        check_budget_s: float = health.QUICK_CHECK_BUDGET_S,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Profile:
        """Open the profile in `root`, creating or upgrading it.

        `read_only` opens an existing profile without writing anything to its folder
        (commands that only read work on a full disk or a read-only medium). SQLite's
        quick check runs for at most `check_budget_s` (0: not now; the window runs
        `check_health()` in the background instead); damage found before still counts.
        A long upgrade reports `progress(done, total, phase)` and stops (changing nothing)
        when `cancelled()` turns true.
        """
        root = Path(root).expanduser().absolute()
        if read_only:
            _check_readable(root)
        else:
            _ensure_writable(root)
        in_use = hold_in_use(root)
        try:
            engine = open_database(
                root / DB_NAME,
                root / "backups",
                read_only=read_only,
                progress=progress,
                cancelled=cancelled,
            )
        except BaseException:
            release_in_use(in_use)
            raise
        session_factory = sessionmaker(engine, expire_on_commit=False)
        writer = (
            None
            if read_only
            else sessionmaker(engine.execution_options(**WRITE), expire_on_commit=False)
        )
        try:
            damage = _health(root, read_only, check_budget_s)
            if read_only or damage is not None:
                device_id, stored_agent, last, max_mb = _read_settings(root, session_factory)
            else:
                with storage_errors_translated(root / DB_NAME), writer.begin() as session:
                    device_id = _meta(session, "device_id", lambda: str(uuid.uuid4()))
                    stored_agent = _meta(session, "agent", lambda: agent or _os_user())
                    last = latest_hlc(session, device_id)
                    max_mb = _evidence_max_mb(session.get(Meta, EVIDENCE_MAX_MB_KEY))
        except Exception:
            engine.dispose()
            release_in_use(in_use)
            raise
        agent = agent or stored_agent
        clock = HybridClock(now, last)
        profile = cls(
            root=root,
            engine=engine,
            session_factory=session_factory,
            blobs=BlobStore(root / "blobs"),
            device_id=device_id,
            agent=agent,
            now=now,
            ops=OperationWriter(clock, device_id, agent, now),
            evidence_max_mb=max_mb,
            read_only=read_only,
            damage=damage,
            in_use=in_use,
            write_session_factory=writer,
        )
        if not read_only and damage is None:
            try:
                _import_older_files(profile)
            except BaseException:
                profile.close()
                raise
        return profile

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error, storage errors translated.

        It begins with SQLite's write lock (BEGIN IMMEDIATE), so what it reads stays true
        until it commits, even with other processes writing; the clock first moves past
        the newest stamp this device wrote, so no two operations of one device share one.
        A `write()` inside another on the same thread joins the outer transaction.
        """
        outer = getattr(self._local, "session", None)
        if outer is not None:
            yield outer
            return
        self.check_writable()
        try:
            with (
                storage_errors_translated(self.root / DB_NAME),
                self.write_session_factory.begin() as session,
            ):
                last = latest_hlc(session, self.device_id)
                if last is not None:
                    self.ops.clock.observe(last)
                self._local.session = session
                try:
                    yield session
                finally:
                    self._local.session = None
        except StorageError as exc:
            self._note_damage(exc)
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session to read with; inside a `write()` on the same thread, that one's session
        (so a read sees what the transaction has written so far)."""
        outer = getattr(self._local, "session", None)
        if outer is not None:
            yield outer
            return
        try:
            with storage_errors_translated(self.root / DB_NAME), self.session_factory() as session:
                yield session
        except StorageError as exc:
            self._note_damage(exc)
            raise

    def check_writable(self) -> None:
        """Raise the StorageError that explains why nothing may be written, if anything."""
        if self.read_only:
            raise StorageError(
                f"The profile in {self.root} was opened only to read; nothing can be changed.",
                kind="read_only",
            )
        if self.damage is not None:
            raise StorageError(
                f"The database in {self.root} is damaged (SQLite found: "
                f"{self.damage.summary}), so Workbench does not write to it: a write could "
                "spread the damage. Run 'workbench doctor' for details, then restore the "
                "latest backup ('workbench backups restore') or save what can still be read "
                "('workbench salvage --out FOLDER').",
                kind="damaged",
            )

    def check_health(self) -> health.Damage | None:
        """Run SQLite's quick check to the end (seconds on a large profile: call it off the
        UI thread); returns the damage, remembered from now on, or None when sound."""
        found = _health(self.root, self.read_only, float("inf"))
        self.damage = found
        return found

    def _note_damage(self, exc: StorageError) -> None:
        """SQLite reported a damaged file during work: remember it, refuse writes from now."""
        if exc.kind == "corrupt" and self.damage is None:
            lines = health.quick_check(self.root / DB_NAME, budget_s=None) or [str(exc)]
            if lines != ["ok"]:
                self.damage = health.write_mark(self.root, lines)

    def set_agent(self, name: str) -> Changes:
        """Who works on this device: assignments ("Mine") and the history use the name.

        A shop setting, one value per device (`settings.AGENT`): written with an
        operation, so the team's history shows the rename. "Mine" may hold other cases
        now, so the changes ask views to reload.
        """
        name = (name or "").strip()
        if not name:
            raise InvalidInput("Your name cannot be empty.")
        if len(name) > settings.AGENT_MAX_CHARS:
            raise InvalidInput(f"Your name is longer than {settings.AGENT_MAX_CHARS} characters.")
        if not self._write_setting(settings.AGENT, self.agent, name):
            return Changes()
        self.agent = name
        self.ops.actor = name
        return Changes(reload_all=True)

    @property
    def evidence_max_bytes(self) -> int:
        """The largest evidence file this profile accepts."""
        return self.evidence_max_mb * MB

    def set_evidence_max_mb(self, megabytes: int) -> Changes:
        """Change the largest evidence file the shop accepts (whole MB): a shop setting,
        written with an operation. Nothing shown changes with it."""
        low, high = EVIDENCE_MAX_MB_RANGE
        if isinstance(megabytes, bool) or not isinstance(megabytes, int):
            raise InvalidInput(
                f"The evidence size limit must be a whole number of MB, not {megabytes!r}."
            )
        if not low <= megabytes <= high:
            raise InvalidInput(
                f"The evidence size limit must be between {low} and {high} MB, not {megabytes}."
            )
        self._write_setting(settings.EVIDENCE_MAX_MB, self.evidence_max_mb, megabytes)
        self.evidence_max_mb = megabytes
        return Changes()

    def _write_setting(self, setting: settings.Setting, before: object, value: object) -> bool:
        """Store a shop setting in the Meta table with its operation (entity "setting");
        False, and nothing written, when it holds `value` already."""
        if setting.scope is not settings.Scope.SHOP:
            raise ValueError(f"{setting.key} is this device's setting, not the shop's")
        with self.write() as session:
            row = session.get(Meta, setting.key)
            if row is not None and row.value == str(value):
                return False
            if row is None:
                session.add(Meta(key=setting.key, value=str(value)))
            else:
                row.value = str(value)
            self.ops.record(
                session,
                entity="setting",
                entity_id=setting.entity_id(self.device_id),
                action="update",
                data={setting.key: [before, value]},
            )
        return True

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
        release_in_use(self.in_use)
        self.in_use = None


IN_USE = ".in-use"


def hold_in_use(root: Path) -> int | None:
    """A shared lock on `root/.in-use` for as long as the profile is open, so that
    `backups restore` (which needs it alone) cannot move the database away from under a
    window or a command still writing to it. None where locks are not to be had."""
    try:
        import fcntl
    except ImportError:  # Windows: no shared locks; restore says to close the app first
        return None
    path = root / IN_USE
    for flags in (os.O_RDWR | os.O_CREAT, os.O_RDONLY):
        try:
            fd = os.open(path, flags, 0o644)
            break
        except OSError:
            continue
    else:
        return None  # a full disk or a read-only medium: nothing can restore there either
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
    except OSError:
        os.close(fd)
        return None
    return fd


def release_in_use(fd: int | None) -> None:
    if fd is not None:
        try:
            os.close(fd)  # closing releases the lock
        except OSError:
            pass


def _import_older_files(profile: Profile) -> None:
    """Shop data an older version kept as files becomes rows with operations (once: the
    files are moved aside). Imported here, late, because the replies room builds on this
    module."""
    from app.services.deadlines.recheck import recheck_unsent_replies
    from app.services.replies.shop import import_template_files

    import_template_files(profile)
    recheck_unsent_replies(profile)


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


def _health(root: Path, read_only: bool, budget_s: float) -> health.Damage | None:
    """Damage found now or remembered from before; None if sound.

    The quick check runs on a budget. A profile too large for it is checked to the end
    anyway before a command that writes, unless a whole check passed in the last day
    (`health.json`); commands that only read, and the window (which checks in the
    background), trust what was found before.
    """
    lines = health.quick_check(root / DB_NAME, budget_s) if budget_s > 0 else None
    if lines is None and budget_s > 0 and not read_only and not health.checked_recently(root):
        lines = health.quick_check(root / DB_NAME, None)
    if lines is None:
        return health.read_mark(root)
    if lines == ["ok"]:
        if not read_only:
            health.note_clean(root)
            health.clear_mark(root)
        return None
    return health.write_mark(root, lines) if not read_only else health.Damage(tuple(lines), "")


def _read_settings(
    root: Path, session_factory: sessionmaker[Session]
) -> tuple[str, str, str | None, int]:
    """(device id, agent, newest stamp, evidence limit) without writing; a damaged file may
    not give them all, and then the defaults stand (the profile is for reading and repair)."""
    try:
        with storage_errors_translated(root / DB_NAME), session_factory() as session:
            device_id = _stored(session, "device_id") or "unknown-device"
            return (
                device_id,
                _stored(session, "agent") or _os_user(),
                # This device's newest stamp: a lookup by the log's key. The newest of all
                # devices would read the whole log (30 s at a million cases).
                latest_hlc(session, device_id),
                _evidence_max_mb(session.get(Meta, EVIDENCE_MAX_MB_KEY)),
            )
    except StorageError as exc:
        if exc.kind != "corrupt":
            raise
        log.warning("reading the settings of a damaged profile: %s", exc)
        return "unknown-device", _os_user(), None, EVIDENCE_MAX_MB_DEFAULT


def _stored(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return row.value if row is not None else None


def _meta(session: Session, key: str, default: Callable[[], str]) -> str:
    row = session.get(Meta, key)
    if row is None:
        row = Meta(key=key, value=default())
        session.add(row)
    return row.value
