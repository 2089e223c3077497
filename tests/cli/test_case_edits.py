"""`workbench cases update|note`: each option, the JSON, exit codes, and nothing written
on bad input (the operation log is counted before and after)."""

from __future__ import annotations

import io
import json
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.cli.test_runner import ORDER_ID, add_korean_case, one_error_line, run

ARABIC_NAME = "ليلى حداد"
KOREAN_NAME = "김민지"
ARABIC_NOTE = "تمت الموافقة على الاسترداد، سيصل المبلغ خلال ٣ أيام."
KOREAN_NOTE = "환불 승인: 3일 이내 입금 예정입니다."
# Keys of `cases show --json` whose values are live at the moment it runs.
LIVE_KEYS = {"clocks", "escalation"}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def case(capsys, data_dir) -> dict:
    """A Korean case (high, wrong_size, new) tagged vip, late and fragile."""
    created = add_korean_case(capsys, data_dir)
    code, _, err = _update(capsys, data_dir, created["ref"], "--add-tag", "late")
    assert code == 0, err
    code, _, err = _update(capsys, data_dir, created["ref"], "--add-tag", "Fragile")
    assert code == 0, err
    return created


def _update(capsys, data_dir, ref: str, *options: str) -> tuple[int, dict | None, str]:
    code, out, err = run(capsys, "--data-dir", data_dir, "cases", "update", ref, *options)
    return code, (json.loads(out) if code == 0 and "--json" in options else None), out + err


def _note(capsys, data_dir, ref: str, *options: str) -> tuple[int, dict | None, str]:
    code, out, err = run(capsys, "--data-dir", data_dir, "cases", "note", ref, *options)
    return code, (json.loads(out) if code == 0 and "--json" in options else None), out + err


def _show(capsys, data_dir, ref: str) -> dict:
    code, out, err = run(capsys, "--data-dir", data_dir, "cases", "show", ref, "--json")
    assert code == 0, err
    return json.loads(out)


def _operations(data_dir: Path) -> int:
    connection = sqlite3.connect(data_dir / "workbench.sqlite3")
    try:
        return connection.execute("SELECT count(*) FROM operations").fetchone()[0]
    finally:
        connection.close()


def _tag_ops(shown: dict) -> list[tuple[str, str]]:
    return [(h["action"], h["data"]["tag"]) for h in shown["history"] if h["entity"] == "case_tag"]


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


# ----------------------------------------------------------------------------- update


def test_update_prints_the_case_as_show_does_plus_changed(capsys, data_dir, case):
    code, updated, err = _update(
        capsys,
        data_dir,
        case["ref"],
        "--status",
        "waiting_customer",
        "--priority",
        "urgent",
        "--reason",
        "defective",
        "--assignee",
        KOREAN_NAME,
        "--json",
    )
    assert code == 0, err
    assert updated["changed"] is True
    assert (updated["status"], updated["priority"], updated["reason"]) == (
        "waiting_customer",
        "urgent",
        "defective",
    )
    assert updated["assignee"] == KOREAN_NAME
    shown = _show(capsys, data_dir, case["ref"])
    assert set(updated) == set(shown) | {"changed"}
    for key in set(shown) - LIVE_KEYS:
        assert updated[key] == shown[key], key
    assert [c["due_at"] for c in updated["clocks"]] == [c["due_at"] for c in shown["clocks"]]
    fields = [h["data"] for h in shown["history"] if h["entity"] == "case"]
    assert fields[-1] == {
        "status": ["new", "waiting_customer"],
        "priority": ["high", "urgent"],
        "reason": ["wrong_size", "defective"],
        "assignee": [None, KOREAN_NAME],
    }


@pytest.mark.parametrize(
    ("option", "value", "stored"),
    [
        ("--status", "resolved", "resolved"),
        ("--status", "Waiting-Third-Party", "waiting_third_party"),
        ("--priority", "LOW", "low"),
        ("--reason", "not_received", "not_received"),
        ("--assignee", ARABIC_NAME, ARABIC_NAME),
        ("--assignee", f"  {KOREAN_NAME}\n", KOREAN_NAME),
    ],
)
def test_each_field_alone(capsys, data_dir, case, option, value, stored):
    before = _show(capsys, data_dir, case["ref"])
    code, updated, err = _update(capsys, data_dir, case["ref"], option, value, "--json")
    assert code == 0, err
    field = option.removeprefix("--")
    assert updated[field] == stored
    assert updated["changed"] is True
    after = _show(capsys, data_dir, case["ref"])
    assert after[field] == stored
    untouched = {"status", "priority", "reason", "assignee", "tags", "subject"} - {field}
    assert {k: after[k] for k in untouched} == {k: before[k] for k in untouched}


