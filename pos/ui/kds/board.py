"""The kitchen display's board: cards painted in columns, and what a tap on them means.

The board paints its cards itself (no widget per ticket): a card's text is laid
out once, when the card first appears or changes, and a repaint only draws the
cards on screen, so 200 open tickets cost what the dozen or two visible ones do.
The timer repaints just the cards' header bands once a second.

Touch: the box at the left of an item (its quantity) marks it done; the item's
name opens its recipe card; the bar at a card's foot bumps it (at expo: confirms
it); the header selects the card.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from pos.services.kds import KdsSettings
from pos.ui import formatting
from pos.ui.kds.presenter import Card, KdsPresenter, KdsState

CARD_W = 360
GAP = 12
PAD = 10
HEADER_H = 84
FOOT_H = 64
BOX_W = 76  # the "done" box at the left of an item row
TITLE_PX, ITEM_PX, MOD_PX, SMALL_PX = 30, 26, 21, 18

# High contrast on black, readable from two metres.
BG = QColor("#000000")
CARD_BG = QColor("#161616")
TEXT = QColor("#ffffff")
DIM = QColor("#8c8c8c")
OK_BAND = QColor("#1b5e20")
WARN_BAND = QColor("#ffb300")
LATE_BAND = QColor("#d50000")
SELECT = QColor("#00e5ff")
RUSH = QColor("#ff2bd6")
VOID = QColor("#ff5252")
FIRE = QColor("#ff9100")
ALLERGY_BG = QColor("#ffd600")
DONE_BOX = QColor("#2e7d32")
FOOT_BG = QColor("#263238")


def _font(px: int, bold: bool = False, italic: bool = False, strike: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(px)
    f.setBold(bold)
    f.setItalic(italic)
    f.setStrikeOut(strike)
    return f


@dataclass(slots=True)
class _Row:
    kind: str  # "item" | "mod" | "note" | "allergen" | "station"
    text: str
    height: int
    line_id: str | None = None
    item_id: str | None = None
    done: bool = False
    voided: bool = False
    qty: int = 0


@dataclass(slots=True)
class _Laid:
    """A card's text laid out at the card width (positions relative to the card)."""

    card: Card
    rows: list[_Row]
    height: int
    tags_h: int  # the chips row (RUSH, FIRE, CHANGED, RECALLED), 0 without chips
    pixmap: QPixmap | None = None  # the body (below the header), painted once
    pixmap_h: int = 0


@dataclass(slots=True)
class _Placed:
    laid: _Laid
    rect: QRect
    number: int  # 1-based, for the bump bar


def timer_text(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 60}:{s % 60:02d}"


def band_color(seconds: float, settings: KdsSettings) -> QColor:
    if seconds >= settings.late_minutes * 60:
        return LATE_BAND
    if seconds >= settings.warn_minutes * 60:
        return WARN_BAND
    return OK_BAND


