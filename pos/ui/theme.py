"""Themes: QSS files in ``resources/themes`` applied to the whole application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication


def resources_dir() -> Path:
    """``resources/`` in a checkout, or inside a frozen (PyInstaller) bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def theme_path(name: str) -> Path:
    return resources_dir() / "themes" / f"{name}.qss"


def stylesheet(name: str) -> str:
    """The theme's QSS: the shared base rules followed by the theme's colours."""
    base = resources_dir() / "themes" / "base.qss"
    parts = [base.read_text(encoding="utf-8")] if base.exists() else []
    path = theme_path(name)
    if not path.exists():
        path = theme_path("light")
    parts.append(path.read_text(encoding="utf-8"))
    return "\n".join(parts)


def apply(app: QApplication, name: str) -> None:
    app.setStyleSheet(stylesheet(name))
    app.setProperty("posTheme", name)
