"""Stocktake by location, made for a finger: a row per ingredient kept there with big
− / + steppers, a tap on the count to type it on the keypad; the save records each
count as a count movement and shows the variance against what the log expected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.inventory import format_qty
from pos.ui import formatting
from pos.ui.inventory.common import clear, scroll_column, show_all
from pos.ui.inventory.presenter import InventoryPresenter, InventoryState, count_step
from pos.ui.widgets import Keypad, button, label, set_state


class CountPage(QWidget):
    def __init__(self, presenter: InventoryPresenter, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.currency = currency
        self.setObjectName("countPage")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)
        left = QVBoxLayout()
        self.locations_row = QHBoxLayout()
        left.addLayout(self.locations_row)
        self.location_group = QButtonGroup(self)
        self.location_buttons: dict[str, QPushButton] = {}
        area, self.rows = scroll_column("countRows", self)
        left.addWidget(area, 1)
        self.result = label("", "countResult", self, role="total")
        self.result.setWordWrap(True)
        left.addWidget(self.result)
        lay.addLayout(left, 3)
        right = QVBoxLayout()
        self.selected = label("", "countSelected", self, role="groupTitle")
        self.selected.setWordWrap(True)
        right.addWidget(self.selected)
        self.keypad = Keypad("count", self, key_size=72)
        right.addWidget(self.keypad)
        right.addStretch(1)
        self.save = button(self.tr("Save count"), "countSave", self, main=True)
        right.addWidget(self.save)
        lay.addLayout(right, 2)
        self.keypad.digit_pressed.connect(presenter.type_count_digit)
        self.keypad.clear_pressed.connect(presenter.clear_count)
        self.keypad.back_pressed.connect(presenter.delete_count_digit)
        self.save.clicked.connect(presenter.save_count)
        self._shown: tuple[str | None, tuple[str, ...]] = (None, ())
        self.value_buttons: dict[str, QPushButton] = {}
        self.variance_labels: dict[str, QWidget] = {}

    def _build_rows(self, state: InventoryState) -> None:
        clear(self.rows)
        self.value_buttons.clear()
        self.variance_labels.clear()
        for ing in state.count_rows():
            row = QHBoxLayout()
            name = label(ing.name, f"countName_{ing.name}", self)
            name.setWordWrap(True)
            row.addWidget(name, 3)
            expected = label("", f"countExpected_{ing.name}", self)
            row.addWidget(expected, 2)
            step = format_qty(count_step(ing), ing.unit.value)
            minus = button("−", f"countMinus_{ing.name}", self, main=True,
                           accessible=self.tr("%1: %2 less").replace("%1", ing.name)
                           .replace("%2", step))
            value = button("", f"countValue_{ing.name}", self, main=True, checkable=True,
                           accessible=self.tr("Counted %1").replace("%1", ing.name))
            value.setMinimumWidth(140)
            plus = button("+", f"countPlus_{ing.name}", self, main=True,
                          accessible=self.tr("%1: %2 more").replace("%1", ing.name)
                          .replace("%2", step))
            minus.clicked.connect(lambda _=False, i=ing.id: self.presenter.step_count(i, -1))
            plus.clicked.connect(lambda _=False, i=ing.id: self.presenter.step_count(i, 1))
            value.clicked.connect(lambda _=False, i=ing.id: self.presenter.select_count(i))
            for w in (minus, value, plus):
                row.addWidget(w)
            variance = label("", f"countVariance_{ing.name}", self)
            variance.setMinimumWidth(110)
            variance.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.addWidget(variance)
            self.rows.addLayout(row)
            self.value_buttons[ing.id] = value
            self.variance_labels[ing.id] = variance
            value.setProperty("expectedLabel", expected.objectName())
        self.rows.addStretch(1)
        show_all(self.rows)

    def show_state(self, state: InventoryState) -> None:
        for loc in state.locations:
            if loc.id not in self.location_buttons:
                b = button(loc.name, f"countLocation_{loc.name}", self, checkable=True)
                b.setProperty("role", "tab")
                b.clicked.connect(lambda _=False, i=loc.id:
                                  self.presenter.choose_count_location(i))
                self.location_group.addButton(b)
                self.locations_row.addWidget(b)
                self.location_buttons[loc.id] = b
        for loc_id, b in self.location_buttons.items():
            b.setChecked(loc_id == state.count_location)
        rows = state.count_rows()
        key = (state.count_location, tuple(i.id for i in rows))
        if key != self._shown:
            self._build_rows(state)
            self._shown = key
        variances = state.count_result.variances if state.count_result else {}
        for ing in rows:
            value = self.value_buttons[ing.id]
            expected = state.expected(ing.id)
            exp_label = self.findChild(QWidget, f"countExpected_{ing.name}")
            if exp_label is not None:
                exp_label.setProperty("text", self.tr("expected %1").replace(
                    "%1", format_qty(expected, ing.unit.value)))
            counted = state.counted.get(ing.id)
            value.setText(format_qty(counted, ing.unit.value) if counted is not None
                          else self.tr("count"))
            value.setChecked(ing.id == state.count_selected)
            var_label = self.variance_labels[ing.id]
            if ing.id in variances:
                v = variances[ing.id]
                var_label.setProperty("text", ("+" if v > 0 else "")
                                      + format_qty(v, ing.unit.value))
                set_state(var_label, "kind", "loss" if v < 0 else "gain" if v > 0 else "")
            elif counted is not None:
                v = counted - expected
                var_label.setProperty("text", ("+" if v > 0 else "")
                                      + format_qty(v, ing.unit.value) + " ?")
            else:
                var_label.setProperty("text", "")
        selected = state.ingredient(state.count_selected)
        self.selected.setText(self.tr("Counting: %1").replace("%1", selected.name)
                              if selected else self.tr("Tap a count to type it."))
        if state.count_result is not None:
            self.result.setText(self.tr("Variance of this count: %1").replace(
                "%1", formatting.money(state.count_result.value, self.currency)))
        else:
            self.result.setText(self.tr("%1 of %2 counted").replace(
                "%1", str(len(state.counted))).replace("%2", str(len(rows))))
        self.result.setAccessibleName(self.result.text())
