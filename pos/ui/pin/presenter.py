"""The PIN pad's state and its one operation: log in."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Signal

from pos.domain.errors import LockedOutError, PosError
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from pos.ui.runtime import Runtime
from pos.ui.session import SessionPresenter
from pos.ui.texts import error_text

MAX_PIN_LENGTH = 8


@dataclass(frozen=True, slots=True)
class PinState:
    entered: str = ""
    message: str = ""
    error: bool = False
    locked_seconds: int = 0

    @property
    def masked(self) -> str:
        return "●" * len(self.entered)

    @property
    def locked(self) -> bool:
        return self.locked_seconds > 0


class PinPresenter(QObject):
    """Collects digits and logs in through the staff service (a command: checking a PIN
    writes the attempt, and a wrong one the count towards the lock-out).

    Signals:
        state_changed(PinState): the entry, message or lock-out changed.
        pin_rejected(str): a wrong PIN; the argument is the message shown.
        locked_out(int): the pad is locked for this many seconds.

    Attributes:
        state: the current ``PinState``.
    """

    state_changed = Signal(object)
    pin_rejected = Signal(str)
    locked_out = Signal(int)

    def __init__(self, terminal: Terminal, session: SessionPresenter, runtime: Runtime,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.session = session
        self.runtime = runtime
        self.state = PinState()
        self._tick = QTimer(self)
        self._tick.setObjectName("lockoutCountdown")
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.refresh_lockout)

    def _set(self, state: PinState) -> None:
        self.state = state
        self.state_changed.emit(state)

    def activate(self) -> None:
        """The pad is shown: start from an empty entry and pick up a running lock-out."""
        self._set(PinState())
        self.refresh_lockout()

    def deactivate(self) -> None:
        self._tick.stop()

    def note(self, text: str) -> None:
        """Show a plain message (not an error), e.g. why the pad is back."""
        if not self.state.locked:
            self._set(replace(self.state, message=text, error=False))

    def press_digit(self, digit: str) -> None:
        if self.state.locked or len(self.state.entered) >= MAX_PIN_LENGTH:
            return
        msg = "" if self.state.error else self.state.message
        self._set(replace(self.state, entered=self.state.entered + digit, message=msg,
                          error=False))

    def backspace(self) -> None:
        self._set(replace(self.state, entered=self.state.entered[:-1]))

    def clear(self) -> None:
        self._set(replace(self.state, entered="", message="", error=False)
                  if not self.state.locked else replace(self.state, entered=""))

    def submit(self) -> None:
        pin = self.state.entered
        if self.state.locked:
            return
        if not pin:
            self._set(replace(self.state, message=self.tr("Enter your PIN first."),
                              error=True))
            return
        self.runtime.command(lambda: self.terminal.staff.login(pin), self._logged_in,
                             self._rejected, action="pin.login")

    def _logged_in(self, actor: Actor) -> None:
        self._set(PinState())
        self.session.start(actor)

    def _rejected(self, exc: PosError) -> None:
        if isinstance(exc, LockedOutError):
            self._lock(exc.seconds_left)
            return
        self._set(PinState(message=error_text(exc), error=True))
        self.pin_rejected.emit(error_text(exc))

    def _lock(self, seconds: int) -> None:
        self._set(PinState(message=self._locked_text(seconds), error=True,
                           locked_seconds=seconds))
        self.locked_out.emit(seconds)
        self._tick.start()

    def _locked_text(self, seconds: int) -> str:
        return self.tr("Too many wrong PINs. The PIN pad is locked; try again in %n s.", "",
                       seconds)

    def refresh_lockout(self) -> None:
        """Re-read the lock-out from the store (the countdown ticks every second)."""
        left = self.terminal.staff.lockout_seconds_left()
        if left > 0:
            self._set(PinState(message=self._locked_text(left), error=True,
                               locked_seconds=left))
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()
            if self.state.locked:
                self._set(PinState(message=self.tr("The PIN pad is unlocked. Enter your PIN."),
                                   error=False))
