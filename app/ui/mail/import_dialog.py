"""File > Import mail: pick .eml and mbox files or a Maildir folder and import them, with
a progress bar and Cancel; at the end, what was imported and each file refused, why.

The import runs as one long task on the pool (`TaskManager.start`): files are read,
parsed and stored there, and each batch of about 200 messages is written in one short
transaction (`mail.sources.import_paths`), so the window never waits for it. Cancel
stops between batches: what was imported stays, and a second import of the same files
finishes without duplicates. The changes go out on the bus once it ends.

`mail_paths(paths)` tells which dropped paths are mail, for the main window's drop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.core.profile import Profile
from app.services.mail.sources import (
    MAIL_EXTENSIONS,
    SNIFF_BYTES,
    MailImport,
    import_paths,
    is_maildir,
    looks_like_mail,
)
from app.ui.core.bus import ChangeBus
from app.ui.core.i18n import Language, fill, translate
from app.ui.core.style import Tone, text_style
from app.ui.core.tasks import Cancelled, Job, Task, TaskManager

_BAR_STEPS = 1000  # the bar counts thousandths: a byte count would overflow its int


def mail_paths(paths: list[Path]) -> list[Path]:
    """The dropped paths that are mail: named .eml/.mbox/.mbx, a Maildir folder, or a file
    whose first bytes are an mbox's or a mail's headers. Reads at most a few KB a file."""
    found = []
    for path in map(Path, paths):
        try:
            if path.is_dir():
                if is_maildir(path):
                    found.append(path)
                continue
            if path.suffix.lower() in MAIL_EXTENSIONS:
                found.append(path)
                continue
            with path.open("rb") as handle:
                if looks_like_mail(handle.read(SNIFF_BYTES)):
                    found.append(path)
        except OSError:
            continue  # unreadable: not offered as mail (the evidence drop will say why)
    return found


def run_import(job: Job, profile: Profile, paths: list[Path]) -> MailImport:
    """The pool step: `import_paths` reporting to `job` and stopping between batches
    once the job is cancelled (its result says so, with what was imported)."""
    return import_paths(profile, paths, progress=job.progress, cancelled=lambda: job.cancelled)


class MailImportDialog(QDialog):
    """Signals:
    finished_import(object): the `MailImport` once an import has ended (also cancelled).
    """

    finished_import = Signal(object)

    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        language: Language | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._tasks = tasks
        self._bus = bus
        self._language = language
        self._task: Task | None = None
        self.result_of_import: MailImport | None = None
        self.setObjectName("mailImportDialog")
        self.setWindowTitle(translate("MailImport", "Import mail"))
        self.resize(640, 480)

        intro = QLabel(
            translate(
                "MailImport",
                "Import .eml files, mbox files and Maildir folders. Each message goes to its "
                "case; messages already stored are skipped.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.paths = QListWidget(self)
        self.paths.setObjectName("mailImportPaths")
        self.add_files_button = QPushButton(translate("MailImport", "Add files…"), self)
        self.add_files_button.clicked.connect(self._pick_files)
        self.add_folder_button = QPushButton(translate("MailImport", "Add folder…"), self)
        self.add_folder_button.clicked.connect(self._pick_folder)
        picks = QHBoxLayout()
        picks.addWidget(self.add_files_button)
        picks.addWidget(self.add_folder_button)
        picks.addStretch(1)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("mailImportProgress")
        self.progress.setRange(0, _BAR_STEPS)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("mailImportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.refused = QListWidget(self)
        self.refused.setObjectName("mailImportRefused")
        # A reason is a sentence: wrapped to the width, never cut off at the side.
        self.refused.setWordWrap(True)
        self.refused.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.refused.setResizeMode(QListWidget.Adjust)
        self.refused.hide()

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            translate("MailImport", "Import"), QDialogButtonBox.AcceptRole
        )
        self.import_button.setObjectName("mailImportStart")
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(
            translate("MailImport", "Close"), QDialogButtonBox.RejectRole
        )
        self.close_button.setObjectName("mailImportClose")
        self.import_button.clicked.connect(self._start)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.paths, 1)
        layout.addLayout(picks)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.refused, 1)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------ choosing

    @property
    def running(self) -> bool:
        return self._task is not None

    def add_paths(self, paths: list[Path]) -> None:
        """Offer these files or folders for the next import (each once)."""
        shown = {self.paths.item(i).data(Qt.UserRole) for i in range(self.paths.count())}
        for path in map(Path, paths):
            if str(path) in shown:
                continue
            shown.add(str(path))
            item = QListWidgetItem(path.name or str(path), self.paths)
            item.setData(Qt.UserRole, str(path))
            item.setToolTip(str(path))
        self.import_button.setEnabled(self.paths.count() > 0 and not self.running)

    def chosen_paths(self) -> list[Path]:
        return [Path(self.paths.item(i).data(Qt.UserRole)) for i in range(self.paths.count())]

    def start(self, paths: list[Path] | None = None) -> None:
        """Import `paths` (added to the list) or the paths chosen so far."""
        if paths:
            self.add_paths(paths)
        self._start()

    def _pick_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            translate("MailImport", "Import mail"),
            "",
            translate("MailImport", "Mail files (*.eml *.mbox *.mbx);;All files (*)"),
        )
        self.add_paths([Path(n) for n in names])

    def _pick_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, translate("MailImport", "Choose a Maildir or a folder of mail")
        )
        if name:
            self.add_paths([Path(name)])

    # ------------------------------------------------------------------ running

    def _start(self) -> None:
        paths = self.chosen_paths()
        if self.running or not paths:
            return
        self.result_of_import = None
        self.refused.clear()
        self.refused.hide()
        self.progress.setValue(0)
        self.progress.show()
        self.status.setStyleSheet("")
        self.status.setText(translate("MailImport", "Reading the mail…"))
        self._set_running(True)
        self._task = self._tasks.start(
            run_import,
            self._profile,
            paths,
            on_done=self._finished,
            on_error=self._failed,
            on_progress=self._progressed,
        )

    def cancel(self) -> None:
        """Stop after the batch being written; what was imported stays."""
        if self._task is None:
            return
        self._task.cancel()
        self.close_button.setEnabled(False)
        self.status.setText(translate("MailImport", "Stopping after the current batch…"))

    def reject(self) -> None:
        """Cancel while importing (the dialog stays to show what was imported); close
        otherwise."""
        if self.running:
            self.cancel()
            return
        super().reject()

    def _set_running(self, running: bool) -> None:
        self.import_button.setEnabled(not running and self.paths.count() > 0)
        self.add_files_button.setEnabled(not running)
        self.add_folder_button.setEnabled(not running)
        self.close_button.setEnabled(True)
        self.close_button.setText(
            translate("MailImport", "Cancel") if running else translate("MailImport", "Close")
        )

    def _progressed(self, done: int, total: int, name: str) -> None:
        if self._task is None or self._task.cancelled:
            return
        self.progress.setValue(round(done * _BAR_STEPS / total) if total else 0)
        if name:
            self.status.setText(fill(translate("MailImport", "Importing %1…"), name))

    def _finished(self, result: MailImport) -> None:
        self._task = None
        self._set_running(False)
        self.result_of_import = result
        self._bus.publish(result)
        if not result.cancelled and result.stopped is None:
            self.progress.setValue(_BAR_STEPS)
        self._show_result(result)
        self.finished_import.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._set_running(False)
        self.progress.hide()
        if isinstance(error, Cancelled):  # cancelled before it started: nothing imported
            self.status.setStyleSheet("")
            self.status.setText(translate("MailImport", "Cancelled; nothing was imported."))
            self.finished_import.emit(None)
            return
        if not isinstance(error, UserError):
            self._bus.failed(error)  # a bug: logged with its traceback
        text = (
            str(error)
            if isinstance(error, UserError)
            else translate("MailImport", "The import failed; details are in the log file.")
        )
        self.status.setStyleSheet(text_style(Tone.DANGER))
        self.status.setText(text)
        self.finished_import.emit(None)

    def _show_result(self, result: MailImport) -> None:
        counts = fill(
            translate(
                "MailImport",
                "Imported: %1 · New cases: %2 · Already stored: %3 · Attachments as "
                "evidence: %4 · Refused: %5",
            ),
            self._number(result.imported),
            self._number(result.new_cases),
            self._number(result.duplicates),
            self._number(result.evidence),
            self._number(len(result.refused) + len(result.attachments_refused)),
        )
        lines = [counts]
        tone = Tone.OK
        if result.cancelled:
            lines.insert(
                0,
                translate(
                    "MailImport",
                    "Import cancelled. What was imported stays; import the same files again "
                    "to finish (nothing is stored twice).",
                ),
            )
            tone = Tone.WARNING
        if result.stopped is not None:
            lines.insert(0, fill(translate("MailImport", "The import stopped: %1"), result.stopped))
            tone = Tone.DANGER
        elif result.refused or result.attachments_refused:
            tone = Tone.WARNING
        self.status.setStyleSheet(text_style(tone))
        self.status.setText("\n".join(lines))
        for entry in result.refused:
            self._add_refused(entry["path"], entry["reason"])
        for entry in result.attachments_refused:
            self._add_refused(
                entry["path"],
                fill(
                    translate("MailImport", "Attachment %1 not kept: %2"),
                    entry["attachment"],
                    entry["reason"],
                ),
            )
        self.refused.setVisible(self.refused.count() > 0)

    def _add_refused(self, path: str, reason: str) -> None:
        name = Path(path.rsplit("#", 1)[0]).name
        number = path.rsplit("#", 1)[1] if "#" in Path(path).name else None
        shown = fill(translate("MailImport", "%1, message %2"), name, number) if number else name
        item = QListWidgetItem(fill(translate("MailImport", "%1: %2"), shown, reason), self.refused)
        item.setToolTip(path)
        item.setData(Qt.UserRole, path)

    def _number(self, value: int) -> str:
        return self._language.number(value) if self._language is not None else str(value)
