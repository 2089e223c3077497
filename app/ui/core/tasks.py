"""Background work for the UI (DESIGN.md section 4).

One worker thread runs database writes, one at a time, in the order asked;
a small pool runs everything else (loading, searching, thumbnails, hashing
and copying files). Results and errors come back on the main thread through
a queued signal, so no widget is ever touched from a worker and the event
loop never waits.

Long work is started with `start()`: the function gets a `Job` as its first
argument, reports progress through it (delivered to `on_progress` on the
main thread) and stops when the returned `Task` is cancelled. This is the
one helper for background work in the UI.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ProgressCallback = Callable[[int, int, str], None]


class Cancelled(Exception):  # noqa: N818 - it is not an error: the agent asked for it
    """Raised by `Job.check()` when the task was cancelled; the task ends quietly."""


class Job:
    """What a long task gets as its first argument: progress out, cancellation in."""

    def __init__(self, report: Callable[[int, int, str], None] | None = None) -> None:
        self._cancelled = threading.Event()
        self._report = report

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def check(self) -> None:
        """Raise `Cancelled` if the task was cancelled; call it between steps."""
        if self._cancelled.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report `done` of `total` steps (total 0: unknown) and what is being done."""
        if self._report is not None:
            self._report(done, total, text)


class Task:
    """A started long task: its future and the way to cancel it."""

    def __init__(self, future: Future, job: Job) -> None:
        self.future = future
        self.job = job

    def cancel(self) -> None:
        """Ask the task to stop: queued, it never starts; running, `Job.check()` stops it."""
        self.job.cancel()
        self.future.cancel()

    @property
    def cancelled(self) -> bool:
        return self.job.cancelled

    def done(self) -> bool:
        return self.future.done()


class TaskManager(QObject):
    """Runs callables off the main thread.

    Signals:
        busy_changed(bool): some task is running or queued / all are done.
        _finished(int, object): internal, from a worker to the main thread.
    """

    busy_changed = Signal(bool)
    _finished = Signal(int, object)
    _progressed = Signal(int, int, int, str)

    def __init__(self, parent: QObject | None = None, pool_size: int = 3) -> None:
        super().__init__(parent)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-writer")
        self._pool = ThreadPoolExecutor(max_workers=pool_size, thread_name_prefix="worker")
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callback | None, Callback | None]] = {}
        self._progress: dict[int, ProgressCallback] = {}
        self._jobs: set[int] = set()  # ids of tasks made by start()
        # Queued even when a task finishes before add_done_callback returns (the callback
        # then runs in this thread): results never arrive re-entrantly inside run()/write().
        self._finished.connect(self._deliver, Qt.QueuedConnection)
        self._progressed.connect(self._deliver_progress, Qt.QueuedConnection)
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

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        on_progress: ProgressCallback | None = None,
        on_cancelled: Callable[[], None] | None = None,
        writes: bool = False,
    ) -> Task:
        """Start long work `fn(job, *args)` on the pool (or the writer when `writes`).

        `on_progress(done, total, text)` runs on the main thread for each report;
        `on_cancelled()` runs instead of `on_done` when the task was cancelled and
        stopped (by `Job.check()` or before it started).
        """
        if self._closed:
            raise RuntimeError("the task manager is shut down")
        task_id = next(self._ids)
        self._jobs.add(task_id)
        if on_progress is not None:
            self._progress[task_id] = on_progress
        job = Job(lambda done, total, text: self._progressed.emit(task_id, done, total, text))

        def finished(result: Any) -> None:
            if job.cancelled and on_cancelled is not None:
                on_cancelled()
            elif on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            if isinstance(error, Cancelled):
                if on_cancelled is not None:
                    on_cancelled()
            elif on_error is not None:
                on_error(error)
            else:
                log.error("background task failed", exc_info=error)

        executor = self._writer if writes else self._pool
        future = self._submit(executor, fn, (job, *args), finished, failed, task_id=task_id)
        return Task(future, job)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _submit(self, executor, fn, args, on_done, on_error, task_id=None) -> Future:  # noqa: ANN001
        if self._closed:
            raise RuntimeError("the task manager is shut down")
        task_id = task_id or next(self._ids)
        was_busy = self.busy
        self._pending[task_id] = (on_done, on_error)
        future = executor.submit(fn, *args)
        future.add_done_callback(lambda f, task_id=task_id: self._finished.emit(task_id, f))
        if not was_busy:
            self.busy_changed.emit(True)
        return future

    @Slot(int, int, int, str)
    def _deliver_progress(self, task_id: int, done: int, total: int, text: str) -> None:
        callback = self._progress.get(task_id)
        if callback is not None and not self._closed:
            callback(done, total, text)

    @Slot(int, object)
    def _deliver(self, task_id: int, future: Future) -> None:
        on_done, on_error = self._pending.pop(task_id, (None, None))
        self._progress.pop(task_id, None)
        started = task_id in self._jobs
        self._jobs.discard(task_id)
        try:
            if self._closed:
                return  # after shutdown the widgets that asked are going away
            if future.cancelled():
                if started and on_error is not None:
                    on_error(Cancelled())  # a started task cancelled before it ran
                return
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
