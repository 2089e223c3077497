"""PDFs in the evidence viewer, rendered with pypdfium2 on a worker and driven for real:
pages, zoom that re-renders sharper, the pixel ceiling, and every reason a PDF is not
shown (a password, an unsupported protection, damage, a missing file)."""

from __future__ import annotations

import hashlib
import io
import math
import struct
import uuid
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image
from PySide6.QtCore import QSettings, QSizeF, Qt

from app.services.cases.detail import EvidenceInfo
from app.services.evidence.store import BlobStore
from app.ui.core.i18n import Language
from app.ui.core.tasks import TaskManager
from app.ui.evidence.pdf_pages import (
    PAGE_PIXELS,
    PdfProblem,
    capped_scale,
    open_pdf,
    problem_of,
    render_page,
)
from app.ui.evidence.viewer import EvidenceViewer
from app.ui.evidence.viewer_texts import pdf_problem_text
from tests.ui.evidence.test_viewer import ADDED, plain, settle


class Viewers:
    """Stores PDFs as blobs and opens real evidence viewers on them."""

    def __init__(self, qtbot, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.store = BlobStore(tmp_path / "blobs")
        self.tasks = TaskManager()
        self.settings = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.IniFormat)

    def add(self, data: bytes, name: str, media_type: str = "application/pdf") -> EvidenceInfo:
        sha, size = self.store.put_bytes(data)
        return EvidenceInfo(
            id=uuid.uuid4(),
            sha256=sha,
            size=size,
            media_type=media_type,
            name=name,
            kind="receipt",
            caption=None,
            captured_at=None,
            added_at=ADDED,
            added_by="mina",
            message_id=None,
        )

    def viewer(self, items: list[EvidenceInfo]) -> EvidenceViewer:
        viewer = EvidenceViewer(
            items, 0, self.store.path_for, self.tasks, Language("en-US"), settings=self.settings
        )
        self.qtbot.addWidget(viewer)
        return viewer

    def open(self, data: bytes, name: str = "receipt.pdf") -> EvidenceViewer:
        """A shown, active viewer on one PDF, once it is opened or refused."""
        viewer = self.viewer([self.add(data, name)])
        with self.qtbot.waitActive(viewer):  # shortcuts need an active window
            viewer.show()
            viewer.activateWindow()
        settle(self.qtbot, viewer)
        return viewer


@pytest.fixture
def viewers(qtbot, tmp_path: Path):
    made = Viewers(qtbot, tmp_path)
    yield made
    made.tasks.shutdown()


PAGE_COLOURS = [(220, 30, 30), (30, 160, 40), (30, 50, 220)]


def coloured_pdf(colours: list[tuple[int, int, int]] = PAGE_COLOURS) -> bytes:
    """One A4-ish page per colour, each filled with it (Pillow writes it at 72 dpi)."""
    sheets = [Image.new("RGB", (210, 297), colour) for colour in colours]
    out = io.BytesIO()
    sheets[0].save(out, "PDF", save_all=True, append_images=sheets[1:])
    return out.getvalue()


def hand_made_pdf(media_box: str = "0 0 200 200", encrypt: str | None = None) -> bytes:
    """A one-page PDF written object by object, optionally with an /Encrypt dictionary."""
    bodies = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [{media_box}] >>",
    ]
    if encrypt is not None:
        bodies.append(encrypt)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(bodies, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(bodies) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    extra = f" /Encrypt 4 0 R /ID [<{FILE_ID.hex()}> <{FILE_ID.hex()}>]" if encrypt else ""
    out += f"trailer\n<< /Size {len(bodies) + 1} /Root 1 0 R{extra} >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


FILE_ID = bytes(range(16))
# The padding of the standard security handler (PDF 1.7, 7.6.3.3).
PADDING = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key: bytes, data: bytes) -> bytes:
    box = list(range(256))
    j = 0
    for i in range(256):
        j = (j + box[i] + key[i % len(key)]) % 256
        box[i], box[j] = box[j], box[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + box[i]) % 256
        box[i], box[j] = box[j], box[i]
        out.append(byte ^ box[(box[i] + box[j]) % 256])
    return bytes(out)


def password_protected_pdf(user_password: str, owner_password: str = "owner") -> bytes:
    """A PDF encrypted with RC4 40-bit (standard handler, revision 2) that opens only with
    `user_password`; it has no strings or streams, so nothing else needs encrypting."""

    def padded(password: str) -> bytes:
        return (password.encode("latin-1") + PADDING)[:32]

    permissions = -4
    owner_entry = rc4(hashlib.md5(padded(owner_password)).digest()[:5], padded(user_password))
    key = hashlib.md5(
        padded(user_password) + owner_entry + struct.pack("<i", permissions) + FILE_ID
    ).digest()[:5]
    user_entry = rc4(key, PADDING)
    return hand_made_pdf(
        encrypt=f"<< /Filter /Standard /V 1 /R 2 /O <{owner_entry.hex()}> "
        f"/U <{user_entry.hex()}> /P {permissions} >>"
    )


