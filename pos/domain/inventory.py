"""Inventory rules: units, recipes with modifier changes, allergens, cost, reorder.

Quantities are ints in an ingredient's base unit (g, ml or piece). Costs are
``Decimal`` minor units per base unit; money that people see is rounded to int
minor units half-up by ``to_minor``. No floats anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from pos.domain.errors import Phrase, ValidationError
from pos.domain.menu import ALLERGENS

COST_PLACES = Decimal("0.000001")  # cost per base unit is kept to 6 decimal places


class BaseUnit(StrEnum):
    GRAM = "g"
    MILLILITRE = "ml"
    PIECE = "piece"


# Units every ingredient of a base unit understands, in base units each.
STANDARD_UNITS: dict[BaseUnit, dict[str, Decimal]] = {
    BaseUnit.GRAM: {"g": Decimal(1), "kg": Decimal(1000)},
    BaseUnit.MILLILITRE: {"ml": Decimal(1), "cl": Decimal(10), "l": Decimal(1000)},
    BaseUnit.PIECE: {"piece": Decimal(1), "pc": Decimal(1), "dozen": Decimal(12)},
}


class MovementKind(StrEnum):
    SALE = "sale"  # depletion by a sold line (negative); its id is the line's
    LINE_VOID = "line_void"  # the sale of a line cancelled (a tombstone: gives the sale back)
    SALE_VOID = "sale_void"  # before 0013: a void's give-back as a delta
    SALE_MOVED = "sale_moved"  # before 0013: a line merged away, given back as a delta
    RECEIPT = "receipt"  # goods received against a purchase order
    WASTE = "waste"
    TRANSFER = "transfer"  # a pair: out of one location, into another
    COUNT = "count"  # stocktake: the shelf held ``counted`` (a snapshot)
    COUNT_DELTA = "count_delta"  # before 0013: a stocktake as counted minus expected
    OPENING = "opening"  # first stock of a new ingredient
    LIMIT = "limit"  # "``counted`` portions left" set by a manager, or lifted (a snapshot)
    LIMIT_DELTA = "limit_delta"  # before 0013: a limit as a portion delta


class RecipeAction(StrEnum):
    USE = "use"  # an item's own ingredient
    ADD = "add"  # a modifier adds this ingredient
    REMOVE = "remove"  # a modifier takes the item's ingredient off
    REPLACE = "replace"  # a modifier swaps ``replaces`` for this ingredient


@dataclass(frozen=True, slots=True)
class RecipeLine:
    ingredient_id: str
    qty: int
    action: RecipeAction = RecipeAction.USE
    replaces: str | None = None


def convert(qty: Decimal, unit: str, base: BaseUnit,
            custom: Mapping[str, Decimal] | None = None) -> int:
    """``qty`` of ``unit`` in base units, rounded half-up to a whole base unit."""
    factors = {**STANDARD_UNITS[base], **(custom or {})}
    factor = factors.get(unit.strip().lower())
    if factor is None:
        known = ", ".join(sorted(factors))
        raise ValidationError("“{unit}” is not a unit of this ingredient (use {known}).",
                              unit=unit, known=known)
    return int((qty * factor).to_integral_value(ROUND_HALF_UP))


def parse_decimal(text: str, what: str) -> Decimal:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError("{what} “{text}” is not a number.", what=what, text=text) from None
    if not value.is_finite():
        raise ValidationError("{what} “{text}” is not a number.", what=what, text=text)
    return value


def parse_quantity(text: str, base: BaseUnit, custom: Mapping[str, Decimal] | None = None,
                   ) -> int:
    """``"1.5 kg"``, ``"250"`` (base units) or ``"2 case"`` as base units."""
    parts = text.strip().split()
    if not parts or len(parts) > 2:
        raise ValidationError("“{text}” is not a quantity like 250 g or 1.5 kg.", text=text)
    number = parts[0]
    unit = parts[1] if len(parts) == 2 else base.value
    if len(parts) == 1:  # "1.5kg"
        i = len(number)
        while i and not (number[i - 1].isdigit() or number[i - 1] == "."):
            i -= 1
        number, unit = number[:i], (number[i:] or base.value)
    return convert(parse_decimal(number, Phrase("Quantity")), unit, base, custom)


def check_allergens(codes: Iterable[str]) -> tuple[str, ...]:
    out = []
    for code in codes:
        c = code.strip().lower()
        if not c:
            continue
        if c not in ALLERGENS:
            raise ValidationError("“{code}” is not one of the 14 allergens ({allergens}).",
                                  code=code, allergens=", ".join(ALLERGENS))
        out.append(c)
    return tuple(sorted(set(out)))


def effective_recipe(item: Sequence[RecipeLine],
                     modifiers: Sequence[Sequence[RecipeLine]] = ()) -> dict[str, int]:
    """Base units of each ingredient one portion uses, after its modifiers' changes.

    ``remove`` takes the ingredient off entirely; ``replace`` swaps the replaced
    ingredient for this one (qty 0 keeps the replaced quantity); ``add`` adds.
    """
    use: dict[str, int] = {}
    for line in item:
        use[line.ingredient_id] = use.get(line.ingredient_id, 0) + line.qty
    for lines in modifiers:
        for line in lines:
            if line.action is RecipeAction.REMOVE:
                use.pop(line.ingredient_id, None)
            elif line.action is RecipeAction.REPLACE:
                had = use.pop(line.replaces, 0) if line.replaces else 0
                qty = line.qty or had
                if qty:
                    use[line.ingredient_id] = use.get(line.ingredient_id, 0) + qty
            else:
                use[line.ingredient_id] = use.get(line.ingredient_id, 0) + line.qty
    return {k: v for k, v in use.items() if v}


def derive_allergens(ingredient_ids: Iterable[str],
                     allergens: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The union of the ingredients' allergens, in the order of ``ALLERGENS``."""
    found = {a for i in ingredient_ids for a in allergens.get(i, ())}
    return tuple(a for a in ALLERGENS if a in found)


