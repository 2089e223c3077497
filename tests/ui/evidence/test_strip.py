"""The evidence strip alone, with 200 files: only what changed is touched, big fills are
spread over turns of the event loop, tooltips are written on hover, and a batch's
thumbnails come from one pool task."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
from collections import deque
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication

from app.services.cases.detail import EvidenceInfo
from app.services.evidence.store import MARKETPLACE_ATTACHMENT_LIMIT
from app.ui.core.i18n import Language
from app.ui.core.style import Tone, tint
from app.ui.core.tasks import Cancelled, Job, TaskManager
from app.ui.evidence import strip as strip_module
from app.ui.evidence.strip import EvidenceStrip
from app.ui.evidence.strip_thumbs import ThumbnailRequest, make_thumbnails
from app.ui.evidence.strip_tiles import EvidenceTile
from app.ui.evidence.thumbnails import THUMB_SIZE

FILES = 200
ADDED = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)


def _plain(text: str) -> str:
    """Text as read, without the direction isolates `fill` puts around each value."""
    return text.replace("\u2068", "").replace("\u2069", "")


@pytest.fixture(scope="module")
def blobs(tmp_path_factory) -> Path:
    """FILES small distinct JPEGs, named by their SHA-256 like the profile's blobs."""
    folder = tmp_path_factory.mktemp("blobs")
    for n in range(FILES):
        path = folder / "photo.tmp"
        photo = Image.new("RGB", (256, 48), (200, 60, 90))
        photo.paste((255, 255, 255), (0, 0, n + 1, 8))  # a band as long as the number
        photo.save(path, "JPEG")
        path.rename(folder / hashlib.sha256(path.read_bytes()).hexdigest())
    return folder


def _info(sha: str, name: str, media_type: str = "image/jpeg", **fields) -> EvidenceInfo:
    values = {
        "id": uuid.uuid4(),
        "sha256": sha,
        "size": 40_000,
        "media_type": media_type,
        "name": name,
        "kind": "photo",
        "caption": None,
        "captured_at": None,
        "added_at": ADDED,
        "added_by": "sam",
        "message_id": None,
    }
    values.update(fields)
    return EvidenceInfo(**values)


@pytest.fixture
def photos(blobs: Path) -> list[EvidenceInfo]:
    shas = sorted(p.name for p in blobs.iterdir())
    assert len(shas) == FILES
    return [_info(sha, f"IMG_{n:04d}.jpg") for n, sha in enumerate(shas)]


class _Spy:
    """Counts tiles made and tiles refreshed (by evidence id) and pool tasks asked for."""

    def __init__(self) -> None:
        self.made: list[uuid.UUID] = []
        self.refreshed: list[uuid.UUID] = []
        self.started = 0
        self.run = 0


@pytest.fixture
def spy(monkeypatch) -> _Spy:
    counts = _Spy()

    class CountedTile(EvidenceTile):
        def __init__(self, info, icon, thumbnail) -> None:  # noqa: ANN001
            counts.made.append(info.id)
            super().__init__(info, icon, thumbnail)

        def refresh(self, info) -> None:  # noqa: ANN001
            counts.refreshed.append(info.id)
            super().refresh(info)

    monkeypatch.setattr(strip_module, "EvidenceTile", CountedTile)
    return counts


@pytest.fixture
def strip(qtbot, blobs: Path, spy: _Spy):
    tasks = TaskManager()
    real_start, real_run = tasks.start, tasks.run

    def start(*args, **kwargs):
        spy.started += 1
        return real_start(*args, **kwargs)

    def run(*args, **kwargs):
        spy.run += 1
        return real_run(*args, **kwargs)

    tasks.start, tasks.run = start, run
    widget = EvidenceStrip(lambda sha: blobs / sha, tasks, Language("en-US"))
    qtbot.addWidget(widget)
    widget.resize(220, 600)
    widget.show()
    yield widget
    tasks.shutdown()


