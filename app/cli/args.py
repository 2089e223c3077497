"""What `workbench` accepts as arguments: value types, free text, and the message file.

Everything here runs before a profile is opened, so bad input stops a command
before anything is written (exit 2, one line, DESIGN.md section 7).
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from app.errors import UserError
from app.services.core.validation import MAX_BODY_CHARS

# Options whose value is free text: a value starting with one dash ("-abc", "-5 %")
# is taken as the value. One starting with two dashes is left to argparse as an
# option (`--subject --json` is a forgotten subject); write `--subject=--x` for that.
FREE_TEXT_OPTIONS = frozenset(
    {
        "--subject",
        "--body",
        "--customer",
        "--caption",
        "--search",
        "--tag",
        "--order",
        "--summary",
        "--override-reason",
        "--assignee",
        "--add-tag",
        "--remove-tag",
        "--note",
        "--token",
    }
)

# Arguments that name files: on Linux a file name may be any bytes, so they may hold
# what Python decoded with surrogateescape; every other string must be real text.
PATH_DESTS = frozenset({"data_dir", "body_file", "attach", "files", "out", "file"})


class ArgumentProblem(UserError):
    """An argument that cannot be used; `str()` is the one-line reason."""


def join_dash_values(argv: Sequence[str]) -> list[str]:
    """`--search -abc` as `--search=-abc`, for the free-text options (not after `--`)."""
    result: list[str] = []
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            result.extend(argv[index:])
            break
        following = argv[index + 1] if index + 1 < len(argv) else None
        if (
            arg in FREE_TEXT_OPTIONS
            and following is not None
            and following.startswith("-")
            and not following.startswith("--")
            and following != "-"
        ):
            result.append(f"{arg}={following}")
            index += 2
            continue
        result.append(arg)
        index += 1
    return result


def _option_names(parser: argparse.ArgumentParser, names: dict[str, str]) -> None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _option_names(sub, names)
        elif action.dest not in (argparse.SUPPRESS, "help"):
            shown = action.option_strings[-1] if action.option_strings else action.metavar
            names.setdefault(action.dest, str(shown or action.dest.upper()))


def check_text_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse any text argument that is not valid UTF-8 (Python keeps such bytes as lone
    surrogates, which would fail later, half-way through a write)."""
    names: dict[str, str] = {}
    for dest, value in vars(args).items():
        if dest in PATH_DESTS:
            continue
        for text in value if isinstance(value, list) else [value]:
            if not isinstance(text, str):
                continue
            bad = next((i for i, ch in enumerate(text) if "\ud800" <= ch <= "\udfff"), None)
            if bad is None:
                continue
            if not names:
                _option_names(parser, names)
            code = ord(text[bad])
            byte = f"byte 0x{code - 0xDC00:02x}" if code >= 0xDC80 else "a lone surrogate"
            raise ArgumentProblem(
                f"{names.get(dest, dest)} is not valid UTF-8 text ({byte} at position {bad}); "
                "pass it in UTF-8."
            )


# ----------------------------------------------------------------------------- value types


def data_dir(text: str) -> Path:
    """--data-dir: an empty value would silently make the current folder a profile."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "the folder is empty; give the profile folder, e.g. --data-dir ~/workbench"
        )
    return Path(text)


def marketplace(text: str) -> str:
    """--marketplace: a marketplace's code (amazon.de) or its country code (DE, UK, JP...)."""
    from app.services.core.errors import InvalidInput
    from app.services.core.marketplaces import check_marketplace

    try:
        code = check_marketplace(text)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if code is None:
        raise argparse.ArgumentTypeError("the marketplace is empty; e.g. amazon.de or DE")
    return code


MARKETPLACE_HELP = "the marketplace: amazon.de, amazon.co.jp... or a country code (DE, UK, JP)"


def size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1280x800")
    width, height = int(match.group(1)), int(match.group(2))
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"{text!r}: width and height must be 200 to 8000")
    return width, height


def count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: use 0 or more")
    return value


def date(text: str) -> dt.date:
    """A calendar date written YYYY-MM-DD; 2025-02-30 is refused as no such day."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-11-20 (YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a real calendar date") from None


# ----------------------------------------------------------------------------- message file

# The most bytes MAX_BODY_CHARS characters take in UTF-8 (4 each), with a byte order mark.
MAX_BODY_BYTES = 4 * MAX_BODY_CHARS + len(codecs.BOM_UTF8)


def read_body(name: str) -> str:
    """The message text from a file, or stdin for "-": UTF-8, not empty, no NUL bytes,
    and never more read than MAX_BODY_CHARS characters can take (plus one byte to tell)."""
    shown = "standard input" if name == "-" else name
    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_BODY_BYTES + 1)
        else:
            with Path(name).open("rb") as handle:
                data = handle.read(MAX_BODY_BYTES + 1)
    except FileNotFoundError:
        raise ArgumentProblem(f"{shown}: the body file does not exist.") from None
    except IsADirectoryError:
        raise ArgumentProblem(f"{shown}: this is a folder, not a file.") from None
    except PermissionError:
        raise ArgumentProblem(f"{shown}: you are not allowed to read this file.") from None
    too_long = (
        f"{shown}: the body is longer than {MAX_BODY_CHARS:,} characters; "
        "shorten it or attach the text as a file."
    )
    if len(data) > MAX_BODY_BYTES:
        raise ArgumentProblem(too_long)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArgumentProblem(
            f"{shown}: the body is not UTF-8 text (bad byte at position {exc.start}); "
            "save it as UTF-8 and try again."
        ) from None
    if len(text) > MAX_BODY_CHARS:
        raise ArgumentProblem(too_long)
    if (nul := text.find("\x00")) >= 0:
        raise ArgumentProblem(
            f"{shown}: the body holds NUL bytes (the first at character {nul}); "
            "this is not a text message."
        )
    if not text.strip():
        raise ArgumentProblem(f"{shown}: the body is empty; leave out --body-file for no message.")
    return text
