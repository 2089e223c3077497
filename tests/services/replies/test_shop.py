"""The shop's own reply templates: rows written with operations, deleted by tombstones, and
the files of older versions imported once."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models.entities import Operation, ReplyTemplate
from app.services.core.errors import InvalidInput
from app.services.core.profile import Profile
from app.services.replies import (
    TemplateProblem,
    delete_shop_template,
    import_template_files,
    load_library,
    restore_shop_template,
    save_shop_template,
    template_to_toml,
)
from tests.services.replies.test_templates import LIBRARY_FILES, shop_text


def _rows(profile: Profile, key: str) -> list[ReplyTemplate]:
    with profile.read() as session:
        return list(session.scalars(select(ReplyTemplate).where(ReplyTemplate.key == key)))


def _operations(profile: Profile, entity: str = "reply_template") -> list[Operation]:
    with profile.read() as session:
        return list(
            session.scalars(
                select(Operation).where(Operation.entity == entity).order_by(Operation.hlc)
            )
        )


def test_save_load_delete_and_restore_are_operations_and_tombstones(profile, clock):
    text = "# our own wording\n" + shop_text(en="Thanks, order {order_id}.")
    saved = save_shop_template(profile, text)
    assert saved.key == "custom_note" and saved.changes.empty
    assert saved.template.source == "shop" and saved.template.path is None
    (row,) = _rows(profile, "custom_note")
    assert row.id == saved.template_id and row.source == text  # as written, comment included
    assert row.deleted_at is None
    assert not (profile.root / "replies").exists()  # no file any more
    assert load_library(profile).get("custom_note") == saved.template

    clock.advance(minutes=1)
    deleted = delete_shop_template(profile, "custom_note")
    assert deleted.template is None and deleted.template_id == saved.template_id
    with pytest.raises(InvalidInput):
        load_library(profile).get("custom_note")
    (row,) = _rows(profile, "custom_note")  # a tombstone, not a hard delete
    assert row.deleted_at == clock.current and row.source == text
    with pytest.raises(InvalidInput, match="no reply template called 'custom_note'"):
        delete_shop_template(profile, "custom_note")

    clock.advance(minutes=1)
    restored = restore_shop_template(profile, "custom_note")
    assert restored.template == saved.template
    assert load_library(profile).get("custom_note") == saved.template
    with pytest.raises(InvalidInput, match="not deleted"):
        restore_shop_template(profile, "custom_note")

    operations = _operations(profile)
    assert [op.action for op in operations] == ["create", "delete", "restore"]
    assert {op.entity_id for op in operations} == {saved.template_id}
    assert {op.actor for op in operations} == {"tester"}
    assert all(op.case_id is None for op in operations)
    assert operations[0].data["key"] == [None, "custom_note"]
    assert operations[0].data["source"] == [None, text]
    assert operations[1].data["deleted_at"][0] is None
    assert operations[2].data["deleted_at"][1] is None


def test_saving_again_changes_the_row_and_the_same_text_is_no_operation(profile):
    first = save_shop_template(profile, shop_text(en="Order {order_id}."))
    second = save_shop_template(profile, shop_text(en="Your order {order_id}."))
    assert second.template_id == first.template_id
    save_shop_template(profile, shop_text(en="Your order {order_id}."))
    operations = _operations(profile)
    assert [op.action for op in operations] == ["create", "update"]
    before, after = operations[1].data["source"]
    assert "Order {order_id}." in before and "Your order {order_id}." in after


def test_saving_the_key_of_a_deleted_template_brings_its_row_back(profile):
    first = save_shop_template(profile, shop_text(en="Order {order_id}."))
    delete_shop_template(profile, "custom_note")
    again = save_shop_template(profile, shop_text(en="New words for {order_id}."))
    assert again.template_id == first.template_id
    assert len(_rows(profile, "custom_note")) == 1
    last = _operations(profile)[-1]
    assert last.action == "restore" and last.data["deleted_at"][1] is None
    assert "New words" in last.data["source"][1]
    assert "New words" in load_library(profile).get("custom_note").variants["en"].body


def test_a_template_with_a_problem_is_not_saved(profile):
    with pytest.raises(TemplateProblem, match="unknown placeholder"):
        save_shop_template(profile, shop_text(en="{order_id} {coupon_code}"))
    assert _rows(profile, "custom_note") == [] and _operations(profile) == []


def test_saving_replaces_the_library_template_and_deleting_shows_it_again(profile):
    library_one = load_library().get("refund_issued")
    mine = dataclasses.replace(library_one, source="shop", path=None)
    save_shop_template(profile, template_to_toml(mine))
    assert load_library(profile).get("refund_issued").source == "shop"
    assert len(load_library(profile).templates) == len(LIBRARY_FILES)
    delete_shop_template(profile, "refund_issued")
    assert load_library(profile).get("refund_issued") == library_one


def test_the_library_reads_a_profiles_folder_too(profile):
    """What `workbench replies list` passes: the folder of a profile open elsewhere."""
    save_shop_template(profile, shop_text())
    assert load_library(profile.root).get("custom_note") == load_library(profile).get("custom_note")


# --- the files of older versions ------------------------------------------------------


def _old_files(root: Path, files: dict[str, str]) -> Path:
    folder = root / "replies"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_files_left_by_an_older_version_are_imported_once_on_open(profile_dir, clock):
    folder = _old_files(
        profile_dir,
        {
            "custom_note.toml": shop_text(),
            "refund_issued.toml": shop_text(key="refund_issued"),
            "broken.toml": 'key = "broken"\nbody = """never closed\n',
            "Not A Key.toml": shop_text(key="not_a_key"),
        },
    )
    profile = Profile.open(profile_dir, agent="Mina", now=clock)
    try:
        assert sorted(p.name for p in folder.iterdir()) == ["Not A Key.toml"]
        moved = profile_dir / "replies.imported"
        assert sorted(p.name for p in moved.iterdir()) == [
            "broken.toml",
            "custom_note.toml",
            "refund_issued.toml",
        ]
        assert (moved / "custom_note.toml").read_text(encoding="utf-8") == shop_text()
        operations = _operations(profile)
        assert [op.action for op in operations] == ["create"] * 3
        assert {op.actor for op in operations} == {"Mina"}
        assert {op.data["key"][1] for op in operations} == {
            "broken",
            "custom_note",
            "refund_issued",
        }

        library = load_library(profile)
        assert library.get("custom_note").source == "shop"
        assert library.get("refund_issued").source == "shop"  # replaces the library's
        assert library.get("wrong_size_return").source == "library"
        problems = sorted(str(p) for p in library.problems)
        assert len(problems) == 2  # reported, never fatal
        assert "Shop reply template Not A Key.toml" in problems[0]
        assert "Shop reply template broken.toml" in problems[1]
        assert len(library.templates) == len(LIBRARY_FILES) + 1
    finally:
        profile.close()

    again = Profile.open(profile_dir, now=clock)
    try:
        assert len(_operations(again)) == 3
    finally:
        again.close()


