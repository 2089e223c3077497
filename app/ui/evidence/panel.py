"""A case's evidence: the checklist for its reason, the files, adding and exporting.

Files come in by drag and drop, the file dialog or the clipboard. Checking,
hashing and copying run on the pool with progress and a Cancel button, and only
the rows go through the database writer (`intake_controller`), so adding 200
photos or a 25 MB file never freezes the window nor holds up a reply being
sent; exporting runs on the pool too (`panel_export`); thumbnails are made on
the pool and kept in a small cache. Nothing is opened by another program unless
the agent asks, and programs get a warning before they are even kept.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.cases.detail import CaseDetail, EvidenceInfo
from app.services.core.profile import Profile
from app.services.evidence.attach import (
    EVIDENCE_KINDS,
    remove_evidence,
    restore_evidence,
    update_evidence,
)
from app.services.evidence.export import ExportResult, copy_out
from app.services.evidence.intake import NOT_ADDED_CANCELLED, AttachResult
from app.ui.core.i18n import Language, fill, isolate, translate
from app.ui.core.labels import evidence_kind_label
from app.ui.core.style import Tone, text_style
from app.ui.core.tasks import TaskManager
from app.ui.evidence.export_dialog import ExportDialog
from app.ui.evidence.intake import (
    FileDropFilter,
    Incoming,
    ask_keep_programs,
    find_programs,
    save_images,
)
from app.ui.evidence.intake_controller import EvidenceIntake, remove_scratch
from app.ui.evidence.panel_checklist import checklist_text
from app.ui.evidence.panel_export import EvidenceExport
from app.ui.evidence.panel_notice import ERROR, INFO, NoticeBar
from app.ui.evidence.strip import EvidenceStrip
from app.ui.evidence.viewer import EvidenceViewer


@dataclass(frozen=True)
class _Job:
    """Files being added to (or exported from) a case, which may no longer be the one shown."""

    kind: str  # "add" or "export"
    case_id: uuid.UUID
    ref: str


class EvidencePanel(QGroupBox):
    """Signals:
    changes_made(Changes): a write finished (the main window publishes it on the bus).
    failed(object): a write failed with this exception.
    """

    changes_made = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("CaseSidebar", "Evidence"), parent)
        self.setObjectName("evidenceBox")
        self._profile = profile
        self._tasks = tasks
        self._language = language
        self._detail: CaseDetail | None = None
        self._items: tuple[EvidenceInfo, ...] = ()
        self._job: _Job | None = None  # adding or exporting files, one at a time
        self._viewer: EvidenceViewer | None = None
        self.settings: QSettings | None = None  # the user's settings, for the viewer's geometry

        self.intake = EvidenceIntake(profile, tasks, self)
        self.intake.progress.connect(self._on_progress)
        self.intake.finished.connect(self._attached)
        self.intake.failed.connect(self._job_failed)
        self.exporter = EvidenceExport(profile, tasks, self)
        self.exporter.progress.connect(self._on_progress)
        self.exporter.finished.connect(self._exported)
        self.exporter.failed.connect(self._job_failed)

        self.checklist_label = QLabel(self)
        self.checklist_label.setObjectName("evidenceChecklist")
        self.checklist_label.setWordWrap(True)
        self.checklist_label.setTextFormat(Qt.RichText)

        self.add_button = QToolButton(self)
        self.add_button.setText(translate("Evidence", "Add files…"))
        self.add_button.setToolTip(
            translate("Evidence", "Add photos, screenshots or PDF receipts (or drop them here)")
        )
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button = QToolButton(self)
        self.paste_button.setText(translate("Evidence", "Paste"))
        self.paste_button.setToolTip(
            translate("Evidence", "Add the picture or files on the clipboard (Ctrl+Shift+V)")
        )
        self.paste_button.clicked.connect(self.paste)
        self.export_button = QToolButton(self)
        self.export_button.setText(translate("Evidence", "Export…"))
        self.export_button.setToolTip(
            translate("Evidence", "Save the files and a manifest as one zip for a claim")
        )
        self.export_button.clicked.connect(self.export)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        self.strip = EvidenceStrip(profile.blobs.path_for, tasks, language, self)
        self.strip.setContextMenuPolicy(Qt.CustomContextMenu)
        self.strip.customContextMenuRequested.connect(self._context_menu)
        self.strip.itemActivated.connect(lambda item: self.open_viewer(self.strip.row(item)))
        self.empty_label = QLabel(
            translate("Evidence", "No files yet. Drop photos, screenshots or receipts here."), self
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(text_style(Tone.MUTED))

        self.progress = QProgressBar(self)
        self.progress.setObjectName("evidenceProgress")
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(translate("Evidence", "Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.setContentsMargins(0, 0, 0, 0)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget(self)
        self.progress_box.setLayout(progress_row)
        self.progress_box.hide()

        self.notice_bar = NoticeBar(self)
        self.notice = self.notice_bar.label
        self.undo_button = self.notice_bar.undo_button

        layout = QVBoxLayout(self)
        layout.addWidget(self.checklist_label)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.strip, 1)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.notice_bar)

        self.drops = FileDropFilter(self)
        self.drops.dropped.connect(self.add_incoming)
        self.drops.watch(self)
        self.drops.watch(self.strip.viewport())
        for keys, slot in (
            (QKeySequence.Paste, self.paste),
            (QKeySequence.Delete, self.remove_selected),
        ):
            QShortcut(keys, self.strip, slot, context=Qt.WidgetShortcut)
        self.setEnabled(False)

    # Showing --------------------------------------------------------------------------

    @property
    def case_id(self) -> uuid.UUID | None:
        return None if self._detail is None else self._detail.id

    def show_detail(self, detail: CaseDetail) -> None:
        same_case = self._detail is not None and self._detail.id == detail.id
        if not same_case:
            self.clear_notice()
        self._detail = detail
        self.setEnabled(True)
        self.progress_box.setVisible(self._job is not None and self._job.case_id == detail.id)
        self.checklist_label.setText(checklist_text(detail, self._language))
        # A write that did not touch the files (a status, a reply) leaves the strip as it
        # is: rebuilding hundreds of tiles is a visible pause.
        if not same_case or detail.evidence != self._items:
            self._items = detail.evidence
            self._show_strip(detail.evidence)
        if self._viewer is not None and self._viewer.isVisible():
            for info in detail.evidence:
                self._viewer.update_item(info)

    def _show_strip(self, evidence: tuple[EvidenceInfo, ...]) -> None:
        self.empty_label.setVisible(not evidence)
        self.strip.setVisible(bool(evidence))
        self.export_button.setEnabled(bool(evidence))
        self.strip.show_files(evidence)

    # Adding ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        if self.case_id is None:
            return
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            translate("Evidence", "Add evidence"),
            "",
            translate("Evidence", "Photos, screenshots and documents")
            + " (*.jpg *.jpeg *.png *.gif *.webp *.heic *.heif *.bmp *.tif *.tiff *.pdf);;"
            + translate("Evidence", "All files")
            + " (*)",
        )
        if names:
            self.add_files([Path(n) for n in names])

    def paste(self) -> None:
        if self.case_id is None:
            return
        incoming = Incoming.from_mime(QGuiApplication.clipboard().mimeData())
        if not incoming and not incoming.remote:
            self.show_notice(
                translate("Evidence", "The clipboard holds no picture or file to add."), INFO
            )
            return
        self.add_incoming(incoming)

    def add_incoming(self, incoming: Incoming) -> None:
        case_id = self.case_id
        if case_id is None or not self._can_start():
            return
        if incoming.remote and not incoming:
            self.show_notice(
                translate(
                    "Evidence",
                    "Only files on this computer can be added. Save the picture first, "
                    "then add the saved file.",
                ),
                ERROR,
            )
            return
        if not incoming.images:
            self.add_files(incoming.paths)
            return
        scratch = Path(tempfile.mkdtemp(prefix="workbench-paste-"))

        def failed(error: BaseException) -> None:
            self._drop_scratch(scratch)
            if not isinstance(error, UserError):
                self._fail(error)
                return
            self.show_notice(
                fill(translate("Evidence", "The picture could not be saved: %1"), str(error)),
                ERROR,
            )

        self._tasks.run(
            save_images,
            [QImage(image) for image in incoming.images],
            scratch,
            on_done=lambda paths: self.add_files(
                incoming.paths + paths, case_id=case_id, scratch=scratch
            ),
            on_error=failed,
        )

    def add_files(
        self,
        paths: Sequence[Path],
        *,
        case_id: uuid.UUID | None = None,
        scratch: Path | None = None,
    ) -> None:
        """Check for programs (on the pool), ask about them, then store and record them.

        `case_id`: the case the agent added them to (the one shown, unless the files
        took a while to prepare); `scratch`: a folder of pasted pictures, removed after.
        """
        case_id = case_id or self.case_id
        if case_id is None or not paths or not self._can_start():
            self._drop_scratch(scratch)
            return
        self._job = _Job("add", case_id, self._ref_of(case_id))

        def failed(error: BaseException) -> None:
            self._job = None
            self._drop_scratch(scratch)
            self._fail(error)

        self._tasks.run(
            find_programs,
            list(paths),
            on_done=lambda programs: self._confirm_and_attach(
                case_id, list(paths), programs, scratch
            ),
            on_error=failed,
        )

    def _drop_scratch(self, scratch: Path | None) -> None:
        """Pasted pictures are copies of customer data: their folder goes when unused."""
        if scratch is not None:
            self._tasks.run(remove_scratch, scratch)

    def _can_start(self) -> bool:
        if self._job is None:
            return True
        self.show_notice(
            translate("Evidence", "Files are still being added; wait for them to finish.")
            if self._job.kind == "add"
            else translate("Evidence", "The evidence is being exported; wait for it to finish."),
            ERROR,
        )
        return False

    def _ref_of(self, case_id: uuid.UUID) -> str:
        return self._detail.ref if self._detail and self._detail.id == case_id else ""

    def _confirm_and_attach(
        self,
        case_id: uuid.UUID,
        paths: list[Path],
        programs: list[str],
        scratch: Path | None,
    ) -> None:
        allow = bool(programs) and ask_keep_programs(self, programs)
        if programs and not allow:
            paths = [p for p in paths if p.name not in programs]
            if not paths:
                self._job = None
                self._drop_scratch(scratch)
                return
        self._show_progress(len(paths), translate("Evidence", "Adding files…"), cancellable=True)
        self.intake.start(case_id, paths, allow_executable=allow, scratch=scratch)

    def _show_progress(self, total: int, text: str, *, cancellable: bool) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.setFormat(text)
        self.cancel_button.setEnabled(cancellable)
        self.progress_box.setVisible(self._job is not None and self._job.case_id == self.case_id)

    def _on_progress(self, done: int, total: int, name: str) -> None:
        if self._job is None:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if self._job.kind == "add" and not self.cancel_button.isEnabled():
            return  # cancelled: "Stopping after this file…" stays until it has stopped
        wording = (
            translate("Evidence", "Added %1 of %2: %3")
            if self._job.kind == "add"
            else translate("Evidence", "Exported %1 of %2: %3")
        )
        self.progress.setFormat(
            fill(wording, self._language.number(done), self._language.number(total), name)
        )

    def cancel(self) -> None:
        if self._job is not None and self._job.kind == "add" and self.intake.cancel():
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(translate("Evidence", "Stopping after this file…"))

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _finish_job(self) -> _Job | None:
        job, self._job = self._job, None
        self.progress_box.hide()
        return job

    def _job_notice(self, job: _Job | None, text: str, level: str) -> None:
        """A finished job's outcome; named by its case when the agent has moved on."""
        if job is not None and job.case_id != self.case_id:
            text = fill(translate("Evidence", "Case %1: %2"), job.ref, text)
        self.show_notice(text, level)

    def _attached(self, result: AttachResult) -> None:
        job = self._finish_job()
        self.changes_made.emit(result.changes)
        lines = []
        if result.added:
            lines.append(
                fill(
                    translate("Evidence", "Added %1 file(s)."),
                    self._language.number(len(result.added)),
                )
            )
        left = [n for n, reason in result.refused if reason == NOT_ADDED_CANCELLED]
        if left:
            lines.append(
                fill(
                    translate("Evidence", "Stopped: %1 file(s) were not added."),
                    self._language.number(len(left)),
                )
            )
        # Each reason names its file.
        lines += [r for _n, r in result.refused if r != NOT_ADDED_CANCELLED]
        lines += list(result.warnings)
        refused = len(result.refused) > len(left)
        self._job_notice(job, "\n".join(lines), ERROR if refused else INFO)

    def _job_failed(self, error: BaseException) -> None:
        self._finish_job()
        self._fail(error)

    def _fail(self, error: BaseException) -> None:
        """Say what went wrong beside the files; the main window logs bugs."""
        self.failed.emit(error)
        if isinstance(error, UserError):
            text = str(error)
        else:
            text = translate("Evidence", "Something went wrong; nothing was changed.")
        self.show_notice(text, ERROR)

    # Notices and undo -----------------------------------------------------------------

    def show_notice(self, text: str, level: str, undo: Callable[[], None] | None = None) -> None:
        """`level`: `panel_notice.ERROR` or `INFO`."""
        self.notice_bar.show_text(text, level, undo)

    def clear_notice(self) -> None:
        self.notice_bar.clear()

    # Acting on files ------------------------------------------------------------------

    def _selected(self) -> list[EvidenceInfo]:
        rows = sorted(self.strip.row(item) for item in self.strip.selectedItems())
        return [self._items[r] for r in rows if 0 <= r < len(self._items)]

    def _context_menu(self, pos) -> None:  # noqa: ANN001
        item = self.strip.itemAt(pos)
        if item is None:
            menu = QMenu(self)
            menu.addAction(translate("Evidence", "Add files…"), self.choose_files)
            menu.addAction(translate("Evidence", "Paste"), self.paste)
            menu.exec(self.strip.viewport().mapToGlobal(pos))
            return
        if not item.isSelected():
            self.strip.setCurrentItem(item)
        row = self.strip.row(item)
        menu = QMenu(self)
        menu.addAction(translate("Evidence", "Open"), lambda: self.open_viewer(row))
        kinds = menu.addMenu(translate("Evidence", "Kind"))
        for kind in EVIDENCE_KINDS:
            action = QAction(evidence_kind_label(kind), kinds)
            action.setCheckable(True)
            action.setChecked(self._items[row].kind == kind)
            action.triggered.connect(partial(self._set_kind, self._selected(), kind))
            kinds.addAction(action)
        menu.addAction(translate("Evidence", "Save a copy…"), lambda: self.save_copy(row))
        menu.addSeparator()
        menu.addAction(translate("Evidence", "Remove"), self.remove_selected)
        menu.exec(self.strip.viewport().mapToGlobal(pos))

    def _write(
        self,
        fn: Callable,
        *args: object,
        on_done: Callable | None = None,
        **kwargs: object,
    ) -> None:
        def done(result: object) -> None:
            self.changes_made.emit(result)
            if on_done is not None:
                on_done(result)

        self._tasks.write(
            partial(fn, self._profile, *args, **kwargs), on_done=done, on_error=self._fail
        )

    def _set_kind(self, items: list[EvidenceInfo], kind: str) -> None:
        for info in items:
            self._write(update_evidence, info.id, kind=kind)

    def _save_metadata(self, evidence_id: uuid.UUID, kind: str, caption: str) -> None:
        self._write(update_evidence, evidence_id, kind=kind, caption=caption)

    def remove_selected(self) -> None:
        items = self._selected()
        if not items:
            return

        def remove_all(profile: Profile):  # noqa: ANN202
            changes = None
            for info in items:
                result = remove_evidence(profile, info.id)
                changes = result if changes is None else changes | result
            return changes

        def restore_all(profile: Profile):  # noqa: ANN202
            changes = None
            for info in items:
                result = restore_evidence(profile, info.id)
                changes = result if changes is None else changes | result
            return changes

        names = ", ".join(isolate(i.name) for i in items)
        self._write(
            remove_all,
            on_done=lambda _r: self.show_notice(
                fill(translate("Evidence", "Removed %1."), names),
                INFO,
                undo=lambda: self._write(restore_all),
            ),
        )

    def open_viewer(self, row: int) -> None:
        if not 0 <= row < len(self._items):
            return
        if self._viewer is None:
            self._viewer = EvidenceViewer(
                self._items,
                row,
                self._profile.blobs.path_for,
                self._tasks,
                self._language,
                self,
                settings=self.settings,
            )
            self._viewer.metadata_edited.connect(self._save_metadata)
        else:
            self._viewer.set_items(self._items, row)
        self._viewer.show()
        self._viewer.raise_()
        self._viewer.activateWindow()

    def save_copy(self, row: int) -> None:
        info = self._items[row]
        target, _filter = QFileDialog.getSaveFileName(
            self, translate("Evidence", "Save a copy"), info.name
        )
        if not target:
            return
        source = self._profile.blobs.path_for(info.sha256)
        self._tasks.run(
            copy_out,
            source,
            Path(target),
            on_done=lambda _r: self.show_notice(
                fill(translate("Evidence", "Saved a copy as %1."), target), INFO
            ),
            on_error=self._fail,
        )

    # Export ---------------------------------------------------------------------------

    def export(self) -> None:
        detail = self._detail
        if detail is None or not detail.evidence or not self._can_start():
            return
        dialog = ExportDialog(detail.ref, self, profile_root=self._profile.root)
        if dialog.exec() != QDialog.Accepted:
            return
        self._job = _Job("export", detail.id, detail.ref)
        self._show_progress(
            len(detail.evidence), translate("Evidence", "Exporting…"), cancellable=False
        )
        self.exporter.start(
            detail.id, dialog.target(), keep_location=dialog.keep_location.isChecked()
        )

    def _exported(self, result: ExportResult) -> None:
        job = self._finish_job()
        text = fill(
            translate("Evidence", "Exported %1 file(s) to %2."),
            self._language.number(result.files),
            str(result.path),
        )
        self._job_notice(job, "\n".join([text, *result.warnings]), INFO)
