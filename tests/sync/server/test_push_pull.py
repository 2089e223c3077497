"""Push and pull through the HTTP app, on SQLite and PostgreSQL: round trip, idempotent
re-push, last writer wins per field with notices both ways, tags per tag, first-wins."""

from __future__ import annotations

from tests.sync.server.helpers import new_id, op, pull_all, push, pushed, stamp

CREATED = {"status": [None, "open"], "subject": [None, "벨트가 안 맞아요"], "priority": [None, 2]}


def test_a_push_comes_back_in_a_pull_with_versions_in_order(sync_server):
    client = sync_server.http(sync_server.add_agent("Lena", "shop"))
    device, case = new_id(), new_id()
    ops = [
        op(device, stamp(1000), case, CREATED, action="create"),
        op(device, stamp(1000, 1), case, {"status": ["open", "resolved"]}),
        op(
            device,
            stamp(1001),
            new_id(),
            {"body": [None, "مرحبا"]},
            entity="message",
            action="create",
            case_id=case,
        ),
    ]
    answer = pushed(client, device, ops)
    assert [a["version"] for a in answer["acked"]] == [1, 2, 3]
    assert [a["lost"] for a in answer["acked"]] == [[], [], []]
    assert answer["latest"] == 3

    pulled = pull_all(client)
    assert [o["version"] for o in pulled["ops"]] == [1, 2, 3]
    first = pulled["ops"][0]
    assert {k: first[k] for k in ops[0]} == ops[0]
    assert first["agent"] == "Lena" and first["lost"] == []
    assert pulled["ops"][2]["data"] == {"body": [None, "مرحبا"]}
    assert pulled["latest"] == 3 and pulled["notices"] == []
    hello = client.get("/v1/hello").json()
    assert pulled["epoch"] == hello["epoch"] and hello["latest"] == 3
    assert client.get("/v1/changes?after=3").json() == {"latest": 3, "new": False}
    assert client.get("/v1/changes?after=1").json() == {"latest": 3, "new": True}
    assert pull_all(client, after=2)["ops"][0]["version"] == 3


def test_pull_pages_follow_the_limit(sync_server):
    client = sync_server.http(sync_server.add_agent("Lena", "shop"))
    device, case = new_id(), new_id()
    ops = [op(device, stamp(1000, n), case, {"priority": [n, n + 1]}) for n in range(25)]
    pushed(client, device, ops)
    pulled = pull_all(client, limit=10)
    assert pulled["pages"] == 3
    assert [o["version"] for o in pulled["ops"]] == list(range(1, 26))


def test_a_repeated_push_changes_nothing_and_gets_the_same_answer(sync_server):
    client = sync_server.http(sync_server.add_agent("Lena", "shop"))
    device, case = new_id(), new_id()
    ops = [op(device, stamp(1000), case, CREATED, action="create")]
    first = pushed(client, device, ops)
    later = [op(device, stamp(2000), case, {"status": ["open", "resolved"]})]
    again = pushed(client, device, ops + later)
    assert again["acked"][0] == first["acked"][0]
    assert again["acked"][1]["version"] == 2
    assert pushed(client, device, ops + later)["acked"] == again["acked"]
    assert [o["version"] for o in pull_all(client)["ops"]] == [1, 2]


def test_last_writer_wins_per_field_and_the_loser_gets_a_notice(sync_server):
    lena = sync_server.http(sync_server.add_agent("Lena", "shop"))
    omar = sync_server.http(sync_server.add_agent("Omar", "shop"))
    d_lena, d_omar, case = new_id(), new_id(), new_id()
    pushed(lena, d_lena, [op(d_lena, stamp(1000), case, CREATED, action="create")])
    # Both went offline having seen version 1. Omar's later stamp wins the status;
    # Lena's priority stands (another field).
    omar_ops = [
        op(d_omar, stamp(3000), case, {"status": ["open", "waiting_customer"]}, actor="Omar")
    ]
    assert pushed(omar, d_omar, omar_ops, seen=1)["acked"][0]["lost"] == []
    lena_ops = [op(d_lena, stamp(2000), case, {"status": ["open", "resolved"], "priority": [2, 3]})]
    answer = pushed(lena, d_lena, lena_ops, seen=1)
    assert answer["acked"][0]["lost"] == ["status"]

    pulled = pull_all(lena)
    assert pulled["ops"][-1]["lost"] == ["status"]
    [notice] = pulled["notices"]
    assert notice["loser_device"] == d_lena and notice["winner_device"] == d_omar
    assert notice["loser_value"] == "resolved" and notice["winner_value"] == "waiting_customer"
    assert notice["field"] == "status" and notice["case_id"] == case
    assert notice["loser_actor"] == "Lena" and notice["winner_actor"] == "Omar"
    assert notice["loser_hlc"] == stamp(2000) and notice["winner_hlc"] == stamp(3000)
    assert notice["version"] > pulled["ops"][-1]["version"]


