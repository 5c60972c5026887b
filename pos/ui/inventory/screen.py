"""The stock screen (managers): tabs for stock and 86, waste, stocktake, purchase orders
and recipes over one presenter; layout only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos.ui.inventory.count import CountPage
from pos.ui.inventory.orders import OrdersPage
from pos.ui.inventory.presenter import TABS, InventoryPresenter, InventoryState
from pos.ui.inventory.recipes import RecipesPage
from pos.ui.inventory.stock import StockPage, WastePage
from pos.ui.widgets import MessageBar, button, label


class InventoryScreen(QWidget):
    def __init__(self, presenter: InventoryPresenter, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("inventoryScreen")
        self.setAccessibleName(self.tr("Stock"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 8, 16, 8)
        lay.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Stock"), "inventoryTitle", self, role="title"))
        names = {"stock": self.tr("Stock and 86"), "waste": self.tr("Waste"),
                 "count": self.tr("Stocktake"), "orders": self.tr("Purchase orders"),
                 "recipes": self.tr("Recipes")}
        group = QButtonGroup(self)
        group.setExclusive(True)
        self.tab_buttons: dict[str, QPushButton] = {}
        for tab in TABS:
            b = button(names[tab], f"inventoryTab_{tab}", self, checkable=True)
            b.setProperty("role", "tab")
            b.clicked.connect(lambda _=False, t=tab: presenter.choose_tab(t))
            group.addButton(b)
            top.addWidget(b)
            self.tab_buttons[tab] = b
        top.addStretch(1)
        self.back_button = button(self.tr("Back to the floor"), "inventoryBack", self)
        self.back_button.clicked.connect(presenter.back)
        top.addWidget(self.back_button)
        lay.addLayout(top)
        self.message = MessageBar("inventoryMessage", self)
        lay.addWidget(self.message)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("inventoryPages")
        self.stock = StockPage(presenter, self.pages)
        self.waste = WastePage(presenter, self.pages)
        self.count = CountPage(presenter, currency, self.pages)
        self.orders = OrdersPage(presenter, currency, self.pages)
        self.recipes = RecipesPage(presenter, currency, self.pages)
        for page in (self.stock, self.waste, self.count, self.orders, self.recipes):
            self.pages.addWidget(page)
        lay.addWidget(self.pages, 1)
        presenter.state_changed.connect(self.show_state)
        presenter.message.connect(self.message.show_message)
        self.show_state(presenter.state)

    def show_state(self, state: InventoryState) -> None:
        for tab, b in self.tab_buttons.items():
            b.setChecked(tab == state.tab)
        self.pages.setCurrentIndex(TABS.index(state.tab))
        page = self.pages.currentWidget()
        show = getattr(page, "show_state", None)
        if callable(show):
            show(state)
