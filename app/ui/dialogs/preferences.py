"""Preferences: the agent's name and evidence size limit (the shop's), the UI language,
the mailbox and the team sign-in (this device's).

Each setting is declared once, with its key, type, default and scope, in
`app.services.core.settings` (STYLE.md habit 6); the dialog takes ranges and
defaults from there. The shop's settings are written by the profile with an
operation each; this device's stay in the Qt settings file, except the mailbox, which
the Mail page (`mail_account.py`) stores in the profile and the system keyring.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.core import settings as declared
from app.services.core.changes import Changes
from app.services.core.profile import Profile
from app.ui.core.i18n import I18N_DIR, Language, saved_language, translate
from app.ui.core.style import Tone, text_style
from app.ui.core.tasks import TaskManager

log = logging.getLogger(__name__)

UI_LANGUAGE = declared.UI_LANGUAGE  # "" = the system's language
LANGUAGE_KEY = UI_LANGUAGE.key


def available_languages() -> list[tuple[str, str]]:
    """(tag, name in its own language) for English and every shipped catalog."""
    tags = ["en"] + sorted(
        path.stem.removeprefix("workbench_").replace("_", "-")
        for path in I18N_DIR.glob("workbench_*.qm")
    )
    names = [Language(tag).babel.get_display_name() for tag in tags]
    return [(tag, name[:1].upper() + name[1:]) for tag, name in zip(tags, names, strict=True)]


class PreferencesDialog(QDialog):
    """The agent's preferences; once accepted, `changes` says what the shop's writes changed
    and `mail_saved` whether the mailbox was saved (the fetcher should try it at once).

    With `tasks` it has a Mail page (the mailbox is read, saved and tested off the UI
    thread) and a Team page (signing in to the team service, at once, on the pool);
    without, only the general one."""

    def __init__(
        self,
        profile: Profile,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        tasks: TaskManager | None = None,
    ):
        super().__init__(parent)
        self._profile = profile
        self._settings = settings
        self.changes = Changes()
        self.mail_saved = False
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.name = QLineEdit(profile.agent, self)
        self.name.setToolTip(
            translate("Preferences", "Cases assigned to this name show in the Mine view")
        )
        self.language = QComboBox(self)
        self.language.addItem(translate("Preferences", "The system's language"), "")
        for tag, name in available_languages():
            self.language.addItem(name, tag)
        index = self.language.findData(saved_language(settings) or "")
        self.language.setCurrentIndex(max(0, index))
        self.evidence_limit = QSpinBox(self)
        self.evidence_limit.setRange(*declared.EVIDENCE_MAX_MB.bounds)
        self.evidence_limit.setValue(profile.evidence_max_mb)
        self.evidence_limit.setSuffix(" MB")
        self.evidence_limit.setToolTip(
            translate(
                "Preferences",
                "Larger files are refused as evidence. The marketplace's messages take "
                "attachments up to 10 MB.",
            )
        )
        self.note = QLabel(
            translate("Preferences", "A new language applies the next time the workbench starts."),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet(text_style(Tone.MUTED))
        self.problem = QLabel(self)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        general = QWidget(self)
        form = QFormLayout()
        form.addRow(translate("Preferences", "Your name"), self.name)
        form.addRow(translate("Preferences", "Language"), self.language)
        form.addRow(translate("Preferences", "Largest evidence file"), self.evidence_limit)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(self.note)
        general_layout.addStretch(1)
        self.pages = QTabWidget(self)
        self.pages.addTab(general, translate("Preferences", "General"))
        self.mail = None
        if tasks is not None:
            from app.ui.dialogs.mail_account import MailAccountPage

            self.mail = MailAccountPage(profile, tasks, self)
            self.pages.addTab(self.mail, translate("Preferences", "Mail"))
        self.team = None
        if tasks is not None:
            from app.ui.sync.account_page import TeamAccountPage

            self.team = TeamAccountPage(profile, tasks, self)
            self.pages.addTab(self.team, translate("Preferences", "Team"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        """The shop's settings through the profile (an operation each), then this device's;
        the mailbox is checked first (nothing is saved while it is wrong), saved last."""
        if self.mail is not None:
            try:
                self.mail.account()
            except UserError as error:
                self._mail_failed(error)
                return
        try:
            if self.name.text().strip() != self._profile.agent:
                self.changes |= self._profile.set_agent(self.name.text())
            if self.evidence_limit.value() != self._profile.evidence_max_mb:
                self.changes |= self._profile.set_evidence_max_mb(self.evidence_limit.value())
        except UserError as error:
            self.problem.setText(str(error))
            return
        self._settings.setValue(UI_LANGUAGE.key, self.language.currentData())
        self._settings.sync()
        if self.mail is None or not self.mail.has_changes():
            self.accept()
            return
        try:
            self.buttons.setEnabled(False)
            self.mail.save(on_done=self._mail_saved, on_error=self._mail_failed)
        except UserError as error:
            self._mail_failed(error)

    def _mail_saved(self) -> None:
        self.mail_saved = True
        self.accept()

    def _mail_failed(self, error: BaseException) -> None:
        """The mailbox was not saved: the page shows, with why (a bug is logged)."""
        self.buttons.setEnabled(True)
        self.pages.setCurrentWidget(self.mail)
        if isinstance(error, UserError):
            self.problem.setText(str(error))
        else:
            log.error("the mailbox could not be saved", exc_info=error)
            self.problem.setText(
                translate(
                    "Preferences",
                    "The mailbox could not be saved. Details are in the log file.",
                )
            )
