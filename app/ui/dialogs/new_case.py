"""A new case typed in by an agent: a buyer who phoned, wrote an e-mail or chatted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import CaseReason, Channel
from app.services.cases.operations import NewCase
from app.services.core.marketplaces import MARKETPLACES
from app.ui.core.i18n import Language, translate
from app.ui.core.labels import channel_label, reason_label
from app.ui.core.style import Tone, text_style


class NewCaseDialog(QDialog):
    """Collects a `NewCase`; the services check it when it is saved."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewCase", "New case"))
        self.subject = QLineEdit(self)
        self.customer = QLineEdit(self)
        self.marketplace = QComboBox(self)
        self.marketplace.addItem(translate("NewCase", "(none)"), "")
        for code in MARKETPLACES:
            self.marketplace.addItem(code, code)
        self.order = QLineEdit(self)
        self.order.setPlaceholderText("123-1234567-1234567")
        self.reason = QComboBox(self)
        for reason in CaseReason:
            self.reason.addItem(reason_label(reason.value), reason.value)
        self.reason.setCurrentIndex(self.reason.findData(CaseReason.OTHER.value))
        self.channel = QComboBox(self)
        for channel in Channel:
            self.channel.addItem(channel_label(channel.value), channel.value)
        self.channel.setCurrentIndex(self.channel.findData(Channel.PHONE.value))
        self.language = QComboBox(self)
        self.language.addItem(translate("NewCase", "(unknown)"), "")
        for tag in ("en", "ko", "ru", "ar", "zh", "de", "ja", "es", "fr", "it"):
            self.language.addItem(language.language_name(tag), tag)
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(translate("NewCase", "What the buyer said"))
        self.body.setTabChangesFocus(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(translate("NewCase", "Create case"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("NewCase", "Subject"), self.subject)
        form.addRow(translate("NewCase", "Customer"), self.customer)
        form.addRow(translate("NewCase", "Marketplace"), self.marketplace)
        form.addRow(translate("NewCase", "Order id"), self.order)
        form.addRow(translate("NewCase", "Reason"), self.reason)
        form.addRow(translate("NewCase", "Channel"), self.channel)
        form.addRow(translate("NewCase", "Language"), self.language)
        form.addRow(translate("NewCase", "Message"), self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, 460)

    def _check(self) -> None:
        if not self.subject.text().strip():
            self.problem.setText(translate("NewCase", "Give the case a subject."))
            self.subject.setFocus()
            return
        self.accept()

    def new_case(self) -> NewCase:
        return NewCase(
            subject=self.subject.text(),
            body=self.body.toPlainText() or None,
            customer_name=self.customer.text().strip() or None,
            marketplace=self.marketplace.currentData() or None,
            order_external_id=self.order.text().strip() or None,
            reason=self.reason.currentData(),
            channel=self.channel.currentData(),
            language=self.language.currentData() or None,
        )

    def show_problem(self, text: str) -> None:
        """The services refused the case (e.g. a malformed order id): say why, keep the form."""
        self.problem.setText(text)
