"""The sync service's database: PostgreSQL (psycopg 3) for a team, SQLite for one seller.

`open_store(url)` normalises the URL, connects, migrates the schema forward with Alembic
(its own version table) and refuses a schema written by a newer version. Environmental
problems (a bad URL, an unreachable server, a newer schema) are `StoreError`s: one line
the owner can act on. Writes go through `Store.write()`, which on SQLite begins with
BEGIN IMMEDIATE (the one writer), so the merge's team lock is the database's own.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine

from app.errors import UserError
from app.sync.server.schema import server_meta

MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "sync_alembic_version"
BUSY_TIMEOUT_S = 30


class StoreError(UserError):
    """The sync database cannot be used as given; `str()` says why, in one line."""


def now_micros() -> int:
    return time.time_ns() // 1000


def micros_text(micros: int | None) -> str | None:
    """Microseconds since the epoch as ISO 8601 UTC text (None stays None)."""
    if micros is None:
        return None
    moment = dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(microseconds=micros)
    return moment.isoformat()


def normalise_url(text: str) -> URL:
    """The SQLAlchemy URL for `text`: postgresql:// (any driver name) runs on psycopg 3;
    sqlite:///PATH names a file. Anything else is a StoreError."""
    try:
        url = sa.engine.make_url(text.strip())
    except (sa.exc.ArgumentError, ValueError):
        raise StoreError(
            f"not a database URL: {text!r} (use postgresql://USER@HOST/DB or sqlite:///PATH)"
        ) from None
    backend = url.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise StoreError("an SQLite sync database needs a file: sqlite:///PATH")
        return url.set(drivername="sqlite")
    raise StoreError(
        f"unsupported database {backend!r}: use postgresql://USER@HOST/DB or sqlite:///PATH"
    )


def shown_url(url: URL) -> str:
    """The URL without its password (for messages and the start-up line)."""
    return url.render_as_string(hide_password=True)


class Store:
    """An open sync database: its engine, dialect and epoch."""

    def __init__(self, engine: Engine, url: URL) -> None:
        self.engine = engine
        self.url = url
        self.dialect = engine.dialect.name
        with self.read() as connection:
            self.epoch = connection.execute(
                sa.select(server_meta.c.value).where(server_meta.c.key == "epoch")
            ).scalar_one()

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    @contextmanager
    def write(self) -> Iterator[sa.Connection]:
        """One write transaction, committed when the block ends (rolled back on error)."""
        with self.engine.connect() as connection:
            if self.is_sqlite:
                connection.execution_options(sqlite_begin="IMMEDIATE")
            with connection.begin():
                yield connection

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        """One read transaction (a consistent snapshot on SQLite's WAL)."""
        with self.engine.connect() as connection, connection.begin():
            yield connection

    def close(self) -> None:
        self.engine.dispose()


def create_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return sa.create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


def _sqlite_engine(url: URL) -> Engine:
    path = Path(url.database).expanduser()
    if not path.parent.is_dir():
        raise StoreError(f"no such folder for the sync database: {path.parent}")
    engine = sa.create_engine(
        url.set(database=str(path)),
        connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        dbapi_connection.isolation_level = None  # BEGIN is ours (see _on_begin)
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA synchronous=NORMAL")
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" else "BEGIN")

    return engine


def _alembic_config(connection: sa.Connection):  # noqa: ANN202
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}


def current_revision(connection: sa.Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def migrate(engine: Engine) -> None:
    """Upgrade the schema to the newest revision; refuse one this code does not know."""
    from alembic import command

    with engine.connect() as connection:
        revision = current_revision(connection)
        connection.rollback()
    if revision is not None and revision not in known_revisions():
        raise StoreError(
            f"the sync database has schema {revision}, written by a newer version of "
            "Support Workbench: upgrade the workbench to serve it"
        )
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            connection.execution_options(sqlite_begin="IMMEDIATE")
        with connection.begin():
            command.upgrade(_alembic_config(connection), "head")


def open_store(url: str | URL) -> Store:
    """The sync database at `url`, created or migrated forward; StoreError when it cannot be."""
    normal = normalise_url(url if isinstance(url, str) else url.render_as_string(False))
    engine = create_engine(normal)
    try:
        migrate(engine)
        return Store(engine, normal)
    except sa.exc.OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig or exc).strip().splitlines()[0] if str(exc.orig or exc) else ""
        raise StoreError(
            f"cannot open the sync database {shown_url(normal)}: {reason}".rstrip(": ")
        ) from None
    except sa.exc.DatabaseError as exc:
        engine.dispose()
        reason = str(exc.orig or exc).strip().splitlines()[0]
        raise StoreError(f"cannot use the sync database {shown_url(normal)}: {reason}") from None
    except BaseException:
        engine.dispose()
        raise
