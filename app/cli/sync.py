"""`workbench sync`: this laptop and the team's sync server (issue 12, docs/sync.md).

    workbench --data-dir D sync login --server URL --token TOKEN [--json]
    workbench --data-dir D sync [--json]            one round: push, then pull
    workbench --data-dir D sync status [--json]
    workbench --data-dir D sync logout

`sync` alone runs one round and prints what went up and came down and the conflicts this
laptop lost; exit 1 with a one-line reason when the server cannot be reached or refuses
the token. The token is kept in the system keyring, never in the profile.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import output as out
from app.cli.common import EXIT_NEGATIVE, EXIT_OK, Run, emit, fail, json_flag


def notice_json(notice) -> dict[str, Any]:  # noqa: ANN001 - app.sync.client.Notice
    """A lost conflict as `sync` prints it: as in `cases show`, with its ids."""
    return {
        "id": str(notice.id),
        "case_id": str(notice.case_id) if notice.case_id else None,
        **out.sync_notice_json(notice),
    }


def _account_json(signed) -> dict[str, Any]:  # noqa: ANN001
    return {
        "server": signed.server,
        "team": signed.team,
        "team_kind": signed.team_kind,
        "agent": signed.agent,
        "role": signed.role,
    }


def cmd_sync_login(run: Run) -> int:
    from app.sync.client import sign_in

    with run.profile() as profile:
        signed = sign_in(profile, run.args.server, run.args.token)
    emit(
        run,
        _account_json(signed),
        lambda: (
            f"Signed in to {signed.server} as {signed.agent} ({signed.role}) of team {signed.team}."
        ),
    )
    return EXIT_OK


def cmd_sync_logout(run: Run) -> int:
    from app.sync.client import sign_out

    with run.profile() as profile:
        sign_out(profile)
    emit(run, {"signed_in": False}, lambda: "Signed out; changes not yet synced stay here.")
    return EXIT_OK


def cmd_sync_status(run: Run) -> int:
    from app.sync.client import status

    with run.profile() as profile:
        now = status(profile)
    data = {
        "signed_in": now.signed_in,
        "server": now.server,
        "team": now.team,
        "agent": now.agent,
        "role": now.role,
        "pending": now.pending,
        "cursor": now.cursor,
        "last_synced_at": out.iso(now.last_synced_at),
        "last_error": now.last_error,
        "open_notices": now.open_notices,
    }

    def text() -> str:
        if not now.signed_in:
            return f"Not signed in; {now.pending} change(s) wait here."
        when = out.iso(now.last_synced_at) or "never"
        lines = [
            f"{now.agent} ({now.role}) of team {now.team} at {now.server}",
            f"{now.pending} change(s) waiting; last synced {when}",
        ]
        if now.last_error:
            lines.append(f"last sync failed: {now.last_error}")
        return "\n".join(lines)

    emit(run, data, text)
    return EXIT_OK


def cmd_sync_round(run: Run) -> int:
    from app.sync.client import SyncFailed, SyncRefused, SyncUnreachable, sync_round

    with run.profile() as profile:
        try:
            result = sync_round(profile)
        except (SyncUnreachable, SyncRefused, SyncFailed) as exc:
            return fail(str(exc), EXIT_NEGATIVE)
    data = {
        "pushed": result.pushed,
        "pulled": result.pulled,
        "conflicts": [notice_json(n) for n in result.notices],
        "blobs_up": result.blobs_up,
        "blobs_down": result.blobs_down,
        "cursor": result.cursor,
        "latest": result.latest,
    }
    emit(
        run,
        data,
        lambda: (
            f"Sent {result.pushed} change(s), received {result.pulled}; "
            f"{len(result.notices)} conflict(s) lost here."
        ),
    )
    return EXIT_OK


def add_parsers(commands: argparse._SubParsersAction) -> None:
    sync = commands.add_parser(
        "sync",
        help="sync with the team's server: one round, or login | status | logout",
        description="Without a subcommand: one round (push this laptop's changes, pull the "
        "team's). Exit 1 when the server cannot be reached or refuses the token.",
    )
    json_flag(sync)
    sync.set_defaults(handler=cmd_sync_round)
    sub = sync.add_subparsers(title="subcommands", metavar="COMMAND", dest="sync_command")
    login = sub.add_parser("login", help="sign this laptop in to a team's sync server")
    login.add_argument("--server", required=True, metavar="URL", help="e.g. http://host:8765")
    login.add_argument("--token", required=True, help="the token the team's owner made")
    json_flag(login)
    login.set_defaults(handler=cmd_sync_login)
    status = sub.add_parser("status", help="where this laptop stands with the team")
    json_flag(status)
    status.set_defaults(handler=cmd_sync_status)
    logout = sub.add_parser("logout", help="forget the account (unsynced changes stay)")
    json_flag(logout)
    logout.set_defaults(handler=cmd_sync_logout)
