"""The text syntax of a reply: a small subset of ICU MessageFormat.

    Dear {buyer_name}, ... {days_left, plural, =0 {today} one {# day} other {# days}}

`{name}` is a placeholder; `{name, plural, ...}` picks a form by the number's
CLDR plural category (`=N` exact matches win), and `#` inside a form is the
number as the reader's language writes it. Plurals do not nest, and text may
not contain literal braces, so any stray brace is a mistake worth reporting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from app.services.replies.model import PLURAL_CATEGORIES

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Arg:
    name: str


@dataclass(frozen=True)
class Count:
    """`#` inside a plural form: the counted number."""


@dataclass(frozen=True)
class Plural:
    name: str
    forms: tuple[tuple[str, tuple[Node, ...]], ...]  # ("one" or "=0", its text)


Node = Text | Arg | Count | Plural


class MessageSyntaxError(Exception):
    """A mistake in a text, at character `pos`; `str()` says what in one phrase."""

    def __init__(self, pos: int, message: str) -> None:
        super().__init__(message)
        self.pos = pos


def position(text: str, pos: int) -> str:
    """'line 3, column 5' (or just the column in a one-line text) for a person to look at."""
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return f"line {line}, column {column}" if "\n" in text else f"column {column}"


@lru_cache(maxsize=2048)
def parse_message(text: str) -> tuple[Node, ...]:
    """The nodes of a text; raises `MessageSyntaxError`. Cached: texts are parsed per render."""
    _check_braces(text)
    return _Parser(text).message(in_form=False)


def _check_braces(text: str) -> None:
    """Unbalanced braces first, so they are reported as such rather than as odd syntax."""
    opened: list[int] = []
    for pos, ch in enumerate(text):
        if ch == "{":
            opened.append(pos)
        elif ch == "}":
            if not opened:
                raise MessageSyntaxError(pos, "a '}' closes nothing (text cannot contain braces)")
            opened.pop()
    if opened:
        raise MessageSyntaxError(opened[0], "a '{' is never closed")


class _Parser:
    """Recursive descent over `text`, whose braces are known to balance."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def message(self, in_form: bool) -> tuple[Node, ...]:
        """Text up to the end, or up to the '}' that closes the plural form being read."""
        nodes: list[Node] = []
        text: list[str] = []
        while self.pos < len(self.text) and self.text[self.pos] != "}":
            ch = self.text[self.pos]
            if ch == "{" or (ch == "#" and in_form):
                if text:
                    nodes.append(Text("".join(text)))
                    text = []
                if ch == "{":
                    nodes.append(self.argument(in_form))
                    continue
                nodes.append(Count())
            else:
                text.append(ch)
            self.pos += 1
        if text:
            nodes.append(Text("".join(text)))
        return tuple(nodes)

    def argument(self, in_form: bool) -> Arg | Plural:
        opening = self.pos
        self.pos += 1
        name = self.word("a placeholder name such as {order_id}")
        self.skip_space()
        if self.peek() == "}":
            self.pos += 1
            return Arg(name)
        self.expect(",", f"'{{{name}' must be closed with '}}' or followed by ', plural,'")
        kind = self.word("'plural'")
        if kind != "plural":
            raise MessageSyntaxError(self.pos, f"only 'plural' may follow a name, not {kind!r}")
        if in_form:
            raise MessageSyntaxError(opening, "a plural cannot be nested inside another plural")
        self.expect(",", "'plural' must be followed by a comma and the forms")
        forms: list[tuple[str, tuple[Node, ...]]] = []
        while True:
            self.skip_space()
            if self.peek() == "}":
                self.pos += 1
                break
            selector_at = self.pos
            selector = self.selector()
            if selector in dict(forms):
                raise MessageSyntaxError(selector_at, f"the plural form {selector!r} is repeated")
            self.expect("{", f"the plural form {selector!r} must be followed by {{text}}")
            forms.append((selector, self.message(in_form=True)))
            self.pos += 1  # the '}' closing the form
        if not forms:
            raise MessageSyntaxError(opening, f"the plural of {{{name}}} has no forms")
        return Plural(name, tuple(forms))

    def selector(self) -> str:
        """`one`, `few`, ... or `=N`."""
        if self.peek() != "=":
            at = self.pos
            category = self.word("a plural form such as 'one' or 'other'")
            if category not in PLURAL_CATEGORIES:
                known = ", ".join(PLURAL_CATEGORIES)
                raise MessageSyntaxError(at, f"{category!r} is no plural form; use {known} or =N")
            return category
        self.pos += 1
        digits = re.compile(r"\d+").match(self.text, self.pos)
        if not digits:
            raise MessageSyntaxError(self.pos, "'=' must be followed by a number, as in =0")
        self.pos = digits.end()
        return f"={int(digits.group())}"

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_space(self) -> None:
        while self.peek().isspace():
            self.pos += 1

    def word(self, wanted: str) -> str:
        self.skip_space()
        found = _NAME.match(self.text, self.pos)
        if not found:
            raise MessageSyntaxError(self.pos, f"expected {wanted}")
        self.pos = found.end()
        return found.group()

    def expect(self, ch: str, problem: str) -> None:
        self.skip_space()
        if self.peek() != ch:
            raise MessageSyntaxError(self.pos, problem)
        self.pos += 1


def names_in(nodes: tuple[Node, ...]) -> list[str]:
    """Every placeholder a text uses, plural arguments and those inside forms included."""
    found: list[str] = []
    for node in nodes:
        if isinstance(node, Arg):
            found.append(node.name)
        elif isinstance(node, Plural):
            found.append(node.name)
            for _, form in node.forms:
                found.extend(names_in(form))
    return found


def plurals_in(nodes: tuple[Node, ...]) -> list[Plural]:
    return [node for node in nodes if isinstance(node, Plural)]


def fill(
    nodes: tuple[Node, ...],
    values: dict[str, str | None],
    count: int | None,
    locale: str,
    missing: list[str],
    hash_text: str = "",
) -> str:
    """The text with placeholders replaced by `values` (already formatted for `locale`).

    A placeholder without a value shows as `[name]` and is added to `missing`.
    `count` is the number plurals choose their form by (only days_left may be
    counted); `hash_text` is what `#` stands for inside the form being filled.
    """
    out: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(node.text)
        elif isinstance(node, Count):
            out.append(hash_text)
        elif (value := values.get(node.name)) is None or (
            isinstance(node, Plural) and count is None
        ):
            missing.append(node.name)
            out.append(f"[{node.name}]")
        elif isinstance(node, Arg):
            out.append(value)
        else:
            form = choose_form(node, count, locale)
            out.append(fill(form, values, count, locale, missing, hash_text=value))
    return "".join(out)


def choose_form(plural: Plural, count: int, locale: str) -> tuple[Node, ...]:
    """`=N` wins, then the language's CLDR category, then `other`."""
    forms = dict(plural.forms)
    exact = forms.get(f"={count}")
    if exact is not None:
        return exact
    category = Locale.parse(locale).plural_form(count)
    return forms.get(category, forms.get("other", ()))
