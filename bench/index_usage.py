"""Which indexes of the profile database do the application's queries use? Prints JSON.

    python bench/index_usage.py [--profile DIR] [--cases 20000] [--demo-cases 2000]
                                [--tests] [--markdown FILE]

1. A workload runs in-process through the public services on a fresh demo profile
   (`--demo-cases` generated cases): every inbox view and sort both ways, searches
   (trigram and short-text fallbacks) and filters, the sidebar counts, case detail,
   history and deadlines, case writes (create with customer and order, fields, tags,
   messages, notes, drafts, escalation, order signals, evidence), shop templates,
   the evidence doctor and the clock (bench/index_workload.py). bench/index_capture.py
   records every distinct statement sent to SQLite. `--tests` also runs tests/services,
   tests/demo and tests/cli with the same recorder as a pytest plugin (about 3 minutes).
2. Each statement, and each statement inside each trigger (new.x / old.x bound to a
   real row's values), goes through EXPLAIN QUERY PLAN on the `--profile` database
   (seeded to `--cases` cases when it has fewer; only read, never analysed).
3. Per index: the statements that use it and a verdict; statements that scan a large
   table whole; indexes whose columns lead another index of the same table.

Only public service functions and SQL text are used, so a change of storage format
(ids, timestamps) does not break it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from index_capture import bound, shape  # noqa: E402
from index_workload import capture_workload  # noqa: E402

LARGE_TABLES = ("cases", "messages", "operations", "evidence", "customers", "orders")
_WORDS = re.compile(
    r"\b(?:FROM|JOIN|UPDATE|INTO)\s+\"?(\w+)\"?(?:\s+(?:AS\s+)?\"?(\w+)\"?)?", re.IGNORECASE
)
_WHOLE_COUNT = re.compile(r"SELECT count\(\*\) FROM [\w.\"]+$", re.IGNORECASE)
_NOT_ALIAS = {
    "where", "on", "join", "left", "right", "inner", "outer", "cross", "natural", "order",
    "group", "limit", "set", "values", "using", "union", "select", "as", "default", "having",
    "window", "except", "intersect", "returning", "indexed", "not", "and", "or",
}  # fmt: skip


def capture_tests(out: Path) -> list[dict]:
    env = dict(os.environ, INDEX_CAPTURE_OUT=str(out), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "bench"), env.get("PYTHONPATH")]))
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p"]
    command += ["index_capture", "tests/services", "tests/demo", "tests/cli"]
    subprocess.run(command, cwd=ROOT, env=env, check=False, stdout=subprocess.DEVNULL)
    return json.loads(out.read_text(encoding="utf-8")) if out.exists() else []


# ----------------------------------------------------------------------------- the plans


def ensure_profile(folder: Path, cases: int) -> Path:
    """The measuring profile with at least `cases` cases (seeded once, then reused)."""
    from app.demo import seed_demo
    from app.services.core.profile import DB_NAME, Profile

    profile = Profile.open(folder, agent="bench")
    try:
        with profile.engine.connect() as connection:
            have = connection.exec_driver_sql("SELECT count(*) FROM cases").scalar_one()
        if have < cases:
            seed_demo(profile, generated=cases - have)
    finally:
        profile.close()
    return folder / DB_NAME


def schema_of(connection: sqlite3.Connection) -> tuple[set[str], dict[str, dict]]:
    """The tables, and each index with its table, key columns, uniqueness and partial WHERE."""
    tables = {
        r[0]
        for r in connection.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
        if not r[0].startswith("sqlite_")
    }
    indexes = {}
    for table in sorted(tables):
        for _seq, name, unique, origin, partial in connection.execute(
            f'PRAGMA index_list("{table}")'
        ):
            columns = [
                r[2] if r[2] is not None else "<expr>"
                for r in connection.execute(f'PRAGMA index_xinfo("{name}")')
                if r[5]  # key columns only
            ]
            sql = connection.execute(
                "SELECT sql FROM sqlite_schema WHERE name = ?", (name,)
            ).fetchone()
            where = re.search(r"\bWHERE\b(.*)$", (sql or [""])[0] or "", re.I | re.S)
            indexes[name] = {
                "table": table,
                "columns": columns,
                "unique": bool(unique),
                "origin": {"pk": "primary key", "u": "UNIQUE", "c": "CREATE INDEX"}[origin],
                "partial": " ".join(where.group(1).split()) if partial and where else None,
            }
    return tables, indexes


def trigger_statements(connection: sqlite3.Connection) -> list[dict]:
    """Each statement inside each trigger, new.x / old.x bound to the values of a real row."""
    found = []
    triggers = connection.execute(
        "SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name"
    ).fetchall()
    for name, table, sql in triggers:
        cursor = connection.execute(
            f'SELECT rowid, * FROM "{table}" LIMIT 1 OFFSET (SELECT count(*) / 2 FROM "{table}")'
        )
        row = cursor.fetchone() or (None,) * len(cursor.description)
        values = dict(zip(["rowid"] + [d[0] for d in cursor.description[1:]], row, strict=True))
        body = re.split(r"\bBEGIN\b", sql, maxsplit=1, flags=re.I)[1]
        body = body[: body.upper().rindex("END")]
        for statement in filter(str.strip, body.split(";")):
            text = re.sub(r"\b(new|old)\.(\w+)", r":\1_\2", statement, flags=re.I)
            params = {
                f"{age}_{column}": value
                for column, value in values.items()
                for age in ("new", "old")
                if f":{age}_{column}".lower() in text.lower()
            }
            found.append(
                {
                    "sql": " ".join(text.split()),
                    "params": params,
                    "source": "trigger",
                    "count": 0,
                    "sites": [f"trigger {name} (on {table})"],
                    "steps": [f"trigger {name}"],
                    "migration_only": False,
                }
            )
    return found


def aliases(sql: str, tables: set[str]) -> dict[str, str]:
    """Names a query plan may give a table (its alias or its own name) -> the table."""
    names = {}
    for table, alias in _WORDS.findall(sql):
        if table.lower() not in tables:
            continue
        names[table.lower()] = table.lower()
        if alias and alias.lower() not in _NOT_ALIAS:
            names[alias.lower()] = table.lower()
    return names


def explain(connection: sqlite3.Connection, statement: dict, tables: set[str]) -> None:
    """Adds the plan, the indexes used, full scans, index walks and automatic indexes."""
    params = statement["params"]
    params = () if params is None else bound(params)
    try:
        rows = connection.execute("EXPLAIN QUERY PLAN " + statement["sql"], params).fetchall()
    except (sqlite3.Error, ValueError) as exc:
        statement["error"] = str(exc)
        return
    names = aliases(statement["sql"], tables)
    statement.update(plan=[r[3] for r in rows], indexes=[], scans=[], walks=[], automatic=[])
    for line in statement["plan"]:
        found = re.match(r"(SCAN|SEARCH) (\S+)(?: (.*))?$", line)
        if not found:
            continue
        operation, name, rest = found.group(1), found.group(2), found.group(3) or ""
        table = names.get(name.lower(), name.lower())
        index = re.search(r"USING (?:COVERING )?INDEX (\S+)", rest)
        if "AUTOMATIC" in rest:
            statement["automatic"].append(f"{table}: {rest}")
        elif index:
            statement["indexes"].append(index.group(1))
            if operation == "SCAN":
                statement["walks"].append(f"{table} by {index.group(1)}")
        elif operation == "SCAN" and "VIRTUAL TABLE" in rest:
            if rest.rstrip().endswith(":"):  # no constraint handed to the module
                statement["scans"].append(f"{table} (every row of the FTS table)")
        elif operation == "SCAN" and table in tables:
            statement["scans"].append(table)


def short(sql: str, width: int = 150) -> str:
    """The statement's shape, a long select list (outside parentheses) cut to `…`."""
    text = shape(sql)
    depth, start = 0, len("SELECT ")
    if text.upper().startswith("SELECT ") and len(text) > width:
        for at, char in enumerate(text):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth == 0 and text.startswith(" FROM ", at):
                if at - start > 40:
                    text = f"SELECT {text[start : start + 30]}… {text[at + 1 :]}"
                break
    return text if len(text) <= width else text[: width - 1] + "…"


