"""discount projection and z reports

``order_discount`` projects each discount with what it took off (reports group
them by reason and approver); ``z_report`` keeps closed business days, frozen.
Orders written before this revision get their discount rows the next time they
change (no production stores predate it).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 08:55:17.241178
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('z_report',
    sa.Column('number', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('business_date', sa.String(length=10), nullable=False),
    sa.Column('terminal_id', sa.String(length=36), nullable=False),
    sa.Column('closed_at', sa.String(length=40), nullable=False),
    sa.Column('closed_by', sa.String(length=36), nullable=False),
    sa.Column('forced', sa.Boolean(), nullable=False),
    sa.Column('figures', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('number', name=op.f('pk_z_report')),
    sa.UniqueConstraint('business_date', name=op.f('uq_z_report_business_date'))
    )
    op.create_table('order_discount',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('line_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('approved_by', sa.String(length=36), nullable=True),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_discount_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_discount'))
    )
    with op.batch_alter_table('order_discount', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_discount_order_id'), ['order_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('order_discount', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_discount_order_id'))

    op.drop_table('order_discount')
    op.drop_table('z_report')
