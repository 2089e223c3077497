"""The composer's language row: which language the buyer writes, and which the reply is in.

The buyer's language is found by the composer (on the pool) and shown here
with where it came from; the agent may pick another reply language by hand,
and then a later finding does not override the choice.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.services.language.detect import BuyerLanguage
from app.ui.core.i18n import Language, fill, translate


def _language_part(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


class ReplyLanguageRow(QWidget):
    """The buyer's language as found, and a choice of the reply's language.

    Signals:
        chosen(): the agent picked the reply language by hand.
    """

    chosen = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.label = QLabel(self)
        self.label.setObjectName("buyerLanguage")
        self.label.setWordWrap(True)
        self.combo = QComboBox(self)
        self.combo.setObjectName("replyLanguage")
        self.combo.setToolTip(translate("Composer", "The language the reply is in"))
        self.combo.activated.connect(lambda _index: self.chosen.emit())
        reply_in = QLabel(translate("Composer", "Reply &in"), self)
        reply_in.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(reply_in)
        layout.addWidget(self.combo)

    def locale(self) -> str:
        return self.combo.currentData() or "en"

    def set_locale(self, tag: str, offered: list[str], buyer: str | None) -> bool:
        """Offer the `offered` languages (English always, the buyer's own tag such as
        "ko-KR" standing for its language) with `tag` chosen; True when that changed it."""
        before = self.combo.currentData()
        tags = {_language_part(t): t for t in ("en", *offered)}
        if buyer:
            tags[_language_part(buyer)] = buyer
        tags[_language_part(tag)] = tag
        self.combo.blockSignals(True)
        self.combo.clear()
        for choice in sorted(tags.values(), key=self._language.language_name):
            self.combo.addItem(self._language.language_name(choice) or choice, choice)
        self.combo.setCurrentIndex(self.combo.findData(tag))
        self.combo.blockSignals(False)
        return tag != before

    def clear_buyer(self) -> None:
        self.label.setText("")

    def show_finding(self) -> None:
        self.label.setText(translate("Composer", "Finding the buyer's language…"))

    def show_buyer(self, found: BuyerLanguage) -> None:
        name = self._language.language_name(found.locale)
        if found.locale is None:
            text = translate("Composer", "Buyer's language unknown — replies in English")
        elif found.source == "detected":
            text = fill(translate("Composer", "Buyer writes %1 (detected)"), name)
        elif found.source == "customer":
            text = fill(translate("Composer", "Buyer writes %1 (from the customer record)"), name)
        else:
            text = fill(translate("Composer", "Buyer writes %1 (from the case)"), name)
        self.label.setText(text)

    def show_failure(self, error: BaseException) -> None:
        self.label.setText(
            fill(translate("Composer", "The buyer's language could not be found: %1"), error)
        )
