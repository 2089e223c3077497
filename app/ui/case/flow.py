"""A layout that puts its widgets side by side and wraps them onto further lines when narrow.

The case's fields (status, priority, reason, assignee, tags) sit in one line
in a wide window and fold onto two or three in a narrow one, so the case view
never asks for more width than its widest single field. An item that expands
horizontally (the tags box) takes the rest of its line. Right-to-left layouts
mirror, as Qt's own layouts do.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    # QLayout's interface (Qt's names) ------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one line."""
        visible = self._visible()
        width = sum(i.sizeHint().width() for i in visible)
        width += self._spacing(QStyle.PM_LayoutHorizontalSpacing) * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest single item: every other one can go onto a line of its own."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return self._with_margins(size)

    # Arranging -----------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self, metric: QStyle.PixelMetric) -> int:
        parent = self.parentWidget()
        if parent is None:
            return 6
        return max(0, parent.style().pixelMetric(metric, None, parent))

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        """The items per line with their widths: each at its size hint (at most the line,
        at least its minimum), a new line when the next one would not fit."""
        gap = self._spacing(QStyle.PM_LayoutHorizontalSpacing)
        lines: list[list[tuple[QLayoutItem, int]]] = []
        used = 0
        for item in self._visible():
            wanted = max(min(item.sizeHint().width(), width), item.minimumSize().width())
            if lines and lines[-1] and used + gap + wanted <= width:
                lines[-1].append((item, wanted))
                used += gap + wanted
            else:
                lines.append([(item, wanted)])
                used = wanted
        return lines

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items in `rect` (when `apply`); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._spacing(QStyle.PM_LayoutHorizontalSpacing)
        line_gap = self._spacing(QStyle.PM_LayoutVerticalSpacing)
        parent = self.parentWidget()
        direction = parent.layoutDirection() if parent is not None else Qt.LeftToRight
        y = area.y()
        for line in self._lines(area.width()):
            height = max(item.sizeHint().height() for item, _width in line)
            spare = area.width() - sum(w for _item, w in line) - gap * (len(line) - 1)
            grows = [bool(item.expandingDirections() & Qt.Horizontal) for item, _w in line]
            x = area.x()
            for (item, width), grow in zip(line, grows, strict=True):
                if grow and spare > 0:
                    width += spare // sum(grows)
                if apply:
                    box = QRect(QPoint(x, y), QSize(width, height))
                    item.setGeometry(QStyle.visualRect(direction, area, box))
                x += width + gap
            y += height + line_gap
        return max(0, y - line_gap - area.y()) + margins.top() + margins.bottom()
