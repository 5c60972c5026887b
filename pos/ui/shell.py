"""What a screen is to the main window: one registration that builds, wires and shows it.

The main window knows no screen by name for building, stacking, showing, rebuilding in
another language, closing dialogs or signing out: it loops over the registrations
(``pos.ui.screens.Screen``). A registration is a ``ScreenSpec``: it builds the screen's
presenter once and its widget in each language, connects the presenter's requests to
the moves of the ``Shell`` (the main window as screens see it), and says what the
screen does when shown, left, sent back by Escape, or rebuilt.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from pos.domain.staff import Permission
from pos.services.terminal import Terminal
from pos.ui.runtime import Runtime
from pos.ui.session import SessionPresenter
from pos.ui.settings import UiSettings

P = TypeVar("P", bound=QObject)
W = TypeVar("W", bound=QWidget)


class Shell(Protocol):
    """The main window, as a screen's registration uses it."""

    terminal: Terminal
    runtime: Runtime
    session: SessionPresenter
    start_settings: UiSettings  # the settings the window was opened with

    def show_screen(self, screen: ScreenSpec[Any, Any]) -> None: ...
    def show_floor(self) -> None: ...
    def show_order(self, order_id: str) -> None: ...
    def show_payment(self, order_id: str) -> None: ...
    def show_closed_checks(self) -> None: ...
    def retranslate(self) -> None: ...
    def restricted(self, permission: Permission, action: str,
                   then: Callable[[], None]) -> None: ...


class ScreenSpec(ABC, Generic[P, W]):
    """One screen of the main window; subclasses override what their screen needs.

    Attributes:
        name: the registration's name in ``Screen`` (set when it is registered).
        presenter_name: the window attribute that holds the presenter (tests and tools
            reach it as ``window.<presenter_name>``, as they find widgets by objectName).
        widget_name: the window attribute that holds the widget, rebuilt per language.
    """

    name = ""
    presenter_name = ""
    widget_name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Screen.{self.name}"

    @abstractmethod
    def presenter(self, shell: Shell, parent: QObject) -> P:
        """Build the presenter (once: it keeps the screen's state across languages)."""

    @abstractmethod
    def widget(self, presenter: P, shell: Shell, parent: QWidget) -> W:
        """Build the widget in the current language."""

    def wire(self, presenter: P, shell: Shell) -> None:
        """Connect the presenter's requests to the window's moves (once)."""

    def shown(self, presenter: P, widget: W) -> None:
        """The screen came to the front."""

    def hidden(self, presenter: P) -> None:
        """Another screen came to the front, or the window is going away."""

    def escape(self, presenter: P, shell: Shell) -> bool:
        """Escape was pressed on this screen; False if it means nothing here."""
        return False

    def rebuilt(self, presenter: P, showing: bool) -> None:
        """The widget was rebuilt in another language: show the presenter's state again."""

    def open_order(self, presenter: P) -> str | None:
        """The check to give back to the same person after a sign-out from this screen."""
        return None
