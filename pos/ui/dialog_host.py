"""One dialog at a time over a screen: opening another closes the first."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


class DialogHost:
    """Mixed into a screen (before ``QWidget``): keeps its one open dialog.

    Attributes:
        dialog: the dialog open over the screen, if any (tests look at it).
    """

    dialog: QDialog | None = None

    def _open(self, dlg: QDialog) -> None:
        """Show ``dlg`` (window-modal, never ``exec``), closing the one open before."""
        self.close_dialogs()
        self.dialog = dlg
        dlg.finished.connect(lambda _result, d=dlg: self._dialog_done(d))
        dlg.open()

    def _dialog_done(self, dlg: QDialog) -> None:
        if self.dialog is dlg:
            self.dialog = None
        dlg.deleteLater()

    def close_dialogs(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
