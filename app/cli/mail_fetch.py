"""`workbench mail account set` and `mail fetch` (stub; filled in by the issue 11 work)."""

from __future__ import annotations

import argparse


def add_parsers(mail_commands: argparse._SubParsersAction) -> None:
    """Adds `mail account set` and `mail fetch` to the `mail` group (none yet)."""
