"""Render the stock screen (levels with low stock, 86 and limits) to a PNG.

    QT_QPA_PLATFORM=offscreen python bench/inventory_screenshot.py [docs/screenshots/stock.png]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from pos.domain.clock import SystemClock
    from pos.services import demo
    from pos.services.terminal import Terminal
    from pos.ui import startup, theme
    from pos.ui.main_window import MainWindow, Screen
    from pos.ui.screenshots import SIZE
    from pos.ui.settings import UiSettings

    folder = Path(tempfile.mkdtemp(prefix="stock-shot-"))
    t = Terminal.open(folder, SystemClock())
    demo.seed(t)
    manager = t.staff.login("1234")
    for name, keep in (("Salmon", 0), ("Tomatoes", 900), ("Cheddar", 150)):
        ing = t.inventory.ingredient_by_name(name)
        t.inventory.record_waste(manager, ing.id, t.inventory.on_hand(ing.id) - keep, "spoiled")
    tea = next(i for i in t.menu.items() if i.name == "Tea")
    t.inventory.set_limit(manager, tea.id, 8)
    qapp = startup.application()
    theme.apply(qapp, "light")
    window = MainWindow(t, UiSettings(theme="light", idle_logout_seconds=0))
    window.resize(*SIZE)
    window.show()
    for d in "1234":
        window.pin.press_digit(d)
    window.pin.submit()
    window.runtime.settle()  # the login runs on the database thread
    window.show_screen(Screen.INVENTORY)
    window.runtime.settle()  # the screen reads its levels on the database thread
    QApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    window.close()
    t.close()
    print(out)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/stock.png"))
