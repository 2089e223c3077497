"""The panes of the evidence viewer: a zoomable, rotatable picture, a PDF with pages,
and the page that says why a file cannot be previewed.

Both the picture and the PDF are a `ZoomView`: a graphics view that fits its
content to the window until zoomed, zooms with Ctrl+wheel and turns by
quarter turns. The PDF pane renders its pages with pypdfium2 on a worker
(`pdf_pages`), at the resolution the zoom needs, capped for huge pages.
"""

from __future__ import annotations

import logging
import math
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QPainter,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.ui.core.i18n import translate
from app.ui.core.style import Tone, colour
from app.ui.core.tasks import TaskManager
from app.ui.evidence.pdf_pages import (
    OpenedPdf,
    RenderedPage,
    capped_scale,
    open_pdf,
    problem_of,
    render_page,
)

log = logging.getLogger(__name__)

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.02, 32.0
# A rendering up to this many times sharper than the screen needs is kept when zooming out.
_SHARPER_KEPT = 2.5


def clamp_zoom(factor: float) -> float:
    return max(MIN_ZOOM, min(MAX_ZOOM, factor))


class ZoomView(QGraphicsView):
    """A picture in a scene, fitted to the window until zoomed, zoomed and rotated.

    The scene rectangle is what is fitted. Subclasses set `enlarges_to_fit`
    when fitting may blow small content up.

    Signals:
        zoom_changed(): the scale on screen changed.
    """

    zoom_changed = Signal()
    enlarges_to_fit = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setRenderHint(QPainter.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorViewCenter)
        self._paint_backdrop()
        self.fitting = True
        self.rotation = 0  # degrees clockwise
        self._zoom = 1.0

    @property
    def zoom_factor(self) -> float:
        """Screen pixels per scene unit, as shown now."""
        transform = self.transform()
        return math.hypot(transform.m11(), transform.m12())

    def zoom_to(self, factor: float) -> None:
        self.fitting, self._zoom = False, clamp_zoom(factor)
        self._apply()

    def fit(self) -> None:
        self.fitting = True
        self._apply()

    def rotate_by(self, degrees: int) -> None:
        self.rotation = (self.rotation + degrees) % 360
        self._apply()

    def _apply(self) -> None:
        self.resetTransform()
        self.rotate(self.rotation)
        if self.fitting:
            content = self.sceneRect()
            if not content.isEmpty():
                self.fitInView(content, Qt.KeepAspectRatio)
            if self.zoom_factor > 1 and not self.enlarges_to_fit:
                self.resetTransform()  # fitting shrinks big photos but does not blow up small ones
                self.rotate(self.rotation)
        else:
            self.scale(self._zoom, self._zoom)
        self.zoom_changed.emit()

    def _paint_backdrop(self) -> None:
        self.setBackgroundBrush(colour(Tone.FAINT))  # around the picture: neither text nor paper

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.fitting:
            self._apply()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.zoom_to(self.zoom_factor * ZOOM_STEP**steps)
            event.accept()
        else:
            super().wheelEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.PaletteChange:
            self._paint_backdrop()  # a light or dark desktop theme
        super().changeEvent(event)


class ImagePane(ZoomView):
    """A picture shrunk to fit the window (until zoomed), zoomed and rotated.

    Rotation turns the view on top of the EXIF orientation; the file is never changed.
    `zoom_factor` is screen pixels per image pixel.
    """

    def set_image(self, image: QImage | None) -> None:
        self.item.setPixmap(QPixmap() if image is None else QPixmap.fromImage(image))
        self.scene().setSceneRect(self.item.boundingRect())
        self.fitting, self.rotation = True, 0
        self._apply()


