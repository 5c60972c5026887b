"""Stock levels (low stock highlighted, negative flagged) beside the 86 list and item
limits; and waste entry (ingredient, quantity on a keypad, reason)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain.inventory import format_qty
from pos.ui.inventory.common import combo, entry, set_options
from pos.ui.inventory.presenter import WASTE_REASONS, InventoryPresenter, InventoryState
from pos.ui.widgets import TOUCH_MIN, Keypad, button, label

LOW = QColor("#ffe0a3")  # amber: at or below the reorder point
NEGATIVE = QColor("#ffb3b3")  # red: more used than the log knows of
INK = QColor("#1a1a1a")


class StockPage(QWidget):
    """The levels table and the 86 / limit controls."""

    def __init__(self, presenter: InventoryPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("stockPage")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)

        left = QVBoxLayout()
        left.addWidget(label(self.tr("Stock on hand"), "stockTitle", self, role="groupTitle"))
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("stockTable")
        self.table.setAccessibleName(self.tr("Stock levels"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Ingredient"), self.tr("On hand"), self.tr("Reorder at"), self.tr("Par"),
            self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_MIN)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        left.addWidget(self.table, 1)
        self.summary = label("", "stockSummary", self)
        left.addWidget(self.summary)
        lay.addLayout(left, 3)

        right = QVBoxLayout()
        right.addWidget(label(self.tr("86 and limits"), "limitsTitle", self, role="groupTitle"))
        self.limit_list = QListWidget(self)
        self.limit_list.setObjectName("limitList")
        self.limit_list.setAccessibleName(self.tr("Items 86'd or limited"))
        self.limit_list.setSpacing(6)
        self.limit_list.setWordWrap(True)
        right.addWidget(self.limit_list, 1)
        self.item_box = combo("limitItem", self.tr("Item to limit"), self)
        right.addWidget(self.item_box)
        steps = QHBoxLayout()
        self.minus = button("−", "limitMinus", self, accessible=self.tr("One portion fewer"),
                            main=True)
        self.portions = label("8", "limitPortions", self, role="total")
        self.portions.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plus = button("+", "limitPlus", self, accessible=self.tr("One portion more"),
                           main=True)
        for w in (self.minus, self.portions, self.plus):
            steps.addWidget(w, 1)
        right.addLayout(steps)
        actions = QGridLayout()
        self.set_button = button(self.tr("Limit"), "limitSet", self,
                                 accessible=self.tr("Limit to these portions"))
        self.now_button = button(self.tr("86 now"), "limit86", self)
        self.lift_button = button(self.tr("Lift limit"), "limitLift", self)
        actions.addWidget(self.set_button, 0, 0)
        actions.addWidget(self.now_button, 0, 1)
        actions.addWidget(self.lift_button, 1, 0, 1, 2)
        right.addLayout(actions)
        lay.addLayout(right, 2)

        self.minus.clicked.connect(lambda: self._step(-1))
        self.plus.clicked.connect(lambda: self._step(1))
        self.set_button.clicked.connect(lambda: self._limit(int(self.portions.text())))
        self.now_button.clicked.connect(lambda: self._limit(0))
        self.lift_button.clicked.connect(lambda: self._limit(None))

    def _step(self, by: int) -> None:
        self.portions.setText(str(max(0, min(9999, int(self.portions.text()) + by))))

    def _limit(self, portions: int | None) -> None:
        item_id = self.item_box.currentData()
        if isinstance(item_id, str):
            self.presenter.set_limit(item_id, portions)

    def show_state(self, state: InventoryState) -> None:
        # What needs a manager first: negative stock, then low, then the rest by name.
        ordered = sorted(state.levels, key=lambda lv: (
            not lv.negative, not (lv.low and (lv.reorder_point or lv.par_level)), lv.name))
        self.table.setRowCount(len(ordered))
        low = negative = 0
        for row, lv in enumerate(ordered):
            if lv.negative:
                flag, colour = self.tr("Negative"), NEGATIVE
                negative += 1
            elif lv.low and (lv.reorder_point or lv.par_level):
                flag, colour = self.tr("Low"), LOW
                low += 1
            else:
                flag, colour = "", None
            cells = (lv.name, format_qty(lv.on_hand, lv.unit),
                     format_qty(lv.reorder_point, lv.unit), format_qty(lv.par_level, lv.unit),
                     flag)
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if colour is not None:
                    cell.setBackground(QBrush(colour))
                    cell.setForeground(QBrush(INK))
                self.table.setItem(row, col, cell)
        self.summary.setText(self.tr("%1 ingredients · %2 low · %3 negative")
                             .replace("%1", str(len(state.levels))).replace("%2", str(low))
                             .replace("%3", str(negative)))
        self.summary.setAccessibleName(self.summary.text())
        self.limit_list.clear()
        names = {i.id: i for i in state.items}
        for item_id, left in state.limits.items():
            it = names.get(item_id)
            if it is None:
                continue
            if not it.available:
                text = self.tr("%1 — 86'd: %2").replace("%1", it.name).replace(
                    "%2", it.unavailable_reason or self.tr("by hand"))
            else:
                text = self.tr("%1 — %2 left").replace("%1", it.name).replace(
                    "%2", str(left or 0))
            self.limit_list.addItem(text)
        if not state.limits:
            self.limit_list.addItem(self.tr("Nothing is 86'd or limited."))
        current = self.item_box.currentData()
        set_options(self.item_box, [(i.id, i.name) for i in state.items],
                    current if isinstance(current, str) else None)


class WastePage(QWidget):
    """Waste: pick the ingredient, type the quantity, tap a reason, record."""

    def __init__(self, presenter: InventoryPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("wastePage")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)
        form = QVBoxLayout()
        form.addWidget(label(self.tr("Ingredient"), "wasteIngredientTitle", self,
                             role="groupTitle"))
        self.ingredient = combo("wasteIngredient", self.tr("Wasted ingredient"), self)
        form.addWidget(self.ingredient)
        form.addWidget(label(self.tr("Quantity (e.g. 250 g, 1.5 kg, 3)"), "wasteQtyTitle",
                             self, role="groupTitle"))
        self.quantity = entry("wasteQty", self.tr("Wasted quantity"), self)
        form.addWidget(self.quantity)
        self.on_hand = label("", "wasteOnHand", self)
        form.addWidget(self.on_hand)
        form.addWidget(label(self.tr("Reason"), "wasteReasonTitle", self, role="groupTitle"))
        reasons = {"dropped": self.tr("Dropped"), "spoiled": self.tr("Spoiled"),
                   "expired": self.tr("Expired"), "overcooked": self.tr("Overcooked"),
                   "returned": self.tr("Sent back")}
        grid = QGridLayout()
        self.reason_group = QButtonGroup(self)
        self.reason_buttons: dict[str, QPushButton] = {}
        for i, code in enumerate(WASTE_REASONS):
            b = button(reasons[code], f"wasteReason_{code}", self, checkable=True)
            b.setProperty("role", "tab")
            self.reason_group.addButton(b)
            grid.addWidget(b, i // 3, i % 3)
            self.reason_buttons[code] = b
        form.addLayout(grid)
        self.other = entry("wasteOther", self.tr("Other reason"), self)
        self.other.setPlaceholderText(self.tr("Other reason"))
        form.addWidget(self.other)
        form.addStretch(1)
        self.record = button(self.tr("Record waste"), "wasteRecord", self, main=True)
        form.addWidget(self.record)
        lay.addLayout(form, 3)
        pad = QVBoxLayout()
        self.keypad = Keypad("waste", self, key_size=72)
        pad.addWidget(self.keypad)
        self.units = QHBoxLayout()
        pad.addLayout(self.units)
        pad.addStretch(1)
        lay.addLayout(pad, 2)
        for unit in ("g", "kg", "ml", "l", "."):
            b = button(unit, f"wasteUnit_{unit}", self,
                       accessible=self.tr("Type %1").replace("%1", unit))
            b.clicked.connect(lambda _=False, u=unit: self._type(u if u == "." else f" {u}"))
            self.units.addWidget(b)

        self.keypad.digit_pressed.connect(self._type)
        self.keypad.clear_pressed.connect(self.quantity.clear)
        self.keypad.back_pressed.connect(self.quantity.backspace)
        self.record.clicked.connect(self._record)
        presenter.waste_recorded.connect(self._recorded)
        self.ingredient.currentIndexChanged.connect(lambda _i: self._show_on_hand())
        self._state: InventoryState | None = None

    def _type(self, text: str) -> None:
        self.quantity.setText(self.quantity.text() + text)

    def _reason(self) -> str:
        other = self.other.text().strip()
        if other:
            return other
        checked = self.reason_group.checkedButton()
        return next((code for code, b in self.reason_buttons.items() if b is checked), "")

    def _record(self) -> None:
        ing = self.ingredient.currentData()
        if isinstance(ing, str):
            self.presenter.record_waste(ing, self.quantity.text(), self._reason())

    def _recorded(self) -> None:
        self.quantity.clear()
        self.other.clear()

    def _show_on_hand(self) -> None:
        state = self._state
        ing = self.ingredient.currentData()
        lv = state.level(ing) if state is not None and isinstance(ing, str) else None
        self.on_hand.setText(self.tr("On hand: %1").replace(
            "%1", format_qty(lv.on_hand, lv.unit)) if lv is not None else "")

    def show_state(self, state: InventoryState) -> None:
        self._state = state
        current = self.ingredient.currentData()
        set_options(self.ingredient, [(i.id, i.name) for i in state.ingredients],
                    current if isinstance(current, str) else None)
        self._show_on_hand()
