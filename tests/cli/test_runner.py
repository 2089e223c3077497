"""The `workbench` command line: subcommands, JSON contract, exit codes and error lines."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import types
import uuid
from pathlib import Path

import pytest
from PIL import Image

import app
from app.cli.output import CASE_KEYS
from app.cli.runner import main

KOREAN_BODY = "사이즈가 너무 작아요. 교환 부탁드립니다."
ORDER_ID = "302-1234567-1234567"
DETAIL_KEYS = {*CASE_KEYS, "tags", "evidence", "messages", "order", "history", "channel"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def run_process(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, argv)],
        capture_output=True,
        timeout=120,
        env=env,
    )


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("workbench: ")
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    """A real JPEG with an EXIF capture time."""
    path = tmp_path / "broken strap.jpg"
    exif = Image.Exif()
    exif[306] = "2026:11:20 14:30:00"
    Image.new("RGB", (64, 48), (200, 40, 40)).save(path, "JPEG", exif=exif)
    return path


@pytest.fixture
def screenshot_png(tmp_path: Path) -> Path:
    path = tmp_path / "order page.png"
    Image.new("RGB", (40, 30), (10, 120, 200)).save(path, "PNG")
    return path


def add_korean_case(capsys, data_dir: Path, *attachments: Path) -> dict:
    argv = [
        "--data-dir",
        data_dir,
        "cases",
        "add",
        "--subject",
        "사이즈 교환 요청",
        "--body",
        KOREAN_BODY,
        "--customer",
        "김민지",
        "--marketplace",
        "amazon.de",
        "--order",
        ORDER_ID,
        "--reason",
        "wrong_size",
        "--priority",
        "high",
        "--language",
        "ko",
        "--tag",
        "VIP",
    ]
    if attachments:
        argv += ["--attach", *attachments]
    return run_json(capsys, *argv)


def list_cases(capsys, data_dir: Path, *options: str) -> list[dict]:
    return run_json(capsys, "--data-dir", data_dir, "cases", "list", *options)


def assert_iso_with_offset(text: str) -> None:
    assert dt.datetime.fromisoformat(text).tzinfo is not None, text


# ----------------------------------------------------------------------------- basics


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"workbench {app.__version__}"


def test_version_and_usage_errors_through_python_m_app():
    done = run_process("--version")
    assert done.returncode == 0
    assert done.stdout.decode().strip() == f"workbench {app.__version__}"

    bad = run_process("cases", "list", "--limit", "many")
    assert bad.returncode == 2
    line = one_error_line(bad.stderr.decode())
    assert "--limit" in line
    assert bad.stdout == b""


def test_usage_error_in_process_is_one_line(capsys):
    code, out, err = run(capsys, "cases")
    assert code == 2
    assert out == ""
    assert "cases" in one_error_line(err)


def test_importing_the_cli_loads_no_qt():
    code = "import sys, app.cli.runner; print(any(m.startswith('PySide6') for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr


def test_list_of_a_new_profile_is_empty(capsys, data_dir):
    assert list_cases(capsys, data_dir) == []
    assert (data_dir / "workbench.sqlite3").is_file()


# ----------------------------------------------------------------------------- cases add / list


def test_add_with_attachments_then_list_finds_it(capsys, data_dir, photo, screenshot_png):
    case = add_korean_case(capsys, data_dir, photo, screenshot_png)
    assert set(CASE_KEYS) <= set(case)
    assert case["subject"] == "사이즈 교환 요청"
    assert case["status"] == "new"
    assert case["priority"] == "high"
    assert case["reason"] == "wrong_size"
    assert case["language"] == "ko"
    assert case["marketplace"] == "amazon.de"
    assert case["order_id"] == ORDER_ID
    assert case["customer"] == "김민지"
    assert case["tags"] == ["vip"]
    assert str(uuid.UUID(case["id"])) == case["id"]
    kinds = {e["name"]: (e["kind"], e["size"]) for e in case["evidence"]}
    assert kinds == {
        "broken strap.jpg": ("photo", photo.stat().st_size),
        "order page.png": ("screenshot", screenshot_png.stat().st_size),
    }
    for evidence in case["evidence"]:
        assert {"sha256", "name", "kind", "size"} <= set(evidence)
        assert len(evidence["sha256"]) == 64

    # --json after the subcommand and before it mean the same.
    listed = list_cases(capsys, data_dir)
    code, out, _ = run(capsys, "--data-dir", data_dir, "--json", "cases", "list")
    assert code == 0 and json.loads(out) == listed
    assert len(listed) == 1
    row = listed[0]
    assert set(CASE_KEYS) <= set(row)
    assert {key: row[key] for key in CASE_KEYS} == {key: case[key] for key in CASE_KEYS}
    assert row["assignee"] is None and row["escalation_level"] == 0
    assert_iso_with_offset(row["created_at"])
    assert_iso_with_offset(row["updated_at"])


@pytest.mark.parametrize(
    ("search", "found"),
    [
        ("사이즈가", True),  # three or more characters: the trigram index
        ("교환", True),  # two characters: the substring fallback (in the subject and body)
        ("부탁", True),  # two characters, only in the message body
        ("김민", True),  # two characters of the customer's name
        ("환불", False),
        ("zz", False),
        ('"unbalanced AND (', False),  # never an FTS syntax error
    ],
)
def test_search(capsys, data_dir, search, found):
    add_korean_case(capsys, data_dir)
    rows = list_cases(capsys, data_dir, "--search", search)
    assert len(rows) == (1 if found else 0)


def test_status_view_and_limit_filters(capsys, data_dir):
    refs = [
        run_json(capsys, "--data-dir", data_dir, "cases", "add", "--subject", f"case {i}")["ref"]
        for i in range(3)
    ]
    assert len(list_cases(capsys, data_dir, "--status", "new")) == 3
    assert len(list_cases(capsys, data_dir, "--status", "open")) == 3  # the group
    assert list_cases(capsys, data_dir, "--status", "resolved") == []
    assert list_cases(capsys, data_dir, "--view", "resolved") == []
    assert len(list_cases(capsys, data_dir, "--view", "open")) == 3
    assert list_cases(capsys, data_dir, "--status", "done", "--search", "case") == []
    assert [r["ref"] for r in list_cases(capsys, data_dir, "--limit", "2")] == refs[::-1][:2]
    assert [r["ref"] for r in list_cases(capsys, data_dir, "--limit", "0")] == refs[::-1]

    code, _, err = run(capsys, "--data-dir", data_dir, "cases", "list", "--status", "lost")
    assert code == 2
    assert "lost" in one_error_line(err)
    code, _, err = run(capsys, "--data-dir", data_dir, "cases", "list", "--view", "nope")
    assert code == 2
    one_error_line(err)


def test_list_as_a_table(capsys, data_dir):
    add_korean_case(capsys, data_dir)
    run_json(capsys, "--data-dir", data_dir, "cases", "add", "--subject", "x" * 120)
    code, out, _ = run(capsys, "--data-dir", data_dir, "cases", "list")
    assert code == 0
    header, *lines = out.splitlines()
    assert header.split() == ["REF", "STATUS", "PRIORITY", "CUSTOMER", "SUBJECT"]
    assert len(lines) == 2
    assert "…" in lines[0] and "x" * 60 not in lines[0]
    assert "김민지" in lines[1] and "사이즈 교환 요청" in lines[1]


def test_body_from_stdin_and_from_files(capsys, data_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(KOREAN_BODY.encode())))
    case = run_json(
        capsys, "--data-dir", data_dir, "cases", "add", "--subject", "s", "--body-file", "-"
    )
    shown = run_json(capsys, "--data-dir", data_dir, "cases", "show", case["ref"])
    assert [m["body"] for m in shown["messages"]] == [KOREAN_BODY]

    latin1 = tmp_path / "body.txt"
    latin1.write_bytes("Größe falsch".encode("latin-1"))
    code, _, err = run(
        capsys, "--data-dir", data_dir, "cases", "add", "--subject", "s", "--body-file", latin1
    )
    assert code == 2
    assert "UTF-8" in one_error_line(err)

    missing = tmp_path / "nope.txt"
    code, _, err = run(
        capsys, "--data-dir", data_dir, "cases", "add", "--subject", "s", "--body-file", missing
    )
    assert code == 2
    assert "nope.txt" in one_error_line(err)
    assert len(list_cases(capsys, data_dir)) == 1


@pytest.mark.parametrize(
    ("options", "word"),
    [
        (["--marketplace", "amazon.xx"], "marketplace"),
        (["--marketplace", "amazon.de", "--order", "12345"], "order id"),
        (["--reason", "bored"], "reason"),
        (["--priority", "whenever"], "priority"),
        (["--subject", "   "], "subject"),
    ],
)
def test_add_refuses_bad_values(capsys, data_dir, options, word):
    code, out, err = run(
        capsys, "--data-dir", data_dir, "cases", "add", "--subject", "s", *options, "--json"
    )
    assert code == 2
    assert out == ""
    assert word in one_error_line(err).lower()
    assert list_cases(capsys, data_dir) == []


@pytest.mark.parametrize("problem", ["missing", "empty", "text named photo.jpg", "folder"])
def test_bad_attachment_creates_no_case(capsys, data_dir, tmp_path, photo, problem):
    bad = tmp_path / "photo.jpg"
    if problem == "empty":
        bad.write_bytes(b"")
    elif problem == "text named photo.jpg":
        bad.write_text("this is not a picture", encoding="utf-8")
    elif problem == "folder":
        bad.mkdir()
    code, out, err = run(
        capsys,
        "--data-dir",
        data_dir,
        "cases",
        "add",
        "--subject",
        "Defective",
        "--attach",
        photo,
        bad,
    )
    assert code == 2
    assert out == ""
    assert "photo.jpg" in one_error_line(err)
    assert list_cases(capsys, data_dir) == []


# ----------------------------------------------------------------------------- cases show


def test_show_by_lower_case_ref_without_dash(capsys, data_dir, photo):
    case = add_korean_case(capsys, data_dir, photo)
    typed = case["ref"].lower().replace("-", "")
    shown = run_json(capsys, "--data-dir", data_dir, "cases", "show", typed)
    assert set(shown) >= DETAIL_KEYS
    assert shown["id"] == case["id"] and shown["ref"] == case["ref"]
    assert shown["customer"]["name"] == "김민지"
    assert {"name", "locale", "marketplace", "buyer_alias"} <= set(shown["customer"])
    assert shown["order"]["external_id"] == ORDER_ID
    assert shown["order"]["marketplace"] == "amazon.de"
    assert shown["order"]["items"] == [] and shown["order"]["total"] is None
    assert shown["tags"] == ["vip"]

    (message,) = shown["messages"]
    assert message["body"] == KOREAN_BODY
    assert message["direction"] == "inbound"
    assert message["author"] == "김민지"
    assert {"id", "channel", "language", "created_at", "outbound_state"} <= set(message)

    (evidence,) = shown["evidence"]
    assert evidence["kind"] == "photo" and evidence["media_type"] == "image/jpeg"
    assert evidence["captured_at"] == "2026-11-20T14:30:00+00:00"
    assert {"id", "sha256", "name", "size", "caption", "added_at", "added_by"} <= set(evidence)

    history = shown["history"]
    assert {(h["entity"], h["action"]) for h in history} >= {
        ("case", "create"),
        ("message", "create"),
        ("evidence", "create"),
        ("case_tag", "add"),
    }
    for entry in history:
        assert {"at", "actor", "device_id", "entity", "action", "data"} <= set(entry)
        assert_iso_with_offset(entry["at"])

    # The same case by its full id and by its order id; and as text.
    assert run_json(capsys, "--data-dir", data_dir, "cases", "show", case["id"])["id"] == case["id"]
    assert run_json(capsys, "--data-dir", data_dir, "cases", "show", ORDER_ID)["id"] == case["id"]
    code, out, _ = run(capsys, "--data-dir", data_dir, "cases", "show", case["ref"])
    assert code == 0
    assert case["ref"] in out and KOREAN_BODY in out and "broken strap.jpg" in out


def test_unknown_ref_is_bad_input(capsys, data_dir):
    add_korean_case(capsys, data_dir)
    code, out, err = run(capsys, "--data-dir", data_dir, "cases", "show", "ZZZZZ-ZZZZZ", "--json")
    assert code == 2
    assert out == ""
    assert "ZZZZZ-ZZZZZ" in one_error_line(err)

    done = run_process("--data-dir", data_dir, "cases", "show", "no-such-case")
    assert done.returncode == 2
    assert done.stdout == b""
    assert "no-such-case" in one_error_line(done.stderr.decode())


# ----------------------------------------------------------------------------- storage problems


def test_corrupt_database_is_reported_and_left_alone(capsys, data_dir):
    data_dir.mkdir()
    database = data_dir / "workbench.sqlite3"
    database.write_bytes(b"not a database")
    code, out, err = run(capsys, "--data-dir", data_dir, "cases", "list", "--json")
    assert code == 2
    assert out == ""
    assert str(database) in one_error_line(err)
    assert database.read_bytes() == b"not a database"


def test_database_from_a_newer_version_is_refused(capsys, data_dir):
    run_json(capsys, "--data-dir", data_dir, "cases", "add", "--subject", "kept")
    database = data_dir / "workbench.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()

    done = run_process("--data-dir", data_dir, "cases", "list", "--json")
    assert done.returncode == 2
    assert done.stdout == b""
    assert "newer version" in one_error_line(done.stderr.decode())
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("9999",)
        ]
    connection.close()


def _without_write_rights(command: list[str]) -> list[str]:
    """`command` run so that file permissions apply: root ignores chmod, so drop root."""
    if os.geteuid() != 0:
        return command
    probe = ["runuser", "-u", "nobody", "--", sys.executable, "-c", "import app"]
    nobody_can_run = shutil.which("runuser") and (
        subprocess.run(probe, capture_output=True, cwd="/").returncode == 0
    )
    if nobody_can_run:
        return ["runuser", "-u", "nobody", "--", *command]
    if shutil.which("setpriv"):
        # nobody cannot reach this interpreter (under /root here): stay uid 0 but without
        # the capabilities that let root ignore permissions.
        caps = "-dac_override,-dac_read_search,-fowner"
        return ["setpriv", f"--bounding-set={caps}", f"--inh-caps={caps}", "--", *command]
    pytest.fail("running as root, with neither runuser nor setpriv to drop the privilege")


def test_read_only_data_folder_is_reported():
    # Not under tmp_path: as `nobody` the folder's parents must be reachable.
    folder = Path(tempfile.mkdtemp(prefix="workbench-ro-"))
    try:
        folder.chmod(0o555)
        command = _without_write_rights(
            [sys.executable, "-m", "app", "--data-dir", str(folder), "cases", "list", "--json"]
        )
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(folder / "home"),
            "XDG_DATA_HOME": str(folder / "xdg"),
            "PYTHONDONTWRITEBYTECODE": "1",
            "LANG": "C.UTF-8",
        }
        done = subprocess.run(command, capture_output=True, timeout=120, env=env, cwd="/")
        assert done.returncode == 2, done.stderr.decode()
        assert done.stdout == b""
        line = one_error_line(done.stderr.decode())
        assert "read-only" in line and str(folder) in line
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_json_is_utf8_whatever_the_locale(capsys, data_dir):
    add_korean_case(capsys, data_dir)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIO"))}
    env.update(LANG="C", LC_ALL="C", PYTHONUTF8="0")
    done = run_process("--data-dir", data_dir, "cases", "list", "--json", env=env)
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout.decode("utf-8"))[0]["customer"] == "김민지"
    assert "김민지".encode() in done.stdout  # not \uXXXX escapes


def test_a_reader_that_goes_away_is_not_a_bug(data_dir):
    from app.services.cases.operations import NewCase, create_case
    from app.services.core.profile import Profile

    profile = Profile.open(data_dir)
    try:
        for number in range(200):  # more JSON than a pipe holds, so the write must block
            create_case(profile, NewCase(subject=f"case {number} " + "x" * 400))
    finally:
        profile.close()
    command = [sys.executable, "-m", "app", "--data-dir", str(data_dir), "cases", "list"]
    process = subprocess.Popen(
        [*command, "--limit", "0", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # like `| head` exiting early
    err = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=120) == 141
    assert err == b""
    assert not (data_dir / "logs" / "workbench.log").read_text(encoding="utf-8")


def test_a_bug_is_logged_and_reported_on_one_line(capsys, data_dir, monkeypatch):
    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("the sky fell")

    monkeypatch.setattr("app.cli.cases.list_rows", broken)
    code, out, err = run(capsys, "--data-dir", data_dir, "cases", "list", "--json")
    assert code == 70
    assert out == ""
    log_file = data_dir / "logs" / "workbench.log"
    assert one_error_line(err) == (
        f"workbench: internal error: ZeroDivisionError: the sky fell (details in {log_file})"
    )
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "the sky fell" in logged


# ----------------------------------------------------------------------------- demo data


def test_demo_seed(capsys, data_dir):
    code, out, err = run(capsys, "--data-dir", data_dir, "demo", "seed", "--cases", "30", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert set(summary) == {"scripted", "generated", "seconds"}
    assert summary["generated"] == 30 and summary["scripted"] > 0
    assert isinstance(summary["seconds"], float)
    progress = err.splitlines()  # off a terminal: a line now and then, not one per batch
    assert progress[-1] == "Seeding demo data: 100% (30/30)"
    assert all(line.startswith("Seeding demo data: ") for line in progress)
    assert len(progress) <= 11
    listed = list_cases(capsys, data_dir, "--limit", "0")
    assert len(listed) == summary["scripted"] + summary["generated"]
    shown = run_json(capsys, "--data-dir", data_dir, "cases", "show", listed[0]["ref"])
    assert set(shown) >= DETAIL_KEYS

    # Again: the scripted cases are there already; generated ones are added.
    code, out, err = run(capsys, "--data-dir", data_dir, "demo", "seed", "--cases", "5")
    assert code == 0, err
    assert out.startswith("Seeded 0 scripted and 5 generated cases in ")
    assert len(list_cases(capsys, data_dir, "--limit", "0")) == len(listed) + 5


def test_seed_progress_is_redrawn_in_place_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    from app.cli.output import Progress

    terminal = Terminal()
    progress = Progress(terminal)
    for done in range(0, 101, 5):
        progress(done, 100)
    progress.finish()
    text = terminal.getvalue()
    assert text.count("\r") == 21 and text.count("\n") == 1
    assert text.endswith("\rSeeding demo data: 100% (100/100)\n")


def test_demo_option_uses_a_throwaway_profile(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    code, out, err = run(capsys, "--demo", "cases", "list", "--limit", "5", "--json")
    assert code == 0, err
    assert "Preparing the demo profile" in err
    assert len(json.loads(out)) == 5
    (folder,) = tmp_path.glob("workbench-demo-*")
    assert (folder / "workbench.sqlite3").is_file()


# ----------------------------------------------------------------------------- GUI and screenshot
# Stand-ins for app.ui.app / app.ui.screenshot: these check the command line's hand-over
# only; the lead's tests cover the real window.


def test_demo_option_without_subcommand_seeds_then_opens_the_gui(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    calls = []
    fake = types.ModuleType("app.ui.app")
    fake.run_gui = lambda folder, *, locale=None: calls.append((folder, locale)) or 0
    monkeypatch.setitem(sys.modules, "app.ui.app", fake)
    code, out, err = run(capsys, "--demo")
    assert code == 0
    assert err == "Preparing the demo profile…\n"
    ((folder, locale),) = calls
    assert folder.name.startswith("workbench-demo-") and folder.parent == tmp_path
    assert locale is None
    assert len(list_cases(capsys, folder)) > 0


def test_no_subcommand_hands_the_data_dir_to_the_gui(capsys, data_dir, monkeypatch):
    calls = []
    fake = types.ModuleType("app.ui.app")
    fake.run_gui = lambda folder, *, locale=None: calls.append((folder, locale)) or 0
    monkeypatch.setitem(sys.modules, "app.ui.app", fake)
    code, _, _ = run(capsys, "--data-dir", data_dir, "--locale", "ko")
    assert code == 0
    assert calls == [(data_dir.absolute(), "ko")]


def test_screenshot_arguments(capsys, data_dir, tmp_path, monkeypatch):
    calls = []

    def save_screenshot(profile, out, *, case_ref=None, locale=None, size=(1280, 800)):
        calls.append((profile.root, out, case_ref, locale, size))

    fake = types.ModuleType("app.ui.screenshot")
    fake.save_screenshot = save_screenshot
    monkeypatch.setitem(sys.modules, "app.ui.screenshot", fake)
    target = tmp_path / "shot.png"
    ref = add_korean_case(capsys, data_dir)["ref"].lower()
    result = run_json(
        capsys,
        "--data-dir",
        data_dir,
        "screenshot",
        "--out",
        target,
        "--case",
        ref,
        "--locale",
        "ar",
        "--size",
        "1024x768",
    )
    assert result == {"out": str(target)}
    assert calls == [(data_dir.absolute(), target, ref, "ar", (1024, 768))]

    code, _, err = run(
        capsys, "--data-dir", data_dir, "screenshot", "--out", target, "--case", "ZZZZZ-ZZZZZ"
    )
    assert code == 2
    assert "ZZZZZ-ZZZZZ" in one_error_line(err)

    for size in ("1280", "0x0", "wide", "1280x-5"):
        code, _, err = run(
            capsys, "--data-dir", data_dir, "screenshot", "--out", target, "--size", size
        )
        assert code == 2
        assert "--size" in one_error_line(err)
    code, _, err = run(
        capsys, "--data-dir", data_dir, "screenshot", "--out", tmp_path / "no" / "x.png"
    )
    assert code == 2
    one_error_line(err)
    assert len(calls) == 1
