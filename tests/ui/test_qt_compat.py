"""The emit work-around keeps `True` alive however often signals fire."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

import app
from app.ui.qt_compat import emit


class _Sender(QObject):
    flag = Signal(bool)
    nothing = Signal()


def test_emitting_through_the_helper_keeps_bool_references(qtbot):
    sender = _Sender()
    received = []
    sender.flag.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(500):
        emit(sender.nothing)
    # Unprotected, PySide6 6.12.0 loses 500 here; allow the interpreter's own noise.
    assert abs(sys.getrefcount(True) - before) <= 2
    for _ in range(50):
        emit(sender.flag, False)
    assert received == [False] * 50
    assert abs(sys.getrefcount(True) - before) <= 2


def test_the_ui_emits_only_through_the_helper():
    ui = Path(app.__file__).parent / "ui"
    raw = [
        f"{path.name}:{number}"
        for path in ui.glob("*.py")
        if path.name != "qt_compat.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.emit\(", line)
    ]
    assert raw == []
