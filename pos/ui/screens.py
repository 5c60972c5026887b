"""The main window's screens, registered in one place: ``Screen``.

Each screen is one ``ScreenSpec`` (``pos.ui.shell``) and one line in ``Screen``, in the
order of the window's stack. Adding a screen is its module, its spec and that line: the
main window builds, stacks, shows, rebuilds and signs out of every screen it finds here.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from pos.domain.staff import Permission
from pos.ui.floor.presenter import FloorPresenter
from pos.ui.floor.screen import FloorScreen
from pos.ui.inventory.presenter import InventoryPresenter
from pos.ui.inventory.screen import InventoryScreen
from pos.ui.order.presenter import OrderPresenter
from pos.ui.order.screen import OrderScreen
from pos.ui.payment.presenter import PaymentPresenter
from pos.ui.payment.screen import PaymentScreen
from pos.ui.pin.presenter import PinPresenter
from pos.ui.pin.screen import PinScreen
from pos.ui.preferences.presenter import SettingsPresenter
from pos.ui.preferences.screen import SettingsScreen
from pos.ui.preferences.service_charge import ServiceChargePresenter
from pos.ui.preferences.service_charge_screen import ServiceChargeScreen
from pos.ui.printers.setup import PrinterSetupPresenter
from pos.ui.printers.setup_screen import PrinterSetupScreen
from pos.ui.reports.presenter import ReportsPresenter
from pos.ui.reports.screen import ReportsScreen
from pos.ui.shell import ScreenSpec, Shell


class PinSpec(ScreenSpec[PinPresenter, PinScreen]):
    presenter_name, widget_name = "pin", "pin_screen"

    def presenter(self, shell: Shell, parent: QObject) -> PinPresenter:
        return PinPresenter(shell.terminal, shell.session, shell.runtime, parent)

    def widget(self, presenter: PinPresenter, shell: Shell, parent: QWidget) -> PinScreen:
        return PinScreen(presenter, shell.terminal.ctx.config.restaurant_name, parent)

    def shown(self, presenter: PinPresenter, widget: PinScreen) -> None:
        presenter.activate()
        widget.setFocus()

    def hidden(self, presenter: PinPresenter) -> None:
        presenter.deactivate()

    def rebuilt(self, presenter: PinPresenter, showing: bool) -> None:
        presenter.state_changed.emit(presenter.state)


class FloorSpec(ScreenSpec[FloorPresenter, FloorScreen]):
    presenter_name, widget_name = "floor", "floor_screen"

    def presenter(self, shell: Shell, parent: QObject) -> FloorPresenter:
        s = shell.start_settings
        return FloorPresenter(shell.terminal, shell.session, shell.runtime,
                              overdue_minutes=s.overdue_minutes,
                              refresh_seconds=s.floor_refresh_seconds, parent=parent)

    def widget(self, presenter: FloorPresenter, shell: Shell, parent: QWidget) -> FloorScreen:
        return FloorScreen(presenter, parent)

    def wire(self, presenter: FloorPresenter, shell: Shell) -> None:
        presenter.order_chosen.connect(shell.show_order)
        presenter.settings_requested.connect(
            lambda: shell.restricted(Permission.SETUP, "open_settings",
                                     lambda: shell.show_screen(Screen.SETTINGS)))
        presenter.reports_requested.connect(
            lambda: shell.restricted(Permission.REPORTS, "open_reports",
                                     lambda: shell.show_screen(Screen.REPORTS)))
        presenter.inventory_requested.connect(
            lambda: shell.restricted(Permission.SETUP, "open_inventory",
                                     lambda: shell.show_screen(Screen.INVENTORY)))
        presenter.picker.closed_checks_requested.connect(shell.show_closed_checks)

    def shown(self, presenter: FloorPresenter, widget: FloorScreen) -> None:
        presenter.activate()
        first = next(iter(widget.canvas.buttons.values()), None)
        if first is not None:
            first.setFocus()

    def hidden(self, presenter: FloorPresenter) -> None:
        presenter.deactivate()

    def escape(self, presenter: FloorPresenter, shell: Shell) -> bool:
        presenter.picker.cancel()
        return True

    def rebuilt(self, presenter: FloorPresenter, showing: bool) -> None:
        if showing:
            presenter.refresh()


class OrderSpec(ScreenSpec[OrderPresenter, OrderScreen]):
    presenter_name, widget_name = "order", "order_screen"

    def presenter(self, shell: Shell, parent: QObject) -> OrderPresenter:
        return OrderPresenter(shell.terminal, shell.session, shell.runtime, parent)

    def widget(self, presenter: OrderPresenter, shell: Shell, parent: QWidget) -> OrderScreen:
        return OrderScreen(presenter, shell.terminal.ctx.config.currency, parent)

    def wire(self, presenter: OrderPresenter, shell: Shell) -> None:
        presenter.back_requested.connect(shell.show_floor)
        presenter.pay_requested.connect(shell.show_payment)

    def shown(self, presenter: OrderPresenter, widget: OrderScreen) -> None:
        widget.focus_menu()

    def escape(self, presenter: OrderPresenter, shell: Shell) -> bool:
        presenter.back()
        return True

    def rebuilt(self, presenter: OrderPresenter, showing: bool) -> None:
        if presenter.order_id is not None:
            presenter.reload()

    def open_order(self, presenter: OrderPresenter) -> str | None:
        return presenter.order_id


class PaymentSpec(ScreenSpec[PaymentPresenter, PaymentScreen]):
    presenter_name, widget_name = "payment", "payment_screen"

    def presenter(self, shell: Shell, parent: QObject) -> PaymentPresenter:
        return PaymentPresenter(shell.terminal, shell.session, shell.runtime, parent)

    def widget(self, presenter: PaymentPresenter, shell: Shell,
               parent: QWidget) -> PaymentScreen:
        return PaymentScreen(presenter, shell.terminal.ctx.config.currency, parent)

    def wire(self, presenter: PaymentPresenter, shell: Shell) -> None:
        presenter.back_requested.connect(lambda: shell.show_order(presenter.order_id or ""))
        presenter.done.connect(shell.show_floor)

    def shown(self, presenter: PaymentPresenter, widget: PaymentScreen) -> None:
        widget.focus_tender()

    def escape(self, presenter: PaymentPresenter, shell: Shell) -> bool:
        if presenter.state.closed:
            presenter.finish()
        else:
            presenter.back()
        return True

    def rebuilt(self, presenter: PaymentPresenter, showing: bool) -> None:
        presenter.state_changed.emit(presenter.state)

    def open_order(self, presenter: PaymentPresenter) -> str | None:
        return None if presenter.state.closed else presenter.order_id


class SettingsSpec(ScreenSpec[SettingsPresenter, SettingsScreen]):
    presenter_name, widget_name = "preferences", "settings_screen"

    def presenter(self, shell: Shell, parent: QObject) -> SettingsPresenter:
        return SettingsPresenter(shell.terminal, shell.runtime, shell.start_settings, parent)

    def widget(self, presenter: SettingsPresenter, shell: Shell,
               parent: QWidget) -> SettingsScreen:
        return SettingsScreen(presenter, shell.terminal.ctx.config.currency, parent)

    def wire(self, presenter: SettingsPresenter, shell: Shell) -> None:
        presenter.back_requested.connect(shell.show_floor)
        presenter.printers_requested.connect(lambda: shell.show_screen(Screen.PRINTERS))
        presenter.service_charge_requested.connect(
            lambda: shell.show_screen(Screen.SERVICE_CHARGE))
        presenter.language_changed.connect(lambda _code: shell.retranslate())

    def escape(self, presenter: SettingsPresenter, shell: Shell) -> bool:
        presenter.back()
        return True


class ReportsSpec(ScreenSpec[ReportsPresenter, ReportsScreen]):
    presenter_name, widget_name = "reports", "reports_screen"

    def presenter(self, shell: Shell, parent: QObject) -> ReportsPresenter:
        return ReportsPresenter(shell.terminal, shell.session, shell.runtime, parent)

    def widget(self, presenter: ReportsPresenter, shell: Shell,
               parent: QWidget) -> ReportsScreen:
        return ReportsScreen(presenter, shell.terminal.ctx.config.currency, parent)

    def wire(self, presenter: ReportsPresenter, shell: Shell) -> None:
        presenter.back_requested.connect(shell.show_floor)

    def shown(self, presenter: ReportsPresenter, widget: ReportsScreen) -> None:
        presenter.activate()

    def escape(self, presenter: ReportsPresenter, shell: Shell) -> bool:
        presenter.back()
        return True

    def rebuilt(self, presenter: ReportsPresenter, showing: bool) -> None:
        presenter.state_changed.emit(presenter.state)


class PrintersSpec(ScreenSpec[PrinterSetupPresenter, PrinterSetupScreen]):
    presenter_name, widget_name = "printer_setup", "printer_setup_screen"

    def presenter(self, shell: Shell, parent: QObject) -> PrinterSetupPresenter:
        return PrinterSetupPresenter(shell.terminal, shell.session, shell.runtime, parent)

    def widget(self, presenter: PrinterSetupPresenter, shell: Shell,
               parent: QWidget) -> PrinterSetupScreen:
        return PrinterSetupScreen(presenter, parent)

    def wire(self, presenter: PrinterSetupPresenter, shell: Shell) -> None:
        presenter.back_requested.connect(lambda: shell.show_screen(Screen.SETTINGS))

    def shown(self, presenter: PrinterSetupPresenter, widget: PrinterSetupScreen) -> None:
        presenter.activate()

    def escape(self, presenter: PrinterSetupPresenter, shell: Shell) -> bool:
        presenter.back()
        return True


class InventorySpec(ScreenSpec[InventoryPresenter, InventoryScreen]):
    presenter_name, widget_name = "inventory", "inventory_screen"

    def presenter(self, shell: Shell, parent: QObject) -> InventoryPresenter:
        return InventoryPresenter(shell.terminal, shell.session, shell.runtime, parent)

    def widget(self, presenter: InventoryPresenter, shell: Shell,
               parent: QWidget) -> InventoryScreen:
        return InventoryScreen(presenter, shell.terminal.ctx.config.currency, parent)

    def wire(self, presenter: InventoryPresenter, shell: Shell) -> None:
        presenter.back_requested.connect(shell.show_floor)

    def shown(self, presenter: InventoryPresenter, widget: InventoryScreen) -> None:
        presenter.activate()

    def escape(self, presenter: InventoryPresenter, shell: Shell) -> bool:
        presenter.back()
        return True

    def rebuilt(self, presenter: InventoryPresenter, showing: bool) -> None:
        presenter.state_changed.emit(presenter.state)


class ServiceChargeSpec(ScreenSpec[ServiceChargePresenter, ServiceChargeScreen]):
    presenter_name, widget_name = "service_charge", "service_charge_screen"

    def presenter(self, shell: Shell, parent: QObject) -> ServiceChargePresenter:
        return ServiceChargePresenter(shell.terminal, shell.session, shell.runtime, parent)

    def widget(self, presenter: ServiceChargePresenter, shell: Shell,
               parent: QWidget) -> ServiceChargeScreen:
        return ServiceChargeScreen(presenter, parent)

    def wire(self, presenter: ServiceChargePresenter, shell: Shell) -> None:
        presenter.back_requested.connect(lambda: shell.show_screen(Screen.SETTINGS))

    def shown(self, presenter: ServiceChargePresenter, widget: ServiceChargeScreen) -> None:
        presenter.activate()

    def escape(self, presenter: ServiceChargePresenter, shell: Shell) -> bool:
        presenter.back()
        return True

    def rebuilt(self, presenter: ServiceChargePresenter, showing: bool) -> None:
        presenter.state_changed.emit(presenter.state)


class Screen:
    """Every screen, in the order of the window's stack: one line each."""

    PIN: Final = PinSpec()
    FLOOR: Final = FloorSpec()
    ORDER: Final = OrderSpec()
    PAYMENT: Final = PaymentSpec()
    SETTINGS: Final = SettingsSpec()
    REPORTS: Final = ReportsSpec()
    PRINTERS: Final = PrintersSpec()
    INVENTORY: Final = InventorySpec()
    SERVICE_CHARGE: Final = ServiceChargeSpec()


SCREENS: Final[tuple[ScreenSpec[Any, Any], ...]] = tuple(
    v for v in vars(Screen).values() if isinstance(v, ScreenSpec))
