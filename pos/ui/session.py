"""Who is logged in on this terminal, and the idle timer that logs them out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from pos.services.staff import Actor
from pos.services.terminal import Terminal
from pos.ui.runtime import Runtime

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
})


class SessionPresenter(QObject):
    """The logged-in person; logs them out after ``idle_seconds`` without a touch.

    Nothing is lost on logout: every change is committed by the services as it
    is made, and the screen the person was on is remembered so that logging in
    again returns them to it.

    Signals:
        logged_in(Actor): someone logged in.
        logged_out(str): the session ended; the argument is "idle" or "manual".
        idle_timeout(): nobody touched the terminal for the idle time; the main
            window ends the session (it knows which check is open).

    Attributes:
        actor: who is logged in, or None.
        resume_order_id: the check the last person had open when they were logged
            out, offered back to them when they log in again.
    """

    logged_in = Signal(object)
    logged_out = Signal(str)
    idle_timeout = Signal()

    def __init__(self, terminal: Terminal, runtime: Runtime, idle_seconds: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.runtime = runtime
        self.actor: Actor | None = None
        self.resume_order_id: str | None = None
        self._resume_for: str | None = None
        self._idle = QTimer(self)
        self._idle.setObjectName("idleLogoutTimer")
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle)
        self.set_idle_seconds(idle_seconds)

    def set_idle_seconds(self, seconds: float) -> None:
        self._idle_ms = max(0, int(seconds * 1000))
        self._idle.setInterval(self._idle_ms)
        if self.actor is not None:
            self.touch()

    def start(self, actor: Actor) -> None:
        self.actor = actor
        if self._resume_for != actor.id:
            self.resume_order_id = None
        self.touch()
        self.logged_in.emit(actor)

    def touch(self) -> None:
        """The user did something: restart the idle countdown."""
        if self.actor is not None and self._idle_ms > 0:
            self._idle.start()

    def end(self, why: str = "manual", *, current_order_id: str | None = None) -> None:
        if self.actor is None:
            return
        actor = self.actor
        self.actor = None
        self._idle.stop()
        self._resume_for = actor.id
        self.resume_order_id = current_order_id
        self.runtime.command(lambda: self.terminal.staff.logout(actor))  # the audit row
        self.logged_out.emit(why)

    def shutdown(self) -> None:
        self._idle.stop()

    def _on_idle(self) -> None:
        if self.actor is not None:
            self.idle_timeout.emit()


class ActivityFilter(QObject):
    """Installed on the application: every press, key or touch counts as activity."""

    def __init__(self, session: SessionPresenter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.session.touch()
        return False
