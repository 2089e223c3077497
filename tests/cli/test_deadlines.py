"""`workbench cases show` reports the return window, the clocks and the escalation."""

from __future__ import annotations

import json

from app.cli.runner import main
from app.demo import seed_demo
from app.services.core.profile import Profile


def _show(capsys, data_dir, text: str) -> dict:
    listed = main(["--data-dir", str(data_dir), "cases", "list", "--json", "--search", text])
    assert listed == 0
    ref = json.loads(capsys.readouterr().out)[0]["ref"]
    assert main(["--data-dir", str(data_dir), "cases", "show", ref, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_cases_show_has_deadlines_and_escalation(tmp_path, capsys):
    profile = Profile.open(tmp_path / "p")
    seed_demo(profile)
    profile.close()
    korean = _show(capsys, tmp_path / "p", "lang:ko")
    assert korean["return_window"]["state"] == "open"
    assert korean["return_window"]["basis"] == "delivered"
    assert korean["return_window"]["rules"][0]["source"]
    assert [c["name"] for c in korean["clocks"]] == ["reply"]
    assert {"name", "due_at", "state"} <= set(korean["clocks"][0])
    assert korean["escalation"]["level"] >= 2
    assert "repeated_contact" in korean["escalation"]["codes"]
    assert any("3 times" in reason for reason in korean["escalation"]["reasons"])

    arabic = _show(capsys, tmp_path / "p", "lang:ar")
    assert arabic["return_window"]["basis"] == "estimated"
    assert arabic["escalation"]["manual"]["target"] == "carrier"
    assert "a_to_z_eligible" in [c["name"] for c in arabic["clocks"]]

    account = _show(capsys, tmp_path / "p", "reason:account_access")
    assert account["escalation"]["level"] == 0


def test_cases_show_text_lists_the_deadlines(tmp_path, capsys):
    profile = Profile.open(tmp_path / "p")
    seed_demo(profile)
    profile.close()
    assert main(["--data-dir", str(tmp_path / "p"), "cases", "list", "--json", "--search",
                 "lang:de"]) == 0  # fmt: skip
    ref = json.loads(capsys.readouterr().out)[0]["ref"]
    assert main(["--data-dir", str(tmp_path / "p"), "cases", "show", ref]) == 0
    text = capsys.readouterr().out
    assert "Return window: open" in text and "Escalation: level" in text
