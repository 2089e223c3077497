"""Attaching files to cases, editing and removing them, the size limit, and the checklists."""

from __future__ import annotations

import errno
import io
import os
import uuid
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import event, select

from app.models.entities import Evidence, Meta
from app.models.enums import CaseReason
from app.services.cases import operations as cases
from app.services.cases.detail import load_case_detail, load_case_history
from app.services.core.changes import Changes
from app.services.core.errors import InvalidInput, NotFound, StorageError
from app.services.core.profile import Profile
from app.services.evidence.attach import (
    EVIDENCE_KINDS,
    attach_files,
    remove_evidence,
    restore_evidence,
    update_evidence,
)
from app.services.evidence.checklist import (
    BY_ORDER,
    CHECKLISTS,
    case_checklists,
    evidence_checklist,
)


def _jpeg(folder: Path, name: str = "belt.jpg", colour=(200, 30, 30)) -> Path:  # noqa: ANN001
    path = folder / name
    Image.new("RGB", (16, 12), colour).save(path, "JPEG")
    return path


def _png(folder: Path, name: str = "order page.png") -> Path:
    path = folder / name
    Image.new("RGB", (40, 30), (10, 120, 200)).save(path, "PNG")
    return path


def _pdf(folder: Path, name: str = "Rechnung.pdf", pages: int = 3) -> Path:
    path = folder / name
    images = [Image.new("RGB", (60, 80), (255, 255, 255 - 40 * n)) for n in range(pages)]
    images[0].save(path, "PDF", save_all=True, append_images=images[1:])
    return path


def _case(profile: Profile, reason: str = "defective", order: str | None = None) -> uuid.UUID:
    return cases.create_case(
        profile,
        cases.NewCase(
            subject="Strap broke",
            customer_name="Lucía Romero",
            reason=reason,
            marketplace="amazon.es" if order else None,
            order_external_id=order,
        ),
    ).case_id


def _rows(profile: Profile, case_id: uuid.UUID) -> list[Evidence]:
    with profile.read() as session:
        return list(
            session.scalars(
                select(Evidence).where(Evidence.case_id == case_id).order_by(Evidence.added_at)
            )
        )


def _blob_files(profile: Profile) -> list[Path]:
    return sorted(p for p in profile.blobs.root.rglob("*") if p.is_file())


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    return folder


# ----------------------------------------------------------------------------- attaching


def test_attach_several_files_guesses_kinds_and_reports_progress(profile, files):
    case_id = _case(profile)
    seen = []
    result = attach_files(
        profile,
        case_id,
        [_jpeg(files), _png(files), _pdf(files)],
        progress=lambda done, total, name: seen.append((done, total, name)),
    )
    assert result.refused == [] and result.warnings == [] and not result.cancelled
    assert result.changes == Changes(cases=frozenset({case_id}), evidence=frozenset(result.added))
    assert seen == [(1, 3, "belt.jpg"), (2, 3, "order page.png"), (3, 3, "Rechnung.pdf")]
    evidence = load_case_detail(profile, case_id).evidence
    assert [e.id for e in evidence] == result.added
    assert [(e.name, e.kind, e.media_type) for e in evidence] == [
        ("belt.jpg", "photo", "image/jpeg"),
        ("order page.png", "screenshot", "image/png"),
        ("Rechnung.pdf", "document", "application/pdf"),  # a PDF is not assumed to be a receipt
    ]
    assert {e.added_by for e in evidence} == {"tester"}
    history = load_case_history(profile, case_id)
    assert [h.action for h in history if h.entity == "evidence"] == ["create"] * 3


def test_kind_and_caption_apply_to_every_file(profile, files):
    case_id = _case(profile)
    result = attach_files(
        profile, case_id, [_jpeg(files), _png(files)], kind="receipt", caption="  till slip  "
    )
    evidence = load_case_detail(profile, case_id).evidence
    assert len(result.added) == 2
    assert {(e.kind, e.caption) for e in evidence} == {("receipt", "till slip")}
    with pytest.raises(InvalidInput, match="evidence kind"):
        attach_files(profile, case_id, [_jpeg(files)], kind="selfie")
    with pytest.raises(NotFound):
        attach_files(profile, uuid.uuid4(), [_jpeg(files)])


