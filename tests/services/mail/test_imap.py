"""IMAP fetch against a real Dovecot: once, incremental, re-synced, resumable, never read."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from app.models.entities import Message
from app.services.mail import imap
from app.services.mail.imap import FetchReport, MailServerError, fetch_new, folder_cursor
from tests.services.mail.dovecot import relay_mail


def stored_mail_ids(profile) -> list[str]:
    with profile.read() as session:
        return list(
            session.scalars(select(Message.mail_id).where(Message.mail_id.is_not(None))).all()
        )


def expected_ids(numbers) -> list[str]:
    return sorted(f"<fetch-test-{n}@marketplace.amazon.com>" for n in numbers)


def test_new_mail_is_fetched_once_and_stays_unread(profile, dovecot, mail_account):
    dovecot.deliver([relay_mail(n) for n in range(5)])

    first = fetch_new(profile, mail_account, dovecot.password)

    assert (first.fetched, first.imported, first.duplicates, first.refused) == (5, 5, 0, ())
    assert first.new_cases >= 1 and first.complete and not first.resynced
    assert sorted(stored_mail_ids(profile)) == expected_ids(range(5))
    assert first.changes.messages and first.changes.created_cases
    validity, uids = dovecot.uids()
    assert folder_cursor(profile, mail_account) == (validity, max(uids))
    assert imap.last_fetched(profile, mail_account) == profile.now()
    assert dovecot.unseen() == 5  # BODY.PEEK[]: the seller's other programs still see it new

    again = fetch_new(profile, mail_account, dovecot.password)
    assert again == FetchReport(uidvalidity=validity, last_uid=max(uids))
    assert sorted(stored_mail_ids(profile)) == expected_ids(range(5))


def test_a_second_fetch_gets_only_newer_mail(profile, dovecot, mail_account):
    dovecot.deliver([relay_mail(n) for n in range(3)])
    fetch_new(profile, mail_account, dovecot.password)
    dovecot.deliver([relay_mail(n) for n in range(3, 7)])

    seen: list[tuple[int, int]] = []
    second = fetch_new(
        profile,
        mail_account,
        dovecot.password,
        batch=3,
        progress=lambda done, total, _text: seen.append((done, total)),
    )

    assert (second.fetched, second.imported, second.duplicates) == (4, 4, 0)
    assert seen == [(0, 4), (3, 4), (4, 4)]
    assert sorted(stored_mail_ids(profile)) == expected_ids(range(7))


def test_a_uidvalidity_change_reads_the_folder_again_without_duplicates(
    profile, dovecot, mail_account
):
    account = dataclasses.replace(mail_account, folder="Support")
    dovecot.deliver([relay_mail(n) for n in range(4)], folder="Support")
    fetch_new(profile, account, dovecot.password)
    old_validity, _uid = folder_cursor(profile, account)
    # The folder is deleted and made again (a server migration does the same): a new
    # UIDVALIDITY, and UIDs from 1 again, below the stored last UID.
    dovecot.recreate("Support")
    dovecot.deliver([relay_mail(n) for n in (0, 1, 2, 3, 4, 5)], folder="Support")

    report = fetch_new(profile, account, dovecot.password)

    new_validity, uids = dovecot.uids("Support")
    assert new_validity != old_validity
    assert report.resynced and report.uidvalidity == new_validity
    assert (report.fetched, report.imported, report.duplicates) == (6, 2, 4)
    assert folder_cursor(profile, account) == (new_validity, max(uids))
    assert sorted(stored_mail_ids(profile)) == expected_ids(range(6))


def test_a_server_restart_mid_fetch_loses_and_duplicates_nothing(profile, dovecot, mail_account):
    dovecot.deliver([relay_mail(n) for n in range(10)])

    def stop_after_first_batch(done: int, _total: int, _text: str) -> None:
        if done == 3:
            dovecot.stop()

    with pytest.raises(MailServerError) as failed:
        fetch_new(profile, mail_account, dovecot.password, batch=3, progress=stop_after_first_batch)

    assert failed.value.passing, failed.value.kind
    assert failed.value.partial is not None and failed.value.partial.imported == 3
    assert len(stored_mail_ids(profile)) == 3
    assert folder_cursor(profile, mail_account)[1] == 3  # the committed batch only

    dovecot.start()
    report = fetch_new(profile, mail_account, dovecot.password, batch=3)
    assert (report.fetched, report.imported, report.duplicates) == (7, 7, 0)
    assert sorted(stored_mail_ids(profile)) == expected_ids(range(10))


def test_a_crash_after_import_before_the_cursor_moves_duplicates_nothing(
    profile, dovecot, mail_account, monkeypatch
):
    """The cursor moves in its own transaction after the batch: dying between the two
    fetches the batch again next time, and the Message-IDs make it a no-op."""
    dovecot.deliver([relay_mail(n) for n in range(4)])
    saves = []
    real_save = imap._save_cursor

    def dying_save(*args, **kwargs):
        saves.append(args)
        if len(saves) == 2:  # 1: the new UIDVALIDITY; 2: after the first batch
            raise KeyboardInterrupt
        return real_save(*args, **kwargs)

    monkeypatch.setattr(imap, "_save_cursor", dying_save)
    with pytest.raises(KeyboardInterrupt):
        fetch_new(profile, mail_account, dovecot.password, batch=2)
    monkeypatch.setattr(imap, "_save_cursor", real_save)
    assert folder_cursor(profile, mail_account)[1] == 0
    assert len(stored_mail_ids(profile)) == 2

    report = fetch_new(profile, mail_account, dovecot.password, batch=2)
    assert (report.fetched, report.imported, report.duplicates) == (4, 2, 2)
    assert sorted(stored_mail_ids(profile)) == expected_ids(range(4))


def test_a_hostile_message_is_passed_over_with_its_uid(profile, dovecot, mail_account):
    dovecot.deliver(
        [relay_mail(0), b"this is no mail at all, no headers\r\n", relay_mail(1), relay_mail(2)]
    )

    report = fetch_new(profile, mail_account, dovecot.password, batch=2)

    assert report.imported == 3
    assert [uid for uid, _reason in report.refused] == [2]
    assert "not a mail" in report.refused[0][1]
    assert folder_cursor(profile, mail_account)[1] == 4
    assert fetch_new(profile, mail_account, dovecot.password).fetched == 0


def test_a_cancelled_fetch_keeps_what_it_stored_and_goes_on_next_time(
    profile, dovecot, mail_account
):
    dovecot.deliver([relay_mail(n) for n in range(6)])
    stop = []

    report = fetch_new(
        profile,
        mail_account,
        dovecot.password,
        batch=2,
        progress=lambda done, _total, _text: stop.append(done >= 2),
        cancelled=lambda: any(stop),
    )

    assert not report.complete and report.imported == 2
    rest = fetch_new(profile, mail_account, dovecot.password, batch=2)
    assert rest.complete and rest.imported == 4
    with profile.read() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 6
