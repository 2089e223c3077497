"""Shared fixtures. Qt runs on the offscreen platform; every test gets its own profile."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.services.profile import Profile  # noqa: E402


class FakeClock:
    """A settable clock for `Profile(now=...)`: time moves only when a test says so."""

    def __init__(self, start: dt.datetime = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)):
        self.current = start

    def __call__(self) -> dt.datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def profile(profile_dir: Path, clock: FakeClock):
    opened = Profile.open(profile_dir, agent="tester", now=clock)
    yield opened
    opened.close()
