"""Money as integer minor units, and the one rounding rule for Decimal math."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pos.domain.errors import ValidationError


def round_half_up(value: Decimal) -> int:
    """Round a Decimal amount of minor units to an int, halves away from zero.

    This is the only rounding rule in the product: tax, percentage discounts and
    every derived amount go through it, so two computations of a figure agree.
    """
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True, order=True)
class Money:
    """An amount in integer minor units (cents) of one currency. Never a float."""

    minor: int
    currency: str = "EUR"

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError(f"Money needs an int of minor units, got {self.minor!r}")

    @classmethod
    def zero(cls, currency: str = "EUR") -> Money:
        return cls(0, currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValidationError("Cannot mix {one} and {other}.", one=self.currency,
                                  other=other.currency)

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __mul__(self, factor: int) -> Money:
        if not isinstance(factor, int):
            raise TypeError("Money can only be multiplied by an int; use Decimal math + round")
        return Money(self.minor * factor, self.currency)

    __rmul__ = __mul__

    def __bool__(self) -> bool:
        return self.minor != 0

    def format(self, decimals: int = 2) -> str:
        """Plain formatting for logs, tickets and the CLI (the UI uses QLocale)."""
        sign = "-" if self.minor < 0 else ""
        whole, frac = divmod(abs(self.minor), 10**decimals)
        return f"{sign}{whole}.{frac:0{decimals}d} {self.currency}" if decimals else (
            f"{sign}{whole} {self.currency}"
        )

    def __str__(self) -> str:
        return self.format()


def allocate(total: int, weights: Sequence[int]) -> list[int]:
    """Split ``total`` minor units in proportion to ``weights``; the parts sum to ``total``.

    Largest-remainder method: each part gets the floor of its share, then the
    leftover cents go one each to the parts with the largest remainders, ties to
    the earlier part. Deterministic, and no cent is created or lost. Zero weights
    everywhere spread the total evenly. Negative totals are split by symmetry.
    """
    n = len(weights)
    if n == 0:
        if total:
            raise ValidationError("Nothing to split the amount over.")
        return []
    if any(w < 0 for w in weights):
        raise ValidationError("Split weights cannot be negative.")
    if total < 0:
        return [-p for p in allocate(-total, weights)]
    wsum = sum(weights)
    if wsum == 0:
        weights = [1] * n
        wsum = n
    parts = []
    remainders = []
    for i, w in enumerate(weights):
        q, r = divmod(total * w, wsum)
        parts.append(q)
        remainders.append((-r, i))
    left = total - sum(parts)
    for _, i in sorted(remainders)[:left]:
        parts[i] += 1
    return parts
