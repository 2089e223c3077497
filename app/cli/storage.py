"""The recovery subcommands of `workbench`: backups list, backups restore, salvage.

They work on a profile whose database may be damaged, so none of them opens
it the usual way first. Same contract as app/cli/common.py: --json on stdout, exit
0 done, 2 bad input or a storage problem, one line on stderr.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import EXIT_OK, Run, emit, json_flag
from app.services.core.recovery import backups_of, restore_backup, salvage


def cmd_backups_list(run: Run) -> int:
    backups = backups_of(run.data_dir)
    data = [
        {
            "name": b.path.name,
            "label": b.label,
            "made_at": b.made_at.isoformat(),
            "size": b.size,
        }
        for b in backups
    ]
    emit(
        run,
        data,
        lambda: (
            "\n".join(
                f"{b.path.name}  {b.made_at:%Y-%m-%d %H:%M} UTC  {b.size / 1048576:.1f} MB"
                for b in backups
            )
            or f"No backups in {run.data_dir / 'backups'}."
        ),
    )
    return EXIT_OK


def cmd_backups_restore(run: Run) -> int:
    restored = restore_backup(run.data_dir, run.args.name)
    data = {
        "restored": restored.backup.path.name,
        "made_at": restored.backup.made_at.isoformat(),
        "replaced_database": str(restored.damaged_copy),
    }
    emit(
        run,
        data,
        lambda: (
            f"Restored {restored.backup.path.name} (made "
            f"{restored.backup.made_at:%Y-%m-%d %H:%M} UTC): changes made since then are not "
            f"in it. The database it replaced is kept in {restored.damaged_copy}."
        ),
    )
    return EXIT_OK


def cmd_salvage(run: Run) -> int:
    result = salvage(run.data_dir, Path(run.args.out))
    data = {
        "out": str(result.out),
        "copied": result.copied,
        "unreadable": result.unreadable,
        "files": result.files,
    }

    def text() -> str:
        lines = [f"Saved what could be read into {result.out}:"]
        lines += [f"  {table}: {count:,} rows" for table, count in result.copied.items()]
        lines += [
            f"  {table}: {count:,} rows could not be read"
            for table, count in result.unreadable.items()
        ]
        lines.append(f"  {result.files:,} evidence files")
        lines.append(f"Open it with: workbench --data-dir {result.out}")
        return "\n".join(lines)

    emit(run, data, text)
    return EXIT_OK


def add_parsers(commands: argparse._SubParsersAction) -> None:
    backups = commands.add_parser("backups", help="list or restore the database's backups")
    backup_commands = backups.add_subparsers(
        title="subcommands", metavar="COMMAND", dest="backups_command", required=True
    )
    listing = backup_commands.add_parser(
        "list", help="the complete backups, newest first", description="List the backups."
    )
    json_flag(listing)
    listing.set_defaults(handler=cmd_backups_list)
    restore = backup_commands.add_parser(
        "restore",
        help="put a backup in place of the database",
        description="Put the newest backup (or NAME) in place of the profile's database. "
        "The database it replaces is moved to backups/replaced-*, never deleted. Close the "
        "app on this profile first.",
    )
    restore.add_argument("name", nargs="?", help="the backup's file name (default: the newest)")
    json_flag(restore)
    restore.set_defaults(handler=cmd_backups_restore)

    rescue = commands.add_parser(
        "salvage",
        help="copy what can still be read into a new profile",
        description="Build a new profile in FOLDER from every row of this profile's database "
        "that can still be read, with its evidence files; for a damaged database.",
    )
    rescue.add_argument("--out", required=True, metavar="FOLDER", help="a new or empty folder")
    json_flag(rescue)
    rescue.set_defaults(handler=cmd_salvage)
