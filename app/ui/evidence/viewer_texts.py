"""What the evidence viewer tells the agent about a file it does not show, and why."""

from __future__ import annotations

from PySide6.QtCore import QSize

from app.ui.core.i18n import Language, fill, translate
from app.ui.evidence.pdf_pages import PdfProblem
from app.ui.evidence.thumbnails import ImageProblem


def missing_text() -> str:
    return translate(
        "EvidenceViewer", "The file is not on this computer yet; it may still be syncing."
    )


def type_name(media_type: str) -> str:
    """A file type in words, for "It is %1, which this viewer does not show."."""
    names = {
        "text/plain": translate("EvidenceViewer", "plain text"),
        "application/zip": translate("EvidenceViewer", "a zip archive"),
        "application/x-msdownload": translate("EvidenceViewer", "a Windows program"),
        "application/x-executable": translate("EvidenceViewer", "a program"),
        "application/octet-stream": translate("EvidenceViewer", "a file of unknown type"),
    }
    return names.get(media_type) or fill(
        translate("EvidenceViewer", "a file of type %1"), media_type
    )


def unsupported_text(media_type: str) -> str:
    return fill(
        translate("EvidenceViewer", "It is %1, which this viewer does not show."),
        type_name(media_type),
    )


def pdf_problem_text(problem: PdfProblem) -> str:
    if problem is PdfProblem.MISSING:
        return missing_text()
    if problem is PdfProblem.PASSWORD:
        return translate("EvidenceViewer", "The PDF is protected with a password.")
    if problem is PdfProblem.SECURITY:
        return translate(
            "EvidenceViewer", "The PDF uses a kind of protection this viewer does not support."
        )
    return translate("EvidenceViewer", "The PDF could not be read: it is damaged, or not a PDF.")


def image_problem_text(problem: ImageProblem | None, size: QSize, language: Language) -> str:
    """`size`: the pixels the file declares (for an image too large to show)."""
    if problem is ImageProblem.MISSING:
        return missing_text()
    if problem is ImageProblem.TOO_LARGE:
        return fill(
            translate("EvidenceViewer", "The image is %1 × %2 pixels, too large to show safely."),
            language.number(size.width()),
            language.number(size.height()),
        )
    return translate(
        "EvidenceViewer",
        "The image could not be read: it is damaged, or in a format not supported here.",
    )
