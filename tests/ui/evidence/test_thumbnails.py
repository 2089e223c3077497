"""PDF thumbnails: the first page on white, nothing for a protected or damaged file, and
thumbnails and the viewer's pages made on several pool threads at once."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import QSize

from app.ui.evidence.thumbnails import THUMB_SIZE, has_thumbnail, make_thumbnail
from tests.ui.evidence.test_viewer_pdf import (
    PAGE_COLOURS,
    coloured_pdf,
    hand_made_pdf,
    near,
    password_protected_pdf,
)


def test_a_pdf_thumbnail_is_its_first_page_within_the_box(tmp_path):
    path = tmp_path / "receipt.pdf"
    path.write_bytes(coloured_pdf())
    image = make_thumbnail(path, "application/pdf")
    assert image is not None
    assert image.width() <= THUMB_SIZE.width() and image.height() == THUMB_SIZE.height()
    assert near(image.pixelColor(image.width() // 2, image.height() // 2), PAGE_COLOURS[0])
    blank = tmp_path / "blank.pdf"
    blank.write_bytes(hand_made_pdf("0 0 400 200"))
    white = make_thumbnail(blank, "application/pdf", QSize(40, 40))
    assert white.size() == QSize(40, 20) and white.pixelColor(20, 10).name() == "#ffffff"


def test_no_thumbnail_for_a_protected_damaged_or_missing_pdf(tmp_path):
    for name, data in (
        ("locked.pdf", password_protected_pdf("secret")),
        ("broken.pdf", b"%PDF-1.7\n" + b"garbage " * 40),
    ):
        (tmp_path / name).write_bytes(data)
        assert make_thumbnail(tmp_path / name, "application/pdf") is None, name
    assert make_thumbnail(tmp_path / "nothing-here.pdf", "application/pdf") is None


def test_pdf_thumbnails_and_pages_on_several_threads_at_once_do_not_crash(tmp_path):
    """PDFium allows one call at a time per process; unguarded, this run died (exit 139).
    The viewer's pages share the thumbnails' lock.

    A child process: the failure is a crash, which would take pytest down with it.
    """
    script = textwrap.dedent(
        f"""
        from concurrent.futures import ThreadPoolExecutor
        from pathlib import Path
        from PySide6.QtGui import QGuiApplication, QPageSize, QPainter, QPdfWriter
        application = QGuiApplication([])
        from app.ui.evidence.pdf_pages import render_page
        from app.ui.evidence.thumbnails import make_thumbnail

        paths = []
        for number in range(6):
            path = Path({str(tmp_path)!r}) / f"receipt{{number}}.pdf"
            writer = QPdfWriter(str(path))
            writer.setPageSize(QPageSize(QPageSize.A4))
            painter = QPainter(writer)
            for page in range(40):
                for line in range(200):
                    text = f"Receipt {{number}} page {{page}} line {{line}} " * 3
                    painter.drawText(50, 50 + line * 20, text)
                if page < 39:
                    writer.newPage()
            painter.end()
            paths.append(path)
        def page(path):  # what the viewer renders, on the same pool as the thumbnails
            return render_page(path, 7, 1.5).image

        with ThreadPoolExecutor(3) as pool:
            for _ in range(12):
                thumbs = pool.map(lambda p: make_thumbnail(p, "application/pdf"), paths * 3)
                pages = pool.map(page, paths)
                images = list(thumbs) + list(pages)
                assert all(image is not None and not image.isNull() for image in images)
        print("alive")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "alive" in result.stdout


def test_only_images_and_pdfs_are_sent_for_a_thumbnail(tmp_path):
    assert has_thumbnail("image/jpeg") and has_thumbnail("image/heic")
    assert has_thumbnail("application/pdf")
    assert not has_thumbnail("text/plain") and not has_thumbnail("application/zip")
    note = tmp_path / "note.txt"
    note.write_text("not a picture")
    assert make_thumbnail(note, "text/plain") is None  # what the strip no longer asks for
