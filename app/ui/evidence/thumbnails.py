"""Decoding evidence images and PDFs on a worker thread, guarded against hostile files.

Images honour EXIF orientation and stay under Qt's allocation limit and a
pixel ceiling read from the file's header before anything is decoded, so a
"decompression bomb" is refused without allocating it. Thumbnails decode at a
scaled size (JPEG decodes at a fraction of full size); a PDF thumbnail is its
first page painted on white. `load_image` decodes for the evidence viewer:
very large images come back scaled down, and anything that cannot be shown
comes back with the reason instead of an image.
"""

from __future__ import annotations

import logging
import math
import threading
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

log = logging.getLogger(__name__)

THUMB_SIZE = QSize(112, 112)
MAX_PIXELS = 100_000_000  # a 10,000 x 10,000 image; above that we do not even try
DISPLAY_PIXELS = 40_000_000  # larger images are decoded scaled down to about this many
ALLOCATION_LIMIT_MB = 256
_PAPER = (255, 255, 255, 255)  # PDF pages are painted on white, as printed
PDFIUM_LOCK = threading.Lock()
"""Held around every PDFium call in the process (pypdfium2 is not thread-safe)."""

QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)


class ImageProblem(StrEnum):
    """Why an image cannot be shown."""

    MISSING = "missing"  # the blob is not on this computer
    TOO_LARGE = "too_large"  # more pixels than MAX_PIXELS
    UNREADABLE = "unreadable"  # not an image Qt can decode, or damaged beyond a partial image


@dataclass(frozen=True)
class LoadedImage:
    """An image decoded for display, or the problem that prevented it.

    `size` is the upright size the file declares (invalid when unreadable);
    `scaled_down` says the image was decoded smaller than that size.
    """

    image: QImage | None
    size: QSize
    problem: ImageProblem | None = None
    scaled_down: bool = False


def has_thumbnail(media_type: str) -> bool:
    """Whether `make_thumbnail` tries files of this type (images and PDFs)."""
    return media_type == "application/pdf" or media_type.startswith("image/")


def make_thumbnail(path: Path, media_type: str, size: QSize = THUMB_SIZE) -> QImage | None:
    try:
        if media_type == "application/pdf":
            return _pdf_thumbnail(path, size)
        if media_type.startswith("image/"):
            return _image_thumbnail(path, size)
    except Exception:  # noqa: BLE001 - a broken file must never take the window down
        log.warning("no thumbnail for %s", path, exc_info=True)
    return None


def load_image(path: Path, display_pixels: int = DISPLAY_PIXELS) -> LoadedImage:
    """Decode an image for the viewer (call it on a worker thread).

    A truncated file still gives the part Qt could decode.
    """
    if not path.is_file():
        return LoadedImage(None, QSize(), ImageProblem.MISSING)
    reader = _reader(path)
    stored = reader.size()
    if not stored.isValid():
        log.info("cannot read %s as an image: %s", path, reader.errorString())
        return LoadedImage(None, QSize(), ImageProblem.UNREADABLE)
    upright = stored.transposed() if _turns_sideways(reader) else stored
    pixels = stored.width() * stored.height()
    if pixels > MAX_PIXELS:
        return LoadedImage(None, upright, ImageProblem.TOO_LARGE)
    scaled_down = pixels > display_pixels
    if scaled_down:
        factor = math.sqrt(display_pixels / pixels)
        reader.setScaledSize(
            QSize(max(1, int(stored.width() * factor)), max(1, int(stored.height() * factor)))
        )
    image = reader.read()
    if image.isNull():
        log.info("cannot decode %s: %s", path, reader.errorString())
        return LoadedImage(None, upright, ImageProblem.UNREADABLE)
    return LoadedImage(image, upright, None, scaled_down)


def _reader(path: Path) -> QImageReader:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    return reader


def _turns_sideways(reader: QImageReader) -> bool:
    """Whether the EXIF orientation swaps width and height (orientations 5 to 8)."""
    return bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)


def _image_thumbnail(path: Path, size: QSize) -> QImage | None:
    reader = _reader(path)
    full = reader.size()
    if not full.isValid() or full.width() * full.height() > MAX_PIXELS:
        return None
    reader.setScaledSize(full.scaled(size, Qt.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


def _pdf_thumbnail(path: Path, size: QSize) -> QImage | None:
    """The first page, painted on white.

    pypdfium2 rather than QtPdf: both are PDFium, but QPdfDocument.load() keeps
    Python's GIL while it parses, so a 25 MB PDF froze the window for 150 ms
    even from a worker thread; pypdfium2's ctypes calls release it. PDFium
    itself allows one call at a time in a process, whatever the document: two
    thumbnails rendered at once crashed it, hence the lock (shared with the
    viewer's pages, `pdf_pages`).
    """
    with PDFIUM_LOCK:
        return _render_first_page(path, size)


def _render_first_page(path: Path, size: QSize) -> QImage | None:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        return None  # damaged, encrypted or not a PDF at all
    try:
        if len(document) < 1:
            return None
        page = document[0]
        try:
            width, height = page.get_size()
            if width <= 0 or height <= 0:
                return None
            scale = min(size.width() / width, size.height() / height)
            bitmap = page.render(
                scale=scale, fill_color=_PAPER, rev_byteorder=True, prefer_bgrx=True
            )
            try:
                image = QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format_RGBX8888,
                )
                return image.copy()  # own the pixels: the bitmap is freed below
            finally:
                bitmap.close()  # under the lock: never by the garbage collector, elsewhere
        finally:
            page.close()
    finally:
        document.close()
