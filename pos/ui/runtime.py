"""The UI's runtime: commands run on the database thread, and one bus of what changed.

A presenter never writes to the store on the GUI thread. It hands the service call
to ``Runtime.command``; the call runs on the terminal's database thread
(``pos.services.runner``) and its result (or its error) comes back to the presenter
on the GUI thread. Every committed transaction, whoever made it (a tap, a pulled
page, the print queue), is announced by the store; ``ChangeBus`` gathers those
announcements and re-emits them once per turn of the event loop as Qt signals, so
the floor plan, the kitchen display and the status strip refresh from one path.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from pos.domain.changes import Changes
from pos.domain.errors import PosError
from pos.services.runner import DbRunner, Priority

log = logging.getLogger(__name__)
T = TypeVar("T")
ChangeListeners = list[Callable[[Changes], None]]  # the store's ``change_listeners``


_WAKE = QEvent.Type(QEvent.registerEventType())


class _Inbox:
    """Items handed from any thread to a QObject on the GUI thread.

    The other thread appends to a deque and, when it was empty, posts one event
    (``QCoreApplication.postEvent`` is thread-safe); the owner's ``customEvent`` hands
    everything that arrived meanwhile to ``deliver``, in order. No Python-side signal
    is emitted off the GUI thread.
    """

    def __init__(self, owner: QObject, deliver: Callable[[Any], None]) -> None:
        self._owner = owner
        self._deliver = deliver
        self._items: deque[Any] = deque()
        self._lock = threading.Lock()
        self._posted = False
        self._closed = False

    def close(self) -> None:
        """Post nothing more (the owner is going away)."""
        with self._lock:
            self._closed = True
            self._items.clear()

    def put(self, item: Any) -> None:
        with self._lock:
            if self._closed:
                return
            self._items.append(item)
            if self._posted:
                return
            self._posted = True
        QCoreApplication.postEvent(self._owner, QEvent(_WAKE))

    def handles(self, e: QEvent) -> bool:
        if e.type() != _WAKE:
            return False
        with self._lock:
            items = list(self._items)
            self._items.clear()
            self._posted = False
        for item in items:
            self._deliver(item)
        return True


class ChangeBus(QObject):
    """Committed changes, re-emitted on the GUI thread.

    Signals:
        changed(Changes): everything committed since the last emission, merged.
        orders_changed(frozenset): ids of checks that changed.
        tables_changed(frozenset): ids of tables whose checks changed.
        stock_changed(): stock levels or availability may have changed.
        master_changed(frozenset): kinds of master data that changed.
        print_jobs_changed(): print jobs were queued or changed state.
    """

    changed = Signal(object)
    orders_changed = Signal(object)
    tables_changed = Signal(object)
    stock_changed = Signal()
    master_changed = Signal(object)
    print_jobs_changed = Signal()

    def __init__(self, listeners: ChangeListeners, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listeners = listeners
        self._pending = Changes()
        self._inbox = _Inbox(self, self._collect)
        listeners.append(self._from_store)

    def close(self) -> None:
        if self._from_store in self._listeners:
            self._listeners.remove(self._from_store)
        self._inbox.close()

    def _from_store(self, changes: Changes) -> None:
        self._inbox.put(changes)  # any thread

    def customEvent(self, e: QEvent) -> None:
        if not self._inbox.handles(e):
            super().customEvent(e)

    def _collect(self, changes: Changes) -> None:
        first = not self._pending
        self._pending = self._pending | changes
        if first:
            QTimer.singleShot(0, self._emit)

    def _emit(self) -> None:
        changes, self._pending = self._pending, Changes()
        if not changes:
            return
        self.changed.emit(changes)
        if changes.orders:
            self.orders_changed.emit(changes.orders)
        if changes.tables:
            self.tables_changed.emit(changes.tables)
        if changes.stock:
            self.stock_changed.emit()
        if changes.master:
            self.master_changed.emit(changes.master)
        if changes.print_jobs:
            self.print_jobs_changed.emit()

    def flush(self) -> None:
        """Emit what is gathered now (tests, before they look)."""
        self._emit()


class Runtime(QObject):
    """Runs presenters' commands on the database thread and hands back their results.

    Signals:
        failed(str): a command failed with an error that is not a ``PosError`` (a bug);
            the text is calm and the error is in the log.

    Attributes:
        runner: the terminal's database thread.
        bus: the change bus.
    """

    failed = Signal(str)

    def __init__(self, runner: DbRunner, listeners: ChangeListeners,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.bus = ChangeBus(listeners, self)
        self._outstanding = 0
        self._running: set[Hashable] = set()
        self._inbox = _Inbox(self, self._deliver)

    def customEvent(self, e: QEvent) -> None:
        if not self._inbox.handles(e):
            super().customEvent(e)

    @property
    def busy(self) -> bool:
        """A command is queued, running, or its result not yet handed back."""
        return self._outstanding > 0

    def running(self, action: Hashable) -> bool:
        """A command for ``action`` is queued, running, or its result not yet handed back."""
        return action in self._running

    def command(self, work: Callable[[], T], done: Callable[[T], None] | None = None,
                failed: Callable[[PosError], None] | None = None,
                action: Hashable | None = None,
                settled: Callable[[], None] | None = None) -> bool:
        """Run ``work`` on the database thread; then ``done(result)`` on the GUI thread,
        or ``failed(error)`` for a ``PosError`` (a wrong PIN, a closed day, a full disk);
        then ``settled()``, whatever the outcome (an unexpected error included).

        With an ``action`` (say ``"reports.close_day"``), a second command for the same
        action is not run while the first is outstanding: a second tap on a button does
        not close the day twice. Returns whether ``work`` was queued.
        """
        if action is not None and action in self._running:
            return False
        future = self.runner.submit(work, Priority.INTERACTIVE)
        self._outstanding += 1
        if action is not None:
            self._running.add(action)
        future.add_done_callback(
            lambda f: self._inbox.put((f, done, failed, action, settled)))
        return True

    def _deliver(self, item: tuple[Future[Any], Callable[[Any], None] | None,
                                   Callable[[PosError], None] | None, Hashable | None,
                                   Callable[[], None] | None]) -> None:
        future, done, failed, action, settled = item
        self._outstanding -= 1
        self._running.discard(action)
        try:
            self._settle_one(future, done, failed)
        finally:
            if settled is not None:
                settled()

    def _settle_one(self, future: Future[Any], done: Callable[[Any], None] | None,
                    failed: Callable[[PosError], None] | None) -> None:
        exc = future.exception()
        if exc is None:
            if done is not None:
                done(future.result())
            return
        if isinstance(exc, PosError):
            if failed is not None:
                failed(exc)
            else:
                log.warning("a command was refused: %s", exc.message)
            return
        log.error("a command failed", exc_info=exc)
        self.failed.emit(self.tr("Something went wrong; it was not saved. Try again, "
                                 "and tell a manager if it happens again."))

    def settle(self, timeout: float = 10.0) -> None:
        """Wait until every command has run and its result and changes were handed back.

        For tests and start-up, never for a tap: it spins the Qt event loop.
        """
        deadline = time.monotonic() + timeout
        while True:
            self.runner.wait_idle(max(0.0, deadline - time.monotonic()))
            QCoreApplication.processEvents()
            if not self._outstanding and not self.runner.pending:
                QCoreApplication.processEvents()
                self.bus.flush()
                if not self._outstanding and not self.runner.pending:
                    return
            if time.monotonic() > deadline:
                raise TimeoutError("commands still running after the timeout")

    def close(self) -> None:
        """Hand nothing more to the GUI thread (the window is going away); what is queued
        still runs on the database thread, its results are dropped."""
        self.bus.close()
        self._inbox.close()
        self._outstanding = 0
        self._running.clear()
