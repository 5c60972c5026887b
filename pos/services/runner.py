"""The one database thread of a terminal process: every write goes through it.

Anki's habit: the collection belongs to one worker thread; the GUI and the
background workers hand it operations and await their results, so the screen
never waits on an fsync, a busy lock or a pulled page being applied, and two
writers of one process never queue on SQLite's lock (``busy_timeout``).

Operations are plain callables. Interactive ones (a tap) go ahead of background
ones (a pulled page, a print job's bookkeeping); background work keeps its
transactions short so a tap never waits long behind one.

``call`` runs an operation and waits for it (the CLI, tests, start-up); an
operation already on the runner's thread runs inline, so services may call each
other freely.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import itertools
import queue
import threading
from collections.abc import Callable
from enum import IntEnum
from typing import Any, TypeVar

T = TypeVar("T")


def set_event_from_any_thread(loop: asyncio.AbstractEventLoop, event: asyncio.Event) -> None:
    """Set an event of ``loop`` from whichever thread runs this (a commit on the database
    thread wakes a worker on the loop's); nothing happens once the loop has closed."""
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if running is loop:
        event.set()
    else:
        with contextlib.suppress(RuntimeError):  # the loop has closed
            loop.call_soon_threadsafe(event.set)


class Priority(IntEnum):
    INTERACTIVE = 0  # a person is waiting for it
    BACKGROUND = 1  # sync, print bookkeeping, stock folding


_STOP = object()


class DbRunner:
    """A single worker thread that runs database operations in priority order.

    Attributes:
        name: the thread's name (``pos-db``).
    """

    def __init__(self, name: str = "pos-db") -> None:
        self.name = name
        self._queue: queue.PriorityQueue[tuple[int, int, Any]] = queue.PriorityQueue()
        self._order = itertools.count()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._pending = 0
        self._idle = threading.Condition(self._lock)
        self._closed = False

    # --- submitting ----------------------------------------------------------------------

    def submit(self, fn: Callable[[], T],
               priority: Priority = Priority.INTERACTIVE) -> concurrent.futures.Future[T]:
        """Queue ``fn``; its future completes (on the runner's thread) with its result."""
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        if self.on_runner_thread():
            self._run_one(fn, future)
            return future
        with self._lock:
            if self._closed:
                raise RuntimeError("the database runner has stopped")
            self._pending += 1
            self._ensure_thread()
        self._queue.put((int(priority), next(self._order), (fn, future)))
        return future

    async def run(self, fn: Callable[..., T], *args: Any,
                  priority: Priority = Priority.BACKGROUND) -> T:
        """Run ``fn(*args)`` on the runner (behind any tap, by default) and await its result
        on the running loop: how the workers on the loop reach the store."""
        return await asyncio.wrap_future(self.submit(functools.partial(fn, *args), priority))

    def call(self, fn: Callable[[], T], priority: Priority = Priority.INTERACTIVE) -> T:
        """Run ``fn`` on the runner and wait for it (never from the GUI's hot path)."""
        return self.submit(fn, priority).result()

    def on_runner_thread(self) -> bool:
        return threading.current_thread() is self._thread

    @property
    def pending(self) -> int:
        """Operations queued or running."""
        with self._lock:
            return self._pending

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until nothing is queued or running; False if ``timeout`` passed first."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def close(self, timeout: float = 10.0) -> None:
        """Finish what is queued, then stop the thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            thread = self._thread
        if thread is not None:
            self._queue.put((int(Priority.BACKGROUND) + 1, next(self._order), _STOP))
            thread.join(timeout)

    # --- the thread ----------------------------------------------------------------------

    def _ensure_thread(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name=self.name, daemon=True)
            self._thread.start()

    def _work(self) -> None:
        while True:
            _prio, _n, item = self._queue.get()
            if item is _STOP:
                return
            fn, future = item
            try:
                self._run_one(fn, future)
            finally:
                with self._idle:
                    self._pending -= 1
                    if self._pending == 0:
                        self._idle.notify_all()

    @staticmethod
    def _run_one(fn: Callable[[], Any], future: concurrent.futures.Future[Any]) -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            result = fn()
        except BaseException as exc:  # delivered to whoever awaits it
            future.set_exception(exc)
        else:
            future.set_result(result)
