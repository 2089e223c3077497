"""What an evidence file is: its media type from its first bytes, whether it is a
program, a safe name for it, how its size reads, and the kind of evidence it
probably is. Pure functions over names and bytes; `store.py` stores the files.
"""

from __future__ import annotations

import os
import re
import struct
import unicodedata
from pathlib import Path

from app.models.enums import EvidenceKind
from app.services.core.errors import InvalidInput

MB = 1024 * 1024
MAX_EVIDENCE_BYTES = 25 * MB  # the default; a profile may set another (Profile.evidence_max_bytes)
# Marketplace messages take attachments up to this size each (DOMAIN.md "Evidence").
MARKETPLACE_ATTACHMENT_LIMIT = 10 * MB
# How much of a file's start its type is told from.
HEAD_BYTES = 4096

# What each media type looks like in its first bytes.
_MAGIC: list[tuple[bytes, int, str]] = [
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"%PDF-", 0, "application/pdf"),
    (b"PK\x03\x04", 0, "application/zip"),
    (b"\x7fELF", 0, "application/x-executable"),
    (b"\xfe\xed\xfa\xce", 0, "application/x-mach-binary"),
    (b"\xfe\xed\xfa\xcf", 0, "application/x-mach-binary"),
    (b"\xce\xfa\xed\xfe", 0, "application/x-mach-binary"),
    (b"\xcf\xfa\xed\xfe", 0, "application/x-mach-binary"),
    (b"\xca\xfe\xba\xbe", 0, "application/x-mach-binary"),  # universal binary
]
# Two-letter magic numbers that ordinary text can start with ("BMW ...", "MZ ...");
# the real formats always have NUL bytes in their headers, text never does.
_WEAK_MAGIC: list[tuple[bytes, str]] = [
    (b"BM", "image/bmp"),
    (b"MZ", "application/x-msdownload"),
]
_EXTENSIONS = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".heic": "image/heic",
    ".heif": "image/heic",
    ".avif": "image/avif",
    ".bmp": "image/bmp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".pdf": "application/pdf",
    ".txt": "text/plain",
    ".zip": "application/zip",
    ".exe": "application/x-msdownload",
}
_TYPE_NAMES = {
    "image/jpeg": "a JPEG image",
    "image/png": "a PNG image",
    "image/gif": "a GIF image",
    "image/webp": "a WebP image",
    "image/heic": "a HEIC photo",
    "image/avif": "an AVIF image",
    "image/bmp": "a BMP image",
    "image/tiff": "a TIFF image",
    "application/pdf": "a PDF document",
    "text/plain": "plain text",
    "application/zip": "a zip archive",
    "application/x-msdownload": "a Windows program",
    "application/x-executable": "a Linux program",
    "application/x-mach-binary": "a macOS program",
    "text/x-shellscript": "a script",
    "application/octet-stream": "unrecognised binary data",
}
# What files are programs: by what they contain, and by what their name says.
PROGRAM_TYPES = frozenset(
    {
        "application/x-msdownload",
        "application/x-executable",
        "application/x-mach-binary",
        "text/x-shellscript",
    }
)
_PROGRAM_EXTENSIONS = {
    **dict.fromkeys((".exe", ".com", ".scr", ".pif", ".dll"), "a Windows program"),
    ".msi": "a Windows installer",
    ".lnk": "a Windows shortcut",
    **dict.fromkeys((".bat", ".cmd"), "a Windows batch script"),
    ".ps1": "a PowerShell script",
    **dict.fromkeys((".vbs", ".vbe", ".wsf"), "a Windows script"),
    **dict.fromkeys((".js", ".jse"), "a JavaScript program"),
    **dict.fromkeys((".sh", ".bash", ".command"), "a shell script"),
    ".apk": "an Android app",
    ".jar": "a Java program",
}
# ISO base media (HEIF) brands, in the file type box's major or compatible brands.
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_HEIC_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"})
_HEIF_BRANDS = frozenset({b"mif1", b"msf1", b"mif2", b"miaf"})  # HEIF, codec not said
# Media types that are one container family: a name saying one and content of the other
# is still the same kind of photo, stored as its content says.
_SAME_FAMILY = frozenset({"image/heic", "image/avif"})
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)
}


