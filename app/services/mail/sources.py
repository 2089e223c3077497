"""Mail from files: `.eml` files, mbox files, Maildir folders and folders holding any of
those, imported in batches through `intake.import_mails`.

An mbox is read as a stream, one message at a time (a 1 GB mailbox is never held in
memory): a message starts at a "From " line at the start of the file or after a blank
line (or one that reads like a real separator, with a year at its end), and mboxrd's
">From " quoting is undone. A Maildir's messages are the files in its `cur/` and `new/`.
What a file is comes from its first bytes, not its name: an `.eml` that starts with a
"From " line is an mbox of one.

A file that cannot be read is listed with its reason and the others are imported; a
message inside an mbox is named `path#n` (n counts from 1). In a folder, files that
neither are named as mail nor look like mail are left alone (they are not refused: a
folder may hold anything besides); a file named on its own is always tried.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.services.core.changes import Changes
from app.services.core.errors import StorageError
from app.services.core.profile import Profile
from app.services.mail.intake import MailBatch, import_mails
from app.services.mail.parse import MAX_MAIL_BYTES

BATCH_MESSAGES = 200
BATCH_BYTES = 64 * 1024 * 1024  # a batch of big mails is written sooner
MAIL_EXTENSIONS = frozenset({".eml", ".mbox", ".mbx", ".mbs", ".email"})
SNIFF_BYTES = 2048
_SEPARATOR = re.compile(rb"^From \S*.*\d{4}\s*$")
_QUOTED_FROM = re.compile(rb"^>+From ")
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,76}[ \t]*:")
_KNOWN_HEADERS = re.compile(
    rb"^(?:from|to|cc|subject|date|message-id|received|return-path|mime-version|"
    rb"content-type|reply-to|sender|delivered-to|in-reply-to|references|x-[a-z0-9-]+|"
    rb"dkim-signature|arc-[a-z-]+|authentication-results)[ \t]*:",
    re.IGNORECASE,
)

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class MailImport:
    """What `import_paths` did. `refused`: one `{"path", "reason"}` per file or message
    that could not be imported (an mbox message: "path#n"); `attachments_refused`: one
    `{"path", "attachment", "reason"}` per attachment the evidence checks refused (its mail
    was imported). `cancelled`: stopped between batches; what was imported stays.
    `stopped`: why the import stopped before the end (a storage problem such as a full
    disk); the batches before it are imported and counted."""

    changes: Changes = field(default_factory=Changes)
    imported: int = 0
    new_cases: int = 0
    duplicates: int = 0
    evidence: int = 0
    refused: list[dict[str, str]] = field(default_factory=list)
    attachments_refused: list[dict[str, str]] = field(default_factory=list)
    cancelled: bool = False
    stopped: str | None = None


@dataclass(frozen=True)
class _Source:
    path: Path
    size: int
    named: bool  # given by the user itself (always tried), not found in a folder


# ----------------------------------------------------------------------------- finding


def is_maildir(path: Path) -> bool:
    """A Maildir folder: it has `cur/` and `new/` folders."""
    try:
        return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()
    except OSError:
        return False


def looks_like_mail(head: bytes) -> bool:
    """Whether a file's first bytes are an mbox or a mail message's header block."""
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n")
    if head.startswith(b"From "):
        return True
    lines = head.split(b"\n", 12)[:12]
    if not lines or _KNOWN_HEADERS.match(lines[0]) is None:
        return False
    return sum(1 for line in lines if _HEADER_LINE.match(line)) >= 2


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(SNIFF_BYTES)
    except OSError:
        return b""


def find_sources(
    paths: Sequence[Path | str], *, skip: Path | None = None
) -> tuple[list[_Source], list[dict[str, str]]]:
    """The files to read, in order, and the paths refused before reading anything.
    Nothing inside `skip` (the profile's own folder: its blobs hold raw mail) is read."""
    skipped = skip.resolve() if skip is not None else None
    sources: list[_Source] = []
    refused: list[dict[str, str]] = []
    seen: set[Path] = set()

    def add(path: Path, named: bool) -> None:
        try:
            info = path.stat()
        except OSError as exc:
            refused.append(_refusal(path, _os_reason(exc)))
            return
        if not stat.S_ISREG(info.st_mode):
            if named:
                refused.append(_refusal(path, "This is not an ordinary file."))
            return
        key = path.absolute()
        if key in seen or (skipped is not None and _inside(path, skipped)):
            return
        seen.add(key)
        sources.append(_Source(path, info.st_size, named))

    for given in paths:
        path = Path(given)
        try:
            is_folder = path.is_dir()
        except OSError as exc:
            refused.append(_refusal(path, _os_reason(exc)))
            continue
        if not is_folder:
            if not path.exists() and not path.is_symlink():
                refused.append(_refusal(path, "The file does not exist (was it moved?)."))
            else:
                add(path, True)
            continue
        try:
            for file in _folder_files(path):
                add(file, False)
        except OSError as exc:
            refused.append(_refusal(path, _os_reason(exc)))
    return sources, refused


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder)
    except (OSError, RuntimeError):
        return False


