"""The evidence viewer, driven for real: EXIF orientation, zoom, rotation, PDF pages,
hostile files, opening a copy with another program, metadata edits, navigation, RTL."""

from __future__ import annotations

import datetime as dt
import io
import struct
import uuid
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageOps
from PySide6.QtCore import QObject, QPoint, QPointF, QSettings, QSize, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QStyle

from app.services.cases.detail import EvidenceInfo
from app.services.evidence.store import BlobStore, sniff_media_type
from app.ui.core.i18n import Language
from app.ui.core.tasks import TaskManager
from app.ui.evidence.thumbnails import ImageProblem, load_image
from app.ui.evidence.viewer import EvidenceViewer

ADDED = dt.datetime(2026, 11, 21, 14, 5, tzinfo=dt.UTC)
RED, BLUE = (230, 20, 20), (20, 40, 230)

# The stored pixels that, turned by EXIF orientation n, give the upright picture back
# (ImageOps.exif_transpose applies the orientation; these are its inverses).
TO_STORED = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def upright_picture(width: int = 80, height: int = 40) -> Image.Image:
    """Blue, with a red top-left quarter: any turn or flip moves the red corner."""
    picture = Image.new("RGB", (width, height), BLUE)
    picture.paste(RED, (0, 0, width // 2, height // 2))
    return picture


def jpeg_bytes(picture: Image.Image, orientation: int = 1) -> bytes:
    stored = (
        picture if TO_STORED[orientation] is None else picture.transpose(TO_STORED[orientation])
    )
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    stored.save(out, "JPEG", quality=95, subsampling=0, exif=exif)
    return out.getvalue()


def png_bytes(picture: Image.Image) -> bytes:
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A well-formed PNG declaring width x height, with almost no pixel data behind it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def pdf_bytes(pages: int) -> bytes:
    sheets = [Image.new("RGB", (210, 297), (255, 255 - 60 * n, 255)) for n in range(pages)]
    out = io.BytesIO()
    sheets[0].save(out, "PDF", save_all=True, append_images=sheets[1:])
    return out.getvalue()


def plain(text: str) -> str:
    """A label's text without the direction isolates `fill` puts around each value."""
    return text.replace("\u2068", "").replace("\u2069", "")


def is_red(color: QColor) -> bool:
    return color.red() > 180 and color.blue() < 90


def is_blue(color: QColor) -> bool:
    return color.blue() > 180 and color.red() < 90


@pytest.fixture
def store(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs")


@pytest.fixture
def add(store: BlobStore):
    """Store bytes as a blob and describe them as a case's evidence file."""

    def _add(
        data: bytes, name: str, media_type: str | None = None, kind: str = "photo"
    ) -> EvidenceInfo:
        sha, size = store.put_bytes(data)
        return EvidenceInfo(
            id=uuid.uuid4(),
            sha256=sha,
            size=size,
            media_type=media_type or sniff_media_type(data[:4096]),
            name=name,
            kind=kind,
            caption=None,
            captured_at=None,
            added_at=ADDED,
            added_by="mina",
            message_id=None,
        )

    return _add


@pytest.fixture
def tasks():
    manager = TaskManager()
    yield manager
    manager.shutdown()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui-settings.ini"), QSettings.IniFormat)


@pytest.fixture
def open_viewer(qtbot, store: BlobStore, tasks: TaskManager, settings: QSettings):
    def _open(items: list[EvidenceInfo], index: int = 0, rtl: bool = False) -> EvidenceViewer:
        viewer = EvidenceViewer(
            items, index, store.path_for, tasks, Language("en-US"), settings=settings
        )
        qtbot.addWidget(viewer)
        if rtl:
            viewer.setLayoutDirection(Qt.RightToLeft)
        with qtbot.waitActive(viewer):  # shortcuts need an active window
            viewer.show()
            viewer.activateWindow()
        settle(qtbot, viewer)
        return viewer

    return _open


def settle(qtbot, viewer: EvidenceViewer) -> None:
    qtbot.waitUntil(lambda: viewer.state != viewer.LOADING, timeout=5000)


def shown_image(viewer: EvidenceViewer):
    return viewer.image_pane.item.pixmap().toImage()


@pytest.fixture
def url_opener():
    """Observes QDesktopServices.openUrl for local files instead of starting programs."""

    class Opener(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[QUrl] = []

        @Slot(QUrl)
        def open_url(self, url: QUrl) -> None:
            self.urls.append(url)

    opener = Opener()
    QDesktopServices.setUrlHandler("file", opener, "open_url")
    yield opener
    QDesktopServices.unsetUrlHandler("file")


def answer_next_message_box(qtbot, seen: dict, choose) -> None:
    """When the next modal message box appears, note what it shows and press `choose(box)`."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.update(
            icon=box.icon(),
            text=box.text() + "\n" + box.informativeText(),
            default=box.defaultButton(),
            cancel=box.button(QMessageBox.Cancel),
        )
        choose(box).click()

    QTimer.singleShot(0, answer)


# Images ---------------------------------------------------------------------------------


@pytest.mark.parametrize("orientation", range(1, 9))
def test_each_exif_orientation_shows_the_picture_upright(add, open_viewer, orientation):
    data = jpeg_bytes(upright_picture(), orientation)
    with Image.open(io.BytesIO(data)) as check:  # the fixture itself is right
        assert ImageOps.exif_transpose(check).getpixel((5, 5))[0] > 180
    viewer = open_viewer([add(data, f"o{orientation}.jpg")])
    assert viewer.state == viewer.IMAGE
    image = shown_image(viewer)
    assert image.size() == QSize(80, 40)
    assert is_red(image.pixelColor(5, 5))
    for x, y in ((74, 5), (5, 34), (74, 34)):
        assert is_blue(image.pixelColor(x, y)), (orientation, x, y)


def test_zoom_fit_and_actual_size(qtbot, add, open_viewer):
    viewer = open_viewer([add(png_bytes(upright_picture(2400, 1200)), "wide.png")])
    fitted = viewer.zoom_factor
    assert 0.1 < fitted < 1  # a big photo is shrunk to the window
    assert plain(viewer.zoom_label.text()) == f"{round(fitted * 100)}%"

    qtbot.keyClick(viewer, Qt.Key_Plus, Qt.ControlModifier)
    assert viewer.zoom_factor == pytest.approx(fitted * 1.25)
    viewer.zoom_out()
    viewer.zoom_out()
    assert viewer.zoom_factor == pytest.approx(fitted / 1.25)
    qtbot.keyClick(viewer, Qt.Key_0, Qt.ControlModifier)
    assert viewer.zoom_factor == pytest.approx(1.0)
    assert plain(viewer.zoom_label.text()) == "100%"

    viewport = viewer.image_pane.viewport()
    wheel = QWheelEvent(
        QPointF(50, 50),
        QPointF(viewport.mapToGlobal(QPoint(50, 50))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.NoButton,
        Qt.ControlModifier,
        Qt.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert viewer.zoom_factor == pytest.approx(1.25)

    viewer.fit_action.trigger()
    assert viewer.zoom_factor == pytest.approx(fitted)
    viewer.resize(viewer.width() // 2, viewer.height())  # fitting follows the window
    qtbot.waitUntil(lambda: viewer.zoom_factor < fitted * 0.8, timeout=2000)


def test_fit_does_not_blow_up_a_small_picture(add, open_viewer):
    viewer = open_viewer([add(png_bytes(upright_picture(80, 40)), "small.png")])
    assert viewer.zoom_factor == pytest.approx(1.0)


def test_rotation_turns_the_view_not_the_file(qtbot, add, open_viewer, store):
    info = add(png_bytes(upright_picture(800, 400)), "wide.png")
    before = store.path_for(info.sha256).read_bytes()
    viewer = open_viewer([info])
    pane = viewer.image_pane

    def red_corner_on_screen() -> QPoint:
        return pane.mapFromScene(QPointF(40, 40))

    def centre_on_screen() -> QPoint:
        return pane.mapFromScene(QPointF(400, 200))

    qtbot.keyClick(viewer, Qt.Key_R, Qt.ControlModifier)
    assert pane.rotation == 90
    corner, centre = red_corner_on_screen(), centre_on_screen()
    assert corner.x() > centre.x() and corner.y() < centre.y()  # top left went to top right
    assert is_red(pane.viewport().grab().toImage().pixelColor(corner))
    assert viewer.zoom_factor < 1  # still fitted, now to the turned picture

    viewer.rotate_left_action.trigger()
    viewer.rotate_left_action.trigger()
    assert pane.rotation == 270
    corner, centre = red_corner_on_screen(), centre_on_screen()
    assert corner.x() < centre.x() and corner.y() > centre.y()  # top left went to bottom left
    assert is_red(pane.viewport().grab().toImage().pixelColor(corner))
    assert store.path_for(info.sha256).read_bytes() == before


def test_load_image_scales_down_beyond_the_display_ceiling(store, add):
    info = add(png_bytes(upright_picture(100, 100)), "square.png")
    loaded = load_image(store.path_for(info.sha256), display_pixels=1000)
    assert loaded.scaled_down and loaded.size == QSize(100, 100)
    assert 0 < loaded.image.width() * loaded.image.height() <= 1000
    missing = load_image(store.root / "nothing-here")
    assert missing.image is None and missing.problem is ImageProblem.MISSING


# Hostile or unsupported files -----------------------------------------------------------


@pytest.mark.qt_log_ignore("Corrupt JPEG data", "Premature end of JPEG")
def test_truncated_jpeg_shows_what_there_is_or_says_why(add, open_viewer):
    noise = Image.effect_noise((240, 160), 60).convert("RGB")
    out = io.BytesIO()
    noise.save(out, "JPEG", quality=90)
    data = out.getvalue()
    viewer = open_viewer([add(data[: len(data) // 2], "cut.jpg", "image/jpeg")])
    if viewer.state == viewer.IMAGE:
        assert shown_image(viewer).size() == QSize(240, 160)
    else:
        assert viewer.state == viewer.UNAVAILABLE
        assert "damaged" in viewer.unavailable_page.reason


def test_a_huge_image_is_refused_from_its_header(add, open_viewer):
    info = add(png_header_only(30_000, 30_000), "bomb.png")
    viewer = open_viewer([info])
    assert viewer.state == viewer.UNAVAILABLE
    assert viewer.unavailable_page.isVisible()
    assert "30,000 × 30,000 pixels" in plain(viewer.unavailable_page.reason)
    assert viewer.unavailable_page.save_button.isEnabled()


def test_text_named_like_a_photo_cannot_be_previewed(add, open_viewer):
    # Recorded as a JPEG: the decoder, not the media type, finds out.
    lying = add(b"Dear seller, the strap is torn.\n" * 20, "photo.jpg", "image/jpeg")
    notes = add(b"Order 123-1234567-1234567\n", "notes.txt", kind="other")
    viewer = open_viewer([lying, notes])
    assert viewer.state == viewer.UNAVAILABLE
    assert "could not be read" in viewer.unavailable_page.reason
    viewer.show_next()
    assert viewer.state == viewer.UNAVAILABLE
    assert "plain text" in viewer.unavailable_page.reason


def test_a_missing_file_says_so(add, open_viewer, store):
    info = add(png_bytes(upright_picture()), "gone.png")
    store.path_for(info.sha256).unlink()
    viewer = open_viewer([info])
    assert viewer.state == viewer.UNAVAILABLE
    assert "not on this computer" in viewer.unavailable_page.reason
    assert not viewer.unavailable_page.open_button.isEnabled()


def test_a_program_is_not_opened_when_the_agent_cancels(qtbot, add, open_viewer, url_opener, tasks):
    program = add(b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 120, "invoice.exe", kind="other")
    assert program.media_type == "application/x-msdownload"
    viewer = open_viewer([program])
    assert viewer.state == viewer.UNAVAILABLE
    assert "Windows program" in viewer.unavailable_page.reason
    warning = viewer.style().standardIcon(QStyle.SP_MessageBoxWarning).pixmap(48).toImage()
    assert viewer.unavailable_page.icon.pixmap().toImage() == warning

    seen: dict = {}
    answer_next_message_box(qtbot, seen, lambda box: box.defaultButton())
    viewer.unavailable_page.open_button.click()
    assert seen["icon"] == QMessageBox.Warning
    assert "is a program" in seen["text"] and "harm this computer" in seen["text"]
    assert seen["default"] is seen["cancel"]  # Enter does not run it
    # The copy to open would be queued before the dialog's click returns: none was.
    assert not tasks.busy
    assert url_opener.urls == []


def test_other_files_open_as_a_copy_only_after_confirming(
    qtbot, add, open_viewer, url_opener, store, tasks
):
    archive = add(b"PK\x03\x04" + b"\x00" * 60, "photos from buyer.zip", kind="other")
    viewer = open_viewer([archive])
    seen: dict = {}
    answer_next_message_box(qtbot, seen, lambda box: box.button(QMessageBox.Cancel))
    viewer.unavailable_page.open_button.click()
    assert seen["icon"] == QMessageBox.Question
    assert not tasks.busy  # no copy was started
    assert url_opener.urls == []

    answer_next_message_box(qtbot, seen, lambda box: box.defaultButton())
    viewer.unavailable_page.open_button.click()
    qtbot.waitUntil(lambda: len(url_opener.urls) == 1, timeout=5000)
    opened = Path(url_opener.urls[0].toLocalFile())
    blob = store.path_for(archive.sha256)
    assert opened.name == "photos from buyer.zip"
    assert opened != blob and opened.read_bytes() == blob.read_bytes()


def test_save_a_copy(qtbot, add, open_viewer, store, tmp_path, monkeypatch):
    info = add(b"PK\x03\x04" + b"\x01" * 60, "labels.zip", kind="other")
    target = tmp_path / "saved" / "copy.zip"
    target.parent.mkdir()
    asked = []

    def choose(parent, caption, suggested, *rest):
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    viewer = open_viewer([info])
    viewer.unavailable_page.save_button.click()
    qtbot.waitUntil(lambda: "Saved a copy" in viewer.status_label.text(), timeout=5000)
    assert Path(asked[0]).name == "labels.zip"
    assert target.read_bytes() == store.path_for(info.sha256).read_bytes()


# The header, metadata, navigation, layout -----------------------------------------------


def test_header_and_previous_next(qtbot, add, open_viewer):
    items = [
        add(jpeg_bytes(upright_picture()), "IMG_0001.jpg"),
        add(pdf_bytes(1), "receipt.pdf", kind="receipt"),
        add(b"hello\n", "note.txt", kind="other"),
    ]
    viewer = open_viewer(items, index=1)
    assert viewer.name_label.text() == "receipt.pdf"
    assert plain(viewer.position_label.text()) == "2 of 3"
    assert "Receipt" in viewer.details_label.text()
    assert "Nov 21, 2026" in viewer.details_label.text() and "mina" in viewer.details_label.text()

    qtbot.keyClick(viewer, Qt.Key_PageUp)
    settle(qtbot, viewer)
    assert viewer.index == 0 and viewer.state == viewer.IMAGE
    assert not viewer.previous_action.isEnabled()
    qtbot.keyClick(viewer, Qt.Key_PageDown)
    viewer.next_button.click()
    assert viewer.index == 2 and viewer.name_label.text() == "note.txt"
    assert not viewer.next_action.isEnabled()
    viewer.show_next()
    assert viewer.index == 2


def test_metadata_edits_are_signalled(qtbot, add, open_viewer):
    first = add(jpeg_bytes(upright_picture()), "IMG_0001.jpg")
    second = add(png_bytes(upright_picture()), "Screenshot.png", kind="screenshot")
    viewer = open_viewer([first, second])
    edits = []
    viewer.metadata_edited.connect(lambda *args: edits.append(args))

    viewer.kind_combo.setFocus()
    qtbot.keyClick(viewer.kind_combo, Qt.Key_Down)  # photo -> receipt
    assert edits == [(first.id, "receipt", "")]

    viewer.caption_edit.setFocus()
    qtbot.keyClicks(viewer.caption_edit, "Tear along the stitching")
    qtbot.keyClick(viewer.caption_edit, Qt.Key_Return)
    assert edits[-1] == (first.id, "receipt", "Tear along the stitching")
    viewer.kind_combo.setFocus()  # the second editingFinished (focus out) sends nothing new
    assert len(edits) == 2

    saved = EvidenceInfo(
        **{**first.__dict__, "kind": "receipt", "caption": "Tear along the stitching"}
    )
    viewer.update_item(saved)
    assert viewer.details_label.text().startswith("Receipt")

    # An edit not yet confirmed is kept when the agent moves on.
    viewer.caption_edit.setFocus()
    viewer.caption_edit.selectAll()
    qtbot.keyClicks(viewer.caption_edit, "Close-up")
    qtbot.keyClick(viewer, Qt.Key_PageDown)
    assert edits[-1] == (first.id, "receipt", "Close-up")
    assert viewer.index == 1 and viewer.caption_edit.text() == ""
    settle(qtbot, viewer)


def test_escape_closes_and_the_size_is_remembered(qtbot, add, open_viewer):
    info = add(png_bytes(upright_picture()), "a.png")
    viewer = open_viewer([info])
    viewer.resize(800, 560)
    qtbot.keyClick(viewer, Qt.Key_Escape)
    assert not viewer.isVisible()
    again = open_viewer([info])
    # The offscreen platform's window frame can shift restored geometry by a pixel or two;
    # the default would be 960 x 720.
    assert abs(again.width() - 800) <= 4 and abs(again.height() - 560) <= 4


def test_right_to_left(add, open_viewer):
    items = [add(png_bytes(upright_picture()), "a.png"), add(png_bytes(upright_picture()), "b.png")]
    viewer = open_viewer(items, rtl=True)

    def x(widget) -> int:
        return widget.mapTo(viewer, QPoint(0, 0)).x()

    assert x(viewer.previous_button) > x(viewer.next_button)
    assert x(viewer.name_label) > x(viewer.position_label)
    style = viewer.style()
    arrow = viewer.previous_action.icon().pixmap(16).toImage()
    assert arrow == style.standardIcon(QStyle.SP_ArrowRight).pixmap(16).toImage()
    viewer.setLayoutDirection(Qt.LeftToRight)
    arrow = viewer.previous_action.icon().pixmap(16).toImage()
    assert arrow == style.standardIcon(QStyle.SP_ArrowLeft).pixmap(16).toImage()


def test_a_late_picture_does_not_replace_the_file_shown_now(qtbot, add, store, tasks, settings):
    photo = add(png_bytes(upright_picture(800, 400)), "photo.png")
    note = add(b"plain words\n", "note.txt", kind="other")
    viewer = EvidenceViewer(
        [photo, note], 0, store.path_for, tasks, Language("en-US"), settings=settings
    )
    qtbot.addWidget(viewer)
    assert viewer.state == viewer.LOADING  # decoding is on a worker; the window says so
    assert viewer.stack.currentWidget().text() == "Loading…"
    viewer.show_next()  # before the photo's decoding can have been delivered
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    assert viewer.state == viewer.UNAVAILABLE
    assert viewer.image_pane.item.pixmap().isNull()


def test_set_items_shows_another_list(qtbot, add, open_viewer):
    first = add(png_bytes(upright_picture()), "first.png")
    viewer = open_viewer([first])
    edits = []
    viewer.metadata_edited.connect(lambda *args: edits.append(args))
    viewer.caption_edit.setFocus()
    qtbot.keyClicks(viewer.caption_edit, "Scuffed buckle")
    others = [add(b"one\n", "one.txt", kind="other"), add(pdf_bytes(2), "two.pdf", kind="receipt")]
    viewer.set_items(others, 1)
    assert edits == [(first.id, "photo", "Scuffed buckle")]
    assert viewer.index == 1 and viewer.name_label.text() == "two.pdf"
    settle(qtbot, viewer)  # the PDF is opened on a worker
    assert viewer.state == viewer.PDF and plain(viewer.position_label.text()) == "2 of 2"
