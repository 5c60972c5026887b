"""The one main window: the status strip over a stack of screens, and the moves between them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from pos.domain.errors import PosError
from pos.domain.staff import Permission
from pos.services.terminal import Terminal
from pos.ui import i18n
from pos.ui.dialog_host import DialogHost
from pos.ui.keyboard import EnterPresses
from pos.ui.manager_pin import ManagerPinDialog
from pos.ui.payment.closed import ClosedChecksDialog, ClosedChecksPresenter
from pos.ui.printers.dialog import PrintJobsDialog
from pos.ui.printers.presenter import PrintJobsPresenter
from pos.ui.runtime import Runtime
from pos.ui.screens import SCREENS, Screen
from pos.ui.session import ActivityFilter, SessionPresenter
from pos.ui.settings import UiSettings
from pos.ui.shell import ScreenSpec
from pos.ui.status import StatusPresenter, StatusStrip
from pos.ui.texts import error_text

__all__ = ["MainWindow", "Screen"]

P = TypeVar("P", bound=QObject)
W = TypeVar("W", bound=QWidget)


class MainWindow(QMainWindow):
    """Owns the presenters and screens and switches between them.

    PIN pad → floor plan → order entry; logging out (by hand or when idle) returns
    to the PIN pad from anywhere, and the same person logging in again gets the
    check they had open back. Settings are for managers (or with a manager's PIN).

    The screens are those registered in ``pos.ui.screens.Screen``; the window builds,
    stacks, shows and rebuilds each through its registration. The screens are layout
    only, so a language switch rebuilds them in the new language over the same
    presenters: nothing a person was doing is lost. Each presenter is also the window's
    attribute named by its registration (``window.order``), each screen too
    (``window.order_screen``): tests and tools reach them so.
    """

    def __init__(self, terminal: Terminal, settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.start_settings = settings
        self.setObjectName("mainWindow")
        cfg = terminal.ctx.config
        self.setWindowTitle(f"{cfg.restaurant_name} — Tableside POS")
        self.setMinimumSize(1024, 768)

        self.runtime = Runtime(terminal.ctx.runner, terminal.change_listeners, self)
        self.runtime.failed.connect(self.show_error)
        self.session = SessionPresenter(terminal, self.runtime, settings.idle_logout_seconds,
                                        self)
        self.status = StatusPresenter(terminal, self.session, self.runtime.bus, self)
        self._presenters: dict[ScreenSpec[Any, Any], QObject] = {}
        self._widgets: dict[ScreenSpec[Any, Any], QWidget] = {}
        for spec in SCREENS:
            self._presenters[spec] = presenter = spec.presenter(self, self)
            setattr(self, spec.presenter_name, presenter)
        self.print_jobs = PrintJobsPresenter(terminal, self.session, self.runtime, self)
        self.closed_checks = ClosedChecksPresenter(terminal, self.session, self.runtime, self)
        self.print_jobs_dialog: PrintJobsDialog | None = None
        self.closed_checks_dialog: ClosedChecksDialog | None = None
        self.pin_dialog: ManagerPinDialog | None = None
        self._built_language = ""
        self._rebuild_pending = False
        self._shut_down = False

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
        for spec in SCREENS:
            spec.wire(self._presenters[spec], self)
        self.closed_checks.override.pin_needed.connect(self._closed_checks_pin)
        self.closed_checks.reopened.connect(self._reopened)

        self._activity = ActivityFilter(self.session, self)
        self._enter = EnterPresses(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self._activity)
            app.installEventFilter(self._enter)
        self.status.start()
        self.show_screen(Screen.PIN)

    def presenter(self, screen: ScreenSpec[P, W]) -> P:
        """The presenter of a registered screen."""
        return cast(P, self._presenters[screen])

    def widget(self, screen: ScreenSpec[P, W]) -> W:
        """The widget of a registered screen, as built for the current language."""
        return cast(W, self._widgets[screen])

    @property
    def settings(self) -> UiSettings:
        return self.presenter(Screen.SETTINGS).settings

    # --- screens and languages -----------------------------------------------------------

    def _build_screens(self) -> None:
        """Build the status strip and every screen in the current language."""
        self.setAccessibleName(self.tr("Tableside POS"))
        self.status_strip = StatusStrip(self.status, self.central_widget)
        for spec in SCREENS:
            self._widgets[spec] = w = spec.widget(self._presenters[spec], self, self.stack)
            setattr(self, spec.widget_name, w)
            self.stack.addWidget(w)
        self._built_language = i18n.current()

    def retranslate(self) -> None:
        """Rebuild the strip and the screens in the language now installed.

        The presenters keep every state, so the same screen comes back with the same
        check, entry and choices, its texts (and, for Arabic, its direction) new.
        """
        self._rebuild_pending = False
        showing = self.current
        self.close_dialogs()
        for w in (self.status_strip, *self._widgets.values()):
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
        self.stack.setCurrentIndex(SCREENS.index(showing))
        for spec in SCREENS:
            spec.rebuilt(self._presenters[spec], spec is showing)

    def changeEvent(self, event: QEvent) -> None:
        # A translator installed from elsewhere: rebuild once the events have settled.
        if event.type() == QEvent.Type.LanguageChange and not self._rebuild_pending \
                and not self._shut_down:
            self._rebuild_pending = True
            QTimer.singleShot(0, self._rebuild_if_needed)
        super().changeEvent(event)

    def _rebuild_if_needed(self) -> None:
        if self._rebuild_pending and i18n.current() != self._built_language:
            self.retranslate()
        self._rebuild_pending = False

    # --- moving between screens ----------------------------------------------------------

    @property
    def current(self) -> ScreenSpec[Any, Any]:
        return SCREENS[self.stack.currentIndex()]

    def show_screen(self, screen: ScreenSpec[Any, Any]) -> None:
        for spec in SCREENS:
            if spec is not screen:
                spec.hidden(self._presenters[spec])
        self.stack.setCurrentIndex(SCREENS.index(screen))
        screen.shown(self._presenters[screen], self._widgets[screen])

    def show_floor(self) -> None:
        self.show_screen(Screen.FLOOR)

    def show_order(self, order_id: str) -> None:
        try:
            self.presenter(Screen.ORDER).load(order_id)
        except PosError as exc:
            self.presenter(Screen.FLOOR).message.emit(error_text(exc))
            self.show_screen(Screen.FLOOR)
            return
        self.show_screen(Screen.ORDER)

    def show_payment(self, order_id: str) -> None:
        try:
            self.presenter(Screen.PAYMENT).load(order_id)
        except PosError as exc:
            self.presenter(Screen.ORDER).message.emit(error_text(exc), "error")
            return
        self.show_screen(Screen.PAYMENT)

    def restricted(self, permission: Permission, action: str,
                   then: Callable[[], None]) -> None:
        """Run ``then`` if the person may; otherwise ask a manager's PIN first (checked, and
        the allowance recorded, as a command)."""
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
            asker = self.session.actor
            if asker is None:
                return

            def authorized(_: object) -> None:
                if self.session.actor is asker:  # still the one who asked
                    then()

            self.runtime.command(
                lambda: self.terminal.staff.authorize_now(asker, permission, pin,
                                                          action=action),
                authorized, lambda exc: self.presenter(Screen.FLOOR).message.emit(error_text(exc)),
                action=("restricted", action))

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
        for w in self._widgets.values():
            if isinstance(w, DialogHost):
                w.close_dialogs()
        for dlg in (self.print_jobs_dialog, self.pin_dialog, self.closed_checks_dialog):
            if dlg is not None:
                dlg.reject()

    # --- sessions ------------------------------------------------------------------------

    def log_out(self, why: str) -> None:
        order_id = self.current.open_order(self._presenters[self.current])
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
            self.presenter(Screen.PIN).note(self.tr("Logged out after a while without a touch. "
                                  "Nothing was lost."))

    def show_error(self, text: str) -> None:
        """Show an error where the person is looking (order screen or floor plan); the
        details of a failure are in the log."""
        if self.current is Screen.ORDER:
            self.presenter(Screen.ORDER).message.emit(text, "error")
        else:
            self.presenter(Screen.FLOOR).message.emit(text)

    def shutdown(self) -> None:
        """Stop every timer and the activity filter (before the window goes away); after
        it the window no longer reads the store (its terminal may be closed)."""
        self._shut_down = True
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self._activity)
            app.removeEventFilter(self._enter)
        self.session.shutdown()
        for spec in SCREENS:
            spec.hidden(self._presenters[spec])
        self.status.stop()
        self.print_jobs.deactivate()
        self.close_dialogs()
        self.runtime.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape goes back one screen (dialogs close themselves on Escape)."""
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)
            return
        if not self.current.escape(self._presenters[self.current], self):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.actor is not None:
            self.session.end("manual")
        self.shutdown()
        super().closeEvent(event)
