"""The one main window: the status strip over a stack of screens, and the moves between them."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from pos.domain.errors import PosError
from pos.domain.staff import Permission
from pos.services.terminal import Terminal
from pos.ui import i18n
from pos.ui.floor.presenter import FloorPresenter
from pos.ui.floor.screen import FloorScreen
from pos.ui.inventory.presenter import InventoryPresenter
from pos.ui.inventory.screen import InventoryScreen
from pos.ui.keyboard import EnterPresses
from pos.ui.manager_pin import ManagerPinDialog
from pos.ui.order.presenter import OrderPresenter
from pos.ui.order.screen import OrderScreen
from pos.ui.payment.closed import ClosedChecksDialog, ClosedChecksPresenter
from pos.ui.payment.presenter import PaymentPresenter
from pos.ui.payment.screen import PaymentScreen
from pos.ui.pin.presenter import PinPresenter
from pos.ui.pin.screen import PinScreen
from pos.ui.preferences.presenter import SettingsPresenter
from pos.ui.preferences.screen import SettingsScreen
from pos.ui.preferences.service_charge import ServiceChargePresenter
from pos.ui.preferences.service_charge_screen import ServiceChargeScreen
from pos.ui.printers.dialog import PrintJobsDialog
from pos.ui.printers.presenter import PrintJobsPresenter
from pos.ui.printers.setup import PrinterSetupPresenter
from pos.ui.printers.setup_screen import PrinterSetupScreen
from pos.ui.reports.presenter import ReportsPresenter
from pos.ui.reports.screen import ReportsScreen
from pos.ui.runtime import Runtime
from pos.ui.session import ActivityFilter, SessionPresenter
from pos.ui.settings import UiSettings
from pos.ui.status import StatusPresenter, StatusStrip
from pos.ui.texts import error_text


class Screen(IntEnum):
    PIN = 0
    FLOOR = 1
    ORDER = 2
    PAYMENT = 3
    SETTINGS = 4
    REPORTS = 5
    PRINTERS = 6
    INVENTORY = 7
    SERVICE_CHARGE = 8


class MainWindow(QMainWindow):
    """Owns the presenters and screens and switches between them.

    PIN pad → floor plan → order entry; logging out (by hand or when idle) returns
    to the PIN pad from anywhere, and the same person logging in again gets the
    check they had open back. Settings are for managers (or with a manager's PIN).

    The screens are layout only, so a language switch rebuilds them in the new
    language over the same presenters: nothing a person was doing is lost.
    """

    def __init__(self, terminal: Terminal, settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.setObjectName("mainWindow")
        cfg = terminal.ctx.config
        self.setWindowTitle(f"{cfg.restaurant_name} — Tableside POS")
        self.setMinimumSize(1024, 768)

        self.runtime = Runtime(terminal.ctx.runner, terminal.change_listeners, self)
        self.runtime.failed.connect(self.show_error)
        self.session = SessionPresenter(terminal, settings.idle_logout_seconds, self)
        self.status = StatusPresenter(terminal, self.session, self.runtime.bus, self)
        self.pin = PinPresenter(terminal, self.session, self)
        self.floor = FloorPresenter(terminal, self.session, self.runtime,
                                    overdue_minutes=settings.overdue_minutes,
                                    refresh_seconds=settings.floor_refresh_seconds, parent=self)
        self.order = OrderPresenter(terminal, self.session, self.runtime, self)
        self.payment = PaymentPresenter(terminal, self.session, self.runtime, self)
        self.print_jobs = PrintJobsPresenter(terminal, self.session, self)
        self.preferences = SettingsPresenter(terminal, settings, self)
        self.reports = ReportsPresenter(terminal, self.session, self)
        self.closed_checks = ClosedChecksPresenter(terminal, self.session, self)
        self.printer_setup = PrinterSetupPresenter(terminal, self.session, self)
        self.inventory = InventoryPresenter(terminal, self.session, self)
        self.service_charge = ServiceChargePresenter(terminal, self.session, self)
        self.print_jobs_dialog: PrintJobsDialog | None = None
        self.closed_checks_dialog: ClosedChecksDialog | None = None
        self.pin_dialog: ManagerPinDialog | None = None
        self._built_language = ""
        self._rebuild_pending = False

        self.central_widget = QWidget(self)
        self.central_widget.setObjectName("central")
        lay = QVBoxLayout(self.central_widget)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.stack = QStackedWidget(self.central_widget)
        self.stack.setObjectName("screens")
        self._build_screens()
        lay.addWidget(self.status_strip)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(self.central_widget)

        self.session.logged_in.connect(self._logged_in)
        self.session.logged_out.connect(self._logged_out)
        self.session.idle_timeout.connect(lambda: self.log_out("idle"))
        self.status.logout_requested.connect(lambda: self.log_out("manual"))
        self.status.printers_requested.connect(self.show_print_jobs)
        self.floor.order_chosen.connect(self.show_order)
        self.floor.settings_requested.connect(
            lambda: self._restricted(Permission.SETUP, "open_settings",
                                     lambda: self.show_screen(Screen.SETTINGS)))
        self.floor.reports_requested.connect(
            lambda: self._restricted(Permission.REPORTS, "open_reports",
                                     lambda: self.show_screen(Screen.REPORTS)))
        self.floor.inventory_requested.connect(
            lambda: self._restricted(Permission.SETUP, "open_inventory",
                                     lambda: self.show_screen(Screen.INVENTORY)))
        self.inventory.back_requested.connect(self.show_floor)
        self.floor.picker.closed_checks_requested.connect(self.show_closed_checks)
        self.closed_checks.override.pin_needed.connect(self._closed_checks_pin)
        self.closed_checks.reopened.connect(self._reopened)
        self.order.back_requested.connect(self.show_floor)
        self.order.pay_requested.connect(self.show_payment)
        self.payment.back_requested.connect(lambda: self.show_order(self.payment.order_id or ""))
        self.payment.done.connect(self.show_floor)
        self.preferences.back_requested.connect(self.show_floor)
        self.reports.back_requested.connect(self.show_floor)
        self.preferences.printers_requested.connect(lambda: self.show_screen(Screen.PRINTERS))
        self.printer_setup.back_requested.connect(lambda: self.show_screen(Screen.SETTINGS))
        self.preferences.service_charge_requested.connect(
            lambda: self.show_screen(Screen.SERVICE_CHARGE))
        self.service_charge.back_requested.connect(lambda: self.show_screen(Screen.SETTINGS))
        self.preferences.language_changed.connect(lambda _code: self.retranslate())

        self._activity = ActivityFilter(self.session, self)
        self._enter = EnterPresses(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self._activity)
            app.installEventFilter(self._enter)
        self.status.start()
        self.show_screen(Screen.PIN)

    @property
    def settings(self) -> UiSettings:
        return self.preferences.settings

    # --- screens and languages -----------------------------------------------------------

    def _build_screens(self) -> None:
        """Build the status strip and every screen in the current language."""
        cfg = self.terminal.ctx.config
        self.setAccessibleName(self.tr("Tableside POS"))
        self.status_strip = StatusStrip(self.status, self.central_widget)
        self.pin_screen = PinScreen(self.pin, cfg.restaurant_name, self.stack)
        self.floor_screen = FloorScreen(self.floor, self.stack)
        self.order_screen = OrderScreen(self.order, cfg.currency, self.stack)
        self.payment_screen = PaymentScreen(self.payment, cfg.currency, self.stack)
        self.settings_screen = SettingsScreen(self.preferences, cfg.currency, self.stack)
        self.reports_screen = ReportsScreen(self.reports, cfg.currency, self.stack)
        self.printer_setup_screen = PrinterSetupScreen(self.printer_setup, self.stack)
        self.inventory_screen = InventoryScreen(self.inventory, cfg.currency, self.stack)
        self.service_charge_screen = ServiceChargeScreen(self.service_charge, self.stack)
        for w in self.screens():
            self.stack.addWidget(w)
        self._built_language = i18n.current()

    def screens(self) -> tuple[QWidget, ...]:
        """The screens in ``Screen`` order."""
        return (self.pin_screen, self.floor_screen, self.order_screen, self.payment_screen,
                self.settings_screen, self.reports_screen, self.printer_setup_screen,
                self.inventory_screen, self.service_charge_screen)

    def retranslate(self) -> None:
        """Rebuild the strip and the screens in the language now installed.

        The presenters keep every state, so the same screen comes back with the same
        check, entry and choices, its texts (and, for Arabic, its direction) new.
        """
        self._rebuild_pending = False
        showing = self.current
        self.close_dialogs()
        old = (self.status_strip, *self.screens())
        for w in old:
            self.stack.removeWidget(w)
            w.hide()
            w.setParent(None)
            w.deleteLater()
        lay = self.central_widget.layout()
        self._build_screens()
        if isinstance(lay, QVBoxLayout):
            lay.insertWidget(0, self.status_strip)
        self.status_strip.show()
        self.status.refresh()
        if self.order.order_id is not None:
            self.order.reload()
        self.pin.state_changed.emit(self.pin.state)
        self.payment.state_changed.emit(self.payment.state)
        self.reports.state_changed.emit(self.reports.state)
        self.inventory.state_changed.emit(self.inventory.state)
        self.service_charge.state_changed.emit(self.service_charge.state)
        self.stack.setCurrentIndex(int(showing))
        if showing is Screen.FLOOR:
            self.floor.refresh()

    def changeEvent(self, event: QEvent) -> None:
        # A translator installed from elsewhere: rebuild once the events have settled.
        if event.type() == QEvent.Type.LanguageChange and not self._rebuild_pending:
            self._rebuild_pending = True
            QTimer.singleShot(0, self._rebuild_if_needed)
        super().changeEvent(event)

    def _rebuild_if_needed(self) -> None:
        if self._rebuild_pending and i18n.current() != self._built_language:
            self.retranslate()
        self._rebuild_pending = False

    # --- moving between screens ----------------------------------------------------------

    @property
    def current(self) -> Screen:
        return Screen(self.stack.currentIndex())

    def show_screen(self, screen: Screen) -> None:
        if screen is not Screen.PIN:
            self.pin.deactivate()
        if screen is not Screen.FLOOR:
            self.floor.deactivate()
        self.stack.setCurrentIndex(int(screen))
        if screen is Screen.PIN:
            self.pin.activate()
            self.pin_screen.setFocus()
        elif screen is Screen.FLOOR:
            self.floor.activate()
            first = next(iter(self.floor_screen.canvas.buttons.values()), None)
            if first is not None:
                first.setFocus()
        elif screen is Screen.ORDER:
            self.order_screen.focus_menu()
        elif screen is Screen.PAYMENT:
            self.payment_screen.focus_tender()
        elif screen is Screen.REPORTS:
            self.reports.activate()
        elif screen is Screen.PRINTERS:
            self.printer_setup.activate()
        elif screen is Screen.INVENTORY:
            self.inventory.activate()
        elif screen is Screen.SERVICE_CHARGE:
            self.service_charge.activate()

    def show_floor(self) -> None:
        self.show_screen(Screen.FLOOR)

    def show_order(self, order_id: str) -> None:
        try:
            self.order.load(order_id)
        except PosError as exc:
            self.floor.message.emit(error_text(exc))
            self.show_screen(Screen.FLOOR)
            return
        self.show_screen(Screen.ORDER)

    def show_payment(self, order_id: str) -> None:
        try:
            self.payment.load(order_id)
        except PosError as exc:
            self.order.message.emit(error_text(exc), "error")
            return
        self.show_screen(Screen.PAYMENT)

    def _restricted(self, permission: Permission, action: str,
                    then: Callable[[], None]) -> None:
        """Run ``then`` if the person may; otherwise ask a manager's PIN first."""
        actor = self.session.actor
        if actor is None:
            return
        if actor.can(permission):
            then()
            return
        why = self.tr("%1 may not do this. A manager's PIN can allow it.").replace(
            "%1", actor.name)
        dlg = ManagerPinDialog(why, self)
        self.pin_dialog = dlg

        def allowed(pin: str) -> None:
            if self.session.actor is None:
                return
            try:
                self.terminal.staff.authorize_now(self.session.actor, permission, pin,
                                                  action=action)
            except PosError as exc:
                self.floor.message.emit(error_text(exc))
                return
            then()

        dlg.pin_entered.connect(allowed)
        dlg.finished.connect(lambda _r, d=dlg: self._pin_dialog_done(d))
        dlg.open()

    def _pin_dialog_done(self, dlg: ManagerPinDialog) -> None:
        if self.pin_dialog is dlg:
            self.pin_dialog = None
        dlg.deleteLater()

    def show_print_jobs(self) -> None:
        """Open the waiting tickets and their actions (retry, move, mark printed, reprint)."""
        if self.print_jobs_dialog is not None:
            self.print_jobs_dialog.raise_()
            return
        dlg = PrintJobsDialog(self.print_jobs, self.terminal.ctx.config.tz, self)
        dlg.finished.connect(lambda _r, d=dlg: self._print_jobs_closed(d))
        self.print_jobs_dialog = dlg
        dlg.open()

    def _print_jobs_closed(self, dlg: PrintJobsDialog) -> None:
        if self.print_jobs_dialog is dlg:
            self.print_jobs_dialog = None
        self.status.refresh()
        dlg.deleteLater()

    def show_closed_checks(self) -> None:
        """Today's closed checks: receipt copies, and reopening (managers)."""
        if self.closed_checks_dialog is not None:
            self.closed_checks_dialog.raise_()
            return
        names = {m.id: m.name for m in self.terminal.staff.staff()}
        dlg = ClosedChecksDialog(self.closed_checks, self.terminal.ctx.config.tz, names, self)
        dlg.finished.connect(lambda _r, d=dlg: self._closed_checks_closed(d))
        self.closed_checks_dialog = dlg
        dlg.open()

    def _closed_checks_closed(self, dlg: ClosedChecksDialog) -> None:
        if self.closed_checks_dialog is dlg:
            self.closed_checks_dialog = None
        dlg.deleteLater()

    def _closed_checks_pin(self, why: str) -> None:
        parent = self.closed_checks_dialog or self
        dlg = ManagerPinDialog(why, parent)
        self.pin_dialog = dlg
        dlg.pin_entered.connect(self.closed_checks.override.provide)
        dlg.rejected.connect(self.closed_checks.override.cancel)
        dlg.finished.connect(lambda _r, d=dlg: self._pin_dialog_done(d))
        dlg.open()

    def _reopened(self, order_id: str) -> None:
        if self.closed_checks_dialog is not None:
            self.closed_checks_dialog.accept()
        self.show_order(order_id)

    def close_dialogs(self) -> None:
        self.order_screen.close_dialogs()
        self.payment_screen.close_dialogs()
        self.printer_setup_screen.close_dialogs()
        self.floor_screen.close_dialogs()
        self.reports_screen.close_dialogs()
        self.service_charge_screen.close_dialogs()
        for dlg in (self.print_jobs_dialog, self.pin_dialog, self.closed_checks_dialog):
            if dlg is not None:
                dlg.reject()

    # --- sessions ------------------------------------------------------------------------

    def log_out(self, why: str) -> None:
        order_id = None
        if self.current is Screen.ORDER:
            order_id = self.order.order_id
        elif self.current is Screen.PAYMENT and not self.payment.state.closed:
            order_id = self.payment.order_id
        self.close_dialogs()
        self.session.end(why, current_order_id=order_id)

    def _logged_in(self) -> None:
        resume = self.session.resume_order_id
        if resume is not None:
            self.session.resume_order_id = None
            self.show_order(resume)
        else:
            self.show_floor()

    def _logged_out(self, why: str) -> None:
        self.show_screen(Screen.PIN)
        if why == "idle":
            self.pin.note(self.tr("Logged out after a while without a touch. "
                                  "Nothing was lost."))

    def show_error(self, text: str) -> None:
        """Show an error where the person is looking (order screen or floor plan); the
        details of a failure are in the log."""
        if self.current is Screen.ORDER:
            self.order.message.emit(text, "error")
        else:
            self.floor.message.emit(text)

    def shutdown(self) -> None:
        """Stop every timer and the activity filter (before the window goes away)."""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self._activity)
            app.removeEventFilter(self._enter)
        self.session.shutdown()
        self.pin.deactivate()
        self.floor.deactivate()
        self.status.stop()
        self.print_jobs.deactivate()
        self.close_dialogs()
        self.runtime.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape goes back one screen (dialogs close themselves on Escape)."""
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)
            return
        screen = self.current
        if screen is Screen.ORDER:
            self.order.back()
        elif screen is Screen.PAYMENT:
            if self.payment.state.closed:
                self.payment.finish()
            else:
                self.payment.back()
        elif screen in (Screen.SETTINGS, Screen.REPORTS, Screen.INVENTORY):
            self.show_floor()
        elif screen is Screen.PRINTERS:
            self.printer_setup.back()
        elif screen is Screen.SERVICE_CHARGE:
            self.service_charge.back()
        elif screen is Screen.FLOOR:
            self.floor.picker.cancel()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.actor is not None:
            self.session.end("manual")
        self.shutdown()
        super().closeEvent(event)
