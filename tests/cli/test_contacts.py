"""`workbench cases log-contact`: the JSON contract, defaults and exit codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.cli.test_runner import add_korean_case, assert_iso_with_offset, one_error_line, run

MESSAGE_KEYS = {
    "id",
    "direction",
    "channel",
    "author",
    "body",
    "language",
    "created_at",
    "outbound_state",
    "no_response_needed",
}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _log(capsys, data_dir, ref: str, *options: str) -> tuple[int, dict | None, str]:
    code, out, err = run(capsys, "--data-dir", data_dir, "cases", "log-contact", ref, *options)
    return code, (json.loads(out) if code == 0 and "--json" in options else None), err


def _show(capsys, data_dir, ref: str) -> dict:
    code, out, err = run(capsys, "--data-dir", data_dir, "cases", "show", ref, "--json")
    assert code == 0, err
    return json.loads(out)


def test_a_phone_call_is_logged_and_printed_as_a_message(capsys, data_dir):
    case = add_korean_case(capsys, data_dir)
    code, logged, err = _log(
        capsys,
        data_dir,
        case["ref"],
        "--channel",
        "phone",
        "--direction",
        "in",
        "--summary",
        "Buyer called: 벨트가 도착했어요",
        "--minutes",
        "12",
        "--json",
    )
    assert code == 0, err
    assert set(logged) >= MESSAGE_KEYS
    assert logged["contact"] is True and logged["minutes"] == 12
    assert (logged["channel"], logged["direction"]) == ("phone", "inbound")
    assert logged["body"] == "Buyer called: 벨트가 도착했어요"
    assert logged["outbound_state"] is None
    assert logged["case"] == case["ref"]
    assert_iso_with_offset(logged["created_at"])
    shown = _show(capsys, data_dir, case["ref"])
    listed = [m for m in shown["messages"] if m["id"] == logged["id"]]
    assert listed and listed[0]["body"] == logged["body"]
    assert [h for h in shown["history"] if h["entity"] == "message" and h["action"] == "create"]


def test_cases_show_marks_the_contact(capsys, data_dir):
    case = add_korean_case(capsys, data_dir)
    _log(capsys, data_dir, case["ref"], "--channel", "chat", "--summary", "Chat", "--minutes", "3")
    shown = _show(capsys, data_dir, case["ref"])
    contact = [m for m in shown["messages"] if m.get("contact")]
    assert len(contact) == 1 and contact[0]["minutes"] == 3
    assert [m["contact"] for m in shown["messages"]] == [False, True]


def test_defaults_and_the_time(capsys, data_dir):
    case = add_korean_case(capsys, data_dir)
    ref = case["ref"]
    seoul = (
        (dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
        .astimezone(dt.timezone(dt.timedelta(hours=9)))
        .replace(second=0, microsecond=0)
    )
    code, callback, err = _log(
        capsys, data_dir, ref, "--channel", "Call-back", "--summary", "Called back", "--json"
    )
    assert code == 0, err
    assert callback["channel"] == "callback" and callback["direction"] == "outbound"
    assert callback["minutes"] is None
    code, social, _ = _log(
        capsys,
        data_dir,
        ref,
        "--channel",
        "social",
        "--summary",
        "Instagram DM",
        "--at",
        seoul.isoformat(timespec="minutes"),
        "--json",
    )
    assert social["direction"] == "inbound"
    assert dt.datetime.fromisoformat(social["created_at"]) == seoul
    local = (dt.datetime.now() - dt.timedelta(hours=3)).replace(second=0, microsecond=0)
    code, other, _ = _log(
        capsys,
        data_dir,
        ref,
        "--channel",
        "other",
        "--summary",
        "Fax",
        "--at",
        local.strftime("%Y-%m-%d %H:%M"),
        "--json",
    )
    # No offset: this computer's local time.
    assert dt.datetime.fromisoformat(other["created_at"]) == local.astimezone()


def test_text_output_for_people(capsys, data_dir):
    case = add_korean_case(capsys, data_dir)
    code, out, err = run(
        capsys,
        "--data-dir",
        data_dir,
        "cases",
        "log-contact",
        case["ref"],
        "--channel",
        "phone",
        "--summary",
        "Called",
        "--minutes",
        "4",
    )
    assert code == 0, err
    assert out.startswith(f"Logged a phone call on {case['ref']} (incoming, 4 min) at ")


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--channel", "email", "--summary", "x"], "'email' is not one of phone, chat"),
        (["--channel", "phone"], "the following arguments are required: --summary"),
        (["--summary", "x"], "required: --channel"),
        (["--channel", "phone", "--summary", "  "], "summary is empty"),
        (["--channel", "phone", "--summary", "x", "--direction", "up"], "invalid choice"),
        (["--channel", "phone", "--summary", "x", "--minutes", "-3"], "use 0 or more"),
        (["--channel", "phone", "--summary", "x", "--minutes", "1441"], "out of range"),
        (["--channel", "phone", "--summary", "x", "--minutes", "ten"], "not a whole number"),
        (["--channel", "phone", "--summary", "x", "--at", "yesterday"], "not a date and time"),
        (["--channel", "phone", "--summary", "x", "--at", "2999-01-01T00:00Z"], "in the future"),
        (["--channel", "phone", "--summary", "x", "--at", "1999-01-01T00:00Z"], "a year before"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_logs_nothing(capsys, data_dir, options, words):
    case = add_korean_case(capsys, data_dir)
    code, _, err = _log(capsys, data_dir, case["ref"], *options, "--json")
    assert code == 2
    assert words in one_error_line(err)
    assert len(_show(capsys, data_dir, case["ref"])["messages"]) == 1


def test_an_unknown_case_exits_2(capsys, data_dir):
    add_korean_case(capsys, data_dir)
    code, _, err = _log(capsys, data_dir, "ZZZZZ-ZZZZZ", "--channel", "phone", "--summary", "x")
    assert code == 2
    assert "No case matches" in one_error_line(err)


def test_the_order_id_finds_the_case(capsys, data_dir):
    case = add_korean_case(capsys, data_dir)
    order = case["order_id"]
    assert order
    code, logged, err = _log(
        capsys, data_dir, order, "--channel", "chat", "--summary", "Chat", "--json"
    )
    assert code == 0, err
    assert logged["case"] == case["ref"]
