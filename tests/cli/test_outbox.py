"""`workbench cases reply`, `outbox list` and `outbox send`: the JSON contract, the
compliance block and its override, and what reaches the mail server."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest

from app.models.entities import Message
from app.services.cases import operations as cases
from app.services.cases.detail import load_case_history
from app.services.core.profile import Profile
from app.services.mail.account import save_account
from tests.cli.test_runner import run
from tests.services.mail.dovecot import temporary_keyring
from tests.services.mail.smtp_server import smtp_server as smtp_server  # the fixture

ALIAS = "b8x2k4m1q9z7w5t@marketplace.amazon.de"
ORDER = "302-4829173-5520931"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def keyring_file(tmp_path, monkeypatch):
    with temporary_keyring(tmp_path, monkeypatch) as ring:
        yield ring


def make_case(data_dir: Path, account=None) -> str:  # noqa: ANN001
    profile = Profile.open(data_dir, agent="tester")
    try:
        created = cases.create_case(
            profile,
            cases.NewCase(
                subject="Gürtel zu kurz",
                body="Der Gürtel ist zu kurz, bitte um Umtausch.",
                customer_name="Anna Schmidt",
                customer_alias=ALIAS,
                marketplace="amazon.de",
                order_external_id=ORDER,
                language="de",
            ),
        )
        if account is not None:
            save_account(profile, account, password="secret")
        return created.ref
    finally:
        profile.close()


def make_due(data_dir: Path) -> None:
    """The undo window is over (as 10 s later), moved the way a service writes."""
    profile = Profile.open(data_dir, agent="tester")
    try:
        with profile.write() as session:
            for message in session.query(Message).filter(Message.outbound_state == "queued"):
                before, message.send_after = message.send_after, profile.now()
                profile.ops.record(
                    session,
                    entity="message",
                    entity_id=message.id,
                    action="update",
                    data={"send_after": [before, message.send_after]},
                    case_id=message.case_id,
                )
    finally:
        profile.close()


def cli(capsys, data_dir, *argv):
    code, out, err = run(capsys, "--data-dir", data_dir, *argv, "--json")
    return code, (json.loads(out) if out.strip() else None), err


GOOD = f"Hallo Anna, wir senden heute einen neuen Gürtel zu Bestellung {ORDER}."
BLOCKED = "Hallo Anna, schreiben Sie mir direkt an anna.support@gmail.com, dann geht es schneller."


def test_a_reply_is_queued_listed_and_sent_once_when_due(
    capsys, data_dir, smtp_server, keyring_file
):
    ref = make_case(data_dir, smtp_server.account())
    code, queued, err = cli(capsys, data_dir, "cases", "reply", ref, "--body", GOOD)
    assert code == 0, err
    assert (queued["case"], queued["state"], queued["mailbox"]) == (ref, "queued", True)
    send_after = dt.datetime.fromisoformat(queued["send_after"])
    assert send_after.utcoffset() == dt.timedelta(0)
    code, rows, err = cli(capsys, data_dir, "outbox", "list")
    assert code == 0, err
    [row] = rows
    assert (row["message_id"], row["to"], row["state"]) == (queued["message_id"], ALIAS, "queued")
    assert row["subject"] == "Re: Gürtel zu kurz"
    # Not due yet: the undo window is not skipped.
    code, report, err = cli(capsys, data_dir, "outbox", "send")
    assert (code, report["sent"], report["failed"]) == (0, 0, 0)
    assert smtp_server.received == []
    make_due(data_dir)
    code, report, err = cli(capsys, data_dir, "outbox", "send")
    assert code == 0, err
    assert {k: report[k] for k in ("sent", "failed", "retrying", "offline")} == {
        "sent": 1,
        "failed": 0,
        "retrying": 0,
        "offline": False,
    }
    assert report["sent_ids"] == [queued["message_id"]]
    code, report, err = cli(capsys, data_dir, "outbox", "send")
    assert report["sent"] == 0 and len(smtp_server.received) == 1
    [received] = smtp_server.received
    assert received.rcpt_tos == [ALIAS]
    assert received.message.get_body(("plain",)).get_content().strip() == GOOD
    code, rows, err = cli(capsys, data_dir, "outbox", "list", "--state", "sent")
    assert [r["state"] for r in rows] == ["sent"] and rows[0]["sent_at"]


def test_a_blocked_reply_exits_1_with_the_findings_and_nothing_is_stored(
    capsys, data_dir, smtp_server, keyring_file
):
    ref = make_case(data_dir, smtp_server.account())
    code, result, err = cli(capsys, data_dir, "cases", "reply", ref, "--body", BLOCKED)
    assert code == 1, err
    assert result["state"] is None and result["compliance"]["blocked"] is True
    assert "email" in {f["rule"] for f in result["compliance"]["findings"]}
    code, rows, err = cli(capsys, data_dir, "outbox", "list")
    assert rows == []


def test_an_override_reason_sends_a_blocked_reply_and_is_kept_in_the_history(
    capsys, data_dir, smtp_server, keyring_file
):
    ref = make_case(data_dir, smtp_server.account())
    reason = "The buyer asked for our address in writing."
    code, queued, err = cli(
        capsys, data_dir, "cases", "reply", ref, "--body", BLOCKED, "--override-reason", reason
    )
    assert code == 0, err
    assert queued["state"] == "queued" and queued["override"] == ["email"]
    profile = Profile.open(data_dir, agent="tester")
    try:
        with profile.read() as session:
            case_id = session.get(Message, uuid.UUID(queued["message_id"])).case_id
        overrides = [h.data for h in load_case_history(profile, case_id) if h.action == "override"]
    finally:
        profile.close()
    assert overrides == [{"rules": ["email"], "reason": reason}]


def test_without_a_mailbox_the_reply_is_a_draft_and_says_so(capsys, data_dir, tmp_path):
    ref = make_case(data_dir)
    body = tmp_path / "reply.txt"
    body.write_text(GOOD, encoding="utf-8")
    code, stored, err = cli(capsys, data_dir, "cases", "reply", ref, "--body-file", body)
    assert code == 0, err
    assert (stored["state"], stored["mailbox"], stored["send_after"]) == ("draft", False, None)
    assert "draft" in stored["note"]
    code, result, err = cli(capsys, data_dir, "outbox", "send")
    assert code == 2 and result is None and "mail account set" in err


def test_with_the_server_down_send_exits_1_and_reports_offline(
    capsys, data_dir, smtp_server, keyring_file
):
    ref = make_case(data_dir, smtp_server.account())
    code, queued, err = cli(capsys, data_dir, "cases", "reply", ref, "--body", GOOD)
    make_due(data_dir)
    smtp_server.stop()
    code, report, err = cli(capsys, data_dir, "outbox", "send")
    assert code == 1, err
    assert (report["sent"], report["retrying"], report["offline"]) == (0, 1, True)
    code, rows, err = cli(capsys, data_dir, "outbox", "list")
    assert rows[0]["attempts"] == 1 and "cannot be reached" in rows[0]["failure"]


def test_a_reply_needs_a_body(capsys, data_dir):
    ref = make_case(data_dir)
    code, result, err = cli(capsys, data_dir, "cases", "reply", ref)
    assert code == 2 and "--body" in err
