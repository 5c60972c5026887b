"""Charts drawn with QPainter: bars (sales by hour, by category), a trend line, a heat map.

Each is layout only: ``set_data`` takes plain labels and amounts (minor units) and a
function that formats an amount; the accessible description says the same in words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

Formatter = Callable[[int], str]
BAR = QColor("#1f6feb")
MARGIN = 8


class _Chart(QWidget):
    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setMinimumSize(320, 220)
        self.empty_text = ""

    def _text_pen(self) -> QPen:
        return QPen(self.palette().color(QPalette.ColorRole.WindowText))

    def _empty(self, p: QPainter) -> None:
        p.setPen(self._text_pen())
        p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)


class BarChart(_Chart):
    """Vertical bars with their labels under them and the biggest value written on top."""

    def set_data(self, bars: Sequence[tuple[str, int]], fmt: Formatter) -> None:
        self.bars = list(bars)
        self.fmt = fmt
        self.setAccessibleDescription("; ".join(f"{label}: {fmt(v)}" for label, v in bars))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bars = getattr(self, "bars", [])
        if not bars or max(v for _, v in bars) <= 0:
            self._empty(p)
            return
        fm = p.fontMetrics()
        top = fm.height() + MARGIN
        bottom = self.height() - 2 * fm.height() - MARGIN
        width = self.width() - 2 * MARGIN
        slot = width / len(bars)
        biggest = max(v for _, v in bars)
        p.setPen(self._text_pen())
        for i, (label, value) in enumerate(bars):
            x = MARGIN + i * slot
            h = (bottom - top) * max(0, value) / biggest
            p.fillRect(QRectF(x + slot * 0.15, bottom - h, slot * 0.7, h), BAR)
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(slot * 2))
            row = 0 if len(bars) < 12 or i % 2 == 0 else 1  # alternate rows when crowded
            p.drawText(QRectF(x - slot / 2, bottom + 2 + row * fm.height(), slot * 2,
                              fm.height()), Qt.AlignmentFlag.AlignHCenter, text)
            if value == biggest:
                p.drawText(QRectF(x - slot, bottom - h - fm.height(), slot * 3, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, self.fmt(value))
        p.drawLine(MARGIN, int(bottom), self.width() - MARGIN, int(bottom))


class LineChart(_Chart):
    """A trend over days: one point per day joined by a line, first and last labelled."""

    def set_data(self, points: Sequence[tuple[str, int]], fmt: Formatter) -> None:
        self.points = list(points)
        self.fmt = fmt
        self.setAccessibleDescription("; ".join(f"{label}: {fmt(v)}" for label, v in points))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pts = getattr(self, "points", [])
        if not pts or max(v for _, v in pts) <= 0:
            self._empty(p)
            return
        fm = p.fontMetrics()
        top, bottom = fm.height() + MARGIN, self.height() - fm.height() - 2 * MARGIN
        left, right = MARGIN + fm.horizontalAdvance("00.00") // 2, self.width() - 3 * MARGIN
        biggest = max(v for _, v in pts)
        step = (right - left) / max(1, len(pts) - 1)
        dots = [QPointF(left + i * step, bottom - (bottom - top) * v / biggest)
                for i, (_, v) in enumerate(pts)]
        poly = QPolygonF(dots)
        p.setPen(self._text_pen())
        p.drawLine(left, int(bottom), right, int(bottom))
        p.setPen(QPen(BAR, 3))
        p.drawPolyline(poly)
        p.setBrush(BAR)
        for pt in dots:
            p.drawEllipse(pt, 4, 4)
        p.setPen(self._text_pen())
        for i in sorted({0, len(pts) - 1}):
            p.drawText(QRectF(dots[i].x() - 60, bottom + 4, 120, fm.height()),
                       Qt.AlignmentFlag.AlignHCenter, pts[i][0])
        peak = max(range(len(pts)), key=lambda i: pts[i][1])
        p.drawText(QRectF(dots[peak].x() - 80, dots[peak].y() - fm.height() - 4, 160,
                          fm.height()), Qt.AlignmentFlag.AlignHCenter, self.fmt(pts[peak][1]))


class HeatMap(_Chart):
    """Peak hours: 7 weekdays by 24 hours, darker where more was sold."""

    def set_data(self, grid: Sequence[Sequence[int]], day_names: Sequence[str],
                 fmt: Formatter) -> None:
        self.grid = [list(row) for row in grid]
        self.day_names = list(day_names)
        self.fmt = fmt
        busiest = max(((v, d, h) for d, row in enumerate(self.grid) for h, v in enumerate(row)),
                      default=(0, 0, 0))
        self.setAccessibleDescription(
            f"{self.day_names[busiest[1]]} {busiest[2]:02d}:00: {fmt(busiest[0])}"
            if busiest[0] > 0 else self.empty_text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        grid = getattr(self, "grid", [])
        biggest = max((v for row in grid for v in row), default=0)
        if biggest <= 0:
            self._empty(p)
            return
        fm = p.fontMetrics()
        left = max(fm.horizontalAdvance(n) for n in self.day_names) + MARGIN
        top, bottom = MARGIN, self.height() - fm.height() - MARGIN
        cw = (self.width() - left - MARGIN) / 24
        ch = (bottom - top) / 7
        base = QColor(BAR)
        p.setPen(self._text_pen())
        for d, row in enumerate(grid):
            p.drawText(QRectF(0, top + d * ch, left - 4, ch),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       self.day_names[d])
            for h, v in enumerate(row):
                c = QColor(base)
                c.setAlphaF(0.06 + 0.94 * v / biggest if v > 0 else 0.03)
                p.fillRect(QRectF(left + h * cw + 1, top + d * ch + 1, cw - 2, ch - 2), c)
        for h in range(0, 24, 3):
            p.drawText(QRectF(left + h * cw, bottom + 2, cw * 3, fm.height()),
                       Qt.AlignmentFlag.AlignLeft, f"{h:02d}")
