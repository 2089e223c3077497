"""`workbench replies held|approve|return|approval`: the owner's approval of "send anyway"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services.cases import operations as cases
from app.services.core.profile import Profile
from app.services.mail.account import save_account
from tests.cli.test_runner import one_error_line, run, run_json
from tests.services.cases.test_approvals import (
    BLOCKED,
    MAILBOX,
    OVERRIDE,
    mail_case,
    require_approval,
    sign_in,
)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _in_profile(data_dir: Path, fn):  # noqa: ANN001, ANN202
    profile = Profile.open(data_dir, agent="Lena")
    try:
        return fn(profile)
    finally:
        profile.close()


def held_reply(data_dir: Path, *, mailbox: bool = True) -> tuple[str, str]:
    """An agent's blocked reply, sent anyway and held: (case ref, message id)."""

    def make(profile):  # noqa: ANN001, ANN202
        if mailbox:
            save_account(profile, MAILBOX)
        require_approval(profile)
        created = mail_case(profile)
        held = cases.add_reply(profile, created.case_id, BLOCKED, compliance_override=OVERRIDE)
        assert held.held
        return created.ref, str(held.message_id)

    return _in_profile(data_dir, make)


def as_role(data_dir: Path, role: str | None) -> None:
    _in_profile(data_dir, lambda profile: sign_in(profile, role))


def test_held_lists_the_request_with_rules_and_reason(capsys, data_dir):
    ref, message_id = held_reply(data_dir)
    [row] = run_json(capsys, "--data-dir", data_dir, "replies", "held")
    assert row["message_id"] == message_id and row["case"] == ref
    assert (row["author"], row["body"]) == ("Lena", BLOCKED)
    assert row["rules"] == list(OVERRIDE.rules)
    assert row["reason"] == OVERRIDE.reason
    code, out, _err = run(capsys, "--data-dir", data_dir, "replies", "held")
    assert code == 0 and ref in out and OVERRIDE.reason in out


def test_an_agent_is_refused_and_the_reply_stays_held(capsys, data_dir):
    _ref, message_id = held_reply(data_dir)
    code, _out, err = run(capsys, "--data-dir", data_dir, "replies", "approve", message_id)
    assert code == 2 and "owner" in one_error_line(err)
    code, _out, err = run(
        capsys, "--data-dir", data_dir, "replies", "return", message_id, "--note", "no"
    )
    assert code == 2 and "owner" in one_error_line(err)
    assert len(run_json(capsys, "--data-dir", data_dir, "replies", "held")) == 1


def test_the_owner_approves_into_the_outbox(capsys, data_dir):
    ref, message_id = held_reply(data_dir)
    as_role(data_dir, "owner")
    data = run_json(capsys, "--data-dir", data_dir, "replies", "approve", message_id)
    assert (data["case"], data["message_id"], data["state"]) == (ref, message_id, "queued")
    assert data["send_after"]
    [queued] = run_json(capsys, "--data-dir", data_dir, "outbox", "list")
    assert (queued["message_id"], queued["state"]) == (message_id, "queued")
    assert run_json(capsys, "--data-dir", data_dir, "replies", "held") == []
    code, _out, err = run(capsys, "--data-dir", data_dir, "replies", "approve", message_id)
    assert code == 2 and "not waiting" in one_error_line(err)


def test_approved_without_a_mailbox_it_is_a_draft(capsys, data_dir):
    _ref, message_id = held_reply(data_dir, mailbox=False)
    as_role(data_dir, "owner")
    data = run_json(capsys, "--data-dir", data_dir, "replies", "approve", message_id)
    assert (data["state"], data["send_after"]) == ("draft", None)


def test_the_owner_returns_it_with_a_note(capsys, data_dir):
    ref, message_id = held_reply(data_dir)
    as_role(data_dir, "owner")
    note = "Kein Telefon: bitte das Formular nennen."
    data = run_json(capsys, "--data-dir", data_dir, "replies", "return", message_id, "--note", note)
    assert (data["case"], data["state"], data["note"]) == (ref, "draft", note)
    shown = run_json(capsys, "--data-dir", data_dir, "cases", "show", ref)
    notes = [m["body"] for m in shown["messages"] if m["direction"] == "note"]
    assert notes == [note]


def test_bad_message_ids_and_a_missing_note_are_usage_errors(capsys, data_dir):
    _ref, message_id = held_reply(data_dir)
    as_role(data_dir, "owner")
    code, _out, err = run(capsys, "--data-dir", data_dir, "replies", "approve", "nope")
    assert code == 2 and "message id" in one_error_line(err)
    code, _out, err = run(capsys, "--data-dir", data_dir, "replies", "return", message_id)
    assert code == 2 and "--note" in one_error_line(err)
    code, _out, err = run(
        capsys, "--data-dir", data_dir, "replies", "return", message_id, "--note", " "
    )
    assert code == 2 and "--note" in one_error_line(err)


def test_the_approval_switch_is_the_owners(capsys, data_dir):
    _in_profile(data_dir, lambda profile: None)
    shown = run_json(capsys, "--data-dir", data_dir, "replies", "approval")
    assert shown == {"override_approval": False, "role": None, "required_here": False}
    as_role(data_dir, "owner")
    switched = run_json(capsys, "--data-dir", data_dir, "replies", "approval", "on")
    assert switched == {"override_approval": True, "role": "owner", "required_here": False}
    as_role(data_dir, "agent")
    shown = run_json(capsys, "--data-dir", data_dir, "replies", "approval")
    assert shown["required_here"] is True
    code, _out, err = run(capsys, "--data-dir", data_dir, "replies", "approval", "off", "--json")
    assert code == 2 and "owner" in one_error_line(err)
    code, out, _err = run(capsys, "--data-dir", data_dir, "replies", "approval", "--json")
    assert json.loads(out)["override_approval"] is True


def test_cases_reply_says_a_held_reply_waits_for_the_owner(capsys, data_dir):
    def make(profile):  # noqa: ANN001, ANN202
        save_account(profile, MAILBOX)
        require_approval(profile)
        return mail_case(profile).ref

    ref = _in_profile(data_dir, make)
    code, out, err = run(
        capsys,
        "--data-dir",
        data_dir,
        "cases",
        "reply",
        ref,
        "--body",
        BLOCKED,
        "--override-reason",
        OVERRIDE.reason,
    )
    assert (code, err) == (0, "")
    [held] = run_json(capsys, "--data-dir", data_dir, "replies", "held")
    assert out.strip() == (
        f"Held on {ref} ({held['message_id']}) for the owner's approval; it is not sent "
        "until approved."
    )
    assert run_json(capsys, "--data-dir", data_dir, "outbox", "list") == []
