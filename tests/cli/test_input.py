"""Arguments and input files the command line must refuse cleanly, or take as given:
undecodable text, endless or empty message files, terminal control characters,
values that start with a dash, filters that cannot match."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest
from PIL import Image

from app.services.core.validation import MAX_BODY_CHARS
from tests.cli.test_runner import one_error_line, run, run_json, run_process


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


def _add(capsys, data_dir: Path, *argv: str) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", data_dir, "cases", "add", *argv)


def _cases(capsys, data_dir: Path) -> list[dict]:
    return run_json(capsys, "--data-dir", data_dir, "cases", "list")


def _blobs(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.rglob("*") if p.is_file() and "blobs" in p.parts]


def _photo(path: Path) -> Path:
    Image.new("RGB", (32, 24), (200, 40, 40)).save(path, "JPEG")
    return path


# ----------------------------------------------------------------------------- not UTF-8


def test_undecodable_argument_bytes_exit_2_with_one_line_naming_the_option(tmp_path):
    data_dir = tmp_path / "profile"
    result = run_process("--data-dir", data_dir, "cases", "add", "--subject", "ok")
    assert result.returncode == 0, result.stderr
    argv = [sys.executable, "-m", "app", "--data-dir", str(data_dir), "cases", "add"]
    for option in ("--subject", "--customer"):
        args = [*argv, "--subject", "Belt"] if option != "--subject" else list(argv)
        result = _run_bytes([*args, option.encode(), b"bad \xff name"])
        assert result.returncode == 2, result.stderr
        line = one_error_line(result.stderr.decode())
        assert f"{option} is not valid UTF-8 text (byte 0xff at position 4)" in line
    result = _run_bytes(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "cases", "list"]
        + [b"--search", b"\xfe\xff"]
    )
    assert result.returncode == 2
    assert "--search is not valid UTF-8" in one_error_line(result.stderr.decode())
    listing = run_process("--data-dir", data_dir, "cases", "list", "--json")
    assert len(json.loads(listing.stdout)) == 1


def _run_bytes(argv: list) -> object:  # noqa: ANN401
    import subprocess

    return subprocess.run(argv, capture_output=True, timeout=120)


def test_an_undecodable_caption_stores_nothing(capsys, data_dir, tmp_path):
    ref = run_json(capsys, "--data-dir", data_dir, "cases", "add", "--subject", "Box")["ref"]
    photo = _photo(tmp_path / "box.jpg")
    code, out, err = run(
        capsys, "--data-dir", data_dir, "cases", "attach", ref, photo, "--caption", "x\udcff"
    )
    assert code == 2 and out == ""
    assert "--caption is not valid UTF-8" in one_error_line(err)
    assert _blobs(data_dir) == []
    shown = run_json(capsys, "--data-dir", data_dir, "cases", "show", ref)
    assert shown["evidence"] == []


def test_a_file_name_that_is_not_utf8_still_attaches(capsys, data_dir, tmp_path):
    name = os.fsdecode(b"photo-\xff.jpg")
    photo = _photo(tmp_path / name)
    code, out, err = _add(capsys, data_dir, "--subject", "Box", "--attach", photo, "--json")
    assert code == 0, err
    (evidence,) = json.loads(out)["evidence"]
    assert evidence["name"].startswith("photo-")


# ----------------------------------------------------------------------------- --body-file


def test_body_file_reads_no_more_than_the_limit(capsys, data_dir, tmp_path, monkeypatch):
    code, _out, err = _add(capsys, data_dir, "--subject", "s", "--body-file", "/dev/zero")
    assert code == 2
    assert f"longer than {MAX_BODY_CHARS:,} characters" in one_error_line(err)

    class CountingStdin(io.RawIOBase):
        """An endless stdin that remembers how much was read from it."""

        served = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:  # noqa: ANN001
            buffer[:] = b"a" * len(buffer)
            CountingStdin.served += len(buffer)
            return len(buffer)

    stdin = CountingStdin()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(stdin)))
    code, _out, err = _add(capsys, data_dir, "--subject", "s", "--body-file", "-")
    assert code == 2
    assert "standard input: the body is longer than" in one_error_line(err)
    assert CountingStdin.served <= 4 * MAX_BODY_CHARS + 3 + 1 + io.DEFAULT_BUFFER_SIZE

    big = tmp_path / "big.txt"
    big.write_text("x" * (MAX_BODY_CHARS + 1))
    code, _out, err = _add(capsys, data_dir, "--subject", "s", "--body-file", big)
    assert code == 2 and "longer than" in one_error_line(err)
    fits = tmp_path / "fits.txt"
    fits.write_text("한" * MAX_BODY_CHARS, encoding="utf-8-sig")  # 3 bytes each, and a BOM
    code, out, err = _add(capsys, data_dir, "--subject", "s", "--body-file", fits, "--json")
    assert code == 0, err


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x00" * 5000, "NUL bytes"),
        (b"Hello\x00world", "NUL bytes (the first at character 5)"),
        (b"", "the body is empty"),
        (b" \n\t\r\n", "the body is empty"),
    ],
)
def test_body_file_refuses_nul_and_empty_bodies(capsys, data_dir, tmp_path, content, words):
    path = tmp_path / "body.txt"
    path.write_bytes(content)
    code, out, err = _add(capsys, data_dir, "--subject", "s", "--body-file", path)
    assert code == 2 and out == ""
    assert words in one_error_line(err)
    assert not data_dir.exists()  # refused before the profile is made


# ----------------------------------------------------------------------------- terminal


TITLE = "\x1b]0;pwned\x07"


def test_control_characters_never_reach_the_terminal(capsys, data_dir):
    code, out, err = _add(
        capsys, data_dir, "--subject", f"{TITLE}Belt\u202e", "--customer", f"Anna{TITLE}"
    )
    assert code == 0, err
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    ref = _cases(capsys, data_dir)[0]["ref"]
    for argv in (("cases", "list"), ("cases", "show", ref)):
        code, out, _err = run(capsys, "--data-dir", data_dir, *argv)
        assert code == 0
        assert "]0;pwnedBelt" in out and "Anna]0;pwned" in out
        assert not any(ch in out for ch in "\x1b\x07\u202e")


def test_text_stored_earlier_with_controls_is_escaped_in_text_and_json(capsys, data_dir):
    run_json(capsys, "--data-dir", data_dir, "cases", "add", "--subject", "Belt")
    import sqlite3

    # as an older version stored it, before the input checks
    stored = f"{TITLE}Belt\x9b2J\u202eevil\u2066"
    with sqlite3.connect(data_dir / "workbench.sqlite3") as connection:
        connection.execute("UPDATE cases SET subject = ?", (stored,))
    code, out, _err = run(capsys, "--data-dir", data_dir, "cases", "list")
    assert code == 0
    assert "\\x1b]0;pwned\\x07Belt\\x9b2J\\u202eevil\\u2066" in out
    code, out, _err = run(capsys, "--data-dir", data_dir, "cases", "list", "--json")
    assert not any(ch in out for ch in "\x1b\x07\x9b\u202e\u2066")
    assert json.loads(out)[0]["subject"] == stored


def test_error_lines_escape_controls_too(capsys, data_dir, tmp_path):
    missing = tmp_path / f"no{TITLE}such.txt"
    code, _out, err = _add(capsys, data_dir, "--subject", "s", "--body-file", missing)
    assert code == 2
    assert "\\x1b]0;pwned\\x07such.txt" in one_error_line(err)
    code, _out, err = run(capsys, "--data-dir", data_dir, "cases", "list", f"x{TITLE}")
    assert code == 2
    assert "\x1b" not in one_error_line(err)


# ----------------------------------------------------------------------------- dashes


def test_free_text_values_may_start_with_a_dash(capsys, data_dir):
    case = run_json(
        capsys,
        "--data-dir",
        data_dir,
        "cases",
        "add",
        "--subject",
        "-5 % refund?",
        "--customer",
        "-anna-",
        "--body",
        "-h",
        "--tag",
        "-x",
    )
    assert case["subject"] == "-5 % refund?" and case["customer"] == "-anna-"
    assert case["tags"] == ["-x"]
    found = run_json(capsys, "--data-dir", data_dir, "cases", "list", "--search", "-anna")
    assert [c["ref"] for c in found] == [case["ref"]]
    # a value starting with two dashes is an option: the subject was forgotten
    code, _out, err = _add(capsys, data_dir, "--subject", "--json")
    assert code == 2 and "--subject" in one_error_line(err)
    # written with "=" it is a value
    assert (
        run_json(capsys, "--data-dir", data_dir, "cases", "add", "--subject=--x")["subject"]
        == "--x"
    )


# ----------------------------------------------------------------------------- unclear input


def test_an_empty_data_dir_is_refused(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--data-dir", "", "cases", "list")
    assert code == 2 and out == ""
    assert "--data-dir" in one_error_line(err) and "empty" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("--search", "status:"), ["status:", "needs a value"]),
        (("--search", "lang:"), ["lang:", "needs a value"]),
        (("--search", 'tag:""'), ["tag:", "needs a value"]),
        (("--search", "foo:bar"), ["foo:", "status, reason, lang", '"foo:bar"']),
        (("--status", ""), ["--status is empty", "waiting_customer"]),
        (("--status", "bogus"), ["'bogus'", "waiting_customer"]),
    ],
)
def test_filters_that_cannot_match_say_why(capsys, data_dir, argv, words):
    run_json(capsys, "--data-dir", data_dir, "cases", "add", "--subject", "Belt")
    code, out, err = run(capsys, "--data-dir", data_dir, "cases", "list", *argv)
    assert code == 2 and out == ""
    line = one_error_line(err)
    for text in words:
        assert text in line


def test_words_with_a_colon_stay_searchable(capsys, data_dir):
    for subject in ("Call at 10:30 please", "See https://example.com/x", "Note: foo:bar"):
        run_json(capsys, "--data-dir", data_dir, "cases", "add", "--subject", subject)
    for search, subject in (
        ("10:30", "Call at 10:30 please"),
        ("https://example.com/x", "See https://example.com/x"),
        ('"foo:bar"', "Note: foo:bar"),
        ("Note:", "Note: foo:bar"),
    ):
        found = run_json(capsys, "--data-dir", data_dir, "cases", "list", "--search", search)
        assert [c["subject"] for c in found] == [subject], search
