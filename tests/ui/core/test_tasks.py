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
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)  # the queued delivery has run
    assert called == []


def test_a_started_task_reports_progress_on_the_main_thread_and_stops_when_cancelled(qtbot):
    import threading

    from app.ui.core.tasks import Job

    manager = TaskManager()
    main = threading.current_thread()
    reports: list[tuple[int, int, str, bool]] = []
    outcome: list[str] = []
    go_on = threading.Event()

    def work(job: Job, total: int) -> int:
        for step in range(total):
            job.check()
            job.progress(step + 1, total, f"step {step + 1}")
            if step == 1:
                go_on.wait(5)
        return total

    def progressed(done: int, total: int, text: str) -> None:
        reports.append((done, total, text, threading.current_thread() is main))
        if done == 2:
            task.cancel()
            go_on.set()

    task = manager.start(
        work,
        10,
        on_done=lambda result: outcome.append(f"done {result}"),
        on_progress=progressed,
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]
    assert reports[:2] == [(1, 10, "step 1", True), (2, 10, "step 2", True)]
    assert all(done <= 3 for done, *_ in reports)  # it stopped at the next check
    manager.shutdown()


def test_a_started_task_that_finishes_hands_back_its_result(qtbot):
    manager = TaskManager()
    results: list[int] = []
    manager.start(lambda job, x: x * 2, 21, on_done=results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    manager.shutdown()


def test_a_started_task_cancelled_before_it_runs_says_so(qtbot):
    import threading

    manager = TaskManager(pool_size=1)
    release = threading.Event()
    outcome: list[str] = []
    manager.run(release.wait, 5)  # the only worker is busy: the next task waits in the queue
    task = manager.start(
        lambda job: "ran", on_done=outcome.append, on_cancelled=lambda: outcome.append("cancelled")
    )
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]
    manager.shutdown()
