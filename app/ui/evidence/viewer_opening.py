"""Opening an evidence file with another program: only a copy, only after the agent
confirms, with a strong warning when the file could run code."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.cases.detail import EvidenceInfo
from app.services.evidence.store import is_program as store_is_program
from app.services.evidence.store import sanitise_name
from app.ui.core.i18n import fill, translate


def is_program(info: EvidenceInfo) -> bool:
    """Whether opening the file could run code (the store's own test)."""
    return store_is_program(info.name, info.media_type)


_opening_folder: Path | None = None


def copy_for_opening(source: Path, name: str) -> Path:
    """Copy a blob into a new temporary folder under its original (sanitised) name.

    Another program gets the copy, never the blob: it may change, rename or lock it.
    """
    global _opening_folder
    if _opening_folder is None:
        _opening_folder = Path(tempfile.mkdtemp(prefix="workbench-opened-"))
        # Copies of customer files: gone when the workbench quits.
        atexit.register(shutil.rmtree, _opening_folder, ignore_errors=True)
    target = Path(tempfile.mkdtemp(dir=_opening_folder)) / sanitise_name(name)
    shutil.copyfile(source, target)
    return target


def confirm_opening(parent: QWidget, info: EvidenceInfo) -> bool:
    """Ask the agent; for a program the warning is strong and Enter means Cancel."""
    program = is_program(info)
    box = QMessageBox(parent)
    box.setWindowTitle(translate("EvidenceViewer", "Open with another program"))
    box.setText(fill(translate("EvidenceViewer", "Open “%1” with another program?"), info.name))
    box.setIcon(QMessageBox.Warning if program else QMessageBox.Question)
    box.setInformativeText(
        translate(
            "EvidenceViewer",
            "This file is a program. Running it can harm this computer and the data on "
            "it: files from customers can carry viruses. Open it only if you are certain "
            "it is safe.",
        )
        if program
        else translate(
            "EvidenceViewer",
            "A copy of the file is opened; the case keeps the original. Open files from "
            "customers only if you trust them.",
        )
    )
    open_button = box.addButton(translate("EvidenceViewer", "Open"), QMessageBox.AcceptRole)
    cancel = box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(cancel if program else open_button)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is open_button
