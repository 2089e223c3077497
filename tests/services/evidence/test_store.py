"""Evidence files: checks, size limits, EXIF, odd files, atomic content-addressed storage.

File types, sniffing, safe names and programs: test_store_types.py.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import io
import os
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from app.models.db import StorageError
from app.services.core.errors import InvalidInput
from app.services.evidence.store import BlobStore, store_evidence_file
from tests.services.evidence.test_store_types import (
    image_bytes,
    leftovers,
    write_incoming,
)


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs")


# ----------------------------------------------------------------------------- checking files


def test_stores_a_photo_with_its_type_and_name(tmp_path, blobs):
    data = image_bytes("JPEG")
    stored = store_evidence_file(blobs, write_incoming(tmp_path, "Foto vom Gürtel.JPG", data))
    assert stored.media_type == "image/jpeg"
    assert stored.size == len(data)
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.name == "Foto vom Gürtel.JPG"
    path = blobs.path_for(stored.sha256)
    assert path == blobs.root / stored.sha256[:2] / stored.sha256
    assert path.read_bytes() == data
    assert leftovers(blobs) == [path]


def test_an_empty_file_is_refused(tmp_path, blobs):
    with pytest.raises(InvalidInput, match="empty"):
        store_evidence_file(blobs, write_incoming(tmp_path, "receipt.pdf", b""))


def test_a_missing_file_is_refused(tmp_path, blobs):
    with pytest.raises(InvalidInput, match="does not exist"):
        store_evidence_file(blobs, tmp_path / "gone.jpg")


def test_a_folder_is_refused(tmp_path, blobs):
    folder = tmp_path / "photos.jpg"
    folder.mkdir()
    with pytest.raises(InvalidInput, match="folder"):
        store_evidence_file(blobs, folder)


def test_a_file_over_the_limit_is_refused_with_both_sizes(tmp_path, blobs):
    with pytest.raises(InvalidInput) as caught:
        store_evidence_file(blobs, write_incoming(tmp_path, "big.txt", b"x" * 3000), max_bytes=2048)
    message = str(caught.value)
    assert "big.txt" in message
    assert "2.9 KB" in message and "2.0 KB" in message
    assert leftovers(blobs) == []
    with pytest.raises(InvalidInput, match=r"30\.0 MB.*25\.0 MB"):
        source = write_incoming(tmp_path, "huge.bin", b"")
        with source.open("wb") as handle:
            handle.truncate(30 * 1024 * 1024)  # sparse: cheap to make
        store_evidence_file(blobs, source)
    # Exactly at the limit is allowed.
    assert store_evidence_file(
        blobs, write_incoming(tmp_path, "ok.txt", b"y" * 2048), max_bytes=2048
    )


def test_the_same_content_is_stored_once(tmp_path, blobs):
    data = image_bytes("PNG")
    first = store_evidence_file(blobs, write_incoming(tmp_path, "a.png", data))
    second = store_evidence_file(blobs, write_incoming(tmp_path, "b.png", data))
    assert first.sha256 == second.sha256
    assert (first.name, second.name) == ("a.png", "b.png")
    assert leftovers(blobs) == [blobs.path_for(first.sha256)]


def test_put_bytes_works_on_a_new_store(blobs):
    sha, size = blobs.put_bytes(b"demo receipt")
    assert (sha, size) == (hashlib.sha256(b"demo receipt").hexdigest(), 12)
    assert blobs.exists(sha)
    assert leftovers(blobs) == [blobs.path_for(sha)]


def test_path_for_refuses_anything_but_a_digest(blobs):
    for bad in ("../../etc/passwd", "ABC", "g" * 64, "A" * 64):
        with pytest.raises(ValueError):
            blobs.path_for(bad)


# ----------------------------------------------------------------------------- atomic writes


def test_disk_full_during_fsync_leaves_nothing(tmp_path, blobs, monkeypatch):
    source = write_incoming(tmp_path, "scan.pdf", b"%PDF-1.4\n" + b"x" * 5000)

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(StorageError) as caught:
        store_evidence_file(blobs, source)
    assert caught.value.kind == "disk_full"
    assert leftovers(blobs) == []


class _SourceThatFailsMidway(type(Path())):
    """A source file whose second chunk cannot be read (a USB stick pulled out mid-copy)."""

    def open(self, mode: str = "r", *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        handle = super().open(mode, *args, **kwargs)
        real_read = handle.read
        calls = []

        def read(size: int = -1) -> bytes:
            calls.append(size)
            if len(calls) > 1:
                raise OSError(5, "Input/output error")
            return real_read(size)

        handle.read = read
        return handle


def test_a_read_error_mid_copy_leaves_nothing(tmp_path, blobs):
    written = write_incoming(tmp_path, "video-still.png", os.urandom(3 * 1024 * 1024))
    with pytest.raises(OSError, match="Input/output"):
        blobs.put_file(_SourceThatFailsMidway(written))
    assert leftovers(blobs) == []


# ----------------------------------------------------------------------------- EXIF


def test_exif_capture_time_is_read_from_a_jpeg(tmp_path, blobs):
    exif = Image.Exif()
    exif[306] = "2026:01:01 00:00:00"  # DateTime (last edit): the fallback
    exif.get_ifd(0x8769)[36867] = "2026:11:20 14:30:05"  # DateTimeOriginal
    stored = store_evidence_file(
        blobs, write_incoming(tmp_path, "camera.jpg", image_bytes("JPEG", exif=exif))
    )
    assert stored.captured_at == dt.datetime(2026, 11, 20, 14, 30, 5, tzinfo=dt.UTC)


def test_exif_offset_of_the_camera_is_honoured(tmp_path, blobs):
    """A phone in Seoul writes local time plus OffsetTimeOriginal; we store the UTC instant."""
    exif = Image.Exif()
    exif.get_ifd(0x8769)[36867] = "2026:11:20 14:30:05"
    exif.get_ifd(0x8769)[36881] = "+09:00"
    stored = store_evidence_file(
        blobs, write_incoming(tmp_path, "seoul.jpg", image_bytes("JPEG", exif=exif))
    )
    assert stored.captured_at == dt.datetime(2026, 11, 20, 5, 30, 5, tzinfo=dt.UTC)


def test_exif_without_dates_or_with_nonsense_gives_none(tmp_path, blobs):
    plain = store_evidence_file(blobs, write_incoming(tmp_path, "plain.jpg", image_bytes("JPEG")))
    assert plain.captured_at is None
    exif = Image.Exif()
    exif.get_ifd(0x8769)[36867] = "0000:00:00 00:00:00"
    zeroed = store_evidence_file(
        blobs, write_incoming(tmp_path, "zeroed.jpg", image_bytes("JPEG", exif=exif))
    )
    assert zeroed.captured_at is None
    assert (
        store_evidence_file(blobs, write_incoming(tmp_path, "a.pdf", b"%PDF-1.4")).captured_at
        is None
    )


# ----------------------------------------------------------------------------- odd files


def test_photos_keep_their_exif_orientation_untouched(tmp_path, blobs):
    for orientation in range(1, 9):
        exif = Image.Exif()
        exif[0x0112] = orientation
        data = image_bytes("JPEG", exif=exif)
        stored = store_evidence_file(blobs, write_incoming(tmp_path, f"o{orientation}.jpg", data))
        kept = blobs.path_for(stored.sha256).read_bytes()
        assert kept == data
        with Image.open(io.BytesIO(kept)) as image:
            assert image.getexif()[0x0112] == orientation


def test_a_truncated_jpeg_is_still_evidence(tmp_path, blobs):
    exif = Image.Exif()
    exif.get_ifd(0x8769)[36867] = "2026:11:20 14:30:05"
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (90, 60, 30)).save(out, "JPEG", exif=exif, quality=95)
    cut = out.getvalue()[: len(out.getvalue()) // 2]
    stored = store_evidence_file(blobs, write_incoming(tmp_path, "half.jpg", cut))
    assert (stored.media_type, stored.size) == ("image/jpeg", len(cut))
    assert stored.captured_at == dt.datetime(2026, 11, 20, 14, 30, 5, tzinfo=dt.UTC)


def huge_png(width: int = 30_000, height: int = 30_000) -> bytes:
    """A valid 1-bit greyscale PNG of that size, built without allocating its pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte, then the packed pixels
    packer = zlib.compressobj(9)
    rows_at_once = 1000
    idat = b"".join(packer.compress(row * rows_at_once) for _ in range(height // rows_at_once))
    idat += packer.compress(row * (height % rows_at_once)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def test_a_30000_pixel_square_png_is_stored_as_bytes(tmp_path, blobs):
    data = huge_png()
    assert len(data) < 1024 * 1024
    stored = store_evidence_file(blobs, write_incoming(tmp_path, "scan.png", data))
    assert (stored.media_type, stored.captured_at) == ("image/png", None)
    assert blobs.path_for(stored.sha256).read_bytes() == data


def test_a_file_named_with_windows_illegal_characters_is_stored_safely(tmp_path, blobs):
    stored = store_evidence_file(
        blobs, write_incoming(tmp_path, 'a<b>:c"d|e?f*.jpg', image_bytes("JPEG"))
    )
    assert stored.name == "a_b__c_d_e_f_.jpg"


# ----------------------------------------------------------------------------- failures mid-copy


def _after_reads(monkeypatch, reads: int, action) -> None:  # noqa: ANN001
    """Run `action()` once os.read has been called `reads` times (the copy is under way)."""
    real_read = os.read
    calls = []

    def read(fd: int, size: int) -> bytes:
        calls.append(size)
        if len(calls) == reads + 1:
            action()
        return real_read(fd, size)

    monkeypatch.setattr(os, "read", read)


def test_a_file_deleted_while_it_is_read_is_not_stored(tmp_path, blobs, monkeypatch):
    source = write_incoming(
        tmp_path, "phone-sync.jpg", b"\xff\xd8\xff\xe0" + os.urandom(3 * 1024 * 1024)
    )
    _after_reads(monkeypatch, 2, source.unlink)
    with pytest.raises(InvalidInput, match="changed or disappeared while it was being read"):
        store_evidence_file(blobs, source)
    assert leftovers(blobs) == []


def test_a_file_cut_short_while_it_is_read_is_not_stored(tmp_path, blobs, monkeypatch):
    source = write_incoming(tmp_path, "scan.pdf", b"%PDF-1.4\n" + os.urandom(3 * 1024 * 1024))
    _after_reads(monkeypatch, 2, lambda: os.truncate(source, 1024 * 1024 + 100))
    with pytest.raises(InvalidInput, match="changed or disappeared"):
        store_evidence_file(blobs, source)
    assert leftovers(blobs) == []


def test_a_file_growing_while_it_is_read_is_not_stored(tmp_path, blobs, monkeypatch):
    source = write_incoming(tmp_path, "video.txt", b"a" * (2 * 1024 * 1024))

    def grow() -> None:
        with source.open("ab") as handle:
            handle.write(b"b" * (3 * 1024 * 1024))

    _after_reads(monkeypatch, 1, grow)
    with pytest.raises(InvalidInput, match="changed or disappeared"):
        store_evidence_file(blobs, source)
    assert leftovers(blobs) == []


def test_a_disk_that_fills_mid_write_leaves_nothing(tmp_path, blobs, monkeypatch):
    source = write_incoming(tmp_path, "scan.pdf", b"%PDF-1.4\n" + os.urandom(3 * 1024 * 1024))
    real_write = os.write
    written = []

    def write(fd: int, data: bytes) -> int:
        if sum(written) >= 1024 * 1024 + 5000:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(len(data))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    with pytest.raises(StorageError) as caught:
        store_evidence_file(blobs, source)
    assert caught.value.kind == "disk_full"
    assert "disk is full" in str(caught.value)
    assert leftovers(blobs) == []


def test_short_writes_are_completed(tmp_path, blobs, monkeypatch):
    data = os.urandom(100_000)
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, chunk: real_write(fd, bytes(chunk[:777])))
    stored = store_evidence_file(blobs, write_incoming(tmp_path, "noise.bin", data))
    assert blobs.path_for(stored.sha256).read_bytes() == data


def test_a_read_error_of_the_source_is_explained(tmp_path, blobs, monkeypatch):
    source = write_incoming(
        tmp_path, "usb-stick.jpg", b"\xff\xd8\xff\xe0" + os.urandom(2 * 1024 * 1024)
    )
    real_read = os.read
    calls = []

    def read(fd: int, size: int) -> bytes:
        calls.append(size)
        if len(calls) > 1:
            raise OSError(errno.EIO, "Input/output error")
        return real_read(fd, size)

    monkeypatch.setattr(os, "read", read)
    with pytest.raises(InvalidInput, match=r"usb-stick.jpg: the file could not be read \(Input"):
        store_evidence_file(blobs, source)
    assert leftovers(blobs) == []


# ----------------------------------------------------------------------------- blobs


def test_storing_again_heals_a_blob_altered_on_disk_and_refreshes_its_time(tmp_path, blobs):
    data = image_bytes("PNG")
    source = write_incoming(tmp_path, "shot.png", data)
    stored = store_evidence_file(blobs, source)
    path = blobs.path_for(stored.sha256)
    path.write_bytes(b"X" + data[1:])  # one byte flipped, same size
    os.utime(path, (1_000_000_000, 1_000_000_000))
    store_evidence_file(blobs, source)
    assert path.read_bytes() == data
    assert path.stat().st_mtime > 1_000_000_000
    assert leftovers(blobs) == [path]


# ----------------------------------------------------------------------------- links


def test_a_link_is_refused_unless_the_agent_picked_it(tmp_path, blobs):
    target = write_incoming(tmp_path, "secret.txt", b"the agent's own notes")
    link = tmp_path / "incoming" / "receipt.txt"
    link.symlink_to(target)
    with pytest.raises(InvalidInput) as caught:
        store_evidence_file(blobs, link)
    assert str(caught.value).startswith(
        "receipt.txt is a link to another file; it was not attached"
    )
    assert leftovers(blobs) == []
    stored = store_evidence_file(blobs, link, follow_symlinks=True)
    assert blobs.path_for(stored.sha256).read_bytes() == b"the agent's own notes"


def test_a_dangling_link_is_refused_as_a_link(tmp_path, blobs):
    link = tmp_path / "gone.jpg"
    link.symlink_to(tmp_path / "nowhere.jpg")
    with pytest.raises(InvalidInput, match="is a link to another file"):
        store_evidence_file(blobs, link)


def test_a_file_swapped_for_a_link_after_the_check_is_refused(tmp_path, blobs, monkeypatch):
    target = write_incoming(tmp_path, "secret.txt", b"private")
    source = write_incoming(tmp_path, "note.txt", b"ordinary")
    real_open = os.open

    def swap_then_open(path, flags, *args):  # noqa: ANN001, ANN002, ANN202
        if Path(path) == source:
            source.unlink()
            source.symlink_to(target)
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", swap_then_open)
    with pytest.raises(InvalidInput, match="is a link to another file"):
        store_evidence_file(blobs, source)
    assert leftovers(blobs) == []


# ----------------------------------------------------------------------------- copies in progress


def test_an_incoming_file_is_locked_while_it_is_written(blobs):
    import threading

    from app.services.evidence.store import TEMP_PREFIX, incoming_in_progress

    seen: list[bool] = []
    writing, may_finish = threading.Event(), threading.Event()
    chunks = [b"first half ", b"second half"]

    def read(_size: int) -> bytes:
        if len(chunks) == 1:
            writing.set()
            may_finish.wait(10)
        return chunks.pop(0) if chunks else b""

    worker = threading.Thread(target=lambda: seen.append(bool(blobs.put_stream(read))))
    worker.start()
    assert writing.wait(10)
    [incoming] = list(blobs.root.glob(f"{TEMP_PREFIX}*"))
    assert incoming_in_progress(incoming) is True
    may_finish.set()
    worker.join(10)
    assert seen == [True]
    assert not incoming.exists() and incoming_in_progress(incoming) is False


def test_an_incoming_file_left_by_a_crash_is_not_in_progress(blobs, tmp_path):
    import subprocess
    import sys

    from app.services.evidence.store import incoming_in_progress

    blobs.root.mkdir(parents=True)
    left = blobs.root / ".incoming-abc123"
    left.write_bytes(b"half a photo")
    assert incoming_in_progress(left) is False
    # A second process holding the lock (another Workbench copying a file in).
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, sys, time\n"
            f"f = open({str(left)!r}, 'rb'); fcntl.flock(f, fcntl.LOCK_EX)\n"
            "print('locked', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout.readline() == b"locked\n"
        assert incoming_in_progress(left) is True
    finally:
        holder.communicate(b"", timeout=10)
    assert incoming_in_progress(left) is False
    assert incoming_in_progress(blobs.root / ".incoming-vanished") is False
