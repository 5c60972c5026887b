"""Tax: inclusive or exclusive rates, several per check, one rounding rule.

Rounding rule (documented for owners and accountants): tax is computed on the
net amount of each rate after discounts and rounded half-up to the cent. By
default the rounding happens once per rate per check ("check"); a store can
choose to round each line on its own and add the rounded figures ("line").
Inclusive prices already contain their tax: the tax is ``gross * r / (1 + r)``
and the total does not grow; exclusive tax is ``net * r`` and is added on top.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from pos.domain.money import round_half_up


class TaxRounding(StrEnum):
    CHECK = "check"
    LINE = "line"


@dataclass(frozen=True, slots=True)
class TaxRate:
    """A rate as it stood when a line was rung: ``rate`` is a fraction ("0.19")."""

    id: str
    name: str
    rate: Decimal
    inclusive: bool

    def tax_on(self, amount: int) -> Decimal:
        """Unrounded tax in minor units on an amount of this rate."""
        if self.inclusive:
            return Decimal(amount) * self.rate / (1 + self.rate)
        return Decimal(amount) * self.rate

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "rate": str(self.rate),
                "inclusive": self.inclusive}

    @classmethod
    def from_dict(cls, d: dict[str, object]) -> TaxRate:
        return cls(str(d["id"]), str(d["name"]), Decimal(str(d["rate"])), bool(d["inclusive"]))


@dataclass(frozen=True, slots=True)
class TaxLine:
    """The tax of one rate on one check."""

    rate: TaxRate
    base: int  # net amount of the lines of this rate, minor units, after discounts
    tax: int


def compute_taxes(
    amounts: Iterable[tuple[TaxRate, int]], rounding: TaxRounding = TaxRounding.CHECK
) -> list[TaxLine]:
    """Taxes per rate for (rate, net amount) pairs, in the order rates first appear."""
    bases: dict[str, int] = {}
    rates: dict[str, TaxRate] = {}
    per_line: dict[str, int] = {}
    for rate, amount in amounts:
        if rate.id not in rates:
            rates[rate.id] = rate
            bases[rate.id] = 0
            per_line[rate.id] = 0
        bases[rate.id] += amount
        if rounding is TaxRounding.LINE:
            per_line[rate.id] += round_half_up(rate.tax_on(amount))
    out = []
    for rid, rate in rates.items():
        if rounding is TaxRounding.LINE:
            tax = per_line[rid]
        else:
            tax = round_half_up(rate.tax_on(bases[rid]))
        out.append(TaxLine(rate, bases[rid], tax))
    return out
