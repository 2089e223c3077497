"""Running many regular expressions over a long text without reading it many times.

Python's `re` tries a pattern at every position of the text, which for some
hundred patterns and a 1 MB paste takes seconds. Most patterns need a literal
string, though ("whatsapp", "review", "%"). So each pattern is taken apart with
the `re` module's own parser: a pattern whose every match starts with one of a
few literals is tried only where they occur; any other is run only within its
maximum width around the literals every match contains. One pass per language
finds the literals of all its patterns at once (`Batch`).

The parser is private to CPython and may change. The results are defined without
it (`Scanner`: plain `re.finditer` over each group of patterns), and a `Batch`
checks its fast path against that definition on sample texts when it is built;
without the parser, or when the two disagree, it runs plain `re`: slower, never
wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

try:  # private, but part of CPython since 3.11
    from re import _constants, _parser

    _REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
    _ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
except (ImportError, AttributeError):  # pragma: no cover - another Python: plain `re`
    _parser = None  # type: ignore[assignment]

__all__ = ["CJK_RUN", "Batch", "Scanner", "found_in"]

CJK_RUN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]+")  # kana, Han, Hangul

_COMMON_MARKS = frozenset(" .,:;-'\"()\n")

Found = tuple[str, tuple[int, int], tuple[Any, ...]]  # scanner name, span, groups


class Scanner:
    """Patterns tried only where they can match; `Batch` finds those places.

    What it finds is defined by plain `re`: the patterns fall in `groups` (those
    whose matches start with one of a few rare literals, then the others; one group
    per pattern when the parser could not take them apart), each group is one
    alternation "(?:a)|(?:b)", and the matches are those `re.finditer` finds with
    each group over the whole text, empty ones left out, group after group
    (`plain_matches`). `matches` finds the same faster; `problem` says why it cannot.
    """

    _MARGIN = 64  # room for lookarounds, and for a literal hidden by an overlapping one

    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns = tuple(patterns)
        self.starts: frozenset[str] = frozenset()
        self.needles: frozenset[str] = frozenset()
        self.reach = 0
        self.problem: str | None = None
        try:
            leading, others = self._analyse()
        except Exception as exc:  # the parser changed under us: plain `re`, one by one
            self.problem = f"the pattern parser failed ({type(exc).__name__}: {exc})"
            self.starts, self.needles, self.reach = frozenset(), frozenset(), 0
            self.groups: tuple[tuple[str, ...], ...] = tuple((p,) for p in self.patterns)
            self.plain = tuple(map(_alternation, self.groups))
            self.anchored = self.rest = None
            return
        self.groups = tuple(group for group in (leading, others) if group)
        self.anchored = _alternation(leading) if leading else None
        self.rest = _alternation(others) if others else None
        self.plain = tuple(p for p in (self.anchored, self.rest) if p is not None)

    def _analyse(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The patterns with start strings and the others; sets starts, needles, reach."""
        if _parser is None:
            raise RuntimeError("re._parser is not available")
        trees = [(p, _parser.parse(p)) for p in self.patterns]
        parsed = [(p, tree, _start_strings(tree)) for p, tree in trees]
        self.starts = frozenset().union(*(s for _, _, s in parsed if s))
        rest = [(p, tree) for p, tree, starts in parsed if not starts]
        needles = [_needles(tree) for _, tree in rest]
        width = max((tree.getwidth()[1] for _, tree in rest), default=0)
        if rest and all(needles) and width < 5000:
            self.needles = frozenset().union(*needles)  # type: ignore[arg-type]
            self.reach = width + self._MARGIN + max(map(len, self.needles))
        return tuple(p for p, _, s in parsed if s), tuple(p for p, _ in rest)

    def plain_matches(self, text: str) -> Iterator[re.Match[str]]:
        """The matches, by definition: plain `re.finditer` over the whole text."""
        for pattern in self.plain:
            for found in pattern.finditer(text):
                if found.end() > found.start():
                    yield found

    def matches(
        self, text: str, starts: list[int], needles: list[tuple[int, int]]
    ) -> Iterator[re.Match[str]]:
        """The matches, given where the start strings and the needles occur in `text`."""
        if self.problem is not None:
            yield from self.plain_matches(text)
            return
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
            yield from _non_empty(self.rest.finditer(text))
            return
        region_start = region_end = -1
        for needle_start, needle_end in needles:
            begin, end = needle_start - self.reach, needle_end + self.reach
            if begin > region_end:
                if region_end > 0:
                    yield from _non_empty(
                        self.rest.finditer(text, max(0, region_start), region_end)
                    )
                region_start = begin
            region_end = end
        if region_end > 0:
            yield from _non_empty(self.rest.finditer(text, max(0, region_start), region_end))


class Batch:
    """Named scanners sharing a single pass over the text for their literals.

    When built, the fast path is compared with plain `re` on `samples` and on texts
    made of the scanners' own literals; `problem` says why it is not used (the parser
    is missing or failed, the fast path raised or found something else), and then
    `matches` runs plain `re` (`plain_matches`).
    """

    def __init__(self, scanners: list[tuple[str, Scanner]], samples: Iterable[str] = ()) -> None:
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
        self.problem = next(
            (f"{name}: {s.problem}" for name, s in scanners if s.problem is not None), None
        )
        if self.problem is None:
            self.problem = self._disagreement([*samples, *self.literal_samples()])

    @property
    def fast(self) -> bool:
        """Whether `matches` takes the fast path."""
        return self.problem is None

    def matches(self, text: str) -> Iterator[tuple[str, re.Match[str]]]:
        """(scanner name, match) for every match, scanner by scanner."""
        return self.fast_matches(text) if self.fast else self.plain_matches(text)

    def plain_matches(self, text: str) -> Iterator[tuple[str, re.Match[str]]]:
        """What `matches` finds, by definition (see `Scanner`), with plain `re`."""
        for name, scanner in self.scanners:
            for match in scanner.plain_matches(text):
                yield name, match

    def fast_matches(self, text: str) -> Iterator[tuple[str, re.Match[str]]]:
        """The fast path, whether or not it passed its check."""
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

    def literal_samples(self) -> list[str]:
        """Texts made of the literals the fast path looks for, one text per scanner."""
        texts = []
        for _, scanner in self.scanners:
            literals = sorted(scanner.starts | scanner.needles)
            texts += [" ".join(literals), "".join(literals)] if literals else []
        return texts

    def _disagreement(self, samples: list[str]) -> str | None:
        """Why the fast path cannot be trusted on `samples` (each, then all as one text)."""
        for text in [*samples, "\n".join(samples)]:
            try:
                fast = found_in(self.fast_matches(text))
            except Exception as exc:
                return f"the fast path failed ({type(exc).__name__}: {exc})"
            plain = found_in(self.plain_matches(text))
            if fast != plain:
                odd = [f for f in plain if f not in fast] or [f for f in fast if f not in plain]
                where = ", ".join(f"{name} {text[s:e]!r}" for name, (s, e), _ in odd[:3])
                return f"the fast path disagrees with plain re ({where or 'order'})"
        return None


def found_in(matches: Iterable[tuple[str, re.Match[str]]]) -> list[Found]:
    """What a batch's matches say, for comparing two ways of finding them."""
    return [(name, match.span(), match.groups()) for name, match in matches]


def _non_empty(matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    return (m for m in matches if m.end() > m.start())


def _alternation(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


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
