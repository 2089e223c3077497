"""The fast scanner against plain `re`, with hypothesis.

`scanning` takes the rule book's patterns apart with Python's private `re._parser`
to try them only where they can match. Whatever it finds must be what plain
`re.finditer` finds (the contract in `scanning.Scanner`: each group of patterns as
one alternation over the whole text, empty matches left out), for every pattern of
the real rule book and for any text: random text, text made of the patterns' own
literal fragments, and the corpora of good and forbidden replies.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.services.compliance import fold, load_rules
from app.services.compliance.scanning import Batch

DATA = Path(__file__).resolve().parents[2] / "data" / "compliance"
SETTINGS = settings(max_examples=150, deadline=None)

BOOK = load_rules()
BATCHES: dict[str, Batch] = {
    **{f"patterns ({lang})": batch for lang, batch in BOOK.batches.items()},
    "e-mail at": BOOK.email.at,
    "links": BOOK.url.scans,
}
PATTERNS = sorted({p for b in BATCHES.values() for _, s in b.scanners for p in s.patterns})


def _corpus_texts() -> list[str]:
    texts = []
    for name in ("forbidden", "allowed"):
        with (DATA / f"{name}.toml").open("rb") as handle:
            texts += [m["text"] for m in tomllib.load(handle)["message"]]
    return texts


CORPUS = _corpus_texts()


def _fragments() -> list[str]:
    """The literals the scanner looks for, and the literal runs written in the patterns."""
    found = {lit for b in BATCHES.values() for _, s in b.scanners for lit in s.starts | s.needles}
    for pattern in PATTERNS:
        bare = re.sub(r"\\[a-zA-Z]|\\x[0-9a-f]{2}|\{\d*,?\d*\}|\(\?[:!=<>PA-Za-z]*", " ", pattern)
        found |= {run.strip() for run in re.split(r"[\\()\[\]{}|?*+.^$]+", bare) if run.strip()}
    return sorted(found)


def _overlaps() -> list[str]:
    """Two literals of one batch glued where the end of one is the start of the other
    ("whatskype"): the scanner must see both, not only the first."""
    texts = set()
    for batch in BATCHES.values():
        literals = {lit for _, s in batch.scanners for lit in s.starts | s.needles}
        by_prefix: dict[str, set[str]] = {}
        for literal in literals:
            for size in range(1, len(literal)):
                by_prefix.setdefault(literal[:size], set()).add(literal)
        for first in literals:
            for cut in range(1, len(first)):
                texts |= {first[:cut] + second for second in by_prefix.get(first[cut:], ())}
    return sorted(texts)


FRAGMENTS = _fragments()
OVERLAPS = _overlaps()
GLUE = ["", " ", "  ", ". ", ", ", "\n", "-", "@", "5", "10 %", "$20", "€", "x" * 90, " " * 150]

random_text = st.text(max_size=300)
piece = st.sampled_from(FRAGMENTS) | st.sampled_from(GLUE) | st.sampled_from(OVERLAPS)
literal_text = st.lists(piece, max_size=40).map("".join)
corpus_text = st.tuples(
    st.sampled_from(CORPUS), st.integers(0, 400), st.integers(0, 400), literal_text
).map(lambda t: t[0][min(t[1], t[2]) : max(t[1], t[2]) or None] + t[3])
any_text = (
    random_text | literal_text | corpus_text | st.lists(corpus_text, max_size=4).map("\n".join)
)


@cache
def _plain(group: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in group))


@cache
def _one(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _expected(batch: Batch, text: str) -> list[tuple[str, tuple[int, int], tuple]]:
    """What the contract says, computed here with plain `re` from the patterns alone."""
    return [
        (name, m.span(), m.groups())
        for name, scanner in batch.scanners
        for group in scanner.groups
        for m in _plain(group).finditer(text)
        if m.end() > m.start()
    ]


def _assert_agrees_with_plain_re(text: str) -> None:
    for label, batch in BATCHES.items():
        fast = [(name, m.span(), m.groups()) for name, m in batch.fast_matches(text)]
        assert fast == _expected(batch, text), label
        scanners = dict(batch.scanners)
        for name, (start, end), _ in fast:
            # Each match is one pattern's own match at that place...
            spans = [_one(p).match(text, start) for p in scanners[name].patterns]
            assert (start, end) in [m.span() for m in spans if m], (label, name, start)
        for name, scanner in batch.scanners:
            # ...and a scanner finds something exactly when one of its patterns does.
            matched = any(
                m.end() > m.start() for p in scanner.patterns for m in _one(p).finditer(text)
            )
            assert matched == any(n == name for n, _, _ in fast), (label, name)


def test_the_patterns_of_the_real_rule_book_are_many_and_all_partitioned():
    assert len(PATTERNS) > 200
    for batch in BATCHES.values():
        for _, scanner in batch.scanners:
            assert sorted(p for g in scanner.groups for p in g) == sorted(scanner.patterns)


def test_the_real_rule_book_uses_the_fast_scanner():
    """When this fails, Python's `re` internals changed: checks still work (plain `re`,
    slower); update `scanning` to the new parser."""
    assert {label: b.problem for label, b in BATCHES.items()} == dict.fromkeys(BATCHES)


@SETTINGS
@given(any_text)
@example("Add me on WhatsApp: leave us a 5-star review and get a $10 gift card!")
@example("")
def test_the_fast_scanner_finds_what_plain_re_finds(text):
    _assert_agrees_with_plain_re(text)


@SETTINGS
@given(any_text)
def test_the_fast_scanner_finds_what_plain_re_finds_in_folded_text(text):
    """Replies are matched folded (lower case, ASCII digits...): the form patterns expect."""
    _assert_agrees_with_plain_re(fold(text))


def test_every_corpus_reply_and_all_of_them_together_agree():
    folded = [fold(text) for text in CORPUS]
    for text in folded:
        _assert_agrees_with_plain_re(text)
    _assert_agrees_with_plain_re("\n\n".join(folded))
