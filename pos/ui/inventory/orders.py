"""Purchase orders: what each supplier should deliver (low stock up to par, whole packs),
ordered with one tap; open orders received with one tap (stock and costs go up)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from pos.ui import formatting
from pos.ui.inventory.common import clear, scroll_column, show_all
from pos.ui.inventory.presenter import InventoryPresenter, InventoryState
from pos.ui.widgets import button, label


class OrdersPage(QWidget):
    def __init__(self, presenter: InventoryPresenter, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.currency = currency
        self.setObjectName("ordersPage")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)
        left = QVBoxLayout()
        left.addWidget(label(self.tr("Suggested orders"), "suggestedTitle", self,
                             role="groupTitle"))
        area, self.suggested = scroll_column("suggestedList", self)
        left.addWidget(area, 1)
        lay.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(label(self.tr("Open purchase orders"), "openOrdersTitle", self,
                              role="groupTitle"))
        area, self.open_orders = scroll_column("openOrdersList", self)
        right.addWidget(area, 1)
        lay.addLayout(right, 1)

    def show_state(self, state: InventoryState) -> None:
        clear(self.suggested)
        names = {s.id: s.name for s in state.suppliers}
        for order in state.suggested:
            lines = ", ".join(f"{ln.packs}× {ln.name}" for ln in order.lines)
            text = self.tr("%1 · %2\n%3").replace("%1", order.supplier).replace(
                "%2", formatting.money(order.total, self.currency)).replace("%3", lines)
            info = label(text, f"suggested_{order.supplier}", self)
            info.setWordWrap(True)
            self.suggested.addWidget(info)
            b = button(self.tr("Order from %1").replace("%1", order.supplier),
                       f"poOrder_{order.supplier}", self)
            b.clicked.connect(lambda _=False, s=order.supplier_id:
                              self.presenter.order_suggested(s))
            self.suggested.addWidget(b)
        if not state.suggested:
            self.suggested.addWidget(label(self.tr("Nothing is low: no order needed."),
                                           "suggestedNone", self))
        self.suggested.addStretch(1)
        show_all(self.suggested)
        clear(self.open_orders)
        for po in state.open_orders:
            lines = ", ".join(f"{ln.packs}× {ln.name}" for ln in po.lines)
            text = self.tr("%1 · %2 · %3\n%4").replace("%1", po.number).replace(
                "%2", names.get(po.supplier_id, "?")).replace(
                "%3", formatting.money(po.total, self.currency)).replace("%4", lines)
            info = label(text, f"po_{po.number}", self)
            info.setWordWrap(True)
            self.open_orders.addWidget(info)
            b = button(self.tr("Receive %1").replace("%1", po.number),
                       f"poReceive_{po.number}", self)
            b.clicked.connect(lambda _=False, i=po.id: self.presenter.receive(i))
            self.open_orders.addWidget(b)
        if not state.open_orders:
            self.open_orders.addWidget(label(self.tr("No purchase order is waiting."),
                                             "openOrdersNone", self))
        self.open_orders.addStretch(1)
        show_all(self.open_orders)