def centre_colour(viewer: EvidenceViewer):
    pane = viewer.pdf_pane
    return pane.viewport().grab().toImage().pixelColor(pane.viewport().rect().center())


def near(colour, rgb: tuple[int, int, int]) -> bool:
    return all(
        abs(a - b) < 40
        for a, b in zip((colour.red(), colour.green(), colour.blue()), rgb, strict=True)
    )


def wait_for_page(qtbot, viewer: EvidenceViewer, page: int) -> None:
    pane = viewer.pdf_pane
    qtbot.waitUntil(lambda: pane.rendered is not None and pane.rendered.index == page, timeout=5000)


# Pages and zoom -------------------------------------------------------------------------


def test_pages_are_rendered_and_navigated(qtbot, viewers):
    viewer = viewers.open(coloured_pdf())
    pane = viewer.pdf_pane
    assert viewer.state == viewer.PDF
    assert plain(viewer.page_label.text()) == "Page 1 of 3"
    assert not viewer.previous_page_action.isEnabled()
    assert not viewer.first_page_action.isEnabled()
    wait_for_page(qtbot, viewer, 0)
    assert near(centre_colour(viewer), PAGE_COLOURS[0])

    viewer.next_page_action.trigger()
    assert pane.page == 1 and plain(viewer.page_label.text()) == "Page 2 of 3"
    wait_for_page(qtbot, viewer, 1)
    assert near(centre_colour(viewer), PAGE_COLOURS[1])

    qtbot.keyClick(viewer, Qt.Key_End)
    assert pane.page == 2 and plain(viewer.page_label.text()) == "Page 3 of 3"
    assert not viewer.next_page_action.isEnabled() and not viewer.last_page_action.isEnabled()
    wait_for_page(qtbot, viewer, 2)
    assert near(centre_colour(viewer), PAGE_COLOURS[2])

    viewer.previous_page_action.trigger()
    assert plain(viewer.page_label.text()) == "Page 2 of 3"
    qtbot.keyClick(viewer, Qt.Key_Home)
    assert pane.page == 0
    wait_for_page(qtbot, viewer, 0)
    assert near(centre_colour(viewer), PAGE_COLOURS[0])

    viewer.caption_edit.setFocus()  # Home and End belong to the caption while it is edited
    qtbot.keyClick(viewer.caption_edit, Qt.Key_End)
    assert pane.page == 0
    assert not viewer.rotate_right_action.isEnabled()  # rotation is for photos


def test_zoom_fits_the_page_and_renders_sharper_when_zoomed_in(qtbot, viewers):
    viewer = viewers.open(coloured_pdf())
    pane = viewer.pdf_pane
    wait_for_page(qtbot, viewer, 0)
    fitted = viewer.zoom_factor
    page = pane.sceneRect()
    viewport = pane.viewport().rect()
    # Fitting fills the window in one direction (a page is enlarged, unlike a photo).
    assert max(
        page.width() * fitted / viewport.width(), page.height() * fitted / viewport.height()
    ) == pytest.approx(1, abs=0.02)
    assert plain(viewer.zoom_label.text()) == f"{round(fitted * 100)}%"
    first = pane.rendered.scale

    viewer.zoom_in()
    viewer.zoom_in()
    assert viewer.zoom_factor == pytest.approx(fitted * 1.25**2)
    qtbot.waitUntil(lambda: pane.rendered.scale > first * 1.5, timeout=5000)
    image = pane.rendered.image
    # The item keeps the page's size in the scene, whatever the rendering's resolution.
    assert pane.item.sceneBoundingRect().width() == pytest.approx(page.width(), abs=2)
    assert image.width() > 210 * first * 1.5

    viewer.actual_size()
    assert viewer.zoom_factor == pytest.approx(1.0)
    assert plain(viewer.zoom_label.text()) == "100%"
    viewer.fit_to_window()
    assert viewer.zoom_factor == pytest.approx(fitted)