class KdsBoard(QWidget):
    """The cards, painted. Emits what was tapped; the screen passes it to the presenter.

    Signals:
        item_tapped(str, str): card key, line id (the done box).
        name_tapped(str): item id (its recipe card).
        bump_tapped(str): card key.
        card_tapped(str): card key (select it).
    """

    item_tapped = Signal(str, str)
    name_tapped = Signal(str)
    bump_tapped = Signal(str)
    card_tapped = Signal(str)

    def __init__(self, presenter: KdsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("kdsBoard")
        self.setAccessibleName(self.tr("Kitchen tickets"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.state = presenter.state
        self._laid: dict[str, _Laid] = {}
        self.placed: list[_Placed] = []
        self.overflow = 0
        self.fonts = {"title": _font(TITLE_PX, bold=True), "sub": _font(SMALL_PX),
                      "item": _font(ITEM_PX, bold=True),
                      "item_void": _font(ITEM_PX, bold=True, strike=True),
                      "mod": _font(MOD_PX), "note": _font(MOD_PX, italic=True),
                      "allergen": _font(SMALL_PX, bold=True), "station": _font(SMALL_PX, bold=True),
                      "foot": _font(ITEM_PX, bold=True), "tag": _font(SMALL_PX, bold=True)}
        self.metrics = {k: QFontMetrics(f) for k, f in self.fonts.items()}

    def sizeHint(self) -> QSize:
        return QSize(4 * (CARD_W + GAP) + GAP, 800)

    # --- layout -------------------------------------------------------------------------

    def show_state(self, state: KdsState) -> None:
        self.state = state
        keep = {c.key for c in state.cards}
        for k in [k for k in self._laid if k not in keep]:
            del self._laid[k]
        self.relayout()
        self.update()

    def _wrapped(self, kind: str, text: str, width: int) -> int:
        r = self.metrics[kind].boundingRect(QRect(0, 0, width, 10_000),
                                            int(Qt.TextFlag.TextWordWrap), text)
        return r.height() + 4

    def _lay(self, card: Card) -> _Laid:
        known = self._laid.get(card.key)
        if known is not None and known.card is card:
            return known
        inner = CARD_W - 2 * PAD
        text_w = inner - BOX_W
        rows: list[_Row] = []
        station = None
        for it in card.items:
            if card.station is None and it.station != station:
                station = it.station
                bumped = dict(card.parts).get(station, False)
                mark = self.tr("bumped") if bumped else self.tr("cooking")
                text = f"{station.upper()} · {mark}"
                rows.append(_Row("station", text, self._wrapped("station", text, inner) + 4,
                                 done=bumped))
            name = it.name + (f"  · {self.tr('seat')} {it.seat}" if it.seat else "")
            kind = "item_void" if it.voided else "item"
            if it.voided:
                name = f"{self.tr('VOID')} {name}"
            rows.append(_Row("item", name, max(48, self._wrapped(kind, name, text_w)),
                             it.line_id, it.item_id, it.done, it.voided, it.qty))
            for m in it.modifiers:
                text = f"– {m}"
                rows.append(_Row("mod", text, self._wrapped("mod", text, text_w), it.line_id,
                                 it.item_id, it.done, it.voided))
            if it.note:
                text = f"» {it.note}"
                rows.append(_Row("note", text, self._wrapped("note", text, text_w),
                                 it.line_id, it.item_id, it.done, it.voided))
            if it.allergens and not it.voided:
                text = "⚠ " + ", ".join(it.allergens)
                rows.append(_Row("allergen", text, self._wrapped("allergen", text, text_w) + 4,
                                 it.line_id, it.item_id, it.done, it.voided))
        tags_h = 34 if (card.rush or card.tag or card.changed or card.recalled) else 0
        height = HEADER_H + PAD + tags_h + sum(r.height for r in rows) + PAD + FOOT_H
        laid = _Laid(card, rows, height, tags_h)
        self._laid[card.key] = laid
        return laid

    def relayout(self) -> None:
        """Place cards in columns, oldest first, top to bottom then left to right."""
        w, h = self.width(), self.height()
        columns = max(1, (w - GAP) // (CARD_W + GAP))
        self.placed = []
        col, y = 0, GAP
        cards = self.state.cards
        for card in cards:
            laid = self._lay(card)
            ch = min(laid.height, h - 2 * GAP)
            if y > GAP and y + ch > h - GAP:
                col, y = col + 1, GAP
            if col >= columns:
                break
            x = GAP + col * (CARD_W + GAP)
            self.placed.append(_Placed(laid, QRect(x, y, CARD_W, ch), len(self.placed) + 1))
            y += ch + GAP
        self.overflow = len(cards) - len(self.placed)

    def visible_keys(self) -> tuple[str, ...]:
        return tuple(p.laid.card.key for p in self.placed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    # --- geometry for taps (and tests) -----------------------------------------------------------

    def _placed(self, key: str) -> _Placed | None:
        return next((p for p in self.placed if p.laid.card.key == key), None)

    def _row_rects(self, p: _Placed) -> list[tuple[_Row, QRect]]:
        out = []
        y = p.rect.y() + HEADER_H + PAD + p.laid.tags_h
        for row in p.laid.rows:
            out.append((row, QRect(p.rect.x() + PAD, y, CARD_W - 2 * PAD, row.height)))
            y += row.height
        return out

    def header_rect(self, p: _Placed) -> QRect:
        return QRect(p.rect.x(), p.rect.y(), CARD_W, HEADER_H)

    def foot_rect(self, p: _Placed) -> QRect:
        return QRect(p.rect.x(), p.rect.bottom() - FOOT_H + 1, CARD_W, FOOT_H)

    def item_point(self, key: str, line_id: str, name: bool = False) -> QPoint | None:
        p = self._placed(key)
        if p is None:
            return None
        for row, r in self._row_rects(p):
            if row.kind == "item" and row.line_id == line_id:
                x = r.x() + BOX_W + 20 if name else r.x() + BOX_W // 2
                return QPoint(x, r.y() + min(r.height(), 40) // 2)
        return None

    def bump_point(self, key: str) -> QPoint | None:
        p = self._placed(key)
        return None if p is None else self.foot_rect(p).center()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        for p in self.placed:
            if not p.rect.contains(pos):
                continue
            key = p.laid.card.key
            if self.foot_rect(p).contains(pos):
                self.bump_tapped.emit(key)
                return
            for row, r in self._row_rects(p):
                if r.contains(pos) and row.line_id is not None and r.bottom() < p.rect.bottom():
                    if row.kind == "item" and pos.x() >= r.x() + BOX_W and row.item_id:
                        self.name_tapped.emit(row.item_id)
                    else:
                        self.item_tapped.emit(key, row.line_id)
                    return
            self.card_tapped.emit(key)
            return
        super().mousePressEvent(event)

    # --- painting -----------------------------------------------------------------------------

    def tick(self) -> None:
        """Repaint the header bands (the timers) only."""
        for p in self.placed:
            self.update(self.header_rect(p))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        clip = event.rect()
        painter.fillRect(clip, BG)
        now = self.presenter.now()
        for p in self.placed:
            if p.rect.intersects(clip):
                self._paint_card(painter, p, now, header_only=not clip.intersects(
                    p.rect.adjusted(0, HEADER_H, 0, 0)))
        if not self.state.cards:
            painter.setPen(DIM)
            painter.setFont(self.fonts["title"])
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter),
                             self.tr("No open tickets"))
        painter.end()

    def _paint_card(self, painter: QPainter, p: _Placed, now: datetime,
                    header_only: bool) -> None:
        card, rect = p.laid.card, p.rect
        age = (now - card.sent_at).total_seconds()
        band = band_color(age, self.state.settings)
        late = card.expected_ready is not None and now > card.expected_ready
        head = self.header_rect(p)
        painter.fillRect(head, band)
        ink = QColor("#000000") if band == WARN_BAND else TEXT
        painter.setPen(ink)
        painter.setFont(self.fonts["title"])
        inner = head.adjusted(PAD, 6, -PAD, -6)
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         f"{p.number}  {card.title}" if p.number <= 9 else card.title)
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                         timer_text(age))
        painter.setFont(self.fonts["sub"])
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                         card.subtitle)
        flags = []
        if card.expected_ready is not None:
            flags.append(("≈ " + formatting.clock_time(card.expected_ready), ink))
        if late:
            flags.append((self.tr("LATE"), ink))
        painter.setFont(self.fonts["tag"])
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                         "  ".join(f for f, _ in flags))
        if not header_only:
            laid = p.laid
            body_h = rect.height() - HEADER_H
            if laid.pixmap is None or laid.pixmap_h != body_h:
                # The body only changes with the card: paint it once, then copy it.
                dpr = self.devicePixelRatioF()
                pm = QPixmap(int(CARD_W * dpr), int(body_h * dpr))
                pm.setDevicePixelRatio(dpr)
                pm.fill(CARD_BG)
                pp = QPainter(pm)
                pp.translate(-rect.x(), -(rect.y() + HEADER_H))
                self._paint_body(pp, p)
                pp.end()
                laid.pixmap, laid.pixmap_h = pm, body_h
            painter.drawPixmap(rect.x(), rect.y() + HEADER_H, laid.pixmap)
        self._paint_frame(painter, p)

    def _paint_body(self, painter: QPainter, p: _Placed) -> None:
        card, rect = p.laid.card, p.rect
        head = self.header_rect(p)
        painter.save()
        painter.setClipRect(rect)
        y = head.bottom() + 1
        tags = []
        if card.rush:
            tags.append((self.tr("RUSH"), RUSH))
        if card.tag:
            tags.append((card.tag, FIRE))
        if card.changed:
            tags.append((self.tr("CHANGED"), VOID))
        if card.recalled:
            tags.append((self.tr("RECALLED"), SELECT))
        x = rect.x() + PAD
        painter.setFont(self.fonts["tag"])
        fm = self.metrics["tag"]
        for text, colour in tags:
            tw = fm.horizontalAdvance(text) + 12
            chip = QRect(x, y + PAD, tw, fm.height() + 4)
            painter.fillRect(chip, colour)
            painter.setPen(QColor("#000000"))
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), text)
            x += tw + 6
        for row, r in self._row_rects(p):
            if r.top() >= self.foot_rect(p).top():
                break
            self._paint_row(painter, row, r)
        painter.restore()
        foot = self.foot_rect(p)
        painter.fillRect(foot.adjusted(0, 1, 0, 0), FOOT_BG)
        painter.setPen(TEXT)
        painter.setFont(self.fonts["foot"])
        if card.station is None:
            text = self.tr("CONFIRM") if card.confirmable else self.tr("waiting for stations")
        else:
            text = self.tr("BUMP")
        painter.drawText(foot, int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_frame(self, painter: QPainter, p: _Placed) -> None:
        card = p.laid.card
        if card.key == self.state.selected:
            painter.setPen(QPen(SELECT, 6))
        elif card.rush:
            painter.setPen(QPen(RUSH, 5))
        else:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(p.rect.adjusted(3, 3, -3, -3))

    def _paint_row(self, painter: QPainter, row: _Row, r: QRect) -> None:
        text_rect = r.adjusted(BOX_W, 2, 0, 0)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignTop)
        if row.kind == "station":
            painter.setPen(DONE_BOX if row.done else FIRE)
            painter.setFont(self.fonts["station"])
            painter.drawText(r.adjusted(0, 4, 0, 0), flags, row.text)
            return
        colour = VOID if row.voided else (DIM if row.done else TEXT)
        if row.kind == "item":
            box = QRect(r.x(), r.y() + 4, BOX_W - 12, 40)
            if row.done and not row.voided:
                painter.fillRect(box, DONE_BOX)
            else:
                painter.setPen(QPen(colour, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(box)
            painter.setPen(colour)
            painter.setFont(self.fonts["item_void" if row.voided else "item"])
            painter.drawText(text_rect, flags, row.text)
            painter.setFont(self.fonts["item"])
            painter.setPen(TEXT if row.done else colour)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter),
                             "✓" if row.done and not row.voided else f"{row.qty}×")
        elif row.kind == "allergen":
            painter.setFont(self.fonts["allergen"])
            fm = self.metrics["allergen"]
            bg = QRect(text_rect.x(), text_rect.y(),
                       min(text_rect.width(), fm.horizontalAdvance(row.text) + 10),
                       text_rect.height() - 4)
            painter.fillRect(bg, ALLERGY_BG)
            painter.setPen(QColor("#000000"))
            painter.drawText(bg.adjusted(5, 0, 0, 0), flags, row.text)
        else:
            painter.setPen(colour)
            painter.setFont(self.fonts[row.kind])
            painter.drawText(text_rect, flags, row.text)
