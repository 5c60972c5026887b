"""Splitting a check: evenly, by weights (seats, items) or by custom amounts.

Every function returns parts that sum exactly to the total; leftover cents go
deterministically to the earliest parts with the largest remainders. The check's
total includes its service charge, so an even or weighted split spreads the charge
with everything else; custom amounts spread a charge added after the split by
``split_custom_with_charge``.
"""

from __future__ import annotations

from collections.abc import Sequence

from pos.domain.errors import ValidationError
from pos.domain.money import allocate


def split_even(total: int, ways: int) -> list[int]:
    if ways < 1:
        raise ValidationError("A check splits into at least one part.")
    if ways > 50:
        raise ValidationError("A check splits into at most 50 parts.")
    return allocate(total, [1] * ways)


def split_weighted(total: int, weights: Sequence[int]) -> list[int]:
    """Parts in proportion to weights (each part's own net line amounts)."""
    return allocate(total, [max(w, 0) for w in weights])


def split_custom(total: int, amounts: Sequence[int]) -> list[int]:
    """Parts of given amounts; the last part takes whatever the others leave.

    The caller checks at split time that the amounts add up; later changes to the
    check (a line added, a discount) land on the last part, so parts still sum.
    """
    if not amounts:
        raise ValidationError("Name at least one amount.")
    if any(a < 0 for a in amounts):
        raise ValidationError("A part of a split cannot be negative.")
    head = list(amounts[:-1])
    return [*head, total - sum(head)]


def split_custom_with_charge(total: int, amounts: Sequence[int], charge: int) -> list[int]:
    """``split_custom`` when a charge (the service charge) came onto the check, or changed,
    after the split: ``charge`` (the change, may be negative) is spread over the parts in
    proportion to their amounts, largest remainder; any other change still lands on the
    last part. The parts sum to ``total``."""
    base = split_custom(total - charge, amounts)
    return [b + c for b, c in zip(base, allocate(charge, amounts), strict=True)]
