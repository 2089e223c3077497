"""Two and three laptops edit the same cases while offline, sync in different orders, and
all end identical to the server (issue 12, "Done when", point 1), on SQLite and PostgreSQL.

What "identical" means here, each checked on its own:
- every append (message, note, evidence) is on every laptop and on the server exactly once,
  counted by id;
- every case field and tag equals the rule's winner, computed here from the operations
  each laptop wrote (the greatest (hlc, device) per field), on every laptop and in the
  server's winners;
- a laptop whose value lost has a notice for it (its value as "mine"); the winner has none;
- every other column of every row is equal on every laptop and on a fresh laptop that
  pulled the server's whole log (`replica_state`), and every evidence file comes down
  whole.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass

import pytest

from app.services.cases.operations import (
    NewCase,
    add_evidence,
    add_message,
    add_note,
    create_case,
    set_tags,
    update_case,
)
from app.sync.client import fetch_missing, notices_for_case
from tests.services.mail.dovecot import temporary_keyring
from tests.sync.client.replica import live_tags, replica_state
from tests.sync.faults import (
    CASE_FIELDS,
    Laptop,
    Laptops,
    appends,
    as_held,
    case_fields,
    expected_fields,
    own_ops,
    server_fields,
    server_ops,
)


@pytest.fixture(autouse=True)
def test_keyring(tmp_path, monkeypatch):
    with temporary_keyring(tmp_path, monkeypatch) as ring:
        yield ring


@pytest.fixture
def team(sync_server):
    made = Laptops(sync_server, "shop")
    yield made
    made.close()


@dataclass
class Edit:
    """One laptop's offline work on the two cases (None: leave the field alone)."""

    minutes: float  # how far its clock moves on before it starts (negative: behind)
    first: dict
    second: dict
    tags_first: tuple[set[str], set[str]]  # (add, remove)
    note: str
    inbound: str
    evidence: bytes


EDITS = {
    "Ann": Edit(
        minutes=1,
        first={"status": "waiting_customer", "priority": "high", "assignee": "Ann"},
        second={"reason": "damaged"},
        tags_first=({"carrier"}, {"vip"}),
        note="Ann asked the carrier",
        inbound="Any news about my parcel?",
        evidence=b"Ann's photo of the label\n",
    ),
    "Ben": Edit(
        minutes=5,
        first={"status": "resolved", "assignee": "Ben", "reason": "refund"},
        second={"status": "open", "priority": "urgent"},
        tags_first=({"refund", "vip"}, {"base"}),
        note="Ben refunded the buyer",
        inbound="Thank you, I will wait",
        evidence=b"Ben's refund receipt\n",
    ),
    "Cho": Edit(
        minutes=-150,  # her clock is hours behind: her later edits lose by the rule
        first={"priority": "low", "status": "closed", "subject": "Parcel lost (carrier)"},
        second={"reason": "defective", "assignee": "Cho"},
        tags_first=({"carrier"}, {"base", "refund"}),
        note="Cho called the buyer",
        inbound="Hello? Anyone there?",
        evidence=b"Cho's screenshot of the tracking page\n",
    ),
}

ORDERS = {
    2: ["Ann Ben", "Ben Ann", "Ben Ann Ben"],
    3: ["Ann Ben Cho", "Cho Ben Ann", "Ben Cho Ann", "Cho Ann Cho Ben"],
}


def _start(team: Laptops, names: list[str]) -> tuple[list[Laptop], list]:
    """The laptops, two cases made by the first and synced everywhere (the common base)."""
    laptops = [team.add(name) for name in names]
    first = laptops[0]
    cases = [
        create_case(
            first.profile,
            NewCase(
                subject="Parcel lost",
                body="Where is my parcel?",
                customer_name="Mina Park",
                tags=["base", "vip"],
            ),
        ).case_id,
        create_case(first.profile, NewCase(subject="Wrong colour", body="It is red")).case_id,
    ]
    for laptop in laptops:
        laptop.sync()
    for laptop in laptops:
        laptop.sync()
    return laptops, cases


def _work_offline(laptop: Laptop, cases: list, tmp_path) -> None:  # noqa: ANN001
    edit = EDITS[laptop.name]
    laptop.clock.advance(minutes=edit.minutes)
    first, second = cases
    update_case(laptop.profile, first, **edit.first)
    add, remove = edit.tags_first
    tags = (live_tags(laptop.profile, first) | add) - remove
    set_tags(laptop.profile, first, tags)
    add_note(laptop.profile, first, edit.note)
    add_message(laptop.profile, first, "inbound", edit.inbound)
    path = tmp_path / f"{laptop.name}-evidence.txt"
    path.write_bytes(edit.evidence)
    add_evidence(laptop.profile, first, path)
    update_case(laptop.profile, second, **edit.second)
    add_note(laptop.profile, second, f"{laptop.name} looked at it")


