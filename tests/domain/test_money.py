from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.errors import ValidationError
from pos.domain.money import Money, allocate, round_half_up


def test_round_half_up_rounds_halves_away_from_zero():
    assert round_half_up(Decimal("2.5")) == 3
    assert round_half_up(Decimal("3.5")) == 4
    assert round_half_up(Decimal("-2.5")) == -3
    assert round_half_up(Decimal("2.4999")) == 2


def test_money_refuses_floats_and_mixed_currencies():
    with pytest.raises(TypeError):
        Money(1.5)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="mix EUR and USD"):
        Money(100, "EUR") + Money(100, "USD")
    assert (Money(250) * 3).minor == 750
    assert Money(-1234).format() == "-12.34 EUR"


@given(st.integers(-10**9, 10**9), st.lists(st.integers(0, 10**6), min_size=1, max_size=30))
def test_allocate_parts_sum_to_total(total, weights):
    parts = allocate(total, weights)
    assert sum(parts) == total
    assert len(parts) == len(weights)


@given(st.integers(0, 10**7), st.lists(st.integers(1, 1000), min_size=1, max_size=20))
def test_allocate_is_within_one_cent_of_exact_share(total, weights):
    parts = allocate(total, weights)
    wsum = sum(weights)
    for part, w in zip(parts, weights, strict=True):
        assert abs(part * wsum - total * w) < wsum


def test_allocate_gives_leftover_cents_to_earliest_largest_remainders():
    assert allocate(100, [1, 1, 1]) == [34, 33, 33]
    assert allocate(-100, [1, 1, 1]) == [-34, -33, -33]
    assert allocate(5, [0, 0]) == [3, 2]