def test_the_same_file_twice_on_one_case_is_refused_and_on_another_shares_the_blob(profile, files):
    first, second = _case(profile), _case(profile)
    photo = _jpeg(files, "IMG_0001.jpg")
    assert len(attach_files(profile, first, [photo]).added) == 1
    copy = files / "copy of it.jpg"
    copy.write_bytes(photo.read_bytes())

    again = attach_files(profile, first, [copy])
    assert again.added == [] and again.changes == Changes()
    assert again.refused == [
        ("copy of it.jpg", "copy of it.jpg is already attached to this case as IMG_0001.jpg.")
    ]
    with pytest.raises(InvalidInput, match="already attached to this case as IMG_0001.jpg"):
        cases.add_evidence(profile, first, photo)

    elsewhere = attach_files(profile, second, [copy])
    assert len(elsewhere.added) == 1
    assert len(_blob_files(profile)) == 1
    assert _rows(profile, first)[0].sha256 == _rows(profile, second)[0].sha256

    # Once removed from the case, the file may be attached again.
    remove_evidence(profile, _rows(profile, first)[0].id)
    assert len(attach_files(profile, first, [photo]).added) == 1


def test_a_new_case_with_the_same_file_twice_is_refused_before_anything_is_written(profile, files):
    photo = _jpeg(files)
    twin = files / "twin.jpg"
    twin.write_bytes(photo.read_bytes())
    with pytest.raises(InvalidInput, match="twin.jpg is the same file as belt.jpg"):
        cases.create_case(profile, cases.NewCase(subject="Broken", attachments=[photo, twin]))
    with profile.read() as session:
        assert session.scalars(select(Evidence)).all() == []


def test_a_refused_file_does_not_stop_the_others(profile, files):
    case_id = _case(profile)
    empty = files / "empty.jpg"
    empty.write_bytes(b"")
    fake = files / "photo.jpg"
    fake.write_text("not a photo", encoding="utf-8")
    program = files / "invoice.exe"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 64)
    result = attach_files(
        profile, case_id, [_jpeg(files), empty, fake, program, files / "gone.png", _png(files)]
    )
    assert len(result.added) == 2
    refused = dict(result.refused)
    assert list(refused) == ["empty.jpg", "photo.jpg", "invoice.exe", "gone.png"]
    assert "empty" in refused["empty.jpg"]
    assert "JPEG image" in refused["photo.jpg"] and "plain text" in refused["photo.jpg"]
    assert "is a program (a Windows program)" in refused["invoice.exe"]
    assert "will never run it" in refused["invoice.exe"]
    assert "does not exist" in refused["gone.png"]


def test_a_program_is_kept_when_allowed_with_a_warning(profile, files):
    case_id = _case(profile)
    script = files / "fix-it.sh"
    script.write_bytes(b"#!/bin/sh\necho fixed\n")
    result = attach_files(profile, case_id, [script], allow_executable=True)
    assert len(result.added) == 1
    assert result.warnings == [
        "fix-it.sh is a program (a shell script): it is kept as evidence only and will never "
        "be run by Workbench. Do not open it yourself."
    ]


def test_a_full_disk_at_file_three_keeps_one_and_two_and_reports_the_rest(
    profile, files, monkeypatch
):
    case_id = _case(profile)
    paths = [_jpeg(files, f"p{n}.jpg", (n * 40, 10, 10)) for n in range(5)]
    real_write = os.write
    stored = []

    def write(fd: int, data: bytes) -> int:
        if len(stored) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        stored.append(fd)
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    result = attach_files(profile, case_id, paths)
    assert [e.name for e in load_case_detail(profile, case_id).evidence] == ["p0.jpg", "p1.jpg"]
    assert len(result.added) == 2
    assert [name for name, _ in result.refused] == ["p2.jpg", "p3.jpg", "p4.jpg"]
    assert "disk is full" in result.refused[0][1]
    assert all("earlier file" in reason for _name, reason in result.refused[1:])
    assert not any(p.name.startswith(".incoming-") for p in _blob_files(profile))


def test_cancel_stops_between_files(profile, files):
    case_id = _case(profile)
    paths = [_jpeg(files, f"p{n}.jpg", (n * 40, 10, 10)) for n in range(5)]
    done = []
    result = attach_files(
        profile,
        case_id,
        paths,
        progress=lambda n, total, name: done.append(n),
        cancelled=lambda: len(done) >= 2,
    )
    assert result.cancelled
    assert len(result.added) == 2 and done == [1, 2]
    assert [name for name, _ in result.refused] == ["p2.jpg", "p3.jpg", "p4.jpg"]
    assert {reason for _, reason in result.refused} == {"Not added: adding was cancelled."}
    assert len(load_case_detail(profile, case_id).evidence) == 2


