"""Work-arounds for defects of the Qt binding in use, each detected rather than assumed.

PySide6 6.12.0: every `SignalInstance.emit()` called from Python drops one
reference to `True` (the value it returns). On Python 3.11, where `True` is
not immortal, a long session then dies with "deallocating True or False".
`emit()` below restores the reference when, and only when, the installed
binding is measured to lose it, so it turns itself off once PySide is fixed.
All our signals are emitted through it (a test checks that).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


def _emit_drops_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:  # give back what the probe itself took
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= 8


EMIT_DROPS_TRUE = _emit_drops_true()


def emit(signal: SignalInstance, *args: object) -> None:
    """`signal.emit(*args)`, safe from the binding's reference leak."""
    signal.emit(*args)
    if EMIT_DROPS_TRUE:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
