from decimal import Decimal

import pytest

from pos.domain.errors import ModifierRuleError, ValidationError
from pos.domain.menu import MenuItem, Modifier, ModifierGroup, choose_modifiers
from pos.domain.tax import TaxRate

DONENESS = ModifierGroup("g1", "Cooked", 1, 1, (Modifier("rare", "Rare"),
                                                 Modifier("well", "Well done")))
EXTRAS = ModifierGroup("g2", "Extras", 0, 2, (Modifier("cheese", "Cheddar", 100),
                                               Modifier("bacon", "Bacon", 150),
                                               Modifier("egg", "Egg", 120)))
BURGER = MenuItem("b", "Burger", "c", 1450, TaxRate("t", "VAT", Decimal("0.07"), True),
                  "Grill", ("gluten",), modifier_groups=(DONENESS, EXTRAS))


def test_valid_choice_snapshots_names_and_prices():
    chosen = choose_modifiers(BURGER, ["rare", "bacon"])
    assert [(c.name, c.price_delta) for c in chosen] == [("Rare", 0), ("Bacon", 150)]


def test_minimum_and_maximum_are_enforced_with_the_group_named():
    with pytest.raises(ModifierRuleError, match="choose a “Cooked”"):
        choose_modifiers(BURGER, ["cheese"])
    with pytest.raises(ModifierRuleError, match="at most 1 from “Cooked”"):
        choose_modifiers(BURGER, ["rare", "well"])
    with pytest.raises(ModifierRuleError, match="at most 2 from “Extras”"):
        choose_modifiers(BURGER, ["rare", "cheese", "bacon", "egg"])


def test_foreign_or_repeated_modifiers_are_refused():
    with pytest.raises(ValidationError, match="not offered"):
        choose_modifiers(BURGER, ["rare", "oat-milk"])
    with pytest.raises(ValidationError, match="twice"):
        choose_modifiers(BURGER, ["rare", "bacon", "bacon"])
