"""Inbox and search benchmark (DESIGN.md section 9). Prints JSON; not part of the test run.

    python bench/inbox.py [--cases 100000] [--profile DIR] [--repeat 15]

On a profile seeded with `--cases` generated cases (made once, then reused
when --profile names a folder) it measures, as ratios within one run:

- the inbox's first page (filter + sort + 100 rows) through the services
  next to the very same SQL run through Python's raw sqlite3 module;
- the same through the real table model: from set_query() until the first
  page is in the model (worker thread and signal included);
- a search's first page for 3+ character queries (trigram FTS5) and for
  short ones (the substring fallback), in several scripts;
- the longest main-thread stall while the model loads a heavy search;
- the process memory with the inbox open on this profile next to an empty
  profile (child processes), once the window's background work has settled;
- the storage: the database file's size and every table's and index's share
  of it (SQLite's `dbstat`), per case.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.services.core.profile import DB_NAME, Profile  # noqa: E402
from app.services.inbox import queries as inbox  # noqa: E402
from app.services.inbox.queries import InboxQuery, SortKey, View  # noqa: E402

QUERIES = {
    "open_by_updated": InboxQuery(view=View.ALL_OPEN),
    "all_by_priority": InboxQuery(view=View.ALL, sort=SortKey.PRIORITY),
    "korean_open_by_customer": InboxQuery(
        view=View.ALL_OPEN, search="lang:ko", sort=SortKey.CUSTOMER
    ),
}
SEARCHES = ["사이즈", "ремень", "refund", "طلب", "皮带", "벨트", "ok"]


def median_ms(fn, repeat: int) -> float:  # noqa: ANN001
    fn()  # warm the page cache and statement caches
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 3)


def proc_status_mb(field: str) -> float:
    """A size from /proc/self/status in MB: VmRSS (resident now), VmHWM (its peak)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def rss_mb() -> float:
    return proc_status_mb("VmRSS")


def ensure_profile(folder: Path, cases: int) -> tuple[Profile, float | None]:
    profile = Profile.open(folder, agent="bench")
    with profile.engine.connect() as connection:
        have = connection.exec_driver_sql("SELECT count(*) FROM cases").scalar_one()
    seconds = None
    if have < cases:
        from app.demo import seed_demo

        start = time.perf_counter()
        seed_demo(profile, generated=cases - have)
        seconds = round(time.perf_counter() - start, 1)
    return profile, seconds


def raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    connection.create_function(
        "casefold", 1, lambda t: None if t is None else t.casefold(), deterministic=True
    )
    return connection


def page_figures(profile: Profile, raw: sqlite3.Connection, repeat: int) -> dict:
    figures = {}
    with profile.engine.connect() as connection:
        for name, query in QUERIES.items():
            # The very SQL the services run (a dense search walks the sort's index).
            sql, params = inbox.first_page_sql(query, 100, walk=inbox.walks(connection, query))
            raw_ms = median_ms(
                lambda sql=sql, params=params: raw.execute(sql, params).fetchall(), repeat
            )
            app_ms = median_ms(lambda q=query: inbox.first_page(connection, q, 100), repeat)
            figures[name] = {
                "raw_sqlite3_ms": raw_ms,
                "services_ms": app_ms,
                "ratio": round(app_ms / raw_ms, 2) if raw_ms else None,
            }
    return figures


