"""A pull of many pages: the next page is fetched while one is applied, yet pages are
asked for in order from the cursor each reaches, and a round stopped between pages keeps
what it applied and goes on from there."""

from __future__ import annotations

import pytest

from app.services.cases.operations import NewCase, add_note, create_case, update_case
from app.sync.client import round as sync_round_module
from app.sync.client import sync_round
from app.sync.client.state import cursor as stored_cursor
from tests.sync.client.replica import replica_state


def _busy(laptop) -> None:  # noqa: ANN001
    for n in range(8):
        case_id = create_case(laptop.profile, NewCase(subject=f"Parcel {n}", body="Where?")).case_id
        add_note(laptop.profile, case_id, f"note {n}")
        update_case(laptop.profile, case_id, status="open")
    sync_round(laptop.profile, http=laptop.http)


def _cursor(laptop) -> int:  # noqa: ANN001
    with laptop.profile.read() as session:
        return stored_cursor(session)


def _recorded(monkeypatch) -> list[int]:  # noqa: ANN001
    asked: list[int] = []
    real = sync_round_module.get_json

    def get_json(client, path, what, params=None):  # noqa: ANN001, ANN202
        if path == "/pull":
            asked.append(params["after"])
        return real(client, path, what, params=params)

    monkeypatch.setattr(sync_round_module, "get_json", get_json)
    monkeypatch.setattr(sync_round_module, "PULL_LIMIT", 5)
    return asked


def test_a_pull_of_many_pages_asks_in_order_and_ends_equal(laptops, monkeypatch):
    lena, omar = laptops("Lena", "Omar")
    _busy(lena)
    asked = _recorded(monkeypatch)
    result = sync_round(omar.profile, http=omar.http)
    assert result.pulled >= 30
    assert len(asked) >= 6
    assert asked[0] == 0
    assert asked == sorted(set(asked))  # each page once, each from where the last ended
    assert result.cursor == result.latest == _cursor(omar)
    assert replica_state(omar.profile) == replica_state(lena.profile)


def test_a_round_stopped_between_pages_keeps_them_and_goes_on(laptops, monkeypatch):
    lena, omar = laptops("Lena", "Omar")
    _busy(lena)
    asked = _recorded(monkeypatch)
    checks = []

    class Stop(Exception):
        pass

    def check() -> None:
        checks.append(1)
        if len(checks) == 3:
            raise Stop

    with pytest.raises(Stop):
        sync_round(omar.profile, http=omar.http, check=check)
    kept = _cursor(omar)
    assert kept > 0
    asked.clear()
    result = sync_round(omar.profile, http=omar.http)
    assert asked[0] == kept
    assert result.cursor == result.latest
    assert replica_state(omar.profile) == replica_state(lena.profile)