def test_an_import_cut_short_after_a_commit_imports_nothing_twice(profile_dir, clock):
    """The rows committed but the files were not moved yet (a crash): the next run moves
    them without storing them again, and imports the rest."""
    profile = Profile.open(profile_dir, agent="Mina", now=clock)
    try:
        folder = _old_files(profile.root, {"custom_note.toml": shop_text()})
        assert import_template_files(profile).imported == ("custom_note",)
        moved = profile.root / "replies.imported" / "custom_note.toml"
        moved.rename(folder / "custom_note.toml")  # as if the move never happened
        _old_files(profile.root, {"late_note.toml": shop_text(key="late_note")})

        result = import_template_files(profile)
        assert result.imported == ("late_note",)
        assert sorted(p.name for p in result.moved) == ["custom_note.toml", "late_note.toml"]
        assert not any(folder.iterdir())
        assert [op.action for op in _operations(profile)] == ["create", "create"]

        # A file put there later with other words is newer: it changes the row, and its
        # name is taken in replies.imported, so it gets the next one.
        _old_files(profile.root, {"custom_note.toml": shop_text(en="Later {order_id}.")})
        result = import_template_files(profile)
        assert [p.name for p in result.moved] == ["custom_note.2.toml"]
        assert [op.action for op in _operations(profile)] == ["create", "create", "update"]
        assert "Later" in load_library(profile).get("custom_note").variants["en"].body
    finally:
        profile.close()


def test_a_profile_opened_to_read_offers_files_not_imported_yet(profile_dir, clock):
    Profile.open(profile_dir, now=clock).close()
    _old_files(profile_dir, {"custom_note.toml": shop_text()})
    reader = Profile.open(profile_dir, now=clock, read_only=True)
    try:
        assert load_library(reader).get("custom_note").source == "shop"
        assert (profile_dir / "replies" / "custom_note.toml").exists()  # nothing written
    finally:
        reader.close()
