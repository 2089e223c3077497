"""Blob upload and download by SHA-256: resumable, hash-checked, per team, with Range."""

from __future__ import annotations

from tests.sync.server.helpers import new_id, op, pull_all, push, sha, stamp

DATA = bytes(range(256)) * 40  # 10,240 bytes
SHA = sha(DATA)


def test_an_upload_resumes_where_the_partial_file_ends(sync_server):
    client = sync_server.http(sync_server.add_agent("Lena", "shop"))
    status = client.get(f"/v1/blobs/{SHA}/status").json()
    assert status == {"complete": False, "offset": 0, "size": None}

    put = client.put(f"/v1/blobs/{SHA}?offset=0&total={len(DATA)}", content=DATA[:4000])
    assert put.json() == {"offset": 4000, "complete": False}
    partial = list(sync_server.blobs.glob(f"*/partial/{SHA}"))
    assert len(partial) == 1 and partial[0].stat().st_size == 4000
    # The connection dropped: the client asks where to resume.
    status = client.get(f"/v1/blobs/{SHA}/status").json()
    assert status == {"complete": False, "offset": 4000, "size": len(DATA)}
    ahead = client.put(f"/v1/blobs/{SHA}?offset=9000&total={len(DATA)}", content=DATA[9000:])
    assert ahead.status_code == 409 and ahead.json()["offset"] == 4000
    # A chunk sent again (its answer was lost) replaces itself.
    again = client.put(f"/v1/blobs/{SHA}?offset=2000&total={len(DATA)}", content=DATA[2000:6000])
    assert again.json() == {"offset": 6000, "complete": False}
    done = client.put(f"/v1/blobs/{SHA}?offset=6000&total={len(DATA)}", content=DATA[6000:])
    assert done.json() == {"offset": len(DATA), "complete": True}
    assert client.get(f"/v1/blobs/{SHA}/status").json() == {
        "complete": True,
        "offset": len(DATA),
        "size": len(DATA),
    }
    assert list(sync_server.blobs.glob(f"*/partial/{SHA}")) == []
    assert client.get(f"/v1/blobs/{SHA}").content == DATA

    # Now the push that names it is taken.
    device, case = new_id(), new_id()
    evidence = op(
        device,
        stamp(1000),
        new_id(),
        {"sha256": [None, SHA]},
        entity="evidence",
        action="create",
        case_id=case,
    )
    assert push(client, device, [evidence]).status_code == 200
    assert len(pull_all(client)["ops"]) == 1


def test_bytes_that_do_not_match_their_hash_are_refused_and_forgotten(sync_server):
    client = sync_server.http(sync_server.add_agent("Lena", "shop"))
    wrong = DATA[:-1] + b"\x00"
    first = client.put(f"/v1/blobs/{SHA}?offset=0&total={len(DATA)}", content=wrong[:5000])
    assert first.status_code == 200
    last = client.put(f"/v1/blobs/{SHA}?offset=5000&total={len(DATA)}", content=wrong[5000:])
    assert last.status_code == 422
    assert list(sync_server.blobs.rglob(SHA)) == []
    assert client.get(f"/v1/blobs/{SHA}/status").json() == {
        "complete": False,
        "offset": 0,
        "size": None,
    }
    assert client.get(f"/v1/blobs/{SHA}").status_code == 404
    too_long = client.put(f"/v1/blobs/{SHA}?offset=0&total=10", content=DATA[:11])
    assert too_long.status_code == 422


def test_a_download_honours_a_range(sync_server):
    client = sync_server.http(sync_server.add_agent("Lena", "shop"))
    client.put(f"/v1/blobs/{SHA}?offset=0&total={len(DATA)}", content=DATA)
    part = client.get(f"/v1/blobs/{SHA}", headers={"Range": "bytes=100-299"})
    assert part.status_code == 206
    assert part.content == DATA[100:300]
    assert part.headers["content-range"] == f"bytes 100-299/{len(DATA)}"
    tail = client.get(f"/v1/blobs/{SHA}", headers={"Range": "bytes=10000-"})
    assert tail.content == DATA[10000:]


def test_a_blob_name_must_be_a_sha256(sync_server):
    client = sync_server.http(sync_server.add_agent("Lena", "shop"))
    assert client.get("/v1/blobs/ABC/status").status_code == 422
    escaping = client.put("/v1/blobs/..%2f..%2fx?offset=0&total=1", content=b"x")
    assert escaping.status_code == 404  # no such route: the name is never a path
    assert not (sync_server.blobs.parent / "x").exists()
    assert client.get(f"/v1/blobs/{SHA.upper()}").status_code == 422
