"""`workbench cases attach`, `evidence export` and `doctor`: JSON, exit codes, error lines."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from tests.cli.test_runner import one_error_line, run, run_json


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def ref(capsys, data_dir: Path) -> str:
    case = run_json(
        capsys,
        "--data-dir",
        data_dir,
        "cases",
        "add",
        "--subject",
        "Parcel arrived crushed",
        "--reason",
        "damaged",
    )
    return case["ref"]


def _photo(folder: Path, name: str = "box.jpg", gps: bool = True, colour=(200, 40, 40)) -> Path:  # noqa: ANN001
    exif = Image.Exif()
    exif[0x0112] = 6
    if gps:
        exif.get_ifd(0x8825)[1] = "N"
        exif.get_ifd(0x8825)[2] = (52.0, 31.0, 12.0)
    path = folder / name
    Image.new("RGB", (32, 24), colour).save(path, "JPEG", exif=exif)
    return path


def _exif(data: bytes) -> Image.Exif:
    with Image.open(io.BytesIO(data)) as image:
        return image.getexif()


def test_attach_prints_what_was_added(capsys, data_dir, ref, tmp_path):
    label = tmp_path / "label.pdf"
    label.write_bytes(b"%PDF-1.4\nlabel")
    result = run_json(
        capsys,
        "--data-dir",
        data_dir,
        "cases",
        "attach",
        ref.lower(),
        _photo(tmp_path),
        label,
    )
    assert set(result) == {"case", "added", "refused", "warnings"}
    assert result["case"] == ref
    assert result["refused"] == [] and result["warnings"] == []
    photo, pdf = result["added"]
    assert set(photo) == {"id", "name", "sha256", "size", "media_type", "kind"}
    assert (photo["name"], photo["kind"], photo["media_type"]) == ("box.jpg", "photo", "image/jpeg")
    assert photo["sha256"] == hashlib.sha256((tmp_path / "box.jpg").read_bytes()).hexdigest()
    assert (pdf["kind"], pdf["size"]) == ("document", 14)
    shown = run_json(capsys, "--data-dir", data_dir, "cases", "show", ref)
    assert [e["id"] for e in shown["evidence"]] == [photo["id"], pdf["id"]]


def test_attach_with_kind_and_caption(capsys, data_dir, ref, tmp_path):
    result = run_json(
        capsys,
        "--data-dir",
        data_dir,
        "cases",
        "attach",
        ref,
        _photo(tmp_path),
        "--kind",
        "shipping_label",
        "--caption",
        "The label on the box",
    )
    assert result["added"][0]["kind"] == "shipping_label"
    shown = run_json(capsys, "--data-dir", data_dir, "cases", "show", ref)
    assert shown["evidence"][0]["caption"] == "The label on the box"
    code, out, err = run(
        capsys, "--data-dir", data_dir, "cases", "attach", ref, _photo(tmp_path), "--kind", "selfie"
    )
    assert code == 2 and out == ""
    assert "--kind" in one_error_line(err)


def test_a_refused_file_exits_2_and_keeps_the_others(capsys, data_dir, ref, tmp_path):
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 64)
    good = _photo(tmp_path)
    code, out, err = run(
        capsys, "--data-dir", data_dir, "cases", "attach", ref, program, good, "--json"
    )
    assert code == 2
    result = json.loads(out)
    assert [a["name"] for a in result["added"]] == ["box.jpg"]
    [refused] = result["refused"]
    assert refused["file"] == "setup.exe"
    assert "is a program" in refused["reason"] and "never run" in refused["reason"]
    line = one_error_line(err)
    assert "setup.exe is a program" in line

    again = run(capsys, "--data-dir", data_dir, "cases", "attach", ref, good, program)
    assert again[0] == 2
    line = one_error_line(again[2])
    assert "2 of 2 files were not attached" in line
    assert "already attached to this case as box.jpg" in line
    assert "Case" in again[1] and "not attached:" in again[1]

    allowed = run_json(
        capsys, "--data-dir", data_dir, "cases", "attach", ref, program, "--allow-executable"
    )
    assert [a["name"] for a in allowed["added"]] == ["setup.exe"]
    assert "will never be run by Workbench" in allowed["warnings"][0]


def test_attach_to_an_unknown_case(capsys, data_dir, ref, tmp_path):
    code, out, err = run(
        capsys, "--data-dir", data_dir, "cases", "attach", "ZZZZZ-ZZZZZ", _photo(tmp_path)
    )
    assert (code, out) == (2, "")
    assert "No case matches" in one_error_line(err)


def test_export_removes_locations_unless_kept(capsys, data_dir, ref, tmp_path):
    photo = _photo(tmp_path)
    run_json(capsys, "--data-dir", data_dir, "cases", "attach", ref, photo)
    out = tmp_path / "bundle.zip"
    result = run_json(capsys, "--data-dir", data_dir, "evidence", "export", ref, "--out", out)
    assert result == {
        "case": ref,
        "out": str(out),
        "files": 1,
        "location_removed": True,
        "warnings": [],
    }
    with zipfile.ZipFile(out) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
        exported = bundle.read(manifest["files"][0]["path_in_zip"])
    assert hashlib.sha256(exported).hexdigest() == manifest["files"][0]["sha256"]
    assert 0x8825 not in _exif(exported) and _exif(exported)[0x0112] == 6

    kept = run_json(
        capsys,
        "--data-dir",
        data_dir,
        "evidence",
        "export",
        ref,
        "--out",
        tmp_path / "kept.zip",
        "--keep-location",
    )
    assert kept["location_removed"] is False
    with zipfile.ZipFile(tmp_path / "kept.zip") as bundle:
        assert bundle.read("files/001-box.jpg") == photo.read_bytes()


def test_export_problems_are_one_line(capsys, data_dir, ref, tmp_path):
    code, _out, err = run(
        capsys, "--data-dir", data_dir, "evidence", "export", ref, "--out", tmp_path / "x.zip"
    )
    assert code == 2 and "no evidence files" in one_error_line(err)
    run_json(capsys, "--data-dir", data_dir, "cases", "attach", ref, _photo(tmp_path))
    code, _out, err = run(
        capsys, "--data-dir", data_dir, "evidence", "export", ref, "--out", tmp_path / "no/x.zip"
    )
    assert code == 2 and "does not exist" in one_error_line(err)
    code, _out, err = run(capsys, "--data-dir", data_dir, "evidence", "export", ref)
    assert code == 2 and "--out" in one_error_line(err)


def test_doctor(capsys, data_dir, ref, tmp_path):
    added = run_json(
        capsys,
        "--data-dir",
        data_dir,
        "cases",
        "attach",
        ref,
        _photo(tmp_path, "a.jpg"),
        _photo(tmp_path, "b.jpg", colour=(1, 2, 3)),
    )["added"]
    report = run_json(capsys, "--data-dir", data_dir, "doctor")
    assert report["ok"] is True and report["problems"] == []
    assert report["blobs_checked"] == 2 and report["orphans"] == 0
    assert report["bytes_checked"] == sum(a["size"] for a in added)
    assert report["cleaned"] is None

    sha = added[1]["sha256"]
    (data_dir / "blobs" / sha[:2] / sha).write_bytes(b"overwritten by something else")
    code, out, err = run(capsys, "--data-dir", data_dir, "doctor", "--json")
    assert code == 1
    report = json.loads(out)
    assert report["ok"] is False
    assert report["problems"] == [
        {
            "kind": "blob_altered",
            "detail": report["problems"][0]["detail"],
            "sha256": sha,
            "evidence_id": added[1]["id"],
        }
    ]
    assert "found 1 problem" in one_error_line(err)
    code, out, err = run(capsys, "--data-dir", data_dir, "doctor")
    assert code == 1 and "blob_altered: b.jpg" in out


def test_doctor_clean_orphans(capsys, data_dir, ref, tmp_path):
    report = run_json(capsys, "--data-dir", data_dir, "doctor", "--clean-orphans")
    assert report["ok"] is True and report["cleaned"] == []
