"""`workbench check-reply` and `workbench replies ...`: the JSON contract and exit codes."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from babel.dates import format_date

from app.demo import seed_demo
from app.services.cases.detail import load_case_detail
from app.services.core.profile import Profile
from app.services.deadlines.overview import load_case_deadlines
from tests.cli.test_runner import one_error_line, run

FINDING_KEYS = {"rule", "severity", "start", "end", "message"}


def _check(capsys, tmp_path: Path, text: str, *extra: str) -> tuple[int, dict]:
    path = tmp_path / "reply.txt"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "check-reply", path, *extra, "--json")
    return code, json.loads(out)


def test_a_rule_breaking_reply_is_blocked_with_spans(capsys, tmp_path):
    text = "주문 113-4829173-5520931 관련입니다. WhatsApp +44 7700 900461 로 연락 주세요."
    code, result = _check(capsys, tmp_path, text, "--locale", "ko")
    assert code == 1
    assert result["blocked"] is True
    assert result["findings"] and all(set(f) == FINDING_KEYS for f in result["findings"])
    blocked = [f for f in result["findings"] if f["severity"] == "block"]
    spans = [text[f["start"] : f["end"]] for f in blocked]
    assert any("7700" in s for s in spans)
    assert any("WhatsApp" in s for s in spans)


def test_a_good_reply_passes(capsys, tmp_path):
    text = (
        "Dear Ms Lee,\n\nThank you for your message about order 113-4829173-5520931. "
        "You can return the belt through Your Orders until 13 December 2026; we will refund "
        "you as soon as it arrives.\n\nKind regards,\nSam"
    )
    code, result = _check(capsys, tmp_path, text, "--marketplace", "amazon.com")
    assert code == 0
    assert result["blocked"] is False
    assert not [f for f in result["findings"] if f["severity"] == "block"]


def test_stdin_and_the_text_output(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Write to me: a@b.example")))
    code, out, err = run(capsys, "check-reply", "-")
    assert code == 1
    assert "BLOCK" in out and "email" in out


def test_an_empty_reply_is_blocked_not_a_crash(capsys, tmp_path):
    code, result = _check(capsys, tmp_path, "   \n")
    assert code == 1
    assert result["findings"][0]["rule"] == "empty"


@pytest.mark.parametrize(
    ("content", "expected"),
    [(None, "no such file"), (b"\xff\xfe\x00bad", "not UTF-8 text")],
)
def test_unreadable_input_is_bad_input(capsys, tmp_path, content, expected):
    path = tmp_path / "reply.txt"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(capsys, "check-reply", path)
    assert code == 2
    assert expected in one_error_line(err)


def test_a_1_mb_paste_is_checked(capsys, tmp_path):
    text = ("Your order 113-4829173-5520931 is on its way. " * 24_000)[:1_000_000]
    code, result = _check(capsys, tmp_path, text)
    assert any(f["rule"] == "too_long" for f in result["findings"])


@pytest.fixture
def demo_dir(tmp_path: Path, clock) -> Path:
    folder = tmp_path / "demo"
    profile = Profile.open(folder, agent="tester", now=clock)
    seed_demo(profile)
    profile.close()
    return folder


def _korean_case(folder: Path, clock):
    profile = Profile.open(folder, agent="tester", now=clock)
    try:
        with profile.read() as session:
            from app.models.entities import Case

            case = next(c for c in session.query(Case) if (c.language or "").startswith("ko"))
            case_id = case.id
        return load_case_detail(profile, case_id), load_case_deadlines(profile, case_id)
    finally:
        profile.close()


def test_replies_render_in_the_buyers_language(capsys, demo_dir, clock):
    detail, deadlines = _korean_case(demo_dir, clock)
    code, out, err = run(
        capsys,
        "--data-dir",
        demo_dir,
        "replies",
        "render",
        "wrong_size_return",
        "--case",
        detail.ref,
        "--json",
    )
    assert code == 0, err
    result = json.loads(out)
    assert result["locale"] == "ko" and result["fell_back"] is False
    assert detail.order.external_id in result["body"]
    last_day = deadlines.return_window.deadline
    assert isinstance(last_day, dt.date)
    assert format_date(last_day, "long", locale="ko") in result["body"]


def test_replies_render_with_a_locale_and_an_unknown_template(capsys, demo_dir, clock):
    detail, _deadlines = _korean_case(demo_dir, clock)
    code, out, err = run(
        capsys, "--data-dir", demo_dir, "replies", "render", "wrong_size_return",
        "--case", detail.ref, "--locale", "de-DE", "--json",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["locale"] == "de"
    code, out, err = run(
        capsys, "--data-dir", demo_dir, "replies", "render", "no_such_template",
        "--case", detail.ref,
    )  # fmt: skip
    assert code == 2
    assert "no_such_template" in one_error_line(err)


def test_replies_list_names_every_template(capsys, demo_dir):
    code, out, err = run(capsys, "--data-dir", demo_dir, "replies", "list", "--json")
    assert code == 0, err
    listing = json.loads(out)
    assert len(listing["templates"]) >= 20
    assert listing["problems"] == []
    assert all(len(t["locales"]) == 8 for t in listing["templates"])


def test_text_output_gives_each_findings_line_and_column(capsys, tmp_path):
    lines = ["Hello,", "", "mail a@b.example now", "x", "WhatsApp +44 7700 900461", "a@b.example"]
    text = "\n".join(lines)
    path = tmp_path / "reply.txt"
    path.write_text(text, encoding="utf-8")
    code, out, _err = run(capsys, "check-reply", path, "--json")
    expected = set()
    for finding in json.loads(out)["findings"]:
        before = text[: finding["start"]]
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        expected.add(f"{line}:{column} {finding['rule']}:")
    assert {"3:6 email:", "6:1 email:"} <= expected
    code, out, _err = run(capsys, "check-reply", path)
    assert code == 1
    shown = {" ".join(row.split()[1:3]) for row in out.splitlines()[:-1]}
    assert shown == expected
