"""Floor tools: move a check to another table and merge two tables, by tapping tables.

"Move check" (or "Merge tables") puts the floor plan in a picking mode: the next tap
chooses the table whose check moves, the one after it the table it goes to. The
floor presenter passes each tap here first (``TablePicker.tap``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from pos.services.terminal import Terminal
from pos.ui.runtime import Runtime
from pos.ui.session import SessionPresenter
from pos.ui.texts import error_text
from pos.ui.widgets import button, label, set_state

if TYPE_CHECKING:
    from pos.ui.floor.presenter import TableTile


@dataclass(frozen=True, slots=True)
class PickState:
    mode: str = ""  # "" | "move" | "merge"
    source_order_id: str | None = None
    source_table: str = ""
    source_check: str = ""
    prompt: str = ""


class TablePicker(QObject):
    """Move and merge through the order service, choosing tables by tapping them.

    Signals:
        state_changed(PickState): the mode or the chosen source changed.
        message(str, str): text and kind ("error" or "info").
        changed(): a check moved or two were merged; the floor must be read again.
        closed_checks_requested(): the person tapped "Closed checks".

    Attributes:
        state: the current ``PickState``.
    """

    state_changed = Signal(object)
    message = Signal(str, str)
    changed = Signal()
    closed_checks_requested = Signal()

    def __init__(self, terminal: Terminal, session: SessionPresenter, runtime: Runtime,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.session = session
        self.runtime = runtime
        self.state = PickState()

    def _set(self, state: PickState) -> None:
        self.state = state
        self.state_changed.emit(state)

    def begin(self, mode: str) -> None:
        prompt = (self.tr("Move a check: tap the table it is on.") if mode == "move"
                  else self.tr("Merge tables: tap the table whose check moves over."))
        self.message.emit("", "info")
        self._set(PickState(mode, prompt=prompt))

    def cancel(self) -> None:
        if self.state.mode:
            self._set(PickState())

    def tap(self, tile: TableTile) -> bool:
        """Take the tap if picking (True); otherwise leave it to the floor (False)."""
        st = self.state
        if not st.mode:
            return False
        if st.source_order_id is None:
            if tile.order_id is None:
                self.message.emit(self.tr("Table %1 has no open check.").replace(
                    "%1", tile.name), "error")
                return True
            prompt = (self.tr("Move check %1 from table %2: tap a free table.")
                      if st.mode == "move" else
                      self.tr("Merge check %1 of table %2 into: tap another open table."))
            self.message.emit("", "info")
            self._set(PickState(st.mode, tile.order_id, tile.name, tile.check_number,
                                prompt.replace("%1", tile.check_number)
                                .replace("%2", tile.name)))
            return True
        actor = self.session.actor
        if actor is None:
            return True
        source = st.source_order_id
        work: Callable[[], object]
        if st.mode == "move":
            work = functools.partial(self.terminal.orders.move_table, actor, source,
                                     tile.table_id)
            done = self.tr("Check %1 moved from table %2 to table %3.")
        else:
            into = tile.order_id
            if into is None:
                self.message.emit(self.tr("Table %1 has no open check to merge into.")
                                  .replace("%1", tile.name), "error")
                return True
            work = functools.partial(self.terminal.orders.merge, actor, source, into)
            done = self.tr("Check %1 of table %2 merged into table %3.")
        text = (done.replace("%1", st.source_check).replace("%2", st.source_table)
                .replace("%3", tile.name))

        def finished(_state: object) -> None:
            self._set(PickState())
            self.message.emit(text, "info")
            self.changed.emit()

        self.runtime.command(work, finished,
                             lambda exc: self.message.emit(error_text(exc), "error"))
        return True


class FloorTools(QWidget):
    """Layout only: the move, merge and closed-checks buttons, and the picking prompt."""

    def __init__(self, picker: TablePicker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = picker
        self.setObjectName("floorTools")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.move_button = button(self.tr("Move check"), "floorMove", self,
                                  accessible=self.tr("Move a check to another table"))
        self.merge_button = button(self.tr("Merge tables"), "floorMerge", self,
                                   accessible=self.tr("Merge two tables' checks"))
        self.closed_button = button(self.tr("Closed checks"), "floorClosedChecks", self,
                                    accessible=self.tr("Today's closed checks"))
        self.prompt = label("", "floorPickPrompt", self, role="message")
        self.prompt.setAccessibleName(self.tr("What to tap"))
        self.cancel_button = button(self.tr("Cancel"), "floorPickCancel", self,
                                    accessible=self.tr("Stop moving or merging"))
        for b in (self.move_button, self.merge_button, self.closed_button):
            b.setMinimumWidth(150)
            lay.addWidget(b)
        lay.addWidget(self.prompt, 1)
        lay.addWidget(self.cancel_button)
        self.move_button.clicked.connect(lambda: picker.begin("move"))
        self.merge_button.clicked.connect(lambda: picker.begin("merge"))
        self.closed_button.clicked.connect(picker.closed_checks_requested)
        self.cancel_button.clicked.connect(picker.cancel)
        picker.state_changed.connect(self.show_state)
        self.show_state(picker.state)

    def show_state(self, state: PickState) -> None:
        picking = bool(state.mode)
        self.prompt.setText(state.prompt)
        self.prompt.setAccessibleDescription(state.prompt)
        set_state(self.prompt, "kind", "info" if picking else "none")
        self.prompt.setVisible(picking)
        self.cancel_button.setVisible(picking)
        self.move_button.setChecked(False)
        self.move_button.setEnabled(not picking)
        self.merge_button.setEnabled(not picking)
