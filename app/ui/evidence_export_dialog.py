"""The dialog that asks where to save an evidence bundle and whether photos keep their
location."""

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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import translate


class ExportDialog(QDialog):
    """Where to save the bundle, and whether photos keep their location."""

    def __init__(self, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Evidence", "Save the bundle as:"), self))
        layout.addLayout(row)
        layout.addWidget(self.keep_location)
        layout.addWidget(explanation)
        layout.addWidget(buttons)

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".zip" else path.with_suffix(".zip")

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, translate("Evidence", "Export evidence"), self.path.text(), "Zip (*.zip)"
        )
        if name:
            self.path.setText(name)
