"""The status strip: who is logged in, the business day, connectivity and printers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from pos.services.sync_service import SyncState
from pos.services.terminal import Terminal
from pos.ui import formatting
from pos.ui.runtime import ChangeBus
from pos.ui.session import SessionPresenter
from pos.ui.widgets import button, label, set_state


@dataclass(frozen=True, slots=True)
class StatusState:
    person: str
    business_day: str
    connectivity: str
    connectivity_kind: str  # standalone | online | offline
    printers: str
    printers_kind: str  # none | ok | alert
    logged_in: bool


class StatusPresenter(QObject):
    """Reads what the strip shows from the services; refreshes on login, logout and a timer.

    Signals:
        state_changed(StatusState): anything shown changed.
        logout_requested(): the person tapped "Log out".
        printers_requested(): the person tapped the printer state (to see the jobs).

    Attributes:
        state: the current ``StatusState``.
    """

    state_changed = Signal(object)
    logout_requested = Signal()
    printers_requested = Signal()

    def __init__(self, terminal: Terminal, session: SessionPresenter,
                 bus: ChangeBus | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.session = session
        self.state = self._read()
        session.logged_in.connect(self.refresh)
        session.logged_out.connect(self.refresh)
        if bus is not None:  # a ticket printed or failed shows at once
            bus.print_jobs_changed.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.setObjectName("statusRefresh")
        # The clock and a printer's health between jobs; the reads are one small query each.
        self._timer.setInterval(5_000)
        self._timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self._timer.start()
        # The sync worker runs on this thread's loop: its news refreshes the strip at once.
        self.terminal.sync.status_listeners.append(self._sync_changed)

    def stop(self) -> None:
        self._timer.stop()
        if self._sync_changed in self.terminal.sync.status_listeners:
            self.terminal.sync.status_listeners.remove(self._sync_changed)

    def _sync_changed(self, _status: object) -> None:
        self.refresh()

    def _printers(self) -> tuple[str, str]:
        """What the printers need staff to know: nothing set up, trouble, or all well."""
        if not self.terminal.printers.printers():
            return self.tr("No printers configured"), "none"
        alerts = self.terminal.print_queue.alerts()
        if alerts:
            if len(alerts) == 1:
                a = alerts[0]
                return self.tr("Printer %1: %2").replace("%1", a.name).replace(
                    "%2", a.message or self.tr("not answering")), "alert"
            return self.tr("%n printers need attention", "", len(alerts)), "alert"
        stuck = [j for j in self.terminal.print_queue.pending() if j.attempts > 0]
        if stuck:
            return self.tr("%n tickets waiting to print", "", len(stuck)), "alert"
        return self.tr("Printers OK"), "ok"

    def _connectivity(self) -> tuple[str, str]:
        """The server connection as the sync worker last saw it."""
        status = self.terminal.sync.status
        state = status.state
        if state is SyncState.ONLINE:
            if status.last_sync_at:
                at = formatting.clock_time(datetime.fromisoformat(status.last_sync_at),
                                           self.terminal.ctx.config.tz)
                text = self.tr("Online · synced %1").replace("%1", at)
            else:
                text = self.tr("Online")
            kind = "online"
        elif state is SyncState.OFFLINE:
            text = self.tr("Offline · %n queued", "", status.queued)
            kind = "offline"
        elif state is SyncState.UPDATE_REQUIRED:
            text, kind = self.tr("Update required: orders are kept"), "offline"
        elif state is SyncState.REFUSED:
            text, kind = self.tr("Refused by the server: orders are kept"), "offline"
        else:
            return self.tr("Standalone"), "standalone"
        if status.refused:
            text += " · " + self.tr("%n refused", "", status.refused)
            kind = "offline"
        if status.clock_warning:
            text += " · " + self.tr("check the clock")
            kind = "offline"
        return text, kind

    def _read(self) -> StatusState:
        actor = self.session.actor
        printers, printers_kind = self._printers()
        connectivity, connectivity_kind = self._connectivity()
        return StatusState(
            person=actor.name if actor else self.tr("Not logged in"),
            business_day=self.tr("Business day %1").replace(
                "%1", formatting.business_day(self.terminal.ctx.business_date())),
            connectivity=connectivity, connectivity_kind=connectivity_kind,
            printers=printers, printers_kind=printers_kind,
            logged_in=actor is not None)

    def refresh(self) -> None:
        self.state = self._read()
        self.state_changed.emit(self.state)


class StatusStrip(QWidget):
    """Layout only: one row of labels and the log-out button."""

    def __init__(self, presenter: StatusPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("statusStrip")
        self.setAccessibleName(self.tr("Status"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        self.setFixedHeight(60)
        lay.setSpacing(16)
        self.person = label("", "statusPerson", self, role="status")
        self.day = label("", "statusBusinessDay", self, role="status")
        self.connectivity = label("", "statusConnectivity", self, role="status")
        # A button: tapping the printer state opens the waiting tickets and their actions.
        self.printers = button("", "statusPrinters", self,
                               accessible=self.tr("Printers"))
        self.printers.setProperty("role", "status")
        self.logout = button(self.tr("Log out"), "logoutButton", self)
        self.logout.setMinimumWidth(120)
        policy = self.logout.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.logout.setSizePolicy(policy)
        lay.addWidget(self.person)
        lay.addWidget(self.day)
        lay.addStretch(1)
        lay.addWidget(self.connectivity)
        lay.addWidget(self.printers)
        lay.addWidget(self.logout)
        self.logout.clicked.connect(presenter.logout_requested)
        self.printers.clicked.connect(presenter.printers_requested)
        presenter.state_changed.connect(self.show_state)
        self.show_state(presenter.state)

    def show_state(self, state: StatusState) -> None:
        for lbl, text, name in (
                (self.person, state.person, self.tr("Logged in")),
                (self.day, state.business_day, self.tr("Business day")),
                (self.connectivity, state.connectivity, self.tr("Server connection"))):
            lbl.setText(text)
            lbl.setAccessibleName(name)
            lbl.setAccessibleDescription(text)
        self.printers.setText(state.printers)
        self.printers.setAccessibleDescription(state.printers)
        # Acting on a job is recorded against someone: only while logged in.
        self.printers.setEnabled(state.logged_in and state.printers_kind != "none")
        set_state(self.connectivity, "kind", state.connectivity_kind)
        set_state(self.printers, "kind", state.printers_kind)
        self.logout.setEnabled(state.logged_in)
        self.logout.setVisible(state.logged_in)
