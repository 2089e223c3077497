"""`workbench mail fetch` killed with SIGKILL mid-fetch, then run again: every message of the
mailbox is stored exactly once. The kills are driven by the crash tests' fork server (a
kill just before the N-th SQL statement), at points spread over a whole fetch."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from app.services.core.profile import Profile
from app.services.mail.account import save_account
from tests.crash.helpers import DB_NAME, ForkServer, connect
from tests.services.mail.dovecot import relay_mail

MESSAGES = 24
BATCH = 4


@pytest.fixture
def forks(test_keyring):
    """A fork server started after the test keyring's environment is set: its children
    find the mailbox password there."""
    server = ForkServer()
    yield server
    server.close()


def stored(folder) -> tuple[list[str], int]:
    """(Message-IDs stored, the cursor's last UID), read with plain sqlite3."""
    db = connect(folder / DB_NAME)
    try:
        ids = [row[0] for row in db.execute("SELECT mail_id FROM messages WHERE mail_id NOT NULL")]
        try:
            cursor = db.execute("SELECT last_uid FROM mail_folders").fetchone()
        except sqlite3.Error:
            cursor = None
    finally:
        db.close()
    return ids, cursor[0] if cursor else 0


def test_a_killed_fetch_loses_nothing_and_duplicates_nothing(
    forks, dovecot, mail_account, tmp_path
):
    dovecot.deliver([relay_mail(n) for n in range(MESSAGES)])
    _validity, uids = dovecot.uids()
    template = tmp_path / "template"
    profile = Profile.open(template, agent="tester")
    save_account(profile, mail_account, dovecot.password)
    profile.close()
    fetch = ("mail", "fetch", "--json", "--batch", BATCH)

    whole = tmp_path / "whole"
    shutil.copytree(template, whole)
    reference = forks.cli(whole, *fetch)
    assert reference.rc == 0, reference.describe()
    assert reference.json()["imported"] == MESSAGES
    statements = reference.statements

    partial: list[int] = []
    for share in (0.3, 0.8):
        folder = tmp_path / f"killed-{share}"
        shutil.copytree(template, folder)
        killed = forks.cli(folder, *fetch, kill_at_stmt=int(statements * share))
        assert killed.killed, killed.describe()
        ids, _cursor = stored(folder)
        assert len(ids) == len(set(ids)) < MESSAGES  # stopped part of the way
        partial.append(len(ids))

        # Killed again, early in the second run, before it finishes.
        again = forks.cli(folder, *fetch, kill_at_stmt=int(statements * 0.3))
        assert again.rc == 0 or again.killed, again.describe()

        before, _cursor = stored(folder)
        finished = forks.cli(folder, *fetch)
        assert finished.rc == 0, finished.describe()
        ids, cursor = stored(folder)
        assert sorted(ids) == sorted(
            f"<fetch-test-{n}@marketplace.amazon.com>" for n in range(MESSAGES)
        )
        assert cursor == max(uids)
        assert finished.json()["imported"] == MESSAGES - len(before)
    assert any(partial), partial  # at least one kill came after some batches were stored
