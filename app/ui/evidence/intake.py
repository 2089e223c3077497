"""What comes in as evidence: files and pictures dropped or pasted, and the checks made
before they are added (on the pool: saving pasted pictures, looking for programs; then
the agent is asked about programs)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import UserError
from app.services.evidence.store import looks_executable
from app.ui.core.i18n import fill, isolate, translate


class Incoming:
    """What the agent dropped or pasted: local files and/or images with no file."""

    def __init__(self, paths: Sequence[Path] = (), images: Sequence[QImage] = ()) -> None:
        self.paths = list(paths)
        self.images = list(images)
        self.remote: list[str] = []

    @classmethod
    def from_mime(cls, mime: QMimeData) -> Incoming:
        incoming = cls()
        if mime.hasUrls():
            for url in mime.urls():
                if url.isLocalFile():
                    incoming.paths.append(Path(url.toLocalFile()))
                elif url.isValid():
                    incoming.remote.append(url.toDisplayString())
        if not incoming.paths and mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                incoming.images.append(image)
        return incoming

    @staticmethod
    def acceptable(mime: QMimeData) -> bool:
        # Web addresses too: they cannot be added, and the agent is told why.
        return mime.hasImage() or mime.hasUrls()

    def __bool__(self) -> bool:
        return bool(self.paths or self.images)


class FileDropFilter(QObject):
    """Lets any widget take files and images dropped on it; install on each drop target."""

    dropped = Signal(object)  # Incoming

    def watch(self, widget: QWidget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.DragEnter, QEvent.DragMove):
            if Incoming.acceptable(event.mimeData()):
                event.setDropAction(Qt.CopyAction)
                event.accept()
                return True
        elif kind == QEvent.Drop and Incoming.acceptable(event.mimeData()):
            event.setDropAction(Qt.CopyAction)
            event.accept()
            self.dropped.emit(Incoming.from_mime(event.mimeData()))
            return True
        return False


def save_images(images: Sequence[QImage], folder: Path) -> list[Path]:
    """Pasted or dropped pictures as PNG files, so they go through the same checks as files."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    paths = []
    for number, image in enumerate(images, start=1):
        suffix = f"-{number}" if len(images) > 1 else ""
        path = folder / f"pasted-{stamp}{suffix}.png"
        if not image.save(str(path), "PNG"):
            raise UserError(f"could not write {path}")
        paths.append(path)
    return paths


def find_programs(paths: Sequence[Path]) -> list[str]:
    return [p.name for p in paths if looks_executable(p)]


def ask_keep_programs(parent: QWidget, programs: Sequence[str]) -> bool:
    """Warn that these files are programs; True when the agent keeps them as evidence."""
    box = QMessageBox(QMessageBox.Warning, translate("Evidence", "Programs"), "", parent=parent)
    box.setObjectName("programWarning")
    box.setText(
        fill(
            translate(
                "Evidence",
                "These files are programs: %1. Workbench can keep them as evidence but "
                "never runs them. Opening a program from a customer can harm this computer.",
            ),
            ", ".join(isolate(p) for p in programs),  # each name keeps its direction
        )
    )
    keep = box.addButton(translate("Evidence", "Keep them as evidence"), QMessageBox.AcceptRole)
    skip = box.addButton(translate("Evidence", "Leave them out"), QMessageBox.RejectRole)
    box.setDefaultButton(skip)
    box.exec()
    return box.clickedButton() is keep
