"""The domain layers stay free of Qt (DESIGN.md section 1)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import app

APP_DIR = Path(app.__file__).parent
DOMAIN_PACKAGES = ("app.models", "app.services", "app.sync")


def test_domain_sources_never_import_qt():
    offenders = []
    for package in ("models", "services", "sync"):
        for source in (APP_DIR / package).rglob("*.py"):
            for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
                stripped = line.strip()
                if stripped.startswith(("import PySide6", "from PySide6", "import shiboken6")):
                    offenders.append(f"{source.relative_to(APP_DIR)}:{number}: {stripped}")
    assert offenders == []


def test_importing_every_domain_module_loads_no_qt():
    """Also catches indirect imports (a helper module that pulls Qt in)."""
    modules = []
    for package in ("models", "services", "sync"):
        for source in sorted((APP_DIR / package).rglob("*.py")):
            if "migrations" in source.parts:
                continue
            relative = source.relative_to(APP_DIR.parent).with_suffix("")
            name = ".".join(relative.parts).removesuffix(".__init__")
            modules.append(name)
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"Qt was imported: {result.stdout.strip()}"
    assert len(modules) >= 8
