"""orders: service charge

``orders`` projects each check's service charge (its amount, and the tax rate it is
taxed at, if any) for the X/Z report. Existing checks had none: the NOT NULL amount
column comes with a server default of 0, so every existing row stays valid. SQLite
adds both columns in place; the downgrade rebuilds ``orders`` in batch mode, with
foreign keys off (the migration runner), so order lines and payments survive.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-25 11:00:04.108029
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('service_charge', sa.Integer(), server_default=sa.text('0'), nullable=False))
        batch_op.add_column(sa.Column('service_charge_tax_rate_id', sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('service_charge_tax_rate_id')
        batch_op.drop_column('service_charge')
