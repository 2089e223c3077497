"""The small languages of a demo case file: relative times, UTC offsets and `{placeholders}`.

A scripted case is written once and seeded any day, so its times are relative
to the moment of seeding ("3 days 2 hours ago", "in 4 days", "today") and its
texts show dates through placeholders (`{delivered:%d.%m.}`, `{estimated_to.day}`)
filled at seeding time. Parsing never raises: it returns None and the reader
(`case_files`) words the problem with the file and the field.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Mapping

# "4 days 1 hour 12 minutes ago", "30 hours ago", "in 9 days", "today"
_PART = re.compile(r"(\d+)\s*([a-z]+)")
_UNITS = {
    "d": "days",
    "day": "days",
    "days": "days",
    "h": "hours",
    "hour": "hours",
    "hours": "hours",
    "m": "minutes",
    "min": "minutes",
    "mins": "minutes",
    "minute": "minutes",
    "minutes": "minutes",
}
_NOW = ("now", "today")
_OFFSET = re.compile(r"([+-])(\d{2}):(\d{2})")


def parse_relative(text: str) -> dt.timedelta | None:
    """How far from now `text` is (negative in the past); None when it is not a relative time."""
    words = " ".join(text.strip().lower().split())
    if words in _NOW:
        return dt.timedelta(0)
    if words.endswith(" ago"):
        sign, words = -1, words.removesuffix(" ago")
    elif words.startswith("in "):
        sign, words = 1, words.removeprefix("in ")
    else:
        return None
    parts: dict[str, int] = {}
    rest = _PART.sub("", words.replace(",", " ").replace(" and ", " "))
    if rest.strip():
        return None
    for number, unit in _PART.findall(words):
        name = _UNITS.get(unit)
        if name is None or name in parts:
            return None
        parts[name] = int(number)
    if not parts:
        return None
    return sign * dt.timedelta(**parts)


def parse_utc_offset(text: str) -> dt.timedelta | None:
    """ "+09:00" -> 9 hours; None when `text` is not an offset of that form (-14:00 ... +14:00)."""
    match = _OFFSET.fullmatch(text.strip())
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    offset = dt.timedelta(hours=int(hours), minutes=int(minutes))
    if offset > dt.timedelta(hours=14) or int(minutes) >= 60:
        return None
    return -offset if sign == "-" else offset


def local_wall_time(moment: dt.datetime, offset: dt.timedelta) -> dt.datetime:
    """Wall-clock time at a UTC offset, naive, as a phone camera writes it into EXIF."""
    return (moment + offset).replace(tzinfo=None)


# ----------------------------------------------------------------------------- placeholders

_FIELD = re.compile(r"(?P<name>[a-z_][a-z0-9_]*)(?:\.(?P<part>year|month|day|hour|minute))?")


class UnknownPlaceholder(KeyError):
    """A `{name}` the text may not use; `.args[0]` is what was written between the braces."""


class _Filler(string.Formatter):
    """str.format limited to `{name}`, `{name.month}` (year ... minute) and a format spec.

    No indexing and no other attributes: a data file cannot reach into objects.
    """

    def get_field(self, field_name: str, args, kwargs):  # noqa: ANN001, ANN201
        match = _FIELD.fullmatch(field_name)
        if match is None or match["name"] not in kwargs:
            raise UnknownPlaceholder(field_name)
        value = kwargs[match["name"]]
        if match["part"]:
            if not isinstance(value, dt.date):
                raise UnknownPlaceholder(field_name)
            value = getattr(value, match["part"], None)
            if value is None:  # .hour of a date
                raise UnknownPlaceholder(field_name)
        return value, field_name


_FILLER = _Filler()


def fill_text(template: str, values: Mapping[str, object]) -> str:
    """`template` with its placeholders filled from `values`.

    Raises UnknownPlaceholder for a name not in `values`, ValueError for a bad
    format or a lone brace, TypeError for a format the value does not take.
    """
    return _FILLER.vformat(template, (), values)
