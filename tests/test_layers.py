"""The domain layers stay free of Qt (DESIGN.md section 1)."""

from __future__ import annotations

import ast
import importlib.util
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


# What only the services may touch: the database layer (DESIGN.md section 1).
DATABASE_MODULES = ("sqlalchemy", "sqlite3", "alembic", "app.models.db", "app.models.entities")


def _module_name(source: Path) -> str:
    relative = source.relative_to(APP_DIR.parent).with_suffix("")
    return ".".join(relative.parts).removesuffix(".__init__")


def _imports(source: Path) -> list[tuple[int, str, list[str]]]:
    """(line, module, imported names) of every import in a source file, nested ones too;
    relative imports are resolved against the file's package."""
    found = []
    package = _module_name(source).split(".")
    if source.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.append((node.lineno, module, [alias.name for alias in node.names]))
    return found


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def test_the_ui_and_the_command_line_never_touch_the_database():
    offenders = []
    for package in ("ui", "cli"):
        for source in (APP_DIR / package).rglob("*.py"):
            for line, module, names in _imports(source):
                full = [module] + [f"{module}.{name}" for name in names]
                if any(m == d or m.startswith(d + ".") for m in full for d in DATABASE_MODULES):
                    offenders.append(f"{source.relative_to(APP_DIR)}:{line}: {module}")
            tree = ast.parse(source.read_text(encoding="utf-8"))
            for node in ast.walk(tree):  # a profile's engine or a session reached directly
                if isinstance(node, ast.Attribute) and node.attr in ("engine", "session_factory"):
                    offenders.append(f"{source.relative_to(APP_DIR)}:{node.lineno}: .{node.attr}")
                if (  # profile.read() / profile.write(): the services' transactions
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("read", "write")
                    and "profile" in ast.unparse(node.func.value)
                ):
                    offenders.append(f"{source.relative_to(APP_DIR)}:{node.lineno}: a session")
    assert offenders == [], "only app/services may use the database: " + ", ".join(offenders)


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def test_no_module_imports_another_modules_private_name():
    """`from app.x import _helper` couples two rooms through what one of them hides; so does
    `x._helper` on an imported module."""
    offenders = []
    for source in APP_DIR.rglob("*.py"):
        modules: dict[str, str] = {}  # local name -> the app module it is bound to
        for line, module, names in _imports(source):
            if not module.startswith("app"):
                continue
            private = [n for n in names if _private(n)]
            if private:
                offenders.append(f"{source.relative_to(APP_DIR)}:{line}: {module} {private}")
            for name in names:
                if _is_module(f"{module}.{name}"):
                    modules[name] = f"{module}.{name}"
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules.update({a.asname: a.name for a in node.names if a.asname})
            elif isinstance(node, ast.ImportFrom):
                modules.update({a.asname: modules.get(a.name, "") for a in node.names if a.asname})
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and modules.get(node.value.id, "").startswith("app")
                and _private(node.attr)
            ):
                where = f"{source.relative_to(APP_DIR)}:{node.lineno}"
                offenders.append(f"{where}: {modules[node.value.id]}.{node.attr}")
    assert offenders == []