def _tiles(strip: EvidenceStrip) -> list[EvidenceTile]:
    return [strip.tile(row) for row in range(strip.count())]


def _settled(qtbot, strip: EvidenceStrip, count: int) -> None:
    """Wait until every tile is made and every thumbnail made so far is shown."""
    qtbot.waitUntil(lambda: strip.count() == count and not strip.pending, timeout=20_000)


def _all_thumbnails(qtbot, strip: EvidenceStrip) -> None:
    qtbot.waitUntil(lambda: all(t.thumbnail for t in _tiles(strip)), timeout=20_000)


def test_200_files_show_in_order_and_all_get_thumbnails_from_one_pool_task(
    qtbot, strip, photos, spy
):
    strip.show_files(photos)
    _settled(qtbot, strip, FILES)
    assert [t.text() for t in _tiles(strip)] == [i.name for i in photos]
    assert [t.info for t in _tiles(strip)] == photos
    _all_thumbnails(qtbot, strip)
    icon = strip.tile(FILES - 1).icon().pixmap(THUMB_SIZE).toImage()
    assert icon.pixelColor(icon.width() // 2, icon.height() // 2) != tint(Tone.FAINT)
    assert (spy.started, spy.run) == (1, 0)  # one task for the batch, not one per file
    assert len(spy.made) == FILES and not spy.refreshed


def test_a_big_fill_is_spread_over_turns_of_the_event_loop(qtbot, strip, photos, monkeypatch):
    monkeypatch.setattr(strip_module, "FILL_BATCH_SECONDS", 0.0)
    strip.show_files(photos)
    assert strip.count() < FILES and strip.pending >= FILES - strip.count()
    _settled(qtbot, strip, FILES)
    assert [t.info for t in _tiles(strip)] == photos


def test_a_changed_caption_updates_that_tile_alone(qtbot, strip, photos, spy):
    strip.show_files(photos)
    _settled(qtbot, strip, FILES)
    _all_thumbnails(qtbot, strip)
    before = _tiles(strip)
    made, started = len(spy.made), spy.started
    changed = list(photos)
    changed[57] = dataclasses.replace(photos[57], caption="Torn seam, left side")

    strip.show_files(changed)

    assert len(spy.made) == made  # no tile made again
    assert spy.refreshed == [photos[57].id]
    assert spy.started == started  # the same picture: no thumbnail asked for
    after = _tiles(strip)
    assert all(a is b for a, b in zip(after, before, strict=True))
    assert after[57].info.caption == "Torn seam, left side" and after[57].thumbnail


def test_new_files_are_added_without_making_the_others_again(qtbot, strip, photos, spy):
    strip.show_files(photos[:150])
    _settled(qtbot, strip, 150)
    before = _tiles(strip)
    strip.setCurrentRow(3)
    made = len(spy.made)

    strip.show_files(photos)
    _settled(qtbot, strip, FILES)

    after = _tiles(strip)
    assert all(a is b for a, b in zip(after[:150], before, strict=True))
    assert spy.made[made:] == [i.id for i in photos[150:]]
    assert [t.info for t in after] == photos
    assert strip.currentRow() == 3 and strip.tile(3).isSelected()
    _all_thumbnails(qtbot, strip)


def test_removed_files_disappear_and_the_rest_stay_as_they_are(qtbot, strip, photos, spy):
    strip.show_files(photos)
    _settled(qtbot, strip, FILES)
    kept_selected = strip.tile(100)
    kept_selected.setSelected(True)
    before = {t.info.id: t for t in _tiles(strip)}
    made = len(spy.made)
    remaining = [i for n, i in enumerate(photos) if n not in (0, 99, FILES - 1)]

    strip.show_files(remaining)
    _settled(qtbot, strip, FILES - 3)

    assert [t.info for t in _tiles(strip)] == remaining
    assert all(t is before[t.info.id] for t in _tiles(strip))
    assert len(spy.made) == made
    assert strip.selectedItems() == [kept_selected]


def test_files_in_another_order_move_their_tiles(qtbot, strip, photos, spy):
    strip.show_files(photos[:20])
    _settled(qtbot, strip, 20)
    before = {t.info.id: t for t in _tiles(strip)}
    made = len(spy.made)
    strip.show_files(photos[:20][::-1])
    _settled(qtbot, strip, 20)
    assert [t.info for t in _tiles(strip)] == photos[:20][::-1]
    assert all(t is before[t.info.id] for t in _tiles(strip))
    assert len(spy.made) == made


def test_another_case_replaces_every_tile(qtbot, strip, photos):
    strip.show_files(photos)
    other = [_info(photos[5].sha256, "same_picture.jpg"), _info("0" * 64, "gone.jpg")]
    strip.show_files(other)
    _settled(qtbot, strip, 2)
    assert [t.info for t in _tiles(strip)] == other
    qtbot.waitUntil(lambda: strip.tile(0).thumbnail, timeout=20_000)
    assert not strip.tile(1).thumbnail  # not on this computer: it keeps its placeholder


def test_a_file_without_thumbnail_shows_a_faint_tile_with_its_kind(qtbot, strip, photos, spy):
    receipt = _info("f" * 64, "receipt.txt", "text/plain", kind="receipt")
    strip.show_files([photos[0], receipt])
    _settled(qtbot, strip, 2)
    tile = strip.tile(1)
    assert not tile.thumbnail and tile.text() == "receipt.txt"
    image = tile.icon().pixmap(THUMB_SIZE).toImage()
    assert image.pixelColor(1, 1) == tint(Tone.FAINT)
    placeholder = tile.icon().cacheKey()

    strip.show_files([photos[0], dataclasses.replace(receipt, kind="shipping_label")])
    assert strip.tile(1) is tile and spy.refreshed == [receipt.id]
    assert tile.icon().cacheKey() != placeholder  # the label on the tile follows the kind


def test_a_tooltip_is_written_when_the_tile_is_hovered(qtbot, strip, photos):
    big = dataclasses.replace(
        photos[1], size=MARKETPLACE_ATTACHMENT_LIMIT + 1, caption="Box, all sides"
    )
    strip.show_files([photos[0], big])
    _settled(qtbot, strip, 2)
    tile = strip.tile(1)
    assert tile.toolTip() == ""  # nothing formatted up front

    def hover() -> None:
        point = strip.visualItemRect(tile).center()
        event = QHelpEvent(QEvent.ToolTip, point, strip.viewport().mapToGlobal(point))
        QApplication.sendEvent(strip.viewport(), event)

    hover()
    lines = _plain(tile.toolTip()).split("\n")
    assert lines[0] == big.name and lines[2] == "Box, all sides"
    assert lines[3].startswith("Added ") and lines[3].endswith(" by sam")
    assert lines[4] == "Over the marketplace's 10 MB limit for attachments."
    assert strip.tile(0).toolTip() == ""

    strip.show_files([photos[0], dataclasses.replace(big, caption="Box, top")])
    assert tile.toolTip() == ""  # changed: written again on the next hover
    hover()
    assert _plain(tile.toolTip()).split("\n")[2] == "Box, top"


def test_a_batch_hands_its_thumbnails_back_in_chunks_and_stops_when_cancelled(blobs, photos):
    requests = [ThumbnailRequest(i.sha256, blobs / i.sha256, i.media_type) for i in photos[:40]]
    reports: list[int] = []
    out: deque = deque()
    job = Job(lambda done, _total, _text: reports.append(done))
    assert make_thumbnails(job, requests, out, chunk=16, chunk_seconds=3600) == 40
    assert reports == [16, 32]  # the last 8 are taken when the task is done
    assert [sha for sha, _image in out] == [r.sha256 for r in requests]
    assert all(image is not None and not image.isNull() for _sha, image in out)

    job.cancel()
    with pytest.raises(Cancelled):
        make_thumbnails(job, requests, deque())