def grouped_scans(statements: list[dict]) -> list[dict]:
    """Full scans of large tables at run time, one entry per (tables, sending function),
    with how many statements share it and the shortest of them."""
    groups: dict[tuple, list[dict]] = {}
    for s in statements:
        tables = sorted({t for t in s["scans"] if t.split()[0] in LARGE_TABLES or "FTS" in t})
        if tables and not s["migration_only"]:
            groups.setdefault((tuple(tables), s["sites"][0]), []).append(s)
    return [
        {
            "tables": list(tables),
            "from": site,
            "statements": len(found),
            "steps": sorted({step for s in found for step in s["steps"]})[:6],
            "example": short(min(found, key=lambda s: len(s["sql"]))["sql"], 400),
            "plan": min(found, key=lambda s: len(s["sql"]))["plan"],
        }
        for (tables, site), found in sorted(groups.items())
    ]


def verdicts(statements: list[dict], indexes: dict[str, dict]) -> dict[str, dict]:
    result = {}
    for name, index in indexes.items():
        # `SELECT count(*) FROM t` walks whichever index of t is smallest: any would do.
        users = [
            s
            for s in statements
            if name in s.get("indexes", ()) and not _WHOLE_COUNT.match(shape(s["sql"]))
        ]
        runtime = [s for s in users if not s["migration_only"] and s["steps"] != ["seed"]]
        if runtime:
            verdict = "used"
        elif users:
            verdict = "used only by migrations or demo seeding"
        elif index["unique"]:
            verdict = f"not used by any query; needed to enforce {index['origin']} uniqueness"
        else:
            verdict = "unused"
        result[name] = {
            **index,
            "verdict": verdict,
            "statements": len(users),
            "used_by": [
                {"sql": short(s["sql"]), "from": s["sites"][:3], "plan": s["plan"]}
                for s in (runtime or users)
            ],
        }
    return result


