"""Python's cyclic garbage collector, run on the GUI thread only (qutebrowser's habit).

The collector runs on whichever thread happens to allocate when a threshold is
crossed: with a database thread and the loop's thread pool, that may be another
thread than the GUI's. A cycle holding a QObject (a closed dialog, a presenter
with its timers) collected there destroys Qt objects off their thread ("Timers
cannot be stopped from another thread") and can crash the process. So automatic
collection is switched off while the app runs and a timer on the GUI thread
collects, generation by generation, as Python would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 1000


class GarbageCollector(QObject):
    """Collects cyclic garbage on the GUI thread while started."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setObjectName("garbageCollector")
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect_due)
        self._was_enabled = True

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold (if any)."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0
