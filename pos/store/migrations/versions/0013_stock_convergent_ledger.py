"""stock: a convergent, shelf-true ledger (counts and limits as snapshots, voids as tombstones)

From here ``pos.domain.stock_ledger`` says what each movement does, whatever order
terminals merge them in:

* A count is a snapshot ("there were N at this HLC"): ``stock_level.count_hlc`` says which
  count a level starts from, and only later effects add to it. Rows written before are
  deltas (counted minus expected) and keep that meaning as kind ``count_delta``.
* A limit is a snapshot too ("N left", or lifted): ``item_stock.limit_hlc``. Rows before
  are portion deltas, kind ``limit_delta``; each item limited now gets one snapshot row
  of the portions it has left, so its past is settled.
* A void is a tombstone (kind ``line_void``, its id derived from the line): the sale's
  uses come back whichever of the two arrives second. Old ``sale_void`` / ``sale_moved``
  rows stay deltas.
* Stock no longer 86's an item by changing ``menu_item`` (master data, the manager's own
  86): ``item_stock.auto_reason`` holds why stock 86's it, derived on every terminal.
  An item 86'd automatically before gets its reason there and its menu flag back.
* A recipe is one entity: ``recipe_line.revision`` names the save its lines belong to,
  and the newest save of an item's (or option's) recipe replaces the older one's lines
  when terminals merge, instead of joining them.
* The levels are kept by the services in the movement's transaction, not by triggers
  (the rules need the sale of a void and the count before an effect).

Downgrading turns snapshots back into the deltas they were recorded with, tombstones
into give-back rows, and restores 0010's triggers.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08 01:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# 0010's triggers, frozen here for the downgrade.
_UPSERT_LEVEL = ("ON CONFLICT (ingredient_id, location_id) "
                 "DO UPDATE SET on_hand = on_hand + excluded.on_hand")
TRIGGERS = {
    "trg_stock_movement_level": (
        "NEW.ingredient_id IS NOT NULL AND NEW.uses IS NULL",
        "INSERT INTO stock_level (ingredient_id, location_id, on_hand) "
        f"VALUES (NEW.ingredient_id, coalesce(NEW.location_id, ''), NEW.delta) {_UPSERT_LEVEL}"),
    "trg_stock_movement_uses": (
        "NEW.uses IS NOT NULL AND NEW.to_fold IS NULL",
        "INSERT INTO stock_level (ingredient_id, location_id, on_hand) "
        "SELECT json_extract(value, '$[0]'), coalesce(json_extract(value, '$[1]'), ''), "
        f"json_extract(value, '$[2]') FROM json_each(NEW.uses) WHERE true {_UPSERT_LEVEL}"),
    "trg_stock_movement_portions": (
        "NEW.ingredient_id IS NULL AND NEW.item_id IS NOT NULL AND NEW.delta != 0",
        "INSERT INTO item_stock (item_id, limited, remaining, auto_86) "
        "VALUES (NEW.item_id, 0, NEW.delta, 0) ON CONFLICT (item_id) "
        "DO UPDATE SET remaining = remaining + excluded.remaining"),
}
_NEW_UUID = ("lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) "
             "|| '-a' || substr(h, 18, 3) || '-' || substr(h, 21, 12))")


def upgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('stock_level', schema=None) as batch_op:
        batch_op.add_column(sa.Column('count_hlc', sa.String(length=64), server_default='',
                                      nullable=False))
    with op.batch_alter_table('item_stock', schema=None) as batch_op:
        batch_op.add_column(sa.Column('limit_hlc', sa.String(length=64), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('auto_reason', sa.Text(), server_default='',
                                      nullable=False))
    # What stock 86'd moves out of the manager's flag.
    op.execute("UPDATE item_stock SET auto_reason = coalesce((SELECT m.unavailable_reason "
               "FROM menu_item m WHERE m.id = item_stock.item_id AND m.available = 0), '') "
               "WHERE auto_86 = 1")
    op.execute("UPDATE menu_item SET available = 1, unavailable_reason = '' WHERE id IN "
               "(SELECT item_id FROM item_stock WHERE auto_86 = 1 AND auto_reason != '')")
    with op.batch_alter_table('item_stock', schema=None) as batch_op:
        batch_op.drop_column('auto_86')
    op.execute("UPDATE stock_movement SET kind = 'count_delta' WHERE kind = 'count'")
    op.execute("UPDATE stock_movement SET kind = 'limit_delta' WHERE kind = 'limit'")
    # Each limited item's portions left, as a snapshot after everything before it.
    op.execute(
        "INSERT INTO stock_movement (id, terminal_id, hlc, occurred_at, business_date, kind, "
        "ingredient_id, location_id, item_id, delta, counted, unit_cost, reason, ref_id, "
        f"actor_id, exported_at, uses, to_fold) SELECT {_NEW_UUID}, "
        "(SELECT value FROM setting WHERE key = 'terminal_id'), hlc, occurred_at, "
        "business_date, 'limit', NULL, NULL, item_id, 0, remaining, NULL, 'migrated', NULL, "
        "NULL, NULL, NULL, NULL FROM (SELECT hex(randomblob(16)) AS h, s.item_id, "
        "s.remaining, top.hlc, top.occurred_at, top.business_date FROM item_stock s, "
        "(SELECT hlc, occurred_at, business_date FROM stock_movement "
        " ORDER BY hlc DESC LIMIT 1) top WHERE s.limited = 1)")
    op.execute("UPDATE item_stock SET limit_hlc = coalesce((SELECT m.hlc || '|' || m.id FROM "
               "stock_movement m WHERE m.kind = 'limit' AND m.item_id = item_stock.item_id), '')")
    op.create_index('ix_stock_movement_hlc', 'stock_movement', ['hlc'], unique=False,
                    sqlite_where=sa.text('to_fold IS NULL'))
    with op.batch_alter_table('recipe_line', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revision', sa.String(length=64), server_default='',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('recipe_line', schema=None) as batch_op:
        batch_op.drop_column('revision')
    op.drop_index('ix_stock_movement_hlc', table_name='stock_movement')
    # A tombstone becomes the give-back it settles to (nothing when its sale is missing).
    op.execute(
        "UPDATE stock_movement SET kind = 'sale_void', delta = -coalesce((SELECT s.delta "
        "FROM stock_movement s WHERE s.id = stock_movement.ref_id AND s.kind = 'sale'), 0), "
        "uses = coalesce((SELECT json_group_array(json_array(json_extract(u.value, '$[0]'), "
        "json_extract(u.value, '$[1]'), -json_extract(u.value, '$[2]'))) "
        "FROM stock_movement s, json_each(s.uses) u WHERE s.id = stock_movement.ref_id "
        "AND s.kind = 'sale'), '[]') WHERE kind = 'line_void'")
    # Snapshots go back to the deltas they were recorded with (counted minus expected).
    op.execute("DELETE FROM stock_movement WHERE kind = 'limit' AND reason = 'migrated'")
    op.execute("UPDATE stock_movement SET kind = 'count' WHERE kind = 'count_delta'")
    op.execute("UPDATE stock_movement SET kind = 'limit', reason = CASE WHEN counted IS NULL "
               "THEN 'cleared' ELSE reason END WHERE kind IN ('limit', 'limit_delta')")
    # 0010 counted a sale's portions only while the item was limited.
    op.execute("UPDATE stock_movement SET delta = 0 WHERE kind = 'sale' AND uses IS NOT NULL "
               "AND item_id NOT IN (SELECT item_id FROM item_stock WHERE limited = 1)")
    with op.batch_alter_table('item_stock', schema=None) as batch_op:
        batch_op.add_column(sa.Column('auto_86', sa.Boolean(), server_default=sa.false(),
                                      nullable=False))
    op.execute("UPDATE menu_item SET available = 0, unavailable_reason = (SELECT auto_reason "
               "FROM item_stock s WHERE s.item_id = menu_item.id) WHERE available = 1 AND id IN "
               "(SELECT item_id FROM item_stock WHERE auto_reason != '')")
    op.execute("UPDATE item_stock SET auto_86 = 1 WHERE auto_reason != ''")
    with op.batch_alter_table('item_stock', schema=None) as batch_op:
        batch_op.drop_column('auto_reason')
        batch_op.drop_column('limit_hlc')
    with op.batch_alter_table('stock_level', schema=None) as batch_op:
        batch_op.drop_column('count_hlc')
    # 0010's levels are the sum of every delta: rebuilt so (pending sales included).
    op.execute("UPDATE stock_movement SET to_fold = NULL WHERE to_fold = 1")
    op.execute("DELETE FROM stock_level")
    op.execute(
        "INSERT INTO stock_level (ingredient_id, location_id, on_hand) SELECT ing, loc, "
        "sum(d) FROM (SELECT ingredient_id AS ing, coalesce(location_id, '') AS loc, "
        "delta AS d FROM stock_movement WHERE ingredient_id IS NOT NULL AND uses IS NULL "
        "UNION ALL SELECT json_extract(u.value, '$[0]'), "
        "coalesce(json_extract(u.value, '$[1]'), ''), json_extract(u.value, '$[2]') "
        "FROM stock_movement m, json_each(m.uses) u WHERE m.uses IS NOT NULL) "
        "GROUP BY ing, loc")
    for name, (when, body) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} AFTER INSERT ON stock_movement "
                   f"WHEN {when} BEGIN {body}; END")
