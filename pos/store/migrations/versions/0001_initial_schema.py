"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 06:36:54.391258
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('area',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_area'))
    )
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('terminal_id', sa.String(length=36), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=True),
    sa.Column('approver_id', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=48), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_log')),
    sa.UniqueConstraint('id', name=op.f('uq_audit_log_id'))
    )
    op.create_table('check_counter',
    sa.Column('business_date', sa.String(length=10), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('business_date', name=op.f('pk_check_counter'))
    )
    op.create_table('event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('terminal_id', sa.String(length=36), nullable=False),
    sa.Column('local_seq', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('v', sa.Integer(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('occurred_at', sa.String(length=40), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=True),
    sa.Column('server_seq', sa.Integer(), nullable=True),
    sa.Column('acked_at', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event')),
    sa.UniqueConstraint('local_seq', name=op.f('uq_event_local_seq'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index('ix_event_order_id_hlc', ['order_id', 'hlc'], unique=False)
        batch_op.create_index('ix_event_server_seq', ['server_seq'], unique=False)

    op.create_table('menu_category',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.Column('color', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_menu_category'))
    )
    op.create_table('modifier_group',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('min_choices', sa.Integer(), nullable=False),
    sa.Column('max_choices', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_modifier_group'))
    )
    op.create_table('orders',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('check_number', sa.String(length=32), nullable=False),
    sa.Column('table_id', sa.String(length=36), nullable=True),
    sa.Column('table_name', sa.String(length=32), nullable=False),
    sa.Column('covers', sa.Integer(), nullable=False),
    sa.Column('server_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('business_date', sa.String(length=10), nullable=False),
    sa.Column('opened_at', sa.String(length=40), nullable=False),
    sa.Column('closed_at', sa.String(length=40), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('gross', sa.Integer(), nullable=False),
    sa.Column('discount_total', sa.Integer(), nullable=False),
    sa.Column('tax_total', sa.Integer(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('paid', sa.Integer(), nullable=False),
    sa.Column('tips', sa.Integer(), nullable=False),
    sa.Column('balance', sa.Integer(), nullable=False),
    sa.Column('flags', sa.String(length=200), nullable=False),
    sa.Column('last_hlc', sa.String(length=24), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_orders'))
    )
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index('ix_orders_business_date', ['business_date'], unique=False)
        batch_op.create_index('ix_orders_status_table', ['status', 'table_id'], unique=False)

    op.create_table('role_permission',
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('permission', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('role', 'permission', name=op.f('pk_role_permission'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('staff',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('pin_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_pins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff'))
    )
    op.create_table('station',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_station')),
    sa.UniqueConstraint('name', name=op.f('uq_station_name'))
    )
    op.create_table('tax_rate',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('rate', sa.String(length=16), nullable=False),
    sa.Column('inclusive', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tax_rate'))
    )
    op.create_table('dining_table',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('area_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=16), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('x', sa.Integer(), nullable=False),
    sa.Column('y', sa.Integer(), nullable=False),
    sa.Column('shape', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_dining_table_area_id_area')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dining_table'))
    )
    with op.batch_alter_table('dining_table', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dining_table_area_id'), ['area_id'], unique=False)

    op.create_table('menu_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('category_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('price', sa.Integer(), nullable=False),
    sa.Column('tax_rate_id', sa.String(length=36), nullable=False),
    sa.Column('station_id', sa.String(length=36), nullable=True),
    sa.Column('allergens', sa.Text(), nullable=False),
    sa.Column('available', sa.Boolean(), nullable=False),
    sa.Column('unavailable_reason', sa.String(length=200), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['menu_category.id'], name=op.f('fk_menu_item_category_id_menu_category')),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_menu_item_station_id_station')),
    sa.ForeignKeyConstraint(['tax_rate_id'], ['tax_rate.id'], name=op.f('fk_menu_item_tax_rate_id_tax_rate')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_menu_item'))
    )
    with op.batch_alter_table('menu_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_menu_item_category_id'), ['category_id'], unique=False)

    op.create_table('modifier',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('group_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('price_delta', sa.Integer(), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['modifier_group.id'], name=op.f('fk_modifier_group_id_modifier_group')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_modifier'))
    )
    with op.batch_alter_table('modifier', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_modifier_group_id'), ['group_id'], unique=False)

    op.create_table('order_line',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.Integer(), nullable=False),
    sa.Column('modifiers', sa.Text(), nullable=False),
    sa.Column('seat', sa.Integer(), nullable=True),
    sa.Column('course', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=True),
    sa.Column('category_id', sa.String(length=36), nullable=False),
    sa.Column('tax_rate_id', sa.String(length=36), nullable=False),
    sa.Column('allergens', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.Column('gross', sa.Integer(), nullable=False),
    sa.Column('discount', sa.Integer(), nullable=False),
    sa.Column('net', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_line_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_line'))
    )
    with op.batch_alter_table('order_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_line_order_id'), ['order_id'], unique=False)

    op.create_table('payment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('part_id', sa.String(length=36), nullable=True),
    sa.Column('tender', sa.String(length=16), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('tendered', sa.Integer(), nullable=False),
    sa.Column('change', sa.Integer(), nullable=False),
    sa.Column('tip', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=120), nullable=False),
    sa.Column('refunded', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_payment_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment'))
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_order_id'), ['order_id'], unique=False)

    op.create_table('item_modifier_group',
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('group_id', sa.String(length=36), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['modifier_group.id'], name=op.f('fk_item_modifier_group_group_id_modifier_group')),
    sa.ForeignKeyConstraint(['item_id'], ['menu_item.id'], name=op.f('fk_item_modifier_group_item_id_menu_item')),
    sa.PrimaryKeyConstraint('item_id', 'group_id', name=op.f('pk_item_modifier_group'))
    )


def downgrade() -> None:
    op.drop_table('item_modifier_group')
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_order_id'))

    op.drop_table('payment')
    with op.batch_alter_table('order_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_line_order_id'))

    op.drop_table('order_line')
    with op.batch_alter_table('modifier', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_modifier_group_id'))

    op.drop_table('modifier')
    with op.batch_alter_table('menu_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_menu_item_category_id'))

    op.drop_table('menu_item')
    with op.batch_alter_table('dining_table', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dining_table_area_id'))

    op.drop_table('dining_table')
    op.drop_table('tax_rate')
    op.drop_table('station')
    op.drop_table('staff')
    op.drop_table('setting')
    op.drop_table('role_permission')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_status_table')
        batch_op.drop_index('ix_orders_business_date')

    op.drop_table('orders')
    op.drop_table('modifier_group')
    op.drop_table('menu_category')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_server_seq')
        batch_op.drop_index('ix_event_order_id_hlc')

    op.drop_table('event')
    op.drop_table('check_counter')
    op.drop_table('audit_log')
    op.drop_table('area')
