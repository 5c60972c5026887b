"""Menu: categories, items, modifier groups and the rules for choosing modifiers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pos.domain.errors import ModifierRuleError, ValidationError
from pos.domain.tax import TaxRate

# The 14 major allergens of EU Regulation 1169/2011, by stable code.
ALLERGENS: dict[str, str] = {
    "gluten": "Cereals containing gluten",
    "crustaceans": "Crustaceans",
    "eggs": "Eggs",
    "fish": "Fish",
    "peanuts": "Peanuts",
    "soy": "Soybeans",
    "milk": "Milk",
    "nuts": "Tree nuts",
    "celery": "Celery",
    "mustard": "Mustard",
    "sesame": "Sesame",
    "sulphites": "Sulphur dioxide and sulphites",
    "lupin": "Lupin",
    "molluscs": "Molluscs",
}


@dataclass(frozen=True, slots=True)
class Modifier:
    id: str
    name: str
    price_delta: int = 0  # minor units, may be negative ("no cheese -0.50")


@dataclass(frozen=True, slots=True)
class ModifierGroup:
    id: str
    name: str
    min_choices: int
    max_choices: int
    modifiers: tuple[Modifier, ...]


@dataclass(frozen=True, slots=True)
class MenuItem:
    id: str
    name: str
    category_id: str
    price: int  # minor units
    tax_rate: TaxRate
    station: str | None
    allergens: tuple[str, ...] = ()
    available: bool = True
    unavailable_reason: str = ""
    modifier_groups: tuple[ModifierGroup, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class ModifierChoice:
    """A modifier as it stood when the line was rung (name and price kept)."""

    modifier_id: str
    group_id: str
    name: str
    price_delta: int

    def to_dict(self) -> dict[str, object]:
        return {"modifier_id": self.modifier_id, "group_id": self.group_id,
                "name": self.name, "price_delta": self.price_delta}

    @classmethod
    def from_dict(cls, d: dict[str, object]) -> ModifierChoice:
        delta = d["price_delta"]
        assert isinstance(delta, int)
        return cls(str(d["modifier_id"]), str(d["group_id"]), str(d["name"]), delta)


def choose_modifiers(item: MenuItem, modifier_ids: Sequence[str]) -> tuple[ModifierChoice, ...]:
    """Check a choice of modifiers against the item's groups and snapshot it.

    Raises ModifierRuleError naming the group whose minimum or maximum is broken,
    and ValidationError for a modifier that does not belong to the item.
    """
    if len(set(modifier_ids)) != len(modifier_ids):
        raise ValidationError("The same option was chosen twice.")
    by_id: dict[str, tuple[ModifierGroup, Modifier]] = {}
    for group in item.modifier_groups:
        for mod in group.modifiers:
            by_id[mod.id] = (group, mod)
    chosen: list[ModifierChoice] = []
    counts: dict[str, int] = {g.id: 0 for g in item.modifier_groups}
    for mid in modifier_ids:
        if mid not in by_id:
            raise ValidationError("That option is not offered for {item}.", item=item.name)
        group, mod = by_id[mid]
        counts[group.id] += 1
        chosen.append(ModifierChoice(mod.id, group.id, mod.name, mod.price_delta))
    for group in item.modifier_groups:
        n = counts[group.id]
        if n < group.min_choices:
            need = group.min_choices
            raise ModifierRuleError(
                "{item}: choose at least {need} from “{group}”."
                if need > 1 else "{item}: choose a “{group}”.",
                item=item.name, need=need, group=group.name)
        if n > group.max_choices:
            raise ModifierRuleError("{item}: choose at most {most} from “{group}”.",
                                    item=item.name, most=group.max_choices, group=group.name)
    return tuple(chosen)