def _big_jpeg(folder: Path, megabytes: float) -> Path:
    """A JPEG header followed by padding: sniffed as a JPEG, cheap to make (sparse)."""
    path = folder / "big photo.jpg"
    with path.open("wb") as handle:
        handle.write(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        handle.truncate(int(megabytes * 1024 * 1024))
    return path


def test_files_over_the_marketplace_limit_are_kept_with_a_warning(profile, files):
    case_id = _case(profile)
    result = attach_files(profile, case_id, [_big_jpeg(files, 11), _jpeg(files)])
    assert len(result.added) == 2
    assert result.warnings == [
        "big photo.jpg is 11.0 MB: over the marketplace's 10 MB attachment limit, so it cannot "
        "be sent to the buyer or the marketplace as is."
    ]


def test_the_size_limit_is_a_profile_setting(profile, profile_dir, clock, files):
    assert profile.evidence_max_mb == 25
    assert profile.evidence_max_bytes == 25 * 1024 * 1024
    case_id = _case(profile)
    big = _big_jpeg(files, 1.5)
    profile.set_evidence_max_mb(1)
    result = attach_files(profile, case_id, [big])
    assert result.refused == [
        (
            "big photo.jpg",
            "big photo.jpg: the file is 1.5 MB; evidence files may be at most 1.0 MB.",
        )
    ]
    with pytest.raises(InvalidInput, match="at most 1.0 MB"):
        cases.create_case(profile, cases.NewCase(subject="Big", attachments=[big]))
    profile.close()

    reopened = Profile.open(profile_dir, now=clock)
    try:
        assert reopened.evidence_max_bytes == 1024 * 1024
        reopened.set_evidence_max_mb(2)
        assert len(attach_files(reopened, case_id, [big]).added) == 1
        for bad in (0, 2049, "10", 2.5, True):
            with pytest.raises(InvalidInput, match="evidence size limit"):
                reopened.set_evidence_max_mb(bad)
        assert reopened.evidence_max_mb == 2
    finally:
        reopened.close()


def test_a_hand_edited_nonsense_limit_means_the_default(profile, profile_dir, clock):
    with profile.write() as session:
        session.add(Meta(key="evidence_max_mb", value="lots"))
    profile.close()
    reopened = Profile.open(profile_dir, now=clock)
    try:
        assert reopened.evidence_max_mb == 25
    finally:
        reopened.close()


# ----------------------------------------------------------------------------- editing


def test_update_kind_and_caption_is_logged(profile, files, clock):
    case_id = _case(profile)
    [evidence_id] = attach_files(profile, case_id, [_jpeg(files)]).added
    clock.advance(minutes=5)
    changes = update_evidence(profile, evidence_id, kind="receipt", caption="The till slip")
    assert changes == Changes(cases=frozenset({case_id}), evidence=frozenset({evidence_id}))
    assert update_evidence(profile, evidence_id, kind="receipt") == Changes()
    update_evidence(profile, evidence_id, caption="   ")
    [info] = load_case_detail(profile, case_id).evidence
    assert (info.kind, info.caption) == ("receipt", None)
    updates = [h for h in load_case_history(profile, case_id) if h.action == "update"]
    assert [h.data for h in updates if h.entity == "evidence"] == [
        {"kind": ["photo", "receipt"], "caption": [None, "The till slip"], "name": "belt.jpg"},
        {"caption": ["The till slip", None], "name": "belt.jpg"},
    ]
    assert load_case_detail(profile, case_id).updated_at == clock.current
    with pytest.raises(InvalidInput, match="evidence kind"):
        update_evidence(profile, evidence_id, kind="selfie")
    with pytest.raises(InvalidInput, match="caption"):
        update_evidence(profile, evidence_id, caption="x" * 3000)
    with pytest.raises(NotFound):
        update_evidence(profile, uuid.uuid4(), kind="photo")


def test_remove_and_restore(profile, files):
    case_id = _case(profile)
    kept, removed = attach_files(profile, case_id, [_jpeg(files), _png(files)]).added
    changes = remove_evidence(profile, removed)
    assert changes == Changes(cases=frozenset({case_id}), evidence=frozenset({removed}))
    assert [e.id for e in load_case_detail(profile, case_id).evidence] == [kept]
    assert remove_evidence(profile, removed) == Changes()
    restore_evidence(profile, removed)
    assert [e.id for e in load_case_detail(profile, case_id).evidence] == [kept, removed]
    assert restore_evidence(profile, removed) == Changes()
    history = [h for h in load_case_history(profile, case_id) if h.entity == "evidence"]
    assert [h.action for h in history] == ["create", "create", "delete", "restore"]
    assert history[2].data["name"] == "order page.png"
    assert history[2].data["deleted_at"][0] is None
    assert history[3].data["deleted_at"][1] is None


def test_restore_refuses_when_the_file_is_gone(profile, files):
    case_id = _case(profile)
    [evidence_id] = attach_files(profile, case_id, [_jpeg(files)]).added
    remove_evidence(profile, evidence_id)
    [row] = _rows(profile, case_id)
    profile.blobs.path_for(row.sha256).unlink()
    with pytest.raises(StorageError, match="cannot be restored"):
        restore_evidence(profile, evidence_id)
    assert load_case_detail(profile, case_id).evidence == ()


def test_evidence_kinds_are_the_model_vocabulary():
    assert EVIDENCE_KINDS == (
        "photo",
        "receipt",
        "shipping_label",
        "screenshot",
        "document",
        "other",
    )


# ----------------------------------------------------------------------------- checklists


# (reason, required item keys, optional item keys); DOMAIN.md "Evidence".
TABLE = [
    ("defective", ["defect_photo", "label_photo", "receipt"], []),
    ("not_as_described", ["defect_photo", "label_photo", "receipt"], []),
    ("missing_parts", ["defect_photo", "label_photo", "receipt"], []),
    ("wrong_size", ["size_photo", "receipt"], []),
    ("exchange", ["size_photo", "receipt"], []),
    ("damaged", ["parcel_photo", "item_photo", "shipping_label"], []),
    ("not_received", ["tracking"], ["delivery_photo"]),
    ("refund", ["return_tracking", "return_receipt"], []),
    ("return", ["return_tracking", "return_receipt"], []),
    ("late", [], []),
    ("account_access", [], []),
    ("billing", [], []),
    ("other", [], []),
]


def test_every_reason_is_in_the_table():
    assert sorted(r for r, _, _ in TABLE) == sorted(r.value for r in CaseReason)


@pytest.mark.parametrize(("reason", "required", "optional"), TABLE)
def test_checklist_items_per_reason(reason, required, optional):
    checklist = evidence_checklist(reason, [], has_order=False)
    assert [i.key for i, _ in checklist.items if i.required] == required
    assert [i.key for i, _ in checklist.items if not i.required] == optional
    assert (checklist.done, checklist.total) == (0, len(required))
    assert all(i.label and i.kinds for i, _ in checklist.items)
    assert (reason in CHECKLISTS) == bool(required)


def _satisfied(reason: str, kinds: list[str], has_order: bool = False) -> dict[str, str | None]:
    return {
        item.key: by for item, by in evidence_checklist(reason, kinds, has_order=has_order).items
    }


@pytest.mark.parametrize(
    ("reason", "kinds", "has_order", "done", "expected"),
    [
        ("defective", ["photo"], False, 1, {"defect_photo": "photo"}),
        ("defective", ["photo", "photo"], False, 2, {"label_photo": "photo"}),
        ("defective", ["photo", "photo"], True, 3, {"receipt": BY_ORDER}),
        ("defective", ["receipt", "photo"], True, 2, {"receipt": "receipt"}),
        ("defective", ["document"], False, 1, {"receipt": "document"}),
        ("defective", ["screenshot", "shipping_label"], False, 0, {}),
        ("wrong_size", ["photo", "photo", "photo"], False, 1, {"size_photo": "photo"}),
        ("exchange", [], True, 1, {"receipt": BY_ORDER}),
        ("damaged", ["photo", "shipping_label"], False, 2, {"shipping_label": "shipping_label"}),
        ("damaged", ["photo", "photo", "shipping_label"], False, 3, {"item_photo": "photo"}),
        ("not_received", ["photo"], True, 0, {"delivery_photo": "photo", "tracking": None}),
        ("not_received", ["document", "photo"], False, 1, {"tracking": "document"}),
        # A document can be either return item: the label takes tracking, the document the receipt.
        ("refund", ["document", "shipping_label"], False, 2, {"return_receipt": "document"}),
        ("return", ["document", "document"], False, 2, {"return_tracking": "document"}),
        ("return", ["receipt"], True, 1, {"return_tracking": None}),  # no order stand-in here
        ("late", ["photo", "receipt"], True, 0, {}),
    ],
)
def test_checklist_matching(reason, kinds, has_order, done, expected):
    checklist = evidence_checklist(reason, kinds, has_order=has_order)
    assert checklist.done == done
    satisfied = _satisfied(reason, kinds, has_order)
    for key, by in expected.items():
        assert satisfied[key] == by
    # The order the files came in does not matter.
    assert evidence_checklist(reason, kinds[::-1], has_order=has_order).done == done


def test_case_checklists_for_a_page_of_cases_in_one_query(profile, files):
    defective = _case(profile, "defective", order="404-1234567-1234567")
    damaged = _case(profile, "damaged")
    late = _case(profile, "late")
    attach_files(profile, defective, [_jpeg(files)])
    attach_files(profile, damaged, [_jpeg(files, "box.jpg", (1, 2, 3)), _png(files)])
    [removed] = attach_files(profile, damaged, [_jpeg(files, "item.jpg", (9, 9, 9))]).added
    remove_evidence(profile, removed)
    statements = []

    def count(_connection, _cursor, statement, *_args) -> None:  # noqa: ANN001, ANN002
        if not statement.startswith("BEGIN"):  # the transaction's own BEGIN is not a query
            statements.append(statement)

    with profile.read() as session:
        event.listen(profile.engine, "before_cursor_execute", count)
        try:
            found = case_checklists(session, [defective, damaged, late, uuid.uuid4()])
        finally:
            event.remove(profile.engine, "before_cursor_execute", count)
    assert len(statements) == 1
    assert found == {defective: (2, 3), damaged: (1, 3), late: (0, 0)}
    with profile.read() as session:
        assert case_checklists(session, []) == {}


def test_demo_profile_checklists(profile):
    """The scripted demo cases, whose files the demo chose, add up as an agent expects."""
    from app.demo import seed_demo

    seed_demo(profile)
    with profile.read() as session:
        ids = list(session.scalars(select(Evidence.case_id).distinct()))
        found = case_checklists(session, ids)
    assert found and all(0 < done <= total for done, total in found.values() if total)


def test_pillow_can_decode_what_attach_stored(profile, files):
    """The blob is the file byte for byte: a picture still opens."""
    case_id = _case(profile)
    attach_files(profile, case_id, [_png(files)])
    [row] = _rows(profile, case_id)
    with Image.open(io.BytesIO(profile.blobs.path_for(row.sha256).read_bytes())) as image:
        assert image.size == (40, 30)


def test_captions_are_one_clean_line(profile, files):
    case_id = _case(profile)
    [added] = attach_files(
        profile, case_id, [_jpeg(files)], caption="  Box\u202e gpj.exe\x1b]0;x\x07\nlid  "
    ).added
    update = "Lid\u200b dent\r\nleft"
    with profile.read() as session:
        assert session.get(Evidence, added).caption == "Box gpj.exe]0;x lid"
    update_evidence(profile, added, caption=update)
    with profile.read() as session:
        assert session.get(Evidence, added).caption == "Lid dent left"


def test_a_clean_up_that_takes_the_stored_copy_mid_attach_costs_nothing(
    profile, files, monkeypatch
):
    """doctor --clean-orphans in another process removes the blob between the copy and the
    row: the attach sees it under the write lock and stores the file again."""
    from app.services.evidence import intake

    case_id = _case(profile)
    real_store = intake.store_for
    taken = []

    def store_then_clean_up(profile_, path, **kwargs):  # noqa: ANN001, ANN003, ANN202
        stored = real_store(profile_, path, **kwargs)
        if not taken:
            profile_.blobs.path_for(stored.sha256).unlink()  # what the clean-up does
            taken.append(stored.sha256)
        return stored

    monkeypatch.setattr(intake, "store_for", store_then_clean_up)
    result = attach_files(profile, case_id, [_jpeg(files)])
    assert len(result.added) == 1 and not result.refused
    assert taken and profile.blobs.exists(taken[0])
