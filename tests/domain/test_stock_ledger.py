"""The stock ledger's rules, on their own: ids from causes, voids as tombstones, counts
and limits as snapshots, and a result that does not depend on arrival order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pos.domain.stock_ledger import Effect, Move, Use, cause_id, replay

FLOUR = ("flour", "dry")


def sale(line: str, hlc: str, grams: int, qty: int = 1, item: str = "bread") -> Move:
    return Move(line, Effect.SALE, hlc, line_id=line, item_id=item, portions=-qty,
                uses=(Use(*FLOUR, -grams * qty),))


def void(line: str, hlc: str) -> Move:
    return Move(cause_id(line, "void"), Effect.CANCEL, hlc, line_id=line)


def delta(hlc: str, grams: int, name: str) -> Move:
    return Move(name, Effect.DELTA, hlc, uses=(Use(*FLOUR, grams),))


def count(hlc: str, grams: int, name: str) -> Move:
    return Move(name, Effect.COUNT, hlc, ingredient_id=FLOUR[0], location_id=FLOUR[1],
                counted=grams)


def limit(hlc: str, left: int | None, name: str, item: str = "bread") -> Move:
    return Move(name, Effect.LIMIT, hlc, item_id=item, counted=left)


def test_the_same_cause_has_the_same_id_everywhere() -> None:
    assert cause_id("line-1", "void") == cause_id("line-1", "void")
    assert cause_id("line-1", "void") != cause_id("line-2", "void")
    assert cause_id("line-1", "void") != cause_id("line-1", "receipt")


def test_a_void_gives_back_what_its_sale_took_whichever_arrives_first() -> None:
    moves = [delta("01", 1000, "in"), sale("L1", "02", 200), void("L1", "03")]
    assert replay(moves).on_hand[FLOUR] == 1000
    assert replay([moves[0], moves[2]]).on_hand[FLOUR] == 1000  # the sale not here yet
    assert replay([moves[0], moves[1]]).on_hand[FLOUR] == 800


def test_a_count_sets_the_shelf_and_only_later_effects_add_to_it() -> None:
    # sold 600 g before the count was taken (arriving after it): the count already saw it
    moves = [delta("01", 3000, "in"), sale("L1", "02", 600), count("03", 2400, "c1"),
             sale("L2", "04", 100)]
    assert replay(moves).on_hand[FLOUR] == 2300
    # two counts of one shelf: the later wins, they do not add up
    assert replay([count("05", 2000, "a"), count("06", 2000, "b")]).on_hand[FLOUR] == 2000


def test_a_void_after_a_count_gives_back_a_sale_from_before_it() -> None:
    moves = [sale("L1", "01", 200), count("02", 1000, "c"), void("L1", "03")]
    assert replay(moves).on_hand[FLOUR] == 1200


def test_limits_are_snapshots_and_count_sales_and_voids_after_them() -> None:
    moves = [sale("L0", "01", 10), limit("02", 3, "set"), sale("L1", "03", 10, qty=2),
             void("L1", "04"), sale("L2", "05", 10)]
    assert replay(moves).remaining == {"bread": 2}
    lifted = [*moves, limit("06", None, "lift")]
    assert replay(lifted).remaining == {}
    # lifted on one terminal, "3 left" on another later: the later wins everywhere
    assert replay([limit("07", None, "lift"), limit("08", 3, "three")]).remaining == \
        {"bread": 3}


MOVES = [delta("01", 5000, "in"), sale("L1", "02", 300), sale("L2", "03", 200, qty=2),
         limit("04", 5, "lim"), count("05", 4000, "c1"), void("L1", "06"),
         sale("L3", "07", 150), void("L2", "08"), void("L2", "08"), delta("09", -50, "w"),
         count("10", 3900, "c2"), sale("L4", "11", 100), void("L3", "12")]


@given(st.permutations(MOVES))
def test_the_result_does_not_depend_on_arrival_order(moves: list[Move]) -> None:
    # a duplicate (the same void from two terminals) is one row by its id
    unique = list({m.id: m for m in moves}.values())
    expected = replay(list({m.id: m for m in MOVES}.values()))
    got = replay(unique)
    assert got.on_hand == expected.on_hand == {FLOUR: 3900 - 100 + 150}
    assert got.remaining == expected.remaining
