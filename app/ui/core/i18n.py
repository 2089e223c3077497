"""Language of the UI: translators, default locale, layout direction, and formatting.

One place owns all of it (STYLE.md habit 11). Dates and times are formatted
with babel in the agent's locale and time zone.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.paths import resource_folder

if TYPE_CHECKING:
    import babel

log = logging.getLogger(__name__)

I18N_DIR = resource_folder("i18n")
RTL_LANGUAGES = {"ar", "he", "fa", "ur"}


class Language:
    """The agent's language: installed translators and a babel locale for formatting."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.rtl = is_rtl_language(tag)

    @cached_property
    def babel(self) -> babel.Locale:
        """The babel locale for formatting; loaded on first use (babel's data is not needed
        to show the window)."""
        import babel

        try:
            return babel.Locale.parse(self.tag.replace("-", "_"))
        except (ValueError, babel.UnknownLocaleError):
            log.warning("unknown locale %r, using English", self.tag)
            return babel.Locale.parse("en_US")

    # The translators in force, whichever Language installed them: installing a
    # language replaces the previous one's catalogs entirely.
    _installed: list[QTranslator] = []

    def install(self, app: QApplication) -> None:
        """Install our catalog and Qt's own, set the default QLocale and the layout direction."""
        for translator in Language._installed:
            app.removeTranslator(translator)
        Language._installed.clear()
        qlocale = QLocale(self.tag.replace("-", "_"))
        QLocale.setDefault(qlocale)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # QTranslator.load(locale, ...) tries qtbase_zh_CN, then qtbase_zh, and so on.
        for name, folder in (("qtbase", qt_dir), ("workbench", str(I18N_DIR))):
            translator = QTranslator(app)
            if translator.load(qlocale, name, "_", folder):
                app.installTranslator(translator)
                Language._installed.append(translator)
        app.setLayoutDirection(Qt.RightToLeft if self.rtl else Qt.LeftToRight)

    # Formatting -------------------------------------------------------------------------

    def when(self, moment: dt.datetime | None, now: dt.datetime | None = None) -> str:
        """A short, readable time: "14:05" today, "21 Nov" this year, "21 Nov 2025" before."""
        import babel.dates

        if moment is None:
            return ""
        local = moment.astimezone()
        now_local = (now or dt.datetime.now(dt.UTC)).astimezone()
        if local.date() == now_local.date():
            return babel.dates.format_time(local, "short", locale=self.babel)
        if local.year == now_local.year:
            return babel.dates.format_skeleton("MMMd", local, locale=self.babel)
        return babel.dates.format_date(local, "medium", locale=self.babel)

    def full(self, moment: dt.datetime | None) -> str:
        """Date and time to the minute, in the agent's time zone ("Nov 21, 2026, 14:05")."""
        import babel.dates

        if moment is None:
            return ""
        local = moment.astimezone()
        pattern = self.babel.datetime_formats["medium"].replace("'", "")
        return pattern.replace(
            "{1}", babel.dates.format_date(local, "medium", locale=self.babel)
        ).replace("{0}", babel.dates.format_time(local, "short", locale=self.babel))

    def short_day(self, day: dt.date | None) -> str:
        """A date without its year ("21 Nov", "11월 21일")."""
        import babel.dates

        if day is None:
            return ""
        return babel.dates.format_skeleton("MMMd", day, locale=self.babel)

    def day(self, day: dt.date | None) -> str:
        import babel.dates

        if day is None:
            return ""
        return babel.dates.format_date(day, "medium", locale=self.babel)

    def duration(self, delta: dt.timedelta, parts: int = 2) -> str:
        """A span as people say it: "3 hr 12 min", "26 hr", "2 days 4 hr", "5 days" (sign ignored);
        `parts=1` keeps only the largest unit ("3 hr"), for narrow columns."""
        import babel.units

        seconds = int(abs(delta.total_seconds()))
        days, rest = divmod(seconds, 86400)
        hours, rest = divmod(rest, 3600)
        minutes = rest // 60
        if days >= 3:
            units = [(days, "duration-day")]
        elif days == 2:
            units = [(days, "duration-day")] + ([(hours, "duration-hour")] if hours else [])
        elif days or hours:  # under two days, hours say it best ("in 26 hr")
            hours += 24 * days
            units = [(hours, "duration-hour")] + ([(minutes, "duration-minute")] if minutes else [])
        else:
            units = [(max(minutes, 1), "duration-minute")]
        return " ".join(
            babel.units.format_unit(value, unit, length="short", locale=self.babel)
            for value, unit in units[:parts]
        )

    def number(self, value: int) -> str:
        import babel.numbers

        return babel.numbers.format_decimal(value, locale=self.babel)

    def file_size(self, size: int) -> str:
        """A byte count as the agent's language writes it: 512 bytes, 2.9 kB, 30 MB."""
        import babel.units

        if size < 1024:
            return babel.units.format_unit(size, "digital-byte", "long", locale=self.babel)
        unit, value = "digital-kilobyte", size / 1024
        if size >= 1024 * 1024:
            unit, value = "digital-megabyte", size / 1048576
        return babel.units.format_unit(value, unit, "short", format="#,##0.#", locale=self.babel)

    def language_name(self, tag: str | None) -> str:
        """A language code as a name in the agent's language ("ko-KR" -> "Korean")."""
        import babel

        if not tag:
            return ""
        try:
            return babel.Locale.parse(tag.replace("-", "_")).get_language_name(self.babel) or tag
        except (ValueError, babel.UnknownLocaleError):
            return tag


def saved_language(settings: QSettings) -> str | None:
    """The UI language saved in Preferences (None: the system's); a device setting."""
    from app.services.core.settings import UI_LANGUAGE

    value = settings.value(UI_LANGUAGE.key, UI_LANGUAGE.default)
    return str(value) or None


def is_rtl_language(tag: str | None) -> bool:
    """Whether text in the language `tag` ("ar-SA", "he") is written right to left."""
    return bool(tag) and tag.replace("_", "-").split("-")[0].lower() in RTL_LANGUAGES


def isolate(text: str) -> str:
    """Wrap text in Unicode first-strong isolates, so that a Latin order id or date inside
    an Arabic sentence (or Arabic inside an English one) keeps its own direction."""
    return f"\u2068{text}\u2069" if text else ""


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """Put `values` into the `%1`, `%2`... of a translated `template`, in one pass.

    The one way placeholders are filled in the UI. Each value is isolated
    (`isolate`), so an order id, a number or a name keeps its own direction
    inside a sentence of the other direction; a value that itself contains
    `%2` is never filled again. A placeholder without a value stays as it is.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if 0 <= index < len(values):
            return isolate(str(values[index]))
        return match.group(0)

    return _PLACEHOLDER.sub(value, template)
