"""Start-up benchmark (DESIGN.md section 9). Prints JSON; not part of the test run.

    python bench/startup.py [--repeat 5] [--cases 0] [--profile DIR]

From the command to the first painted main window, as a ratio in one run:

- `bare`: a fresh Python process that makes a bare PySide6 window with a
  table and a text box and paints it (the floor: interpreter and Qt);
- `workbench`: a fresh process that runs the `workbench` command on a demo
  profile (seeded once, before the clock) until its main window is painted,
  and then until the inbox shows its first rows.

Runs alternate between the two so that a busy machine slows both alike; the
medians are compared. The budget is at most 3x the bare window.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_RATIO = 3.0

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTableView, QTextEdit


class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType():
            print("painted", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            QApplication.instance().removeEventFilter(self)
        return False


app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
model = QStandardItemModel(100, 6)
for row in range(100):
    for column in range(6):
        model.setItem(row, column, QStandardItem(f"{row}:{column}"))
window = QMainWindow()
splitter = QSplitter()
table = QTableView()
table.setModel(model)
splitter.addWidget(table)
splitter.addWidget(QTextEdit())
window.setCentralWidget(splitter)
window.resize(1200, 800)
window.show()
app.exec()
"""

# Runs the real command; watches from the moment the application object exists.
WORKBENCH = """
import sys
import app.ui.app as gui
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

make_application = gui.make_application


class Watch(QObject):
    painted = False

    def eventFilter(self, obj, event):
        if event.type() != QEvent.Type.Paint or not obj.isWidgetType():
            return False
        if not isinstance(obj.window(), QMainWindow):
            return False
        if not self.painted:
            self.painted = True
            print("painted", flush=True)
        window = obj.window()
        model = getattr(window, "inbox_model", None)
        if model is not None and model.rowCount() > 0:
            print("inbox", flush=True)
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def watched(*args, **kwargs):
    app = make_application(*args, **kwargs)
    app.installEventFilter(WATCH)
    return app


WATCH = Watch()
gui.make_application = watched
from app.cli.runner import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The agent's own settings (window geometry, language) stay out of the measurement.
    env["HOME"] = str(home)
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def timed(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Milliseconds from spawning the process to each line it prints."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    marks: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        marks.setdefault(line.strip(), (time.perf_counter() - start) * 1000)
    _out, err = process.communicate(timeout=120)
    if process.returncode != 0 or "painted" not in marks:
        raise SystemExit(f"child failed ({process.returncode}): {err[-2000:]}")
    return marks


def seed(profile: Path, cases: int, env: dict[str, str]) -> None:
    command = [sys.executable, "-m", "app", "--data-dir", str(profile), "demo", "seed"]
    if cases:
        command += ["--cases", str(cases)]
    subprocess.run(command, check=True, env=env, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cases", type=int, default=0, help="generated cases beside the demo")
    parser.add_argument("--profile", type=Path, help="a seeded profile to reuse")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as scratch:
        home = Path(scratch) / "home"
        home.mkdir()
        env = child_env(home)
        profile = args.profile or Path(scratch) / "profile"
        if not (profile / "workbench.sqlite3").exists():
            seed(profile, args.cases, env)
        timed(BARE, [], env)  # warm the file cache for both
        timed(WORKBENCH, [str(profile)], env)
        bare, painted, inbox = [], [], []
        for _ in range(args.repeat):
            bare.append(timed(BARE, [], env)["painted"])
            marks = timed(WORKBENCH, [str(profile)], env)
            painted.append(marks["painted"])
            inbox.append(marks.get("inbox", float("nan")))
    bare_ms = statistics.median(bare)
    painted_ms = statistics.median(painted)
    inbox_ms = statistics.median(inbox)
    print(
        json.dumps(
            {
                "profile": str(profile) if args.profile else f"demo + {args.cases} generated",
                "repeat": args.repeat,
                "bare_window_ms": round(bare_ms, 1),
                "workbench_painted_ms": round(painted_ms, 1),
                "workbench_inbox_rows_ms": round(inbox_ms, 1),
                "painted_ratio": round(painted_ms / bare_ms, 2),
                "inbox_ratio": round(inbox_ms / bare_ms, 2),
                "budget_ratio": BUDGET_RATIO,
                "within_budget": painted_ms / bare_ms <= BUDGET_RATIO,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
