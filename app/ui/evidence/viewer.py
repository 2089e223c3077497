"""The evidence viewer: one file of a case at a time, large, with its kind and caption.

Images are decoded on a worker (`thumbnails.load_image`, guarded against
hostile files) and shown in a view that fits, zooms and rotates without
touching the stored file. PDFs are rendered page by page with pypdfium2 on
a worker (`pdf_pages`, the engine of the thumbnails too), with page
navigation. Anything else, or anything that fails, gets a page that says
why and offers to save a copy or, after the agent confirms (with a strong
warning for programs), to open a copy with another program
(`viewer_opening`). Nothing is ever opened without the agent asking.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.cases.detail import EvidenceInfo
from app.services.evidence.export import copy_out
from app.services.evidence.store import sanitise_name
from app.ui.core.i18n import Language, fill, translate
from app.ui.core.style import Tone, text_style
from app.ui.core.tasks import TaskManager
from app.ui.evidence.panes import ZOOM_STEP, ImagePane, PdfPane, UnavailablePage
from app.ui.evidence.pdf_pages import PdfProblem
from app.ui.evidence.thumbnails import ImageProblem, LoadedImage, load_image
from app.ui.evidence.viewer_header import EvidenceHeader
from app.ui.evidence.viewer_opening import confirm_opening, copy_for_opening, is_program
from app.ui.evidence.viewer_texts import image_problem_text, pdf_problem_text, unsupported_text

log = logging.getLogger(__name__)

GEOMETRY_KEY = "EvidenceViewer/geometry"


class EvidenceViewer(QDialog):
    """Shows a case's evidence files one at a time, with Previous/Next through them.

    Signals:
        metadata_edited(uuid.UUID, str, str): the agent changed the kind or the caption
            of a file (evidence id, kind, caption); save it, then call `update_item`.
    """

    metadata_edited = Signal(object, str, str)

    # The pages of the central stack; `state` names the one shown.
    LOADING, IMAGE, PDF, UNAVAILABLE = "loading", "image", "pdf", "unavailable"

    def __init__(
        self,
        items: Sequence[EvidenceInfo],
        index: int,
        path_for: Callable[[str], Path],
        tasks: TaskManager,
        language: Language,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        if not items:
            raise ValueError("the evidence viewer needs at least one file")
        self._items = list(items)
        self._index = max(0, min(index, len(self._items) - 1))
        self._path_for = path_for
        self._tasks = tasks
        self._language = language
        self._settings = settings if settings is not None else QSettings()
        self._generation = 0  # bumped whenever another file is shown: late results are dropped
        self.state = self.LOADING

        self.loading_label = QLabel(translate("EvidenceViewer", "Loading…"), self)
        self.loading_label.setAlignment(Qt.AlignCenter)
        self.image_pane = ImagePane(self)
        self.image_pane.zoom_changed.connect(self._update_zoom_label)
        self.pdf_pane = PdfPane(tasks, self)
        self.pdf_pane.zoom_changed.connect(self._update_zoom_label)
        self.pdf_pane.page_changed.connect(self._update_page_controls)
        self.pdf_pane.opened.connect(lambda: self._set_state(self.PDF))
        self.pdf_pane.failed.connect(self._pdf_failed)
        self.unavailable_page = UnavailablePage(self)
        self.unavailable_page.save_button.clicked.connect(self.save_copy)
        self.unavailable_page.open_button.clicked.connect(self.open_externally)
        self._pages = {
            self.LOADING: self.loading_label,
            self.IMAGE: self.image_pane,
            self.PDF: self.pdf_pane,
            self.UNAVAILABLE: self.unavailable_page,
        }
        self.stack = QStackedWidget(self)
        self.stack.setFocusPolicy(Qt.StrongFocus)
        for page in self._pages.values():
            self.stack.addWidget(page)

        self.header = EvidenceHeader(language, self)
        # The fields, by their own names: the dialog reads and focuses them.
        self.name_label, self.position_label = self.header.name_label, self.header.position_label
        self.details_label = self.header.details_label
        self.kind_combo, self.caption_edit = self.header.kind_combo, self.header.caption_edit
        self.kind_combo.activated.connect(lambda _row: self._commit_metadata())
        self.caption_edit.editingFinished.connect(lambda: self._commit_metadata())
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self._build_actions()
        layout.addLayout(self._build_toolbar())
        self._update_arrows()

        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(960, 720)
        self._show(self._index)

    # Building ---------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], None], *keys: object) -> QAction:
        """An action with shortcuts anywhere in the dialog; keys are names, Qt keys or
        standard keys (all of a standard key's bindings on this platform)."""
        action = QAction(text, self)
        sequences: list[QKeySequence] = []
        for key in keys:
            if isinstance(key, QKeySequence.StandardKey):
                sequences += QKeySequence.keyBindings(key)
            else:
                sequences.append(QKeySequence(key))
        action.setShortcuts(sequences)
        if sequences:
            action.setToolTip(f"{text} ({sequences[0].toString(QKeySequence.NativeText)})")
        action.triggered.connect(lambda: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.previous_action = self._action(
            translate("EvidenceViewer", "Previous"), self.show_previous, Qt.Key_PageUp
        )
        self.next_action = self._action(
            translate("EvidenceViewer", "Next"), self.show_next, Qt.Key_PageDown
        )
        self.zoom_out_action = self._action(
            translate("EvidenceViewer", "Zoom out"), self.zoom_out, QKeySequence.ZoomOut
        )
        self.zoom_in_action = self._action(
            translate("EvidenceViewer", "Zoom in"), self.zoom_in, QKeySequence.ZoomIn, "Ctrl+="
        )
        self.fit_action = self._action(translate("EvidenceViewer", "Fit"), self.fit_to_window)
        self.fit_action.setToolTip(translate("EvidenceViewer", "Fit to window"))
        self.actual_size_action = self._action(
            translate("EvidenceViewer", "100%"), self.actual_size, "Ctrl+0"
        )
        self.rotate_left_action = self._action(
            translate("EvidenceViewer", "Rotate left"), self.rotate_left, "Ctrl+L"
        )
        self.rotate_right_action = self._action(
            translate("EvidenceViewer", "Rotate right"), self.rotate_right, "Ctrl+R"
        )
        self.first_page_action = self._action(
            translate("EvidenceViewer", "First page"), self.first_page, Qt.Key_Home
        )
        self.previous_page_action = self._action(
            translate("EvidenceViewer", "Previous page"), self.previous_page
        )
        self.next_page_action = self._action(
            translate("EvidenceViewer", "Next page"), self.next_page
        )
        self.last_page_action = self._action(
            translate("EvidenceViewer", "Last page"), self.last_page, Qt.Key_End
        )
        self.save_action = self._action(
            translate("EvidenceViewer", "Save a copy…"), self.save_copy, QKeySequence.Save
        )

    def _build_toolbar(self) -> QHBoxLayout:
        def button(action: QAction) -> QToolButton:
            tool = QToolButton(self)
            tool.setDefaultAction(action)
            return tool

        self.previous_button = button(self.previous_action)
        self.next_button = button(self.next_action)
        for tool in (self.previous_button, self.next_button):
            tool.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.status_label = QLabel(self)
        self.status_label.setStyleSheet(text_style(Tone.MUTED))
        self.page_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignCenter)
        self._pdf_controls = [
            button(self.previous_page_action),
            self.page_label,
            button(self.next_page_action),
        ]
        self._zoom_controls = [
            button(self.zoom_out_action),
            self.zoom_label,
            button(self.zoom_in_action),
            button(self.fit_action),
            button(self.actual_size_action),
        ]
        self._image_controls = [button(self.rotate_left_action), button(self.rotate_right_action)]
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.previous_button)
        toolbar.addWidget(self.next_button)
        toolbar.addWidget(self.status_label, 1)
        for widget in self._pdf_controls + self._zoom_controls + self._image_controls:
            toolbar.addWidget(widget)
        self.save_button = button(self.save_action)  # the unavailable page has its own
        toolbar.addWidget(self.save_button)
        return toolbar

    def _update_arrows(self) -> None:
        """Previous points back along the reading direction: left in English, right in Arabic."""
        back, forward = QStyle.SP_ArrowLeft, QStyle.SP_ArrowRight
        if self.layoutDirection() == Qt.RightToLeft:
            back, forward = forward, back
        self.previous_action.setIcon(self.style().standardIcon(back))
        self.next_action.setIcon(self.style().standardIcon(forward))

    # Files ------------------------------------------------------------------------------

    @property
    def index(self) -> int:
        return self._index

    @property
    def current_item(self) -> EvidenceInfo:
        return self._items[self._index]

    def show_previous(self) -> None:
        self.show_index(self._index - 1)

    def show_next(self) -> None:
        self.show_index(self._index + 1)

    def show_index(self, index: int) -> None:
        """Show the file at `index`, first sending an edited caption of the one shown before."""
        if 0 <= index < len(self._items) and index != self._index:
            self._commit_metadata()
            self._show(index)

    def set_items(self, items: Sequence[EvidenceInfo], index: int) -> None:
        """Show another list of files (another case, or this one changed) from `index`."""
        if not items:
            raise ValueError("the evidence viewer needs at least one file")
        self._commit_metadata()
        self._items = list(items)
        self._show(max(0, min(index, len(self._items) - 1)))

    def _show(self, index: int) -> None:
        self._index = index
        self._generation += 1
        self.image_pane.set_image(None)
        self.pdf_pane.clear()
        self.status_label.clear()
        info = self.current_item
        self._show_details(info)
        self.previous_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < len(self._items) - 1)
        path = self._path_for(info.sha256)
        if info.media_type.startswith("image/"):
            self._set_state(self.LOADING)
            generation = self._generation
            self._tasks.run(
                load_image,
                path,
                on_done=lambda loaded: self._image_loaded(generation, loaded),
                on_error=lambda error: self._image_failed(generation, error),
            )
        elif info.media_type == "application/pdf":
            self._set_state(self.LOADING)
            self.pdf_pane.open(path)  # `opened` or `failed` follows
        else:
            self._show_unavailable(unsupported_text(info.media_type))

    def update_item(self, info: EvidenceInfo) -> None:
        """Take the saved details of a file; its content is reloaded only if it changed."""
        for position, old in enumerate(self._items):
            if old.id == info.id:
                self._items[position] = info
                if position == self._index:
                    if (old.sha256, old.media_type) != (info.sha256, info.media_type):
                        self._show(position)
                    else:
                        self._show_details(info)
                return

    def _show_details(self, info: EvidenceInfo) -> None:
        self.setWindowTitle(fill(translate("EvidenceViewer", "Evidence: %1"), info.name))
        self.header.show_item(info, self._index, len(self._items))

    def _commit_metadata(self) -> None:
        info = self.current_item
        kind, caption = self.header.kind, self.header.caption
        self.caption_edit.setModified(False)
        if kind == info.kind and caption == (info.caption or ""):
            return
        # Take the edit at once, so that a second editingFinished does not send it again.
        self._items[self._index] = dataclasses.replace(info, kind=kind, caption=caption or None)
        self.metadata_edited.emit(info.id, kind, caption)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.stack.setCurrentWidget(self._pages[state])
        if self.focusWidget() not in (self.caption_edit, self.kind_combo):
            # Keys go to the file (scrolling, Home/End), not to the caption being edited.
            focus = self._pages[state] if state in (self.IMAGE, self.PDF) else self.stack
            focus.setFocus()
        image, pdf = state == self.IMAGE, state == self.PDF
        for widget, shown in (
            *((w, pdf) for w in self._pdf_controls),
            *((w, image or pdf) for w in self._zoom_controls),
            *((w, image) for w in self._image_controls),
        ):
            widget.setVisible(shown)
        for action in (self.zoom_in_action, self.zoom_out_action):
            action.setEnabled(image or pdf)
        for action in (self.fit_action, self.actual_size_action):
            action.setEnabled(image or pdf)
        self.save_button.setVisible(state != self.UNAVAILABLE)
        self.rotate_left_action.setEnabled(image)
        self.rotate_right_action.setEnabled(image)
        self._update_page_controls()
        self._update_zoom_label()

    # Images -----------------------------------------------------------------------------

    def _image_loaded(self, generation: int, loaded: LoadedImage) -> None:
        if generation != self._generation:
            return
        if loaded.image is None:
            self._show_unavailable(image_problem_text(loaded.problem, loaded.size, self._language))
            return
        self._set_state(self.IMAGE)
        self.image_pane.set_image(loaded.image)
        if loaded.scaled_down:
            self.status_label.setText(
                fill(
                    translate("EvidenceViewer", "Shown smaller than its %1 × %2 pixels."),
                    self._language.number(loaded.size.width()),
                    self._language.number(loaded.size.height()),
                )
            )

    def _image_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            log.warning("decoding %s failed", self.current_item.name, exc_info=error)
            self._show_unavailable(
                image_problem_text(ImageProblem.UNREADABLE, QSize(), self._language)
            )

    def _pdf_failed(self, problem: PdfProblem) -> None:
        self._show_unavailable(pdf_problem_text(problem))

    # Zoom, rotation and pages -----------------------------------------------------------

    @property
    def _zoom_pane(self) -> ImagePane | PdfPane | None:
        return {self.IMAGE: self.image_pane, self.PDF: self.pdf_pane}.get(self.state)

    @property
    def zoom_factor(self) -> float:
        """Screen pixels per image pixel (per point for PDFs); 1.0 when nothing is shown."""
        pane = self._zoom_pane
        return pane.zoom_factor if pane is not None else 1.0

    def zoom_in(self) -> None:
        if pane := self._zoom_pane:
            pane.zoom_to(pane.zoom_factor * ZOOM_STEP)

    def zoom_out(self) -> None:
        if pane := self._zoom_pane:
            pane.zoom_to(pane.zoom_factor / ZOOM_STEP)

    def actual_size(self) -> None:
        if pane := self._zoom_pane:
            pane.zoom_to(1.0)

    def fit_to_window(self) -> None:
        if pane := self._zoom_pane:
            pane.fit()

    def rotate_left(self) -> None:
        if self.state == self.IMAGE:
            self.image_pane.rotate_by(-90)

    def rotate_right(self) -> None:
        if self.state == self.IMAGE:
            self.image_pane.rotate_by(90)

    def _update_zoom_label(self) -> None:
        percent = self._language.number(round(self.zoom_factor * 100))
        self.zoom_label.setText(
            fill(translate("EvidenceViewer", "%1%"), percent) if self._zoom_pane else ""
        )

    def first_page(self) -> None:
        self.pdf_pane.go_to(0)

    def previous_page(self) -> None:
        self.pdf_pane.go_to(self.pdf_pane.page - 1)

    def next_page(self) -> None:
        self.pdf_pane.go_to(self.pdf_pane.page + 1)

    def last_page(self) -> None:
        self.pdf_pane.go_to(self.pdf_pane.page_count - 1)

    def _update_page_controls(self) -> None:
        pages = self.pdf_pane.page_count if self.state == self.PDF else 0
        page = self.pdf_pane.page
        self.page_label.setText(
            fill(
                translate("EvidenceViewer", "Page %1 of %2"),
                self._language.number(page + 1),
                self._language.number(pages),
            )
            if pages
            else ""
        )
        for action in (self.first_page_action, self.previous_page_action):
            action.setEnabled(pages > 0 and page > 0)
        for action in (self.next_page_action, self.last_page_action):
            action.setEnabled(page < pages - 1)
        self._update_zoom_label()  # fitting, each page has its own scale

    # Files that cannot be shown ---------------------------------------------------------

    def _show_unavailable(self, reason: str) -> None:
        info = self.current_item
        present = self._path_for(info.sha256).is_file()
        self.unavailable_page.show_reason(reason, present, is_program(info))
        self._set_state(self.UNAVAILABLE)

    def save_copy(self) -> None:
        """Ask where, then copy the file there on a worker."""
        info = self.current_item
        folder = QStandardPaths.writableLocation(QStandardPaths.DownloadLocation)
        target, _ = QFileDialog.getSaveFileName(
            self,
            translate("EvidenceViewer", "Save a copy"),
            str(Path(folder) / sanitise_name(info.name)),
        )
        if not target:
            return
        self.status_label.setText(translate("EvidenceViewer", "Saving a copy…"))
        generation = self._generation
        self._tasks.run(
            copy_out,
            self._path_for(info.sha256),
            Path(target),
            on_done=lambda path: self._copy_saved(generation, path),
            on_error=self._copy_failed,
        )

    def _copy_saved(self, generation: int, path: str | Path) -> None:
        if generation == self._generation:
            self.status_label.setText(fill(translate("EvidenceViewer", "Saved a copy as %1"), path))

    def _copy_failed(self, error: BaseException) -> None:
        """Saving or preparing a copy failed: the services' reason says why (disk full, ...)."""
        self.status_label.clear()
        QMessageBox.warning(
            self,
            self.windowTitle(),
            fill(translate("EvidenceViewer", "The copy could not be made: %1"), error),
        )

    def open_externally(self) -> None:
        """After the agent confirms, open a temporary copy with the system's program."""
        info = self.current_item
        if not confirm_opening(self, info):
            return
        self._tasks.run(
            copy_for_opening,
            self._path_for(info.sha256),
            info.name,
            on_done=lambda copy: QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))),
            on_error=self._copy_failed,
        )

    # Closing ----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Every way of closing (Esc, the close button) saves the caption and the geometry."""
        self._commit_metadata()
        self._generation += 1
        self.pdf_pane.clear()
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LayoutDirectionChange:
            self._update_arrows()
        super().changeEvent(event)
