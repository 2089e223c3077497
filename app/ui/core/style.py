"""The one palette of the UI: every colour a widget shows comes from here.

Colours are named by what they say (a `Tone`), never spelled out in a
widget. Each tone has a shade for light and one for dark window palettes;
which one is used follows the application's `QPalette` at the moment of the
call, so a dark desktop theme keeps text readable. Muted text is mixed from
the palette's own text and window colours, so it follows any theme.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Tone(StrEnum):
    MUTED = "muted"  # secondary text: dates, hints, "loading…"
    FAINT = "faint"  # even less important: items not offered
    OK = "ok"  # done, allowed, open window
    WARNING = "warning"  # needs attention soon; does not stop anything
    DANGER = "danger"  # overdue, blocked, an error
    CRITICAL = "critical"  # the highest escalation, a damaged profile
    INFO = "info"  # our own replies in the conversation
    NOTE = "note"  # internal notes in the conversation


# (light theme, dark theme)
_TEXT: dict[Tone, tuple[str, str]] = {
    Tone.OK: ("#1e6b36", "#81c995"),
    Tone.WARNING: ("#8a6100", "#fdd663"),
    Tone.DANGER: ("#b3261e", "#f28b82"),
    Tone.CRITICAL: ("#8c1d18", "#f6aea9"),
    Tone.INFO: ("#1a56a8", "#8ab4f8"),
    Tone.NOTE: ("#8a6100", "#fdd663"),
}
_TINT: dict[Tone, tuple[str, str]] = {
    Tone.MUTED: ("#f1f3f4", "#303134"),
    Tone.FAINT: ("#eceff1", "#2a2b2e"),
    Tone.OK: ("#e6f4ea", "#1e3a28"),
    Tone.WARNING: ("#fff4d6", "#3d3316"),
    Tone.DANGER: ("#fde7e4", "#4a2120"),
    Tone.CRITICAL: ("#fdecea", "#4a2120"),
    Tone.INFO: ("#e3effd", "#1c2b41"),
    Tone.NOTE: ("#fff6d6", "#3d3316"),
}
_MUTED_SHARE = {Tone.MUTED: 0.62, Tone.FAINT: 0.45}  # how much of the text colour


def _palette() -> QPalette:
    app = QGuiApplication.instance()
    return app.palette() if app is not None else QPalette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the window background is dark (a dark desktop theme)."""
    window = (palette or _palette()).color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    def channel(x: int, y: int) -> int:
        return round(x * share_of_a + y * (1 - share_of_a))

    return QColor(
        channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue())
    )


def colour(tone: Tone) -> QColor:
    """The text (foreground) colour of `tone` for the current palette."""
    palette = _palette()
    if tone in _MUTED_SHARE:
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        return _mix(text, window, _MUTED_SHARE[tone])
    light, dark = _TEXT[tone]
    return QColor(dark if is_dark(palette) else light)


def tint(tone: Tone) -> QColor:
    """The background colour that goes with `tone` (a message bubble, a banner)."""
    light, dark = _TINT[tone]
    return QColor(dark if is_dark() else light)


def css(tone: Tone) -> str:
    """`colour(tone)` as `#rrggbb`, for rich text and style sheets."""
    return colour(tone).name()


def text_style(tone: Tone, *, bold: bool = False, italic: bool = False) -> str:
    """A style sheet for a label whose text has `tone`."""
    parts = [f"color: {css(tone)};"]
    if bold:
        parts.append("font-weight: 600;")
    if italic:
        parts.append("font-style: italic;")
    return " ".join(parts)


def banner_style(tone: Tone) -> str:
    """A style sheet for a banner: `tone` text on its tint, padded, rounded."""
    return f"background: {tint(tone).name()}; color: {css(tone)}; padding: 6px; border-radius: 4px;"
