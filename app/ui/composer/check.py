"""The compliance check in the composer: run off the UI thread, shown in the agent's language.

`check_text` runs on the pool and also converts the findings' spans into the
editor's positions; `FindingsPanel` lists them under the editor and
`finding_selections` marks them in it; `OverrideDialog` asks why a reply the
check blocked must go out anyway.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import compliance
from app.services.cases.operations import ComplianceOverride
from app.ui.composer.compliance_text import (
    finding_explanation,
    finding_label,
    rule_explanation,
    rule_name,
)
from app.ui.core.i18n import fill, translate
from app.ui.core.style import Tone, colour, text_style, tint

MAX_HIGHLIGHTS = 500  # findings marked in the editor and listed; a huge paste has more
MIN_OVERRIDE_REASON = 10  # characters: "ok" is not a reason
LISTED_ROWS = 3  # the findings list shows this many rows and scrolls for more
SEVERITY_TONES = {"block": Tone.DANGER, "warn": Tone.WARNING}
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_positions(text: str, indices: Iterable[int]) -> list[int]:
    """Qt document positions (UTF-16 code units) of Python str indices into `text`.

    Characters outside the Basic Multilingual Plane (most emoji) are one str
    index but two UTF-16 units, so every one before an index shifts it by one.
    """
    astral = [match.start() for match in _ASTRAL.finditer(text)]
    if not astral:
        return list(indices)
    return [index + bisect.bisect_left(astral, index) for index in indices]


@dataclass(frozen=True)
class CheckOutcome:
    """A compliance result and the document spans of the findings to mark."""

    result: compliance.ComplianceResult
    spans: tuple[tuple[int, int], ...]


def check_text(
    text: str, marketplace: str | None, locale: str | None, order_id: str | None
) -> CheckOutcome:
    """Run on the pool: the check, and the findings' positions as the editor counts them."""
    result = compliance.check_reply(text, marketplace=marketplace, locale=locale, order_id=order_id)
    shown = result.findings[:MAX_HIGHLIGHTS]
    flat = utf16_positions(text, [edge for f in shown for edge in (f.start, f.end)])
    return CheckOutcome(result, tuple(zip(flat[::2], flat[1::2], strict=True)))


def finding_selections(
    document: QTextDocument, outcome: CheckOutcome
) -> list[QTextEdit.ExtraSelection]:
    """Marks for the editor: red for what blocks the reply, amber for warnings."""
    formats = {}
    for severity, tone in SEVERITY_TONES.items():
        char_format = QTextCharFormat()
        char_format.setBackground(tint(tone))
        char_format.setUnderlineStyle(QTextCharFormat.WaveUnderline)
        char_format.setUnderlineColor(colour(tone))
        formats[severity] = char_format
    size = document.characterCount() - 1
    selections = []
    for finding, (start, end) in zip(outcome.result.findings, outcome.spans, strict=False):
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(document)
        cursor.setPosition(min(start, size))
        cursor.setPosition(min(end, size), QTextCursor.KeepAnchor)
        selection.cursor = cursor
        selection.format = formats.get(finding.severity, formats["warn"])
        selections.append(selection)
    return selections


