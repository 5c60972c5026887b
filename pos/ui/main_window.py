"""The one main window: the status strip over a stack of screens, and the moves between them."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from pos.domain.errors import PosError
from pos.services.terminal import Terminal
from pos.ui.floor.presenter import FloorPresenter
from pos.ui.floor.screen import FloorScreen
from pos.ui.order.presenter import OrderPresenter
from pos.ui.order.screen import OrderScreen
from pos.ui.payment.presenter import PaymentPresenter
from pos.ui.payment.screen import PaymentScreen
from pos.ui.pin.presenter import PinPresenter
from pos.ui.pin.screen import PinScreen
from pos.ui.printers.dialog import PrintJobsDialog
from pos.ui.printers.presenter import PrintJobsPresenter
from pos.ui.session import ActivityFilter, SessionPresenter
from pos.ui.settings import UiSettings
from pos.ui.status import StatusPresenter, StatusStrip


class Screen(IntEnum):
    PIN = 0
    FLOOR = 1
    ORDER = 2
    PAYMENT = 3


class MainWindow(QMainWindow):
    """Owns the presenters and screens and switches between them.

    PIN pad → floor plan → order entry; logging out (by hand or when idle) returns
    to the PIN pad from anywhere, and the same person logging in again gets the
    check they had open back.
    """

    def __init__(self, terminal: Terminal, settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Tableside POS"))
        cfg = terminal.ctx.config
        self.setWindowTitle(f"{cfg.restaurant_name} — Tableside POS")
        self.setMinimumSize(1024, 768)

        self.session = SessionPresenter(terminal, settings.idle_logout_seconds, self)
        self.status = StatusPresenter(terminal, self.session, self)
        self.pin = PinPresenter(terminal, self.session, self)
        self.floor = FloorPresenter(terminal, self.session,
                                    overdue_minutes=settings.overdue_minutes,
                                    refresh_seconds=settings.floor_refresh_seconds, parent=self)
        self.order = OrderPresenter(terminal, self.session, self)
        self.payment = PaymentPresenter(terminal, self.session, self)
        self.print_jobs = PrintJobsPresenter(terminal, self.session, self)
        self.print_jobs_dialog: PrintJobsDialog | None = None

        central = QWidget(self)
        central.setObjectName("central")
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.status_strip = StatusStrip(self.status, central)
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("screens")
        self.pin_screen = PinScreen(self.pin, cfg.restaurant_name, self.stack)
        self.floor_screen = FloorScreen(self.floor, self.stack)
        self.order_screen = OrderScreen(self.order, cfg.currency, self.stack)
        self.payment_screen = PaymentScreen(self.payment, cfg.currency, self.stack)
        for w in (self.pin_screen, self.floor_screen, self.order_screen, self.payment_screen):
            self.stack.addWidget(w)
        lay.addWidget(self.status_strip)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.session.logged_in.connect(self._logged_in)
        self.session.logged_out.connect(self._logged_out)
        self.session.idle_timeout.connect(lambda: self.log_out("idle"))
        self.status.logout_requested.connect(lambda: self.log_out("manual"))
        self.status.printers_requested.connect(self.show_print_jobs)
        self.floor.order_chosen.connect(self.show_order)
        self.order.back_requested.connect(self.show_floor)
        self.order.pay_requested.connect(self.show_payment)
        self.payment.back_requested.connect(lambda: self.show_order(self.payment.order_id or ""))
        self.payment.done.connect(self.show_floor)

        self._activity = ActivityFilter(self.session, self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self._activity)
        self.status.start()
        self.show_screen(Screen.PIN)

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

    def show_floor(self) -> None:
        self.show_screen(Screen.FLOOR)

    def show_order(self, order_id: str) -> None:
        try:
            self.order.load(order_id)
        except PosError as exc:
            self.floor.message.emit(exc.message)
            self.show_screen(Screen.FLOOR)
            return
        self.show_screen(Screen.ORDER)

    def show_payment(self, order_id: str) -> None:
        try:
            self.payment.load(order_id)
        except PosError as exc:
            self.order.message.emit(exc.message, "error")
            return
        self.show_screen(Screen.PAYMENT)

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

    def close_dialogs(self) -> None:
        self.order_screen.close_dialogs()
        self.floor_screen.close_dialogs()
        if self.print_jobs_dialog is not None:
            self.print_jobs_dialog.reject()

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

    def shutdown(self) -> None:
        """Stop every timer and the activity filter (before the window goes away)."""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self._activity)
        self.session.shutdown()
        self.pin.deactivate()
        self.floor.deactivate()
        self.status.stop()
        self.print_jobs.deactivate()
        self.close_dialogs()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.actor is not None:
            self.session.end("manual")
        self.shutdown()
        super().closeEvent(event)
