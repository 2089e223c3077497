"""A fork server for the crash tests: runs `workbench` commands in fresh processes, fast,
and kills them with SIGKILL at a chosen point.

It is started once per test session (`python tests/crash/forkserver.py`), imports the
application once, and then, for each request read from stdin (one JSON object per line),
forks one child per command. Each child is a new process running `app.cli.runner.main(argv)`
exactly as the `workbench` command does (its own profile, engine and connections; only
the imported modules are shared), with stdout and stderr in files. Forking saves the
half second of imports per command, which is what makes killing at every DDL statement
of creation and of every upgrade affordable.

A request: {"children": [CHILD, ...], "timeout": seconds}. All children of one request
are forked first and released together (a race starts at the same instant). A CHILD:

    argv           the command line after `workbench`
    kill_at_ddl    SIGKILL just before the N-th schema statement (CREATE, ALTER, DROP, or
                   the INSERT/UPDATE of the alembic_version stamp)
    kill_at_stmt   SIGKILL just before the N-th SQL statement of any kind
    kill_at_fs     SIGKILL just before the N-th file event (open for writing, rename,
                   remove, sqlite3.connect, and just after sqlite3 opened a file) whose
                   path contains `fs_match`
    fs_match       see kill_at_fs
    kill_after     the server sends SIGKILL this many seconds after the release
    repeat         run the command this many times in a row (or until one fails or the
                   kill); "{i}" in an argument becomes the iteration number; each
                   acknowledged (exit 0) result is written to stdout as one JSON line
                   before the next starts

The reply, one JSON line: {"children": [RESULT, ...]} where RESULT has "rc" (exit code
or null), "signal" (the signal that ended it or null), "stdout", "stderr", "ddl" (the
schema statements seen, first line of each, when it was not killed), "statements" (all
statements seen) and "fs" (file events seen).
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

# Import what the commands import, once, so that each child starts at once.
import sqlalchemy  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402

import app.cli.runner  # noqa: E402, F401
import app.demo  # noqa: E402, F401
import app.demo.generated  # noqa: E402, F401
import app.demo.scripted  # noqa: E402, F401
import app.services.evidence  # noqa: E402, F401

try:  # migrations load these lazily
    import alembic.command  # noqa: F401
    import alembic.config  # noqa: F401
    import alembic.script  # noqa: F401
except ImportError:  # pragma: no cover
    pass

DDL = re.compile(r"\s*(CREATE|ALTER|DROP)\b", re.IGNORECASE)
STAMP = re.compile(r"\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?alembic_version\b", re.IGNORECASE)
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _install_hooks(spec: dict, seen: dict) -> None:
    kill_ddl = spec.get("kill_at_ddl")
    kill_stmt = spec.get("kill_at_stmt")
    kill_fs = spec.get("kill_at_fs")
    fs_match = spec.get("fs_match") or ""

    def before_cursor_execute(conn, cursor, statement, params, context, executemany):  # noqa: ANN001
        seen["statements"] += 1
        if kill_stmt is not None and seen["statements"] >= kill_stmt:
            _die()
        if DDL.match(statement) or STAMP.match(statement):
            seen["ddl"].append(statement.strip().splitlines()[0][:160])
            if kill_ddl is not None and len(seen["ddl"]) >= kill_ddl:
                _die()

    sqlalchemy.event.listen(Engine, "before_cursor_execute", before_cursor_execute)

    if not fs_match:
        return
    last_connect = [""]

    def fs_event(name: str, path: object) -> None:
        text = os.fsdecode(path) if isinstance(path, str | bytes | os.PathLike) else ""
        if fs_match not in text:
            return
        seen["fs"].append(f"{name} {text}")
        if kill_fs is not None and len(seen["fs"]) >= kill_fs:
            _die()

    def audit(event: str, args: tuple) -> None:
        if event == "open":
            path, mode, flags = args
            writing = (mode is not None and any(c in mode for c in "wax+")) or (
                mode is None and isinstance(flags, int) and flags & _WRITE_FLAGS
            )
            if writing:
                fs_event("open", path)
        elif event in ("os.rename", "os.remove", "os.rmdir", "shutil.move"):
            fs_event(event, args[0])
        elif event == "os.link":  # a new name for a file: where it appears is what counts
            fs_event(event, args[1])
        elif event == "sqlite3.connect":
            last_connect[0] = os.fsdecode(args[0]) if args and args[0] is not None else ""
            fs_event(event, last_connect[0])
        elif event == "sqlite3.connect/handle":
            fs_event(event, last_connect[0])

    sys.addaudithook(audit)


def _child(spec: dict, release_fd: int, out: str, err: str, stats: str) -> None:
    """In the forked child: wait for the release, run the command(s), never return."""
    code = 70
    try:
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        out_fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        err_fd = os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(out_fd, 1)
        os.dup2(err_fd, 2)
        sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        os.closerange(3, release_fd)  # the server's reply pipe and anything else inherited
        os.closerange(release_fd + 1, 4096)
        os.read(release_fd, 1)  # returns at EOF: when the server closes its end
        os.close(release_fd)
        seen: dict = {"ddl": [], "statements": 0, "fs": []}
        _install_hooks(spec, seen)
        from app.cli.runner import main

        repeat = spec.get("repeat")
        if repeat is None:
            code = main(list(spec["argv"]))
        else:
            real_stdout = sys.stdout
            for i in range(repeat):
                sys.stdout = io.StringIO()
                argv = [a.replace("{i}", str(i)) for a in spec["argv"]]
                code = main(argv)
                text = sys.stdout.getvalue()
                sys.stdout = real_stdout
                if code != 0:
                    sys.stderr.write(f"iteration {i}: exit {code}\n")
                    break
                line = json.dumps(json.loads(text), ensure_ascii=False) + "\n"
                os.write(1, line.encode("utf-8"))  # acknowledged: on the record at once
        sys.stdout.flush()
        sys.stderr.flush()
        Path(stats).write_text(json.dumps(seen), encoding="utf-8")
    except BaseException:  # noqa: BLE001
        import traceback

        try:
            traceback.print_exc()
            sys.stderr.flush()
        except BaseException:  # noqa: BLE001
            pass
    finally:
        os._exit(code if isinstance(code, int) else 70)


def _run(request: dict, scratch: Path) -> dict:
    specs = request["children"]
    timeout = float(request.get("timeout", 120))
    read_fd, write_fd = os.pipe()
    children = []
    sys.stdout.flush()
    sys.stderr.flush()
    for number, spec in enumerate(specs):
        base = scratch / f"c{number}"
        files = (f"{base}.out", f"{base}.err", f"{base}.stats")
        for name in files:
            Path(name).unlink(missing_ok=True)
        pid = os.fork()
        if pid == 0:
            os.close(write_fd)
            _child(spec, read_fd, *files)
        children.append((pid, spec, files))
    os.close(read_fd)
    os.close(write_fd)  # releases every child at once
    started = time.monotonic()
    status: dict[int, int] = {}
    killed_by_server: set[int] = set()
    pending = {pid: spec for pid, spec, _ in children}
    while pending:
        now = time.monotonic() - started
        for pid, spec in list(pending.items()):
            done, code = os.waitpid(pid, os.WNOHANG)
            if done:
                status[pid] = code
                del pending[pid]
                continue
            delay = spec.get("kill_after")
            if (delay is not None and now >= delay) or now >= timeout:
                if now >= timeout and (delay is None or now < delay):
                    killed_by_server.add(pid)
                os.kill(pid, signal.SIGKILL)
        if pending:
            time.sleep(0.002)
    results = []
    for pid, _spec, (out, err, stats) in children:
        code = status[pid]
        stats_data = {"ddl": [], "statements": 0, "fs": []}
        if Path(stats).exists():
            stats_data = json.loads(Path(stats).read_text(encoding="utf-8"))
        results.append(
            {
                "rc": os.WEXITSTATUS(code) if os.WIFEXITED(code) else None,
                "signal": os.WTERMSIG(code) if os.WIFSIGNALED(code) else None,
                "timed_out": pid in killed_by_server,
                "stdout": Path(out).read_text(encoding="utf-8", errors="replace"),
                "stderr": Path(err).read_text(encoding="utf-8", errors="replace"),
                **stats_data,
            }
        )
    return {"children": results}


def _warm_up() -> None:
    """Run each kind of command once here, so that what the application imports lazily
    (migrations, demo media, export) is imported once, not again in every child."""
    import contextlib

    from app.cli.runner import main

    def quietly(*argv: str) -> str:
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            main(list(argv))
        return out.getvalue()

    with tempfile.TemporaryDirectory(prefix="crash-warm-up-") as folder:
        data = ("--data-dir", str(Path(folder) / "profile"))
        try:
            quietly(*data, "demo", "seed", "--cases", "2", "--json")
            quietly(*data, "doctor", "--json")
            listed = json.loads(quietly(*data, "cases", "list", "--json"))
            refs = [c["ref"] for c in listed if c.get("order_id") == "113-4829173-5520931"]
            if refs:
                out = str(Path(folder) / "bundle.zip")
                quietly(*data, "evidence", "export", refs[0], "--out", out, "--json")
        except Exception:  # noqa: BLE001
            pass  # only a warm-up: the tests will say what is wrong


def serve() -> None:
    _warm_up()
    reply_stream = os.fdopen(os.dup(1), "w", encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="crash-forkserver-") as folder:
        scratch = Path(folder)
        for line in sys.stdin:
            if not line.strip():
                continue
            try:
                reply = _run(json.loads(line), scratch)
            except Exception as exc:  # noqa: BLE001
                reply = {"error": f"{type(exc).__name__}: {exc}"}
            reply_stream.write(json.dumps(reply, ensure_ascii=False) + "\n")
            reply_stream.flush()


if __name__ == "__main__":
    serve()
