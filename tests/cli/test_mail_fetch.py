"""`workbench mail account set|show` and `mail fetch` against a real Dovecot."""

from __future__ import annotations

import io

import pytest

from app.services.core.profile import Profile
from app.services.mail.account import KEYRING_SERVICE
from tests.cli.test_runner import one_error_line, run, run_json
from tests.services.mail.dovecot import free_port, relay_mail, running_dovecot, temporary_keyring


@pytest.fixture
def dovecot():
    with running_dovecot() as server:
        yield server


@pytest.fixture
def test_keyring(tmp_path, monkeypatch):
    with temporary_keyring(tmp_path, monkeypatch) as ring:
        yield ring


def set_account(capsys, monkeypatch, data_dir, port: int, password: str, *more: str) -> object:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return run_json(
        capsys,
        "--data-dir",
        data_dir,
        "mail",
        "account",
        "set",
        "--imap-host",
        "127.0.0.1",
        "--imap-port",
        str(port),
        "--smtp-host",
        "127.0.0.1",
        "--user",
        "seller@example.com",
        "--address",
        "Seller@Example.com",
        "--security",
        "plain",
        "--password-stdin",
        *more,
    )


def test_account_set_keeps_the_password_in_the_keyring_only(
    capsys, monkeypatch, tmp_path, test_keyring
):
    data_dir = tmp_path / "profile"
    shown = set_account(capsys, monkeypatch, data_dir, 1143, "pässword with spaces ")
    assert shown == {
        "imap_host": "127.0.0.1",
        "imap_port": 1143,
        "smtp_host": "127.0.0.1",
        "smtp_port": 25,
        "security": "plain",
        "user": "seller@example.com",
        "address": "seller@example.com",
        "folder": "INBOX",
        "password_stored": True,
    }
    key = "seller@example.com@127.0.0.1"
    assert test_keyring.get_password(KEYRING_SERVICE, key) == "pässword with spaces "
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert "pässword".encode() not in path.read_bytes(), path
    assert run_json(capsys, "--data-dir", data_dir, "mail", "account", "show") == shown


def test_fetch_brings_new_mail_once_and_lists_what_it_refused(
    capsys, monkeypatch, tmp_path, dovecot, test_keyring
):
    data_dir = tmp_path / "profile"
    set_account(capsys, monkeypatch, data_dir, dovecot.port, dovecot.password)
    dovecot.deliver([relay_mail(0), b"no headers, not a mail\r\n", relay_mail(1), relay_mail(2)])

    first = run_json(capsys, "--data-dir", data_dir, "mail", "fetch", "--batch", "2")
    assert {k: first[k] for k in ("fetched", "imported", "duplicates")} == {
        "fetched": 4,
        "imported": 3,
        "duplicates": 0,
    }
    assert first["new_cases"] >= 1
    assert [entry["uid"] for entry in first["refused"]] == [2]
    assert "not a mail" in first["refused"][0]["reason"]

    dovecot.deliver([relay_mail(3)])
    second = run_json(capsys, "--data-dir", data_dir, "mail", "fetch")
    assert (second["fetched"], second["imported"], second["refused"]) == (1, 1, [])

    profile = Profile.open(data_dir)
    try:
        from app.services.mail.account import load_account
        from app.services.mail.imap import folder_cursor

        assert folder_cursor(profile, load_account(profile))[1] == 5
    finally:
        profile.close()


def test_a_server_that_cannot_be_reached_exits_2_with_one_line(
    capsys, monkeypatch, tmp_path, test_keyring
):
    data_dir = tmp_path / "profile"
    port = free_port()
    set_account(capsys, monkeypatch, data_dir, port, "x")
    code, out, err = run(capsys, "--data-dir", data_dir, "mail", "fetch", "--json")
    assert code == 2 and out == ""
    assert f"127.0.0.1:{port} cannot be reached" in one_error_line(err)


def test_a_wrong_password_exits_2_with_one_line(
    capsys, monkeypatch, tmp_path, dovecot, test_keyring
):
    data_dir = tmp_path / "profile"
    set_account(capsys, monkeypatch, data_dir, dovecot.port, "not it")
    code, _out, err = run(capsys, "--data-dir", data_dir, "mail", "fetch", "--json")
    assert code == 2
    assert "did not accept the user name or password" in one_error_line(err)


def test_fetch_without_a_mailbox_says_how_to_add_one(capsys, tmp_path, test_keyring):
    code, _out, err = run(capsys, "--data-dir", tmp_path / "profile", "mail", "fetch")
    assert code == 2
    assert "mail account set" in one_error_line(err)


def test_no_password_on_stdin_is_refused(capsys, monkeypatch, tmp_path, test_keyring):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _out, err = run(
        capsys,
        "--data-dir",
        tmp_path / "profile",
        "mail",
        "account",
        "set",
        "--imap-host",
        "h",
        "--smtp-host",
        "h",
        "--user",
        "u",
        "--address",
        "a@b.c",
        "--password-stdin",
    )
    assert code == 2 and "no password" in one_error_line(err)
