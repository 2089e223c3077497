"""Who is viewing or replying to which case: in memory, per team, short-lived.

A device reports what it is doing; the report lasts `PRESENCE_SECONDS` unless
renewed. `since` is when the device started the case and activity it reports now.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.sync.protocol import PRESENCE_SECONDS


@dataclass
class _Entry:
    agent: str
    case_id: str | None
    activity: str | None
    since: float
    expires: float


class Presence:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self._teams: dict[int, dict[str, _Entry]] = {}
        self._guard = threading.Lock()

    def report(
        self, team_id: int, agent: str, device: str, case_id: str | None, activity: str | None
    ) -> list[dict]:
        """Record what `device` does now; the team's other live devices' reports."""
        now = self.clock()
        with self._guard:
            team = self._teams.setdefault(team_id, {})
            for key in [k for k, e in team.items() if e.expires <= now]:
                del team[key]
            old = team.get(device)
            same = old is not None and (old.case_id, old.activity) == (case_id, activity)
            team[device] = _Entry(
                agent, case_id, activity, old.since if same else now, now + PRESENCE_SECONDS
            )
            others = [(d, e) for d, e in team.items() if d != device]
        return [
            {
                "agent": entry.agent,
                "device": other,
                "case_id": entry.case_id,
                "activity": entry.activity,
                "since": dt.datetime.fromtimestamp(entry.since, dt.UTC).isoformat(),
            }
            for other, entry in sorted(others, key=lambda item: item[1].since)
        ]
