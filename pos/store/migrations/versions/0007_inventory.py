"""inventory: ingredients, recipes, stock movements, purchasing

Ingredients with units, cost and allergens; recipes of items and modifiers; stock
as movement rows (UUIDv7, terminal, HLC: they merge by insert-or-ignore) with a
stock-level projection; item limits and auto-86 state; purchase orders.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 09:10:39.232313
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('stock_level',
    sa.Column('ingredient_id', sa.String(length=36), nullable=False),
    sa.Column('location_id', sa.String(length=36), nullable=False),
    sa.Column('on_hand', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('ingredient_id', 'location_id', name=op.f('pk_stock_level'))
    )
    op.create_table('stock_location',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_location')),
    sa.UniqueConstraint('name', name=op.f('uq_stock_location_name'))
    )
    op.create_table('stock_movement',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('terminal_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('occurred_at', sa.String(length=40), nullable=False),
    sa.Column('business_date', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('ingredient_id', sa.String(length=36), nullable=True),
    sa.Column('location_id', sa.String(length=36), nullable=True),
    sa.Column('item_id', sa.String(length=36), nullable=True),
    sa.Column('delta', sa.Integer(), nullable=False),
    sa.Column('counted', sa.Integer(), nullable=True),
    sa.Column('unit_cost', sa.String(length=32), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('ref_id', sa.String(length=36), nullable=True),
    sa.Column('actor_id', sa.String(length=36), nullable=True),
    sa.Column('exported_at', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_movement'))
    )
    with op.batch_alter_table('stock_movement', schema=None) as batch_op:
        batch_op.create_index('ix_stock_movement_day_kind', ['business_date', 'kind'], unique=False)
        batch_op.create_index('ix_stock_movement_exported_at', ['exported_at'], unique=False)
        batch_op.create_index('ix_stock_movement_ingredient_day', ['ingredient_id', 'business_date'], unique=False)
        batch_op.create_index('ix_stock_movement_ref_id', ['ref_id'], unique=False)

    op.create_table('supplier',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=False),
    sa.Column('lead_days', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supplier')),
    sa.UniqueConstraint('name', name=op.f('uq_supplier_name'))
    )
    op.create_table('ingredient',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('unit', sa.String(length=8), nullable=False),
    sa.Column('cost_per_unit', sa.String(length=32), nullable=False),
    sa.Column('allergens', sa.Text(), nullable=False),
    sa.Column('supplier_id', sa.String(length=36), nullable=True),
    sa.Column('location_id', sa.String(length=36), nullable=False),
    sa.Column('reorder_point', sa.Integer(), nullable=False),
    sa.Column('par_level', sa.Integer(), nullable=False),
    sa.Column('pack_size', sa.Integer(), nullable=False),
    sa.Column('pack_name', sa.String(length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['stock_location.id'], name=op.f('fk_ingredient_location_id_stock_location')),
    sa.ForeignKeyConstraint(['supplier_id'], ['supplier.id'], name=op.f('fk_ingredient_supplier_id_supplier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingredient')),
    sa.UniqueConstraint('name', name=op.f('uq_ingredient_name'))
    )
    op.create_table('purchase_order',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('supplier_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('received_at', sa.String(length=40), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['supplier_id'], ['supplier.id'], name=op.f('fk_purchase_order_supplier_id_supplier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_order')),
    sa.UniqueConstraint('number', name=op.f('uq_purchase_order_number'))
    )
    op.create_table('ingredient_cost',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ingredient_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('cost_per_unit', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['ingredient_id'], ['ingredient.id'], name=op.f('fk_ingredient_cost_ingredient_id_ingredient'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingredient_cost'))
    )
    with op.batch_alter_table('ingredient_cost', schema=None) as batch_op:
        batch_op.create_index('ix_ingredient_cost_ingredient_at', ['ingredient_id', 'at'], unique=False)

    op.create_table('ingredient_unit',
    sa.Column('ingredient_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=16), nullable=False),
    sa.Column('factor', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['ingredient_id'], ['ingredient.id'], name=op.f('fk_ingredient_unit_ingredient_id_ingredient'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('ingredient_id', 'name', name=op.f('pk_ingredient_unit'))
    )
    op.create_table('purchase_order_line',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('po_id', sa.String(length=36), nullable=False),
    sa.Column('ingredient_id', sa.String(length=36), nullable=False),
    sa.Column('packs', sa.Integer(), nullable=False),
    sa.Column('pack_size', sa.Integer(), nullable=False),
    sa.Column('pack_price', sa.Integer(), nullable=False),
    sa.Column('received_packs', sa.Integer(), nullable=False),
    sa.Column('received_cost', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['ingredient_id'], ['ingredient.id'], name=op.f('fk_purchase_order_line_ingredient_id_ingredient')),
    sa.ForeignKeyConstraint(['po_id'], ['purchase_order.id'], name=op.f('fk_purchase_order_line_po_id_purchase_order'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_order_line'))
    )
    with op.batch_alter_table('purchase_order_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purchase_order_line_po_id'), ['po_id'], unique=False)

    op.create_table('item_stock',
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('limited', sa.Boolean(), nullable=False),
    sa.Column('remaining', sa.Integer(), nullable=False),
    sa.Column('auto_86', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['menu_item.id'], name=op.f('fk_item_stock_item_id_menu_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id', name=op.f('pk_item_stock'))
    )
    op.create_table('recipe_line',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=True),
    sa.Column('modifier_id', sa.String(length=36), nullable=True),
    sa.Column('ingredient_id', sa.String(length=36), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=8), nullable=False),
    sa.Column('replaces_ingredient_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['ingredient_id'], ['ingredient.id'], name=op.f('fk_recipe_line_ingredient_id_ingredient')),
    sa.ForeignKeyConstraint(['item_id'], ['menu_item.id'], name=op.f('fk_recipe_line_item_id_menu_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['modifier_id'], ['modifier.id'], name=op.f('fk_recipe_line_modifier_id_modifier'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['replaces_ingredient_id'], ['ingredient.id'], name=op.f('fk_recipe_line_replaces_ingredient_id_ingredient')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recipe_line'))
    )
    with op.batch_alter_table('recipe_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recipe_line_ingredient_id'), ['ingredient_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recipe_line_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recipe_line_modifier_id'), ['modifier_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('recipe_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recipe_line_modifier_id'))
        batch_op.drop_index(batch_op.f('ix_recipe_line_item_id'))
        batch_op.drop_index(batch_op.f('ix_recipe_line_ingredient_id'))

    op.drop_table('recipe_line')
    op.drop_table('item_stock')
    with op.batch_alter_table('purchase_order_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purchase_order_line_po_id'))

    op.drop_table('purchase_order_line')
    op.drop_table('ingredient_unit')
    with op.batch_alter_table('ingredient_cost', schema=None) as batch_op:
        batch_op.drop_index('ix_ingredient_cost_ingredient_at')

    op.drop_table('ingredient_cost')
    op.drop_table('purchase_order')
    op.drop_table('ingredient')
    op.drop_table('supplier')
    with op.batch_alter_table('stock_movement', schema=None) as batch_op:
        batch_op.drop_index('ix_stock_movement_ref_id')
        batch_op.drop_index('ix_stock_movement_ingredient_day')
        batch_op.drop_index('ix_stock_movement_exported_at')
        batch_op.drop_index('ix_stock_movement_day_kind')

    op.drop_table('stock_movement')
    op.drop_table('stock_location')
    op.drop_table('stock_level')
