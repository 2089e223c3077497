"""Atomic replacement: all or nothing, and a file others may read like any new file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.services.core.durable import check_output_target, replacing
from app.services.core.errors import InvalidInput


def test_a_replaced_file_gets_the_usual_mode_not_mkstemps_0600(tmp_path):
    target = tmp_path / "bundle.zip"
    old = os.umask(0o022)
    try:
        with replacing(target) as out:
            out.write(b"zip")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"zip"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_failure_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "template.toml"
    target.write_text("old")
    with pytest.raises(RuntimeError), replacing(target) as out:
        out.write(b"half")
        raise RuntimeError("crash mid-write")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["template.toml"]


# ----------------------------------------------------------------------------- output targets


def test_output_target_inside_the_profile_is_refused_whatever_the_path(tmp_path):
    from app.services.core.durable import check_output_target
    from app.services.core.errors import InvalidInput

    profile = tmp_path / "profile"
    (profile / "blobs").mkdir(parents=True)
    (profile / "workbench.sqlite3").write_bytes(b"db")
    (tmp_path / "via").symlink_to(profile / "blobs")
    for target in (
        profile / "workbench.sqlite3",
        profile / "blobs" / "new.zip",
        tmp_path / "via" / "new.zip",
        profile / "blobs" / ".." / "x.zip",
    ):
        with pytest.raises(InvalidInput, match="inside the profile folder"):
            check_output_target(target, profile, overwrite=True)
    # the profile given through a link is still recognised
    (tmp_path / "profile-link").symlink_to(profile)
    with pytest.raises(InvalidInput, match="inside the profile folder"):
        check_output_target(profile / "x.zip", tmp_path / "profile-link", overwrite=True)


def test_output_target_refuses_what_is_not_a_regular_file(tmp_path):
    from app.services.core.durable import TargetExists, check_output_target
    from app.services.core.errors import InvalidInput

    (tmp_path / "dangling").symlink_to(tmp_path / "nothing")
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "fifo")
    refused = {
        tmp_path / "dangling": "symbolic link",
        tmp_path / "folder": "folder",
        tmp_path / "fifo": "named pipe",
        Path("/dev/null"): "device",
        tmp_path / "missing" / "x.zip": "does not exist",
    }
    for target, words in refused.items():
        with pytest.raises(InvalidInput, match=words):
            check_output_target(target, tmp_path / "profile", overwrite=True)

    existing = tmp_path / "old.zip"
    existing.write_bytes(b"old")
    with pytest.raises(TargetExists, match="already exists"):
        check_output_target(existing, tmp_path / "profile", overwrite=False)
    assert check_output_target(existing, tmp_path / "profile", overwrite=True) == existing
    new = tmp_path / "new.zip"
    assert check_output_target(new, None, overwrite=False) == new


def test_output_target_in_the_profile_by_another_path_is_refused(tmp_path):
    """A bind mount (root only) gives the profile folder a second path; the check compares
    folders by device and inode, not by name."""
    import subprocess

    root = tmp_path / "profile"
    root.mkdir()
    (root / "workbench.sqlite3").write_bytes(b"the database")
    other = tmp_path / "elsewhere"
    other.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "--bind", str(root), str(other)]).returncode:
        pytest.skip("a bind mount needs root")
    try:
        with pytest.raises(InvalidInput, match="inside the profile folder"):
            check_output_target(other / "workbench.sqlite3", root, overwrite=True)
        with pytest.raises(InvalidInput, match="inside the profile folder"):
            check_output_target(other / "new.zip", root, overwrite=True)
    finally:
        subprocess.run(["umount", str(other)], check=False)
    assert (root / "workbench.sqlite3").read_bytes() == b"the database"
