"""Background work for the UI (DESIGN.md section 4).

One worker thread runs database writes, one at a time, in the order asked;
a small pool runs everything else (loading, searching, thumbnails). Results
and errors come back on the main thread through a queued signal, so no
widget is ever touched from a worker and the event loop never waits.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class TaskManager(QObject):
    """Runs callables off the main thread.

    Signals:
        busy_changed(bool): some task is running or queued / all are done.
        _finished(int, object): internal, from a worker to the main thread.
    """

    busy_changed = Signal(bool)
    _finished = Signal(int, object)

    def __init__(self, parent: QObject | None = None, pool_size: int = 3) -> None:
        super().__init__(parent)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-writer")
        self._pool = ThreadPoolExecutor(max_workers=pool_size, thread_name_prefix="worker")
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callback | None, Callback | None]] = {}
        # Queued even when a task finishes before add_done_callback returns (the callback
        # then runs in this thread): results never arrive re-entrantly inside run()/write().
        self._finished.connect(self._deliver, Qt.QueuedConnection)
        self._closed = False

    def write(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> Future:
        """Queue a database write; writes run one at a time, in order."""
        return self._submit(self._writer, fn, args, on_done, on_error)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> Future:
        """Run a read or any other work on the pool."""
        return self._submit(self._pool, fn, args, on_done, on_error)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _submit(self, executor, fn, args, on_done, on_error) -> Future:  # noqa: ANN001
        if self._closed:
            raise RuntimeError("the task manager is shut down")
        task_id = next(self._ids)
        was_busy = self.busy
        self._pending[task_id] = (on_done, on_error)
        future = executor.submit(fn, *args)
        future.add_done_callback(lambda f, task_id=task_id: self._finished.emit(task_id, f))
        if not was_busy:
            self.busy_changed.emit(True)
        return future

    @Slot(int, object)
    def _deliver(self, task_id: int, future: Future) -> None:
        on_done, on_error = self._pending.pop(task_id, (None, None))
        try:
            if future.cancelled() or self._closed:
                return  # after shutdown the widgets that asked are going away
            error = future.exception()
            if error is None:
                if on_done is not None:
                    on_done(future.result())
            elif on_error is not None:
                on_error(error)
            else:
                log.error("background task failed", exc_info=error)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Finish queued writes (never lose one), drop queued reads."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._writer.shutdown(wait=True)
