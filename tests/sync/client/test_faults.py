"""What must survive: a push whose answer was lost, a page cut short mid-way, a server
whose database was replaced, and evidence files that travel by hash."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models.entities import Operation
from app.services.cases.detail import load_case_detail
from app.services.cases.operations import NewCase, add_evidence, add_note, create_case
from app.sync.client import fetch_blob, missing_blobs, status, sync_round
from app.sync.client import state as sync_state
from app.sync.client.apply import apply_page
from tests.sync.client.replica import replica_state


def _count_ops(profile) -> int:  # noqa: ANN001
    with profile.read() as session:
        return session.scalar(select(func.count()).select_from(Operation))


def test_a_push_whose_answer_is_lost_is_neither_lost_nor_doubled(laptops, monkeypatch):
    lena, omar = laptops("Lena", "Omar")
    case_id = create_case(lena.profile, NewCase(subject="Torn bag", body="It tore")).case_id
    add_note(lena.profile, case_id, "Photo asked")
    real_post = lena.http.post

    def post_then_drop(url, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        response = real_post(url, *args, **kwargs)
        if url.endswith("/push"):
            raise ConnectionResetError("the answer was lost after the server committed")
        return response

    monkeypatch.setattr(lena.http, "post", post_then_drop)
    from app.sync.client import SyncUnreachable

    with pytest.raises(SyncUnreachable):
        sync_round(lena.profile, http=lena.http)
    assert status(lena.profile).pending > 0  # not marked pushed: the ack never came
    monkeypatch.setattr(lena.http, "post", real_post)
    again = sync_round(lena.profile, http=lena.http)
    assert again.pushed > 0 and status(lena.profile).pending == 0
    sync_round(omar.profile, http=omar.http)
    notes = [m.body for m in load_case_detail(omar.profile, case_id).messages]
    assert notes.count("Photo asked") == 1
    assert replica_state(omar.profile) == replica_state(lena.profile)
    assert _count_ops(omar.profile) == _count_ops(lena.profile)


def test_a_page_cut_short_leaves_the_cursor_and_rows_as_they_were(laptops):
    lena, omar = laptops("Lena", "Omar")
    create_case(lena.profile, NewCase(subject="Late parcel", body="Where is it"))
    sync_round(lena.profile, http=lena.http)
    before_state, before_ops = replica_state(omar.profile), _count_ops(omar.profile)
    with omar.profile.read() as session:
        before_cursor = sync_state.cursor(session)
    page = omar.http.get("/v1/pull", params={"after": before_cursor}).json()
    assert page["ops"]

    def crash() -> None:
        raise RuntimeError("killed mid-page")

    with pytest.raises(RuntimeError):
        apply_page(omar.profile, page, after_rows=crash)
    assert replica_state(omar.profile) == before_state
    assert _count_ops(omar.profile) == before_ops
    with omar.profile.read() as session:
        assert sync_state.cursor(session) == before_cursor
    sync_round(omar.profile, http=omar.http)
    assert replica_state(omar.profile) == replica_state(lena.profile)


def test_another_epoch_downloads_everything_again_and_keeps_unpushed_work(laptops):
    lena, omar = laptops("Lena", "Omar")
    case_id = create_case(lena.profile, NewCase(subject="Broken zip", body="Zip broke")).case_id
    sync_round(lena.profile, http=lena.http)
    sync_round(omar.profile, http=omar.http)
    add_note(omar.profile, case_id, "Offered a swap")
    with omar.profile.write() as session:
        sync_state.put(session, sync_state.EPOCH, "an-old-server")
    result = sync_round(omar.profile, http=omar.http)
    assert result.pulled >= _count_ops(lena.profile)  # everything again, from 0
    assert status(omar.profile).pending == 0
    sync_round(lena.profile, http=lena.http)
    assert replica_state(omar.profile) == replica_state(lena.profile)
    notes = [m.body for m in load_case_detail(lena.profile, case_id).messages]
    assert notes.count("Offered a swap") == 1


def test_evidence_travels_by_hash(laptops, tmp_path):
    lena, omar = laptops("Lena", "Omar")
    case_id = create_case(lena.profile, NewCase(subject="Scratched lens", body="Scratch")).case_id
    photo = tmp_path / "lens.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 500)
    add_evidence(lena.profile, case_id, photo, kind="photo")
    first = sync_round(lena.profile, http=lena.http)
    assert first.blobs_up == 1
    sync_round(omar.profile, http=omar.http)
    (sha,) = missing_blobs(omar.profile, case_id)
    path = fetch_blob(omar.profile, sha, http=omar.http)
    assert path.read_bytes() == photo.read_bytes()
    assert missing_blobs(omar.profile) == []
    assert replica_state(omar.profile) == replica_state(lena.profile)
