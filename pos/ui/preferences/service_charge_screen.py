"""The service charge screen (Settings → Service charge): name, rate, the large-party rule
and its tax, entered with a finger: the rate and the guests on a keypad, the tax by tapping."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.service_charge import MAX_NAME
from pos.domain.tax import TaxRate
from pos.ui import formatting
from pos.ui.dialog_host import DialogHost
from pos.ui.manager_pin import ManagerPinDialog
from pos.ui.preferences.service_charge import (
    COVERS,
    RATE,
    ServiceChargePresenter,
    ServiceChargeScreenState,
)
from pos.ui.widgets import MAIN_MIN, TOUCH_MIN, Keypad, MessageBar, button, label

KEY_SIZE = 72
TAX_COLUMNS = 3


def _slug(name: str) -> str:
    return name.replace(" ", "_")


class ServiceChargeScreen(DialogHost, QWidget):
    """Layout only: renders ``ServiceChargeScreenState`` and forwards taps and keys."""

    def __init__(self, presenter: ServiceChargePresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("serviceChargeScreen")
        self.setAccessibleName(self.tr("Service charge"))
        self._shown_rates: tuple[TaxRate, ...] | None = None
        self.dialog: QDialog | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 16, 24, 16)
        root.setSpacing(10)
        root.addWidget(label(self.tr("Service charge"), "serviceChargeTitle", self,
                             role="title"))
        self.admin_note = label(
            self.tr("Saving the rule needs the admin permission: the owner allows it with "
                    "their PIN."), "serviceChargeAdminNote", self)
        self.admin_note.setWordWrap(True)
        root.addWidget(self.admin_note)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(self._build_form(), 1)
        body.addLayout(self._build_keypad(), 0)
        root.addLayout(body, 1)

        self.message = MessageBar("serviceChargeMessage", self)
        root.addWidget(self.message)
        row = QHBoxLayout()
        self.back_button = button(self.tr("Back to settings"), "serviceChargeBack", self,
                                  main=True)
        self.back_button.setMinimumWidth(240)
        self.back_button.clicked.connect(presenter.back)
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.revert_button = button(self.tr("Undo"), "serviceChargeRevert", self,
                                    main=True,
                                    accessible=self.tr("Undo the changes not saved yet"))
        self.revert_button.clicked.connect(presenter.revert)
        row.addWidget(self.revert_button)
        self.save_button = button(self.tr("Save"), "serviceChargeSave", self, main=True,
                                  accessible=self.tr("Save the service charge"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setMinimumWidth(200)
        self.save_button.clicked.connect(presenter.save)
        row.addWidget(self.save_button)
        root.addLayout(row)

        presenter.state_changed.connect(self.show_state)
        presenter.message.connect(self.message.show_message)
        presenter.override.pin_needed.connect(self.ask_owner_pin)
        self.show_state(presenter.state)

    # --- the owner's PIN -----------------------------------------------------------------

    def ask_owner_pin(self, why: str) -> None:
        old = self.dialog
        if old is not None:  # replaced, not cancelled: the save still waits for a PIN
            old.rejected.disconnect(self.presenter.cancel_pin)
            old.reject()
        dlg = ManagerPinDialog(why, self, title=self.tr("Owner's PIN"))
        dlg.pin_entered.connect(self.presenter.override.provide)
        dlg.rejected.connect(self.presenter.cancel_pin)
        dlg.finished.connect(lambda _result, d=dlg: self._dialog_done(d))
        self.dialog = dlg
        dlg.open()

    # --- building ------------------------------------------------------------------------

    def _build_form(self) -> QGridLayout:
        form = QGridLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.setColumnStretch(1, 1)

        self.name = QLineEdit(self)
        self.name.setObjectName("serviceChargeName")
        self.name.setAccessibleName(self.tr("Name of the service charge"))
        self.name.setPlaceholderText(self.tr("e.g. Service"))
        self.name.setMaxLength(MAX_NAME)
        self.name.setMinimumHeight(MAIN_MIN)
        self.name.textEdited.connect(self.presenter.set_name)
        form.addWidget(label(self.tr("Name"), "serviceChargeNameLabel", self), 0, 0)
        form.addWidget(self.name, 0, 1)

        # The rate and the guests are fields the keypad types into: tap one to choose it.
        self.rate = button("", "serviceChargeRate", self, main=True, checkable=True,
                           accessible=self.tr("Rate in percent"))
        self.rate.clicked.connect(lambda: self.presenter.choose_entry(RATE))
        form.addWidget(label(self.tr("Rate"), "serviceChargeRateLabel", self), 1, 0)
        form.addWidget(self.rate, 1, 1)

        covers = QHBoxLayout()
        covers.setSpacing(8)
        self.covers_minus = button("−", "serviceChargeCoversMinus", self, main=True,
                                   accessible=self.tr("One guest fewer"))
        self.covers = button("", "serviceChargeCovers", self, main=True, checkable=True,
                             accessible=self.tr("Guests for the automatic charge"))
        self.covers_plus = button("+", "serviceChargeCoversPlus", self, main=True,
                                  accessible=self.tr("One guest more"))
        self.covers_minus.clicked.connect(lambda: self.presenter.step_covers(-1))
        self.covers.clicked.connect(lambda: self.presenter.choose_entry(COVERS))
        self.covers_plus.clicked.connect(lambda: self.presenter.step_covers(1))
        covers.addWidget(self.covers_minus)
        covers.addWidget(self.covers, 1)
        covers.addWidget(self.covers_plus)
        form.addWidget(label(self.tr("Automatic from (guests)"), "serviceChargeCoversLabel",
                             self), 2, 0)
        form.addLayout(covers, 2, 1)
        self.covers_hint = label(self.tr("0 = no automatic charge"),
                                 "serviceChargeCoversHint", self)
        self.covers_hint.setWordWrap(True)
        form.addWidget(self.covers_hint, 3, 1)

        self.tax_grid = QGridLayout()
        self.tax_grid.setSpacing(8)
        self.tax_group = QButtonGroup(self)
        self.tax_group.setExclusive(True)
        self.tax_buttons: dict[str, QPushButton] = {}
        tax_label = label(self.tr("Tax"), "serviceChargeTaxLabel", self)
        tax_label.setMinimumHeight(TOUCH_MIN)  # level with the first row of choices
        form.addWidget(tax_label, 4, 0, Qt.AlignmentFlag.AlignTop)
        form.addLayout(self.tax_grid, 4, 1)

        self.summary = label("", "serviceChargeSummary", self, role="groupTitle")
        self.summary.setWordWrap(True)
        form.addWidget(self.summary, 5, 0, 1, 2)
        form.setRowStretch(6, 1)
        return form

    def _build_keypad(self) -> QVBoxLayout:
        col = QVBoxLayout()
        col.setSpacing(8)
        self.typing = label("", "serviceChargeTyping", self, role="groupTitle")
        self.typing.setWordWrap(True)
        col.addWidget(self.typing)
        self.keypad = Keypad("serviceCharge", self, key_size=KEY_SIZE, decimal=True)
        self.keypad.digit_pressed.connect(self.presenter.type_digit)
        self.keypad.decimal_pressed.connect(self.presenter.type_decimal_point)
        self.keypad.back_pressed.connect(self.presenter.delete_digit)
        self.keypad.clear_pressed.connect(self.presenter.clear_entry)
        col.addWidget(self.keypad)
        col.addStretch(1)
        return col

    def _build_tax_buttons(self, rates: tuple[TaxRate, ...]) -> None:
        for b in self.tax_buttons.values():
            self.tax_group.removeButton(b)
            b.hide()
            b.deleteLater()
        self.tax_buttons.clear()
        options = [("", self.tr("No tax"), "serviceChargeTax_none")]
        options += [(r.id, r.name, f"serviceChargeTax_{_slug(r.name)}") for r in rates]
        for i, (rate_id, text, name) in enumerate(options):
            shown = formatting.isolate(text) if rate_id else text
            b = button(shown.replace("&", "&&"), name, self, checkable=True,
                       accessible=text if rate_id else self.tr("Not taxed"), whole_text=True)
            b.clicked.connect(lambda _=False, r=rate_id: self.presenter.choose_tax(r))
            self.tax_group.addButton(b)
            self.tax_grid.addWidget(b, i // TAX_COLUMNS, i % TAX_COLUMNS)
            b.show()
            self.tax_buttons[rate_id] = b
        self._shown_rates = rates

    # --- rendering -----------------------------------------------------------------------

    def show_state(self, state: ServiceChargeScreenState) -> None:
        form = state.form
        if self._shown_rates != state.tax_rates:
            self._build_tax_buttons(state.tax_rates)
        self.admin_note.setVisible(not state.may_save)
        if self.name.text() != form.name:
            self.name.setText(form.name)
        rate = formatting.typed_decimal(form.rate) if form.rate else "–"
        self.rate.setText(self.tr("%1 %").replace("%1", rate))
        self.rate.setAccessibleDescription(self.rate.text())
        self.covers.setText(formatting.number(form.min_covers) if form.min_covers
                            else self.tr("0 — none"))
        self.covers.setAccessibleDescription(self.covers.text())
        self.covers_minus.setEnabled(form.min_covers > 0)
        self.rate.setChecked(state.entry == RATE)
        self.covers.setChecked(state.entry == COVERS)
        self.typing.setText(self.tr("Typing the rate") if state.entry == RATE
                            else self.tr("Typing the guests"))
        self.keypad.keys["decimal"].setEnabled(state.entry == RATE)
        for rate_id, b in self.tax_buttons.items():
            b.setChecked(rate_id == form.tax_rate_id)
        self.summary.setText(self._summary(state))
        self.summary.setAccessibleName(self.summary.text())
        self.revert_button.setEnabled(state.changed)

    def _summary(self, state: ServiceChargeScreenState) -> str:
        form = state.form
        if form.min_covers > 0:
            rule = self.tr("Checks with %1 or more guests get it automatically when payment "
                           "starts.").replace("%1", formatting.number(form.min_covers))
        else:
            rule = self.tr("No automatic charge: servers add it by hand when taking payment.")
        tax = next((r for r in state.tax_rates if r.id == form.tax_rate_id), None)
        if tax is not None:
            taxed = self.tr("Taxed at %1.").replace("%1", formatting.isolate(tax.name))
        elif not form.tax_rate_id:
            taxed = self.tr("Not taxed.")
        else:
            taxed = self.tr("Its tax rate no longer exists: choose one.")
        return f"{rule} {taxed}"

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A keyboard types into the chosen field as the keypad does (except in the name)."""
        text = event.text()
        if self.name.hasFocus():
            super().keyPressEvent(event)
        elif len(text) == 1 and text.isdigit():
            self.presenter.type_digit(text)
        elif text in (".", ","):
            self.presenter.type_decimal_point()
        elif event.key() == Qt.Key.Key_Backspace:
            self.presenter.delete_digit()
        else:
            super().keyPressEvent(event)
