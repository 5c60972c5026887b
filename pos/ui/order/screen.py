"""The order entry screen: the check on the left, the menu on the right."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScroller,
    QSizePolicy,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain.menu import MenuItem
from pos.domain.order import OrderState
from pos.ui import formatting
from pos.ui.dialog_host import DialogHost
from pos.ui.keyboard import grid_step
from pos.ui.manager_pin import ManagerPinDialog
from pos.ui.order.dialogs import ModifierDialog, NoteDialog, VoidReasonDialog
from pos.ui.order.presenter import PAGE_SIZE, CheckRow, OrderPresenter, OrderScreenState
from pos.ui.widgets import (
    TOUCH_MIN,
    FlowLayout,
    MessageBar,
    SidePanel,
    WrapTextButton,
    button,
    label,
    set_state,
)

CATEGORY_WIDTH = 150
CHECK_PANEL_WIDTH = 370
GRID_COLUMNS = 3
LINE_ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
AMOUNT_WIDTH = 80


class Stepper(QWidget):
    """"−  value  +" with big buttons, for seat, course and quantity."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Stepper")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.minus = button("−", f"{name}Minus", self,
                            accessible=self.tr("Less: %1").replace("%1", accessible))
        self.value = label("", f"{name}Value", self, role="stepValue")
        self.value.setAccessibleName(accessible)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setMinimumWidth(84)
        self.plus = button("+", f"{name}Plus", self,
                           accessible=self.tr("More: %1").replace("%1", accessible))
        for w in (self.minus, self.value, self.plus):
            lay.addWidget(w)

    def show_value(self, text: str) -> None:
        self.value.setText(text)
        self.value.setAccessibleDescription(text)