def sniff_media_type(head: bytes) -> str:
    """The media type from a file's first bytes; text/plain or octet-stream when unknown."""
    for magic, offset, media_type in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        heif = _heif_media_type(head)
        if heif:
            return heif
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if re.match(rb"#! ?/", head):
        return "text/x-shellscript"
    binary = b"\x00" in head
    for magic, media_type in _WEAK_MAGIC:
        if binary and head.startswith(magic):
            return media_type
    if binary:
        return "application/octet-stream"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # Only a sample cut inside a multi-byte character at its very end is still text.
        if exc.reason != "unexpected end of data":
            return "application/octet-stream"
    return "text/plain"


def _heif_media_type(head: bytes) -> str | None:
    """image/avif or image/heic from an ISO base media file type box, by its major brand
    first, then its compatible brands; None for other files of that family (videos)."""
    (size,) = struct.unpack(">I", head[:4])
    if size < 16 or size > len(head):
        size = min(len(head), 4096)  # a damaged size: read the brands that are there
    major = head[8:12]
    compatible = [head[i : i + 4] for i in range(16, size - 3, 4)]
    for brands in ([major], compatible):
        if any(b in _AVIF_BRANDS for b in brands):
            return "image/avif"
        if any(b in _HEIC_BRANDS for b in brands):
            return "image/heic"
    if major in _HEIF_BRANDS or any(b in _HEIF_BRANDS for b in compatible):
        return "image/heic"
    return None


def describe_size(size: float) -> str:
    """A byte count as people read it: 512 bytes, 2.9 KB, 30.0 MB."""
    if size < 1024:
        return f"{size:.0f} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1048576:.1f} MB"


def describe_media_type(media_type: str) -> str:
    return _TYPE_NAMES.get(media_type, media_type)


def sanitise_name(name: str) -> str:
    """A file name safe on every platform: no folders, no control or reserved characters."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/").split("/")[-1])
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = re.sub(r'[<>:"|?*]', "_", name).strip(" .")
    stem, dot, ext = name.partition(".")
    if stem.upper() in _WINDOWS_RESERVED:
        name = f"_{name}"
    while len(name.encode("utf-8")) > 200:
        stem, ext = os.path.splitext(name)
        name = stem[:-1] + ext
    return name or "file"


def program_description(name: str, head: bytes) -> str | None:
    """What kind of program a file is ("a Windows program"), by its name or its first
    bytes; None for anything that is not a program."""
    by_name = _PROGRAM_EXTENSIONS.get(os.path.splitext(name)[1].lower())
    if by_name:
        return by_name
    media_type = sniff_media_type(head)
    return describe_media_type(media_type) if media_type in PROGRAM_TYPES else None


def is_program(name: str, media_type: str) -> bool:
    """Whether a stored file could run code: by its sniffed media type or by its name."""
    return media_type in PROGRAM_TYPES or program_description(name, b"") is not None


def looks_executable(path: Path) -> bool:
    """Whether the file is a program, for asking before it is attached; an unreadable
    file is not (attaching it will say what is wrong)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        head = b""
    return program_description(path.name, head) is not None


def size_warning(name: str, size: int) -> str | None:
    """Why a file this big cannot go into a marketplace message, or None when it can."""
    if size <= MARKETPLACE_ATTACHMENT_LIMIT:
        return None
    return (
        f"{name} is {describe_size(size)}: over the marketplace's "
        f"{MARKETPLACE_ATTACHMENT_LIMIT // MB} MB attachment limit, so it cannot be sent to "
        "the buyer or the marketplace as is."
    )


def guess_kind(media_type: str) -> EvidenceKind:
    if media_type == "image/png":
        return EvidenceKind.SCREENSHOT
    if media_type.startswith("image/"):
        return EvidenceKind.PHOTO
    if media_type == "application/pdf":
        return EvidenceKind.DOCUMENT
    return EvidenceKind.OTHER


def check_content(
    source: Path, shown: str, head: bytes, allow_executable: bool
) -> tuple[str, str | None]:
    """The media type of the content and what program it is, if it is one; refuses
    programs (unless allowed) and content that contradicts the file's name."""
    program = program_description(source.name, head)
    if program and not allow_executable:
        raise InvalidInput(
            f"{shown} is a program ({program}), so it was not attached. Workbench will never "
            "run it; to keep it as evidence anyway, allow programs when attaching."
        )
    sniffed = sniff_media_type(head)
    claimed = _EXTENSIONS.get(source.suffix.lower())
    same_family = {claimed, sniffed} <= _SAME_FAMILY
    if claimed and claimed != sniffed and claimed != "text/plain" and not same_family:
        raise InvalidInput(
            f"{shown}: the name says {describe_media_type(claimed)}, but the content is "
            f"{describe_media_type(sniffed)}. Check the file, or rename it to match its content."
        )
    return sniffed, program
