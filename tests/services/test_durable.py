"""Atomic replacement: all or nothing, and a file others may read like any new file."""

from __future__ import annotations

import os
import stat

import pytest

from app.services.durable import replacing


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