def test_a_poster_sized_page_is_rendered_below_the_pixel_ceiling(qtbot, viewers):
    # 200 x 200 inches: at 100 % on a 96 dpi screen, 19,200 x 19,200 pixels.
    viewer = viewers.open(hand_made_pdf("0 0 14400 14400"), "poster.pdf")
    pane = viewer.pdf_pane
    viewer.actual_size()
    ceiling = math.sqrt(PAGE_PIXELS / 14400**2)  # pixels per point: about 0.24, not 1.33
    qtbot.waitUntil(
        lambda: pane.rendered is not None and pane.rendered.scale == pytest.approx(ceiling),
        timeout=10_000,
    )
    image = pane.rendered.image
    assert image.width() * image.height() <= PAGE_PIXELS * 1.01
    assert viewer.zoom_factor == pytest.approx(1.0)  # the view still zooms: it enlarges


def test_render_page_caps_pixels_and_paints_on_white(tmp_path):
    path = tmp_path / "blank.pdf"
    path.write_bytes(hand_made_pdf("0 0 600 800"))
    page = render_page(path, 0, 10.0, max_pixels=10_000)
    assert page.image.width() * page.image.height() <= 10_000 * 1.05
    assert page.scale == pytest.approx(capped_scale(QSizeF(600, 800), 10.0, 10_000))
    assert page.image.pixelColor(5, 5).name() == "#ffffff"
    assert capped_scale(QSizeF(600, 800), 0.5, 10_000_000) == 0.5


# Files that cannot be shown -------------------------------------------------------------


def test_a_password_protected_pdf_says_so(viewers):
    data = password_protected_pdf("secret")
    # The fixture is a real encrypted PDF: it opens with its password, and only with it.
    with_password = pypdfium2.PdfDocument(data, password="secret")
    assert len(with_password) == 1
    with_password.close()
    viewer = viewers.open(data, "locked.pdf")
    assert viewer.state == viewer.UNAVAILABLE
    assert viewer.unavailable_page.reason == "The PDF is protected with a password."
    assert viewer.unavailable_page.save_button.isEnabled()
    assert viewer.pdf_pane.page_count == 0 and viewer.page_label.text() == ""


def test_an_unsupported_protection_says_so(viewers):
    data = hand_made_pdf(encrypt="<< /Filter /FancyRightsManagement /V 4 >>")
    viewer = viewers.open(data, "drm.pdf")
    assert viewer.state == viewer.UNAVAILABLE
    assert "kind of protection this viewer does not support" in viewer.unavailable_page.reason


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n" + b"garbage " * 40, coloured_pdf()[:300], b""],
    ids=["garbage", "truncated", "empty"],
)
def test_a_damaged_pdf_says_why(viewers, data):
    viewer = viewers.open(data, "broken.pdf")
    assert viewer.state == viewer.UNAVAILABLE
    assert "PDF could not be read" in viewer.unavailable_page.reason


def test_a_missing_pdf_says_so(qtbot, viewers):
    info = viewers.add(coloured_pdf(), "gone.pdf")
    viewers.store.path_for(info.sha256).unlink()
    viewer = viewers.viewer([info])
    settle(qtbot, viewer)
    assert viewer.state == viewer.UNAVAILABLE
    assert "not on this computer" in viewer.unavailable_page.reason
    assert not viewer.unavailable_page.save_button.isEnabled()


def test_pdfium_errors_map_to_what_the_agent_reads(tmp_path):
    assert problem_of(pypdfium2.PdfiumError("x", err_code=2)) is PdfProblem.MISSING
    assert problem_of(pypdfium2.PdfiumError("x", err_code=4)) is PdfProblem.PASSWORD
    assert problem_of(pypdfium2.PdfiumError("x", err_code=5)) is PdfProblem.SECURITY
    for code in (1, 3, 6, None):
        assert problem_of(pypdfium2.PdfiumError("x", err_code=code)) is PdfProblem.DAMAGED
    assert problem_of(FileNotFoundError("gone")) is PdfProblem.MISSING
    assert open_pdf(tmp_path / "nothing-here").problem is PdfProblem.MISSING
    texts = {problem: pdf_problem_text(problem) for problem in PdfProblem}
    assert len(set(texts.values())) == len(PdfProblem)  # each problem has its own words


def test_a_late_pdf_does_not_replace_the_file_shown_now(qtbot, viewers):
    note = viewers.add(b"plain words\n", "note.txt", "text/plain")
    viewer = viewers.viewer([viewers.add(coloured_pdf(), "receipt.pdf"), note])
    assert viewer.state == viewer.LOADING  # the PDF is opened on a worker
    viewer.show_next()  # before the PDF's opening can have been delivered
    qtbot.waitUntil(lambda: not viewers.tasks.busy, timeout=5000)
    assert viewer.state == viewer.UNAVAILABLE
    assert viewer.pdf_pane.page_count == 0 and viewer.pdf_pane.rendered is None
