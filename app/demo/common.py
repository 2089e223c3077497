"""What the scripted demo cases share: the shop's name, the team, and times relative to now."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from app.services.cases import operations as cases
from app.services.cases import signals as case_signals
from app.services.core.profile import Profile

SHOP = "FlexBand Supply"


def other_agent(profile: Profile) -> str:
    """A second agent of the team, so that the demo shows work split between people."""
    return "sam" if profile.agent == "lena" else "lena"


def _real_now(profile: Profile) -> dt.datetime:
    clock = profile.now
    return clock.real() if isinstance(clock, ReplayClock) else clock()


def moment_at(profile: Profile, offset: dt.timedelta) -> dt.datetime:
    """The moment `offset` from now (negative: in the past), on the real clock, not the replay."""
    return _real_now(profile) + offset


def date_at(profile: Profile, offset: dt.timedelta) -> dt.date:
    """The calendar date `offset` (whole days) from today."""
    return (_real_now(profile) + offset).date()


# ----------------------------------------------------------------------------- replayed time
#
# The scripted cases go through the real case services, which stamp `updated_at`
# and the history with "now". Built at seed time, every demo case would look
# touched in the same second, and its history would not match its conversation.
# While a case is built, the profile's clock therefore replays that case's own
# timeline: it moves to each message's time as the message is added, and agent
# actions (status, tags, escalation, files) come a minute after the last event,
# never later than the real now.


class ReplayClock:
    def __init__(self, real: Callable[[], dt.datetime]) -> None:
        self.real = real
        self.moment = real()

    def __call__(self) -> dt.datetime:
        return self.moment

    def move_to(self, when: dt.datetime | None) -> None:
        if when is not None:
            self.moment = min(when, self.real())

    def step(self, minutes: float = 1) -> None:
        self.moment = min(self.moment + dt.timedelta(minutes=minutes), self.real())


@contextmanager
def replayed_time(profile: Profile) -> Iterator[ReplayClock]:
    """Build a scripted case on its own timeline (see above); the real clock comes back after."""
    saved = profile.now, profile.ops.now
    clock = ReplayClock(profile.now)
    profile.now = profile.ops.now = clock
    try:
        yield clock
    finally:
        profile.now, profile.ops.now = saved


def _replay(profile: Profile) -> ReplayClock | None:
    return profile.now if isinstance(profile.now, ReplayClock) else None


def create_case(profile: Profile, new: cases.NewCase) -> cases.Created:
    if clock := _replay(profile):
        clock.move_to(new.received_at)
    return cases.create_case(profile, new)


def add_message(profile: Profile, case_id, direction, body, **kwargs):  # noqa: ANN001, ANN003, ANN201
    if clock := _replay(profile):
        if kwargs.get("created_at") is not None:
            clock.move_to(kwargs["created_at"])
        else:
            clock.step()
    return cases.add_message(profile, case_id, direction, body, **kwargs)


def _after_last_event(action: Callable) -> Callable:
    def replayed(profile: Profile, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if clock := _replay(profile):
            clock.step()
        return action(profile, *args, **kwargs)

    replayed.__name__ = action.__name__
    replayed.__doc__ = action.__doc__
    return replayed


update_case = _after_last_event(cases.update_case)
set_tags = _after_last_event(cases.set_tags)
set_escalation = _after_last_event(case_signals.set_escalation)
add_evidence = _after_last_event(cases.add_evidence)
