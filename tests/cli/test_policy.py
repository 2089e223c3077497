"""`workbench policy return-window`: JSON contract, text summary, bad input and exit codes."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.cli.runner import main

RULE_KEYS = {"id", "title", "source", "effective_from", "effective_to", "reported", "override"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["policy", "return-window", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    assert err == ""
    return json.loads(out)


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("workbench: ") and "Traceback" not in err
    return lines[0]


def test_json_contract(capsys):
    data = run_json(
        capsys,
        "--marketplace", "amazon.com",
        "--delivered", "2025-11-20",
        "--purchased", "2025-11-18",
        "--today", "2025-12-01",
    )  # fmt: skip
    assert {"deadline", "days_left", "state", "basis", "rules", "explanation"} <= set(data)
    assert data["deadline"] == "2026-01-31"
    assert (data["days_left"], data["state"], data["basis"]) == (61, "open", "delivered")
    assert [r["id"] for r in data["rules"]] == [
        "amazon.com.return.general",
        "amazon.com.holiday.2025",
    ]
    for rule in data["rules"]:
        assert set(rule) == RULE_KEYS
        dt.date.fromisoformat(rule["effective_from"])
    assert data["rules"][1]["effective_to"] == "2026-01-31"
    assert all(isinstance(s, str) for s in data["explanation"])
    assert "extends the deadline to 31 Jan 2026" in " ".join(data["explanation"])


def test_estimated_delivery_and_category(capsys):
    data = run_json(
        capsys,
        "--marketplace", "amazon.de",
        "--estimated-delivery", "2025-05-03",
        "--category", "camera",
        "--today", "2025-05-20",
    )  # fmt: skip
    assert (data["deadline"], data["basis"], data["state"], data["days_left"]) == (
        "2025-05-17",
        "estimated",
        "closed",
        -3,
    )
    assert data["rules"][0]["id"] == "amazon.de.return.electronics-14"


def test_reported_figures_are_flagged(capsys):
    data = run_json(capsys, "--marketplace", "amazon.sa", "--delivered", "2025-03-03")
    assert data["rules"][0]["reported"] is True
    assert data["deadline"] == "2025-03-18"


def test_today_defaults_to_the_marketplace_date(capsys):
    today = dt.datetime.now(ZoneInfo("Asia/Tokyo")).date()
    data = run_json(capsys, "--marketplace", "amazon.co.jp", "--delivered", today.isoformat())
    # (a run exactly at midnight Tokyo time could see the next day; allow it)
    assert data["days_left"] in (30, 29)


def test_global_json_flag_before_the_subcommand(capsys):
    code = main(["--json", "policy", "return-window", "--marketplace", "amazon.com",
                 "--delivered", "2025-06-01", "--today", "2025-06-01"])  # fmt: skip
    assert code == 0
    assert json.loads(capsys.readouterr().out)["deadline"] == "2025-07-01"


def test_text_summary(capsys):
    code, out, err = run(
        capsys,
        "--marketplace",
        "amazon.co.uk",
        "--delivered",
        "2025-01-05",
        "--today",
        "2025-01-10",
    )
    assert code == 0 and err == ""
    assert out.splitlines()[0] == (
        "amazon.co.uk: return window open, 25 days left (last day 4 Feb 2025)"
    )
    assert "right to cancel" in out and "amazon.co.uk.statutory.right-to-cancel" in out


def test_no_profile_is_opened(capsys, tmp_path: Path):
    data_dir = tmp_path / "profile"
    code = main(["--data-dir", str(data_dir), "policy", "return-window",
                 "--marketplace", "amazon.com", "--delivered", "2025-06-01"])  # fmt: skip
    assert code == 0
    assert not data_dir.exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--marketplace", "amazon.xx", "--delivered", "2025-01-01"], "Unknown marketplace"),
        (["--marketplace", "amazon.com", "--delivered", "2025-02-30"], "not a real calendar date"),
        (["--marketplace", "amazon.com", "--delivered", "20/11/2025"], "not a date like"),
        (
            [
                "--marketplace",
                "amazon.com",
                "--delivered",
                "2025-01-01",
                "--purchased",
                "2025-01-05",
            ],
            "before the purchase date",
        ),
        (
            ["--marketplace", "amazon.com", "--delivered", "2030-01-01", "--today", "2025-01-01"],
            "more than 2 years after today",
        ),
        (
            ["--marketplace", "amazon.com", "--delivered", "1999-01-01", "--today", "2025-01-01"],
            "before 2000",
        ),
        (["--marketplace", "amazon.com"], "one of the arguments --delivered --estimated-delivery"),
        (
            [
                "--marketplace",
                "amazon.com",
                "--delivered",
                "2025-01-01",
                "--estimated-delivery",
                "2025-01-02",
            ],
            "not allowed with argument",
        ),  # fmt: skip
        (["--delivered", "2025-01-01"], "--marketplace"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in one_error_line(err)


def test_exit_code_in_a_real_process():
    ok = subprocess.run(
        [sys.executable, "-m", "app", "policy", "return-window", "--marketplace", "amazon.de",
         "--delivered", "2024-11-07", "--purchased", "2024-11-05", "--category", "pc",
         "--today", "2025-01-01", "--json"],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout.decode("utf-8"))["deadline"] == "2025-01-15"
    bad = subprocess.run(
        [sys.executable, "-m", "app", "policy", "return-window", "--marketplace", "amazon.zz",
         "--delivered", "2025-01-01"],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert bad.returncode == 2
    assert bad.stdout == b""
    assert "Unknown marketplace 'amazon.zz'" in one_error_line(bad.stderr.decode("utf-8"))
