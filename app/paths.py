"""Where the workbench's own files are, whether it runs from a source tree or an installed wheel.

The folders live at the top of the source tree (`resources/`, beside `app/`);
a built wheel carries them inside the package as `app/resources/`
(pyproject.toml maps them there), so `pip install .` and a wheel work from
any folder.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_folder(name: str) -> Path:
    """The resource folder `name` (`i18n`, `replies`, `policies`, `compliance`)."""
    installed = _PACKAGE / "resources" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources" / name


def default_data_dir() -> Path:
    """The profile folder when none is given: the platform's user data folder."""
    import platformdirs

    return Path(platformdirs.user_data_dir("SupportWorkbench", appauthor=False))
