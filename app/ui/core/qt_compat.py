"""Work-arounds for defects of the Qt binding in use, each detected rather than assumed.

PySide6 6.12.0 on Python 3.11 loses references to the singletons its calls
return: every `SignalInstance.emit()` drops one reference to `True`, and
every call of a Qt method that returns nothing (`setText`, `setVisible`...)
drops one to `None`. Python 3.11 counts references on these objects (3.12
made them immortal), so after some tens of thousands of calls, minutes of
ordinary use, the process dies with "deallocating None". The check below
measures both losses at import; when the binding has them, the singletons
get a reference count so high that no session can exhaust it, which is what
Python 3.12 does for every interpreter. A test drives both leaks far past
the point where they used to kill the process.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

# Far more references than a process can ever lose (one per call), far below overflow.
_PINNED_REFERENCES = 1 << 40
_PROBE_CALLS = 64


class _Probe(QObject):
    ping = Signal()


def _losses() -> tuple[int, int]:
    """How many references to True and None the probe calls lose."""
    probe = _Probe()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.ping.emit()
    true_lost = true_before - sys.getrefcount(True)
    none_before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    none_lost = none_before - sys.getrefcount(None)
    return true_lost, none_lost


def _pin(singleton: object) -> None:
    """Raise an object's reference count by `_PINNED_REFERENCES` (it is never freed anyway)."""
    count = ctypes.c_ssize_t.from_address(id(singleton))
    count.value += _PINNED_REFERENCES


def _pin_leaked_singletons() -> bool:
    true_lost, none_lost = _losses()
    if sys.version_info >= (3, 12) or (true_lost < _PROBE_CALLS and none_lost < _PROBE_CALLS):
        return False
    for singleton in (None, True, False):
        _pin(singleton)
    return True


SINGLETONS_PINNED = _pin_leaked_singletons()
