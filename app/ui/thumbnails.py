"""Evidence thumbnails, made on a worker thread and guarded against hostile files.

Images are decoded with a scaled size (JPEG decodes at a fraction of full
size), honour EXIF orientation, and stay under Qt's allocation limit and a
pixel ceiling; a PDF shows its first page painted on white. Anything that
cannot be previewed returns None and the UI shows a plain tile instead.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

log = logging.getLogger(__name__)

THUMB_SIZE = QSize(112, 112)
MAX_PIXELS = 100_000_000  # a 10,000 x 10,000 image; above that we do not even try
ALLOCATION_LIMIT_MB = 256

QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)


def make_thumbnail(path: Path, media_type: str, size: QSize = THUMB_SIZE) -> QImage | None:
    try:
        if media_type == "application/pdf":
            return _pdf_thumbnail(path, size)
        if media_type.startswith("image/"):
            return _image_thumbnail(path, size)
    except Exception:  # noqa: BLE001 - a broken file must never take the window down
        log.warning("no thumbnail for %s", path, exc_info=True)
    return None


def _image_thumbnail(path: Path, size: QSize) -> QImage | None:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    full = reader.size()
    if not full.isValid() or full.width() * full.height() > MAX_PIXELS:
        return None
    reader.setScaledSize(full.scaled(size, Qt.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


def _pdf_thumbnail(path: Path, size: QSize) -> QImage | None:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            return None
        page = document.pagePointSize(0).toSize().scaled(size, Qt.KeepAspectRatio)
        rendered = document.render(0, page)
        if rendered.isNull():
            return None
        # QPdfDocument renders on transparent: paint it on white paper.
        image = QImage(rendered.size(), QImage.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return image
    finally:
        document.close()
