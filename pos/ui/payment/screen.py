"""The payment screen: the check and its parts on the left, tenders on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.events import DiscountKind
from pos.ui import formatting
from pos.ui.dialog_host import DialogHost
from pos.ui.manager_pin import ManagerPinDialog
from pos.ui.payment.dialogs import DiscountDialog, SplitAmountsDialog, SplitItemsDialog
from pos.ui.payment.presenter import TIP_PERCENTS, PaymentPresenter, PaymentScreenState
from pos.ui.widgets import TOUCH_MIN, MessageBar, SidePanel, button, label, scroll_column

CHECK_PANEL_WIDTH = 370
QUICK_CASH = 4
MAX_PARTS_SHOWN = 6


class PaymentScreen(DialogHost, QWidget):
    """Layout only: renders ``PaymentScreenState`` and forwards taps."""

    def __init__(self, presenter: PaymentPresenter, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.currency = currency
        self.setObjectName("paymentScreen")
        self.setAccessibleName(self.tr("Payment"))
        root = QHBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(16)
        root.addWidget(self._build_check_side(), 0)
        root.addLayout(self._build_tender_side(), 1)
        self.dialog: QDialog | None = None
        presenter.state_changed.connect(self.show_state)
        presenter.message.connect(self.message.show_message)
        presenter.override.pin_needed.connect(self.ask_manager_pin)
        self.show_state(presenter.state)

    def _money(self, minor: int) -> str:
        return formatting.money(minor, self.currency)

    def _build_check_side(self) -> QWidget:
        panel = SidePanel(CHECK_PANEL_WIDTH, self)
        panel.setObjectName("paymentCheckPanel")
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.header = label("", "paymentHeader", panel, role="title")
        self.totals = label("", "paymentTotals", panel)
        self.totals.setWordWrap(True)
        lay.addWidget(self.header)
        lay.addWidget(self.totals)
        lay.addWidget(label(self.tr("Split the check"), "splitTitle", panel, role="groupTitle"))
        # Two rows of three, each label whole (a large text size widens the panel instead).
        split_row = QHBoxLayout()
        self.split_buttons: list[QPushButton] = []
        for ways in (2, 3, 4):
            b = button(self.tr("%n ways", "", ways), f"splitEven{ways}", panel,
                       accessible=self.tr("Split evenly %n ways", "", ways), whole_text=True)
            b.clicked.connect(lambda _=False, n=ways: self.presenter.split_even(n))
            split_row.addWidget(b)
            self.split_buttons.append(b)
        lay.addLayout(split_row)
        more_row = QHBoxLayout()
        seat = button(self.tr("By seat"), "splitSeat", panel,
                      accessible=self.tr("Split by seat"), whole_text=True)
        seat.clicked.connect(self.presenter.split_by_seat)
        by_item = button(self.tr("By item"), "splitItems", panel,
                         accessible=self.tr("Split by item"), whole_text=True)
        by_item.clicked.connect(self.ask_item_split)
        amounts = button(self.tr("Amounts"), "splitAmounts", panel,
                         accessible=self.tr("Split into amounts"), whole_text=True)
        amounts.clicked.connect(self.ask_amount_split)
        for b in (seat, by_item, amounts):
            more_row.addWidget(b)
            self.split_buttons.append(b)
        lay.addLayout(more_row)
        self.parts_title = label(self.tr("Parts"), "partsTitle", panel, role="groupTitle")
        lay.addWidget(self.parts_title)
        # The parts scroll, so six parts, a large text size or a long language never push
        # the tools and "Back to order" off a 768-pixel screen. They scroll by the theme's
        # wide bar: a flick gesture over buttons (QScroller) swallowed taps right to left.
        self.parts_area, parts = scroll_column("partsList", panel)
        self.parts_area.setAccessibleName(self.tr("Parts"))
        self.parts_area.setMinimumHeight(TOUCH_MIN)
        inner = self.parts_area.widget()
        self.part_group = QButtonGroup(self)
        self.part_buttons: list[QPushButton] = []
        for i in range(MAX_PARTS_SHOWN):
            b = button("", f"part{i}", inner, checkable=True, accessible=self.tr("Part"))
            b.clicked.connect(lambda _=False, k=i: self._part_clicked(k))
            self.part_group.addButton(b)
            self.part_buttons.append(b)
            parts.addWidget(b)
        parts.addStretch(1)
        lay.addWidget(self.parts_area, 1)
        tools = QHBoxLayout()
        self.discount_button = button(self.tr("Discount"), "discountButton", panel,
                                      accessible=self.tr("Give or remove a discount"),
                                      whole_text=True)
        self.discount_button.clicked.connect(self.ask_discount)
        self.print_button = button(self.tr("Print bill"), "printBill", panel, whole_text=True)
        self.print_button.clicked.connect(self.presenter.print_bill)
        tools.addWidget(self.discount_button)
        tools.addWidget(self.print_button)
        lay.addLayout(tools)
        self.back_button = button(self.tr("Back to order"), "paymentBack", panel, main=True)
        self.back_button.clicked.connect(self.presenter.back)
        lay.addWidget(self.back_button)
        return panel

    def _build_tender_side(self) -> QVBoxLayout:
        col = QVBoxLayout()
        col.setSpacing(8)
        self.due = label("", "dueAmount", self, role="due")
        self.due.setAccessibleName(self.tr("Amount due"))
        self.due_detail = label("", "dueDetail", self)
        col.addWidget(self.due)
        col.addWidget(self.due_detail)
        # Beside what is due (the check side has no room left with six parts shown).
        service_row = QHBoxLayout()
        self.service_button = button(self.tr("Service charge"), "serviceButton", self,
                                     accessible=self.tr("Add or remove the service charge"))
        self.service_button.setMinimumWidth(220)
        self.service_button.clicked.connect(self.presenter.toggle_service_charge)
        service_row.addWidget(self.service_button)
        service_row.addStretch(1)
        col.addLayout(service_row)
        col.addWidget(label(self.tr("Tip"), "tipTitle", self, role="groupTitle"))
        tip_row = QHBoxLayout()
        self.tip_group = QButtonGroup(self)
        self.tip_buttons: dict[int, QPushButton] = {}
        for pct in TIP_PERCENTS:
            text = self.tr("No tip") if pct == 0 else self.tr("%1 %").replace(
                "%1", formatting.number(pct))
            b = button(text, f"tip{pct}", self, checkable=True,
                       accessible=self.tr("Tip %1 percent").replace("%1", formatting.number(pct)))
            b.clicked.connect(lambda _=False, p=pct: self.presenter.set_tip_percent(p))
            self.tip_group.addButton(b)
            self.tip_buttons[pct] = b
            tip_row.addWidget(b)
        col.addLayout(tip_row)
        col.addWidget(label(self.tr("Cash handed over"), "cashTitle", self, role="groupTitle"))
        cash_row = QHBoxLayout()
        self.cash_buttons: list[QPushButton] = []
        for i in range(QUICK_CASH):
            b = button("", f"cash{i}", self, main=True, accessible=self.tr("Cash"))
            b.clicked.connect(lambda _=False, k=i: self._cash_clicked(k))
            self.cash_buttons.append(b)
            cash_row.addWidget(b)
        col.addLayout(cash_row)
        col.addWidget(label(self.tr("Card (external terminal) or other"), "cardTitle", self,
                            role="groupTitle"))
        card_row = QHBoxLayout()
        self.reference = QLineEdit(self)
        self.reference.setObjectName("cardReference")
        self.reference.setAccessibleName(self.tr("Card terminal reference"))
        self.reference.setPlaceholderText(self.tr("Reference (card terminal, voucher…)"))
        self.reference.setMinimumHeight(64)
        self.card = button("", "payCard", self, main=True,
                           accessible=self.tr("Charge the card"))
        self.card.setProperty("role", "primary")
        self.card.setMinimumWidth(220)
        self.card.clicked.connect(self._card_clicked)
        self.other = button(self.tr("Other"), "payOther", self, main=True,
                            accessible=self.tr("Other tender (voucher, invoice)"))
        self.other.setMinimumWidth(110)
        self.other.clicked.connect(self._other_clicked)
        card_row.addWidget(self.reference, 1)
        card_row.addWidget(self.card)
        card_row.addWidget(self.other)
        col.addLayout(card_row)
        self.change = label("", "changeDue", self, role="change")
        self.change.setAccessibleName(self.tr("Change due"))
        self.change.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.change)
        self.message = MessageBar("paymentMessage", self)
        col.addWidget(self.message)
        col.addStretch(1)
        self.done_button = button(self.tr("Done — back to the floor"), "paymentDone", self,
                                  main=True)
        self.done_button.setProperty("role", "primary")
        self.done_button.clicked.connect(self.presenter.finish)
        col.addWidget(self.done_button)
        return col

    def show_state(self, state: PaymentScreenState) -> None:
        o = state.order
        if o is None:
            return
        self.header.setText(self.tr("Table %1").replace("%1", o.table_name)
                            + f" · {o.check_number}")
        lines = [self.tr("Total %1").replace("%1", self._money(o.total))]
        if o.discount_total:
            lines.append(self.tr("Discounts %1").replace(
                "%1", self._money(-o.discount_total)))
        if o.service_charge is not None:
            lines.append(f"{formatting.service_charge(o.service_charge)} "
                         f"{self._money(o.service_total)}")
        if o.paid:
            lines.append(self.tr("Paid %1").replace("%1", self._money(o.paid)))
        if o.tips:
            lines.append(self.tr("Tips %1").replace("%1", self._money(o.tips)))
        lines.append(self.tr("Balance %1").replace("%1", self._money(o.balance)))
        self.totals.setText(" · ".join(lines))
        can_split = not o.payments and not state.closed
        for b in self.split_buttons:
            b.setEnabled(can_split)
        self.parts_title.setVisible(bool(o.parts))
        for i, b in enumerate(self.part_buttons):
            part = o.parts[i] if i < len(o.parts) else None
            b.setVisible(part is not None)
            if part is None:
                continue
            status = self.tr("paid") if part.balance <= 0 else self._money(part.balance)
            name = formatting.part_label(o, i)
            b.setText(f"{name} — {status}")
            b.setAccessibleName(name)
            b.setAccessibleDescription(status)
            b.setEnabled(part.balance > 0 and not state.closed)
            b.setChecked(part.id == state.part_id)
            if b.isChecked():
                self.parts_area.ensureWidgetVisible(b, 0, 0)
        due, tip = state.due, state.tip
        self.due.setText(self.tr("Due %1").replace("%1", self._money(due)))
        self.due.setAccessibleDescription(self._money(due))
        self.due_detail.setText(
            self.tr("Tip %1 · to take %2").replace("%1", self._money(tip))
            .replace("%2", self._money(due + tip)) if tip else "")
        self.tip_buttons[state.tip_percent].setChecked(True)
        quick = state.quick_cash
        for i, b in enumerate(self.cash_buttons):
            b.setVisible(i < len(quick))
            if i < len(quick):
                b.setText(self._money(quick[i]))
                b.setAccessibleName(self.tr("Cash %1").replace("%1", self._money(quick[i])))
        self.card.setText(self.tr("Charge card %1").replace("%1", self._money(due + tip)))
        self.card.setEnabled(due > 0)
        self.other.setEnabled(due > 0)
        self.discount_button.setEnabled(not o.payments and not state.closed)
        self.service_button.setEnabled(not o.payments and not state.closed)
        self.service_button.setText(self.tr("Service charge") if o.service_charge is None
                                    else self.tr("No service charge"))
        self.print_button.setText(self.tr("Print receipt") if state.closed
                                  else self.tr("Print bill"))
        self.print_button.setAccessibleName(self.print_button.text())
        for b in (*self.tip_buttons.values(), *self.cash_buttons):
            b.setEnabled(due > 0)
        self.reference.setEnabled(due > 0)
        if state.last_change is not None:
            self.change.setText(self.tr("Change %1").replace(
                "%1", self._money(state.last_change)))
        else:
            self.change.setText("")
        self.change.setAccessibleDescription(self.change.text())
        self.done_button.setEnabled(state.closed)
        self.back_button.setEnabled(not state.closed)
        if state.closed and self.isVisible():
            self.done_button.setFocus()

    def focus_tender(self) -> None:
        """Entering the screen: the exact cash amount has the focus."""
        target = self.cash_buttons[0] if self.cash_buttons[0].isEnabled() else self.back_button
        target.setFocus()

    def _part_clicked(self, index: int) -> None:
        order = self.presenter.state.order
        if order is not None and index < len(order.parts):
            self.presenter.choose_part(order.parts[index].id)

    def _cash_clicked(self, index: int) -> None:
        quick = self.presenter.state.quick_cash
        if index < len(quick):
            self.presenter.pay_cash(quick[index])

    def _card_clicked(self) -> None:
        self.presenter.pay_card(self.reference.text())
        self.reference.clear()

    def _other_clicked(self) -> None:
        self.presenter.pay_other(self.reference.text())
        self.reference.clear()

    # --- dialogs -------------------------------------------------------------------------

    def ask_item_split(self) -> None:
        order = self.presenter.state.order
        if order is None:
            return
        dlg = SplitItemsDialog(order, self)
        dlg.groups_chosen.connect(self.presenter.split_by_items)
        self._open(dlg)

    def ask_amount_split(self) -> None:
        order = self.presenter.state.order
        if order is None:
            return
        dlg = SplitAmountsDialog(order.total, self.currency, self)
        dlg.amounts_chosen.connect(self.presenter.split_by_amounts)
        self._open(dlg)

    def ask_discount(self) -> None:
        order = self.presenter.state.order
        if order is None:
            return
        dlg = DiscountDialog(order, self)
        dlg.discount_chosen.connect(
            lambda kind, value, reason, line_id: self.presenter.apply_discount(
                DiscountKind(kind), value, reason, line_id))
        dlg.remove_requested.connect(self.presenter.remove_discount)
        self._open(dlg)

    def ask_manager_pin(self, why: str) -> None:
        dlg = ManagerPinDialog(why, self)
        dlg.pin_entered.connect(self.presenter.override.provide)
        dlg.rejected.connect(self.presenter.override.cancel)
        self._open(dlg)
