"""Removing where a photo was taken (GPS) from exported copies, and proving it is gone.

Only metadata is rewritten, never the picture: Exif loses its GPS
directory in place (orientation and the rest stay), and blocks of text
that hold coordinates (XMP in any encoding and namespace, comments, IPTC,
Photoshop resources, PNG text, GIF extensions, WebP chunks) are dropped.
Blocks a format does not need to show the picture and that are not known
and checked (vendors' segments and chunks) are dropped too, and so is any
Exif block whose directories cannot all be read.
HEIC, AVIF and TIFF files keep their layout: only their Exif GPS can be
emptied in place. Every result is checked with `find_location`, which
looks through the bytes without trusting the format: "removed" is claimed
only when that check finds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.services.evidence.location.formats import (
    clean_in_place,
    strip_gif,
    strip_png,
    strip_webp,
)
from app.services.evidence.location.jpeg import Unreadable, strip_jpeg
from app.services.evidence.location.scan import find_location

__all__ = ["Stripped", "Verdict", "find_location", "strip_location", "verdict"]

_NAMES = {
    "image/jpeg": "JPEG photo",
    "image/png": "PNG image",
    "image/gif": "GIF image",
    "image/webp": "WebP image",
    "image/heic": "HEIC photo",
    "image/avif": "AVIF image",
    "image/tiff": "TIFF image",
    "image/bmp": "BMP image",
}
_REWRITERS: dict[str, Callable[[bytes], tuple[bytes, list[str]]]] = {
    "image/jpeg": strip_jpeg,
    "image/png": strip_png,
    "image/gif": strip_gif,
    "image/webp": strip_webp,
}
_IN_PLACE = {"image/heic", "image/avif", "image/tiff"}


@dataclass(frozen=True)
class Stripped:
    data: bytes
    removed: bool  # True: the check found no location left in `data`
    note: str | None = None  # why not, or what else was left out
    found: str | None = None  # what the check found left in `data`, if anything


@dataclass(frozen=True)
class Verdict:
    removed: bool  # True: no location left in the exported bytes
    found: bool  # the check found a location (or could not finish)
    note: str | None


def _name(media_type: str) -> str:
    return _NAMES.get(media_type, media_type)


def strip_location(data: bytes, media_type: str) -> Stripped | None:
    """`data` without location metadata, checked; None for files that are not photos."""
    if not media_type.startswith("image/"):
        return None
    what = _name(media_type)
    rewrite = _REWRITERS.get(media_type)
    try:
        if rewrite is not None:
            cleaned, notes = rewrite(data)
        elif media_type in _IN_PLACE:
            cleaned, notes = clean_in_place(data, media_type), []
        else:
            cleaned, notes = data, []
    except (Unreadable, IndexError, ValueError) as exc:
        found = find_location(data)
        return Stripped(data, removed=False, note=_damaged(what, exc, found), found=found)
    found = find_location(cleaned)
    if found is None and media_type in _IN_PLACE and cleaned == data:
        # Nothing to remove, and nothing that could have been rewritten: say so plainly.
        return Stripped(data, removed=False, note=_none_found(what, None))
    if found is None:
        if media_type in _IN_PLACE:
            notes.append("Its GPS data was emptied in place; the picture is unchanged.")
        return Stripped(cleaned, removed=True, note=" ".join(notes) or None)
    if media_type in _IN_PLACE:  # not lossless to go further: the file goes out as it came
        return Stripped(data, removed=False, note=_not_removable(what), found=find_location(data))
    return Stripped(cleaned, removed=False, note=_left(what, found), found=found)


def verdict(stripped: Stripped | None, exported: bytes, media_type: str) -> Verdict | None:
    """What the manifest says about a photo, from the bytes as they are in the bundle."""
    if stripped is None:
        return None
    found = find_location(exported)
    what = _name(media_type)
    if found is None and stripped.removed:
        return Verdict(removed=True, found=False, note=stripped.note)
    if found is None:
        return Verdict(removed=False, found=False, note=_none_found(what, stripped.note))
    note = stripped.note if stripped.found else _left(what, found)
    return Verdict(removed=False, found=True, note=note)


def _damaged(what: str, exc: Exception, found: str | None) -> str:
    text = (
        f"This {what} is damaged ({exc}), so its location could not be removed; the file "
        "is exported unchanged."
    )
    if found:
        return text + f" It still holds {found}: check it before sending it."
    return text + " No location was found in it."


def _not_removable(what: str) -> str:
    return (
        f"The location cannot be removed from this {what} without changing the picture, so "
        "the file is exported unchanged and still shows where it was taken. Leave it out, or "
        "save it as JPEG and attach that copy, before sending the bundle."
    )


def _left(what: str, found: str) -> str:
    return (
        f"Workbench could not remove every location from this {what}: the exported copy "
        f"still holds {found}. Leave it out, or save it as a new JPEG and attach that copy, "
        "before sending the bundle."
    )


def _none_found(what: str, earlier: str | None) -> str:
    if earlier and earlier.startswith("This "):
        return earlier  # damaged: already says that no location was found
    return (
        f"No location was found in this {what}. Workbench cannot rewrite this kind of file, "
        "so it was checked, not changed, and is exported unchanged."
    )