def _check_converged(team: Laptops, laptops: list[Laptop], cases: list) -> None:
    written = [op for laptop in laptops for op in own_ops(laptop.profile)]
    fresh = team.add("Fresh")
    fresh.sync()
    everyone = [*laptops, fresh]
    held = server_ops(team.server, team.team_id)

    # Every operation written is on the server once, and in every laptop's log.
    assert Counter((op["device"], op["hlc"]) for op in held) == Counter(
        (op["device"], op["hlc"]) for op in written
    )
    # Appends exactly once: on every laptop and on the server, by id.
    for entity in ("message", "evidence"):
        created = sorted(
            op["entity_id"] for op in written if op["entity"] == entity and op["action"] == "create"
        )
        assert len(created) == len(set(created))
        on_server = sorted(
            op["entity_id"] for op in held if op["entity"] == entity and op["action"] == "create"
        )
        assert on_server == created
        for laptop in everyone:
            assert appends(laptop.profile)[entity] == created, (laptop.name, entity)

    # Every case field and tag is the rule's winner, everywhere and on the server.
    expected = expected_fields(written)
    assert {k for k in expected if k[0] == "case"} >= {
        ("case", str(c), f) for c in cases for f in ("status", "priority")
    }
    stored = server_fields(team.server, team.team_id)
    assert as_held(expected, stored) == expected
    for laptop in everyone:
        assert as_held(expected, case_fields(laptop.profile)) == expected, laptop.name

    # Everything else equal too, and every evidence file comes down whole.
    states = [replica_state(laptop.profile) for laptop in everyone]
    for laptop, state in zip(everyone, states, strict=True):
        assert state == states[0], laptop.name
    hashes = {row["sha256"] for row in states[0]["evidence"].values()}
    assert len(hashes) == len(laptops)
    for laptop in everyone:
        fetch_missing(laptop.profile, http=laptop.http)
        for sha in hashes:
            data = laptop.profile.blobs.path_for(sha).read_bytes()
            assert hashlib.sha256(data).hexdigest() == sha


def _check_notices(laptops: list[Laptop], cases: list) -> None:
    """Per case field written by several laptops: each loser has a notice with its value,
    the winner has none (every edit was made offline, unseen by the others)."""
    by_device = {laptop.device: laptop for laptop in laptops}
    writes: dict[tuple[str, str], dict[str, tuple]] = {}
    for laptop in laptops:
        for op in own_ops(laptop.profile):
            if op["entity"] != "case" or op["action"] != "update":
                continue
            for name in CASE_FIELDS:
                if name in op["data"]:
                    key = (op["entity_id"], name)
                    writes.setdefault(key, {})[laptop.device] = (op["hlc"], op["data"][name][1])
    contested = 0
    for (case_id, name), per_device in writes.items():
        if len(per_device) < 2:
            continue
        contested += 1
        winner = max(per_device, key=lambda device: (per_device[device][0], device))
        for device, (_hlc, value) in per_device.items():
            laptop = by_device[device]
            notices = [
                n
                for n in notices_for_case(laptop.profile, _uuid(case_id))
                if n.field == name and n.entity == "case"
            ]
            if device == winner:
                assert notices == [], (laptop.name, name)
            else:
                assert value in [n.mine for n in notices], (laptop.name, name, notices)
    assert contested >= 2


def _uuid(text: str):  # noqa: ANN202
    import uuid

    return uuid.UUID(text)


@pytest.mark.parametrize(
    ("names", "order"),
    [(["Ann", "Ben"], order) for order in ORDERS[2]]
    + [(["Ann", "Ben", "Cho"], order) for order in ORDERS[3]],
)
def test_offline_edits_converge_in_any_sync_order(team, tmp_path, names, order):
    laptops, cases = _start(team, names)
    by_name = {laptop.name: laptop for laptop in laptops}
    for laptop in laptops:
        _work_offline(laptop, cases, tmp_path)
    for name in order.split():
        by_name[name].sync()
    for _ in range(2):
        for laptop in laptops:
            laptop.sync()
    _check_converged(team, laptops, cases)
    _check_notices(laptops, cases)


def test_a_tag_added_and_removed_before_a_laptop_pulls_is_held_the_same(team):
    ann, ben = team.add("Ann"), team.add("Ben")
    case_id = create_case(ann.profile, NewCase(subject="Late", tags=["vip"])).case_id
    set_tags(ann.profile, case_id, [])
    ann.sync()
    ben.sync()
    assert replica_state(ben.profile)["case_tag"] == replica_state(ann.profile)["case_tag"]
