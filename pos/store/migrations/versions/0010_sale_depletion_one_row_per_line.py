"""stock_movement: a sold line's depletion in one row, levels kept by triggers

A sale wrote one movement row per ingredient (nine for an 8-ingredient recipe with a
modifier) and nine level updates, and each row and page was paid for in the sale's
commit. From here:

* A sale, its void or its move is one row whose ``uses`` column holds the ingredient
  deltas as JSON. Rows already written stay as they are (other terminals and the server
  hold them under the same ids). A line's first sale row takes the line's id, so a void
  finds it by primary key and the ref_id index leaves those rows out.
* The projections (``stock_level``, and ``item_stock.remaining`` for a limited item's
  portions) are kept by triggers on the movement insert, so every way a movement
  arrives (a receipt, a count, a merge from another terminal, where an insert-or-ignore
  of a known id fires nothing) adds to them exactly once, in the same transaction.
* Except this terminal's own sales: they are inserted with ``to_fold = 1`` and added to
  ``stock_level`` in batches, off the sale's commit (``InventoryService.fold``: one
  transaction adds them and clears the flag). Until then stock on hand is
  ``stock_level`` plus the expanded ``to_fold`` rows, which is what readers read.
  Such a row enters only the primary key and the to_fold index when it is written;
  the day and outbox indexes take it at the fold (they leave ``to_fold`` rows out).

Downgrading folds what is pending, drops the triggers (the code of 0009 keeps the
projections itself), expands sale rows back into one row per ingredient (fresh ids,
the originals' stamps) and drops the columns.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-25 11:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UUID = ("lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' "
         "|| substr(h, 17, 4) || '-' || substr(h, 21, 12))")
_UPSERT_LEVEL = ("ON CONFLICT (ingredient_id, location_id) "
                 "DO UPDATE SET on_hand = on_hand + excluded.on_hand")
TRIGGERS = {
    # a movement of one ingredient (receipts, waste, counts, rows before 0010)
    "trg_stock_movement_level": (
        "NEW.ingredient_id IS NOT NULL AND NEW.uses IS NULL",
        "INSERT INTO stock_level (ingredient_id, location_id, on_hand) "
        f"VALUES (NEW.ingredient_id, coalesce(NEW.location_id, ''), NEW.delta) {_UPSERT_LEVEL}"),
    # a void, a move, another terminal's sale: its ingredients now (this terminal's own
    # sales wait for the fold). WHERE true: an upsert after a SELECT needs one.
    "trg_stock_movement_uses": (
        "NEW.uses IS NOT NULL AND NEW.to_fold IS NULL",
        "INSERT INTO stock_level (ingredient_id, location_id, on_hand) "
        "SELECT json_extract(value, '$[0]'), coalesce(json_extract(value, '$[1]'), ''), "
        f"json_extract(value, '$[2]') FROM json_each(NEW.uses) WHERE true {_UPSERT_LEVEL}"),
    # portions of a limited item (a limit set, or sold while limited)
    "trg_stock_movement_portions": (
        "NEW.ingredient_id IS NULL AND NEW.item_id IS NOT NULL AND NEW.delta != 0",
        "INSERT INTO item_stock (item_id, limited, remaining, auto_86) "
        "VALUES (NEW.item_id, 0, NEW.delta, 0) ON CONFLICT (item_id) "
        "DO UPDATE SET remaining = remaining + excluded.remaining"),
}
FOLD = (
    "INSERT INTO stock_level (ingredient_id, location_id, on_hand) "
    "SELECT ing, loc, sum(d) FROM (SELECT json_extract(u.value, '$[0]') AS ing, "
    "coalesce(json_extract(u.value, '$[1]'), '') AS loc, json_extract(u.value, '$[2]') AS d "
    "FROM stock_movement m, json_each(m.uses) u WHERE m.to_fold = 1) WHERE true "
    f"GROUP BY ing, loc {_UPSERT_LEVEL}")


def upgrade() -> None:
    op.add_column('stock_movement', sa.Column('uses', sa.Text(), nullable=True))
    op.add_column('stock_movement', sa.Column('to_fold', sa.Integer(), nullable=True))
    op.create_index('ix_stock_movement_to_fold', 'stock_movement', ['id'], unique=False,
                    sqlite_where=sa.text('to_fold = 1'))
    _indexes(sa.text('id != ref_id'), sa.text('to_fold IS NULL'),
             sa.text('exported_at IS NULL AND to_fold IS NULL'))
    for name, (when, body) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} AFTER INSERT ON stock_movement "
                   f"WHEN {when} BEGIN {body}; END")


def downgrade() -> None:
    op.execute(FOLD)
    op.execute("UPDATE stock_movement SET to_fold = NULL WHERE to_fold = 1")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute(
        "INSERT INTO stock_movement (id, terminal_id, hlc, occurred_at, business_date, kind, "
        "ingredient_id, location_id, item_id, delta, counted, unit_cost, reason, ref_id, "
        f"actor_id, exported_at) SELECT {_UUID}, terminal_id, hlc, occurred_at, "
        "business_date, kind, ing, loc, item_id, d, NULL, NULL, reason, ref_id, actor_id, "
        "exported_at FROM (SELECT hex(randomblob(16)) AS h, m.*, "
        "json_extract(u.value, '$[0]') AS ing, json_extract(u.value, '$[1]') AS loc, "
        "json_extract(u.value, '$[2]') AS d "
        "FROM stock_movement m, json_each(m.uses) u WHERE m.uses IS NOT NULL)")
    # The portion count of a limited item stays a row of its own, as before 0010.
    op.execute("UPDATE stock_movement SET uses = NULL, ingredient_id = NULL "
               "WHERE uses IS NOT NULL AND delta != 0")
    op.execute("DELETE FROM stock_movement WHERE uses IS NOT NULL")
    op.drop_index('ix_stock_movement_to_fold', table_name='stock_movement')
    _indexes(None, None, sa.text('exported_at IS NULL'))
    with op.batch_alter_table('stock_movement', schema=None) as batch_op:
        batch_op.drop_column('to_fold')
        batch_op.drop_column('uses')


def _indexes(ref: sa.TextClause | None, day: sa.TextClause | None,
             pending: sa.TextClause) -> None:
    """The three indexes whose partial conditions 0010 changes, made again."""
    for name, columns, where in (("ix_stock_movement_ref_id", ["ref_id"], ref),
                                 ("ix_stock_movement_day_kind", ["business_date", "kind"], day),
                                 ("ix_stock_movement_pending", ["id"], pending)):
        op.drop_index(name, table_name='stock_movement')
        op.create_index(name, 'stock_movement', columns, unique=False, sqlite_where=where)
