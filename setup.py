"""Packaging that pyproject.toml alone cannot say: the top-level `resources/` folder
ships inside the package as `app.resources`, so an installed workbench (wheel or
`pip install .`) finds its policies, rule book, reply library and compiled
translations from any folder. `app/paths.py` looks there first, then beside the
source tree. Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

RESOURCES = {
    "compliance": ["*.toml"],
    "i18n": ["*.qm"],  # compiled catalogs only; the .ts sources stay in the repository
    "policies": ["*.toml"],
    "replies": ["*.toml"],
}

setup(
    packages=find_packages(include=["app", "app.*"])
    + ["app.resources"]
    + [f"app.resources.{folder}" for folder in RESOURCES],
    package_dir={"app.resources": "resources"},
    package_data={
        "app.models.migrations": ["script.py.mako", "versions/*.py"],
        "app.demo": ["cases/*.toml", "cases/*.md", "phrases_data/*.toml", "phrases_data/*.md"],
        **{f"app.resources.{folder}": globs for folder, globs in RESOURCES.items()},
    },
    include_package_data=False,
)