def test_an_overwrite_of_an_unseen_value_tells_the_old_winner(sync_server):
    lena = sync_server.http(sync_server.add_agent("Lena", "shop"))
    omar = sync_server.http(sync_server.add_agent("Omar", "shop"))
    d_lena, d_omar, case = new_id(), new_id(), new_id()
    pushed(lena, d_lena, [op(d_lena, stamp(1000), case, CREATED, action="create")])
    pushed(lena, d_lena, [op(d_lena, stamp(2000), case, {"status": ["open", "resolved"]})])
    # Omar had seen version 1 only: his later status replaces Lena's unseen one.
    later = [op(d_omar, stamp(3000), case, {"status": ["open", "closed"]}, actor="Omar")]
    assert pushed(omar, d_omar, later, seen=1)["acked"][0]["lost"] == []
    [notice] = pull_all(omar)["notices"]
    assert (notice["loser_device"], notice["loser_value"]) == (d_lena, "resolved")
    assert (notice["winner_device"], notice["winner_value"]) == (d_omar, "closed")
    # Having seen Lena's next change, Omar's overwrite of it is no conflict.
    more = [op(d_omar, stamp(4000), case, {"priority": [2, 1]}, actor="Omar")]
    seen = pushed(lena, d_lena, [op(d_lena, stamp(3500), case, {"priority": [2, 4]})])["latest"]
    assert pushed(omar, d_omar, more, seen=seen)["acked"][0]["lost"] == []
    assert len(pull_all(omar)["notices"]) == 1


def test_the_same_device_and_derived_fields_make_no_notice(sync_server):
    lena = sync_server.http(sync_server.add_agent("Lena", "shop"))
    omar = sync_server.http(sync_server.add_agent("Omar", "shop"))
    d_lena, d_omar, case = new_id(), new_id(), new_id()
    pushed(lena, d_lena, [op(d_lena, stamp(1000), case, CREATED, action="create")])
    pushed(lena, d_lena, [op(d_lena, stamp(900), case, {"status": ["open", "new"]})])
    derived = {"updated_at": ["a", "b"], "due_at": [None, "2026-12-09T00:00:00+00:00"]}
    pushed(omar, d_omar, [op(d_omar, stamp(3000), case, derived)], seen=0)
    answer = pushed(lena, d_lena, [op(d_lena, stamp(2000), case, derived)], seen=0)
    assert answer["acked"][0]["lost"] == ["updated_at", "due_at"]
    pulled = pull_all(lena)
    assert pulled["ops"][1]["lost"] == ["status"]  # its own later write stands
    assert pulled["notices"] == []


def test_tags_merge_per_tag(sync_server):
    lena = sync_server.http(sync_server.add_agent("Lena", "shop"))
    omar = sync_server.http(sync_server.add_agent("Omar", "shop"))
    d_lena, d_omar, case = new_id(), new_id(), new_id()

    def tag(device, hlc, action, name):
        return op(device, hlc, case, {"tag": name}, entity="case_tag", action=action)

    pushed(
        lena,
        d_lena,
        [tag(d_lena, stamp(1000), "add", "vip"), tag(d_lena, stamp(1001), "add", "refund")],
    )
    pushed(
        omar,
        d_omar,
        [tag(d_omar, stamp(2000), "add", "fragile"), tag(d_omar, stamp(900), "remove", "vip")],
        seen=0,
    )
    answer = pushed(lena, d_lena, [tag(d_lena, stamp(1500), "remove", "fragile")], seen=0)
    assert answer["acked"][0]["lost"] == ["tag:fragile"]
    pulled = pull_all(lena)
    assert [o["lost"] for o in pulled["ops"]] == [[], [], [], ["tag:vip"], ["tag:fragile"]]
    assert pulled["notices"] == []


