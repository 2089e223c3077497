"""Never sent twice, across a crash: a process is killed (SIGKILL) right after the mail
server accepted a reply and before "sent" was recorded; the next process must not send it
again, and says honestly that it may have gone."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from app.models.entities import Message
from app.services.core.profile import Profile
from app.services.mail import outbox
from app.services.mail.account import save_account
from tests.services.mail.smtp_server import smtp_server as smtp_server  # the fixture
from tests.services.mail.test_outbox import mail_case

ROOT = Path(__file__).resolve().parents[3]

# A workbench process sending the outbox; with "kill-after-accept" it dies (SIGKILL, no
# clean-up of any kind) at the moment the server has accepted DATA and "sent" is not yet
# recorded: the one moment a careless outbox would send the reply again after a restart.
CHILD = """
import datetime as dt, json, os, signal, sys
from pathlib import Path
from app.services.core.profile import Profile
from app.services.mail import outbox
from app.services.mail.account import load_account

root, now, mode = Path(sys.argv[1]), dt.datetime.fromisoformat(sys.argv[2]), sys.argv[3]
profile = Profile.open(root, agent="sender")
def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
if mode == "kill-after-accept":  # the server accepted DATA; "sent" is not recorded yet
    outbox.record_sent = die
elif mode == "kill-at-send":  # claimed ("sending" committed); the server hears nothing
    import app.services.mail.smtp as smtp
    smtp.Connection.send = die
report = outbox.send_due(profile, load_account(profile), "", now=now)
print(json.dumps({"sent": len(report.sent), "failed": len(report.failed),
                  "retrying": len(report.retrying), "offline": report.offline}))
"""


def run_sender(root: Path, now, mode: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(root), now.isoformat(), mode],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_kill_between_accepted_and_recorded_never_sends_twice(profile_dir, clock, smtp_server):
    profile = Profile.open(profile_dir, agent="tester", now=clock)
    try:
        save_account(profile, smtp_server.account())
        case_id = mail_case(profile)
        queued = outbox.queue_reply(profile, case_id, "Wir schicken heute einen neuen Gürtel.")
        due = queued.send_after
    finally:
        profile.close()

    killed = run_sender(profile_dir, due, "kill-after-accept")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert len(smtp_server.received) == 1  # the server has it

    again = run_sender(profile_dir, due.replace(year=due.year + 1), "normal")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == {"sent": 0, "failed": 0, "retrying": 0, "offline": False}
    assert len(smtp_server.received) == 1  # and only once

    profile = Profile.open(profile_dir, agent="tester", now=clock)
    try:
        [row] = outbox.outbox_rows(profile)
        assert (row.message_id, row.state, row.failure) == (
            queued.message_id,
            "failed",
            outbox.INTERRUPTED,
        )
        assert outbox.next_due_at(profile) is None
        # The agent checked the sent mail: it went. The clock stops when they say it went.
        sent_at = clock()
        outbox.mark_sent(profile, queued.message_id, sent_at)
        with profile.read() as session:
            message = session.get(Message, queued.message_id)
            assert (message.outbound_state, message.sent_at) == ("sent", sent_at)
    finally:
        profile.close()
    assert len(smtp_server.received) == 1


def test_a_kill_after_the_claim_leaves_a_reply_failed_not_resent(profile_dir, clock, smtp_server):
    """Killed once the reply is claimed, before the server saw it: the next process cannot
    know that, so it says it may have gone and leaves it to the agent (Retry)."""
    profile = Profile.open(profile_dir, agent="tester", now=clock)
    try:
        save_account(profile, smtp_server.account())
        case_id = mail_case(profile)
        queued = outbox.queue_reply(profile, case_id, "Hello")
    finally:
        profile.close()
    killed = run_sender(profile_dir, queued.send_after, "kill-at-send")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    profile = Profile.open(profile_dir, agent="tester", now=clock)
    try:
        clock.advance(hours=1)
        report = outbox.send_due(profile, smtp_server.account(), "")
        assert report.sent == () and queued.message_id in report.changes.messages
        [row] = outbox.outbox_rows(profile)
        assert (row.state, row.failure) == ("failed", outbox.INTERRUPTED)
        assert smtp_server.received == []
        outbox.retry_reply(profile, queued.message_id)  # the agent decides: send it
        assert outbox.send_due(profile, smtp_server.account(), "").sent == (queued.message_id,)
    finally:
        profile.close()
    assert len(smtp_server.received) == 1
