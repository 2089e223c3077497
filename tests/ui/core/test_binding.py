"""A tripwire for the Qt binding: a release that loses references to None or True
must never be installed again.

PySide6 6.12.0 on Python 3.11 dropped one reference to `True` on every
`SignalInstance.emit()` and one to `None` on every call of a Qt method that
returns nothing (`setText`, `setObjectName`...). Python 3.11 counts references
on these objects, so after some tens of thousands of calls (minutes of
ordinary use) the process died with "deallocating None". The project excludes
that release in pyproject.toml instead of patching reference counts; this test
fails as soon as a leaking release is installed, whichever it is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

CALLS = 3_000

PROBE = textwrap.dedent(
    f"""
    import json, sys
    import PySide6
    from PySide6.QtCore import QObject, Signal

    print(json.dumps(dict(version=PySide6.__version__)), flush=True)  # before it may crash

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    probe.ping.emit(), probe.setObjectName("warm-up")  # first calls may cache things
    before = sys.getrefcount(True)
    for _ in range({CALLS}):
        probe.ping.emit()
    true_lost = before - sys.getrefcount(True)
    before = sys.getrefcount(None)
    for _ in range({CALLS}):
        probe.setObjectName("probe")
    none_lost = before - sys.getrefcount(None)
    print(json.dumps(dict(true_lost=true_lost, none_lost=none_lost)), flush=True)
    """
)


def test_the_installed_pyside6_does_not_lose_references_to_true_or_none():
    """In a child process: a quiet interpreter, and a leaking binding cannot harm pytest."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the probe did not start: {result.stderr[-2000:]}"
    version = lines[0]["version"]
    if result.returncode != 0:
        # In a fresh interpreter True has so few references that the leak kills it outright.
        leaks = [f"the probe died ({result.stderr.strip().splitlines()[0][:200]})"]
    else:
        measured = lines[-1]
        leaks = [
            f"{what}: {lost} references lost in {CALLS} calls"
            for what, lost in (
                ("SignalInstance.emit() and True", measured["true_lost"]),
                ("a void Qt setter and None", measured["none_lost"]),
            )
            if lost >= CALLS // 2
        ]
    assert not leaks, (
        f"PySide6 {version} LEAKS REFERENCES to Python singletons ({'; '.join(leaks)}). "
        f"A long session dies with 'deallocating None'. This release must be excluded "
        f'in pyproject.toml, e.g. "PySide6-Essentials>=6.7,<7,!={version}".'
    )
