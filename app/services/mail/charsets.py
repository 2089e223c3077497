"""Turn the bytes of a mail part or header into text, whatever charset it claims.

Mail names its charset in a label that is often an alias (`ks_c_5601-1987`), a
subset of what was really used (`gb2312` for GBK text, `iso-8859-1` for
windows-1252 quotes, `shift_jis` for Microsoft's cp932) or plain wrong (UTF-8
bytes labelled `us-ascii`). Labels go through `SUPERSETS` to the codec that
decodes what senders really write; UTF-8 is tried first where a single-byte
label would turn valid UTF-8 into mojibake. Labels Python does not know are
decoded as UTF-8 with replacement characters and reported.

Only real text codecs are used: a label such as `zlib`, `base64`, `rot13` or
`unicode_escape` names a Python codec that is not a charset (and `zlib` would
decompress), so it counts as unknown.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# Label (normalised: lower case, "_" and " " as "-") -> the Python codec that decodes
# what senders really write under it: the Microsoft or national superset.
SUPERSETS: dict[str, str] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "windows-936": "gb18030",
    "euc-cn": "gb18030",
    "csgb2312": "gb18030",
    "chinese": "gb18030",
    "gb-2312": "gb18030",
    "euc-kr": "cp949",
    "ks-c-5601-1987": "cp949",
    "ks-c-5601": "cp949",
    "ksc5601": "cp949",
    "korean": "cp949",
    "x-windows-949": "cp949",
    "windows-949": "cp949",
    "uhc": "cp949",
    "shift-jis": "cp932",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms-kanji": "cp932",
    "windows-31j": "cp932",
    "csshiftjis": "cp932",
    "euc-jp": "euc_jis_2004",
    "x-euc-jp": "euc_jis_2004",
    "iso-2022-jp": "iso2022_jp_ext",
    "csiso2022jp": "iso2022_jp_ext",
    "iso-2022-jp-ms": "iso2022_jp_ext",
    "big5": "cp950",
    "x-x-big5": "cp950",
    "cn-big5": "cp950",
    "csbig5": "cp950",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "windows-874": "cp874",
    "iso-8859-8-i": "iso8859-8",
    "iso-8859-8-e": "iso8859-8",
    "iso-8859-6-i": "iso8859-6",
    "iso-8859-6-e": "iso8859-6",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-ukrainian": "mac_cyrillic",
    "koi8": "koi8-r",
    "cskoi8r": "koi8-r",
    "koi": "koi8-r",
    "windows-1251": "cp1251",
    "win-1251": "cp1251",
    "win1251": "cp1251",
    "cp-1251": "cp1251",
    "x-cp1251": "cp1251",
    "windows-1256": "cp1256",
    "win-1256": "cp1256",
    "cp-1256": "cp1256",
    "x-cp1256": "cp1256",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "unicode-2-0-utf-8": "utf-8",
}

# Codecs that are "text encodings" to Python but no charset a mail may name.
_NOT_CHARSETS = frozenset(
    {"undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode", "unicode-internal"}
)

# Labels that mean "no idea" (RFC 1428 and friends): decoded like an unknown label.
_UNKNOWN_LABELS = frozenset({"unknown-8bit", "x-unknown", "unknown", "x-user-defined", "8bit"})

# Single-byte (and ASCII) codecs whose label is often put on UTF-8 text by mistake.
_SINGLE_BYTE_PREFIXES = ("cp125", "iso8859", "latin", "koi8", "mac", "ascii", "cp874", "tis")

# How many bytes charset guessing looks at, so guessing stays cheap on big parts.
GUESS_SAMPLE_BYTES = 64 * 1024


@dataclass(frozen=True)
class Decoded:
    text: str
    flags: tuple[str, ...] = ()  # "unknown_charset", "decode_errors", "guessed_charset"


def normalise_label(label: str | None) -> str:
    """`" \"Windows_1251\" "` -> `"windows-1251"`; empty when there is no label."""
    if not label:
        return ""
    text = str(label).strip().strip("\"'").strip().lower()
    return text.replace("_", "-").replace(" ", "-")[:64]


def codec_for(label: str | None) -> str | None:
    """The Python codec for a charset label, or None when the label is not a known charset."""
    name = normalise_label(label)
    if not name or name in _UNKNOWN_LABELS:
        return None
    name = SUPERSETS.get(name, name)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return info.name


def _is_single_byte(codec: str) -> bool:
    return codec.replace("-", "").replace("_", "").startswith(_SINGLE_BYTE_PREFIXES)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError, ValueError):
        return None


def _guess(data: bytes) -> str:
    """Best guess of a codec for unlabelled 8-bit bytes (UTF-8 is tried before this)."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset-normalizer is a dependency
        return "cp1252"
    try:
        best = from_bytes(data[:GUESS_SAMPLE_BYTES]).best()
    except Exception:  # noqa: BLE001 - a detector bug must not stop a mail from being read
        return "cp1252"
    codec = codec_for(best.encoding) if best is not None else None
    return codec or "cp1252"


def decode_text(data: bytes, label: str | None) -> Decoded:
    """Decode `data` labelled with charset `label` (None: no label). Never raises."""
    if not data:
        return Decoded("")
    name = normalise_label(label)
    codec = codec_for(name)
    if codec is None and name and name not in _UNKNOWN_LABELS:
        text = _strict(data, "utf-8")
        if text is not None:
            return Decoded(text, ("unknown_charset",))
        return Decoded(data.decode("utf-8", "replace"), ("unknown_charset", "decode_errors"))
    if codec is None:
        # No label, or a label that says "unknown": ASCII/UTF-8 if it is, else a guess.
        text = _strict(data, "utf-8")
        if text is not None:
            return Decoded(text)
        guessed = _guess(data)
        flags: tuple[str, ...] = ("unknown_charset",) if name else ("guessed_charset",)
        text = _strict(data, guessed)
        if text is not None:
            return Decoded(text, flags)
        return Decoded(data.decode(guessed, "replace"), (*flags, "decode_errors"))
    if codec != "utf-8" and _is_single_byte(codec) and not data.isascii():
        text = _strict(data, "utf-8")
        if text is not None:  # UTF-8 under a single-byte label: the label is wrong
            return Decoded(text)
    text = _strict(data, codec)
    if text is not None:
        return Decoded(text)
    if codec != "utf-8":
        text = _strict(data, "utf-8")
        if text is not None:
            return Decoded(text)
    return Decoded(data.decode(codec, "replace"), ("decode_errors",))
