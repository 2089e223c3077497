"""Fixtures of the mail tests: a throwaway Dovecot, a keyring in a temporary file, and the
mailbox account that connects the two (see dovecot.py)."""

from __future__ import annotations

import pytest

from tests.services.mail.dovecot import account_of, running_dovecot, temporary_keyring


@pytest.fixture
def dovecot():
    with running_dovecot() as server:
        yield server


@pytest.fixture
def test_keyring(tmp_path, monkeypatch):
    with temporary_keyring(tmp_path, monkeypatch) as ring:
        yield ring


@pytest.fixture
def mail_account(dovecot):
    return account_of(dovecot)