def search_figures(profile: Profile, raw: sqlite3.Connection, repeat: int) -> dict:
    figures = {}
    with profile.engine.connect() as connection:
        for text in SEARCHES:
            query = InboxQuery(view=View.ALL, search=text)
            # The very SQL the services run (a dense search walks the sort's index).
            sql, params = inbox.first_page_sql(query, 100, walk=inbox.walks(connection, query))
            raw_ms = median_ms(
                lambda sql=sql, params=params: raw.execute(sql, params).fetchall(),
                max(3, repeat // 3),
            )
            app_ms = median_ms(
                lambda q=query: inbox.first_page(connection, q, 100), max(3, repeat // 3)
            )
            hits = len(inbox.first_page(connection, query, 100))
            figures[text] = {
                "chars": len(text),
                "first_page_ms": app_ms,
                "raw_sqlite3_ms": raw_ms,
                "rows": hits,
                "method": "fts5-trigram" if len(text) >= 3 else "substring-scan",
            }
    return figures


def model_figures(profile: Profile, raw: sqlite3.Connection, repeat: int) -> dict:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.core.i18n import Language
    from app.ui.core.tasks import TaskManager
    from app.ui.inbox.model import InboxModel

    app = QApplication.instance() or QApplication([])
    tasks = TaskManager()
    model = InboxModel(profile, tasks, Language("en-US"))

    def load(query: InboxQuery, signal) -> float:  # noqa: ANN001
        loop = QEventLoop()
        signal.connect(loop.quit)
        timer = QElapsedTimer()
        timer.start()
        if query == model.query:
            model.reload()  # set_query ignores the query already shown
        else:
            model.set_query(query)
        loop.exec()
        signal.disconnect(loop.quit)
        elapsed = timer.nsecsElapsed() / 1e6
        if not model.loading:
            return elapsed
        done = QEventLoop()
        model.loaded.connect(done.quit)
        done.exec()
        model.loaded.disconnect(done.quit)
        return elapsed

    figures = {}
    for name, query in QUERIES.items():
        sql, params = inbox.first_page_sql(query, 100)
        raw_ms = median_ms(
            lambda sql=sql, params=params: raw.execute(sql, params).fetchall(), repeat
        )
        first = []
        full = []
        for i in range(repeat):
            variant = InboxQuery(
                view=query.view,
                search=query.search,
                sort=query.sort,
                descending=i % 2 == 0,
                agent=query.agent,
            )
            first.append(load(variant, model.first_page_ready))
            start = time.perf_counter()
            full.append(load(variant, model.loaded))
            del start
        first_ms = round(statistics.median(first), 3)
        figures[name] = {
            "raw_sqlite3_ms": raw_ms,
            "model_first_page_ms": first_ms,
            "model_all_ids_ms": round(statistics.median(full), 3),
            "rows": model.rowCount(),
            "ratio_first_page": round(first_ms / raw_ms, 2) if raw_ms else None,
        }

    # The longest gap between ticks of a 5 ms timer while a heavy search loads.
    gaps = []
    tick = QElapsedTimer()
    tick.start()

    def on_tick() -> None:
        gaps.append(tick.restart())

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(on_tick)
    timer.start()
    stall_loop = QEventLoop()
    model.loaded.connect(stall_loop.quit)
    model.set_query(InboxQuery(view=View.ALL, search="e"))
    stall_loop.exec()
    timer.stop()
    figures["main_thread_max_stall_ms_during_short_search"] = max(gaps) if gaps else 0
    figures["short_search_rows"] = model.rowCount()
    tasks.shutdown()
    del app
    return figures


def storage_figures(path: Path, cases: int) -> dict:
    """The database file's size and each table's and index's pages (SQLite's `dbstat`),
    in bytes and bytes per case; a full-text table also under its own name, as the sum
    of its shadow tables (`search_fts` = `search_fts_data` + `_idx` + `_content`...).

    Read through a connection of its own that can only read (the profile is never
    written); `aggregate=TRUE` sums each b-tree inside SQLite, as `GROUP BY name` would.
    """

    def per_case(size: int) -> float | None:
        return round(size / cases, 1) if cases else None

    def entry(size: int) -> dict:
        return {"bytes": size, "bytes_per_case": per_case(size)}

    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        sizes = connection.execute(
            "SELECT name, pgsize FROM dbstat WHERE aggregate = TRUE ORDER BY pgsize DESC, name"
        ).fetchall()
        schema = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema"
        ).fetchall()
        pages, page_size = (
            connection.execute("PRAGMA page_count").fetchone()[0],
            connection.execute("PRAGMA page_size").fetchone()[0],
        )
    finally:
        connection.close()
    owner = {name: table for kind, name, table, _sql in schema if kind == "index"}
    virtual = [
        name
        for kind, name, _table, sql in schema
        if kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL TABLE")
    ]
    objects = {}
    with_indexes: dict[str, int] = {}
    full_text = {name: {"bytes": 0, "parts": []} for name in virtual}
    for name, size in sizes:
        table = owner.get(name, name)
        with_indexes[table] = with_indexes.get(table, 0) + size
        objects[name] = {"kind": "index" if name in owner else "table", **entry(size)}
        if table != name:
            objects[name]["table"] = table
        for fts in virtual:
            if table.startswith(fts + "_"):
                full_text[fts]["bytes"] += size
                full_text[fts]["parts"].append(name)
    wal = Path(f"{path}-wal")
    file_size = path.stat().st_size
    return {
        "file": str(path),
        "file_bytes": file_size,
        "file_mb": round(file_size / 1e6, 1),
        "bytes_per_case": per_case(file_size),
        "wal_bytes": wal.stat().st_size if wal.exists() else 0,
        # The pages the database holds, with those still only in the WAL: the file's size
        # after the next checkpoint (what the objects below add up to).
        "database_bytes": pages * page_size,
        "full_text": {
            name: {**entry(found["bytes"]), "parts": found["parts"]}
            for name, found in full_text.items()
        },
        "objects": objects,
        "tables_with_their_indexes": {
            name: entry(size)
            for name, size in sorted(with_indexes.items(), key=lambda item: -item[1])
        },
    }


SETTLE_QUIET_MS = 500  # no background task for this long: the window is settled
SETTLE_LIMIT_MS = 120_000


def memory_probe(folder: Path, view: str) -> None:
    """Child process: open the real main window on `folder` with the inbox tab `view`
    chosen (as a saved layout would), and print its RSS once the window has settled.

    Settled: the inbox has loaded and the tasks helper has had nothing to do for
    SETTLE_QUIET_MS. The window starts background work besides the inbox (the composer
    loads the language detector's model and the reply library, the case view its first
    case); reading RSS as soon as the inbox has loaded counted that work or not
    depending on which finished first: on an empty profile, almost never.
    """
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.core.i18n import Language
    from app.ui.core.tasks import TaskManager
    from app.ui.main_window import MainWindow

    app = QApplication([])
    profile = Profile.open(folder, agent="bench")
    tasks = TaskManager()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.IniFormat)
    settings.setValue("inbox/view", view)
    window = MainWindow(profile, tasks, Language("en-US"), settings)
    window.show()
    clock = QElapsedTimer()
    clock.start()
    if window.inbox_model.loading:
        loop = QEventLoop()
        window.inbox_model.loaded.connect(loop.quit)
        loop.exec()
    app.processEvents()
    inbox_ms = clock.elapsed()
    inbox_rss = rss_mb()

    settle = QEventLoop()
    quiet = QTimer()
    quiet.setSingleShot(True)
    quiet.setInterval(SETTLE_QUIET_MS)
    quiet.timeout.connect(settle.quit)
    tasks.busy_changed.connect(lambda busy: quiet.stop() if busy else quiet.start())
    QTimer.singleShot(SETTLE_LIMIT_MS, settle.quit)
    if not tasks.busy:
        quiet.start()
    settle.exec()
    query = window.inbox_model.query
    print(
        json.dumps(
            {
                "rss_mb": round(rss_mb(), 1),
                "peak_rss_mb": round(proc_status_mb("VmHWM"), 1),
                "rss_mb_when_inbox_loaded": round(inbox_rss, 1),
                "inbox_loaded_ms": inbox_ms,
                "settled_ms": clock.elapsed() - SETTLE_QUIET_MS,
                "view": query.view.value,
                "sort": f"{query.sort.value} {'desc' if query.descending else 'asc'}",
                "rows": window.inbox_model.rowCount(),
            }
        )
    )
    window.close()
    tasks.shutdown()


