import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.errors import ValidationError
from pos.domain.split import (
    split_custom,
    split_custom_with_charge,
    split_even,
    split_weighted,
)


@given(st.integers(0, 10**8), st.integers(1, 50))
def test_even_split_sums_and_differs_by_at_most_a_cent(total, ways):
    parts = split_even(total, ways)
    assert sum(parts) == total
    assert max(parts) - min(parts) <= 1
    assert parts == sorted(parts, reverse=True)  # leftover cents go to the first parts


def test_even_split_limits():
    with pytest.raises(ValidationError):
        split_even(100, 0)
    with pytest.raises(ValidationError):
        split_even(100, 51)


@given(st.integers(0, 10**8), st.lists(st.integers(0, 10**5), min_size=1, max_size=12))
def test_weighted_split_sums(total, weights):
    assert sum(split_weighted(total, weights)) == total


def test_custom_split_last_part_absorbs_later_changes():
    assert split_custom(1000, [300, 700]) == [300, 700]
    assert split_custom(1100, [300, 700]) == [300, 800]
    with pytest.raises(ValidationError):
        split_custom(1000, [-1, 1001])


@given(st.integers(0, 10**7), st.lists(st.integers(1, 10**5), min_size=2, max_size=8),
       st.integers(-10**4, 10**5))
def test_a_charge_added_after_a_custom_split_is_spread_over_the_amounts(total, amounts, charge):
    total = max(total, sum(amounts[:-1]) + max(charge, 0))
    parts = split_custom_with_charge(total, amounts, charge)
    assert sum(parts) == total  # no cent created or lost
    plain = split_custom(total - charge, amounts)
    for part, base, amount in zip(parts, plain, amounts, strict=True):
        share = part - base  # each part's share is within a cent of proportional
        assert abs(share * sum(amounts) - charge * amount) < sum(amounts)
    assert split_custom_with_charge(total, amounts, 0) == split_custom(total, amounts)


@given(st.integers(0, 10**6), st.lists(st.integers(0, 10**5), min_size=1, max_size=12))
def test_a_service_charge_spread_by_weights_sums_to_the_charge(charge, weights):
    shares = split_weighted(charge, weights)
    assert sum(shares) == charge and all(s >= 0 for s in shares)
