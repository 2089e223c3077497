"""Raw messages go into the blob store together, durably, leaving no temporary file."""

from __future__ import annotations

import hashlib
import os

import pytest

from app.services.evidence.store import TEMP_PREFIX, BlobStore
from app.services.mail import intake_blobs
from app.services.mail.intake_blobs import put_many


def test_each_content_is_stored_once_under_its_digest(tmp_path):
    blobs = BlobStore(tmp_path / "blobs")
    contents = [b"Subject: one\n\nfirst", b"Subject: two\n\nsecond", b"Subject: one\n\nfirst"]
    shas = put_many(blobs, contents)
    assert shas == [hashlib.sha256(c).hexdigest() for c in contents]
    for sha, content in zip(shas, contents, strict=True):
        assert blobs.path_for(sha).read_bytes() == content
    assert not list(blobs.root.glob(f"{TEMP_PREFIX}*"))


def test_a_stored_copy_is_touched_and_an_altered_one_replaced(tmp_path):
    blobs = BlobStore(tmp_path / "blobs")
    (sha,) = put_many(blobs, [b"Subject: x\n\nbody"])
    path = blobs.path_for(sha)
    os.utime(path, (1_000_000, 1_000_000))
    put_many(blobs, [b"Subject: x\n\nbody"])
    assert path.stat().st_mtime > 1_000_000
    path.write_bytes(b"altered on disk")
    put_many(blobs, [b"Subject: x\n\nbody"])
    assert path.read_bytes() == b"Subject: x\n\nbody"


def test_a_failed_flush_leaves_no_temporary_file_and_no_blob(tmp_path, monkeypatch):
    blobs = BlobStore(tmp_path / "blobs")

    def disk_full(*_args):  # noqa: ANN202
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(intake_blobs, "_flush", disk_full)
    with pytest.raises(OSError, match="No space"):
        put_many(blobs, [b"Subject: a\n\n1", b"Subject: b\n\n2"])
    assert list(blobs.root.rglob("*")) == []
