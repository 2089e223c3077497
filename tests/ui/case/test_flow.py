"""The case fields' flow layout: one line when wide, folded when narrow, mirrored in Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QSizePolicy, QWidget

from app.ui.case.flow import FlowLayout


@pytest.fixture
def row(qtbot):
    """A widget with three fixed buttons and one box that grows, in a flow layout."""
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = FlowLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    buttons = [QPushButton(text, holder) for text in ("Status", "Priority", "Reason")]
    for button in buttons:
        button.setFixedWidth(100)
        layout.addWidget(button)
    grows = QLineEdit(holder)
    grows.setMinimumWidth(80)
    grows.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
    layout.addWidget(grows)
    holder.show()
    return holder, layout, buttons, grows


def _lay_out(qtbot, holder: QWidget, width: int) -> None:
    holder.resize(width, holder.heightForWidth(width))
    qtbot.waitUntil(lambda: holder.width() == width)


def test_wide_one_line_and_the_growing_item_takes_the_rest(qtbot, row):
    holder, layout, buttons, grows = row
    _lay_out(qtbot, holder, 700)
    assert len({b.y() for b in buttons} | {grows.y()}) == 1
    assert [b.x() for b in buttons] == sorted(b.x() for b in buttons)
    assert grows.geometry().right() == holder.width() - 1  # to the end of the line


def test_narrow_folds_onto_more_lines_and_never_asks_for_more_than_one_item(qtbot, row):
    holder, layout, buttons, grows = row
    assert layout.minimumSize().width() == 100  # the widest single item
    assert layout.sizeHint().width() > 300  # all on one line
    _lay_out(qtbot, holder, 210)
    assert buttons[0].y() == buttons[1].y() < buttons[2].y() < grows.y()
    assert holder.heightForWidth(210) > holder.heightForWidth(700)
    for widget in (*buttons, grows):
        assert holder.rect().contains(widget.geometry()), widget.objectName()


def test_right_to_left_mirrors(qtbot, row):
    holder, _layout, buttons, _grows = row
    holder.setLayoutDirection(Qt.RightToLeft)
    _lay_out(qtbot, holder, 700)
    assert buttons[0].geometry().right() == holder.width() - 1  # the first item starts right
    assert buttons[0].x() > buttons[1].x() > buttons[2].x()
