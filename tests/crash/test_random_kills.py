"""Kill the process at random points (seeded, so a failure can be replayed) while it seeds
the demo, attaches files, adds case after case, and exports a bundle. After each kill the
next command works, `doctor` is clean or says exactly what is wrong, every acknowledged
write is there, no scripted demo case is half-built, and no half-written file carries a
finished file's name."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import time
import zipfile
from pathlib import Path

from PIL import Image

from app.demo.scripted import SCRIPTED_CASES
from tests.crash.helpers import (
    DB_NAME,
    Result,
    case_refs,
    connect,
    copy_profile,
    next_commands_work,
    report,
)

SEED = 20251123


def _noise_photo(path: Path, rng: random.Random, size: tuple[int, int]) -> Path:
    """A photo that does not compress (so storing and exporting it takes a while)."""
    data = rng.randbytes(size[0] * size[1] * 3)
    image = Image.frombytes("RGB", size, data)
    if path.suffix == ".png":
        image.save(path, "PNG")
    else:
        exif = Image.Exif()
        exif.get_ifd(0x8825)[1] = "N"
        exif.get_ifd(0x8825)[2] = (52.0, 31.0, 12.0)
        image.save(path, "JPEG", quality=95, exif=exif)
    return path


def _evidence_files(folder: Path, rng: random.Random, big: bool = False) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    size = (900, 700) if big else (500, 400)
    files = [
        _noise_photo(folder / "front.jpg", rng, size),
        _noise_photo(folder / "crack.jpg", rng, size),
        _noise_photo(folder / "label.png", rng, size),
        _noise_photo(folder / "side.jpg", rng, size),
    ]
    receipt = folder / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.4\n" + rng.randbytes(20_000).hex().encode() + b"\n%%EOF\n")
    return [*files, receipt]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _live_evidence(db: Path, ref: str) -> list[str]:
    with connect(db) as connection:
        return sorted(
            row[0]
            for row in connection.execute(
                "SELECT e.sha256 FROM evidence e JOIN cases c ON c.id = e.case_id "
                "WHERE c.ref = ? AND e.deleted_at IS NULL",
                (ref,),
            )
        )


def _new_case(server, folder: Path, *extra: object) -> str:
    added = server.cli(folder, "cases", "add", "--json", "--subject", "Belt cracked", *extra)
    assert added.rc == 0, added.describe()
    return added.json()["ref"]


def _how(killed: Result, point: str) -> str:
    if killed.killed:
        return point
    return f"{point} (the command ended first: {killed.describe()})"


# ----------------------------------------------------------------------------- demo seed


def _scripted_state(db: Path) -> dict[int, list[tuple]]:
    """Per scripted case (by its DOMAIN.md number): for every case on its order, its status,
    priority, reason, messages by direction, live evidence and live tags."""
    state: dict[int, list[tuple]] = {}
    with connect(db) as connection:
        for spec in SCRIPTED_CASES:
            cases = connection.execute(
                "SELECT c.id, c.status, c.priority, c.reason FROM cases c "
                "JOIN orders o ON o.id = c.order_id "
                "WHERE o.marketplace = ? AND o.external_id = ? AND c.deleted_at IS NULL",
                (spec.marketplace, spec.order_id),
            ).fetchall()
            found = []
            for case_id, status, priority, reason in cases:
                messages = tuple(
                    connection.execute(
                        "SELECT direction, count(*) FROM messages WHERE case_id = ? "
                        "AND deleted_at IS NULL GROUP BY direction ORDER BY direction",
                        (case_id,),
                    ).fetchall()
                )
                evidence = connection.execute(
                    "SELECT count(*) FROM evidence WHERE case_id = ? AND deleted_at IS NULL",
                    (case_id,),
                ).fetchone()[0]
                tags = tuple(
                    r[0]
                    for r in connection.execute(
                        "SELECT tag FROM case_tags WHERE case_id = ? AND removed_at IS NULL "
                        "ORDER BY tag",
                        (case_id,),
                    )
                )
                found.append((status, priority, reason, messages, evidence, tags))
            state[spec.number] = found
    return state


def _half_built(state: dict[int, list[tuple]], complete: dict[int, tuple]) -> list[str]:
    problems = []
    for number, cases in state.items():
        if len(cases) > 1:
            problems.append(f"scripted case {number} exists {len(cases)} times")
        for case in cases:
            if case != complete[number]:
                problems.append(
                    f"scripted case {number} is half-built: {_describe_case(case)} "
                    f"instead of {_describe_case(complete[number])}"
                )
    return problems


def _describe_case(case: tuple) -> str:
    status, _priority, _reason, messages, evidence, tags = case
    said = ", ".join(f"{n} {d}" for d, n in messages) or "no messages"
    return f"[{status}; {said}; {evidence} files; tags {list(tags)}]"


def test_kill_at_random_points_of_demo_seeding(pool, server, empty_profile, scratch):
    """Each scripted case is built whole or not at all, and the next `demo seed` finishes
    the demo; the generated cases around them never cost an acknowledged case."""
    base, refs = empty_profile
    scripted_only = server.cli(copy_profile(base, scratch / "count-scripted"), "demo", "seed")
    assert scripted_only.rc == 0, scripted_only.describe()
    reference = copy_profile(base, scratch / "count")
    counted = server.cli(reference, "demo", "seed", "--cases", "30", "--json")
    assert counted.rc == 0, counted.describe()
    complete_state = _scripted_state(reference / DB_NAME)
    complete = {n: cases[0] for n, cases in complete_state.items() if len(cases) == 1}
    assert len(complete) == len(SCRIPTED_CASES), f"a complete seed: {complete_state}"
    rng = random.Random(SEED)
    scripted_end = scripted_only.statements
    points = sorted(rng.sample(range(1, scripted_end + 1), 6))
    points += sorted(rng.sample(range(scripted_end + 1, counted.statements + 1), 2))

    def kill_at(forks, n: int) -> list[str]:
        folder = copy_profile(base, scratch / f"kill-{n}")
        killed = forks.cli(folder, "demo", "seed", "--cases", "30", "--json", kill_at_stmt=n)
        where = _how(killed, f"demo seed killed before SQL statement #{n}/{counted.statements}")
        if not killed.killed and killed.rc != 0:
            return [f"{where}: the killed command itself failed"]
        problems = [
            f"right after the kill, {p}"
            for p in _half_built(_scripted_state(folder / DB_NAME), complete)
        ]
        problems += next_commands_work(forks, folder, refs)
        again = forks.cli(folder, "demo", "seed", "--json")
        if again.rc != 0:
            problems.append(f"seeding again failed: {again.describe()}")
        state = _scripted_state(folder / DB_NAME)
        missing = [n for n, cases in state.items() if not cases]
        if missing:
            problems.append(f"after seeding again, scripted cases {missing} are missing")
        problems += [f"after seeding again, {p}" for p in _half_built(state, complete)]
        shutil.rmtree(folder, ignore_errors=True)
        return [f"{where}: {p}" for p in problems]

    failures = pool.each(points, kill_at)
    assert not failures, report(f"kills during demo seed (seed {SEED})", failures)


# ----------------------------------------------------------------------------- attach


def test_kill_at_random_points_of_attaching_files(pool, server, empty_profile, scratch):
    """Files are stored before their rows; after a kill the case opens, doctor is clean,
    and attaching the same files again completes the set, each file once."""
    source, refs = empty_profile
    rng = random.Random(SEED + 1)
    base = copy_profile(source, scratch / "base")
    ref = _new_case(server, base, "--reason", "defective")
    files = _evidence_files(scratch / "files", rng)
    shas = sorted(_sha(f) for f in files)
    counting = copy_profile(base, scratch / "count")
    counted = server.cli(
        counting, "cases", "attach", ref, *files, fs_match=str(counting / "blobs") + os.sep
    )
    assert counted.rc == 0, counted.describe()
    assert _live_evidence(counting / DB_NAME, ref) == shas
    points = [("statement", n) for n in sorted(rng.sample(range(1, counted.statements + 1), 4))]
    points += [("file event", n) for n in sorted(rng.sample(range(1, len(counted.fs) + 1), 4))]

    def kill_at(forks, point: tuple[str, int]) -> list[str]:
        what, n = point
        folder = copy_profile(base, scratch / f"kill-{what[0]}{n}")
        if what == "statement":
            killed = forks.cli(folder, "cases", "attach", ref, *files, kill_at_stmt=n)
            total = counted.statements
        else:
            watch = str(folder / "blobs") + os.sep
            killed = forks.cli(folder, "cases", "attach", ref, *files, kill_at_fs=n, fs_match=watch)
            total = len(counted.fs)
        where = _how(killed, f"attach of 5 files killed before {what} #{n}/{total}")
        if not killed.killed and killed.rc != 0:
            return [f"{where}: the killed command itself failed"]
        problems = []
        shown = forks.cli(folder, "cases", "show", ref, "--json")
        if shown.rc != 0:
            problems.append(f"the case does not open: {shown.describe()}")
        problems += next_commands_work(forks, folder, refs | {ref})
        again = forks.cli(folder, "cases", "attach", ref, *files, "--json")
        if again.rc not in (0, 2):
            problems.append(f"attaching again failed: {again.describe()}")
        elif again.rc == 2:
            refused = json.loads(again.stdout)["refused"] if again.stdout.strip() else []
            odd = [r for r in refused if "already attached" not in r["reason"]]
            if odd or not refused:
                problems.append(f"attaching again refused files wrongly: {again.describe()}")
        got = _live_evidence(folder / DB_NAME, ref)
        if got != shas:
            problems.append(
                f"after attaching again the case has {len(got)} files ({len(set(got))} distinct) "
                f"instead of the {len(shas)} attached"
            )
        problems += [f"after attaching again, {p}" for p in next_commands_work(forks, folder, refs)]
        shutil.rmtree(folder, ignore_errors=True)
        return [f"{where}: {p}" for p in problems]

    failures = pool.each(points, kill_at)
    assert not failures, report(f"kills while attaching (seed {SEED + 1})", failures)


# ----------------------------------------------------------------------------- add loop


def test_kill_a_loop_of_adds_every_acknowledged_case_survives(pool, empty_profile, scratch):
    """A client adds cases one after another and records each acknowledged ref; after a
    kill at a random moment every one of them is there."""
    base, refs = empty_profile
    rng = random.Random(SEED + 2)
    delays = [round(rng.uniform(0.3, 2.0), 3) for _ in range(4)]

    def kill_after(forks, round_delay: tuple[int, float]) -> list[str]:
        number, delay = round_delay
        folder = copy_profile(base, scratch / f"loop-{number}")
        killed = forks.run(
            [
                {
                    "argv": [
                        "--data-dir",
                        folder,
                        "cases",
                        "add",
                        "--json",
                        "--subject",
                        "Loop case {i}",
                        "--customer",
                        "Loop buyer {i}",
                        "--marketplace",
                        "amazon.de",
                        "--body",
                        "Message {i}: the belt is too short.",
                    ],
                    "repeat": 10_000,
                    "kill_after": delay,
                }
            ]
        )[0]
        acknowledged = {case["ref"] for case in killed.json_lines()}
        where = _how(killed, f"add loop killed after {delay} s ({len(acknowledged)} acknowledged)")
        if not killed.killed:
            return [f"{where}: the loop stopped before the kill"]
        problems = next_commands_work(forks, folder, refs | acknowledged)
        # Beyond the acknowledged ones: the case whose acknowledgement the kill cut off (at
        # most one) and the one that next_commands_work itself writes after the kill.
        extra = case_refs(folder / DB_NAME) - refs - acknowledged
        extra -= case_refs(folder / DB_NAME, subject="Written after the kill")
        if len(extra) > 1:
            problems.append(f"{len(extra)} cases were written that nobody acknowledged (1 at most)")
        shutil.rmtree(folder, ignore_errors=True)
        return [f"{where}: {p}" for p in problems]

    failures = pool.each(list(enumerate(delays, start=1)), kill_after)
    assert not failures, report(f"kills of an add loop (seed {SEED + 2})", failures)


# ----------------------------------------------------------------------------- export


def _bundle_problem(path: Path, files: int) -> str | None:
    """None when `path` is a complete bundle of `files` files with its manifest."""
    try:
        with zipfile.ZipFile(path) as bundle:
            bad = bundle.testzip()
            if bad is not None:
                return f"{path.name} is damaged at {bad}"
            manifest = json.loads(bundle.read("manifest.json"))
            names = [n for n in bundle.namelist() if n.startswith("files/")]
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        return f"{path.name} ({path.stat().st_size} bytes) is not a complete bundle: {exc}"
    if len(manifest.get("files", [])) != files or len(names) != files:
        return f"{path.name} holds {len(names)} of the case's {files} files"
    return None


def test_kill_at_random_points_of_an_export(pool, server, empty_profile, scratch):
    """The bundle appears whole under its name or not at all, and the next export leaves
    the output folder holding the bundle and nothing else."""
    source, refs = empty_profile
    rng = random.Random(SEED + 3)
    base = copy_profile(source, scratch / "base")
    files = _evidence_files(scratch / "files", rng, big=True)
    ref = _new_case(server, base, "--reason", "damaged", "--attach", *files)
    out = scratch / "count-out"
    out.mkdir()
    started = time.monotonic()
    counted = server.cli(
        base,
        "evidence",
        "export",
        ref,
        "--out",
        out / "bundle.zip",
        "--json",
        fs_match=str(out) + os.sep,
    )
    took = time.monotonic() - started
    assert counted.rc == 0, counted.describe()
    assert _bundle_problem(out / "bundle.zip", len(files)) is None
    points = [("file event", n) for n in range(1, len(counted.fs) + 1)]
    points += [("delay", round(rng.uniform(0.02, took), 3)) for _ in range(4)]

    def kill_at(forks, point: tuple[str, float]) -> list[str]:
        what, value = point
        folder = copy_profile(base, scratch / f"kill-{what[0]}{value}")
        out = folder.parent / f"{folder.name}-out"
        out.mkdir()
        target = out / "bundle.zip"
        argv = ("evidence", "export", ref, "--out", target, "--json")
        if what == "delay":
            killed = forks.cli(folder, *argv, kill_after=value)
            where = f"export killed after {value} s (a whole export took {took:.2f} s)"
        else:
            killed = forks.cli(folder, *argv, kill_at_fs=int(value), fs_match=str(out) + os.sep)
            event = counted.fs[int(value) - 1].replace(str(scratch / "count-out"), "<out>")
            where = f"export killed before file event #{value}/{len(counted.fs)} ({event})"
        where = _how(killed, where)
        if not killed.killed and killed.rc != 0:
            return [f"{where}: the killed command itself failed"]
        problems = []
        if target.exists() and (why := _bundle_problem(target, len(files))):
            problems.append(f"right after the kill, {why}")
        problems += next_commands_work(forks, folder, refs | {ref})
        # A finished bundle is there to be replaced on purpose (export refuses to overwrite).
        again = forks.cli(folder, *argv, *(["--force"] if target.exists() else []))
        if again.rc != 0:
            problems.append(f"exporting again failed: {again.describe()}")
        elif why := _bundle_problem(target, len(files)):
            problems.append(f"after exporting again, {why}")
        left = sorted(p.name for p in out.iterdir() if p.name != target.name)
        if left:
            problems.append(
                f"after exporting again, the output folder still holds {', '.join(left)} "
                "(a temporary file of the killed export)"
            )
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
        return [f"{where}: {p}" for p in problems]

    failures = pool.each(points, kill_at)
    assert not failures, report(f"kills during an export (seed {SEED + 3})", failures)
