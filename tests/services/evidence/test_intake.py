"""The two steps of adding files: storing them with no database, then one short write."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import event, select

from app.models.entities import Evidence, Operation
from app.services.cases import operations as cases
from app.services.core.changes import Changes, changes_of
from app.services.core.errors import NotFound
from app.services.core.profile import Profile
from app.services.evidence import intake
from app.services.evidence.intake import (
    NOT_ADDED_CANCELLED,
    record_evidence,
    store_again,
    store_files,
)


def _jpeg(folder: Path, name: str, colour=(200, 30, 30)) -> Path:  # noqa: ANN001
    path = folder / name
    Image.new("RGB", (16, 12), colour).save(path, "JPEG")
    return path


def _case(profile: Profile) -> uuid.UUID:
    return cases.create_case(profile, cases.NewCase(subject="Strap broke")).case_id


@pytest.fixture
def statements(profile: Profile):
    """Every SQL statement the profile's engine runs during the test."""
    seen: list[str] = []

    def count(_connection, _cursor, statement, *_args) -> None:  # noqa: ANN001, ANN002
        seen.append(statement)

    event.listen(profile.engine, "before_cursor_execute", count)
    yield seen
    event.remove(profile.engine, "before_cursor_execute", count)


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    return folder


def test_storing_touches_no_database_and_recording_is_one_transaction(profile, files, statements):
    case_id = _case(profile)
    paths = [_jpeg(files, f"p{n}.jpg", (n * 40, 10, 10)) for n in range(4)]
    statements.clear()
    seen = []

    stored = store_files(profile, paths, progress=lambda *step: seen.append(step))
    assert statements == []
    assert seen == [(n + 1, 4, f"p{n}.jpg") for n in range(4)]
    assert [item.shown for item in stored.items] == [p.name for p in paths]
    assert all(profile.blobs.exists(item.file.sha256) for item in stored.items)
    with profile.read() as session:  # stored, not yet evidence
        assert session.scalars(select(Evidence)).all() == []

    statements.clear()
    result = record_evidence(profile, case_id, stored)
    assert [s for s in statements if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE"]
    assert changes_of(result) == Changes(
        cases=frozenset({case_id}), evidence=frozenset(result.added)
    )
    with profile.read() as session:
        rows = session.scalars(select(Evidence).where(Evidence.case_id == case_id)).all()
        creates = session.scalars(
            select(Operation).where(Operation.entity == "evidence", Operation.action == "create")
        ).all()
    assert sorted(r.original_name for r in rows) == [p.name for p in paths]
    assert len(creates) == 4


def test_refusals_from_both_steps_come_back_in_the_order_offered(profile, files):
    case_id = _case(profile)
    photo = _jpeg(files, "belt.jpg")
    twin = files / "twin.jpg"
    twin.write_bytes(photo.read_bytes())
    empty = files / "empty.jpg"
    empty.write_bytes(b"")
    other = _jpeg(files, "box.jpg", (1, 2, 3))

    result = record_evidence(profile, case_id, store_files(profile, [photo, twin, empty, other]))
    assert [n for n, _ in result.refused] == ["twin.jpg", "empty.jpg"]
    assert result.refused[0][1] == "twin.jpg is already attached to this case as belt.jpg."
    assert len(result.added) == 2 and not result.removed


def test_cancelling_keeps_what_was_stored_and_reports_the_rest(profile, files):
    case_id = _case(profile)
    paths = [_jpeg(files, f"p{n}.jpg", (n * 40, 10, 10)) for n in range(4)]
    done = []
    stored = store_files(
        profile, paths, progress=lambda n, *_: done.append(n), cancelled=lambda: len(done) == 1
    )
    assert stored.cancelled and len(stored.items) == 1
    result = record_evidence(profile, case_id, stored)
    assert result.cancelled and len(result.added) == 1
    assert result.refused == [(f"p{n}.jpg", NOT_ADDED_CANCELLED) for n in (1, 2, 3)]


def test_a_copy_cleaned_up_between_the_steps_is_stored_again_not_lost(profile, files):
    """doctor --clean-orphans runs (under the write lock) between storing and recording:
    the record step hands the file back, it is stored again and recorded on the retry."""
    case_id = _case(profile)
    keep, lost = _jpeg(files, "keep.jpg"), _jpeg(files, "lost.jpg", (9, 9, 9))
    stored = store_files(profile, [keep, lost])
    profile.blobs.path_for(stored.items[1].file.sha256).unlink()  # what the clean-up does

    first = record_evidence(profile, case_id, stored)
    assert len(first.added) == 1 and not first.refused
    assert [item.shown for item in first.removed] == ["lost.jpg"]

    again = store_again(profile, first.removed)
    assert [item.position for item in again.items] == [1]
    result = first.then(record_evidence(profile, case_id, again, again=True))
    assert len(result.added) == 2 and not result.refused and not result.removed
    with profile.read() as session:
        names = session.scalars(select(Evidence.original_name).where(Evidence.case_id == case_id))
        assert sorted(names) == ["keep.jpg", "lost.jpg"]


def test_a_copy_cleaned_up_twice_in_a_row_is_refused_with_the_reason(profile, files):
    case_id = _case(profile)
    stored = store_files(profile, [_jpeg(files, "lost.jpg")])
    profile.blobs.path_for(stored.items[0].file.sha256).unlink()
    result = record_evidence(profile, case_id, stored, again=True)
    assert result.added == [] and not result.removed
    assert result.refused == [("lost.jpg", intake.BlobRemoved("lost.jpg").args[0])]


def test_recording_on_a_case_deleted_meanwhile_writes_nothing(profile, files):
    case_id = _case(profile)
    stored = store_files(profile, [_jpeg(files, "belt.jpg")])
    cases.delete_case(profile, case_id)
    with pytest.raises(NotFound):
        record_evidence(profile, case_id, stored)
    with profile.read() as session:
        assert session.scalars(select(Evidence)).all() == []
