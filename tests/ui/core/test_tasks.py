"""The background-work helper: results on the main thread, writes in order, errors reported."""

from __future__ import annotations

import threading
import time

from app.ui.core.tasks import TaskManager


def test_results_arrive_on_the_main_thread(qtbot):
    tasks = TaskManager()
    main = threading.get_ident()
    seen = {}
    try:
        tasks.run(
            threading.get_ident,
            on_done=lambda worker: seen.update(worker=worker, here=threading.get_ident()),
        )
        qtbot.waitUntil(lambda: "here" in seen, timeout=5000)
        assert seen["worker"] != main
        assert seen["here"] == main
    finally:
        tasks.shutdown()


def test_writes_run_one_at_a_time_in_order(qtbot):
    tasks = TaskManager()
    order: list[int] = []
    running = []

    def write(n: int) -> int:
        running.append(n)
        assert len(running) == 1, "two writes ran at once"
        time.sleep(0.005)
        order.append(n)
        running.remove(n)
        return n

    try:
        for n in range(20):
            tasks.write(write, n)
        qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
        assert order == list(range(20))
    finally:
        tasks.shutdown()


def test_errors_go_to_on_error(qtbot):
    tasks = TaskManager()
    errors = []
    try:
        tasks.run(lambda: 1 / 0, on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=5000)
        assert isinstance(errors[0], ZeroDivisionError)
    finally:
        tasks.shutdown()


def test_busy_signal_brackets_the_work(qtbot):
    tasks = TaskManager()
    states = []
    tasks.busy_changed.connect(states.append)
    try:
        tasks.run(time.sleep, 0.01)
        tasks.run(time.sleep, 0.01)
        qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
        assert states == [True, False]
    finally:
        tasks.shutdown()


def test_shutdown_finishes_queued_writes(qtbot):
    tasks = TaskManager()
    done = []
    for n in range(5):
        tasks.write(lambda n=n: (time.sleep(0.01), done.append(n)))
    tasks.shutdown()
    assert done == [0, 1, 2, 3, 4]


def test_results_arriving_after_shutdown_are_dropped(qtbot):
    """A write that finishes during shutdown must not call back into closing widgets."""
    tasks = TaskManager()
    called = []
    tasks.write(lambda: time.sleep(0.05), on_done=called.append)
    tasks.shutdown()  # waits for the write; its result is queued for the main thread
    qtbot.wait(50)  # let the queued delivery run
    assert called == []
