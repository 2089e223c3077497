"""What every command group shares: one invocation (`Run`), output, exit codes, errors.

The contract (DESIGN.md section 7): --json on stdout (UTF-8), exit 0 done, 1 when
the command ran but the answer is negative, 2 for bad input or a storage problem
the user can fix (one line on stderr), 70 for a bug (traceback in the profile's
log). This module imports no service at load time, so `workbench` opens the
window without loading the database layer first.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from app.cli import output as out
from app.errors import UserError

if TYPE_CHECKING:
    from app.services.core.profile import Profile

log = logging.getLogger("app.cli")

EXIT_OK = 0
EXIT_NEGATIVE = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 70  # EX_SOFTWARE
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # what a shell reports for a tool killed by SIGPIPE (`| head`)


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error on one line (and exits 2, as argparse does)."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix("workbench").strip()
        where = f"{command}: " if command else ""
        hint = f"try 'workbench {command + ' ' if command else ''}--help'"
        message = out.terminal_safe(" ".join(message.split()))
        self.exit(EXIT_BAD_INPUT, f"workbench: {where}{message} ({hint})\n")


class CliError(UserError):
    """Bad input noticed by the command line itself; `str()` is the one-line reason."""


@dataclass
class Run:
    """One invocation: its arguments, data folder and logging, tidied up at the end of `main`."""

    args: argparse.Namespace
    argv: Sequence[str]
    data_dir: Path | None = None
    log_root: Path | None = None
    log_handlers: list[logging.Handler] = field(default_factory=list)
    log_level: int = field(default_factory=lambda: logging.getLogger().level)

    def log_to(self, root: Path) -> None:
        """Send log records (and tracebacks of bugs) to `root/logs/workbench.log`, once."""
        from app.services.core.profile import configure_logging

        if self.log_root is not None:
            return
        before = set(logging.getLogger().handlers)
        configure_logging(root)
        self.log_handlers = [h for h in logging.getLogger().handlers if h not in before]
        self.log_root = root

    @contextmanager
    def profile(self, *, read_only: bool = False) -> Iterator[Profile]:
        """The profile in the chosen data folder, opened (created or migrated) and closed;
        `read_only` for commands that only read: nothing of theirs is written to the
        folder (SQLite may leave its empty -wal/-shm companions), so they work on a full
        disk or a read-only medium. A folder with no profile yet, or an older one, is
        made or upgraded first, as any command always did."""
        from app.services.core.errors import StorageError
        from app.services.core.profile import Profile

        try:
            profile = Profile.open(self.data_dir, read_only=read_only)
        except StorageError as exc:
            if not (read_only and exc.kind in ("missing", "needs_upgrade")):
                raise
            # No profile yet (or another process is just making it), or an older one: made
            # or upgraded as before, so a new profile lists empty and an old one opens.
            read_only = False
            profile = Profile.open(self.data_dir)
        try:
            try:
                self.log_to(profile.root)
            except OSError:
                if not read_only:  # a read needs no log file it cannot create
                    raise
            yield profile
        finally:
            profile.close()

    def close(self) -> None:
        """Undo the logging set-up (main() may run many times in one process, as in tests)."""
        root_logger = logging.getLogger()
        for handler in self.log_handlers:
            root_logger.removeHandler(handler)
            handler.close()
        root_logger.setLevel(self.log_level)


# ----------------------------------------------------------------------------- output


def print_line(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def discard_stdout() -> None:
    """Point stdout at /dev/null, so that the flush at exit does not fail again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def emit(run: Run, data: Any, text: Callable[[], str]) -> None:
    """Print `data` as JSON with --json, else the text for people (control characters
    escaped in both: nothing printed can rewrite the terminal)."""
    print_line(out.to_json(data) if run.args.json else out.terminal_safe(text()))


def fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    sys.stderr.write(f"workbench: {out.terminal_safe(' '.join(message.split()))}\n")
    sys.stderr.flush()
    return code


def output_target(run: Run, out: str) -> Path:
    """Where `--out` may write: never inside the profile, never over a non-regular file,
    over an existing file only with --force."""
    from app.services.core.durable import TargetExists, check_output_target

    try:
        return check_output_target(Path(out), run.data_dir, overwrite=run.args.force)
    except TargetExists as exc:
        raise CliError(f"{exc} Add --force to replace it.") from None


def values(enum_type: type) -> str:
    return ", ".join(m.value for m in enum_type)


def json_flag(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: when absent here, the global --json (before the subcommand) stands.
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON (UTF-8)"
    )
