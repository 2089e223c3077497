"""Rounds against the real sync server (SQLite and PostgreSQL): sign in, push and pull,
offline edits on two and three laptops merged the same everywhere, notices of the loser."""

from __future__ import annotations

import keyring
from sqlalchemy import select

from app.models.entities import Meta
from app.services.cases.detail import load_case_detail
from app.services.cases.operations import (
    NewCase,
    add_note,
    create_case,
    set_tags,
    update_case,
)
from app.sync.client import (
    account,
    notices_for_case,
    reapply_notice,
    status,
    sync_round,
)
from app.sync.client.state import KEYRING_SERVICE
from tests.sync.client.replica import live_tags, replica_state


def _sync(*laptops) -> None:  # noqa: ANN002
    for laptop in laptops:
        sync_round(laptop.profile, http=laptop.http)


def _fresh(laptops, name: str):  # noqa: ANN001, ANN202
    """A laptop that never worked offline: what the server holds, pulled whole."""
    (laptop,) = laptops(name)
    sync_round(laptop.profile, http=laptop.http)
    return laptop


def test_sign_in_keeps_the_account_and_the_token_only_in_the_keyring(laptops, sync_server):
    (lena,) = laptops("Lena")
    signed = account(lena.profile)
    assert (signed.server, signed.team, signed.agent, signed.role) == (
        sync_server.base_url,
        "shop",
        "Lena",
        "agent",
    )
    token = keyring.get_password(KEYRING_SERVICE, sync_server.base_url)
    assert token
    with lena.profile.read() as session:
        stored = session.scalars(select(Meta.value)).all()
    assert not any(token in value for value in stored)
    db = (lena.profile.root / "workbench.sqlite3").read_bytes()
    assert token.encode() not in db
    assert lena.profile.agent == "Lena"


def test_a_round_pushes_and_pulls(laptops):
    lena, omar = laptops("Lena", "Omar")
    created = create_case(lena.profile, NewCase(subject="Belt too small", body="Hi, too small"))
    assert status(lena.profile).pending > 0
    first = sync_round(lena.profile, http=lena.http)
    assert first.pushed > 0
    assert status(lena.profile).pending == 0
    second = sync_round(omar.profile, http=omar.http)
    assert second.pulled >= first.pushed
    assert created.case_id in second.changes.created_cases
    assert second.changes.reload_all
    detail = load_case_detail(omar.profile, created.case_id)
    assert detail.subject == "Belt too small"
    assert [m.body for m in detail.messages] == ["Hi, too small"]
    assert replica_state(omar.profile) == replica_state(lena.profile)


def test_two_laptops_offline_on_one_case_end_identical_with_the_losers_notice(laptops):
    lena, omar = laptops("Lena", "Omar")
    case_id = create_case(lena.profile, NewCase(subject="Parcel lost", body="Where is it?")).case_id
    _sync(lena, omar)
    # Both offline: Omar first, Lena later (her clock is later: she wins the status).
    update_case(omar.profile, case_id, status="waiting_customer", priority="high")
    set_tags(omar.profile, case_id, ["carrier"])
    add_note(omar.profile, case_id, "Asked the carrier")
    lena.clock.advance(minutes=5)
    update_case(lena.profile, case_id, status="resolved")
    set_tags(lena.profile, case_id, ["refund"])
    add_note(lena.profile, case_id, "Refunded")
    _sync(omar, lena, omar)
    fresh = _fresh(laptops, "Sam")
    states = [replica_state(p.profile) for p in (lena, omar, fresh)]
    assert states[0] == states[1] == states[2]
    detail = load_case_detail(omar.profile, case_id)
    assert detail.status == "resolved"  # Lena's newer write
    assert detail.priority == "high"  # only Omar set it
    assert live_tags(omar.profile, case_id) == {"carrier", "refund"}
    notes = sorted(m.body for m in detail.messages if m.direction == "note")
    assert notes == ["Asked the carrier", "Refunded"]
    # Omar lost the status: he is told, Lena is not.
    (notice,) = notices_for_case(omar.profile, case_id)
    assert (notice.field, notice.mine, notice.theirs, notice.who) == (
        "status",
        "waiting_customer",
        "resolved",
        "Lena",
    )
    assert notices_for_case(lena.profile, case_id) == []
    # Reapplying his value makes it win everywhere after another round.
    reapply_notice(omar.profile, notice.id)
    assert notices_for_case(omar.profile, case_id) == []
    _sync(omar, lena, fresh)
    for laptop in (lena, omar, fresh):
        assert load_case_detail(laptop.profile, case_id).status == "waiting_customer"
    assert replica_state(lena.profile) == replica_state(omar.profile)
    assert replica_state(fresh.profile) == replica_state(omar.profile)


def test_three_laptops_in_every_order_end_identical(laptops):
    a, b, c = laptops("Ann", "Ben", "Cho")
    case_id = create_case(a.profile, NewCase(subject="Wrong colour", body="It is red")).case_id
    _sync(a, b, c)
    update_case(a.profile, case_id, assignee="Ann", reason="wrong_size")
    b.clock.advance(seconds=1)
    update_case(b.profile, case_id, assignee="Ben")
    set_tags(b.profile, case_id, ["vip"])
    c.clock.advance(seconds=2)
    set_tags(c.profile, case_id, [])
    add_note(c.profile, case_id, "Called the buyer")
    other = create_case(c.profile, NewCase(subject="Late parcel", body="Still waiting")).case_id
    _sync(c, a, b, a, c)
    states = [replica_state(x.profile) for x in (a, b, c)]
    assert states[0] == states[1] == states[2]
    detail = load_case_detail(a.profile, case_id)
    assert detail.assignee == "Ben"
    assert detail.reason == "wrong_size"
    assert other in states[0]["case"]
    # Cho cleared the tags she saw (none): Ben's vip, which she never saw, stays.
    assert live_tags(a.profile, case_id) == {"vip"}
    notes = [m.body for m in detail.messages if m.direction == "note"]
    assert notes == ["Called the buyer"]
