"""The one channel from operations to screens.

Like Anki's OpChanges hook and qutebrowser's message bridge.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.errors import UserError
from app.services.core.changes import Changes, Result, changes_of

log = logging.getLogger(__name__)


class ChangeBus(QObject):
    """Signals:
    changed(Changes): a write finished; every panel refreshes what it shows of it.
    message(str, str): a text for the agent and its level ("info" or "error").
    """

    changed = Signal(object)
    message = Signal(str, str)

    def publish(self, result: Changes | Result) -> None:
        """Announce what a service write changed (its `Changes` or its result)."""
        changes = changes_of(result)
        if not changes.empty:
            self.changed.emit(changes)

    def info(self, text: str) -> None:
        self.message.emit(text, "info")

    def failed(self, error: BaseException) -> None:
        """Report a failed operation: the user's own problem in words, a bug with a log entry."""
        if isinstance(error, UserError):
            self.message.emit(str(error), "error")
            return
        log.error("operation failed", exc_info=error)
        self.message.emit(
            QCoreApplication.translate(
                "ChangeBus",
                "Something went wrong and was not saved. Details are in the log file.",
            ),
            "error",
        )
