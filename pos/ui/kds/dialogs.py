"""The kitchen display's dialogs: an item's recipe card."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from pos.services.kds import RecipeCard
from pos.ui.widgets import button, label


class RecipeDialog(QDialog):
    """An item's prep notes, allergens and options, large, closed with one tap."""

    def __init__(self, card: RecipeCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recipeDialog")
        self.setAccessibleName(self.tr("Recipe card"))
        self.setWindowTitle(card.name)
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        lay.addWidget(label(card.name, "recipeName", self, role="title"))
        where = " · ".join(x for x in (card.category, card.station or "") if x)
        lay.addWidget(label(where, "recipeWhere", self))
        allergens = ", ".join(card.allergens) or self.tr("none declared")
        lay.addWidget(label(self.tr("Allergens: %1").replace("%1", allergens),
                            "recipeAllergens", self))
        notes = card.prep_notes or self.tr("No prep notes for this item yet.")
        prep = label(notes, "recipeNotes", self)
        prep.setWordWrap(True)
        lay.addWidget(prep)
        if card.modifier_groups:
            lay.addWidget(label(self.tr("Options: %1").replace(
                "%1", ", ".join(card.modifier_groups)), "recipeOptions", self))
        close = button(self.tr("Close"), "recipeClose", self, main=True)
        close.clicked.connect(self.accept)
        lay.addWidget(close)
        for w in self.findChildren(QLabel):
            f = w.font()
            f.setPixelSize(30 if w.objectName() == "recipeName" else 22)
            w.setFont(f)
