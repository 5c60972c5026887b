"""The Settings screen: big choices for language, theme and text size, a live example, and
the way to the printers and the service charge."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.ui import formatting, i18n
from pos.ui.preferences.presenter import SettingsPresenter
from pos.ui.settings import FONT_SCALES, THEMES, UiSettings
from pos.ui.widgets import MessageBar, button, label

SAMPLE_AMOUNT = 123450  # minor units: shows grouping and decimals


class SettingsScreen(QWidget):
    """Layout only: renders ``UiSettings`` and forwards taps to the presenter."""

    def __init__(self, presenter: SettingsPresenter, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.currency = currency
        self.setObjectName("settingsScreen")
        self.setAccessibleName(self.tr("Settings"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 16, 24, 16)
        lay.setSpacing(10)
        lay.addWidget(label(self.tr("Settings"), "settingsTitle", self, role="title"))

        lay.addWidget(label(self.tr("Language"), "languageTitle", self, role="groupTitle"))
        self.language_buttons = self._choices(
            lay, [(code, lang.native_name) for code, lang in i18n.LANGUAGES.items()],
            "language", presenter.choose_language)
        theme_names = {"light": self.tr("Light"), "dark": self.tr("Dark"),
                       "high-contrast": self.tr("High contrast")}
        lay.addWidget(label(self.tr("Theme"), "themeTitle", self, role="groupTitle"))
        self.theme_buttons = self._choices(
            lay, [(t, theme_names[t]) for t in THEMES], "theme", presenter.choose_theme)
        lay.addWidget(label(self.tr("Text size"), "textSizeTitle", self, role="groupTitle"))
        self.size_buttons = self._choices(
            lay, [(str(p), self.tr("%1 %").replace("%1", formatting.number(p)))
                  for p in FONT_SCALES],
            "textSize", lambda v: presenter.choose_font_scale(int(v)))

        lay.addWidget(label(self.tr("Example"), "exampleTitle", self, role="groupTitle"))
        self.example = label("", "settingsExample", self, role="total")
        lay.addWidget(self.example)
        self.message = MessageBar("settingsMessage", self)
        lay.addWidget(self.message)
        lay.addStretch(1)
        row = QHBoxLayout()
        self.back_button = button(self.tr("Back to the floor"), "settingsBack", self,
                                  main=True)
        self.back_button.setMinimumWidth(260)
        self.back_button.clicked.connect(presenter.back)
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.service_charge_button = button(self.tr("Service charge"), "settingsServiceCharge",
                                            self, main=True)
        self.service_charge_button.setMinimumWidth(220)
        self.service_charge_button.clicked.connect(presenter.open_service_charge)
        row.addWidget(self.service_charge_button)
        self.printers_button = button(self.tr("Printers and stations"), "settingsPrinters",
                                      self, main=True)
        self.printers_button.setMinimumWidth(260)
        self.printers_button.clicked.connect(presenter.open_printers)
        row.addWidget(self.printers_button)
        lay.addLayout(row)

        presenter.state_changed.connect(self.show_state)
        presenter.message.connect(self.message.show_message)
        self.show_state(presenter.settings)

    def _choices(self, lay: QVBoxLayout, options: list[tuple[str, str]], prefix: str,
                 chosen: object) -> dict[str, QPushButton]:
        grid = QGridLayout()
        grid.setSpacing(8)
        group = QButtonGroup(self)
        group.setExclusive(True)
        buttons: dict[str, QPushButton] = {}
        for i, (value, text) in enumerate(options):
            b = button(text, f"{prefix}_{value}", self, checkable=True, main=True)
            b.setMinimumWidth(180)
            b.setProperty("role", "tab")
            assert callable(chosen)
            b.clicked.connect(lambda _=False, v=value: chosen(v))
            group.addButton(b)
            grid.addWidget(b, 0, i)
            buttons[value] = b
        grid.setColumnStretch(len(options), 1)
        lay.addLayout(grid)
        return buttons

    def show_state(self, settings: UiSettings) -> None:
        for code, b in self.language_buttons.items():
            b.setChecked(code == settings.language)
        for name, b in self.theme_buttons.items():
            b.setChecked(name == settings.theme)
        for pct, b in self.size_buttons.items():
            b.setChecked(int(pct) == settings.font_scale)
        now = self.presenter.now()
        self.example.setText(" · ".join((
            formatting.money(SAMPLE_AMOUNT, self.currency),
            formatting.business_day(date(now.year, now.month, now.day)),
            formatting.clock_time(now))))
        self.example.setAccessibleDescription(self.example.text())
