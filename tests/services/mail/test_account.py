"""The mailbox account: this laptop's setting in the profile, its password in the keyring only."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models.entities import Meta, Operation
from app.services.core.errors import InvalidInput
from app.services.mail.account import (
    KEYRING_SERVICE,
    MailAccount,
    MailboxPasswordMissing,
    load_account,
    mailbox_password,
    remove_account,
    save_account,
)

ACCOUNT = MailAccount(
    imap_host="imap.example.com",
    smtp_host="smtp.example.com",
    user="seller@example.com",
    address="Seller@Example.com",
)
PASSWORD = "päss:word with spaces"


def profile_text(profile) -> str:
    with profile.read() as session:
        rows = session.scalars(select(Meta)).all()
    return "\n".join(f"{row.key}={row.value}" for row in rows)


def test_the_password_goes_to_the_keyring_and_nowhere_in_the_profile(
    profile, profile_dir, test_keyring
):
    save_account(profile, ACCOUNT, PASSWORD)

    loaded = load_account(profile)
    assert loaded is not None and loaded.address == "seller@example.com"
    assert loaded.imap == ("imap.example.com", 993) and loaded.smtp == ("smtp.example.com", 465)
    assert mailbox_password(loaded) == PASSWORD
    assert test_keyring.get_password(KEYRING_SERVICE, loaded.key) == PASSWORD
    assert PASSWORD not in profile_text(profile)
    for path in profile_dir.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    with profile.read() as session:  # this device's setting: no operation, never synced
        assert not session.scalars(select(Operation)).all()


def test_saving_without_a_password_keeps_the_stored_one(profile, test_keyring):
    save_account(profile, ACCOUNT, PASSWORD)
    save_account(profile, MailAccount(**{**ACCOUNT.__dict__, "smtp_port": 2525}))
    loaded = load_account(profile)
    assert loaded.smtp == ("smtp.example.com", 2525)
    assert mailbox_password(loaded) == PASSWORD


def test_no_password_stored_says_where_to_enter_it(profile, test_keyring):
    save_account(profile, ACCOUNT)
    with pytest.raises(MailboxPasswordMissing, match="Preferences"):
        mailbox_password(load_account(profile))


def test_removing_the_account_removes_its_password(profile, test_keyring):
    save_account(profile, ACCOUNT, PASSWORD)
    key = load_account(profile).key
    remove_account(profile)
    assert load_account(profile) is None
    assert test_keyring.get_password(KEYRING_SERVICE, key) is None


def test_without_a_keyring_nothing_is_stored(profile, monkeypatch):
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(MailboxPasswordMissing, match="keyring"):
            save_account(profile, ACCOUNT, PASSWORD)
        assert load_account(profile) is None
    finally:
        keyring.set_keyring(before)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"security": "tls"}, "Security"),
        ({"imap_port": 70000}, "IMAP port"),
        ({"address": "no-at-sign"}, "not an e-mail address"),
        ({"imap_host": ""}, "IMAP server"),
    ],
)
def test_a_wrong_account_is_refused_with_what_is_wrong(profile, test_keyring, change, words):
    with pytest.raises(InvalidInput, match=words):
        save_account(profile, MailAccount(**{**ACCOUNT.__dict__, **change}), PASSWORD)
    assert load_account(profile) is None