def test_an_empty_assignee_clears_it(capsys, data_dir, case):
    _update(capsys, data_dir, case["ref"], "--assignee", ARABIC_NAME)
    assert _show(capsys, data_dir, case["ref"])["assignee"] == ARABIC_NAME
    code, updated, err = _update(capsys, data_dir, case["ref"], "--assignee", "", "--json")
    assert code == 0, err
    assert updated["assignee"] is None and updated["changed"] is True
    assert _show(capsys, data_dir, case["ref"])["assignee"] is None


def test_tags_change_only_the_named_ones(capsys, data_dir, case):
    shown = _show(capsys, data_dir, case["ref"])
    assert sorted(shown["tags"]) == ["fragile", "late", "vip"]
    ops_before = _tag_ops(shown)
    code, updated, err = _update(
        capsys,
        data_dir,
        case["ref"],
        "--add-tag",
        "Gift Wrap",
        "--add-tag",
        "반품",
        "--remove-tag",
        "LATE",
        "--remove-tag",
        "never-there",
        "--json",
    )
    assert code == 0, err
    assert updated["changed"] is True
    assert sorted(updated["tags"]) == sorted(["fragile", "gift-wrap", "vip", "반품"])
    shown = _show(capsys, data_dir, case["ref"])
    assert sorted(shown["tags"]) == sorted(updated["tags"])
    new_ops = _tag_ops(shown)[len(ops_before) :]
    assert sorted(new_ops) == [("add", "gift-wrap"), ("add", "반품"), ("remove", "late")]


def test_a_removed_tag_comes_back_when_added(capsys, data_dir, case):
    _update(capsys, data_dir, case["ref"], "--remove-tag", "vip")
    assert "vip" not in _show(capsys, data_dir, case["ref"])["tags"]
    code, updated, err = _update(capsys, data_dir, case["ref"], "--add-tag", "VIP", "--json")
    assert code == 0, err
    assert sorted(updated["tags"]) == ["fragile", "late", "vip"]
    assert _tag_ops(_show(capsys, data_dir, case["ref"]))[-2:] == [
        ("remove", "vip"),
        ("add", "vip"),
    ]


def test_nothing_to_change(capsys, data_dir, case):
    before = _operations(data_dir)
    code, out, err = run(capsys, "--data-dir", data_dir, "cases", "update", case["ref"])
    assert code == 0, err
    assert "Nothing to change" in out
    code, updated, err = _update(
        capsys,
        data_dir,
        case["ref"],
        "--status",
        "new",
        "--priority",
        "high",
        "--reason",
        "wrong_size",
        "--add-tag",
        "vip",
        "--remove-tag",
        "absent",
        "--json",
    )
    assert code == 0, err
    assert updated["changed"] is False
    assert updated["status"] == "new"
    code, updated, err = _update(capsys, data_dir, case["ref"], "--json")
    assert code == 0, err
    assert updated["changed"] is False
    assert updated["ref"] == case["ref"]
    assert _operations(data_dir) == before


def test_update_text_says_what_changed(capsys, data_dir, case):
    code, out, err = run(
        capsys,
        "--data-dir",
        data_dir,
        "cases",
        "update",
        case["ref"],
        "--status",
        "resolved",
        "--add-tag",
        "done",
        "--remove-tag",
        "late",
    )
    assert code == 0, err
    assert out.startswith(f"Updated {case['ref']}:")
    assert "status new -> resolved" in out
    assert "tag +done" in out and "tag -late" in out
    assert "priority" not in out


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--status", "finished"], ["new", "open", "waiting_customer", "resolved", "closed"]),
        (["--priority", "whenever"], ["low", "normal", "high", "urgent"]),
        (["--reason", "bored"], ["wrong_size", "defective", "other"]),
        (["--status", ""], ["new", "closed"]),
        (["--add-tag", "  "], ["tag", "empty"]),
        (["--remove-tag", ""], ["tag", "empty"]),
        (["--add-tag", "x" * 65], ["64"]),
        (["--assignee", "a" * 121], ["assignee", "120"]),
        (["--add-tag", "Gift Wrap", "--remove-tag", "gift-wrap"], ["gift-wrap", "both"]),
        # A good change next to a bad one: nothing at all is written.
        (["--status", "resolved", "--add-tag", "new", "--priority", "soon"], ["priority"]),
        (["--status", "closed", "--assignee", "x", "--add-tag", "a", "--remove-tag", "A"], ["a"]),
    ],
)
def test_bad_input_writes_nothing(capsys, data_dir, case, options, words):
    before_ops = _operations(data_dir)
    before = _show(capsys, data_dir, case["ref"])
    code, out, err = run(
        capsys, "--data-dir", data_dir, "cases", "update", case["ref"], *options, "--json"
    )
    assert code == 2
    assert out == ""
    line = one_error_line(err)
    for word in words:
        assert word in line
    assert _operations(data_dir) == before_ops
    after = _show(capsys, data_dir, case["ref"])
    assert after["history"] == before["history"]
    assert (after["status"], after["tags"], after["assignee"]) == (
        before["status"],
        before["tags"],
        before["assignee"],
    )


