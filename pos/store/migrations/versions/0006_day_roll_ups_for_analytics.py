"""day roll-ups for analytics

Per closed business day: totals, items, item pairs and hours, written with the
day's Z report. Range analytics read these instead of every line of the period.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 09:04:25.422539
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('day_hour',
    sa.Column('business_date', sa.String(length=10), nullable=False),
    sa.Column('hour', sa.Integer(), nullable=False),
    sa.Column('checks', sa.Integer(), nullable=False),
    sa.Column('net', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('business_date', 'hour', name=op.f('pk_day_hour'))
    )
    op.create_table('day_item',
    sa.Column('business_date', sa.String(length=10), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('category_id', sa.String(length=36), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('net', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('business_date', 'item_id', 'name', name=op.f('pk_day_item'))
    )
    op.create_table('day_pair',
    sa.Column('business_date', sa.String(length=10), nullable=False),
    sa.Column('label', sa.String(length=250), nullable=False),
    sa.Column('orders', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('business_date', 'label', name=op.f('pk_day_pair'))
    )
    op.create_table('day_total',
    sa.Column('business_date', sa.String(length=10), nullable=False),
    sa.Column('checks', sa.Integer(), nullable=False),
    sa.Column('covers', sa.Integer(), nullable=False),
    sa.Column('net', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('business_date', name=op.f('pk_day_total'))
    )


def downgrade() -> None:
    op.drop_table('day_total')
    op.drop_table('day_pair')
    op.drop_table('day_item')
    op.drop_table('day_hour')
