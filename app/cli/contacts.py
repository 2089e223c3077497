"""Command group stub; filled in by the issue 11 work."""

from __future__ import annotations

import argparse


def add_parsers(
    commands: argparse._SubParsersAction, case_commands: argparse._SubParsersAction
) -> None:
    """Adds this module's commands (none yet)."""
