"""Races between processes on one profile, each started at the same instant by the fork
server and repeated a few times so that a lucky pass is unlikely: unique rows stay unique,
get-or-create survives the race, the clock never repeats a stamp on one device, and the
first run on a new folder is serialised."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from PIL import Image

from tests.crash.helpers import (
    DB_NAME,
    case_refs,
    connect,
    copy_profile,
    doctor_verdict,
    head_revision,
    report,
    revision_of,
)

ROUNDS = 3


def _argv(folder: Path, *args: object) -> list[str]:
    return ["--data-dir", str(folder), *map(str, args)]


def test_four_processes_add_cases_for_the_same_buyer_and_order(server, empty_profile, scratch):
    base, refs = empty_profile
    failures = []
    for number in range(1, ROUNDS + 1):
        folder = copy_profile(base, scratch / f"round-{number}")
        name, order = f"Race Buyer {number}", f"113-000000{number}-555000{number}"
        results = server.run(
            [
                {
                    "argv": _argv(
                        folder,
                        "cases",
                        "add",
                        "--json",
                        "--subject",
                        f"Race {number}, process {p}",
                        "--customer",
                        name,
                        "--marketplace",
                        "amazon.com",
                        "--order",
                        order,
                    )
                }
                for p in range(4)
            ]
        )
        where = f"round {number}"
        failures += [f"{where}: {r.describe()}" for r in results if r.rc != 0]
        with connect(folder / DB_NAME) as db:
            customers = db.execute(
                "SELECT count(*) FROM customers WHERE name = ? AND deleted_at IS NULL", (name,)
            ).fetchone()[0]
            orders = db.execute(
                "SELECT count(*) FROM orders WHERE external_id = ?", (order,)
            ).fetchone()[0]
            cases = db.execute(
                "SELECT count(*), count(DISTINCT c.customer_id), count(DISTINCT c.order_id) "
                "FROM cases c JOIN orders o ON o.id = c.order_id WHERE o.external_id = ?",
                (order,),
            ).fetchone()
        if customers != 1:
            failures.append(f"{where}: {customers} customers named {name!r} (1 expected)")
        if orders != 1:
            failures.append(f"{where}: {orders} orders {order} (1 expected)")
        ok = sum(r.rc == 0 for r in results)
        if cases[0] != ok or cases[1] != 1 or cases[2] != 1:
            failures.append(
                f"{where}: {cases[0]} cases on the order ({ok} acknowledged), for "
                f"{cases[1]} customers and {cases[2]} orders (1 each expected)"
            )
        shutil.rmtree(folder, ignore_errors=True)
    assert not failures, report("4 processes adding cases for one buyer and order", failures)


def test_four_processes_attach_the_same_file_to_one_case(server, empty_profile, scratch):
    source, _refs = empty_profile
    base = copy_profile(source, scratch / "base")
    added = server.cli(base, "cases", "add", "--json", "--subject", "Same photo four times")
    assert added.rc == 0, added.describe()
    ref = added.json()["ref"]
    rng = random.Random(7)
    failures = []
    for number in range(1, ROUNDS + 1):
        photo = scratch / f"photo-{number}.png"
        Image.frombytes("RGB", (64, 48), rng.randbytes(64 * 48 * 3)).save(photo, "PNG")
        results = server.run(
            [{"argv": _argv(base, "cases", "attach", ref, photo, "--json")} for _ in range(4)]
        )
        where = f"round {number}"
        attached = [r for r in results if r.rc == 0]
        refused = [r for r in results if r.rc == 2 and "already attached" in r.stderr]
        odd = [r for r in results if r not in attached and r not in refused]
        if len(attached) != 1 or len(refused) != 3:
            failures.append(
                f"{where}: {len(attached)} processes attached the file and {len(refused)} were "
                "told it is already attached (1 and 3 expected)"
            )
        failures += [f"{where}: {r.describe()}" for r in odd]
        with connect(base / DB_NAME) as db:
            rows = db.execute(
                "SELECT count(*) FROM evidence e JOIN cases c ON c.id = e.case_id "
                "WHERE c.ref = ? AND e.original_name = ? AND e.deleted_at IS NULL",
                (ref, photo.name),
            ).fetchone()[0]
        if rows != 1:
            failures.append(f"{where}: the case holds {rows} rows for the one file (1 expected)")
    assert not failures, report("4 processes attaching one file to one case", failures)


def test_seeding_beside_two_add_loops_never_repeats_a_clock_stamp(server, empty_profile, scratch):
    base, refs = empty_profile
    failures = []
    for number in range(1, 3):
        folder = copy_profile(base, scratch / f"round-{number}")
        loop = {
            "argv": _argv(
                folder,
                "cases",
                "add",
                "--json",
                "--subject",
                "Loop case {i}",
                "--customer",
                "Buyer {i}",
                "--tag",
                "loop",
                "--body",
                "Where is my parcel?",
            ),
            "repeat": 25,
        }
        results = server.run(
            [{"argv": _argv(folder, "demo", "seed", "--cases", "60", "--json")}, loop, dict(loop)]
        )
        where = f"round {number}"
        failures += [f"{where}: {r.describe()}" for r in results if r.rc != 0]
        acknowledged = {c["ref"] for r in results[1:] for c in r.json_lines()}
        lost = acknowledged - case_refs(folder / DB_NAME)
        if lost:
            failures.append(f"{where}: {len(lost)} acknowledged cases are missing")
        with connect(folder / DB_NAME) as db:
            repeated = db.execute(
                "SELECT device_id, hlc, count(*) FROM operations GROUP BY device_id, hlc "
                "HAVING count(*) > 1 ORDER BY hlc"
            ).fetchall()
            total = db.execute("SELECT count(*) FROM operations").fetchone()[0]
        if repeated:
            examples = ", ".join(f"{hlc} x{n}" for _device, hlc, n in repeated[:4])
            failures.append(
                f"{where}: {len(repeated)} clock stamps (hlc) used twice or more on one device "
                f"among {total} operations, e.g. {examples}"
            )
        shutil.rmtree(folder, ignore_errors=True)
    assert not failures, report("demo seed beside two add loops", failures)


def test_four_first_commands_on_a_new_folder(server, scratch):
    failures = []
    for number in range(1, 6):
        folder = scratch / f"new-{number}"
        results = server.run(
            [
                {"argv": _argv(folder, "cases", "list", "--json")},
                {"argv": _argv(folder, "cases", "add", "--json", "--subject", "First A")},
                {"argv": _argv(folder, "cases", "list", "--json")},
                {"argv": _argv(folder, "cases", "add", "--json", "--subject", "First B")},
            ]
        )
        where = f"round {number}"
        failures += [f"{where}: {r.describe()}" for r in results if r.rc != 0]
        if not (folder / DB_NAME).exists():
            failures.append(f"{where}: no database was made")
            continue
        revision = revision_of(folder / DB_NAME)
        if revision != head_revision():
            failures.append(f"{where}: schema version {revision!r}, not {head_revision()!r}")
        acknowledged = {r.json()["ref"] for r in results[1::2] if r.rc == 0}
        lost = acknowledged - case_refs(folder / DB_NAME)
        if lost:
            failures.append(f"{where}: acknowledged cases missing: {sorted(lost)}")
        verdict = doctor_verdict(server.cli(folder, "doctor", "--json"), folder)
        if verdict:
            failures.append(f"{where}: {verdict}")
        shutil.rmtree(folder, ignore_errors=True)
    assert not failures, report("4 processes on a brand-new folder", failures)
