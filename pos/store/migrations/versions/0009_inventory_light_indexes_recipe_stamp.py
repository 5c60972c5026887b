"""inventory: lighter movement indexes, recipe version stamp

Each sale's commit pays for every index on stock_movement: the per-ingredient index
(inserts on random pages) goes, and the exported_at index becomes a partial index of
the movements not yet exported (the outbox only). inventory_version holds a random
stamp that triggers change whenever a recipe line or an ingredient is written, so the
sale path can keep recipes in memory and read one row to know they are current.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25 09:42:49.725905
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BUMP = "UPDATE inventory_version SET recipes = random() WHERE id = 1"
_TRIGGERS = [(f"trg_{table}_{event.lower()}_stamp", table, event)
             for table in ("recipe_line", "ingredient")
             for event in ("INSERT", "UPDATE", "DELETE")]


def upgrade() -> None:
    op.create_table('inventory_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recipes', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inventory_version'))
    )
    op.execute("INSERT INTO inventory_version (id, recipes) VALUES (1, random())")
    for name, table, event in _TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {_BUMP}; END")
    with op.batch_alter_table('stock_movement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_movement_exported_at'))
        batch_op.drop_index(batch_op.f('ix_stock_movement_ingredient_day'))
        batch_op.create_index('ix_stock_movement_pending', ['id'], unique=False, sqlite_where=sa.text('exported_at IS NULL'))


def downgrade() -> None:
    with op.batch_alter_table('stock_movement', schema=None) as batch_op:
        batch_op.drop_index('ix_stock_movement_pending', sqlite_where=sa.text('exported_at IS NULL'))
        batch_op.create_index(batch_op.f('ix_stock_movement_ingredient_day'), ['ingredient_id', 'business_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_movement_exported_at'), ['exported_at'], unique=False)

    for name, _table, _event in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('inventory_version')
