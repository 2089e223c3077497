"""Looking for a location left anywhere in a file's bytes, whatever holds it.

This is the check behind every "location removed": it knows no format, so
it also finds what a format's own reader would skip. It looks for

- Exif GPS directories in any TIFF structure, wherever it starts (a structure
  whose directories cannot all be read counts as holding one);
- coordinates in text (XMP, comments, JSON, drone makers' tags) written in
  UTF-8, Latin-1, UTF-16 or UTF-32 of either byte order, BOM or not: named
  ones, pairs of decimals (comma, semicolon or space between), degrees with
  minutes and seconds, N/S/E/W hemispheres;
- the same inside hex- or base64-encoded blocks and compressed data: zlib and
  gzip streams wherever their header is, raw deflate where a block plausibly
  starts (after an identifier and its NUL, or a JPEG header segment's length).

It reads every byte once per view, decoded data included, within a fixed
budget: a file that would need more (a decompression bomb) is reported as
not checkable rather than as clean.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from collections.abc import Iterator

from app.services.evidence.location.tiff import TIFF_HEADERS, gps_state

# Names and shapes of coordinates in text. Names: any element, attribute or key whose
# name says latitude/longitude, GPS position/coordinates, or is a bare lat/lon/lng.
COORDINATES = re.compile(
    rb"latitude|longitude|gps_?(?:coord|pos|lat|lon|lng)"
    rb"|[:<\s\"'{,](?:lat|lon|lng|long)\s*(?:=\s*[\"']|>|[\"']?\s*:\s*[-+\d\"'\[])"
    # ISO 6709 (+37.5665+126.9780/), decimal pairs, degrees-minutes, XMP's "37,33.2N"
    rb"|[-+]\d{1,2}\.\d+[-+]\d{1,3}\.\d+"
    rb"|\d{1,2}\.\d{4,}\s*[,;]\s*[-+]?\d{1,3}\.\d{4,}"
    # two decimals with 4+ places, space between, both in range (|lat| <= 90, |lon| <= 180)
    rb"|(?<![\d.])[-+]?(?:180|1[0-7]\d|\d{1,2})\.\d{4,}\s+[-+]?(?:180|1[0-7]\d|\d{1,2})"
    rb"\.\d{4,}(?![\d.])"
    # a decimal with 3+ places and its hemisphere, either side: 37.5665 N, N37.5665, 37.5665°N
    rb"|(?<![\d.])\d{1,3}\.\d{3,}\s*(?:\xc2?\xb0\s*)?[NSEW](?![a-z\d+-])"
    rb"|(?<![a-z\d.])[NSEW]\s*\d{1,3}\.\d{3,}(?![\d.])"
    # degrees and minutes: 37°33', 37 deg 33', 37d33m59s
    rb"|\d{1,3}\s*(?:\xc2?\xb0|deg\b)\s*\d{1,2}(?:\.\d+)?\s*(?:['\x27]|\xe2\x80\xb2|m\b)"
    rb"|(?<![\w.])\d{1,3}d\s*\d{1,2}m\s*\d{1,2}(?:\.\d+)?s\s*[NSEW]?(?![a-z])"
    # degrees, minutes and seconds with a hemisphere: 37 33 59.99 N, 37:33:59.99N
    rb"|(?<![\d.])\d{1,3}[\s:]+\d{1,2}[\s:]+\d{1,2}(?:\.\d+)?\s*(?:\"|\xe2\x80\xb3)?\s*[NSEW]"
    rb"(?![a-z])"
    rb"|\b\d{1,3},\d{1,2}(?:,\d{1,2}|\.\d+)[NSEW]\b",
    re.IGNORECASE,
)
_MAX_DEPTH = 3
_MIN_RUN = 6
_BUDGET = 256 * 1024 * 1024  # bytes looked at, decoded data included
_MAX_INFLATE = 8 * 1024 * 1024  # one compressed stream's output, at most
_PIECE = 64 * 1024  # compressed input fed at a time
_ZLIB = re.compile(rb"\x78[\x01\x5e\x9c\xda]")
_GZIP = re.compile(rb"\x1f\x8b\x08")
# Where a raw deflate stream plausibly starts: after an identifier and its NUL ("XMPD\0"),
# or after a JPEG header segment's marker and length; a flags or method byte may follow.
_RAW_AFTER = re.compile(rb"(?<=[\x21-\x7e]{3})\x00|\xff[\xe0-\xef\xfe]..", re.DOTALL)
_RAW_SKIP = 3
_HEX = re.compile(rb"(?:[0-9A-Fa-f]{2}[ \t\r\n]*+){16,}+")
_BASE64 = re.compile(rb"(?:[A-Za-z0-9+/]{4}(?:[ \t\r\n]|&#x[aAdD];)*+){16,}+={0,2}")
_SPACE = re.compile(rb"[ \t\r\n]|&#x[aAdD];")

# Byte classes: t = text (printable ASCII, tab, line breaks, degree sign), z = NUL.
_CLASSES = bytes(
    ord("t") if (32 <= b < 127 or b in (9, 10, 13, 0xB0, 0xC2)) else ord("z") if b == 0 else 0
    for b in range(256)
)
_RUNS = {  # bytes per character: the class pattern of a run of text
    1: re.compile(rb"t{%d,}" % _MIN_RUN),
    2: re.compile(rb"(?:tz){%d,}" % _MIN_RUN),
    4: re.compile(rb"(?:tzzz){%d,}" % _MIN_RUN),
}


class Unverifiable(Exception):
    """More data to look at than the budget allows."""


class _Budget:
    def __init__(self) -> None:
        self.left = _BUDGET
        self.tiff_entries = [1_000_000]

    def spend(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise Unverifiable


def find_location(data: bytes, *, inflate: bool = True) -> str | None:
    """What in `data` still says where it was (a short description), or None.

    `inflate=False` skips looking inside compressed streams (for picture data that is
    compressed by design, such as a PNG's pixels).
    """
    try:
        return _find(bytes(data), _Budget(), 0, inflate)
    except Unverifiable:
        return "more hidden or compressed data than can be checked"


def holds_location(data: bytes) -> bool:
    return find_location(data) is not None


def _find(data: bytes, budget: _Budget, depth: int, inflate: bool) -> str | None:
    budget.spend(len(data))
    for header in TIFF_HEADERS:
        pos = data.find(header)
        while pos >= 0:
            state = gps_state(data, pos, budget.tiff_entries)
            if state == "gps":
                return "GPS coordinates in Exif data"
            if state == "unchecked":
                return "Exif data that cannot be checked whole (it may hide GPS coordinates)"
            pos = data.find(header, pos + 1)
    classes = data.translate(_CLASSES)
    for step, pattern in _RUNS.items():
        for run in _text_runs(data, classes, step, pattern):
            found = _in_text(run, budget, depth)
            if found:
                return found
    if inflate and depth < _MAX_DEPTH:
        return _in_compressed(data, budget, depth)
    return None


def _text_runs(
    data: bytes, classes: bytes, step: int, pattern: re.Pattern[bytes]
) -> Iterator[bytes]:
    """Runs of text characters in `data`, in the encoding that has one every `step` bytes;
    both byte orders are found, as a big-endian run is a little-endian one shifted."""
    marker = b"t" * _MIN_RUN if step == 1 else (b"t" + b"z" * (step - 1)) * _MIN_RUN
    pos = classes.find(marker)
    while pos >= 0:
        match = pattern.match(classes, pos)
        end = match.end() if match else pos + len(marker)
        if step > 1 and classes[end : end + 1] == b"t":
            end += 1  # a big-endian run's last character has no NUL after it
        yield data[pos:end:step]
        pos = classes.find(marker, end)


def _in_text(run: bytes, budget: _Budget, depth: int) -> str | None:
    if COORDINATES.search(run):
        return "coordinates in text or XMP metadata"
    if depth >= _MAX_DEPTH or len(run) < 32:
        return None
    for match in _HEX.finditer(run):
        decoded = _unhex(match.group())
        if decoded and (found := _find(decoded, budget, depth + 1, True)):
            return f"{found} (hex-encoded)"
    for match in _BASE64.finditer(run):
        decoded = _unbase64(match.group())
        if decoded and (found := _find(decoded, budget, depth + 1, True)):
            return f"{found} (base64-encoded)"
    return None


def _unhex(text: bytes) -> bytes:
    digits = _SPACE.sub(b"", text)
    try:
        return binascii.unhexlify(digits[: len(digits) // 2 * 2])
    except binascii.Error:
        return b""


def _unbase64(text: bytes) -> bytes:
    letters = _SPACE.sub(b"", text)
    try:
        return base64.b64decode(letters[: len(letters) // 4 * 4] or b"", validate=False)
    except (binascii.Error, ValueError):
        return b""


def inflate_capped(
    stream: bytes | memoryview, limit: int = _MAX_INFLATE, wbits: int = zlib.MAX_WBITS
) -> tuple[bytes, bool]:
    """(what a zlib stream inflates to, at most `limit` bytes; whether that is all of it).
    A broken stream gives what came before the break, as not all of it. `wbits` as for
    zlib: -15 for raw deflate, 31 for gzip."""
    inflater = zlib.decompressobj(wbits)
    view = memoryview(stream)
    out: list[bytes] = []
    size = 0
    for start in range(0, len(view), _PIECE):
        try:
            part = inflater.decompress(view[start : start + _PIECE], limit - size + 1)
        except zlib.error:
            return b"".join(out), False
        out.append(part)
        size += len(part)
        if size > limit:
            return b"".join(out)[:limit], False
        if inflater.eof:
            return b"".join(out), True
    return b"".join(out), False


def _in_compressed(data: bytes, budget: _Budget, depth: int) -> str | None:
    view = memoryview(data)
    starts: list[tuple[int, int]] = [(m.start(), zlib.MAX_WBITS) for m in _ZLIB.finditer(data)]
    starts += [(m.start(), 31) for m in _GZIP.finditer(data)]
    headed = {start for start, _wbits in starts}
    raw: set[int] = {0}
    for match in _RAW_AFTER.finditer(data):
        raw.update(range(match.end(), min(match.end() + _RAW_SKIP, len(data))))
    starts += [(start, -zlib.MAX_WBITS) for start in sorted(raw - headed)]
    for start, wbits in starts:
        budget.spend(16)  # every attempt costs something, so that many cannot run forever
        out, _complete = inflate_capped(view[start:], wbits=wbits)
        if len(out) < 16:
            continue
        found = _find(out, budget, depth + 1, True)
        if found:
            return f"{found} (compressed)"
    return None
