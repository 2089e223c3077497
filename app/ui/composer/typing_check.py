"""The composer's compliance check while the agent types.

The text is checked once typing pauses (`CHECK_DELAY_MS`), on the TaskManager's pool, one
check at a time so that a slow check of a huge paste never piles up behind the agent's
typing. Every edit (and every change of what the text is checked against: the case, the
reply language) bumps a generation; an answer for an older generation is dropped and the
text as it is then gets its own check. A hidden composer starts no check until shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.ui.composer.check import CheckOutcome, check_text
from app.ui.core.tasks import TaskManager

CHECK_DELAY_MS = 300  # typing pauses this long before the text is checked

# What the text is checked against: (marketplace, locale, order id), None without a case.
CheckContext = tuple[str | None, str, str | None]


class TypingCheck(QObject):
    """Debounced, generation-guarded compliance checks of one editor's text.

    Signals:
        settled(): typing paused; a check of the text follows (the composer updates what
            else depends on the text).
        started(): a check went to the pool.
        checked(object): the CheckOutcome of the text as it is now.
        failed(object): the check of the text as it is now raised this error.
        cleared(): nothing to check (no text, or no case).
    """

    settled = Signal()
    started = Signal()
    checked = Signal(object)
    failed = Signal(object)
    cleared = Signal()

    def __init__(
        self,
        tasks: TaskManager,
        text: Callable[[], str],
        context: Callable[[], CheckContext | None],
        visible: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._text = text
        self._context = context
        self._visible = visible
        self._generation = 0  # bumped by every edit and every change of what is checked
        self._outcome: tuple[int, CheckOutcome] | None = None
        self._checking: int | None = None  # generation of the check on the pool
        self._when_shown = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self._settled)

    @property
    def outcome(self) -> CheckOutcome | None:
        """The latest check, if it is of the text as it is now."""
        if self._outcome is None or self._outcome[0] != self._generation:
            return None
        return self._outcome[1]

    @property
    def last(self) -> CheckOutcome | None:
        """The latest check, of whatever text (its spans may point past the text now)."""
        return None if self._outcome is None else self._outcome[1]

    def forget(self) -> None:
        """Another case: the last outcome is of nothing shown any more."""
        self._outcome = None

    def schedule(self) -> None:
        """The text or what it is checked against changed: check it when typing pauses."""
        self._generation += 1
        if self._visible():
            self.timer.start()
        else:
            self._when_shown = True

    def now(self) -> None:
        """Check the text at once (the agent sends it)."""
        self.timer.stop()
        self.run()

    def pause(self) -> None:
        """The composer was hidden: a pending check waits until it is shown again."""
        if self.timer.isActive():
            self.timer.stop()
            self._when_shown = True

    def resume(self) -> None:
        """The composer is shown again: check what waited."""
        if self._when_shown:
            self._when_shown = False
            self.timer.start()

    def _settled(self) -> None:
        self.settled.emit()
        self.run()

    def run(self) -> None:
        """Check the text as it is now; one check at a time."""
        if self._checking is not None:
            return  # when it is back, the text as it is then gets its own check
        text = self._text()
        context = self._context()
        if not text.strip() or context is None:
            self._outcome = None
            self.cleared.emit()
            return
        generation = self._generation
        self._checking = generation
        self.started.emit()
        marketplace, locale, order_id = context
        self._tasks.run(
            check_text,
            text,
            marketplace,
            locale,
            order_id,
            on_done=lambda outcome: self._checked(generation, outcome),
            on_error=lambda error: self._failed(generation, error),
        )

    def _returned(self, generation: int) -> bool:
        """Whether a returning check is of the text as it is now; if not, check that."""
        self._checking = None
        if generation == self._generation:
            return True
        if self.timer.isActive():
            pass  # the agent is still typing; the timer checks the text when they pause
        elif self._visible():
            self.run()
        else:
            self._when_shown = True
        return False

    def _checked(self, generation: int, outcome: CheckOutcome) -> None:
        if self._returned(generation):
            self._outcome = (generation, outcome)
            self.checked.emit(outcome)

    def _failed(self, generation: int, error: BaseException) -> None:
        if self._returned(generation):
            self._outcome = None
            self.failed.emit(error)
