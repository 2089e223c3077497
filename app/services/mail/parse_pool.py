"""Parsing many mails in helper processes, beside the window rather than inside it.

Parsing is most of an import's work, and the `email` package makes and drops many small
objects for each message: done in the process that shows the window, it competes with
the window for the interpreter and sets off garbage collections that hold the window
still while they run (DESIGN.md section 4: never over 100 ms). So a batch of mails is
parsed in up to two helper processes (started once, on first use, by `forkserver` where
there is one: never a plain `fork` of a process that runs Qt threads) and only the
parsed results come back. On two cores it is faster too: both parse at once.

A few mails are parsed here (a process costs more than it saves), and so is a batch
whose helper died (a crash on a hostile mail must not lose the others): the pool is
dropped and started again next time.
"""

from __future__ import annotations

import atexit
import concurrent.futures as futures
import logging
import multiprocessing
import threading
from collections.abc import Sequence

from app.services.mail.model import MailRefused, ParsedMail
from app.services.mail.parse import parse_mail

log = logging.getLogger(__name__)

POOL_FROM = 24  # mails in a batch from which helper processes parse it
WORKERS = 2
# One mail's outcome: ("ok", ParsedMail), ("refused", reason) or ("error", "").
Outcome = tuple[str, ParsedMail | str]

_lock = threading.Lock()
_pool: futures.ProcessPoolExecutor | None = None


def parse_each(raws: Sequence[bytes]) -> list[Outcome]:
    """Parse every mail of `raws` (in this process); never raises for one mail."""
    outcomes: list[Outcome] = []
    for raw in raws:
        try:
            outcomes.append(("ok", parse_mail(raw)))
        except MailRefused as exc:
            outcomes.append(("refused", str(exc)))
        except Exception:  # noqa: BLE001 - a parser bug on hostile input stops one mail only
            log.exception("a mail could not be parsed")
            outcomes.append(("error", ""))
    return outcomes


def parse_many(raws: Sequence[bytes]) -> list[Outcome]:
    """The outcome of each mail of `raws`, in order: in helper processes for a batch,
    here for a few mails or when the helpers cannot be had."""
    if len(raws) < POOL_FROM:
        return parse_each(raws)
    pool = _get_pool()
    if pool is None:
        return parse_each(raws)
    size = -(-len(raws) // WORKERS)
    parts = [list(raws[start : start + size]) for start in range(0, len(raws), size)]
    try:
        jobs = [pool.submit(parse_each, part) for part in parts]
        return [outcome for job in jobs for outcome in job.result()]
    except (futures.process.BrokenProcessPool, OSError, EOFError) as exc:
        log.warning("the mail parsing helper stopped (%s); parsing here instead", exc)
        _drop_pool()
        return parse_each(raws)


def _get_pool() -> futures.ProcessPoolExecutor | None:
    global _pool
    with _lock:
        if _pool is None:
            try:
                methods = multiprocessing.get_all_start_methods()
                method = "forkserver" if "forkserver" in methods else "spawn"
                context = multiprocessing.get_context(method)
                _pool = futures.ProcessPoolExecutor(WORKERS, mp_context=context)
            except (OSError, ValueError, NotImplementedError) as exc:
                log.warning("no helper process for parsing mail (%s)", exc)
                return None
        return _pool


def _drop_pool() -> None:
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def shutdown() -> None:
    """Stop the helper processes (at exit; tests may call it)."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(shutdown)
