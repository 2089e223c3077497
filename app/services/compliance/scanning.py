"""Running many regular expressions over a long text without reading it many times.

Python's `re` tries a pattern at every position of the text, which for some
hundred patterns and a 1 MB paste takes seconds. Most patterns need a literal
string, though ("whatsapp", "review", "%"). So each pattern is taken apart with
the `re` module's own parser: a pattern whose every match starts with one of a
few literals is tried only where they occur; any other is run only within its
maximum width around the literals every match contains. One pass per language
finds the literals of all its patterns at once (`Batch`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants, _parser  # private, but part of CPython since 3.11
from typing import Any

__all__ = ["CJK_RUN", "Batch", "Scanner"]

CJK_RUN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]+")  # kana, Han, Hangul

_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
_COMMON_MARKS = frozenset(" .,:;-'\"()\n")


class Scanner:
    """Patterns tried only where they can match; `Batch` finds those places."""

    _MARGIN = 64  # room for lookarounds, and for a literal hidden by an overlapping one

    def __init__(self, patterns: list[str]) -> None:
        trees = [(p, _parser.parse(p)) for p in patterns]
        parsed = [(p, tree, _start_strings(tree)) for p, tree in trees]
        self.starts: frozenset[str] = frozenset().union(*(s for _, _, s in parsed if s))
        self.anchored = _alternation([p for p, _, starts in parsed if starts])
        rest = [(p, tree) for p, tree, starts in parsed if not starts]
        self.rest = _alternation([p for p, _ in rest])
        self.needles: frozenset[str] = frozenset()
        self.reach = 0
        needles = [_needles(tree) for _, tree in rest]
        width = max((tree.getwidth()[1] for _, tree in rest), default=0)
        if rest and all(needles) and width < 5000:
            self.needles = frozenset().union(*needles)  # type: ignore[arg-type]
            self.reach = width + self._MARGIN + max(map(len, self.needles))

    def matches(
        self, text: str, starts: list[int], needles: list[tuple[int, int]]
    ) -> Iterator[re.Match[str]]:
        """The matches, given where the start strings and the needles occur in `text`."""
        if self.anchored is not None:
            position = 0
            for start in starts:
                found = self.anchored.match(text, start) if start >= position else None
                if found and found.end() > start:
                    yield found
                    position = found.end()
        if self.rest is None:
            return
        if not self.needles:
            yield from self.rest.finditer(text)
            return
        region_start = region_end = -1
        for needle_start, needle_end in needles:
            begin, end = needle_start - self.reach, needle_end + self.reach
            if begin > region_end:
                if region_end > 0:
                    yield from self.rest.finditer(text, max(0, region_start), region_end)
                region_start = begin
            region_end = end
        if region_end > 0:
            yield from self.rest.finditer(text, max(0, region_start), region_end)


class Batch:
    """Named scanners sharing a single pass over the text for their literals."""

    def __init__(self, scanners: list[tuple[str, Scanner]]) -> None:
        self.scanners = scanners
        wanted: dict[str, list[tuple[int, bool]]] = {}
        for index, (_, scanner) in enumerate(scanners):
            for literal in scanner.starts:
                wanted.setdefault(literal, []).append((index, True))
            for literal in scanner.needles:
                wanted.setdefault(literal, []).append((index, False))
        # The trie finds the longest literal at a place; the shorter ones there count too.
        self._wanted = {
            found: [
                (i, start, len(p)) for p in wanted if found.startswith(p) for i, start in wanted[p]
            ]
            for found in wanted
        }
        self._literals = _literals(frozenset(wanted)) if wanted else None

    def matches(self, text: str) -> Iterator[tuple[str, re.Match[str]]]:
        """(scanner name, match) for every match, scanner by scanner."""
        starts: list[list[int]] = [[] for _ in self.scanners]
        needles: list[list[tuple[int, int]]] = [[] for _ in self.scanners]
        position = 0
        while self._literals and (found := self._literals.search(text, position)) is not None:
            at = found.start()
            for index, is_start, length in self._wanted[found.group()]:
                if is_start:
                    starts[index].append(at)
                else:
                    needles[index].append((at, at + length))
            position = at + 1
        for index, (name, scanner) in enumerate(self.scanners):
            for match in scanner.matches(text, starts[index], needles[index]):
                yield name, match


def _alternation(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _literals(strings: frozenset[str]) -> re.Pattern[str]:
    """A pattern finding any of `strings`, written as a trie (much faster than a|b|c)."""
    trie: dict[str, Any] = {}
    for string in strings:
        node = trie
        for c in string:
            node = node.setdefault(c, {})
        node[""] = {}
    return re.compile(_trie_pattern(trie))


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(c) + _trie_pattern(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _weight(literal: str) -> int:
    """How rare a literal is, roughly: its length, a Han, kana or Hangul character counting 2."""
    return len(literal) + len("".join(CJK_RUN.findall(literal)))


def _start_strings(tree: Any) -> frozenset[str] | None:
    """Where matches can start, if those places are few: not "5" or ":" but "whatsapp"."""
    starts = _starts(tree)
    if starts is None or "" in starts[0]:
        return None
    rare = all(_weight(s) >= 3 or not (s.isalnum() or s in _COMMON_MARKS) for s in starts[0])
    return starts[0] if rare else None


def _starts(items: Any) -> tuple[frozenset[str], bool] | None:
    """Literal strings one of which every match of the parsed pattern starts with, and
    whether every match is exactly one of them; None when unknown."""
    found = frozenset([""])
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue
        part = _start_part(op, value)
        if part is None:
            return found, False
        if found != {""} and min(map(_weight, found)) >= 8:
            return found, False  # rare enough; going on would only multiply the strings
        combined = frozenset(a + b for a in found for b in part[0])
        if len(combined) > 128:
            return found, False
        found = combined
        if not part[1]:
            return found, False
    return found, True


def _start_part(op: Any, value: Any) -> tuple[frozenset[str], bool] | None:
    if op is _constants.LITERAL:
        return frozenset(chr(value)), True
    if op is _constants.SUBPATTERN:
        return _starts(value[-1])
    if op is _constants.ATOMIC_GROUP:
        return _starts(value)
    if op is _constants.BRANCH:
        branches = [_starts(branch) for branch in value[1]]
        if not all(branches):
            return None
        strings = frozenset().union(*(b[0] for b in branches))  # type: ignore[index]
        return strings, all(b[1] for b in branches)  # type: ignore[index]
    if op in _REPEATS and value[0] >= 1:
        inner = _starts(value[2])
        return inner and (inner[0], inner[1] and value[0] == value[1] == 1)
    chars = _characters(op, value)
    return (chars, True) if chars else None


def _characters(op: Any, value: Any) -> frozenset[str] | None:
    """The characters of a small class of plain characters ([$€£]), else None."""
    plain = op is _constants.IN and all(item_op is _constants.LITERAL for item_op, _ in value)
    return frozenset(chr(code) for _, code in value) if plain and 0 < len(value) <= 4 else None


def _needles(items: Any) -> frozenset[str] | None:
    """Strings one of which every match of the parsed pattern contains, None if unknown.

    Candidates are the start strings of every tail of the pattern, and the needles of
    its groups, alternations (when every branch has some) and repeats (of at least
    one); the most selective candidate wins.
    """
    best: frozenset[str] | None = None

    def consider(candidates: frozenset[str] | None) -> None:
        nonlocal best
        usable = candidates and "" not in candidates
        if usable and (best is None or _selectivity(candidates) > _selectivity(best)):  # type: ignore[arg-type]
            best = candidates

    items = list(items)
    for index, (op, value) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        tail = _starts(items[index:])
        consider(tail[0] if tail else None)
        if op is _constants.SUBPATTERN:
            consider(_needles(value[-1]))
        elif op is _constants.ATOMIC_GROUP:
            consider(_needles(value))
        elif op is _constants.BRANCH:
            branches = [_needles(branch) for branch in value[1]]
            if all(branches):
                consider(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in _REPEATS and value[0] >= 1:
            consider(_needles(value[2]))
    return best


def _selectivity(needles: frozenset[str]) -> tuple[int, float]:
    weights = [_weight(n) for n in needles]
    return min(weights), sum(weights) / len(weights)
