"""A day report as a PDF, with Qt's own PDF writer (no other PDF library).

``pos report --pdf FILE`` calls :func:`write_pdf` without a window: it makes a
QGuiApplication if there is none (offscreen when there is no display).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from pos.domain.report import DayReport
from pos.ui.reports.document import report_html, report_title

_app: QGuiApplication | None = None  # kept alive for the process when made here


def _ensure_gui() -> None:
    global _app
    if QCoreApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])


def report_document(report: DayReport) -> QTextDocument:
    """The same document the screen shows, laid out for paper."""
    _ensure_gui()
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 9))
    doc.setDocumentMargin(0)
    doc.setHtml(report_html(report))
    return doc


def write_pdf(report: DayReport, path: Path) -> None:
    """Write ``report`` to ``path`` as an A4 PDF (every section, money via QLocale)."""
    doc = report_document(report)
    writer = QPdfWriter(str(path))
    writer.setTitle(report_title(report))
    writer.setCreator("Tableside POS")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    # Lay the text out on the page's printable width in the writer's own units.
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