def biggest_view(profile: Profile) -> tuple[str, int]:
    """The inbox tab showing the most cases (on seeded profiles, "resolved")."""
    from app.ui.inbox.panel import VIEWS

    with profile.engine.connect() as connection:
        counts = {
            view.value: inbox.count(connection, InboxQuery(view=view, agent="bench"))
            for view in VIEWS
        }
    return max(counts.items(), key=lambda item: item[1])


def memory_figures(profile: Profile) -> dict:
    """RSS of the main window on an empty profile and on this one: with the window's first
    tab ("All open") and with its biggest tab (the budget's case: the top-level keys)."""

    def probe(target: Path, view: str) -> dict:
        result = subprocess.run(
            [sys.executable, __file__, "--memory-probe", str(target), "--memory-view", view],
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(result.stdout.strip().splitlines()[-1])

    first = View.ALL_OPEN.value
    biggest, _rows = biggest_view(profile)
    empty = probe(Path(tempfile.mkdtemp()) / "empty", first)
    views = {first: probe(profile.root, first)}
    if biggest != first:
        views[biggest] = probe(profile.root, biggest)
    for figures in views.values():
        figures["ratio"] = round(figures["rss_mb"] / empty["rss_mb"], 2)
    full = views[biggest]
    return {
        "empty_profile_rss_mb": empty["rss_mb"],
        "seeded_profile_rss_mb": full["rss_mb"],
        "rows_open": full["rows"],
        "ratio": full["ratio"],
        "view_open": full["view"],
        "measured": "RSS once the window settled (inbox loaded, no background task for "
        f"{SETTLE_QUIET_MS} ms)",
        "empty_profile": empty,
        "views": views,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--profile", type=Path, help="reuse (or create) this profile folder")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--memory-probe", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--memory-view", default=View.ALL_OPEN.value, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_probe:
        memory_probe(args.memory_probe, args.memory_view)
        return 0
    folder = args.profile or Path(tempfile.mkdtemp(prefix="bench-inbox-")) / "profile"
    profile, seed_seconds = ensure_profile(folder, args.cases)
    raw = raw_connection(folder / DB_NAME)
    with profile.engine.connect() as connection:
        total = connection.exec_driver_sql("SELECT count(*) FROM cases").scalar_one()
        messages = connection.exec_driver_sql("SELECT count(*) FROM messages").scalar_one()
    result = {
        "profile": str(folder),
        "cases": total,
        "messages": messages,
        "seed_seconds": seed_seconds,
        "inbox_first_page": page_figures(profile, raw, args.repeat),
        "inbox_model": model_figures(profile, raw, max(5, args.repeat // 2)),
        "search_first_page": search_figures(profile, raw, args.repeat),
        "memory_inbox_open": memory_figures(profile),
        "storage": storage_figures(folder / DB_NAME, total),
        "budgets": {
            "inbox_page": "services within 3x raw sqlite3 and under 16 ms",
            "search": "first page under 50 ms for 3+ characters",
            "memory": "at most 1.5x the empty profile",
            "stall": "never over 100 ms",
        },
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
