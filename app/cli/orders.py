"""`workbench orders import REPORT`: Seller Central's order reports into the profile."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli import output as out
from app.cli.common import EXIT_OK, Run, emit, json_flag

if TYPE_CHECKING:
    from app.services.orders_import import OrdersImported, RowProblem


def _problem_json(problem: RowProblem) -> dict[str, Any]:
    return {
        "row": problem.row,
        "column": problem.column,
        "code": problem.code,
        "reason": problem.reason,
        "order_id": problem.order_id,
    }


def import_json(path: Path, result: OrdersImported) -> dict[str, Any]:
    """`orders import --json`: what the report was and what became of its orders."""
    return {
        "path": str(path),
        "report": result.report,
        "encoding": result.encoding,
        "rows": result.rows,
        "orders": result.orders,
        "created": result.created,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "skipped": result.skipped,
        "non_amazon_rows": result.non_amazon_rows,
        "cases_refreshed": len(result.changes.cases),
        "cancelled": result.cancelled,
        "problems": [_problem_json(p) for p in result.problems],
        "warnings": [_problem_json(w) for w in result.warnings],
    }


def import_text(path: Path, result: OrdersImported) -> str:
    from app.services.orders_import import REPORT_NAMES

    lines = [
        f"{REPORT_NAMES[result.report]} report {path.name} ({result.rows:,} rows, "
        f"{result.encoding}): {result.created:,} orders created, {result.updated:,} updated, "
        f"{result.unchanged:,} unchanged, {result.skipped:,} skipped"
    ]
    if result.non_amazon_rows:
        lines.append(f"  {result.non_amazon_rows:,} rows of orders not sold on Amazon skipped")
    if result.changes.cases:
        lines.append(f"  clocks of {len(result.changes.cases):,} cases computed again")
    for label, entries in (("problem", result.problems), ("warning", result.warnings)):
        for entry in entries:
            where = f"row {entry.row}" + (f", {entry.column}" if entry.column else "")
            lines.append(f"  {label}: {where}: {entry.reason}")
    return "\n".join(lines)


def cmd_orders_import(run: Run) -> int:
    """One report file; rows it cannot use are listed, the rest imported (exit 0)."""
    from app.services.orders_import import import_order_report

    path = Path(run.args.report)
    progress = out.Progress(sys.stderr, "Importing orders")
    with run.profile() as profile:
        try:
            result = import_order_report(
                profile, path, marketplace=run.args.marketplace, progress=progress
            )
        finally:
            progress.finish()
    emit(run, import_json(path, result), lambda: import_text(path, result))
    return EXIT_OK


def add_parsers(commands: argparse._SubParsersAction) -> None:
    orders = commands.add_parser("orders", help="import Seller Central order reports")
    order_commands = orders.add_subparsers(
        title="subcommands", metavar="COMMAND", dest="orders_command", required=True
    )
    imported = order_commands.add_parser(
        "import",
        help="import an All Orders or Amazon Fulfilled Shipments report",
        description="Import a tab-separated order report downloaded from Seller Central "
        "(All Orders, or Amazon Fulfilled Shipments): orders and their items are created or "
        "updated by order id, and the cases of an updated order get their clocks again. "
        "Rows that cannot be used are listed with their row and column; a file that is not "
        "such a report, or lacks a column it needs, exits 2.",
    )
    imported.add_argument("report", metavar="REPORT", help="the report file (.txt or .tsv)")
    imported.add_argument(
        "--marketplace",
        metavar="M",
        help="the marketplace of rows without a sales channel (amazon.de or DE, ...)",
    )
    json_flag(imported)
    imported.set_defaults(handler=cmd_orders_import)