def prefix_duplicates(indexes: dict[str, dict]) -> list[dict]:
    """Pairs where one index's key columns are the leading columns of another's."""
    pairs = []
    for name, index in indexes.items():
        for other, wider in indexes.items():
            if other == name or wider["table"] != index["table"]:
                continue
            n = len(index["columns"])
            if index["columns"] == wider["columns"][:n] and (
                n < len(wider["columns"]) or name < other
            ):
                pairs.append(
                    {
                        "index": name,
                        "columns": index["columns"],
                        "partial": index["partial"],
                        "unique": index["unique"],
                        "covered_by": other,
                        "covered_by_columns": wider["columns"],
                        "covered_by_partial": wider["partial"],
                    }
                )
    return pairs


def foreign_keys(connection: sqlite3.Connection, tables: set[str]) -> list[dict]:
    keys = []
    for table in sorted(tables):
        for row in connection.execute(f'PRAGMA foreign_key_list("{table}")'):
            keys.append({"table": table, "column": row[3], "parent": row[2]})
    return keys


# ----------------------------------------------------------------------------- the report


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    return done.stdout.strip()


def markdown(figures: dict) -> str:
    lines = [
        "# Index usage (bench/index_usage.py)",
        "",
        f"Commit {figures['commit']}{' with local changes' if figures['dirty'] else ''}; "
        f"SQLite {figures['sqlite']}; plans on {figures['profile_cases']:,} cases; "
        f"{figures['statements']} distinct statements.",
        "",
        "| index | table (columns) | verdict | used by |",
        "|---|---|---|---|",
    ]
    for name, index in sorted(figures["indexes"].items(), key=lambda i: (i[1]["table"], i[0])):
        columns = ", ".join(index["columns"])
        where = f" WHERE {index['partial']}" if index["partial"] else ""
        users = "<br>".join(
            f"`{u['sql'][:110]}` ({'; '.join(u['from'][:2])})" for u in index["used_by"][:4]
        )
        more = index["statements"] - min(4, len(index["used_by"]))
        users += f"<br>… and {more} more" if more > 0 else ""
        lines.append(
            f"| {name} | {index['table']} ({columns}){where} | {index['verdict']} | {users} |"
        )
    lines += ["", "## Full scans of large tables", ""]
    for scan in figures["full_scans"]:
        lines.append(
            f"- **{', '.join(scan['tables'])}** from {scan['from']} ({scan['statements']} "
            f"statements; steps: {', '.join(scan['steps'])}), e.g. `{scan['example']}`; "
            f"plan: {' / '.join(scan['plan'])}"
        )
    lines += ["", "## Automatic indexes", ""]
    lines += [f"- `{a['sql']}`: {a['automatic']}" for a in figures["automatic_indexes"]] or ["none"]
    lines += ["", "## Prefix duplicates", ""]
    for pair in figures["prefix_duplicates"]:
        lines.append(
            f"- {pair['index']} ({', '.join(pair['columns'])})"
            f"{' WHERE ' + pair['partial'] if pair['partial'] else ''} leads "
            f"{pair['covered_by']} ({', '.join(pair['covered_by_columns'])})"
            f"{' WHERE ' + pair['covered_by_partial'] if pair['covered_by_partial'] else ''}"
        )
    if figures["errors"]:
        lines += ["", "## Statements that could not be explained", ""]
        lines += [f"- `{e['sql']}`: {e['error']}" for e in figures["errors"]]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", type=Path, default=None, help="profile to explain on")
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--demo-cases", type=int, default=2_000)
    parser.add_argument("--tests", action="store_true", help="also capture the service tests")
    parser.add_argument("--markdown", type=Path, default=None, help="also write a report")
    args = parser.parse_args()

    captured, failures = capture_workload(args.demo_cases)
    statements = {key: dict(s, origin=["workload"]) for key, s in captured.items()}
    if args.tests:
        with tempfile.TemporaryDirectory(prefix="index-tests-") as folder:
            for found in capture_tests(Path(folder) / "statements.json"):
                key = shape(found["sql"])
                if key in statements:
                    statements[key]["origin"].append("tests")
                else:
                    statements[key] = dict(found, origin=["tests"])

    with tempfile.TemporaryDirectory(prefix="index-usage-profile-") as spare:
        database = ensure_profile(args.profile or Path(spare) / "profile", args.cases)
        connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
        connection.create_function(
            "casefold", 1, lambda t: None if t is None else t.casefold(), deterministic=True
        )
        tables, indexes = schema_of(connection)
        cases = connection.execute("SELECT count(*) FROM cases").fetchone()[0]
        analysed = connection.execute(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'"
        ).fetchone()[0]
        everything = list(statements.values()) + trigger_statements(connection)
        for statement in everything:
            explain(connection, statement, tables)
        keys = foreign_keys(connection, tables)
        connection.close()

    explained = [s for s in everything if "plan" in s]
    figures = {
        "commit": _git("rev-parse", "HEAD"),
        "dirty": bool(_git("status", "--porcelain", "--untracked-files=no", "--", "app")),
        "sqlite": sqlite3.sqlite_version,
        "profile_cases": cases,
        "analysed": bool(analysed),
        "statements": len(everything),
        "from_tests_only": sum(1 for s in statements.values() if s["origin"] == ["tests"]),
        "indexes": verdicts(explained, indexes),
        "full_scans": grouped_scans(explained),
        "automatic_indexes": [
            {"sql": short(s["sql"], 220), "automatic": s["automatic"], "from": s["sites"][:3]}
            for s in explained
            if s["automatic"]
        ],
        "index_walks": sorted({w for s in explained for w in s["walks"]}),
        "prefix_duplicates": prefix_duplicates(indexes),
        "foreign_keys": keys,
        "deletes": sorted({short(s["sql"]) for s in explained if s["sql"][:6].upper() == "DELETE"}),
        "errors": [
            {"sql": short(s["sql"]), "error": s["error"], "from": s["sites"][:2]}
            for s in everything
            if "error" in s
        ],
        "workload_refusals": failures,
    }
    if args.markdown:
        args.markdown.write_text(markdown(figures), encoding="utf-8")
    print(json.dumps(figures, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
