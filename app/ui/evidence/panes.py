"""The panes of the evidence viewer: a zoomable, rotatable picture, a PDF with pages,
and the page that says why a file cannot be previewed."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import (
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QImage,
    QPainter,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
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

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.02, 32.0


def clamp_zoom(factor: float) -> float:
    return max(MIN_ZOOM, min(MAX_ZOOM, factor))


class ImagePane(QGraphicsView):
    """A picture shrunk to fit the window (until zoomed), zoomed and rotated.

    Rotation turns the view on top of the EXIF orientation; the file is never changed.

    Signals:
        zoom_changed(): the scale on screen changed.
    """

    zoom_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setRenderHint(QPainter.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorViewCenter)
        self.setBackgroundBrush(Qt.darkGray)
        self.fitting = True
        self.rotation = 0  # degrees clockwise
        self._zoom = 1.0

    def set_image(self, image: QImage | None) -> None:
        self.item.setPixmap(QPixmap() if image is None else QPixmap.fromImage(image))
        self.scene().setSceneRect(self.item.boundingRect())
        self.fitting, self.rotation = True, 0
        self._apply()

    @property
    def zoom_factor(self) -> float:
        """Screen pixels per image pixel, as shown now."""
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
            if not self.item.pixmap().isNull():
                self.fitInView(self.item, Qt.KeepAspectRatio)
            if self.zoom_factor > 1:  # fit shrinks big photos but does not blow up small ones
                self.resetTransform()
                self.rotate(self.rotation)
        else:
            self.scale(self._zoom, self._zoom)
        self.zoom_changed.emit()

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


class PdfPane(QPdfView):
    """A PDF one page at a time, fitted to the window until zoomed.

    Signals:
        page_changed(): another page is shown, or another document.
        zoom_changed(): the scale on screen changed.
    """

    page_changed = Signal()
    zoom_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.setDocument(self.document)
        self.setPageMode(QPdfView.PageMode.SinglePage)
        self.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.pageNavigator().currentPageChanged.connect(lambda _page: self.page_changed.emit())

    def open(self, path: Path) -> QPdfDocument.Error:
        """Load a PDF (fast, so on the UI thread); anything but Error.None_ means not shown."""
        error = self.document.load(str(path))
        if error == QPdfDocument.Error.None_ and self.document.pageCount() < 1:
            error = QPdfDocument.Error.InvalidFileFormat
        if error != QPdfDocument.Error.None_:
            self.document.close()
        self.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.go_to(0)
        self.page_changed.emit()
        return error

    @property
    def page(self) -> int:
        """The page shown, counted from 0."""
        return self.pageNavigator().currentPage()

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def go_to(self, page: int) -> None:
        if 0 <= page < max(1, self.page_count):
            self.pageNavigator().jump(page, QPointF(), 0)

    @property
    def zoom_factor(self) -> float:
        """Screen pixels per point at 72 dpi; computed when fitting (QPdfView keeps it private)."""
        if self.zoomMode() == QPdfView.ZoomMode.Custom:
            return self.zoomFactor()
        page = self.document.pagePointSize(max(0, self.page))
        if page.isEmpty():
            return 1.0
        margins = self.documentMargins()
        area = self.viewport().size()
        dots = self.logicalDpiX() / 72
        return clamp_zoom(
            min(
                (area.width() - margins.left() - margins.right()) / (page.width() * dots),
                (area.height() - margins.top() - margins.bottom()) / (page.height() * dots),
            )
        )

    def zoom_to(self, factor: float) -> None:
        self.setZoomMode(QPdfView.ZoomMode.Custom)
        self.setZoomFactor(clamp_zoom(factor))
        self.zoom_changed.emit()

    def fit(self) -> None:
        self.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.zoom_changed.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.ControlModifier:
            self.zoom_to(self.zoom_factor * ZOOM_STEP ** (event.angleDelta().y() / 120))
            event.accept()
        else:
            super().wheelEvent(event)


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
