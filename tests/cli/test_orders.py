"""`workbench orders import REPORT`: counts and row problems as JSON; a file that is not a
usable report exits 2 with one line naming why."""

from __future__ import annotations

import json
from pathlib import Path

from app.cli.runner import main

DATA = Path(__file__).parents[1] / "data" / "orders"

KEYS = {
    "path", "report", "encoding", "rows", "orders", "created", "updated", "unchanged",
    "skipped", "non_amazon_rows", "cases_refreshed", "cancelled", "problems", "warnings",
}  # fmt: skip


def _run(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_orders_import_prints_counts_and_problems(tmp_path, capsys):
    code, stdout, _err = _run(
        capsys, tmp_path / "p", "orders", "import", str(DATA / "all-orders-us.txt"), "--json"
    )
    assert code == 0
    result = json.loads(stdout)
    assert set(result) == KEYS
    assert (result["report"], result["rows"], result["created"], result["skipped"]) == (
        "all_orders",
        5,
        3,
        1,
    )
    assert result["non_amazon_rows"] == 1 and result["problems"] == []

    code, stdout, _err = _run(
        capsys, tmp_path / "p", "orders", "import", str(DATA / "all-orders-us.txt"), "--json"
    )
    assert (code, json.loads(stdout)["unchanged"]) == (0, 3)

    code, stdout, _err = _run(
        capsys, tmp_path / "p", "--json", "orders", "import", str(DATA / "all-orders-bad-date.txt")
    )
    problems = json.loads(stdout)["problems"]
    assert code == 0
    assert [(p["row"], p["column"], p["code"]) for p in problems] == [
        (2, "purchase-date", "bad_value")
    ]


def test_orders_import_updates_the_cases_order(tmp_path, capsys):
    data_dir = tmp_path / "p"
    code, stdout, _err = _run(
        capsys, data_dir, "cases", "add", "--subject", "Riemen zu kurz", "--body", "Zu kurz",
        "--marketplace", "DE", "--order", "302-5518830-1197342", "--json",
    )  # fmt: skip
    assert code == 0
    ref = json.loads(stdout)["ref"]
    code, stdout, _err = _run(
        capsys, data_dir, "orders", "import", str(DATA / "shipments-de-delivered-bom.txt"),
        "--json",
    )  # fmt: skip
    assert code == 0
    assert (json.loads(stdout)["updated"], json.loads(stdout)["cases_refreshed"]) == (1, 1)
    code, stdout, _err = _run(capsys, data_dir, "cases", "show", ref, "--json")
    window = json.loads(stdout)["return_window"]
    assert (window["basis"], window["start"]) == ("delivered", "2026-11-15")


def test_orders_import_text_for_people(tmp_path, capsys):
    code, stdout, _err = _run(
        capsys, tmp_path / "p", "orders", "import", str(DATA / "shipments-bad-dates.txt")
    )
    assert code == 0
    assert stdout.startswith("Amazon Fulfilled Shipments report shipments-bad-dates.txt")
    assert "1 orders created" in stdout
    assert "problem: row 3, shipment-date:" in stdout
    assert "warning: row 2, estimated-arrival-date:" in stdout


def test_a_missing_column_or_unreadable_file_exits_2_with_one_line(tmp_path, capsys):
    code, stdout, err = _run(
        capsys, tmp_path / "p", "orders", "import", str(DATA / "all-orders-missing-order-id.txt")
    )
    assert (code, stdout) == (2, "")
    assert err.count("\n") == 1 and "'amazon-order-id'" in err
    assert err.startswith("workbench: ")

    code, stdout, err = _run(capsys, tmp_path / "p", "orders", "import", str(tmp_path / "no.txt"))
    assert (code, stdout) == (2, "")
    assert err.count("\n") == 1 and "no.txt" in err and "cannot be read" in err

    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x01\x02binary")
    code, _stdout, err = _run(capsys, tmp_path / "p", "orders", "import", str(junk), "--json")
    assert code == 2 and "not a text report" in err

    code, _stdout, err = _run(
        capsys, tmp_path / "p", "orders", "import", str(DATA / "all-orders-us.txt"),
        "--marketplace", "Atlantis",
    )  # fmt: skip
    assert code == 2 and "Unknown marketplace" in err