class PdfPane(ZoomView):
    """A PDF one page at a time, fitted to the window until zoomed.

    `open()` reads the page sizes on a worker; each page is then rendered on a
    worker at the scale the zoom needs (one rendering at a time; a newer need
    is served when it arrives). The page is laid out at once, so page
    numbers, fitting and zooming never wait for the pixels. `zoom_factor` is
    screen pixels per point at the screen's own resolution (1.0: actual size).

    Signals:
        opened(): the document loaded; its first page is shown.
        failed(pdf_pages.PdfProblem): the document cannot be shown, and why.
        page_changed(): another page is shown, or another document.
        page_rendered(): the pixels of the page shown arrived.
        zoom_changed(): the scale on screen changed.
    """

    opened = Signal()
    failed = Signal(object)
    page_changed = Signal()
    page_rendered = Signal()
    enlarges_to_fit = True

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._path: Path | None = None
        self._sizes: tuple[QSizeF, ...] = ()
        self._page = 0
        self._generation = 0  # bumped for each document: late results are dropped
        self._rendering = False
        self._failed_page: int | None = None
        self.rendered: RenderedPage | None = None  # what is on screen, if anything

    def open(self, path: Path) -> None:
        """Start loading a PDF; `opened` or `failed` follows."""
        self.clear()
        self._path = path
        generation = self._generation
        self._tasks.run(
            open_pdf,
            path,
            on_done=lambda result: self._opened(generation, result),
            on_error=lambda error: self._open_failed(generation, error),
        )

    def clear(self) -> None:
        """Show nothing, and drop whatever is still being loaded or rendered."""
        self._generation += 1
        self._path, self._sizes, self._page = None, (), 0
        self._rendering, self._failed_page, self.rendered = False, None, None
        self.item.setPixmap(QPixmap())
        self.scene().setSceneRect(QRectF())
        self.fitting, self.rotation = True, 0
        self._apply()
        self.page_changed.emit()

    @property
    def page(self) -> int:
        """The page shown, counted from 0."""
        return self._page

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count and page != self._page:
            self._show_page(page)

    def _opened(self, generation: int, result: OpenedPdf) -> None:
        if generation != self._generation:
            return
        if result.problem is not None:
            self._path = None
            self.failed.emit(result.problem)
            return
        self._sizes = result.page_sizes
        self._show_page(0)
        self.opened.emit()

    def _open_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            log.warning("opening %s failed", self._path, exc_info=error)
            self._path = None
            self.failed.emit(problem_of(error))

    @property
    def _points(self) -> float:
        """Scene units (screen pixels at actual size) per point."""
        return self.logicalDpiX() / 72

    def _show_page(self, page: int) -> None:
        self._page, self.rendered, self._failed_page = page, None, None
        self.item.setPixmap(QPixmap())
        size = self._sizes[page]
        self.scene().setSceneRect(
            QRectF(0, 0, size.width() * self._points, size.height() * self._points)
        )
        self._apply()
        self.page_changed.emit()

    def _apply(self) -> None:
        super()._apply()
        self._render_if_needed()

    def _wanted_scale(self) -> float:
        """Pixels per point that look sharp at the current zoom, capped for huge pages."""
        wanted = self.zoom_factor * self._points * self.devicePixelRatioF()
        return capped_scale(self._sizes[self._page], wanted)

    def _render_if_needed(self) -> None:
        if self._path is None or not self._sizes or self._rendering:
            return
        if self._failed_page == self._page:
            return
        wanted = self._wanted_scale()
        shown = self.rendered
        if shown is not None and wanted * 0.99 <= shown.scale <= wanted * _SHARPER_KEPT:
            return
        self._rendering = True
        generation, page = self._generation, self._page
        self._tasks.run(
            render_page,
            self._path,
            page,
            wanted,
            on_done=lambda result: self._page_rendered(generation, result),
            on_error=lambda error: self._render_failed(generation, page, error),
        )

    def _page_rendered(self, generation: int, result: RenderedPage) -> None:
        if generation != self._generation:
            return
        self._rendering = False
        if result.index == self._page:
            self.rendered = result
            self.item.setPixmap(QPixmap.fromImage(result.image))
            self.item.setScale(self._points / result.scale)
            self.page_rendered.emit()
        self._render_if_needed()  # the page or the zoom may have changed meanwhile

    def _render_failed(self, generation: int, page: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        log.warning("rendering page %d of %s failed", page + 1, self._path, exc_info=error)
        self._rendering = False
        if page == self._page:
            self._failed_page = page  # a damaged page stays blank; do not try again and again
        self._render_if_needed()


class UnavailablePage(QWidget):
    """Says that a file cannot be previewed and why, and what the agent can do instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignCenter)
        title = QLabel(translate("EvidenceViewer", "This file cannot be previewed"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignCenter)
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setAlignment(Qt.AlignCenter)
        self.save_button = QPushButton(translate("EvidenceViewer", "Save a copy…"), self)
        self.open_button = QPushButton(
            translate("EvidenceViewer", "Open with another program…"), self
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.open_button):
            button.setAutoDefault(False)  # Enter in the caption must not press them
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.icon, title, self.reason_label):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)

    @property
    def reason(self) -> str:
        return self.reason_label.text()

    def show_reason(self, reason: str, file_present: bool, program: bool) -> None:
        """`program`: the file could run code, and the page looks like a warning."""
        icon = QStyle.SP_MessageBoxWarning if program else QStyle.SP_MessageBoxInformation
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(48))
        self.reason_label.setText(reason)
        self.save_button.setEnabled(file_present)
        self.open_button.setEnabled(file_present)
