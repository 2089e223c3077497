"""The parts of the template form: one language's name, subject and body, and the
placeholders a seller can insert, named in the agent's language."""

from __future__ import annotations

import re

from babel import Locale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.services import replies
from app.ui.core.i18n import is_rtl_language, translate

# A name right after "{": a placeholder ({order_id}) or a plural ({days_left, plural, ...}).
# Only the known placeholder names count, so a word in a plural's form ("one {day}") is
# ignored; the template's `placeholders` are derived from this, and validation reports the
# rest (a name no variant may use, a variant that lacks one).
PLACEHOLDER_USE = re.compile(r"\{\s*([A-Za-z_][A-Za-z0-9_]*)")


def placeholder_label(name: str) -> str:
    """What a placeholder stands for, in the agent's language."""
    return {
        "buyer_name": translate("Templates", "buyer's name"),
        "order_id": translate("Templates", "order id"),
        "marketplace": translate("Templates", "marketplace"),
        "item_title": translate("Templates", "item title"),
        "carrier": translate("Templates", "carrier"),
        "tracking_number": translate("Templates", "tracking number"),
        "agent_name": translate("Templates", "your name"),
        "return_deadline": translate("Templates", "return deadline"),
        "delivery_date": translate("Templates", "delivery date"),
        "refund_amount": translate("Templates", "refund amount"),
        "days_left": translate("Templates", "days left"),
    }.get(name, name)


def plural_snippet(locale: str) -> str:
    """`{days_left, plural, ...}` with every form the language needs, to be worded by the seller."""
    if locale.split("_")[0] == "en":
        return "{days_left, plural, one {# day} other {# days}}"
    rule = Locale.parse(locale).plural_form
    needed = {rule(n) for n in range(200)} | {"other"}
    forms = " ".join(f"{c} {{#}}" for c in replies.PLURAL_CATEGORIES if c in needed)
    return f"{{days_left, plural, {forms}}}"


class VariantForm(QWidget):
    """Name, subject and body of one language."""

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = locale
        direction = Qt.RightToLeft if is_rtl_language(locale) else Qt.LeftToRight
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(translate("Templates", "What agents see in the list"))
        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        for widget in (self.name, self.subject, self.body):
            widget.setLayoutDirection(direction)
        form = QFormLayout(self)
        form.addRow(translate("Templates", "&Name"), self.name)
        form.addRow(translate("Templates", "&Subject"), self.subject)
        form.addRow(translate("Templates", "&Body"), self.body)

    def variant(self) -> replies.Variant:
        return replies.Variant(
            self.locale, self.name.text(), self.subject.text(), self.body.toPlainText()
        )

    def show_variant(self, variant: replies.Variant) -> None:
        self.name.setText(variant.name)
        self.subject.setText(variant.subject)
        self.body.setPlainText(variant.body)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.name, self.subject, self.body):
            widget.setReadOnly(read_only)
