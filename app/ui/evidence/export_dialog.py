"""The dialog that asks where to save an evidence bundle and whether photos keep their
location.

It refuses a place inside the profile folder and anything that is not a regular
file (a link, a pipe, a device), and asks before replacing an existing file
unless the file dialog already asked about that very file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core.durable import TargetExists, check_output_target
from app.services.core.errors import InvalidInput
from app.ui.core.i18n import fill, translate


class ExportDialog(QDialog):
    """Where to save the bundle, and whether photos keep their location."""

    def __init__(
        self, ref: str, parent: QWidget | None = None, *, profile_root: Path | None = None
    ) -> None:
        super().__init__(parent)
        self._profile_root = profile_root
        self._confirmed: Path | None = None  # the file the file dialog asked to replace
        self._checked: Path | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("Evidence", "Export evidence"))
        self.path = QLineEdit(str(Path.home() / f"evidence-{ref}.zip"), self)
        self.path.setObjectName("exportPath")
        browse = QPushButton(translate("Evidence", "Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.keep_location = QCheckBox(
            translate("Evidence", "Keep the location (GPS) in photos"), self
        )
        self.keep_location.setObjectName("keepLocation")
        explanation = QLabel(
            translate(
                "Evidence",
                "The zip holds every file and a manifest (kind, caption, SHA-256, size, who "
                "added it and when). Photos lose their location unless you keep it.",
            ),
            self,
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(translate("Evidence", "Export"))
        self.problem = QLabel(self)
        self.problem.setObjectName("exportProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.path.textEdited.connect(self.problem.hide)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Evidence", "Save the bundle as:"), self))
        layout.addLayout(row)
        layout.addWidget(self.keep_location)
        layout.addWidget(explanation)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def target(self) -> Path:
        """The zip to write: the checked path once the dialog was accepted."""
        if self._checked is not None:
            return self._checked
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".zip" else path.with_suffix(".zip")

    def accept(self) -> None:
        """Close only on a place the bundle may go; ask before replacing a file."""
        self._checked = None
        wanted = self.target()
        try:
            checked = check_output_target(wanted, self._profile_root, overwrite=False)
        except TargetExists as exists:
            if exists.path != self._confirmed and not self._ask_to_replace(wanted):
                return
            checked = exists.path
        except InvalidInput as exc:
            self._show_problem(exc, wanted)
            return
        self._checked = checked
        super().accept()

    def _show_problem(self, exc: InvalidInput, wanted: Path) -> None:
        text = str(exc)
        if "inside the profile folder" in text:
            text = translate(
                "Evidence",
                "This is inside the profile folder; saving there could destroy the profile. "
                "Choose a place outside it.",
            )
        elif "not a regular file" in text or "symbolic link" in text:
            text = translate(
                "Evidence",
                "This is not a regular file (a link, a pipe or a device); choose another name.",
            )
        self.problem.setText(f"{wanted}\n{text}")
        self.problem.show()

    def _ask_to_replace(self, wanted: Path) -> bool:
        answer = QMessageBox.question(
            self,
            translate("Evidence", "Export evidence"),
            fill(translate("Evidence", "%1 already exists. Replace it?"), wanted.name),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.No,
        )
        return answer == QMessageBox.Yes

    def _browse(self) -> None:
        # An instance, not the static helper: with the default suffix the file the dialog
        # asks about replacing is the .zip that will be written.
        chooser = QFileDialog(self, translate("Evidence", "Export evidence"), self.path.text())
        chooser.setObjectName("exportChooser")
        chooser.setAcceptMode(QFileDialog.AcceptSave)
        chooser.setNameFilter("Zip (*.zip)")
        chooser.setDefaultSuffix("zip")
        if chooser.exec() != QDialog.Accepted or not chooser.selectedFiles():
            return
        name = chooser.selectedFiles()[0]
        self.path.setText(name)
        self.problem.hide()
        # Qt asked before returning an existing file (DontConfirmOverwrite is off).
        chosen = Path(name).expanduser().absolute()
        try:
            self._confirmed = chosen.parent.resolve() / chosen.name
        except (OSError, RuntimeError):
            self._confirmed = None
