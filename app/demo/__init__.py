"""Demo data: the eight scripted cases of DOMAIN.md, plus any number of generated ones.

`seed_demo(profile)` builds the scripted cases once per profile (remembered in
the `meta` table under "demo_seeded"); `seed_demo(profile, generated=N)` also
adds N generated cases on every call, for benchmarks and a busy-looking inbox.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock
from sqlalchemy import func, select

from app.models.entities import Case, Meta
from app.models.types import utc_text
from app.services.core.profile import Profile

META_KEY = "demo_seeded"
SEED_LOCK = ".demo-seed.lock"


@dataclass(frozen=True)
class DemoSummary:
    scripted: int  # scripted cases created by this call (0 when they were there already)
    generated: int


def seed_demo(
    profile: Profile,
    *,
    generated: int = 0,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill a profile with demo cases; safe to call again (the scripted cases are made once)."""
    from app.demo.generated import generate_cases

    # One seeding at a time per profile: two would pick the same seed, so the same order
    # ids and aliases, and both would find a scripted case missing.
    with FileLock(str(profile.root / SEED_LOCK)):
        created = _seed_scripted(profile)
        made = 0
        if generated > 0:
            with profile.read() as session:
                existing = session.scalar(select(func.count()).select_from(Case)) or 0
            # A different seed each call (the profile's size), so repeated calls add new orders.
            made = generate_cases(profile, generated, seed=20_251_123 + existing, progress=progress)
    return DemoSummary(scripted=created, generated=made)


def _seed_scripted(profile: Profile) -> int:
    """The scripted cases, each whole in one transaction, unless the profile has them."""
    from app.demo.common import replayed_time
    from app.demo.scripted import existing_case_for, scripted_cases

    with profile.read() as session:
        if session.get(Meta, META_KEY) is not None:
            return 0
    created = 0
    refs: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="workbench-demo-") as folder:
        for spec in scripted_cases():
            # One transaction per scripted case, its check included: a crash leaves it
            # whole or absent (the services' own writes inside join this one).
            with replayed_time(profile), profile.write():
                case_id = existing_case_for(profile, spec)
                if case_id is None:
                    case_id = spec.build(profile, Path(folder))
                    created += 1
            refs[str(spec.number)] = case_id.hex
    with profile.write() as session:
        value = json.dumps({"seeded_at": utc_text(profile.now()), "cases": refs})
        if session.get(Meta, META_KEY) is None:
            session.add(Meta(key=META_KEY, value=value))
    return created


def scripted_case_ids(profile: Profile) -> dict[int, str]:
    """The scripted cases' ids (hex) by their DOMAIN.md number; empty if never seeded."""
    with profile.read() as session:
        row = session.get(Meta, META_KEY)
    if row is None:
        return {}
    return {int(k): v for k, v in json.loads(row.value).get("cases", {}).items()}


__all__ = ["DemoSummary", "seed_demo", "scripted_case_ids"]