def test_a_claim_goes_to_the_first_writer_whatever_its_stamp(sync_server):
    lena = sync_server.http(sync_server.add_agent("Lena", "shop"))
    omar = sync_server.http(sync_server.add_agent("Omar", "shop"))
    d_lena, d_omar, message, case = new_id(), new_id(), new_id(), new_id()

    def claim(device, hlc):
        return op(device, hlc, message, {"claim": [None, device]}, entity="message", case_id=case)

    assert pushed(omar, d_omar, [claim(d_omar, stamp(5000))])["acked"][0]["lost"] == []
    answer = pushed(lena, d_lena, [claim(d_lena, stamp(1000))])
    assert answer["acked"][0]["lost"] == ["claim"]
    assert pull_all(lena)["notices"] == []


def test_a_push_naming_a_blob_the_team_lacks_is_refused_whole(sync_server):
    client = sync_server.http(sync_server.add_agent("Lena", "shop"))
    device, case = new_id(), new_id()
    missing = "ab" * 32
    ops = [
        op(device, stamp(1000), case, CREATED, action="create"),
        op(
            device,
            stamp(1001),
            new_id(),
            {"sha256": [None, missing], "size": [None, 3]},
            entity="evidence",
            action="create",
            case_id=case,
        ),
    ]
    answer = push(client, device, ops)
    assert answer.status_code == 409
    assert answer.json() == {"missing_blobs": [missing]}
    assert pull_all(client)["ops"] == []
    assert client.get("/v1/changes?after=0").json() == {"latest": 0, "new": False}


def test_only_an_owner_approves_a_held_reply_or_switches_approval(sync_server):
    """An agent's approve/return of a reply and its switch of the approval setting are
    kept (the history) but set nothing; the owner's do."""
    agent = sync_server.http(sync_server.add_agent("Lena", "shop"))
    owner = sync_server.http(sync_server.add_agent("Omar", "shop", role="owner"))
    device, case, message, setting = new_id(), new_id(), new_id(), new_id()
    approve = {"outbound_state": ["held", "queued"], "approver": "Lena"}
    switch = {"override_approval": [True, False]}
    answer = pushed(
        agent,
        device,
        [
            op(
                device,
                stamp(2000),
                message,
                approve,
                entity="message",
                action="approve",
                case_id=case,
            ),
            op(device, stamp(2001), setting, switch, entity="setting", case_id=None),
        ],
    )
    assert [a["lost"] for a in answer["acked"]] == [["outbound_state"], ["override_approval"]]
    other = new_id()
    answer = pushed(
        owner,
        other,
        [
            op(
                other,
                stamp(2002),
                message,
                approve,
                entity="message",
                action="approve",
                case_id=case,
            ),
            op(other, stamp(2003), setting, switch, entity="setting", case_id=None),
        ],
    )
    assert [a["lost"] for a in answer["acked"]] == [[], []]
    assert len(pull_all(owner)["ops"]) == 4


def test_an_override_with_two_rules_sets_no_field(sync_server):
    client = sync_server.http(sync_server.add_agent("Lena", "shop"))
    device, case, message = new_id(), new_id(), new_id()
    data = {"rules": ["phone", "messenger"], "reason": "the buyer asked for a call"}
    answer = pushed(
        client,
        device,
        [op(device, stamp(3000), message, data, entity="message", action="override", case_id=case)],
    )
    assert answer["acked"][0]["lost"] == []
    with sync_server.store.read() as connection:  # no field named "rules" was stored
        rows = connection.exec_driver_sql("SELECT count(*) FROM fields").scalar()
    assert rows == 0