class FindingsPanel(QWidget):
    """What the check found: a one-line summary, the findings, and why the current one matters.

    Signals:
        finding_chosen(int): the agent clicked the finding with this number.
    """

    finding_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("findings")
        self.list.setUniformItemSizes(True)
        self.list.hide()
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        self.list.currentItemChanged.connect(self._explain)
        self.detail = QLabel(self)
        self.detail.setObjectName("findingDetail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet(text_style(Tone.MUTED))
        # Word-wrapped labels are often laid out one line short; the reason needs two.
        self.detail.setMinimumHeight(2 * self.detail.fontMetrics().lineSpacing() + 2)
        self.detail.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addWidget(self.detail)

    def show_checking(self) -> None:
        self._say(translate("Composer", "Checking the reply…"), text_style(Tone.MUTED))

    def show_failed(self, error: BaseException) -> None:
        self._say(
            fill(translate("Composer", "The reply could not be checked: %1"), error),
            text_style(Tone.DANGER),
        )

    def _say(self, text: str, style: str) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(style)

    def show_outcome(self, outcome: CheckOutcome | None) -> None:
        self.list.clear()
        if outcome is None:
            self.summary.setText("")
            self.list.hide()
            self.detail.hide()
            return
        findings = outcome.result.findings
        blocking = sum(1 for f in findings if f.severity == "block")
        warnings = len(findings) - blocking
        if not findings:
            self.summary.setText(translate("Composer", "✓ Nothing the marketplace forbids."))
            self.summary.setStyleSheet(text_style(Tone.OK))
        elif blocking:
            summary = fill(translate("Composer", "Not allowed by the marketplace: %1"), blocking)
            if warnings:
                summary += " · " + fill(translate("Composer", "warnings: %1"), warnings)
            self.summary.setText(summary)
            self.summary.setStyleSheet(text_style(Tone.DANGER, bold=True))
        else:
            self.summary.setText(
                fill(translate("Composer", "Warnings: %1 (they do not stop the reply)"), warnings)
            )
            self.summary.setStyleSheet(text_style(Tone.WARNING))
        style = self.style()
        icons = {
            "block": style.standardIcon(QStyle.SP_MessageBoxCritical),
            "warn": style.standardIcon(QStyle.SP_MessageBoxWarning),
        }
        for number, finding in enumerate(findings[:MAX_HIGHLIGHTS]):
            icon = icons.get(finding.severity, icons["warn"])
            item = QListWidgetItem(icon, finding_label(finding))
            item.setData(Qt.UserRole, number)
            item.setToolTip(finding_explanation(finding))
            self.list.addItem(item)
        if len(findings) > MAX_HIGHLIGHTS:
            more = QListWidgetItem(
                translate("Composer", "… and %1 more").replace(
                    "%1", str(len(findings) - MAX_HIGHLIGHTS)
                )
            )
            more.setFlags(Qt.NoItemFlags)
            self.list.addItem(more)
        # Up to LISTED_ROWS rows, one when the window is short of room; the rest scroll.
        row, frame = self.list.sizeHintForRow(0), 2 * self.list.frameWidth()
        self.list.setMinimumHeight(row + frame)
        self.list.setMaximumHeight(min(self.list.count(), LISTED_ROWS) * row + frame)
        self.list.setVisible(bool(findings))
        self.detail.setVisible(bool(findings))
        first = next((n for n, f in enumerate(findings) if f.severity == "block"), 0)
        self.list.setCurrentRow(first if findings else -1)

    def _explain(self, item: QListWidgetItem | None) -> None:
        """Under the list: why the current finding matters."""
        self.detail.setText(item.toolTip() if item is not None else "")

    def _chosen(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.UserRole)
        if number is not None:
            self.finding_chosen.emit(number)


class OverrideDialog(QDialog):
    """Sending despite blocking findings: which rules, and why (required, kept in the history)."""

    def __init__(
        self,
        findings: Sequence[compliance.Finding],
        parent: QWidget | None = None,
        *,
        needs_approval: bool = False,
    ) -> None:
        """`needs_approval`: the shop's owner approves every "send anyway" of this agent
        (`approvals.approval_required`): the dialog says the reply will wait for them."""
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(translate("Composer", "Send despite the compliance check?"))
        self.rules = tuple(dict.fromkeys(f.rule for f in findings if f.severity == "block"))
        intro = QLabel(
            translate(
                "Composer",
                "The marketplace does not allow what this reply contains. Sending it can get "
                "the shop's account warned or suspended.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.rule_list = QListWidget(self)
        self.rule_list.setObjectName("overrideRules")
        icon = self.style().standardIcon(QStyle.SP_MessageBoxCritical)
        for rule in self.rules:
            item = QListWidgetItem(icon, rule_name(rule), self.rule_list)
            item.setToolTip(rule_explanation(rule))
        self.rule_list.setMaximumHeight(24 * max(2, min(len(self.rules), 5)) + 8)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(
            translate("Composer", "Why this reply must go out as it is (required)")
        )
        self.reason.setTabChangesFocus(True)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.send_button = self.buttons.button(QDialogButtonBox.Ok)
        self.send_button.setText(translate("Composer", "Send anyway"))
        self.send_button.setDefault(False)
        self.buttons.button(QDialogButtonBox.Cancel).setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.approval_notice: QLabel | None = None
        if needs_approval:
            self.approval_notice = QLabel(
                translate(
                    "Composer",
                    "The shop's owner approves every reply sent anyway: this one waits for "
                    "them, with your reason, and is not sent until they approve it. The "
                    "buyer's clock keeps running.",
                ),
                self,
            )
            self.approval_notice.setObjectName("overrideApprovalNotice")
            self.approval_notice.setWordWrap(True)
            self.approval_notice.setStyleSheet(text_style(Tone.NOTE, bold=True))
            self.send_button.setText(translate("Composer", "Ask the owner to approve"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.rule_list)
        layout.addWidget(QLabel(translate("Composer", "Reason for sending it anyway:"), self))
        layout.addWidget(self.reason)
        if self.approval_notice is not None:
            layout.addWidget(self.approval_notice)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(460, 340)

    def _accept(self) -> None:
        if len(self.reason.toPlainText().strip()) < MIN_OVERRIDE_REASON:
            self.problem.setText(
                fill(
                    translate(
                        "Composer", "Say why it must go out as it is (at least %1 characters)."
                    ),
                    MIN_OVERRIDE_REASON,
                )
            )
            self.reason.setFocus()
            return
        self.accept()

    def override(self) -> ComplianceOverride:
        return ComplianceOverride(rules=self.rules, reason=self.reason.toPlainText().strip())
