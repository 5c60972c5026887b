"""Payment's dialogs: split by item, split into amounts, and discounts.

Each opens with ``open()`` (no nested event loop), holds only what is being chosen,
and reports the choice through a signal; the presenter calls the services.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos.domain.events import DiscountKind
from pos.domain.order import OrderState
from pos.ui import formatting
from pos.ui.payment.presenter import AmountSplit, ItemSplit, typed
from pos.ui.widgets import Keypad, MessageBar, button, label

PERCENTS = (5, 10, 15, 20, 25, 50, 100)
DISCOUNT_REASONS = (QT_TRANSLATE_NOOP("DiscountDialog", "Regular guest"),
                    QT_TRANSLATE_NOOP("DiscountDialog", "Staff meal"),
                    QT_TRANSLATE_NOOP("DiscountDialog", "Complaint"),
                    QT_TRANSLATE_NOOP("DiscountDialog", "Happy hour"))


def _clear(layout: QVBoxLayout | QHBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget() if item is not None else None
        if w is not None:
            w.hide()
            w.deleteLater()


def _buttons_row(dialog: QDialog, prefix: str, ok_text: str,
                 cancel_text: str) -> tuple[QHBoxLayout, QPushButton]:
    """Cancel and the main action; Enter presses the main action, Escape cancels."""
    row = QHBoxLayout()
    row.addStretch(1)
    cancel = button(cancel_text, f"{prefix}Cancel", dialog, main=True)
    ok = button(ok_text, f"{prefix}Ok", dialog, main=True)
    ok.setProperty("role", "primary")
    ok.setMinimumWidth(180)
    ok.setDefault(True)
    cancel.clicked.connect(dialog.reject)
    row.addWidget(cancel)
    row.addWidget(ok)
    return row, ok


class SplitItemsDialog(QDialog):
    """Split by item: one column per check; tapping an item moves it to the next check.

    Signals:
        groups_chosen(list): each check's line ids.
    """

    groups_chosen = Signal(list)

    def __init__(self, order: OrderState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("splitItemsDialog")
        self.setAccessibleName(self.tr("Split by item"))
        self.setWindowTitle(self.tr("Split by item"))
        self.setModal(True)
        self.setMinimumSize(900, 560)
        self.currency = order.currency
        self.split = ItemSplit.of(order)
        lay = QVBoxLayout(self)
        lay.addWidget(label(self.tr("Tap an item to move it to the next check."),
                            "splitItemsPrompt", self, role="title"))
        area = QScrollArea(self)
        area.setObjectName("splitItemsArea")
        area.setWidgetResizable(True)
        inner = QWidget(area)
        inner.setObjectName("splitItemsColumns")
        self.columns = QGridLayout(inner)
        self.columns.setAlignment(Qt.AlignmentFlag.AlignTop)
        area.setWidget(inner)
        self.inner = inner
        lay.addWidget(area, 1)
        self.message = MessageBar("splitItemsMessage", self)
        lay.addWidget(self.message)
        row, self.ok = _buttons_row(self, "splitItems", self.tr("Split"), self.tr("Cancel"))
        self.add = button(self.tr("Add a check"), "splitAddCheck", self, main=True)
        row.insertWidget(0, self.add)
        lay.addLayout(row)
        self.add.clicked.connect(self._add_check)
        self.ok.clicked.connect(self._accept)
        self.line_buttons: list[QPushButton] = []
        self._render()

    def _add_check(self) -> None:
        self.split = self.split.add_check()
        self._render()

    def move_line(self, index: int) -> None:
        self.split = self.split.move(index)
        self._render()
        if index < len(self.line_buttons):
            self.line_buttons[index].setFocus()

    def _render(self) -> None:
        _clear(self.columns)
        self.line_buttons = []
        sp = self.split
        for c in range(sp.checks):
            head = label(self.tr("Check %1 · %2").replace("%1", formatting.number(c + 1))
                         .replace("%2", formatting.money(sp.amount(c), self.currency)),
                         f"splitCheck{c}Title", self.inner, role="groupTitle")
            self.columns.addWidget(head, 0, c)
            head.show()
        rows = [0] * sp.checks
        for i, ln in enumerate(sp.lines):
            c = sp.check_of(i)
            rows[c] += 1
            text = f"{ln.qty}× {ln.name}\n{formatting.money(ln.gross - ln.discount, self.currency)}"
            b = button(text.replace("&", "&&"), f"splitLine{i}", self.inner,
                       accessible=self.tr("%1 on check %2").replace("%1", ln.name)
                       .replace("%2", formatting.number(c + 1)))
            b.setAutoDefault(False)
            b.setMinimumWidth(180)
            b.clicked.connect(lambda _=False, k=i: self.move_line(k))
            self.columns.addWidget(b, rows[c], c)
            b.show()
            self.line_buttons.append(b)
        self.add.setEnabled(sp.checks < 6)
        self.ok.setEnabled(len(sp.groups()) >= 2)

    def _accept(self) -> None:
        groups = self.split.groups()
        if len(groups) < 2:
            self.message.show_message(self.tr("Put items on at least two checks."))
            return
        self.accept()
        self.groups_chosen.emit(groups)


class SplitAmountsDialog(QDialog):
    """Custom amounts: type each part on the keypad; the last part is what is left.

    Signals:
        amounts_chosen(list): the parts' amounts in minor units.
    """

    amounts_chosen = Signal(list)

    def __init__(self, total: int, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("splitAmountsDialog")
        self.setAccessibleName(self.tr("Split into amounts"))
        self.setWindowTitle(self.tr("Split into amounts"))
        self.setModal(True)
        self.currency = currency
        self.split = AmountSplit(total)
        lay = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(label(self.tr("Check total %1").replace(
            "%1", formatting.money(total, currency)), "splitAmountsTotal", self, role="title"))
        self.parts_box = QVBoxLayout()
        left.addLayout(self.parts_box)
        self.add = button(self.tr("Add a part"), "amountAddPart", self)
        self.add.clicked.connect(self._add_part)
        left.addWidget(self.add)
        left.addStretch(1)
        self.message = MessageBar("splitAmountsMessage", self)
        left.addWidget(self.message)
        right = QVBoxLayout()
        self.keypad = Keypad("amount", self, key_size=64)
        right.addWidget(self.keypad)
        row, self.ok = _buttons_row(self, "splitAmounts", self.tr("Split"), self.tr("Cancel"))
        right.addLayout(row)
        lay.addLayout(left, 1)
        lay.addLayout(right)
        self.keypad.digit_pressed.connect(lambda d: self._change(self.split.digit(d)))
        self.keypad.back_pressed.connect(lambda: self._change(self.split.back()))
        self.keypad.clear_pressed.connect(lambda: self._change(self.split.clear()))
        self.ok.clicked.connect(self._accept)
        self.part_buttons: list[QPushButton] = []
        self._render()

    def _change(self, split: AmountSplit) -> None:
        self.split = split
        self.message.show_message("")
        self._render()

    def _add_part(self) -> None:
        self._change(self.split.add_part())

    def _render(self) -> None:
        _clear(self.parts_box)
        self.part_buttons = []
        group = QButtonGroup(self)
        amounts = self.split.amounts
        last = len(amounts) - 1
        for i, amount in enumerate(amounts):
            money = formatting.money(amount, self.currency)
            text = self.tr("Part %1: %2 (the rest)") if i == last else self.tr("Part %1: %2")
            text = text.replace("%1", formatting.number(i + 1)).replace("%2", money)
            b = button(text, f"amountPart{i}", self, checkable=i != last,
                       accessible=self.tr("Part %1").replace("%1", formatting.number(i + 1)))
            b.setAccessibleDescription(money)
            b.setAutoDefault(False)
            if i == last:
                b.setEnabled(False)
            else:
                group.addButton(b)
                b.setChecked(i == self.split.selected)
                b.clicked.connect(lambda _=False, k=i: self._change(self.split.select(k)))
            self.parts_box.addWidget(b)
            b.show()
            self.part_buttons.append(b)
        self.add.setEnabled(len(amounts) < 6)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit():
            self._change(self.split.digit(text))
        elif event.key() == Qt.Key.Key_Backspace:
            self._change(self.split.back())
        else:
            super().keyPressEvent(event)

    def _accept(self) -> None:
        self.accept()
        self.amounts_chosen.emit(list(self.split.amounts))


class DiscountDialog(QDialog):
    """A discount on the check or one line: a percentage or an amount, and why.

    The discounts already given are listed with a button to take each off.

    Signals:
        discount_chosen(str, int, str, object): kind ("percent" in basis points or
            "amount" in minor units), value, reason, and the line id or None.
        remove_requested(str): take this discount off.
    """

    discount_chosen = Signal(str, int, str, object)
    remove_requested = Signal(str)

    def __init__(self, order: OrderState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discountDialog")
        self.setAccessibleName(self.tr("Discount"))
        self.setWindowTitle(self.tr("Discount"))
        self.setModal(True)
        self.setMinimumWidth(920)
        self.currency = order.currency
        self.kind = DiscountKind.PERCENT
        self.value = 0  # basis points, or minor units
        self.line_id: str | None = None
        self.reason = QLineEdit(self)
        root = QHBoxLayout(self)

        # Left: what gets the discount, and the discounts already on the check.
        left = QVBoxLayout()
        left.addWidget(label(self.tr("Discount on"), "discountTargetTitle", self,
                             role="groupTitle"))
        area = QScrollArea(self)
        area.setObjectName("discountTargets")
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(area)
        inner.setObjectName("discountTargetsInner")
        targets = QVBoxLayout(inner)
        area.setWidget(inner)
        self.target_group = QButtonGroup(self)
        whole = button(self.tr("The whole check"), "discountTargetCheck", inner, checkable=True)
        whole.setChecked(True)
        whole.clicked.connect(lambda: self._target(None))
        self.target_group.addButton(whole)
        targets.addWidget(whole)
        for i, ln in enumerate(order.live_lines):
            text = f"{ln.qty}× {ln.name} · {formatting.money(ln.gross, self.currency)}"
            b = button(text.replace("&", "&&"), f"discountTargetLine{i}", inner, checkable=True,
                       accessible=ln.name)
            b.clicked.connect(lambda _=False, lid=ln.id: self._target(lid))
            self.target_group.addButton(b)
            targets.addWidget(b)
        targets.addStretch(1)
        left.addWidget(area, 1)
        if order.discounts:
            left.addWidget(label(self.tr("Given"), "discountsGivenTitle", self,
                                 role="groupTitle"))
            for i, d in enumerate(order.discounts):
                line = order.line(d.line_id) if d.line_id else None
                what = line.name if line else self.tr("check")
                text = self.tr("%1 off %2 (%3) · remove").replace(
                    "%1", formatting.money(d.amount, self.currency)).replace(
                    "%2", what).replace("%3", d.reason)
                b = button(text.replace("&", "&&"), f"discountRemove{i}", self,
                           accessible=self.tr("Remove the discount %1").replace(
                               "%1", formatting.money(d.amount, self.currency)))
                b.clicked.connect(lambda _=False, did=d.id: self._remove(did))
                left.addWidget(b)
        root.addLayout(left, 1)

        # Right: how much, and why.
        right = QVBoxLayout()
        kinds = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.percent_button = button(self.tr("Percent"), "discountPercent", self, checkable=True)
        self.amount_button = button(self.tr("Amount"), "discountAmount", self, checkable=True)
        for b, kind in ((self.percent_button, DiscountKind.PERCENT),
                        (self.amount_button, DiscountKind.AMOUNT)):
            self.kind_group.addButton(b)
            b.clicked.connect(lambda _=False, k=kind: self._kind(k))
            kinds.addWidget(b)
        self.percent_button.setChecked(True)
        right.addLayout(kinds)
        quick = QHBoxLayout()
        self.quick: list[QPushButton] = []
        for pct in PERCENTS:
            b = button(self.tr("%1 %").replace("%1", formatting.number(pct)),
                       f"discountPct{pct}", self,
                       accessible=self.tr("%1 percent").replace("%1", formatting.number(pct)))
            b.clicked.connect(lambda _=False, p=pct: self._set_value(p * 100))
            quick.addWidget(b)
            self.quick.append(b)
        right.addLayout(quick)
        self.value_label = label("", "discountValue", self, role="total")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.value_label)
        self.keypad = Keypad("discount", self, key_size=52)
        right.addWidget(self.keypad)
        reasons = QGridLayout()
        for i, reason in enumerate(DISCOUNT_REASONS):
            text = self.tr(str(reason))
            b = button(text, f"discountReason{i}", self)
            b.clicked.connect(lambda _=False, t=text: self.reason.setText(t))
            reasons.addWidget(b, i // 2, i % 2)
        right.addLayout(reasons)
        self.reason.setObjectName("discountReasonText")
        self.reason.setAccessibleName(self.tr("Reason for the discount"))
        self.reason.setPlaceholderText(self.tr("Reason for the discount"))
        self.reason.setMinimumHeight(48)
        self.reason.setMaxLength(120)
        right.addWidget(self.reason)
        self.message = MessageBar("discountMessage", self)
        right.addWidget(self.message)
        row, self.ok = _buttons_row(self, "discount", self.tr("Give discount"),
                                    self.tr("Cancel"))
        right.addLayout(row)
        root.addLayout(right, 1)

        self.keypad.digit_pressed.connect(self._digit)
        self.keypad.back_pressed.connect(lambda: self._set_value(self.value // 10))
        self.keypad.clear_pressed.connect(lambda: self._set_value(0))
        self.reason.returnPressed.connect(self._accept)
        self.ok.clicked.connect(self._accept)
        self._render()

    def _target(self, line_id: str | None) -> None:
        self.line_id = line_id

    def _kind(self, kind: DiscountKind) -> None:
        self.kind = kind
        self._set_value(0)

    def _digit(self, d: str) -> None:
        if self.kind is DiscountKind.PERCENT:
            # Whole percent typed: 1, 15 → 15 % (1500 basis points), at most 100 %.
            self._set_value(min(10000, (self.value // 100 * 10 + int(d)) * 100))
        else:
            self._set_value(typed(self.value, d))

    def _set_value(self, value: int) -> None:
        self.value = max(0, value)
        self.message.show_message("")
        self._render()

    def _render(self) -> None:
        percent = self.kind is DiscountKind.PERCENT
        for b in self.quick:
            b.setVisible(percent)
        if percent:
            pct = formatting.number(self.value // 100)
            if self.value % 100:
                pct += QLocale().decimalPoint() + f"{self.value % 100:02d}"
            self.value_label.setText(self.tr("%1 % off").replace("%1", pct))
        else:
            self.value_label.setText(self.tr("%1 off").replace(
                "%1", formatting.money(self.value, self.currency)))
        self.value_label.setAccessibleDescription(self.value_label.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit() and not self.reason.hasFocus():
            self._digit(text)
        else:
            super().keyPressEvent(event)

    def _remove(self, discount_id: str) -> None:
        self.accept()
        self.remove_requested.emit(discount_id)

    def _accept(self) -> None:
        if self.value <= 0:
            self.message.show_message(self.tr("Choose how much first."))
            return
        if not self.reason.text().strip():
            self.message.show_message(self.tr("Give a reason for the discount."))
            self.reason.setFocus()
            return
        self.accept()
        self.discount_chosen.emit(self.kind.value, self.value, self.reason.text().strip(),
                                  self.line_id)