class OrderScreen(DialogHost, QWidget):
    """Layout only: renders ``OrderScreenState``; dialogs report back to the presenter."""

    def __init__(self, presenter: OrderPresenter, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.currency = currency
        self.setObjectName("orderScreen")
        self.setAccessibleName(self.tr("Order entry"))
        self.dialog: QDialog | None = None
        self._rendered_rows: tuple[CheckRow, ...] | None = None
        self._rendered_order: OrderState | bool | None = False  # nothing drawn yet
        self._rendered_items: tuple[MenuItem, ...] | None = None
        self._line_items: dict[str, QTreeWidgetItem] = {}

        root = QHBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(8)
        root.addWidget(self._build_check_panel(), 0)
        root.addLayout(self._build_menu_panel(), 1)

        presenter.state_changed.connect(self.show_state)
        presenter.message.connect(self.message.show_message)
        presenter.modifiers_needed.connect(self.ask_modifiers)
        presenter.void_reason_needed.connect(self.ask_void_reason)
        presenter.manager_pin_needed.connect(self.ask_manager_pin)
        self.show_state(presenter.state)

    # --- layout --------------------------------------------------------------------------

    def _build_check_panel(self) -> QWidget:
        panel = SidePanel(CHECK_PANEL_WIDTH, self)
        panel.setObjectName("checkPanel")
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.header = label("", "orderHeader", panel, role="title")
        self.subheader = label("", "orderSubheader", panel)
        lay.addWidget(self.header)
        lay.addWidget(self.subheader)

        self.check = QTreeWidget(panel)
        self.check.setObjectName("checkList")
        self.check.setAccessibleName(self.tr("Check"))
        self.check.setColumnCount(3)
        self.check.setHeaderHidden(True)
        self.check.setRootIsDecorated(False)
        self.check.setIndentation(0)
        self.check.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.check.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.check.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        hdr = self.check.header()
        hdr.setStretchLastSection(False)
        hdr.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hdr.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        hdr.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        hdr.resizeSection(1, 52)
        hdr.resizeSection(2, AMOUNT_WIDTH)
        QScroller.grabGesture(self.check.viewport(),
                              QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.check.itemClicked.connect(self._line_clicked)
        self.check.itemActivated.connect(self._line_clicked)  # Enter on a line selects it
        lay.addWidget(self.check, 1)

        totals = QGridLayout()
        totals.setVerticalSpacing(2)
        self.totals_grid = totals
        self.total_rows: dict[str, tuple[QLabel, QLabel]] = {}
        lay.addLayout(totals)

        # Whole labels, on a second row when the panel is too narrow for all three (a large
        # text size, German): the row reflows rather than cutting a label.
        row1 = FlowLayout(spacing=6)
        self.void_button = button(self.tr("Void"), "voidButton", panel, whole_text=True,
                                  accessible=self.tr("Void the chosen line"))
        self.hold_button = button(self.tr("Hold later"), "holdButton", panel, checkable=True,
                                  whole_text=True,
                                  accessible=self.tr("Hold later courses when sending"))
        self.fire_button = button(self.tr("Fire"), "fireButton", panel, whole_text=True,
                                  accessible=self.tr("Fire the next course on hold"))
        for b in (self.void_button, self.hold_button, self.fire_button):
            b.setProperty("role", "small")
            row1.addWidget(b)
        lay.addLayout(row1)
        row2 = QHBoxLayout()
        self.back_button = button(self.tr("Floor"), "backButton", panel, main=True,
                                  accessible=self.tr("Back to the floor plan"))
        self.send_button = button(self.tr("Send"), "sendButton", panel, main=True,
                                  accessible=self.tr("Send to the kitchen"))
        self.send_button.setProperty("role", "primary")
        self.pay_button = button(self.tr("Pay"), "payButton", panel, main=True,
                                 accessible=self.tr("Take payment"))
        # Main actions: each at least as wide as its whole label (see WholeTextButton).
        row2.addWidget(self.back_button, 1)
        row2.addWidget(self.send_button, 2)
        row2.addWidget(self.pay_button, 1)
        lay.addLayout(row2)

        self.void_button.clicked.connect(self.presenter.void_selected)
        self.hold_button.toggled.connect(self.presenter.set_hold_later)
        self.fire_button.clicked.connect(self.presenter.fire_next_course)
        self.back_button.clicked.connect(self.presenter.back)
        self.send_button.clicked.connect(self.presenter.send)
        self.pay_button.clicked.connect(self.presenter.pay)
        return panel

    def _build_menu_panel(self) -> QVBoxLayout:
        col = QVBoxLayout()
        col.setSpacing(6)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("menuSearch")
        self.search.setAccessibleName(self.tr("Search the menu"))
        self.search.setPlaceholderText(self.tr("Search the menu"))
        self.search.setMinimumHeight(48)
        self.search.setClearButtonEnabled(False)
        self.search_clear = button("✕", "searchClear", self,
                                   accessible=self.tr("Clear the search"))
        self.prev_page = button("◀", "pagePrevious", self, accessible=self.tr("Previous page"))
        self.page_label = label("", "pageLabel", self)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setMinimumWidth(64)
        self.next_page = button("▶", "pageNext", self, accessible=self.tr("Next page"))
        top.addWidget(self.search, 1)
        for w in (self.search_clear, self.prev_page, self.page_label, self.next_page):
            top.addWidget(w)
        col.addLayout(top)

        middle = QHBoxLayout()
        self.category_column = QVBoxLayout()
        self.category_column.setSpacing(4)
        self.category_group = QButtonGroup(self)
        self.category_buttons: dict[str, QPushButton] = {}
        middle.addLayout(self.category_column, 0)
        grid = QGridLayout()
        grid.setSpacing(6)
        self.item_buttons: list[WrapTextButton] = []
        for i in range(PAGE_SIZE):
            b = WrapTextButton("", self)
            b.setObjectName(f"itemSlot{i}")
            b.setMinimumSize(TOUCH_MIN, TOUCH_MIN)
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            b.setProperty("role", "item")
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            policy = b.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            b.setSizePolicy(policy)
            b.clicked.connect(lambda _=False, k=i: self._item_clicked(k))
            b.installEventFilter(self)  # arrow keys and Page Up/Down move through the grid
            self.item_buttons.append(b)
            grid.addWidget(b, i // GRID_COLUMNS, i % GRID_COLUMNS)
        middle.addLayout(grid, 1)
        col.addLayout(middle, 1)

        bottom = FlowLayout(spacing=6)  # a second row when the steppers and note do not fit
        self.seat = Stepper("seat", self.tr("Seat"), self)
        self.course = Stepper("course", self.tr("Course"), self)
        self.qty = Stepper("qty", self.tr("Quantity"), self)
        self.note_button = button(self.tr("Note"), "noteButton", self, whole_text=True,
                                  accessible=self.tr("Note for the kitchen"))
        steppers: tuple[QWidget, ...] = (self.seat, self.course, self.qty, self.note_button)
        for widget in steppers:
            bottom.addWidget(widget)
        col.addLayout(bottom)
        self.message = MessageBar("orderMessage", self)
        col.addWidget(self.message)

        self.search.textChanged.connect(self.presenter.set_search)
        self.search_clear.clicked.connect(self.search.clear)
        self.prev_page.clicked.connect(self.presenter.previous_page)
        self.next_page.clicked.connect(self.presenter.next_page)
        self.seat.minus.clicked.connect(lambda: self.presenter.step_seat(-1))
        self.seat.plus.clicked.connect(lambda: self.presenter.step_seat(1))
        self.course.minus.clicked.connect(lambda: self.presenter.step_course(-1))
        self.course.plus.clicked.connect(lambda: self.presenter.step_course(1))
        self.qty.minus.clicked.connect(lambda: self.presenter.step_qty(-1))
        self.qty.plus.clicked.connect(lambda: self.presenter.step_qty(1))
        self.note_button.clicked.connect(self.ask_note)
        return col

    # --- rendering -----------------------------------------------------------------------

    def show_state(self, state: OrderScreenState) -> None:
        self._render_header(state)
        self._render_categories(state)
        self._render_items(state)
        self._render_check(state)
        self.seat.show_value(self.tr("Seat %1").replace("%1", formatting.number(state.seat))
                             if state.seat else self.tr("Seat –"))
        self.course.show_value(self.tr("Course %1").replace("%1", formatting.number(state.course)))
        self.qty.show_value(f"× {formatting.number(state.qty)}")
        self.note_button.setText(self.tr("Note ✓") if state.note else self.tr("Note"))
        self.page_label.setText(f"{formatting.number(state.page + 1)}/"
                                f"{formatting.number(state.page_count)}")
        self.prev_page.setEnabled(state.page > 0)
        self.next_page.setEnabled(state.page + 1 < state.page_count)
        held = state.held_courses
        self.fire_button.setEnabled(bool(held))
        self.fire_button.setText(self.tr("Fire course %1").replace("%1", formatting.number(held[0]))
                                 if held else self.tr("Fire"))
        self.send_button.setEnabled(state.new_lines > 0)
        if self.hold_button.isChecked() != state.hold_later:
            self.hold_button.setChecked(state.hold_later)

    def _render_header(self, state: OrderScreenState) -> None:
        o = state.order
        if o is None:
            self.header.setText("")
            self.subheader.setText("")
            return
        self.header.setText(self.tr("Table %1").replace("%1", o.table_name)
                            + f" · {o.check_number}")
        self.subheader.setText(self.tr("%n covers", "", o.covers) + f" · {state.server}")

    def _render_categories(self, state: OrderScreenState) -> None:
        for cat in state.categories:
            if cat.id in self.category_buttons:
                continue
            b = button(cat.name, f"category_{cat.name}", self, checkable=True,
                       accessible=cat.name, wrap=True)
            b.setProperty("role", "category")
            b.setMinimumWidth(CATEGORY_WIDTH)  # wider only for a word that needs it
            b.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            # As much room right as the colour bar and padding take left: the box is not
            # mirrored right to left, the text is, and would run into the bar.
            b.setStyleSheet(f"border-color: {cat.color}; border-left: 12px solid {cat.color};"
                            " padding-right: 18px;")
            b.clicked.connect(lambda _=False, cid=cat.id: self.presenter.choose_category(cid))
            self.category_group.addButton(b)
            self.category_column.addWidget(b)
            b.show()
            self.category_buttons[cat.id] = b
            self._tab_order()
        searching = bool(state.search)
        self.category_group.setExclusive(not searching)
        for cid, b in self.category_buttons.items():
            b.setChecked(not searching and cid == state.category_id)
        self.category_group.setExclusive(True)

    def _render_items(self, state: OrderScreenState) -> None:
        if state.items is self._rendered_items:
            return  # the same page of the menu (a tap on the check, a stepper)
        self._rendered_items = state.items
        for i, b in enumerate(self.item_buttons):
            item = state.items[i] if i < len(state.items) else None
            if item is None:
                b.setVisible(False)
                b.setObjectName(f"itemSlot{i}")
                continue
            self._show_item(b, item)
            b.setVisible(True)

    def _show_item(self, b: WrapTextButton, item: MenuItem) -> None:
        price = formatting.money(item.price, self.currency)
        b.setObjectName(f"item_{item.name}")
        b.setAccessibleName(item.name)
        if item.available:
            b.set_label(f"{item.name}\n{price}")
            b.setAccessibleDescription(price)
        else:
            why = item.unavailable_reason or self.tr("sold out")
            b.set_label(f"{item.name}\n" + self.tr("86: %1").replace("%1", why))
            b.setAccessibleDescription(self.tr("Not available: %1").replace("%1", why))
        set_state(b, "available", "true" if item.available else "false")

    def _render_check(self, state: OrderScreenState) -> None:
        # Most state changes (a stepper, the selection, a page of the menu) leave the check's
        # rows as they are: then only the selection is drawn again. When rows change, the
        # list is rebuilt in one insert with painting held (one row at a time with painting
        # on grew with the square of the check's length: bench/ui_tap.py).
        if state.rows != self._rendered_rows or self.check.topLevelItemCount() != len(
                state.rows):
            self._rebuild_check(state.rows)
        selected: QTreeWidgetItem | None = None
        if state.selected_line_id is not None:
            selected = self._line_items.get(state.selected_line_id)
        if selected is not None:
            self.check.setCurrentItem(selected)
            self.check.scrollToItem(selected)
        else:
            self.check.clearSelection()
            self.check.scrollToBottom()
        self.void_button.setEnabled(state.selected_line_id is not None)
        if state.order is not self._rendered_order:
            self._rendered_order = state.order
            self._render_totals(state.order)

    def _rebuild_check(self, rows: tuple[CheckRow, ...]) -> None:
        """Bring the list to ``rows``, replacing only the rows between the unchanged start and
        end: a tap adds a line or two, and clearing a long list costs tens of milliseconds
        (bench/ui_tap.py)."""
        old = self._rendered_rows or ()
        if self.check.topLevelItemCount() != len(old):
            old = ()
            self.check.clear()
            self._line_items = {}
        start = 0
        limit = min(len(old), len(rows))
        while start < limit and old[start] == rows[start]:
            start += 1
        end = 0
        while end < limit - start and old[-1 - end] == rows[-1 - end]:
            end += 1
        self.check.setUpdatesEnabled(False)
        try:
            for i in range(len(old) - end - 1, start - 1, -1):
                gone = self.check.takeTopLevelItem(i)
                line_id = gone.data(0, LINE_ID_ROLE) if gone is not None else None
                if isinstance(line_id, str) and self._line_items.get(line_id) is gone:
                    del self._line_items[line_id]
            items = [self._check_item(row) for row in rows[start:len(rows) - end]]
            self.check.insertTopLevelItems(start, items)
            for row, it in zip(rows[start:len(rows) - end], items, strict=True):
                if row.kind == "line" and row.line_id is not None:
                    self._line_items[row.line_id] = it
        finally:
            self.check.setUpdatesEnabled(True)
        self._rendered_rows = rows
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The amount column as wide as its widest amount (money is never elided, at any
        text size); the item's name takes what is left. A seat and course heading spans
        the row."""
        metrics = self.check.fontMetrics()
        margin = 2 * self.check.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        items = self.line_items()
        widest = max((metrics.horizontalAdvance(it.text(2)) for it in items), default=0)
        width = max(AMOUNT_WIDTH, widest + margin)
        hdr = self.check.header()
        if hdr.sectionSize(2) != width:
            hdr.resizeSection(2, width)
        for it in items:
            if it.data(0, KIND_ROLE) == "group" and not it.isFirstColumnSpanned():
                it.setFirstColumnSpanned(True)

    def _check_item(self, row: CheckRow) -> QTreeWidgetItem:
        status = {"held": self.tr("held"), "sent": self.tr("sent"),
                  "voided": self.tr("void")}.get(row.status, "") if row.kind == "line" else ""
        it = QTreeWidgetItem([row.text, status, self._amount(row)])
        it.setData(0, LINE_ID_ROLE, row.line_id)
        it.setData(0, STATUS_ROLE, row.status)
        it.setData(0, KIND_ROLE, row.kind)
        it.setTextAlignment(2, RIGHT)
        base = self.check.font()
        font = base
        if row.kind == "group":
            font = QFont(base)
            font.setBold(True)
            it.setFlags(Qt.ItemFlag.ItemIsEnabled)
        elif row.kind in ("modifier", "note"):
            it.setText(0, ("   + " if row.kind == "modifier" else "   ✎ ") + row.text)
            if base.pixelSize() > 0:
                font = QFont(base)
                font.setPixelSize(max(10, base.pixelSize() - 2))
        if row.status == "voided":
            font = QFont(font)
            font.setStrikeOut(True)
        if row.status == "pending":  # tapped, not saved yet: greyed, "adding"
            font = QFont(font)
            font.setItalic(True)
            it.setText(1, self.tr("adding…"))
            it.setFlags(Qt.ItemFlag.NoItemFlags)
        if font is not base:
            for c in range(3):
                it.setFont(c, font)
        return it

    def _amount(self, row: CheckRow) -> str:
        if row.amount is None:
            return ""
        if row.kind == "modifier":
            return formatting.money_delta(row.amount, self.currency)
        return formatting.money(row.amount, self.currency)

    def _render_totals(self, order: OrderState | None) -> None:
        rows: list[tuple[str, int, str]] = []
        if order is not None:
            if order.discount_total:
                rows.append((self.tr("Discounts"), -order.discount_total, "discounts"))
            rows.append((self.tr("Subtotal"), order.net, "subtotal"))
            if order.service_charge is not None:
                rows.append((formatting.service_charge(order.service_charge),
                             order.service_total, "service"))
            for i, tax in enumerate(order.taxes):
                name = (self.tr("incl. %1").replace("%1", tax.rate.name) if tax.rate.inclusive
                        else tax.rate.name)
                rows.append((name, tax.tax, f"tax{i}"))
            rows.append((self.tr("Total"), order.total, "total"))
            if order.paid:
                rows.append((self.tr("Paid"), order.paid, "paid"))
                rows.append((self.tr("Balance"), order.balance, "balance"))
        wanted = {key for _, _, key in rows}
        for key, (name_label, value) in self.total_rows.items():
            if key not in wanted:
                name_label.hide()
                value.hide()
        for r, (text, amount, key) in enumerate(rows):
            if key not in self.total_rows:
                name_label = label(text, f"{key}Label", self)
                value = label("", f"{key}Amount", self)
                value.setAlignment(Qt.AlignmentFlag.AlignRight)
                if key == "total":
                    name_label.setProperty("role", "grandTotal")
                    value.setProperty("role", "grandTotal")
                self.total_rows[key] = (name_label, value)
            name_label, value = self.total_rows[key]
            self.totals_grid.addWidget(name_label, r, 0)
            self.totals_grid.addWidget(value, r, 1)
            money = formatting.money(amount, self.currency)
            name_label.setText(text)
            value.setText(money)
            value.setAccessibleName(text)
            value.setAccessibleDescription(money)
            name_label.show()
            value.show()

    # --- keyboard ------------------------------------------------------------------------

    def _tab_order(self) -> None:
        """Tab runs search → categories → items → seat, course, quantity, note → send, pay,
        floor → void, hold, fire → the check."""
        chain: list[QWidget] = [self.search, self.search_clear, self.prev_page, self.next_page,
                                *self.category_buttons.values(), *self.item_buttons,
                                self.seat.minus, self.seat.plus, self.course.minus,
                                self.course.plus, self.qty.minus, self.qty.plus,
                                self.note_button, self.send_button, self.pay_button,
                                self.back_button, self.void_button, self.hold_button,
                                self.fire_button, self.check]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)

    def focus_menu(self) -> None:
        """Entering the screen: the first item has the focus (arrows move, Enter rings)."""
        visible = [b for b in self.item_buttons if not b.isHidden()]
        (visible[0] if visible else self.search).setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and watched in self.item_buttons):
            key = event.key()
            if key == Qt.Key.Key_PageDown and self.next_page.isEnabled():
                self.presenter.next_page()
                self.focus_menu()
                return True
            if key == Qt.Key.Key_PageUp and self.prev_page.isEnabled():
                self.presenter.previous_page()
                self.focus_menu()
                return True
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft and key in (
                    Qt.Key.Key_Left, Qt.Key.Key_Right):
                key = Qt.Key.Key_Right if key == Qt.Key.Key_Left else Qt.Key.Key_Left
            index = self.item_buttons.index(watched)
            shown = sum(1 for b in self.item_buttons if not b.isHidden())
            target = grid_step(index, key, shown, GRID_COLUMNS)
            if target is not None:
                self.item_buttons[target].setFocus()
                return True
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
                return True  # at the grid's edge: stay
        return super().eventFilter(watched, event)

    # --- input ---------------------------------------------------------------------------

    def _item_clicked(self, index: int) -> None:
        items = self.presenter.state.items
        if index < len(items):
            self.presenter.tap_item(items[index].id)

    def _line_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        line_id = item.data(0, LINE_ID_ROLE)
        if isinstance(line_id, str):
            self.presenter.select_line(line_id)

    def line_items(self) -> list[QTreeWidgetItem]:
        """The check's rows (tests read them)."""
        rows = (self.check.topLevelItem(i) for i in range(self.check.topLevelItemCount()))
        return [r for r in rows if r is not None]

    # --- dialogs -------------------------------------------------------------------------

    def ask_modifiers(self, item: MenuItem) -> None:
        dlg = ModifierDialog(item, self.currency, self)
        dlg.modifiers_chosen.connect(self.presenter.add_item)
        self._open(dlg)

    def ask_void_reason(self, line_id: str, name: str) -> None:
        dlg = VoidReasonDialog(line_id, name, self)
        dlg.reason_chosen.connect(self.presenter.void_line)
        self._open(dlg)

    def ask_manager_pin(self, why: str) -> None:
        dlg = ManagerPinDialog(why, self)
        dlg.pin_entered.connect(self.presenter.provide_manager_pin)
        dlg.rejected.connect(self.presenter.cancel_override)
        self._open(dlg)

    def ask_note(self) -> None:
        dlg = NoteDialog(self.presenter.state.note, self)
        dlg.note_chosen.connect(self.presenter.set_note)
        self._open(dlg)
