"""HTML mail as plain text, through inscriptis (lxml underneath), never a regex.

inscriptis lays out blocks, lists and tables the way a browser would, which
keeps a buyer's paragraphs readable. Nothing is fetched: inscriptis only walks
the lxml tree it is given; images are dropped (`display_images=False`), so a
remote image or tracking pixel leaves no trace; `<script>`, `<style>` and the
other elements in `HIDDEN_ELEMENTS` are not displayed at all.

BeautifulSoup was the alternative; inscriptis was kept because it renders
tables and lists as a reader sees them and has no network code in its path.
lxml refuses documents nested deeper than 256 elements; such a document is
walked again by `_flat_text` (text of visible elements, in order) so no words
are lost, and flagged "html_fallback".
"""

from __future__ import annotations

import re

from inscriptis import get_text
from inscriptis.css_profiles import STRICT_CSS_PROFILE
from inscriptis.html_properties import Display
from inscriptis.model.config import ParserConfig
from inscriptis.model.html_element import HtmlElement

# Beyond this many characters of HTML the rest is cut before layout (layout is linear, but
# about 2.5 microseconds a character in tables): flagged "html_truncated".
MAX_HTML_CHARS = 512 * 1024

# Elements whose content a reader never sees as text, or that would pull something in.
HIDDEN_ELEMENTS = (
    "head",
    "title",
    "meta",
    "link",
    "script",
    "style",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
    "canvas",
    "audio",
    "video",
    "img",
    "picture",
    "source",
    "noembed",
    "select",
    "button",
)

_CSS = dict(STRICT_CSS_PROFILE)
for _name in HIDDEN_ELEMENTS:
    _CSS[_name] = HtmlElement(display=Display.none)
_CONFIG = ParserConfig(css=_CSS, display_images=False, display_links=False)

_VISIBLE_CHARS = re.compile(r"[^\s\u00a0]")


def _flat_text(html: str) -> str:
    """Text of the visible elements in document order, without a depth limit (no layout)."""
    from lxml import etree

    parser = etree.HTMLParser(huge_tree=True, no_network=True, remove_comments=True, recover=True)
    try:
        root = etree.fromstring(html, parser)
    except (etree.LxmlError, ValueError):
        return ""
    if root is None:
        return ""
    hidden = set(HIDDEN_ELEMENTS)
    pieces: list[str] = []
    # iterwalk is iterative in C: no recursion however deep the document.
    skip_depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if skip_depth or tag.lower() in hidden:
                skip_depth += 1
                continue
            if element.text:
                pieces.append(element.text)
        else:
            if skip_depth:
                skip_depth -= 1
                if skip_depth:
                    continue
            elif tag.lower() in {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "blockquote"}:
                pieces.append("\n")
            if not skip_depth and element.tail:
                pieces.append(element.tail)
    return "".join(pieces)


def html_to_text(html: str) -> tuple[str, tuple[str, ...]]:
    """The text a reader sees in `html`, and flags ("html_truncated", "html_fallback")."""
    flags: list[str] = []
    if len(html) > MAX_HTML_CHARS:
        html = html[:MAX_HTML_CHARS]
        flags.append("html_truncated")
    html = html.replace("\x00", "")
    try:
        text = get_text(html, _CONFIG)
    except (ValueError, RecursionError, LookupError, TypeError, AttributeError):
        text = ""
    if not _VISIBLE_CHARS.search(text) and _VISIBLE_CHARS.search(html):
        fallback = _flat_text(html)
        if _VISIBLE_CHARS.search(fallback):
            text = fallback
            flags.append("html_fallback")
    return text, tuple(flags)
