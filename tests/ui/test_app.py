"""Starting the app, themes, screenshots and the touch and naming rules over every screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from pos.domain.clock import FakeClock
from pos.services.terminal import Terminal
from pos.ui import screenshots, theme
from pos.ui.app import run_app
from pos.ui.main_window import MainWindow
from pos.ui.settings import THEMES

from .conftest import click, log_in


def test_run_app_paints_the_pin_pad_and_exits_without_a_screen(
        qapp: QApplication, terminal: Terminal, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_app(terminal) == 0
    assert "painted the PIN pad" in capsys.readouterr().out
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.mark.parametrize("name", THEMES)
def test_every_theme_loads(qapp: QApplication, name: str) -> None:
    theme.apply(qapp, name)
    assert qapp.property("posTheme") == name
    assert "QPushButton" in qapp.styleSheet()
    theme.apply(qapp, "light")


def test_high_contrast_theme_applies_to_the_window(qtbot: QtBot, qapp: QApplication,
                                                   window: MainWindow) -> None:
    theme.apply(qapp, "high-contrast")
    try:
        login = window.pin_screen.login
        qtbot.wait(1)
        assert login.palette().button().color().name() == "#ffff00"
    finally:
        theme.apply(qapp, "light")


def interactive(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, (QAbstractButton, QLineEdit)) and w.isVisible()]


def check_widgets(root: QWidget) -> None:
    for w in interactive(root):
        assert w.objectName(), f"{type(w).__name__} {w.accessibleName()!r} has no objectName"
        assert w.accessibleName(), f"{w.objectName()} has no accessibleName"
        assert w.width() >= 48 and w.height() >= 48, \
            f"{w.objectName()} is {w.width()}x{w.height()}, under 48 px"


def test_every_interactive_widget_is_named_and_big_enough(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    check_widgets(window)  # PIN pad
    log_in(qtbot, window, "1111")
    check_widgets(window)  # floor plan
    click(qtbot, window, "table_12")
    dialog = window.floor_screen.dialog
    assert dialog is not None
    check_widgets(dialog)
    click(qtbot, window, "covers3")
    check_widgets(window)  # order entry
    for main in ("sendButton", "backButton", "pinLogin"):
        w = window.findChild(QWidget, main)
        assert w is not None and w.minimumHeight() >= 64
    click(qtbot, window, "category_Burgers & Grill")
    click(qtbot, window, "item_Ribeye 300 g")
    assert window.order_screen.dialog is not None
    check_widgets(window.order_screen.dialog)
    click(qtbot, window.order_screen.dialog, "modifierCancel")
    click(qtbot, window, "item_BBQ ribs")
    click(qtbot, window.order_screen.dialog, "modifier_Fries")
    click(qtbot, window.order_screen.dialog, "modifierOk")
    click(qtbot, window, "payButton")
    click(qtbot, window, "splitEven2")
    check_widgets(window)  # payment


def test_screenshots_render_each_screen_at_1024x768(tmp_path: Path, terminal: Terminal,
                                                    clock: FakeClock) -> None:
    saved = screenshots.render(terminal, clock, tmp_path)
    names = {p.name for p in saved}
    assert {"pin-pad.png", "floor-plan.png", "order-entry.png", "payment.png",
            "service-charge.png"} <= names
    for p in saved:
        img = QImage(str(p))
        assert not img.isNull()
        if p.name != "modifier-dialog.png":
            assert (img.width(), img.height()) == (1024, 768)
