"""The mail fetcher against a real Dovecot: on start, on F5, on its timer, offline and back,
failed with the reason, and one fetch at a time; the status bar widget says each."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from app.models.entities import Message
from app.services.mail.account import save_account
from app.ui.core.bus import ChangeBus
from app.ui.core.i18n import Language
from app.ui.core.tasks import TaskManager
from app.ui.mail import fetcher as states
from app.ui.mail.fetch_status import FetchStatus
from app.ui.mail.fetcher import MailFetcher
from tests.services.mail.dovecot import (
    account_of,
    free_port,
    relay_mail,
    running_dovecot,
    temporary_keyring,
)

TIMEOUT_MS = 20_000


def plain(text: str) -> str:
    """Text without the direction isolates `fill` puts around values."""
    return text.replace("\u2068", "").replace("\u2069", "")


def mail_ids(profile) -> set[str]:
    with profile.read() as session:
        return set(session.scalars(select(Message.mail_id).where(Message.mail_id.is_not(None))))


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


@pytest.fixture
def make_fetcher(qtbot, profile):
    made: list[tuple[MailFetcher, TaskManager]] = []

    def make(**options) -> tuple[MailFetcher, ChangeBus, FetchStatus]:
        tasks = TaskManager()
        bus = ChangeBus()
        fetcher = MailFetcher(profile, tasks, bus, **options)
        status = FetchStatus(fetcher, Language("en-US"))
        qtbot.addWidget(status)
        made.append((fetcher, tasks))
        return fetcher, bus, status

    yield make
    for fetcher, tasks in made:
        fetcher.stop()
        tasks.shutdown()


def test_a_fetch_on_start_files_the_mail_and_publishes_it(
    qtbot, profile, dovecot, mail_account, test_keyring, make_fetcher
):
    save_account(profile, mail_account, dovecot.password)
    dovecot.deliver([relay_mail(n) for n in range(4)])
    fetcher, bus, status = make_fetcher()
    changes = []
    bus.changed.connect(changes.append)
    phases = []
    fetcher.state_changed.connect(lambda state: phases.append(state.phase))

    with qtbot.waitSignal(fetcher.fetched, timeout=TIMEOUT_MS) as fetched:
        fetcher.start()

    assert fetched.args[0].imported == 4
    assert states.FETCHING in phases and fetcher.state.phase == states.IDLE
    assert changes and changes[0].created_cases
    assert len(mail_ids(profile)) == 4
    assert plain(status.label.text()).startswith("Mail fetched ")
    assert status.bar.isHidden()


def test_f5_fetches_only_the_new_mail(
    qtbot, profile, dovecot, mail_account, test_keyring, make_fetcher
):
    save_account(profile, mail_account, dovecot.password)
    dovecot.deliver([relay_mail(0)])
    fetcher, _bus, _status = make_fetcher()
    with qtbot.waitSignal(fetcher.fetched, timeout=TIMEOUT_MS):
        fetcher.start()
    dovecot.deliver([relay_mail(1), relay_mail(2)])

    assert fetcher.action.shortcut().toString() == "F5"
    with qtbot.waitSignal(fetcher.fetched, timeout=TIMEOUT_MS) as fetched:
        fetcher.action.trigger()
    assert (fetched.args[0].fetched, fetched.args[0].imported) == (2, 2)


def test_the_timer_fetches_again_on_its_own(
    qtbot, profile, dovecot, mail_account, test_keyring, make_fetcher
):
    save_account(profile, mail_account, dovecot.password)
    fetcher, _bus, _status = make_fetcher(interval_ms=300)
    with qtbot.waitSignal(fetcher.fetched, timeout=TIMEOUT_MS):
        fetcher.start()
    dovecot.deliver([relay_mail(7)])
    qtbot.waitUntil(lambda: len(mail_ids(profile)) == 1, timeout=TIMEOUT_MS)


def test_one_fetch_at_a_time_and_a_request_during_one_runs_after_it(
    qtbot, profile, dovecot, mail_account, test_keyring, make_fetcher, monkeypatch
):
    save_account(profile, mail_account, dovecot.password)
    dovecot.deliver([relay_mail(n) for n in range(6)])
    fetcher, _bus, _status = make_fetcher(batch=1)
    running = []
    most = []
    real_start = fetcher._tasks.start

    def counting_start(fn, *args, on_done, on_error, **kwargs):
        def done(result):
            running.pop()
            on_done(result)

        def failed(error):
            running.pop()
            on_error(error)

        running.append(fn)
        most.append(len(running))
        return real_start(fn, *args, on_done=done, on_error=failed, **kwargs)

    monkeypatch.setattr(fetcher._tasks, "start", counting_start)
    reports = []
    fetcher.fetched.connect(reports.append)
    fetcher.start()
    qtbot.waitUntil(lambda: fetcher.fetching, timeout=TIMEOUT_MS)
    fetcher.fetch_now()
    fetcher.fetch_now()  # both while the first runs: one more fetch after it

    qtbot.waitUntil(lambda: len(reports) == 2, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not fetcher._tasks.busy, timeout=TIMEOUT_MS)
    assert max(most) == 1 and len(most) == 2
    assert reports[0].imported == 6 and reports[1].fetched == 0


def test_offline_then_back_fetches_when_the_server_returns(
    qtbot, profile, dovecot, mail_account, test_keyring, make_fetcher
):
    save_account(profile, mail_account, dovecot.password)
    dovecot.deliver([relay_mail(n) for n in range(3)])
    dovecot.stop()
    fetcher, _bus, status = make_fetcher(backoff_ms=(200, 400))
    fetcher.start()
    qtbot.waitUntil(lambda: fetcher.state.phase == states.OFFLINE, timeout=TIMEOUT_MS)
    assert status.label.text() == "Mail: offline"
    assert "127.0.0.1" in status.toolTip()
    assert fetcher.state.retry_at is not None

    with qtbot.waitSignal(fetcher.fetched, timeout=TIMEOUT_MS) as fetched:
        dovecot.start()
    assert fetched.args[0].imported == 3
    assert fetcher.state.phase == states.IDLE and len(mail_ids(profile)) == 3


def test_a_wrong_password_shows_failed_with_the_whole_reason(
    qtbot, profile, dovecot, mail_account, test_keyring, make_fetcher
):
    save_account(profile, mail_account, "not it")
    fetcher, _bus, status = make_fetcher(backoff_ms=(100,))
    fetcher.start()
    qtbot.waitUntil(lambda: fetcher.state.phase == states.FAILED, timeout=TIMEOUT_MS)
    assert plain(status.label.text()) == "Mail failed: wrong user name or password"
    assert "did not accept the user name or password" in status.toolTip()
    assert not fetcher._retry.isActive()  # waits for the seller, not hammering the server


def test_no_mailbox_says_so(qtbot, profile, test_keyring, make_fetcher):
    fetcher, _bus, status = make_fetcher()
    fetcher.start()
    qtbot.waitUntil(lambda: fetcher.state.phase == states.NO_ACCOUNT, timeout=TIMEOUT_MS)
    assert status.label.text() == "No mailbox set up"
    assert "Preferences" in status.toolTip()


def test_no_password_in_the_keyring_says_so(
    qtbot, profile, dovecot, mail_account, test_keyring, make_fetcher
):
    save_account(profile, dataclasses.replace(mail_account, imap_port=free_port()))
    fetcher, _bus, status = make_fetcher()
    fetcher.start()
    qtbot.waitUntil(lambda: fetcher.state.phase == states.FAILED, timeout=TIMEOUT_MS)
    assert plain(status.label.text()) == "Mail failed: no password stored"
    assert "Preferences > Mail" in status.toolTip()


def test_progress_shows_in_the_bar(qtbot, profile):
    fetcher_state = states.FetchState(phase=states.FETCHING, done=3, total=10)
    tasks = TaskManager()
    try:
        fetcher = MailFetcher(profile, tasks, ChangeBus())
        status = FetchStatus(fetcher, Language("en-US"))
        qtbot.addWidget(status)
        status.show_state(fetcher_state)
        assert plain(status.label.text()) == "Fetching mail… 3 of 10"
        assert status.bar.isVisibleTo(status) and status.bar.value() == 3
    finally:
        tasks.shutdown()
