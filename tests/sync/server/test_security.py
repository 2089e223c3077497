"""Security: teams are the boundary, revoked tokens and trainers on shop teams are
refused, malformed and oversized requests change nothing, tokens never reach a log."""

from __future__ import annotations

import json
import logging

import httpx
import sqlalchemy as sa

from app.sync.protocol import MAX_BODY_BYTES, MAX_PUSH_OPS, PROTOCOL
from app.sync.server import admin
from app.sync.server.schema import agents, teams
from app.sync.server.store import now_micros
from tests.sync.server.helpers import new_id, op, pull_all, push, pushed, sha, stamp

CREATED = {"status": [None, "open"], "subject": [None, "Wrong size"]}


def test_a_team_reads_and_writes_only_its_own_ops_and_blobs(sync_server):
    alpha = sync_server.http(sync_server.add_agent("Lena", "alpha"))
    beta = sync_server.http(sync_server.add_agent("Omar", "beta"))
    d_alpha, d_beta, case = new_id(), new_id(), new_id()
    pushed(alpha, d_alpha, [op(d_alpha, stamp(1000), case, CREATED, action="create")])
    data = b"alpha's receipt"
    alpha.put(f"/v1/blobs/{sha(data)}?offset=0&total={len(data)}", content=data)

    assert pull_all(beta)["ops"] == []
    assert beta.get("/v1/changes?after=0").json() == {"latest": 0, "new": False}
    assert beta.get(f"/v1/blobs/{sha(data)}").status_code == 404
    assert beta.get(f"/v1/blobs/{sha(data)}/status").json()["complete"] is False
    assert [a["name"] for a in beta.get("/v1/agents").json()] == ["Omar"]
    # Beta writing the same case id does not touch alpha's fields or versions.
    answer = pushed(beta, d_beta, [op(d_beta, stamp(500), case, {"status": ["x", "closed"]})])
    assert answer["acked"][0] == {"hlc": stamp(500), "version": 1, "lost": []}
    evidence = op(
        d_beta,
        stamp(600),
        new_id(),
        {"sha256": [None, sha(data)]},
        entity="evidence",
        action="create",
        case_id=case,
    )
    refused = push(beta, d_beta, [evidence])
    assert refused.status_code == 409 and refused.json() == {"missing_blobs": [sha(data)]}
    alpha_ops = pull_all(alpha)["ops"]
    assert [(o["device"], o["version"]) for o in alpha_ops] == [(d_alpha, 1)]
    assert pull_all(alpha)["notices"] == []


def test_missing_unknown_and_revoked_tokens_get_401(sync_server):
    token = sync_server.add_agent("Lena", "shop")
    client = sync_server.http(token)
    assert client.get("/v1/hello").status_code == 200
    assert sync_server.http(None).get("/v1/hello").status_code == 401
    assert sync_server.http("not-a-token").get("/v1/pull").status_code == 401
    basic = sync_server.http(None).get("/v1/hello", headers={"Authorization": f"Basic {token}"})
    assert basic.status_code == 401
    admin.revoke_agent(sync_server.store, "Lena")
    device = new_id()
    for answer in (
        client.get("/v1/hello"),
        client.get("/v1/pull?after=0"),
        push(client, device, [op(device, stamp(1), new_id(), CREATED, action="create")]),
        client.put(f"/v1/blobs/{sha(b'x')}?offset=0&total=1", content=b"x"),
    ):
        assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "Bearer"
    owner = sync_server.http(sync_server.add_agent("Ana", "shop", role="owner"))
    assert owner.get("/v1/changes?after=0").json() == {"latest": 0, "new": False}
    assert owner.get("/v1/agents").json() == [{"name": "Ana", "role": "owner"}]


def test_a_trainer_token_cannot_touch_a_shop_team(sync_server):
    shop_token = sync_server.add_agent("Lena", "shop")
    training = sync_server.http(sync_server.add_agent("Tess", "demo", role="trainer"))
    assert training.get("/v1/hello").json()["team_kind"] == "training"
    # The CLI refuses a trainer on a shop team; one made behind its back is refused too.
    token = admin.new_token()
    with sync_server.store.write() as connection:
        team_id = connection.execute(
            sa.select(teams.c.id).where(teams.c.name == "shop")
        ).scalar_one()
        connection.execute(
            agents.insert().values(
                team_id=team_id,
                name="Trudy",
                role="trainer",
                token_hash=admin.token_hash(token),
                created_at=now_micros(),
            )
        )
    trainer = sync_server.http(token)
    device = new_id()
    assert trainer.get("/v1/hello").status_code == 403
    assert trainer.get("/v1/pull?after=0").status_code == 403
    ops = [op(device, stamp(1), new_id(), CREATED, action="create")]
    assert push(trainer, device, ops).status_code == 403
    assert pull_all(sync_server.http(shop_token))["ops"] == []


