"""The binding's reference leaks can no longer kill the process."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_a_long_session_of_qt_calls_and_signals_survives():
    """Unprotected, PySide6 6.12.0 dies here with "deallocating None" (about 30,000 calls).

    Run in a child process: a failure is an abort, which would take pytest down with it.
    """
    script = textwrap.dedent(
        """
        import app.ui.core.qt_compat
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtWidgets import QApplication, QLabel

        class Sender(QObject):
            ping = Signal()

        application = QApplication([])
        label, sender = QLabel(), Sender()
        for _ in range(60_000):
            label.setText("x")
            label.setVisible(False)
            sender.ping.emit()
        print("alive", app.ui.core.qt_compat.SINGLETONS_PINNED)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("alive")
