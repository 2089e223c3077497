"""The case's files as a strip of thumbnails (icon mode), two a row in the side column.

The strip keeps one tile per file, by evidence id, and a change touches only
what changed: new files get new tiles, removed ones lose theirs, a changed file
(caption, kind) updates its own tile. A big change (200 photos at once) makes
its tiles a few at a time, between other events, so the window never stalls.

Thumbnails for a batch of new files are made in one pool task and kept in a
small cache (`strip_thumbs`); until one arrives the file shows a tile with its
kind. Results are applied in small batches between other events too.
"""

from __future__ import annotations

import time
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QWidget

from app.services.cases.detail import EvidenceInfo
from app.ui.core.i18n import Language
from app.ui.core.tasks import TaskManager
from app.ui.evidence.strip_thumbs import ThumbnailCache, ThumbnailFeed, ThumbnailRequest
from app.ui.evidence.strip_tiles import EvidenceTile, PlaceholderTiles, tooltip_text
from app.ui.evidence.thumbnails import has_thumbnail

STRIP_ICON = QSize(84, 84)  # two files a row in the case's side column
THUMB_BATCH_SECONDS = 0.008  # thumbnails applied per turn of the event loop
FILL_BATCH_SECONDS = 0.012  # tiles made per turn of the event loop


class EvidenceStrip(QListWidget):
    """The files of the case shown, one `EvidenceTile` each, in the order given to `show_files`.

    Signals: QListWidget's own (the panel uses itemActivated and the context menu).
    """

    def __init__(
        self,
        path_for: Callable[[str], Path],
        tasks: TaskManager,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._path_for = path_for
        self._language = language
        self._thumbs = ThumbnailCache()
        self._placeholders = PlaceholderTiles()
        self._feed = ThumbnailFeed(tasks, self._thumbnail_ready)
        self._files: tuple[EvidenceInfo, ...] = ()  # what the strip shows, in order
        self._tiles: dict[uuid.UUID, EvidenceTile] = {}
        self._filled = 0  # rows known to show self._files in order
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill)
        self._ready_thumbs: deque[tuple[str, QImage]] = deque()
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setSingleShot(True)
        self._thumb_timer.setInterval(0)
        self._thumb_timer.timeout.connect(self._apply_thumbnails)
        self.setObjectName("evidence")
        self.setViewMode(QListView.IconMode)
        self.setIconSize(STRIP_ICON)
        self.setGridSize(STRIP_ICON + QSize(14, 40))
        self.setResizeMode(QListView.Adjust)
        self.setMovement(QListView.Static)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListWidget.ExtendedSelection)
        self.setMinimumHeight(STRIP_ICON.height() + 52)

    @property
    def pending(self) -> int:
        """Tiles not made yet plus thumbnails made but not shown yet."""
        return len(self._files) - self._filled + len(self._ready_thumbs)

    def show_files(self, evidence: Sequence[EvidenceInfo]) -> None:
        """Show these files, in this order, changing only the tiles that differ."""
        self._files = tuple(evidence)
        wanted = {info.id: info for info in self._files}
        self._feed.keep_only(info.sha256 for info in self._files)
        gone = [tile for key, tile in self._tiles.items() if key not in wanted]
        self.setUpdatesEnabled(False)
        try:
            if gone and len(gone) == len(self._tiles):
                self._tiles.clear()
                self.clear()
            else:
                for tile in gone:
                    del self._tiles[tile.info.id]
                    self.takeItem(self.row(tile))
            requests: dict[str, ThumbnailRequest] = {}
            in_flight = self._feed.in_flight
            for info in self._files:
                tile = self._tiles.get(info.id)
                new_content = tile is None or tile.info.sha256 != info.sha256
                if tile is not None and tile.info != info:
                    tile.refresh(info)
                    if not tile.thumbnail:
                        tile.show_icon(*self._icon(info))
                if new_content and self._needs_thumbnail(info, in_flight):
                    requests.setdefault(info.sha256, self._request(info))
            self._filled = 0
            self._fill_rows(time.perf_counter() + FILL_BATCH_SECONDS)
        finally:
            self.setUpdatesEnabled(True)
        self._feed.request(list(requests.values()))  # after the tiles: it competes for the GIL

    def tile(self, row: int) -> EvidenceTile | None:
        """The tile at `row` (None when there is none)."""
        item = self.item(row)
        return item if isinstance(item, EvidenceTile) else None

    # Tiles ----------------------------------------------------------------------------

    def _fill(self) -> None:
        self.setUpdatesEnabled(False)
        try:
            self._fill_rows(time.perf_counter() + FILL_BATCH_SECONDS)
        finally:
            self.setUpdatesEnabled(True)

    def _fill_rows(self, deadline: float) -> None:
        """Put the tiles in the order of the files, making missing ones until `deadline`.

        Whatever is left is done on the next turns of the event loop (at least one
        tile is made each time, however busy the machine).
        """
        made = 0
        for row in range(self._filled, len(self._files)):
            info = self._files[row]
            tile = self._tiles.get(info.id)
            if tile is None:
                if made and time.perf_counter() > deadline:
                    self._fill_timer.start()
                    return
                made += 1
                icon, thumbnail = self._icon(info)
                tile = self._tiles[info.id] = EvidenceTile(info, icon, thumbnail)
                self.insertItem(row, tile)
            elif self.item(row) is not tile:
                self.takeItem(self.row(tile))  # moved: the files came in another order
                self.insertItem(row, tile)
            self._filled = row + 1
        self._fill_timer.stop()

    def _icon(self, info: EvidenceInfo) -> tuple[QIcon, bool]:
        """The file's thumbnail if there is one yet, else its placeholder (and which it is)."""
        icon = self._thumbs.get(info.sha256)
        if icon is not None:
            return icon, True
        return self._placeholders.icon(info), False

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.ToolTip:
            tile = self.itemAt(event.pos())
            if isinstance(tile, EvidenceTile) and not tile.toolTip():
                tile.setToolTip(tooltip_text(tile.info, self._language))
        return super().viewportEvent(event)

    # Thumbnails -----------------------------------------------------------------------

    def _needs_thumbnail(self, info: EvidenceInfo, in_flight: frozenset[str]) -> bool:
        return (
            has_thumbnail(info.media_type)
            and info.sha256 not in in_flight
            and self._thumbs.get(info.sha256) is None
        )

    def _request(self, info: EvidenceInfo) -> ThumbnailRequest:
        return ThumbnailRequest(info.sha256, self._path_for(info.sha256), info.media_type)

    def _thumbnail_ready(self, sha: str, image: QImage | None) -> None:
        """Queue a thumbnail; they are applied in small batches between other events.

        Hundreds of results can arrive in one go after a big import; applying
        them all at once would hold the main thread for a visible moment.
        """
        if image is None:
            return
        self._ready_thumbs.append((sha, image))
        if not self._thumb_timer.isActive():
            self._thumb_timer.start()

    def _apply_thumbnails(self) -> None:
        deadline = time.perf_counter() + THUMB_BATCH_SECONDS
        by_sha: dict[str, list[EvidenceTile]] = {}
        for tile in self._tiles.values():
            by_sha.setdefault(tile.info.sha256, []).append(tile)
        while self._ready_thumbs and time.perf_counter() < deadline:
            sha, image = self._ready_thumbs.popleft()
            icon = QIcon(QPixmap.fromImage(image))
            self._thumbs.put(sha, icon)
            for tile in by_sha.get(sha, ()):
                tile.show_icon(icon, True)
        if self._ready_thumbs:
            self._thumb_timer.start()