def to_minor(value: Decimal) -> int:
    """Minor units people see: half-up to a whole cent."""
    return int(value.to_integral_value(ROUND_HALF_UP))


def recipe_cost(use: Mapping[str, int], costs: Mapping[str, Decimal]) -> int:
    """Cost of one portion in minor units (summed exactly, rounded once)."""
    return to_minor(sum((costs.get(i, Decimal(0)) * q for i, q in use.items()), Decimal(0)))


def food_cost_bp(cost: int, price_net: int) -> int | None:
    """Food cost as basis points of the net price (3150 = 31.50 %); None without a price."""
    if price_net <= 0:
        return None
    return to_minor(Decimal(cost) * 10000 / Decimal(price_net))


def net_of_tax(price: int, rate: Decimal, inclusive: bool) -> int:
    """The price without its tax: what food cost is measured against."""
    if not inclusive:
        return price
    return to_minor(Decimal(price) / (1 + rate))


def moving_average(on_hand: int, old_cost: Decimal, received: int, paid: int) -> Decimal:
    """The cost per base unit after receiving ``received`` units for ``paid`` minor units.

    Stock at or below zero carries no value, so the receipt's own price is the cost.
    """
    if received <= 0:
        return old_cost
    if on_hand <= 0:
        return (Decimal(paid) / received).quantize(COST_PLACES, ROUND_HALF_UP)
    total = old_cost * on_hand + paid
    return (total / (on_hand + received)).quantize(COST_PLACES, ROUND_HALF_UP)


def covers_portion(on_hand: int, per_portion: int) -> bool:
    return on_hand >= per_portion


def suggested_packs(on_hand: int, reorder_point: int, par_level: int, pack_size: int) -> int:
    """Packs to order: nothing above the reorder point; otherwise up to par, whole packs."""
    if on_hand > reorder_point or par_level <= on_hand:
        return 0
    need = par_level - on_hand
    return -(-need // max(1, pack_size))


def format_qty(qty: int, unit: str) -> str:
    """``1250 g`` → ``1.25 kg``; ``750 ml`` stays; pieces as ``12 pcs``."""
    sign = "-" if qty < 0 else ""
    q = abs(qty)
    if unit == BaseUnit.GRAM and q >= 1000:
        return f"{sign}{_trim(Decimal(q) / 1000)} kg"
    if unit == BaseUnit.MILLILITRE and q >= 1000:
        return f"{sign}{_trim(Decimal(q) / 1000)} l"
    if unit == BaseUnit.PIECE:
        return f"{sign}{q} pc{'s' if q != 1 else ''}"
    return f"{sign}{q} {unit}"


def _trim(d: Decimal) -> str:
    text = f"{d:.3f}".rstrip("0").rstrip(".")
    return text
