"""`workbench serve-sync` and `workbench sync-admin`: the team sync service and its
accounts (docs/sync.md). Neither opens a profile: they work on the service's database.

    workbench serve-sync --db URL [--host H] [--port P] [--blobs DIR]
    workbench sync-admin --db URL add-agent NAME --team TEAM [--role R] [--training] [--json]
    workbench sync-admin --db URL revoke-agent NAME [--team TEAM] [--json]
    workbench sync-admin --db URL list-agents [--team TEAM] [--json]
"""

from __future__ import annotations

import argparse
import socket
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import EXIT_OK, CliError, Run, emit, json_flag, print_line

if TYPE_CHECKING:
    from app.sync.server.store import Store

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
ROLES = ("owner", "agent", "trainer")


def default_blobs_dir(store: Store) -> Path:
    """Beside an SQLite file (`<name>-blobs`); else the user's data folder."""
    if store.sqlite_path is not None:
        path = store.sqlite_path.expanduser().absolute()
        return path.with_name(f"{path.stem}-blobs")
    import platformdirs

    return Path(platformdirs.user_data_dir("SupportWorkbenchSync", appauthor=False)) / "blobs"


def _listening_socket(host: str, port: int) -> socket.socket:
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        return socket.create_server((host, port), family=family, reuse_port=False)
    except (OSError, UnicodeError) as exc:
        raise CliError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def cmd_serve_sync(run: Run) -> int:
    """Run the service until interrupted; one line says where it listens."""
    import uvicorn

    from app.sync.server.app import create_app
    from app.sync.server.store import open_store, shown_url

    args = run.args
    store = open_store(args.db)
    try:
        blobs = Path(args.blobs).expanduser().absolute() if args.blobs else default_blobs_dir(store)
        try:
            blobs.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CliError(f"cannot use the blob folder {blobs}: {exc.strerror}") from None
        listener = _listening_socket(args.host, args.port)
        host, port = listener.getsockname()[:2]
        shown_host = f"[{host}]" if ":" in host else host
        print_line(
            f"workbench: sync service on http://{shown_host}:{port} "
            f"(database {shown_url(store.url)}, blobs {blobs})"
        )
        config = uvicorn.Config(
            create_app(store, blobs), log_level="info", lifespan="off", server_header=False
        )
        try:
            uvicorn.Server(config).run(sockets=[listener])
        except KeyboardInterrupt:  # Ctrl-C is how the service is stopped: a clean end
            pass
        return EXIT_OK
    finally:
        store.close()


def _store(run: Run) -> Store:
    from app.sync.server.store import open_store

    return open_store(run.args.db)


def cmd_add_agent(run: Run) -> int:
    from app.sync.server.admin import add_agent

    args = run.args
    store = _store(run)
    try:
        account, token = add_agent(store, args.name, args.team, args.role, training=args.training)
    finally:
        store.close()
    data = {"agent": account.name, "team": account.team, "role": account.role, "token": token}
    emit(
        run,
        data,
        lambda: (
            f"{account.name} ({account.role}) of team {account.team} "
            f"({account.team_kind}); token, shown once: {token}"
        ),
    )
    return EXIT_OK


def cmd_revoke_agent(run: Run) -> int:
    from app.sync.server.admin import revoke_agent

    store = _store(run)
    try:
        account = revoke_agent(store, run.args.name, run.args.team)
    finally:
        store.close()
    data = {"agent": account.name, "team": account.team, "role": account.role, "revoked": True}
    emit(run, data, lambda: f"revoked {account.name} of team {account.team}")
    return EXIT_OK


def cmd_list_agents(run: Run) -> int:
    from app.sync.server.admin import list_agents

    store = _store(run)
    try:
        rows = list_agents(store, run.args.team)
    finally:
        store.close()

    def text() -> str:
        if not rows:
            return "no agents"
        return "\n".join(
            f"{row['team']}\t{row['agent']}\t{row['role']}"
            + ("\trevoked" if row["revoked_at"] else "")
            for row in rows
        )

    emit(run, rows, text)
    return EXIT_OK


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        required=True,
        metavar="URL",
        help="the service's database: postgresql://USER@HOST/DB or sqlite:///PATH",
    )


def add_parsers(commands: argparse._SubParsersAction) -> None:
    serve = commands.add_parser(
        "serve-sync",
        help="run the team sync service",
        description="Serve team sync (docs/sync.md) on PostgreSQL for a team or an SQLite "
        "file for one seller. Creates or upgrades the service's database; needs no profile.",
    )
    _db_option(serve)
    serve.add_argument("--host", default=DEFAULT_HOST, metavar="H", help="default 127.0.0.1")
    serve.add_argument(
        "--port", type=int, default=DEFAULT_PORT, metavar="P", help=f"default {DEFAULT_PORT}"
    )
    serve.add_argument(
        "--blobs",
        metavar="DIR",
        help="where evidence files are kept (default: beside the SQLite file, or the user's "
        "data folder for PostgreSQL)",
    )
    serve.set_defaults(handler=cmd_serve_sync)

    admin = commands.add_parser(
        "sync-admin",
        help="manage the sync service's agents and tokens",
        description="Add, revoke and list the agents of the sync service's teams. "
        "Needs no profile.",
    )
    _db_option(admin)
    admin_commands = admin.add_subparsers(
        title="subcommands", metavar="COMMAND", dest="sync_admin_command", required=True
    )
    add = admin_commands.add_parser(
        "add-agent",
        help="create an agent and print its token once",
        description="Create an agent of TEAM (the team is made if missing: a training team "
        "with --training or when its first agent is a trainer) and print its token. The "
        "token is shown only now; the service keeps its hash.",
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--team", required=True, metavar="TEAM")
    add.add_argument("--role", choices=ROLES, default="agent", help="default agent")
    add.add_argument("--training", action="store_true", help="the team is a training team")
    json_flag(add)
    add.set_defaults(handler=cmd_add_agent)

    revoke = admin_commands.add_parser(
        "revoke-agent", help="revoke an agent's token (its work stays)"
    )
    revoke.add_argument("name", metavar="NAME")
    revoke.add_argument("--team", metavar="TEAM", help="needed when teams share the name")
    json_flag(revoke)
    revoke.set_defaults(handler=cmd_revoke_agent)

    listing = admin_commands.add_parser("list-agents", help="list agents, revoked ones too")
    listing.add_argument("--team", metavar="TEAM")
    json_flag(listing)
    listing.set_defaults(handler=cmd_list_agents)
