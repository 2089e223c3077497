"""The sync client (docs/sync.md): sign in, rounds of push and pull, notices of lost
conflicts, presence, and evidence files by hash. No Qt: the UI runs these on its pool."""

from app.sync.client.account import (
    SyncAccount,
    SyncStatus,
    account,
    anything_new,
    roster,
    sign_in,
    sign_out,
    status,
)
from app.sync.client.blobs import fetch_blob, fetch_missing, missing_blobs
from app.sync.client.conflicts import Notice
from app.sync.client.notices import dismiss_notice, notices_for_case, reapply_notice
from app.sync.client.presence import Presence, report_presence
from app.sync.client.round import RoundResult, sync_round
from app.sync.client.transport import SyncFailed, SyncRefused, SyncUnreachable

__all__ = [
    "Notice",
    "Presence",
    "RoundResult",
    "SyncAccount",
    "SyncFailed",
    "SyncRefused",
    "SyncStatus",
    "SyncUnreachable",
    "account",
    "anything_new",
    "dismiss_notice",
    "fetch_blob",
    "fetch_missing",
    "missing_blobs",
    "notices_for_case",
    "reapply_notice",
    "report_presence",
    "roster",
    "sign_in",
    "sign_out",
    "status",
    "sync_round",
]
