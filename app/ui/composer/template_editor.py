"""The shop's own reply templates: list, edit in a form, check, save, delete.

A seller should not have to write TOML: the form has the key, the reasons and
statuses the template fits, and one tab per language with name, subject and
body (`variant_form`). Before anything is saved the template is checked on the
pool (`template_check`): the library's own checks, and each language's body,
filled with sample facts, through the compliance check; a template the
marketplace would refuse is not saved. Saving and deleting are writes of the
shop's data (rows with operations), run by the writer thread; after each the
list and the composer's picker read the library again.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import CaseReason, CaseStatus
from app.services import replies
from app.services.core.profile import Profile
from app.ui.composer.compliance_text import finding_text
from app.ui.composer.template_check import TemplateCheck, check_template
from app.ui.composer.variant_form import (
    PLACEHOLDER_USE,
    VariantForm,
    placeholder_label,
    plural_snippet,
)
from app.ui.core.i18n import Language, fill, translate
from app.ui.core.labels import reason_label, status_label
from app.ui.core.style import Tone, text_style
from app.ui.core.tasks import TaskManager


class TemplateEditorDialog(QDialog):
    """Signals:
    saved(): a shop template was saved or deleted; whoever lists templates reloads them.
    """

    saved = Signal()

    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.setWindowTitle(translate("Templates", "Reply templates"))
        self._profile = profile
        self._tasks = tasks
        self._language = language
        self._library: replies.ReplyLibrary | None = None
        self._editing: replies.Template | None = None  # None: a new template
        self._baseline: str | None = None  # the form as shown, to tell unsaved edits
        self._build()
        self.resize(900, 620)
        self.reload()

    # Building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._selected)
        self.new_button = QPushButton(translate("Templates", "&New"), self)
        self.new_button.clicked.connect(self.new_template)
        self.copy_button = QPushButton(translate("Templates", "&Copy to edit"), self)
        self.copy_button.clicked.connect(self.copy_template)
        self.delete_button = QPushButton(translate("Templates", "&Delete"), self)
        self.delete_button.clicked.connect(self._ask_delete)
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.copy_button, self.delete_button):
            list_buttons.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(list_buttons)

        self.origin = QLabel(self)
        self.origin.setObjectName("templateOrigin")
        self.origin.setWordWrap(True)
        self.origin.setStyleSheet(text_style(Tone.MUTED))
        self.key = QLineEdit(self)
        self.key.setObjectName("templateKey")
        self.key.setPlaceholderText(translate("Templates", "lowercase_words, e.g. refund_sent"))
        self.reasons = self._checklist([(r.value, reason_label(r.value)) for r in CaseReason])
        self.statuses = self._checklist([(s.value, status_label(s.value)) for s in CaseStatus])
        fits = QGridLayout()
        fits.addWidget(QLabel(translate("Templates", "Case reasons"), self), 0, 0)
        fits.addWidget(QLabel(translate("Templates", "Case statuses"), self), 0, 1)
        fits.addWidget(self.reasons, 1, 0)
        fits.addWidget(self.statuses, 1, 1)
        self.variants = QTabWidget(self)
        self.variants.setObjectName("variantTabs")
        self.add_language = QComboBox(self)
        self.add_language.setObjectName("addLanguage")
        self.add_language.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.add_language.setMinimumContentsLength(16)
        self.add_language.activated.connect(self._add_language_chosen)
        self.remove_language = QPushButton(translate("Templates", "Remove this language"), self)
        self.remove_language.clicked.connect(self._remove_current_language)
        self.insert_button = QToolButton(self)
        self.insert_button.setText(translate("Templates", "Insert placeholder"))
        self.insert_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.insert_button)
        for name in replies.PLACEHOLDERS:
            action = menu.addAction(f"{placeholder_label(name)}  {{{name}}}")
            action.triggered.connect(partial(self._insert_placeholder, name))
        self.insert_button.setMenu(menu)
        language_row = QHBoxLayout()
        language_row.addWidget(self.insert_button)
        language_row.addStretch(1)
        language_row.addWidget(self.add_language)
        language_row.addWidget(self.remove_language)

        form = QFormLayout()
        form.addRow(translate("Templates", "&Key"), self.key)
        form.addRow(translate("Templates", "Fits (none ticked: any)"), fits)

        self.problems = QListWidget(self)
        self.problems.setObjectName("templateProblems")
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(110)
        self.problems.hide()
        self.status = QLabel(self)
        self.status.setObjectName("templateStatus")
        self.status.setWordWrap(True)
        self.check_button = QPushButton(translate("Templates", "Chec&k"), self)
        self.check_button.clicked.connect(self.check)
        self.save_button = QPushButton(translate("Templates", "&Save"), self)
        self.save_button.clicked.connect(self.save)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.origin)
        right_layout.addLayout(form)
        right_layout.addLayout(language_row)
        right_layout.addWidget(self.variants, 1)
        right_layout.addWidget(self.problems)

        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _checklist(self, items: list[tuple[str, str]]) -> QListWidget:
        box = QListWidget(self)
        box.setSelectionMode(QAbstractItemView.NoSelection)
        box.setMaximumHeight(100)
        for value, label in items:
            item = QListWidgetItem(label, box)
            item.setData(Qt.UserRole, value)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
        return box

    # Loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the templates again, keeping the one shown selected."""
        self._load(self._editing.key if self._editing else None)

    def _load(self, select: str | None = None, message: str = "") -> None:
        self._say(translate("Templates", "Loading the templates…"))
        self._tasks.run(
            replies.load_library,
            self._profile,
            on_done=partial(self._loaded, select, message),
            on_error=self._failed,
        )

    def _loaded(self, select: str | None, message: str, library: replies.ReplyLibrary) -> None:
        self._library = library
        self.list.blockSignals(True)
        self.list.clear()
        ordered = sorted(
            library.templates,
            key=lambda t: (t.source != "shop", t.name_for(self._language.tag).casefold()),
        )
        for template in ordered:
            kind = (
                translate("Templates", "shop")
                if template.source == "shop"
                else translate("Templates", "built-in")
            )
            item = QListWidgetItem(f"{template.name_for(self._language.tag)} ({kind})", self.list)
            item.setData(Qt.UserRole, template.key)
            item.setToolTip(template.key)
        keys = [self.list.item(row).data(Qt.UserRole) for row in range(self.list.count())]
        row = keys.index(select) if select in keys else (0 if keys else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        # What was typed is saved or was discarded by now: show the stored template.
        self._show_template(library.get(keys[row]) if row >= 0 else None)
        if library.problems:
            self._show_problems(
                [(str(problem), True) for problem in library.problems],
                translate("Templates", "Some template files could not be read:"),
            )
        elif message:
            self._say(message, Tone.OK)

    def _failed(self, error: BaseException) -> None:
        self._say(str(error), Tone.DANGER)

    def _selected(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None or self._library is None:
            return
        if not self._discard_edits():
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        self._show_template(self._library.get(item.data(Qt.UserRole)))

    def _discard_edits(self) -> bool:
        """True when nothing typed would be lost, or the seller agrees to lose it."""
        if self._baseline is None or self.template_text() == self._baseline:
            return True
        answer = QMessageBox.question(
            self,
            translate("Templates", "Unsaved changes"),
            translate("Templates", "Discard the changes to this template?"),
            QMessageBox.Discard | QMessageBox.Cancel,
            QMessageBox.Cancel,
        )
        return answer == QMessageBox.Discard

    def reject(self) -> None:
        if self._discard_edits():
            super().reject()

    # The form --------------------------------------------------------------------------

    def _show_template(self, template: replies.Template | None, *, editable: bool = False) -> None:
        """Fill the form; library templates are read-only until copied."""
        self._editing = template
        read_only = template is not None and template.source == "library" and not editable
        self.key.setText(template.key if template else "")
        for box, chosen in (
            (self.reasons, template.reasons if template else ()),
            (self.statuses, template.statuses if template else ()),
        ):
            for row in range(box.count()):
                item = box.item(row)
                item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in chosen else Qt.Unchecked)
                flags = Qt.ItemIsEnabled | (Qt.NoItemFlags if read_only else Qt.ItemIsUserCheckable)
                item.setFlags(flags)
        self.variants.clear()
        variants = template.variants if template else {"en": replies.Variant("en", "", "", "")}
        order = [loc for loc in replies.LIBRARY_LOCALES if loc in variants]
        order += sorted(loc for loc in variants if loc not in order)
        for locale in order:
            tab = self._add_tab(locale)
            tab.show_variant(variants[locale])
            tab.set_read_only(read_only)
        self.key.setReadOnly(read_only)
        for widget in (self.add_language, self.remove_language, self.insert_button):
            widget.setEnabled(not read_only)
        self.save_button.setEnabled(not read_only)
        self.check_button.setEnabled(not read_only)
        self.copy_button.setEnabled(template is not None and not editable)
        self.delete_button.setEnabled(template is not None and template.source == "shop")
        if template is None or editable:
            self.origin.setText(
                translate(
                    "Templates",
                    "Your shop's template. Saving it under the key of a built-in template "
                    "replaces that one for your shop.",
                )
            )
        elif read_only:
            self.origin.setText(
                translate("Templates", "Built-in template: read-only. Copy it to make your own.")
            )
        else:
            self.origin.setText(translate("Templates", "Your shop's template."))
        self._refresh_language_choices()
        self.problems.hide()
        self.status.setText("")
        self._baseline = self.template_text()

    def _add_tab(self, locale: str) -> VariantForm:
        tab = VariantForm(locale, self.variants)
        self.variants.addTab(tab, self._language.language_name(locale) or locale)
        return tab

    def _tabs(self) -> list[VariantForm]:
        return [self.variants.widget(i) for i in range(self.variants.count())]

    def _refresh_language_choices(self) -> None:
        present = {tab.locale for tab in self._tabs()}
        self.add_language.clear()
        self.add_language.addItem(translate("Templates", "Add a language…"), None)
        for locale in replies.LIBRARY_LOCALES:
            if locale not in present:
                self.add_language.addItem(self._language.language_name(locale), locale)
        self.add_language.setCurrentIndex(0)

    def _add_language_chosen(self, index: int) -> None:
        locale = self.add_language.itemData(index)
        if locale:
            tab = self._add_tab(locale)
            self.variants.setCurrentWidget(tab)
            self._refresh_language_choices()

    def _remove_current_language(self) -> None:
        if self.variants.count() > 1:
            self.variants.removeTab(self.variants.currentIndex())
            self._refresh_language_choices()

    def _insert_placeholder(self, name: str) -> None:
        tab = self.variants.currentWidget()
        if isinstance(tab, VariantForm):
            text = plural_snippet(tab.locale) if name == "days_left" else f"{{{name}}}"
            tab.body.insertPlainText(text)
            tab.body.setFocus()

    def new_template(self) -> None:
        if not self._discard_edits():
            return
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._show_template(None)
        self.key.setFocus()

    def copy_template(self) -> None:
        if self._editing is not None:
            self._show_template(self._editing, editable=True)

    def template_text(self) -> str:
        """The form as a template file."""
        return replies.template_to_toml(self.form_template())

    def form_template(self) -> replies.Template:
        """The form as a template; placeholders are the known names its texts use."""
        variants = {tab.locale: tab.variant() for tab in self._tabs()}
        used = {
            name
            for variant in variants.values()
            for name in PLACEHOLDER_USE.findall(variant.subject + variant.body)
            if name in replies.PLACEHOLDERS
        }
        return replies.Template(
            key=self.key.text().strip(),
            reasons=self._ticked(self.reasons),
            statuses=self._ticked(self.statuses),
            placeholders=tuple(name for name in replies.PLACEHOLDERS if name in used),
            variants=variants,
            source="shop",
            path=None,
        )

    @staticmethod
    def _ticked(box: QListWidget) -> tuple[str, ...]:
        return tuple(
            box.item(row).data(Qt.UserRole)
            for row in range(box.count())
            if box.item(row).checkState() == Qt.Checked
        )

    # Checking and saving ---------------------------------------------------------------

    def check(self, *, then_save: bool = False) -> None:
        template = self.form_template()
        self._say(translate("Templates", "Checking…"))
        self._tasks.run(
            check_template,
            template,
            on_done=partial(
                self._checked, replies.template_to_toml(template) if then_save else None
            ),
            on_error=self._failed,
        )

    def _checked(self, save_text: str | None, result: TemplateCheck) -> None:
        """Show what the check found; save `save_text` (what was checked) if nothing blocks."""
        lines = [(text, True) for text in result.problems] + [
            (
                f"{self._language.language_name(locale)}: {finding_text(finding)}",
                finding.severity == "block",
            )
            for locale, finding in result.findings
        ]
        if result.blocking:
            self._show_problems(
                lines,
                translate("Templates", "Not saved: fix these first.")
                if save_text
                else translate("Templates", "Fix these before saving:"),
            )
        elif lines:
            self._show_problems(lines, translate("Templates", "Warnings (it can be saved):"))
        else:
            self.problems.hide()
            self._say(translate("Templates", "No problems found."), Tone.OK)
        if save_text is None or result.blocking:
            return
        if self.template_text() != save_text:
            self._say(translate("Templates", "Changed while it was checked: save again."))
            return
        self._say(translate("Templates", "Saving…"))
        self._tasks.write(
            replies.save_shop_template,
            self._profile,
            save_text,
            on_done=partial(self._saved, save_text),
            on_error=self._failed,
        )

    def _saved(self, text: str, written: replies.TemplateWrite) -> None:
        self._baseline = text
        self._changed(written.key, translate("Templates", "Saved."))

    def _show_problems(self, lines: list[tuple[str, bool]], title: str) -> None:
        self.problems.clear()
        style = self.style()
        for text, blocking in lines:
            icon = style.standardIcon(
                QStyle.SP_MessageBoxCritical if blocking else QStyle.SP_MessageBoxWarning
            )
            QListWidgetItem(icon, text, self.problems)
        self.problems.show()
        self._say(title, Tone.DANGER if any(b for _, b in lines) else Tone.WARNING)

    def _say(self, text: str, tone: Tone = Tone.MUTED) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(text_style(tone))

    def save(self) -> None:
        """Check, then save on the writer thread if nothing blocks it."""
        self.check(then_save=True)

    def _changed(self, select: str | None, message: str) -> None:
        self.saved.emit()
        self._load(select, message)

    def _ask_delete(self) -> None:
        template = self._editing
        if template is None or template.source != "shop":
            return
        box = QMessageBox(
            QMessageBox.Question,
            translate("Templates", "Delete template"),
            fill(
                translate("Templates", "Delete your template “%1”?"),
                template.name_for(self._language.tag),
            ),
            QMessageBox.Yes | QMessageBox.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.Cancel)
        box.buttonClicked.connect(
            lambda button: (
                box.standardButton(button) == QMessageBox.Yes and self.delete_template(template.key)
            )
        )
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def delete_template(self, key: str) -> None:
        self._tasks.write(
            replies.delete_shop_template,
            self._profile,
            key,
            on_done=self._deleted,
            on_error=self._failed,
        )

    def _deleted(self, _written: replies.TemplateWrite) -> None:
        self._changed(None, translate("Templates", "Deleted."))
