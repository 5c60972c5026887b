"""Order entry's dialogs: modifiers, void reason, manager PIN and note.

They open with ``open()`` (window-modal, never a nested ``exec()`` loop) and
report through signals, so the qasync loop keeps running while they are up.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.menu import MenuItem, ModifierGroup
from pos.ui import formatting
from pos.ui.widgets import MessageBar, button, label, set_state

# Marked for lupdate; translated where shown (the void reason is stored as shown).
VOID_REASONS = (QT_TRANSLATE_NOOP("VoidReasonDialog", "Guest changed their mind"),
                QT_TRANSLATE_NOOP("VoidReasonDialog", "Wrong item rung"),
                QT_TRANSLATE_NOOP("VoidReasonDialog", "Kitchen mistake"),
                QT_TRANSLATE_NOOP("VoidReasonDialog", "Quality complaint"))
QUICK_NOTES = (QT_TRANSLATE_NOOP("NoteDialog", "No salt"),
               QT_TRANSLATE_NOOP("NoteDialog", "Allergy: see server"),
               QT_TRANSLATE_NOOP("NoteDialog", "Extra hot"),
               QT_TRANSLATE_NOOP("NoteDialog", "Sauce on the side"),
               QT_TRANSLATE_NOOP("NoteDialog", "Well done"),
               QT_TRANSLATE_NOOP("NoteDialog", "Share plates"))


class ModifierDialog(QDialog):
    """Choose an item's modifiers; each group's minimum and maximum are enforced.

    A group that allows one choice behaves like radio buttons; a full group refuses
    another choice and says why. "Add" is enabled once every minimum is met.

    Signals:
        modifiers_chosen(str, list): item id and the chosen modifier ids.
    """

    modifiers_chosen = Signal(str, list)

    def __init__(self, item: MenuItem, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.currency = currency
        self.setObjectName("modifierDialog")
        self.setAccessibleName(self.tr("Options for %1").replace("%1", item.name))
        self.setWindowTitle(item.name)
        self.setModal(True)
        self.setMinimumWidth(760)
        self.chosen: dict[str, list[str]] = {g.id: [] for g in item.modifier_groups}
        self.buttons: dict[str, QPushButton] = {}
        self.group_labels: dict[str, QLabel] = {}
        lay = QVBoxLayout(self)
        lay.setSpacing(6)
        lay.addWidget(label(item.name, "modifierTitle", self, role="title"))
        for group in item.modifier_groups:
            head = label("", f"modifierGroup_{group.name}", self, role="groupTitle")
            self.group_labels[group.id] = head
            lay.addWidget(head)
            grid = QGridLayout()
            grid.setSpacing(6)
            for i, mod in enumerate(group.modifiers):
                delta = formatting.money_delta(mod.price_delta, currency)
                text = f"{mod.name}\n{delta}" if delta else mod.name
                b = button(text, f"modifier_{mod.name}", self, checkable=True,
                           accessible=f"{mod.name} {delta}".strip())
                b.setMinimumSize(170, 56)
                b.setProperty("role", "option")
                b.clicked.connect(
                    lambda checked, g=group, mid=mod.id: self._toggle(g, mid, checked))
                self.buttons[mod.id] = b
                grid.addWidget(b, i // 4, i % 4)
            lay.addLayout(grid)
        self.message = MessageBar("modifierMessage", self)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        self.total = label("", "modifierTotal", self, role="total")
        row.addWidget(self.total, 1)
        self.cancel = button(self.tr("Cancel"), "modifierCancel", self, main=True)
        self.ok = button(self.tr("Add"), "modifierOk", self, main=True)
        self.ok.setProperty("role", "primary")
        self.ok.setMinimumWidth(160)
        self.ok.setDefault(True)  # Enter adds (once every minimum is met); Escape cancels
        row.addWidget(self.cancel)
        row.addWidget(self.ok)
        lay.addLayout(row)
        self.cancel.clicked.connect(self.reject)
        self.ok.clicked.connect(self._accept)
        self._render()

    def _rule(self, group: ModifierGroup) -> str:
        lo, hi = group.min_choices, group.max_choices
        if lo == hi:
            return self.tr("choose %n", "", lo)
        if lo == 0:
            return self.tr("optional, up to %n", "", hi)
        return self.tr("choose %1 to %2").replace("%1", formatting.number(lo)).replace(
            "%2", formatting.number(hi))

    def _toggle(self, group: ModifierGroup, mod_id: str, checked: bool) -> None:
        picked = self.chosen[group.id]
        if not checked:
            if mod_id in picked:
                picked.remove(mod_id)
        elif group.max_choices == 1:
            for other in picked:
                self.buttons[other].setChecked(False)
            picked[:] = [mod_id]
        elif len(picked) >= group.max_choices:
            self.buttons[mod_id].setChecked(False)
            self.message.show_message(
                self.tr("“%1”: at most %n choices.", "", group.max_choices)
                .replace("%1", group.name))
            return
        else:
            picked.append(mod_id)
        self.message.show_message("")
        self._render()

    def missing(self) -> list[ModifierGroup]:
        return [g for g in self.item.modifier_groups
                if len(self.chosen[g.id]) < g.min_choices]

    def selected_ids(self) -> list[str]:
        return [mid for g in self.item.modifier_groups for mid in self.chosen[g.id]]

    def _render(self) -> None:
        deltas = {m.id: m.price_delta for g in self.item.modifier_groups for m in g.modifiers}
        price = self.item.price + sum(deltas[m] for m in self.selected_ids())
        self.total.setText(self.tr("Price: %1").replace(
            "%1", formatting.money(price, self.currency)))
        missing = self.missing()
        for g in self.item.modifier_groups:
            head = self.group_labels[g.id]
            head.setText(f"{g.name} — {self._rule(g)}")
            set_state(head, "kind", "missing" if g in missing else "ok")
        self.ok.setEnabled(not missing)

    def _accept(self) -> None:
        if self.missing():
            return
        self.modifiers_chosen.emit(self.item.id, self.selected_ids())
        self.accept()


class VoidReasonDialog(QDialog):
    """Why is a sent item voided? A few big reasons to tap.

    Signals:
        reason_chosen(str, str): line id and the reason.
    """

    reason_chosen = Signal(str, str)

    def __init__(self, line_id: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_id = line_id
        self.setObjectName("voidReasonDialog")
        self.setAccessibleName(self.tr("Void reason"))
        self.setWindowTitle(self.tr("Void %1").replace("%1", name))
        self.setModal(True)
        lay = QVBoxLayout(self)
        lay.addWidget(label(self.tr("Why is %1 voided?").replace("%1", name), "voidPrompt",
                            self, role="title"))
        for i, reason in enumerate(VOID_REASONS):
            text = self.tr(str(reason))
            b = button(text, f"voidReason{i}", self, main=True)
            b.clicked.connect(lambda _=False, r=text: self._choose(r))
            lay.addWidget(b)
        cancel = button(self.tr("Cancel"), "voidCancel", self, main=True)
        cancel.clicked.connect(self.reject)
        lay.addWidget(cancel)

    def _choose(self, reason: str) -> None:
        self.reason_chosen.emit(self.line_id, reason)
        self.accept()


class NoteDialog(QDialog):
    """A note for the kitchen on the next item: quick notes or typed text.

    Signals:
        note_chosen(str): the note (empty clears it).
    """

    note_chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setAccessibleName(self.tr("Note for the kitchen"))
        self.setWindowTitle(self.tr("Note"))
        self.setModal(True)
        lay = QVBoxLayout(self)
        self.edit = QLineEdit(current, self)
        self.edit.setObjectName("noteEdit")
        self.edit.setAccessibleName(self.tr("Note text"))
        self.edit.setMinimumHeight(56)
        self.edit.setMaxLength(200)
        lay.addWidget(self.edit)
        grid = QGridLayout()
        for i, note in enumerate(QUICK_NOTES):
            text = self.tr(str(note))
            b = button(text, f"quickNote{i}", self)
            b.clicked.connect(lambda _=False, t=text: self.edit.setText(t))
            grid.addWidget(b, i // 3, i % 3)
        lay.addLayout(grid)
        row = QHBoxLayout()
        clear = button(self.tr("No note"), "noteClear", self, main=True)
        ok = button(self.tr("OK"), "noteOk", self, main=True)
        ok.setProperty("role", "primary")
        ok.setDefault(True)
        row.addWidget(clear)
        row.addWidget(ok)
        lay.addLayout(row)
        clear.clicked.connect(lambda: self._done(""))
        ok.clicked.connect(lambda: self._done(self.edit.text()))
        self.edit.returnPressed.connect(lambda: self._done(self.edit.text()))

    def _done(self, text: str) -> None:
        self.note_chosen.emit(text)
        self.accept()
