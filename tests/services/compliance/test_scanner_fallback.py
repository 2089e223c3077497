"""When the fast scanner cannot be trusted, the check runs plain `re`: slower, never wrong.

Each way it can fail is simulated on a freshly loaded rule book: the private
`re._parser` missing or raising, the fast path raising, or finding something
else than plain `re` on the sample replies. Forbidden replies must stay blocked,
and one warning says why.
"""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.services.compliance import (
    DEFAULT_RULES_PATH,
    RuleBook,
    check_reply,
    load_rules,
    scanning,
)
from app.services.compliance.scanning import Scanner

DATA = Path(__file__).resolve().parents[2] / "data" / "compliance"


def _corpus(name: str) -> list[dict]:
    with (DATA / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)["message"]


FORBIDDEN, ALLOWED = _corpus("forbidden"), _corpus("allowed")


def _batches(book: RuleBook) -> dict:
    return {**book.batches, "at": book.email.at, "url": book.url.scans}


def _load_with_one_warning(caplog: pytest.LogCaptureFixture) -> RuleBook:
    with caplog.at_level(logging.WARNING, logger="app.services.compliance"):
        book = load_rules(DEFAULT_RULES_PATH)
        for message in FORBIDDEN + ALLOWED:
            check_reply(message["text"], locale=message["locale"], rules=book)
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "without its fast scanner" in warnings[0].getMessage()
    return book


def _findings(message: dict, book: RuleBook) -> list[tuple]:
    result = check_reply(message["text"], locale=message["locale"], rules=book)
    return [(f.rule, f.severity, f.start, f.end) for f in result.findings]


# With the fast scanner, before any test breaks it (the default book stays cached).
HEALTHY = {m["id"]: _findings(m, load_rules()) for m in FORBIDDEN + ALLOWED}


def _nothing(self, text, starts, needles):
    return iter(())


def _boom(self, text, starts, needles):
    raise RuntimeError("fast path broken")


@pytest.mark.parametrize(
    ("broken", "problem"), [(_nothing, "disagrees with plain re"), (_boom, "fast path failed")]
)
def test_a_fast_path_that_misses_or_raises_is_replaced_by_plain_re(
    monkeypatch, caplog, broken, problem
):
    monkeypatch.setattr(Scanner, "matches", broken)
    book = _load_with_one_warning(caplog)
    for label, batch in _batches(book).items():
        assert not batch.fast and problem in batch.problem, label
    for message in FORBIDDEN + ALLOWED:
        # The same findings as with the fast path: the fallback is the definition.
        assert _findings(message, book) == HEALTHY[message["id"]], message["id"]
    assert check_reply("Add me on WhatsApp for a $10 gift card!", rules=book).blocked


@pytest.mark.parametrize(
    ("parser", "problem"),
    [
        (None, "re._parser is not available"),
        (SimpleNamespace(parse=lambda pattern: 1 / 0), "ZeroDivisionError"),
    ],
    ids=["missing", "raising"],
)
def test_without_a_working_parser_every_pattern_runs_with_plain_re(
    monkeypatch, caplog, parser, problem
):
    monkeypatch.setattr(scanning, "_parser", parser)
    book = _load_with_one_warning(caplog)
    for label, batch in _batches(book).items():
        assert not batch.fast and problem in batch.problem, label
        for _, scanner in batch.scanners:
            assert scanner.groups == tuple((p,) for p in scanner.patterns)
    for message in FORBIDDEN:
        result = check_reply(message["text"], locale=message["locale"], rules=book)
        assert result.blocked, message["id"]
        assert set(message["rules"]) <= {f.rule for f in result.findings}, message["id"]
    for message in ALLOWED:
        result = check_reply(message["text"], locale=message["locale"], rules=book)
        assert not result.blocked, message["id"]
