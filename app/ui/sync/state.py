"""What the sync indicator shows: one frozen value the hub replaces as things happen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# SyncState.phase
SIGNED_OUT = "signed_out"  # this laptop is not signed in to a team: nothing shows
IDLE = "idle"  # nothing running; `pending` and `last_synced_at` say where things stand
SYNCING = "syncing"
OFFLINE = "offline"  # the team service cannot be reached now; tried again later
FAILED = "failed"  # the service refused or failed: `kind` and `reason` say why; Retry

# SyncState.kind of a failure
REFUSED = "refused"  # the token was refused (revoked, wrong): sign in again
SERVER = "server"  # the service answered with an error
STORAGE = "storage"  # what came could not be stored in the profile (disk full...)
BUG = "bug"  # an internal error, logged with its traceback


@dataclass(frozen=True)
class SyncState:
    """`pending`: this laptop's changes not yet acknowledged by the service; `reason`: the
    whole explanation of a failure (shown, and in the tooltip); `server`, `team`, `agent`:
    where this laptop is signed in (for the tooltip)."""

    phase: str = SIGNED_OUT
    pending: int = 0
    last_synced_at: dt.datetime | None = None
    kind: str = ""
    reason: str = ""
    server: str = ""
    team: str = ""
    agent: str = ""

    @property
    def signed_in(self) -> bool:
        return self.phase != SIGNED_OUT
