"""The mail outbox of a team: a reply synced to two laptops with mailboxes is sent once,
by the laptop whose claim reached the server first (rules.FIRST_WINS)."""

from __future__ import annotations

from sqlalchemy import select

from app.models.entities import Message, Operation
from app.services.mail import outbox
from app.services.mail.account import save_account
from app.sync.client import sync_round
from app.sync.client.claims import outbox_claimer
from tests.services.mail.smtp_server import smtp_server as smtp_server  # the fixture
from tests.services.mail.test_outbox import mail_case


def _state(laptop, message_id):  # noqa: ANN001, ANN202
    with laptop.profile.read() as session:
        return session.get(Message, message_id).outbound_state


def _due(*laptops) -> None:  # noqa: ANN002
    for laptop in laptops:
        laptop.clock.advance(seconds=outbox.UNDO_SECONDS + 1)


def test_a_synced_reply_goes_once_from_the_first_laptop_to_claim_it(laptops, smtp_server):
    lena, omar = laptops("Lena", "Omar")
    account = smtp_server.account()
    for laptop in (lena, omar):
        save_account(laptop.profile, account)
    case_id = mail_case(lena.profile)
    queued = outbox.queue_reply(lena.profile, case_id, "새 벨트를 오늘 보내 드렸습니다.")
    sync_round(lena.profile, http=lena.http)
    sync_round(omar.profile, http=omar.http)
    assert _state(omar, queued.message_id) == "queued"
    _due(lena, omar)

    claim = outbox_claimer(omar.profile, http=omar.http)
    first = outbox.send_due(omar.profile, account, "", claim=claim)
    assert first.sent == (queued.message_id,)
    claim = outbox_claimer(lena.profile, http=lena.http)
    second = outbox.send_due(lena.profile, account, "", claim=claim)
    assert second.sent == () and not second.failed
    assert len(smtp_server.received) == 1

    for laptop in (omar, lena):
        sync_round(laptop.profile, http=laptop.http)
    assert _state(lena, queued.message_id) == _state(omar, queued.message_id) == "sent"
    again = outbox.send_due(lena.profile, account, "", claim=outbox_claimer(lena.profile))
    assert again.sent == () and len(smtp_server.received) == 1


def test_a_reply_that_never_left_the_laptop_is_sent_without_asking(laptops, smtp_server):
    """Its creation is not on the server yet, so no other laptop can have it: it goes even
    while the team's server cannot be reached, and the claim follows it up."""
    (lena,) = laptops("Lena")
    account = smtp_server.account()
    save_account(lena.profile, account)
    case_id = mail_case(lena.profile)
    queued = outbox.queue_reply(lena.profile, case_id, "We sent a new belt today.")
    _due(lena)

    def unreachable(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("the server was asked")

    lena.http.post = unreachable  # type: ignore[method-assign]
    report = outbox.send_due(lena.profile, account, "", claim=outbox_claimer(lena.profile))
    assert report.sent == (queued.message_id,) and len(smtp_server.received) == 1
    with lena.profile.read() as session:
        claims = session.scalars(
            select(Operation).where(
                Operation.entity_id == queued.message_id, Operation.action == "claim"
            )
        ).all()
    assert [(c.device_id, c.data, c.pushed_at) for c in claims] == [
        (lena.profile.device_id, {"claim": [None, lena.profile.device_id]}, None)
    ]


def test_not_signed_in_means_no_claim(profile):  # noqa: ANN001
    assert outbox_claimer(profile) is None


def test_two_laptops_claim_one_reply_and_exactly_one_wins(laptops, smtp_server):
    from app.sync.client.claims import claim_for_sending

    lena, omar = laptops("Lena", "Omar")
    account = smtp_server.account()
    for laptop in (lena, omar):
        save_account(laptop.profile, account)
    case_id = mail_case(lena.profile)
    reply = outbox.queue_reply(lena.profile, case_id, "It left the warehouse today.").message_id
    sync_round(lena.profile, http=lena.http)
    sync_round(omar.profile, http=omar.http)
    assert claim_for_sending(omar.profile, [reply], http=omar.http) == {reply}
    assert claim_for_sending(lena.profile, [reply], http=lena.http) == set()
    # Asking again changes nothing: the first claim stands.
    assert claim_for_sending(lena.profile, [reply], http=lena.http) == set()
    assert smtp_server.received == []  # claiming sends nothing
