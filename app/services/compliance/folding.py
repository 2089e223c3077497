"""The form a reply is matched in, and the way back to the characters of the original.

Rules match a folded copy of the reply (NFKC, case folding, every digit as 0-9,
no invisible characters or Arabic diacritics; see the header of rules.toml), so
that "ｇｍａｉｌ．ｃｏｍ" or "٠٥٠١٢٣٤٥٦٧" cannot slip past. A finding must still
point at the characters the agent typed, so the fold keeps a map of indices.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

__all__ = ["Folded", "fold"]

_FOLD_EXTRA = {
    **dict.fromkeys("\u0623\u0625\u0622\u0671", "\u0627"),  # alef with hamza or madda -> alef
    "\u0649": "\u064a",  # alef maksura -> ya
    **dict.fromkeys("\u2018\u2019\u201b\u02bc", "'"),
    **dict.fromkeys("\u201c\u201d\u201e", '"'),
    **dict.fromkeys("\u0640\u0670\ufe0e\ufe0f", ""),  # tatweel, dagger alef, variation selectors
    **{chr(c): "" for c in range(0x064B, 0x0660)},  # Arabic diacritics (harakat)
}


def _fold_char(c: str) -> str:
    if c.isascii():
        return c
    if c in _FOLD_EXTRA:
        return _FOLD_EXTRA[c]
    kind = unicodedata.category(c)
    if kind == "Cf":
        return ""  # zero-width spaces and joiners, direction marks, soft hyphens
    if kind == "Nd":
        return str(unicodedata.decimal(c))
    if kind == "Pd" or c == "\u2212":
        return "-"
    if kind == "Zs":
        return " "
    return "\n" if kind in ("Zl", "Zp") else c


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """The form rules are matched against (see the header of rules.toml)."""
    once = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return "".join(_fold_char(c) for c in once)


def _joins_previous(c: str, folded: str) -> bool:
    """A combining mark (or Hangul vowel/final jamo) that NFKC merges into the character before."""
    return bool(
        unicodedata.combining(c)
        or unicodedata.combining(folded[0])
        or "\u1160" <= c <= "\u11ff"
        or "\ud7b0" <= c <= "\ud7ff"
    )


class Folded:
    """A text's matching form (`text`), with a map from its indices back to the original's.

    Most characters fold to exactly one character; the map only records the
    "units" that do not (an expansion like "ß" -> "ss", a dropped zero-width
    character, a base letter with its combining marks), so building it is cheap.
    """

    def __init__(self, original: str) -> None:
        self._n_starts: list[int] = []
        self._n_ends: list[int] = []
        self._o_starts: list[int] = []
        self._o_ends: list[int] = []
        if original.isascii():
            self.text = original.lower()
            return
        table: dict[int, str] = {}
        joining, uneven = [], []
        for c in set(original):
            folded = fold(c)
            if len(folded) != 1:
                uneven.append(c)
            elif folded != c:
                table[ord(c)] = folded
            if folded and _joins_previous(c, folded):
                joining.append(c)
        if not joining and not uneven:
            self.text = original.translate(table)
            return
        alternatives = []
        if joining:
            alternatives.append("(?s:.)[" + "".join(map(re.escape, sorted(joining))) + "]+")
        if uneven:
            alternatives.append("[" + "".join(map(re.escape, sorted(uneven))) + "]")
        parts, at, previous = [], 0, 0
        for unit in re.finditer("|".join(alternatives), original):
            start, end = unit.span()
            between = original[previous:start].translate(table)
            folded = fold(unit.group())
            parts += (between, folded)
            at += len(between)
            self._n_starts.append(at)
            self._n_ends.append(at + len(folded))
            self._o_starts.append(start)
            self._o_ends.append(end)
            at += len(folded)
            previous = end
        parts.append(original[previous:].translate(table))
        self.text = "".join(parts)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original characters that folded into text[start:end]."""
        return self._start(start), (self._end(end) if end > start else self._start(start))

    def _start(self, i: int) -> int:
        k = bisect.bisect_right(self._n_starts, i) - 1
        if k < 0:
            return i
        if i < self._n_ends[k]:
            return self._o_starts[k]
        return self._o_ends[k] + i - self._n_ends[k]

    def _end(self, j: int) -> int:
        k = bisect.bisect_right(self._n_starts, j - 1) - 1
        if k >= 0 and j - 1 < self._n_ends[k]:
            end = self._o_ends[k]
        else:
            end = j + (self._o_ends[k] - self._n_ends[k] if k >= 0 else 0)
        # Take along dropped characters right after (a variation selector, a diacritic).
        k = bisect.bisect_left(self._n_starts, j)
        while k < len(self._n_starts) and self._n_starts[k] == self._n_ends[k] == j:
            if self._o_starts[k] != end:
                break
            end = self._o_ends[k]
            k += 1
        return end
