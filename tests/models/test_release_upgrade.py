"""A profile made by the previous release (schema 0006) opens in this one unchanged to its user.

The fixture (tests/fixtures/release_0006, made by `make.py` there on release 56398e0) holds
the demo's scripted and generated cases plus cases written through every old service, so
that its operation log has every (entity, action) pair the old code writes. Beside it are
the old command line's answers: `cases show --json` of every case, `cases list`, searches,
the reply templates and `doctor`. Here the current code upgrades a copy (the first command
opens it) and must give the same answers, field by field.

The CLI runs in this process with `Profile.open` on the clock the fixture's answers were
made at (`show_at`): `cases show` computes the clocks and the live escalation at "now", and
the real now would make them differ for reasons that are no upgrade's fault.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli.runner import main
from app.models.migrations import HEAD_REVISION
from app.services.core.profile import Profile

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "release_0006"
FACTS = json.loads((FIXTURE / "fixture.json").read_text(encoding="utf-8"))
OLD_DB = FIXTURE / "profile" / "workbench.sqlite3"

# Every (entity, action) the old release's services write (`ops.record(` and
# `record_create(` in 56398e0): the fixture must hold each, or it tests less than it says.
OLD_OPERATIONS = {
    ("case", "create"),
    ("case", "update"),
    ("case", "escalate"),
    ("case", "delete"),
    ("case_tag", "add"),
    ("case_tag", "remove"),
    ("customer", "create"),
    ("order", "create"),
    ("order", "update"),
    ("order_item", "create"),
    ("message", "create"),
    ("message", "update"),
    ("message", "delete"),
    ("message", "override"),
    ("evidence", "create"),
    ("evidence", "update"),
    ("evidence", "delete"),
    ("evidence", "restore"),
    ("reply_template", "create"),
    ("reply_template", "update"),
    ("reply_template", "delete"),
    ("reply_template", "restore"),
    ("setting", "update"),
}


# ----------------------------------------------------------------------------- comparing


def differences(old: object, new: object, path: str = "") -> list[str]:
    """Every place where `new` differs from `old`, as `path: old != new` (dict keys as
    `.key`, list items as `[i]`); types count (1 is not 1.0, nor True)."""
    if isinstance(old, dict) and isinstance(new, dict):
        found = []
        for key in old.keys() | new.keys():
            where = f"{path}.{key}" if path else str(key)
            if key not in new:
                found.append(f"{where}: missing (was {old[key]!r})")
            elif key not in old:
                found.append(f"{where}: new field {new[key]!r}")
            else:
                found.extend(differences(old[key], new[key], where))
        return sorted(found)
    if isinstance(old, list) and isinstance(new, list):
        found = []
        for index in range(max(len(old), len(new))):
            where = f"{path}[{index}]"
            if index >= len(new):
                found.append(f"{where}: missing (was {old[index]!r})")
            elif index >= len(old):
                found.append(f"{where}: new item {new[index]!r}")
            else:
                found.extend(differences(old[index], new[index], where))
        return found
    if type(old) is not type(new) or old != new:
        return [f"{path or '<top>'}: {old!r} != {new!r}"]
    return []


def test_differences_names_every_path():
    old = {"a": 1, "h": [{"body": ["x", "y"]}, 2], "gone": None}
    new = {"a": 1.0, "h": [{"body": ["x", "z"]}], "extra": True}
    assert differences(old, new) == [
        "a: 1 != 1.0",
        "extra: new field True",
        "gone: missing (was None)",
        "h[0].body[1]: 'y' != 'z'",
        "h[1]: missing (was 2)",
    ]
    assert differences({"a": [1, {"b": "ü"}]}, {"a": [1, {"b": "ü"}]}) == []


# ----------------------------------------------------------------------------- running the CLI


@contextlib.contextmanager
def _opened_at(moment: dt.datetime):
    """`Profile.open` on a clock stopped at `moment` unless the caller gives one."""
    original = Profile.__dict__["open"]

    def open_at(cls, root, **kwargs):
        kwargs.setdefault("now", lambda: moment)
        return original.__func__(cls, root, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Profile, "open", classmethod(open_at))
        yield


class Cli:
    """The current code's `workbench` on one data folder, at the fixture's moment."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.moment = dt.datetime.fromisoformat(FACTS["show_at"])

    def run(self, *argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with (
            _opened_at(self.moment),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            code = main(["--data-dir", str(self.data_dir), *argv])
        return code, out.getvalue(), err.getvalue()

    def json(self, *argv: str) -> object:
        code, out, err = self.run(*argv)
        assert code == 0, f"workbench {' '.join(argv)} exited {code}: {err.strip()}"
        return json.loads(out)


def _stored(name: str) -> object:
    return json.loads((FIXTURE / name).read_text(encoding="utf-8"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """A copy of the fixture profile (never the fixture itself), upgraded by the first
    command of the current code."""
    before = _digest(OLD_DB)
    data_dir = tmp_path_factory.mktemp("release_0006") / "profile"
    shutil.copytree(FIXTURE / "profile", data_dir)
    cli = Cli(data_dir)
    code, _out, err = cli.run("cases", "list", "--json", "--limit", "1")
    assert code == 0, err
    assert _digest(OLD_DB) == before, "the fixture itself was changed"
    return cli


# ----------------------------------------------------------------------------- the fixture


def test_the_fixture_holds_every_operation_the_old_release_writes():
    pairs = {(entity, action) for entity, action, _count in FACTS["pairs"]}
    assert OLD_OPERATIONS - pairs == set()
    connection = sqlite3.connect(f"{OLD_DB.as_uri()}?mode=ro", uri=True)
    try:
        stamp = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        in_file = set(connection.execute("SELECT DISTINCT entity, action FROM operations"))
        refs = {ref for (ref,) in connection.execute("SELECT ref FROM cases")}
    finally:
        connection.close()
    assert stamp == FACTS["revision"] == "0006"
    assert in_file == pairs
    shown = {path.stem for path in (FIXTURE / "cases").glob("*.json")}
    assert shown == refs - {FACTS["deleted_ref"]}
    # One file, no write-ahead log beside it (journal_mode DELETE: header bytes 18 and 19).
    assert OLD_DB.read_bytes()[18:20] == b"\x01\x01"
    assert sorted(p.name for p in OLD_DB.parent.iterdir()) == ["blobs", "workbench.sqlite3"]


# ----------------------------------------------------------------------------- the upgrade


def test_the_upgrade_stamps_the_head_and_keeps_the_old_file(upgraded: Cli, tmp_path: Path):
    db = upgraded.data_dir / "workbench.sqlite3"
    connection = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        stamp = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()
    assert stamp == HEAD_REVISION
    backups = sorted((upgraded.data_dir / "backups").glob("workbench-schema-0006-*.sqlite3"))
    assert len(backups) == 1, backups
    # The fixture is stored in journal_mode DELETE (one file to commit), while the old
    # release switched every profile it opened to WAL, which rewrites four header fields
    # (bytes 18-19, the journal mode; 24-27 and 92-95, the change counter). The upgrade
    # opens the file the same way before it keeps it, so the file to compare with is the
    # fixture switched to WAL, as every profile of the old release is; nothing else may
    # differ.
    expected = tmp_path / "as-the-old-release-holds-it.sqlite3"
    shutil.copyfile(OLD_DB, expected)
    connection = sqlite3.connect(expected, isolation_level=None)
    try:
        assert connection.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    finally:
        connection.close()
    kept, wanted = backups[0].read_bytes(), expected.read_bytes()
    changed = [i for i, (a, b) in enumerate(zip(kept, wanted, strict=False)) if a != b]
    assert (len(kept), changed[:20]) == (len(wanted), []), (
        "the backup of the 0006 file is not the file as it was"
    )


# The one change an upgrade makes on purpose (schema 0008): the old release stored "Send
# reply" as "queued" but had no way to send it, so those replies never left the laptop.
# They become drafts, and their cases count as unanswered again: the 24-hour clock runs,
# escalation follows. Nothing else may differ.
UNSENT_REFS = frozenset(
    p.stem
    for p in (FIXTURE / "cases").glob("*.json")
    if any(m["outbound_state"] == "queued" for m in _stored(f"cases/{p.stem}.json")["messages"])
)
# The message fields schema 0008 added; every old message has their empty value.
NEW_MESSAGE_FIELDS = {
    "sent_at": None,
    "subject": None,
    "mail_address": None,
    "mail_flags": [],
    "send_after": None,
    "attempts": 0,
    "next_attempt_at": None,
    "failure": None,
    "contact": False,
    "minutes": None,
}


def _as_0008_shows(old: dict) -> dict:
    """The old answer, with what schema 0008 changes on purpose applied."""
    old = json.loads(json.dumps(old))
    for message in old["messages"]:
        if message["outbound_state"] == "queued":
            message["outbound_state"] = "draft"
    return old


def test_the_fixture_has_unsent_replies_and_answered_cases():
    assert 0 < len(UNSENT_REFS) < len(list((FIXTURE / "cases").glob("*.json")))


@pytest.mark.parametrize("ref", sorted(p.stem for p in (FIXTURE / "cases").glob("*.json")))
def test_every_case_shows_as_before(upgraded: Cli, ref: str):
    old = _as_0008_shows(_stored(f"cases/{ref}.json"))
    new = upgraded.json("cases", "show", ref, "--json")
    assert new.pop("sync_notices") == []  # schema 0009: no conflict before any sync
    for message in new["messages"]:
        # The old release stored sent_at (the demo's sent replies) but did not print it.
        message.pop("sent_at", None)
        for name, empty in NEW_MESSAGE_FIELDS.items():
            if name in message and message[name] == empty:
                del message[name]
    found = differences(old, new)
    if ref in UNSENT_REFS:
        found = [
            d
            for d in found
            if not d.startswith(("clocks", "escalation"))
            and not (d.startswith("history[") and "'actor': 'workbench', " in d)
        ]
        assert not any(m["outbound_state"] == "queued" for m in new["messages"])
    assert not found, f"{len(found)} differences:\n" + "\n".join(f"{ref}: {d}" for d in found)


def _rows_as_before(old: list, new: list) -> list[str]:
    """Differences of two lists of inbox rows; an unsent-reply case may now be unanswered
    and escalated (its clock runs again), nothing else may differ."""
    found = []
    unsent = {i for i, row in enumerate(old) if row.get("ref") in UNSENT_REFS}
    for difference in differences(old, new):
        index = int(difference[1 : difference.index("]")]) if difference[0] == "[" else -1
        field = difference.split(":")[0].split(".")[-1]
        if index in unsent and field in ("unanswered", "escalation_level"):
            continue
        found.append(difference)
    return found


def test_the_deleted_case_stays_deleted(upgraded: Cli):
    code, _out, err = upgraded.run("cases", "show", FACTS["deleted_ref"], "--json")
    assert code != 0 and "No case matches" in err


def test_the_list_is_as_before(upgraded: Cli):
    found = _rows_as_before(
        _stored("list.json"), upgraded.json("cases", "list", "--json", "--limit", "0")
    )
    assert not found, "\n".join(found)


@pytest.mark.parametrize("text", FACTS["searches"])
def test_a_search_finds_the_same_cases(upgraded: Cli, text: str):
    old = _stored("searches.json")[text]
    new = upgraded.json("cases", "list", "--json", "--limit", "0", "--search", text)
    found = _rows_as_before(old, new)
    assert not found, f"search {text!r}:\n" + "\n".join(found)


def test_the_shop_templates_are_as_before(upgraded: Cli):
    found = differences(_stored("replies.json"), upgraded.json("replies", "list", "--json"))
    assert not found, "\n".join(found)


def test_the_evidence_files_are_still_found(upgraded: Cli):
    report = upgraded.json("doctor", "--json")
    assert report["ok"] is True and report["problems"] == [], report
    old = _stored("doctor.json")
    assert (report["blobs_checked"], report["bytes_checked"]) == (
        old["blobs_checked"],
        old["bytes_checked"],
    )
