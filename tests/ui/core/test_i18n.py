"""UI translations: every catalog is complete, compiled, current with the code, and loads."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.ui.core.i18n import I18N_DIR, Language

# catalog locale -> a language tag as the app receives it (regional, to test the fallback)
CATALOGS = {
    "ar": "ar-SA",
    "ko": "ko-KR",
    "zh_CN": "zh-CN",
    "ru": "ru-RU",
    "de": "de-AT",
    "ja": "ja-JP",
    "es": "es-MX",
}
REPO = I18N_DIR.parents[1]
TOOLS = Path(sys.executable).parent
REFRESH = "run the commands of resources/i18n/README.md (lupdate, translate, lrelease)"
PLACEHOLDER = re.compile(r"%\d+")
NO_ACCELERATOR = {"ar"}  # accelerators on Arabic letters are poor practice: none in ar

Key = tuple[str, str]


def ts_path(locale: str) -> Path:
    return I18N_DIR / f"workbench_{locale}.ts"


def current_messages(ts: Path) -> dict[Key, ET.Element]:
    """(context, source) -> <translation> of messages still in the code (not vanished)."""
    messages = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            messages[(name, message.findtext("source", ""))] = translation
    return messages


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    """What lupdate finds in app/ui now."""
    probe = tmp_path_factory.mktemp("lupdate") / "workbench_probe.ts"
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "app" / "ui").rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(probe)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    return set(current_messages(probe))


def test_every_catalog_is_there() -> None:
    found = {p.stem.removeprefix("workbench_") for p in I18N_DIR.glob("workbench_*.ts")}
    assert found == set(CATALOGS)
    assert (I18N_DIR / "README.md").is_file()


@pytest.mark.parametrize("locale", CATALOGS)
def test_catalog_has_every_ui_string(locale: str, strings_in_code: set[Key]) -> None:
    catalog = set(current_messages(ts_path(locale)))
    missing = sorted(strings_in_code - catalog)
    gone = sorted(catalog - strings_in_code)
    assert not missing, f"UI strings missing from workbench_{locale}.ts: {missing}; {REFRESH}"
    assert not gone, f"workbench_{locale}.ts has strings no longer in app/ui: {gone}; {REFRESH}"
    assert len(catalog) == len(strings_in_code)


@pytest.mark.parametrize("locale", CATALOGS)
def test_every_message_is_translated(locale: str) -> None:
    ts = ts_path(locale)
    assert ET.parse(ts).getroot().get("language") == locale
    problems = []
    for (context, source), translation in current_messages(ts).items():
        text = translation.text or ""
        where = f"{context}: {source!r}"
        if translation.get("type") == "unfinished" or not text.strip():
            problems.append(f"{where} is not translated")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{where}: placeholders differ in {text!r}")
        if (
            "&" in source
            and locale not in NO_ACCELERATOR
            and text.replace("&&", "").count("&") != 1
        ):
            problems.append(f"{where}: needs one accelerator (&) in {text!r}")
    assert not problems, f"workbench_{locale}.ts ({REFRESH}):\n" + "\n".join(problems)


@pytest.mark.parametrize("locale", CATALOGS)
def test_compiled_catalog_is_current(locale: str, tmp_path: Path) -> None:
    committed = I18N_DIR / f"workbench_{locale}.qm"
    assert committed.is_file(), f"{committed.name} is missing; {REFRESH}"
    fresh = tmp_path / committed.name
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts_path(locale)), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == committed.read_bytes(), f"{committed.name} is stale; {REFRESH}"


@pytest.fixture
def app(qtbot) -> Iterator[QApplication]:
    """The application (qtbot creates it); afterwards English again, for the other tests."""
    application = QApplication.instance()
    locale = QLocale()
    yield application
    for translator in application.findChildren(QTranslator):
        application.removeTranslator(translator)
        translator.deleteLater()
    Language("en-US").install(application)
    QLocale.setDefault(locale)
    assert QCoreApplication.translate("Conversation", "Send reply") == "Send reply"
    assert application.layoutDirection() == Qt.LeftToRight


@pytest.mark.parametrize(("locale", "tag"), CATALOGS.items())
def test_installing_a_language_translates_the_ui(locale: str, tag: str, app: QApplication) -> None:
    expected = current_messages(ts_path(locale))[("Conversation", "Send reply")].text
    assert expected and expected != "Send reply"

    Language(tag).install(app)

    assert QCoreApplication.translate("Conversation", "Send reply") == expected
    rtl = Qt.RightToLeft if locale == "ar" else Qt.LeftToRight
    assert app.layoutDirection() == rtl
