"""Thumbnails made on several pool threads at once."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_pdf_thumbnails_on_several_threads_at_once_do_not_crash(tmp_path):
    """PDFium allows one call at a time per process; unguarded, this run died (exit 139).

    A child process: the failure is a crash, which would take pytest down with it.
    """
    script = textwrap.dedent(
        f"""
        from concurrent.futures import ThreadPoolExecutor
        from pathlib import Path
        from PySide6.QtGui import QGuiApplication, QPageSize, QPainter, QPdfWriter
        application = QGuiApplication([])
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
        with ThreadPoolExecutor(3) as pool:
            for _ in range(12):
                images = list(pool.map(lambda p: make_thumbnail(p, "application/pdf"), paths * 3))
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