@pytest.mark.parametrize("command", ["update", "note"])
def test_an_unknown_case_is_refused(capsys, data_dir, case, command):
    before = _operations(data_dir)
    options = ["--status", "open"] if command == "update" else ["--body", "x"]
    code, out, err = run(capsys, "--data-dir", data_dir, "cases", command, "ZZZZZ-ZZZZZ", *options)
    assert code == 2
    assert out == ""
    assert "ZZZZZ-ZZZZZ" in one_error_line(err)
    assert _operations(data_dir) == before


def test_update_finds_the_case_as_show_does(capsys, data_dir, case):
    for ref, status in (
        (case["ref"].replace("-", "").lower(), "open"),
        (ORDER_ID, "waiting_customer"),
        (case["id"], "closed"),
    ):
        code, updated, err = _update(capsys, data_dir, ref, "--status", status, "--json")
        assert code == 0, err
        assert updated["id"] == case["id"] and updated["status"] == status


# ----------------------------------------------------------------------------- note


@pytest.mark.parametrize("body", [ARABIC_NOTE, KOREAN_NOTE, f"{KOREAN_NOTE}\n{ARABIC_NOTE}"])
def test_a_note_round_trips(capsys, data_dir, case, body):
    code, noted, err = _note(capsys, data_dir, case["ref"], "--body", body, "--json")
    assert code == 0, err
    assert noted["case"] == case["ref"]
    assert noted["message_id"] == noted["id"]
    assert noted["direction"] == "note"
    assert noted["body"] == body
    assert noted["outbound_state"] is None
    shown = _show(capsys, data_dir, case["ref"])
    notes = [m for m in shown["messages"] if m["id"] == noted["message_id"]]
    assert len(notes) == 1 and notes[0]["body"] == body and notes[0]["direction"] == "note"
    created = [h for h in shown["history"] if h["entity"] == "message" and h["action"] == "create"]
    assert created[-1]["data"]["body"] == [None, body]


def test_a_note_from_stdin(capsys, data_dir, case, monkeypatch):
    body = f"{ARABIC_NOTE}\n{KOREAN_NOTE}"
    _stdin(monkeypatch, (body + "\n").encode("utf-8"))
    code, noted, err = _note(capsys, data_dir, case["ref"], "--body", "-", "--json")
    assert code == 0, err
    assert noted["body"] == body
    bodies = [m["body"] for m in _show(capsys, data_dir, case["ref"])["messages"]]
    assert bodies[-1] == body


def test_a_note_as_text(capsys, data_dir, case):
    code, out, err = run(
        capsys, "--data-dir", data_dir, "cases", "note", case["ref"], "--body", "-x: dash first"
    )
    assert code == 0, err
    assert out.startswith(f"Added a note to {case['ref']}")
    assert _show(capsys, data_dir, case["ref"])["messages"][-1]["body"] == "-x: dash first"


@pytest.mark.parametrize(
    ("body", "stdin", "word"),
    [
        ("", None, "empty"),
        (" \n\t ", None, "empty"),
        ("-", b"", "empty"),
        ("-", b"\n\n", "empty"),
        ("-", "Größe".encode("latin-1"), "UTF-8"),
        ("-", b"text\x00more", "NUL"),
    ],
)
def test_a_bad_note_writes_nothing(capsys, data_dir, case, monkeypatch, body, stdin, word):
    if stdin is not None:
        _stdin(monkeypatch, stdin)
    before = _operations(data_dir)
    messages = len(_show(capsys, data_dir, case["ref"])["messages"])
    code, out, err = run(
        capsys, "--data-dir", data_dir, "cases", "note", case["ref"], "--body", body, "--json"
    )
    assert code == 2
    assert out == ""
    assert word in one_error_line(err)
    assert _operations(data_dir) == before
    assert len(_show(capsys, data_dir, case["ref"])["messages"]) == messages


def test_a_note_needs_a_body(capsys, data_dir, case):
    code, out, err = run(capsys, "--data-dir", data_dir, "cases", "note", case["ref"])
    assert code == 2
    assert out == ""
    assert "--body" in one_error_line(err)
