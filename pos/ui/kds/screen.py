"""The kitchen display window: a header bar over the board, and the bump bar's keys.

Bump bar: 1-9 select the card with that number, Enter, Space or B bumps (confirms)
the selected card, R recalls, 0 or Esc clears. The board (``board.py``) paints the
cards and says what was tapped; this screen hands taps and keys to the presenter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QVBoxLayout, QWidget

from pos.services.kds import RecipeCard
from pos.ui import formatting
from pos.ui.kds.board import GAP, KdsBoard
from pos.ui.kds.dialogs import RecipeDialog
from pos.ui.kds.presenter import KdsPresenter, KdsState
from pos.ui.widgets import MAIN_MIN, MessageBar, button, label


class KdsScreen(QWidget):
    """The header bar (station, counts, Bump, Recall, clock) over the board; bump-bar keys."""

    def __init__(self, presenter: KdsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("kdsScreen")
        self.setAccessibleName(self.tr("Kitchen display"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setStyleSheet("QWidget#kdsScreen { background: #000000; } "
                           "QLabel[role=\"kdsHead\"] { color: #ffffff; font-size: 28px; "
                           "font-weight: bold; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        head = QHBoxLayout()
        head.setContentsMargins(GAP, 8, GAP, 0)
        self.title = label(presenter.state.title, "kdsTitle", self, role="kdsHead")
        self.count = label("", "kdsCount", self, role="kdsHead")
        self.clock = label("", "kdsClock", self, role="kdsHead")
        expo = presenter.state.expo
        self.bump_button = button(self.tr("Confirm") if expo else self.tr("Bump"), "kdsBump",
                                  self, main=True, accessible=self.tr("Bump the selected card"))
        self.recall_button = button(self.tr("Recall"), "kdsRecall", self, main=True,
                                    accessible=self.tr("Recall the last bumped ticket"))
        for b in (self.bump_button, self.recall_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setMinimumWidth(160)
            b.setMinimumHeight(MAIN_MIN)
        head.addWidget(self.title)
        head.addSpacing(24)
        head.addWidget(self.count, 1)
        head.addWidget(self.bump_button)
        head.addWidget(self.recall_button)
        head.addSpacing(24)
        head.addWidget(self.clock)
        lay.addLayout(head)
        self.message = MessageBar("kdsMessage", self)
        lay.addWidget(self.message)
        self.board = KdsBoard(presenter, self)
        lay.addWidget(self.board, 1)
        self.dialog: RecipeDialog | None = None

        self.bump_button.clicked.connect(lambda: presenter.bump())
        self.recall_button.clicked.connect(presenter.recall)
        self.board.item_tapped.connect(presenter.toggle_item)
        self.board.name_tapped.connect(presenter.show_recipe)
        self.board.bump_tapped.connect(presenter.bump)
        self.board.card_tapped.connect(presenter.select)
        presenter.state_changed.connect(self.show_state)
        presenter.message.connect(self._message)
        presenter.recipe_requested.connect(self.show_recipe)
        self._clear_message = QTimer(self)
        self._clear_message.setSingleShot(True)
        self._clear_message.setInterval(5000)
        self._clear_message.timeout.connect(lambda: self.message.show_message(""))
        self.ticker = QTimer(self)
        self.ticker.setObjectName("kdsTicker")
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self.show_state(presenter.state)

    def _message(self, text: str) -> None:
        self.message.show_message(text)
        self._clear_message.start()

    def show_state(self, state: KdsState) -> None:
        self.board.show_state(state)
        n = len(state.cards)
        text = self.tr("%n tickets", "", n)
        if self.board.overflow:
            text += " · " + self.tr("%n more off screen", "", self.board.overflow)
        self.count.setText(text)
        self.tick_clock()

    def tick_clock(self) -> None:
        self.clock.setText(formatting.clock_time(self.presenter.now()))

    def tick(self) -> None:
        self.board.tick()
        self.tick_clock()

    def start(self) -> None:
        self.ticker.start()

    def stop(self) -> None:
        self.ticker.stop()
        self._clear_message.stop()
        if self.dialog is not None:
            self.dialog.reject()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.show_state(self.presenter.state)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        p = self.presenter
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            p.select_number(key - Qt.Key.Key_0, self.board.visible_keys())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_B):
            p.bump()
        elif key == Qt.Key.Key_R:
            p.recall()
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Escape):
            p.select(None)
        else:
            super().keyPressEvent(event)

    def show_recipe(self, card: RecipeCard) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        dlg = RecipeDialog(card, self)
        dlg.finished.connect(lambda _r, d=dlg: self._dialog_done(d))
        self.dialog = dlg
        dlg.open()

    def _dialog_done(self, dlg: RecipeDialog) -> None:
        if self.dialog is dlg:
            self.dialog = None
        dlg.deleteLater()


class KdsWindow(QMainWindow):
    """A kitchen display: one station's tickets, or expo across every station."""

    def __init__(self, presenter: KdsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("kdsWindow")
        self.setWindowTitle(self.tr("Kitchen display — %1").replace("%1",
                                                                    presenter.state.title))
        self.setMinimumSize(1024, 600)
        self.screen_widget = KdsScreen(presenter, self)
        self.setCentralWidget(self.screen_widget)
        presenter.activate()
        self.screen_widget.start()
        self.screen_widget.setFocus()

    def shutdown(self) -> None:
        self.screen_widget.stop()
        self.presenter.deactivate()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
