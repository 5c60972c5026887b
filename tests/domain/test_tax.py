from decimal import Decimal

from pos.domain.tax import TaxRate, TaxRounding, compute_taxes

VAT19 = TaxRate("r19", "VAT 19 %", Decimal("0.19"), inclusive=True)
VAT7 = TaxRate("r7", "VAT 7 %", Decimal("0.07"), inclusive=True)
SALES = TaxRate("s8", "Sales tax 8.875 %", Decimal("0.08875"), inclusive=False)


def test_inclusive_tax_is_the_part_of_the_price():
    [line] = compute_taxes([(VAT19, 1190)])
    assert (line.base, line.tax) == (1190, 190)


def test_exclusive_tax_is_added_on_top():
    [line] = compute_taxes([(SALES, 1000)])
    assert line.tax == 89  # 88.75 rounds half up


def test_several_rates_are_kept_apart_in_first_seen_order():
    lines = compute_taxes([(VAT7, 1070), (VAT19, 595), (VAT7, 535)])
    assert [(t.rate.id, t.base, t.tax) for t in lines] == [("r7", 1605, 105), ("r19", 595, 95)]


def test_per_check_and_per_line_rounding_differ_as_documented():
    amounts = [(SALES, 10)] * 3  # 0.8875 each: per line 1+1+1, per check round(2.6625)=3
    assert compute_taxes(amounts, TaxRounding.LINE)[0].tax == 3
    amounts = [(SALES, 6)] * 4  # 0.5325 each: per line 1*4=4, per check round(2.13)=2
    assert compute_taxes(amounts, TaxRounding.LINE)[0].tax == 4
    assert compute_taxes(amounts, TaxRounding.CHECK)[0].tax == 2
