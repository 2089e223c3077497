"""The composer's right-hand panel: find a canned reply, then read it in your own language.

A search field over the library sits on top; below it either the list of
templates (the case's fitting ones first) or, once one is picked, its
preview in the agent's language. Sharing the column keeps the editor wide.
The library is loaded on the pool by the composer and handed in; searching
it is an in-memory scan of a few dozen templates, quick enough to run as the
agent types.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import replies
from app.ui.core.i18n import Language, fill, translate
from app.ui.core.style import Tone, colour, text_style

KEY_ROLE = Qt.UserRole


def _language_of(tag: str) -> str:
    """ "ko" for "ko", "ko-KR" and "ko_KR"."""
    return tag.replace("_", "-").split("-")[0].lower()


class _SearchField(QLineEdit):
    """The search field; Down moves into the list, Enter takes the first template."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class TemplatePicker(QWidget):
    """Search, template list and preview.

    Signals:
        template_picked(str): the key of the template the agent chose.
        manage_requested(): the agent wants to edit the shop's templates.
    """

    template_picked = Signal(str)
    manage_requested = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._library: replies.ReplyLibrary | None = None
        self._reason: str | None = None
        self._status: str | None = None
        self._reply_locale = "en"
        self.search = _SearchField(self)
        self.search.setObjectName("templateSearch")
        self.search.setPlaceholderText(translate("Composer", "Find a template (Ctrl+T)"))
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(self._search_edited)
        self.search.returnPressed.connect(self._pick_first)
        self.search.down_pressed.connect(self._enter_list)
        self.list = QListWidget(self)
        self.list.setObjectName("templates")
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._picked)
        self.list.itemActivated.connect(self._picked)
        self.problem = QLabel(self)
        self.problem.setObjectName("templateProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(text_style(Tone.WARNING))
        self.problem.hide()
        self.manage_button = QPushButton(translate("Composer", "Manage templates…"), self)
        self.manage_button.clicked.connect(lambda: self.manage_requested.emit())
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list, 1)
        list_layout.addWidget(self.problem)
        list_layout.addWidget(self.manage_button, 0, Qt.AlignTrailing)

        self.preview_title = QLabel(self)
        self.preview_title.setObjectName("previewTitle")
        self.preview_title.setStyleSheet("font-weight: 600;")
        self.preview_title.setWordWrap(True)
        self.back_button = QPushButton(translate("Composer", "All templates"), self)
        self.back_button.setToolTip(translate("Composer", "Back to the list of templates"))
        self.back_button.clicked.connect(self.show_list)
        title_row = QHBoxLayout()
        title_row.addWidget(self.preview_title, 1)
        title_row.addWidget(self.back_button)
        self.preview_note = QLabel(
            translate("Composer", "This shows the template as picked, not your edits."), self
        )
        self.preview_note.setObjectName("previewNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.setStyleSheet(text_style(Tone.MUTED, italic=True))
        self.preview_note.hide()
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        preview_page = QWidget(self)
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addLayout(title_row)
        preview_layout.addWidget(self.preview_note)
        preview_layout.addWidget(self.preview, 1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(list_page)
        self.pages.addWidget(preview_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.pages, 1)

    # Input -----------------------------------------------------------------------------

    def set_library(self, library: replies.ReplyLibrary) -> None:
        self._library = library
        problems = list(library.problems)
        self.problem.setVisible(bool(problems))
        if problems:
            self.problem.setText(
                fill(
                    translate(
                        "Composer",
                        "Templates with problems (not offered): %1. See Manage templates…",
                    ),
                    len(problems),
                )
            )
            self.problem.setToolTip("\n".join(str(p) for p in problems))
        self._refill()

    def show_problem(self, error: BaseException) -> None:
        self.problem.setText(
            fill(translate("Composer", "The templates could not be loaded: %1"), error)
        )
        self.problem.show()

    def set_context(self, reason: str | None, status: str | None, reply_locale: str) -> None:
        """Which templates fit (the case's reason and status) and the reply's language."""
        if (reason, status, reply_locale) != (self._reason, self._status, self._reply_locale):
            self._reason, self._status, self._reply_locale = reason, status, reply_locale
            self._refill()

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def show_list(self) -> None:
        self.pages.setCurrentIndex(0)

    def show_preview(self, title: str, text: str, rtl: bool) -> None:
        """The picked template in the agent's language (read-only, for reference)."""
        self.preview_title.setText(title)
        direction = Qt.RightToLeft if rtl else Qt.LeftToRight
        self.preview.setLayoutDirection(direction)
        option = self.preview.document().defaultTextOption()
        option.setTextDirection(direction)
        self.preview.document().setDefaultTextOption(option)
        self.preview.setPlainText(text)
        self.preview_note.hide()
        self.pages.setCurrentIndex(1)

    def clear_preview(self) -> None:
        self.preview.clear()
        self.preview_note.hide()
        self.show_list()

    # Queries ---------------------------------------------------------------------------

    def template(self, key: str) -> replies.Template | None:
        """The template called `key`, or None (not loaded yet, or deleted meanwhile)."""
        return (
            next((t for t in self._library.templates if t.key == key), None)
            if self._library
            else None
        )

    def locales(self) -> list[str]:
        """Every language some template of the library is written in."""
        if self._library is None:
            return []
        return sorted({locale for t in self._library.templates for locale in t.variants})

    def template_keys(self) -> list[str]:
        """The template keys in the order listed."""
        return [
            self.list.item(row).data(KEY_ROLE)
            for row in range(self.list.count())
            if self.list.item(row).data(KEY_ROLE)
        ]

    # Listing ---------------------------------------------------------------------------

    def _search_edited(self) -> None:
        self.show_list()
        self._refill()

    def _refill(self) -> None:
        self.list.clear()
        library = self._library
        if library is None:
            return
        text = self.search.text().strip()
        suggested = library.suggest(self._reason, self._status) if self._reason is not None else []
        if text:
            found = library.search(text, self._language.tag)
            fitting = {t.key for t in suggested}
            groups = [
                (translate("Composer", "Found, fitting this case"),
                 [t for t in found if t.key in fitting]),
                (translate("Composer", "Found"), [t for t in found if t.key not in fitting]),
            ]  # fmt: skip
            if not found:
                self._header(fill(translate("Composer", "No template matches “%1”."), text))
        else:
            keys = {t.key for t in suggested}
            rest = sorted(
                (t for t in library.templates if t.key not in keys),
                key=lambda t: t.name_for(self._language.tag).casefold(),
            )
            groups = [
                (translate("Composer", "Suggested for this case"), suggested),
                (translate("Composer", "All other templates"), rest),
            ]
        for title, templates in groups:
            if templates:
                self._header(title)
                for template in templates:
                    self._add(template)

    def _header(self, title: str) -> None:
        item = QListWidgetItem(title, self.list)
        item.setFlags(Qt.NoItemFlags)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(colour(Tone.MUTED))

    def _add(self, template: replies.Template) -> None:
        name = template.name_for(self._language.tag)
        if template.source == "shop":
            name = fill(translate("Composer", "%1 (shop)"), name)
        item = QListWidgetItem(name, self.list)
        item.setData(KEY_ROLE, template.key)
        chain = replies.fallback_chain(self._reply_locale)
        used = next((locale for locale in chain if locale in template.variants), None)
        if used is None or _language_of(used) != _language_of(self._reply_locale):
            item.setForeground(colour(Tone.FAINT))
            item.setToolTip(
                fill(
                    translate("Composer", "No %1 version: the reply would be in %2."),
                    self._language.language_name(self._reply_locale),
                    self._language.language_name(used or "en"),
                )
            )
        else:
            item.setToolTip(template.name_for(self._reply_locale))

    # Picking ---------------------------------------------------------------------------

    def _picked(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if key:
            self.template_picked.emit(key)

    def _pick_first(self) -> None:
        keys = self.template_keys()
        if keys:
            self.template_picked.emit(keys[0])

    def _enter_list(self) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE):
                self.list.setCurrentRow(row)
                self.list.setFocus(Qt.TabFocusReason)
                return