def _folder_files(folder: Path) -> Iterator[Path]:
    """The mail files of a folder: a Maildir's messages, or (walking down, links not
    followed) mail-named or mail-looking files and the Maildirs inside."""
    if is_maildir(folder):
        for sub in ("cur", "new"):
            entries = sorted(os.scandir(folder / sub), key=lambda e: e.name)
            yield from (
                Path(e.path)
                for e in entries
                if not e.name.startswith(".") and e.is_file(follow_symlinks=False)
            )
        return
    entries = sorted(os.scandir(folder), key=lambda e: e.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from _folder_files(path)
        elif entry.is_file(follow_symlinks=False) and (
            path.suffix.lower() in MAIL_EXTENSIONS or looks_like_mail(_read_head(path))
        ):
            yield path


def _refusal(path: Path | str, reason: str) -> dict[str, str]:
    return {"path": str(path), "reason": reason}


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "The file does not exist (was it moved?)."
    if isinstance(exc, PermissionError):
        return "You are not allowed to read this file."
    if isinstance(exc, IsADirectoryError):
        return "This is a folder, not a file."
    return f"The file cannot be read ({exc.strerror or exc})."


# ----------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class _Item:
    """One message read (`raw`), or one that could not be (`reason`); `read` is how many
    bytes of the source have been read so far."""

    label: str
    raw: bytes | None
    reason: str | None
    read: int


def read_messages(source: _Source) -> Iterator[_Item]:
    """Each message of one file: an mbox's one by one, else the file as one message."""
    try:
        with source.path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
            if head.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n").startswith(b"From "):
                handle.seek(0)
                yield from _mbox_messages(source, handle)
                return
            if source.size > MAX_MAIL_BYTES:
                yield _Item(
                    str(source.path),
                    None,
                    f"The file is larger than {MAX_MAIL_BYTES // (1024 * 1024)} MB and is not "
                    "an mbox, so it is too big to be one mail.",
                    source.size,
                )
                return
            raw = head + handle.read(MAX_MAIL_BYTES + 1 - len(head))
    except OSError as exc:
        yield _Item(str(source.path), None, _os_reason(exc), source.size)
        return
    yield _Item(str(source.path), raw, None, source.size)


def _mbox_messages(source: _Source, handle) -> Iterator[_Item]:  # noqa: ANN001
    number = 0
    lines: list[bytes] = []
    size = 0
    too_big = False
    read = 0
    previous_blank = True
    started = False

    def finish() -> _Item:
        label = f"{source.path}#{number}"
        if too_big:
            return _Item(
                label,
                None,
                f"This message is larger than {MAX_MAIL_BYTES // (1024 * 1024)} MB, too big to "
                "be one mail.",
                read,
            )
        return _Item(label, b"".join(lines), None, read)

    try:
        for line in handle:
            read += len(line)
            if line.startswith(b"From ") and (previous_blank or _SEPARATOR.match(line)):
                if started:
                    yield finish()
                started = True
                number += 1
                lines, size, too_big = [], 0, False
                previous_blank = False
                continue
            previous_blank = line in (b"\n", b"\r\n")
            if not started:
                continue  # bytes before the first separator (a BOM, blank lines)
            if too_big:
                continue
            if _QUOTED_FROM.match(line):
                line = line[1:]
            size += len(line)
            if size > MAX_MAIL_BYTES:
                too_big, lines = True, []
                continue
            lines.append(line)
    except OSError as exc:
        yield _Item(f"{source.path}#{number + 1}", None, _os_reason(exc), source.size)
        return
    if started:
        yield finish()


# ----------------------------------------------------------------------------- importing


def import_paths(
    profile: Profile,
    paths: Sequence[Path | str],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = BATCH_MESSAGES,
) -> MailImport:
    """Import every message of these files and folders, `batch_size` at a time.

    `progress(done, total, name)` counts bytes of the files read (an mbox is not counted
    through first) and names the file being read; `cancelled()` is asked between batches:
    when it turns true the import stops there, and what was imported stays. A storage
    problem (disk full, a read-only profile) stops the import too: `stopped` says why, and
    the batches written before it stay, counted."""
    sources, refused = find_sources(paths, skip=profile.root)
    total = sum(s.size for s in sources)
    tally = _Tally(refused=refused)
    done_before = 0
    batch: list[tuple[str, bytes]] = []
    batch_bytes = 0

    def flush(read: int, name: str) -> bool:
        """Import the batch; False when the import is to stop (cancelled)."""
        nonlocal batch, batch_bytes
        if batch:
            try:
                result = import_mails(profile, [raw for _l, raw in batch], source=name)
            except StorageError as exc:
                tally.stopped = str(exc)
                return False
            tally.add(result, [label for label, _raw in batch])
            batch, batch_bytes = [], 0
        if progress is not None:
            progress(min(read, total), total, name)
        return not (cancelled is not None and cancelled())

    if cancelled is not None and cancelled():
        return tally.result(cancelled=True)
    for source in sources:
        read = done_before
        for item in read_messages(source):
            read = done_before + item.read
            if item.raw is None:
                tally.refused.append(_refusal(item.label, item.reason or ""))
                continue
            batch.append((item.label, item.raw))
            batch_bytes += len(item.raw)
            if (len(batch) >= batch_size or batch_bytes >= BATCH_BYTES) and not flush(
                read, source.path.name
            ):
                return tally.result(cancelled=tally.stopped is None)
        done_before += source.size
    flush(total, sources[-1].path.name if sources else "")  # the end: nothing left to stop
    return tally.result()


@dataclass
class _Tally:
    refused: list[dict[str, str]]
    changes: Changes = field(default_factory=Changes)
    imported: int = 0
    new_cases: int = 0
    duplicates: int = 0
    evidence: int = 0
    attachments_refused: list[dict[str, str]] = field(default_factory=list)
    stopped: str | None = None

    def add(self, result: MailBatch, labels: list[str]) -> None:
        self.changes |= result.changes
        self.imported += len(result.imported)
        self.new_cases += result.new_cases
        self.duplicates += len(result.duplicates)
        self.evidence += len(result.changes.evidence)
        self.refused += [_refusal(labels[index], reason) for index, reason in result.refused]
        self.attachments_refused += [
            {"path": labels[index], "attachment": name, "reason": reason}
            for index, name, reason in result.attachments_refused
        ]

    def result(self, *, cancelled: bool = False) -> MailImport:
        return MailImport(
            changes=self.changes,
            imported=self.imported,
            new_cases=self.new_cases,
            duplicates=self.duplicates,
            evidence=self.evidence,
            refused=self.refused,
            attachments_refused=self.attachments_refused,
            cancelled=cancelled,
            stopped=self.stopped,
        )
