"""`--out` of `evidence export` and `screenshot`: never into the profile, never over a
link, a pipe or a device, over an existing file only with --force."""

from __future__ import annotations

import os
import sys
import types
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from tests.cli.test_runner import one_error_line, run, run_json


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def ref(capsys, data_dir: Path, tmp_path: Path) -> str:
    photo = tmp_path / "box.jpg"
    Image.new("RGB", (32, 24), (200, 40, 40)).save(photo, "JPEG")
    case = run_json(
        capsys,
        "--data-dir",
        data_dir,
        "cases",
        "add",
        "--subject",
        "Parcel arrived crushed",
        "--attach",
        photo,
    )
    return case["ref"]


@pytest.fixture
def fake_screenshot(monkeypatch) -> list[Path]:
    """Stands in for the Qt renderer: writes a few bytes where it is told."""
    calls: list[Path] = []

    def save_screenshot(profile, out, *, case_ref=None, locale=None, size=(1280, 800)):  # noqa: ANN001, ANN202
        calls.append(out)
        Path(out).write_bytes(b"PNG")

    fake = types.ModuleType("app.ui.screenshot")
    fake.save_screenshot = save_screenshot
    monkeypatch.setitem(sys.modules, "app.ui.screenshot", fake)
    return calls


def _export(capsys, data_dir: Path, ref: str, out: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", data_dir, "evidence", "export", ref, "--out", out, *extra)


def _shot(capsys, data_dir: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", data_dir, "screenshot", "--out", out, *extra)


def _profile_files(data_dir: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(data_dir)): p.read_bytes()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and p.suffix not in (".log", ".sqlite3-wal", ".sqlite3-shm")
    }


def test_export_into_the_profile_is_refused_even_with_force(capsys, data_dir, ref, tmp_path):
    database = data_dir / "workbench.sqlite3"
    before = database.read_bytes()
    link = tmp_path / "elsewhere"
    link.symlink_to(data_dir)
    for out in (
        database,
        data_dir / "new-bundle.zip",
        link / "workbench.sqlite3",  # a symlinked parent leads into the profile
        data_dir / "logs" / ".." / "x.zip",
    ):
        for force in ((), ("--force",)):
            code, stdout, err = _export(capsys, data_dir, ref, out, *force)
            assert code == 2, (out, force)
            assert stdout == ""
            assert "inside the profile folder" in one_error_line(err)
    assert database.read_bytes() == before
    assert not (data_dir / "new-bundle.zip").exists()
    assert run_json(capsys, "--data-dir", data_dir, "cases", "show", ref)["ref"] == ref


def test_export_over_a_symlink_fifo_or_device_is_refused(capsys, data_dir, ref, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "link.zip"
    link.symlink_to(victim)
    fifo = tmp_path / "pipe.zip"
    os.mkfifo(fifo)
    cases = {link: "symbolic link", fifo: "named pipe", Path("/dev/null"): "device"}
    for out, words in cases.items():
        for force in ((), ("--force",)):
            code, _stdout, err = _export(capsys, data_dir, ref, out, *force)
            assert code == 2
            assert words in one_error_line(err)
    assert link.is_symlink() and victim.read_text() == "keep me"
    assert fifo.is_fifo()
    assert Path("/dev/null").is_char_device()


def test_export_over_an_existing_file_needs_force(capsys, data_dir, ref, tmp_path):
    out = tmp_path / "bundle.zip"
    out.write_bytes(b"an older bundle")
    code, stdout, err = _export(capsys, data_dir, ref, out)
    assert code == 2 and stdout == ""
    line = one_error_line(err)
    assert "already exists" in line and "--force" in line
    assert out.read_bytes() == b"an older bundle"

    code, _stdout, err = _export(capsys, data_dir, ref, out, "--force", "--json")
    assert code == 0, err
    assert zipfile.is_zipfile(out)


def test_export_to_a_missing_folder_names_it(capsys, data_dir, ref, tmp_path):
    code, _stdout, err = _export(capsys, data_dir, ref, tmp_path / "nowhere" / "b.zip")
    assert code == 2
    assert "does not exist" in one_error_line(err)


def test_screenshot_out_follows_the_same_rules(capsys, data_dir, tmp_path, fake_screenshot):
    run_json(capsys, "--data-dir", data_dir, "cases", "add", "--subject", "Strap broke")
    before = _profile_files(data_dir)
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    link = tmp_path / "link.png"
    link.symlink_to(tmp_path / "victim.png")
    refused = {
        data_dir / "workbench.sqlite3": "inside the profile folder",
        data_dir / "shot.png": "inside the profile folder",
        fifo: "named pipe",
        link: "symbolic link",
    }
    for out, words in refused.items():
        code, _stdout, err = _shot(capsys, data_dir, out, "--force")
        assert code == 2
        assert words in one_error_line(err)
    assert fake_screenshot == []
    assert _profile_files(data_dir) == before

    out = tmp_path / "shot.png"
    out.write_bytes(b"old")
    code, _stdout, err = _shot(capsys, data_dir, out)
    assert code == 2 and "--force" in one_error_line(err)
    assert out.read_bytes() == b"old"
    code, _stdout, err = _shot(capsys, data_dir, out, "--force")
    assert code == 0, err
    assert fake_screenshot == [out.resolve()]


# ----------------------------------------------------------------------------- read-only


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and its size and time, but SQLite's -wal/-shm, which a read-only
    connection makes when it can (and does without on a full disk)."""
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if not p.name.endswith(("-wal", "-shm"))
    }


def test_reading_commands_write_nothing_into_the_profile(
    capsys, data_dir, ref, tmp_path, monkeypatch
):
    from app.services.core.profile import Profile

    opened: list[bool] = []
    real_open = Profile.open.__func__

    def spy(cls, root, **kwargs):  # noqa: ANN001, ANN202
        opened.append(kwargs.get("read_only", False))
        return real_open(cls, root, **kwargs)

    monkeypatch.setattr(Profile, "open", classmethod(spy))
    before = _snapshot(data_dir)
    for argv in (
        ("cases", "list"),
        ("cases", "show", ref),
        ("replies", "list"),
        ("replies", "render", "wrong_size_return", "--case", ref),
        ("doctor",),
        ("evidence", "export", ref, "--out", tmp_path / "bundle.zip"),
    ):
        code, _out, err = run(capsys, "--data-dir", data_dir, *argv)
        assert code == 0, (argv, err)
        assert opened.pop() is True, argv
        assert _snapshot(data_dir) == before, argv
    code, _out, err = run(capsys, "--data-dir", data_dir, "doctor", "--clean-orphans")
    assert code == 0, err
    assert opened.pop() is False
