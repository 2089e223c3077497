"""The case's files as a strip of thumbnails (icon mode), two a row in the side column.

Thumbnails are made on the pool and kept in a small cache; until one
arrives the file shows a tile with its kind. Results are applied in small
batches between other events: hundreds can arrive at once after a big import.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import (
    QIcon,
    QImage,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.services.cases.detail import EvidenceInfo
from app.services.evidence.store import MARKETPLACE_ATTACHMENT_LIMIT
from app.ui.core.i18n import Language, fill, translate
from app.ui.core.labels import evidence_kind_label
from app.ui.core.style import Tone, colour, tint
from app.ui.core.tasks import TaskManager
from app.ui.evidence.thumbnails import THUMB_SIZE, make_thumbnail

THUMB_CACHE_SIZE = 400
STRIP_ICON = QSize(84, 84)  # two files a row in the case's side column
THUMB_BATCH_SECONDS = 0.008  # thumbnails applied per turn of the event loop


class _ThumbCache:
    """The last few hundred thumbnails, by content hash (shared by every case)."""

    def __init__(self, size: int = THUMB_CACHE_SIZE) -> None:
        self._icons: OrderedDict[str, QIcon] = OrderedDict()
        self._size = size

    def get(self, sha: str) -> QIcon | None:
        icon = self._icons.get(sha)
        if icon is not None:
            self._icons.move_to_end(sha)
        return icon

    def put(self, sha: str, icon: QIcon) -> None:
        self._icons[sha] = icon
        self._icons.move_to_end(sha)
        while len(self._icons) > self._size:
            self._icons.popitem(last=False)


class EvidenceStrip(QListWidget):
    def __init__(
        self,
        path_for: Callable[[str], Path],
        tasks: TaskManager,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._path_for = path_for
        self._tasks = tasks
        self._language = language
        self._thumbs = _ThumbCache()
        self._tiles: dict[str, QIcon] = {}
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
        """Thumbnails made but not shown yet."""
        return len(self._ready_thumbs)

    def show_files(self, evidence: Sequence[EvidenceInfo]) -> None:
        self.clear()
        for info in evidence:
            icon = self._thumbs.get(info.sha256)
            item = QListWidgetItem(icon or self._tile(info), info.name)
            item.setData(Qt.UserRole, info.sha256)
            item.setToolTip(self._tooltip(info))
            self.addItem(item)
            if icon is None:
                self._tasks.run(
                    make_thumbnail,
                    self._path_for(info.sha256),
                    info.media_type,
                    on_done=partial(self._thumbnail_ready, info.sha256),
                )

    def _tooltip(self, info: EvidenceInfo) -> str:
        lines = [
            info.name,
            evidence_kind_label(info.kind) + " · " + self._language.file_size(info.size),
            info.caption or "",
            fill(
                translate("CaseSidebar", "Added %1 by %2"),
                self._language.full(info.added_at),
                info.added_by or "?",
            ),
        ]
        if info.size > MARKETPLACE_ATTACHMENT_LIMIT:
            lines.append(
                translate("Evidence", "Over the marketplace's 10 MB limit for attachments.")
            )
        return "\n".join(x for x in lines if x)

    def _tile(self, info: EvidenceInfo) -> QIcon:
        """A plain tile until (or instead of) a thumbnail; one per label, painted once."""
        label = "PDF" if info.media_type == "application/pdf" else evidence_kind_label(info.kind)
        icon = self._tiles.get(label)
        if icon is None:
            pixmap = QPixmap(THUMB_SIZE)
            pixmap.fill(tint(Tone.FAINT))
            painter = QPainter(pixmap)
            painter.setPen(colour(Tone.MUTED))
            painter.drawText(pixmap.rect(), Qt.AlignCenter | Qt.TextWordWrap, label)
            painter.end()
            icon = self._tiles[label] = QIcon(pixmap)
        return icon

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
        rows: dict[str, list[int]] = {}
        for row in range(self.count()):
            rows.setdefault(self.item(row).data(Qt.UserRole), []).append(row)
        while self._ready_thumbs and time.perf_counter() < deadline:
            sha, image = self._ready_thumbs.popleft()
            icon = QIcon(QPixmap.fromImage(image))
            self._thumbs.put(sha, icon)
            for row in rows.get(sha, ()):
                self.item(row).setIcon(icon)
        if self._ready_thumbs:
            self._thumb_timer.start()
