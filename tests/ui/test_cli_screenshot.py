"""``pos screenshot --out DIR`` renders the main screens to PNG files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from pos.cli import main


def test_pos_screenshot_writes_each_main_screen(qapp: QApplication, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screenshot", "--out", str(tmp_path / "shots")]) == 0
    names = {p.name for p in (tmp_path / "shots").glob("*.png")}
    assert {"pin-pad.png", "floor-plan.png", "order-entry.png", "payment.png",
            "settings-de.png", "floor-plan-ar.png"} <= names
    assert QImage(str(tmp_path / "shots" / "payment.png")).width() == 1024
    assert "payment.png" in capsys.readouterr().out
