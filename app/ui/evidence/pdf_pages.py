"""Opening PDFs and rendering their pages with pypdfium2, on a worker thread.

The one PDF engine of the workbench (thumbnails use it too). Every PDFium
call holds `thumbnails.PDFIUM_LOCK`: PDFium allows one call at a time in a
process, whatever the document. Each call opens the file, does its work and
closes everything it opened before letting go of the lock, so no PDFium
object outlives the lock or is freed by the garbage collector on another
thread. Blobs never change, so opening again per page is safe, and PDFium
reads only the cross-reference table and the one page it needs.

A page is rendered at the scale the view asks for, but never above
`PAGE_PIXELS` pixels: zooming further enlarges the capped rendering instead
of allocating hundreds of megabytes for one poster-sized page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

from app.ui.evidence.thumbnails import PDFIUM_LOCK

PAGE_PIXELS = 12_000_000  # about 4,000 x 3,000: a sharp A4 page at 300 % on a large screen
MIN_PAGE_POINTS = 1.0  # a page declaring no size at all is laid out as a point
PAPER = (255, 255, 255, 255)  # pages are painted on white, as printed (not a UI colour)

# PDFium's error codes for a document that does not load (FPDF_ERR_* in fpdfview.h).
_ERR_FILE, _ERR_PASSWORD, _ERR_SECURITY = 2, 4, 5


class PdfProblem(StrEnum):
    """Why a PDF cannot be shown."""

    MISSING = "missing"  # the blob is not on this computer (or cannot be opened)
    PASSWORD = "password"  # protected with a password for opening
    SECURITY = "security"  # protected by a security handler PDFium does not support
    DAMAGED = "damaged"  # damaged, or not a PDF at all


@dataclass(frozen=True)
class OpenedPdf:
    """What the viewer needs to lay out a PDF: each page's upright size in points,
    or the problem that prevented opening it (then `page_sizes` is empty)."""

    page_sizes: tuple[QSizeF, ...] = ()
    problem: PdfProblem | None = None


@dataclass(frozen=True)
class RenderedPage:
    """A page painted on white at `scale` pixels per point (perhaps less than asked)."""

    index: int
    scale: float
    image: QImage


def problem_of(error: BaseException) -> PdfProblem:
    """What a failure to open a PDF means for the agent."""
    if isinstance(error, FileNotFoundError):
        return PdfProblem.MISSING
    code = getattr(error, "err_code", None) if isinstance(error, pypdfium2.PdfiumError) else None
    return {
        _ERR_FILE: PdfProblem.MISSING,
        _ERR_PASSWORD: PdfProblem.PASSWORD,
        _ERR_SECURITY: PdfProblem.SECURITY,
    }.get(code, PdfProblem.DAMAGED)


def open_pdf(path: Path) -> OpenedPdf:
    """Read the page sizes of a PDF (call it on a worker thread)."""
    with PDFIUM_LOCK:
        try:
            document = pypdfium2.PdfDocument(str(path))
        except (pypdfium2.PdfiumError, OSError) as error:
            return OpenedPdf(problem=problem_of(error))
        try:
            sizes = []
            for index in range(len(document)):
                width, height = document.get_page_size(index)
                sizes.append(QSizeF(max(width, MIN_PAGE_POINTS), max(height, MIN_PAGE_POINTS)))
        except pypdfium2.PdfiumError:
            return OpenedPdf(problem=PdfProblem.DAMAGED)
        finally:
            document.close()
    if not sizes:
        return OpenedPdf(problem=PdfProblem.DAMAGED)
    return OpenedPdf(tuple(sizes))


def capped_scale(page: QSizeF, scale: float, max_pixels: int = PAGE_PIXELS) -> float:
    """`scale` (pixels per point), lowered so that the page has at most `max_pixels`."""
    area = page.width() * page.height()
    if area <= 0:
        return scale
    return max(1e-3, min(scale, math.sqrt(max_pixels / area)))


def render_page(
    path: Path, index: int, scale: float, max_pixels: int = PAGE_PIXELS
) -> RenderedPage:
    """Paint page `index` on white at `scale` pixels per point, capped at `max_pixels`
    (call it on a worker thread). Raises pypdfium2.PdfiumError or OSError when it cannot."""
    with PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(str(path))
        try:
            page = document[index]
            try:
                width, height = page.get_size()
                size = QSizeF(max(width, MIN_PAGE_POINTS), max(height, MIN_PAGE_POINTS))
                scale = capped_scale(size, scale, max_pixels)
                bitmap = page.render(
                    scale=scale, fill_color=PAPER, rev_byteorder=True, prefer_bgrx=True
                )
                try:
                    image = QImage(
                        bitmap.buffer,
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        QImage.Format_RGBX8888,
                    ).convertToFormat(QImage.Format_RGB32)  # own the pixels, in the screen's format
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            document.close()
    return RenderedPage(index, scale, image)
