"""Shared fixtures. Qt runs on the offscreen platform; every test gets its own profile."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

# Offscreen, on one fixed large screen (Qt's default offscreen screen is 800 x 600, and
# what fits on it depends on the fonts a machine has): the same on every machine.
_SCREEN = Path(__file__).parent / "data" / "offscreen-screen.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

import pytest  # noqa: E402

from app.services.core.profile import Profile  # noqa: E402


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