def _nothing_stored(client: httpx.Client) -> None:
    assert client.get("/v1/changes?after=0").json() == {"latest": 0, "new": False}


def test_malformed_pushes_get_4xx_and_store_nothing(sync_server):
    client = sync_server.http(sync_server.add_agent("Lena", "shop"))
    device, other, case = new_id(), new_id(), new_id()
    good = op(device, stamp(1000), case, CREATED, action="create")

    def body(ops, **changes):
        return {"protocol": PROTOCOL, "device": device, "seen": 0, "ops": ops, **changes}

    bad_bodies = [
        (body([good, {**good, "hlc": "yesterday"}]), 422),
        (body([good, {**good, "device": other}]), 422),  # another device's op
        (body([good, {**good, "entity_id": "x"}]), 422),
        (body([good, {**good, "created_at": "2026-12-03T14:02:11"}]), 422),  # no zone
        (body([good, {k: v for k, v in good.items() if k != "data"}]), 422),
        (body([good, {**good, "actor": "A\x00"}]), 422),
        (body([good, {**good, "hlc": stamp(1001), "data": {"status": [None, "\ud800"]}}]), 422),
        (body([good, {**good, "data": {"x" * 300: [1, 2]}}]), 422),
        (body([good], seen=-1), 422),
        (body([good], device="ABC"), 422),
        (body([good], protocol=99), 400),
        (body("not a list"), 422),
        ([good], 422),
    ]
    for request, status in bad_bodies:
        answer = client.post("/v1/push", content=json.dumps(request))
        assert answer.status_code == status, (request, answer.text)
    assert client.post("/v1/push", content=b"{not json").status_code == 400
    assert client.post("/v1/push", content=b"\xff\xfe").status_code == 400
    _nothing_stored(client)
    assert client.get("/v1/pull?after=-1").status_code == 422
    assert client.post("/v1/presence", json={"device": device, "activity": "x"}).status_code == 422


def test_oversized_requests_get_413_and_store_nothing(sync_server):
    client = sync_server.http(sync_server.add_agent("Lena", "shop"))
    device, case = new_id(), new_id()
    many = [
        op(device, stamp(1000, n), case, {"priority": [n, n + 1]}) for n in range(MAX_PUSH_OPS + 1)
    ]
    assert push(client, device, many).status_code == 413
    huge = op(device, stamp(1000), case, {"body": [None, "x" * (3 * 1024 * 1024)]})
    assert push(client, device, [huge]).status_code == 413
    declared = client.post(
        "/v1/push",
        content=b"{}",
        headers={"Content-Length": str(MAX_BODY_BYTES + 1)},
    )
    assert declared.status_code == 413

    def stream():  # no Content-Length: counted as it streams in
        yield b'{"protocol": 1, "ops": ["'
        for _ in range(17):
            yield b"x" * (1024 * 1024)
        yield b'"]}'

    assert client.post("/v1/push", content=stream()).status_code == 413
    blob = client.put(f"/v1/blobs/{'a' * 64}?offset=0&total=99999999", content=stream())
    assert blob.status_code == 413
    _nothing_stored(client)


def test_tokens_never_reach_the_logs(live_sync_server, caplog, capsys):
    token = live_sync_server.add_agent("Lena", "shop", role="owner")
    client = live_sync_server.http(token)
    device, case = new_id(), new_id()
    data = b"a receipt"
    with caplog.at_level(logging.DEBUG):
        assert client.get("/v1/hello").status_code == 200
        pushed(client, device, [op(device, stamp(1000), case, CREATED, action="create")])
        assert client.get("/v1/pull?after=0").status_code == 200
        client.put(f"/v1/blobs/{sha(data)}?offset=0&total={len(data)}", content=data)
        assert client.get(f"/v1/blobs/{sha(data)}").content == data
        assert push(client, device, [{"bad": 1}]).status_code == 422
        wrong = live_sync_server.http(token[:-4] + "AAAA")
        assert wrong.get("/v1/hello").status_code == 401
    captured = capsys.readouterr()
    logged = caplog.text + captured.out + captured.err
    assert "GET /v1/hello" in logged  # the access log was captured
    assert token not in logged
    assert token[:-4] not in logged
