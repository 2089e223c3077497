"""Helpers for the sync UI tests."""

from __future__ import annotations


def plain(text: str) -> str:
    """`text` without the direction isolates `fill` puts around each value."""
    return text.replace("\u2068", "").replace("\u2069", "")
