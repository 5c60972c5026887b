"""master_data.v: the version of its kind's wire type a master change was stored at

What the server held before is version 1 (the shape every change had then).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 10:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('master_data', schema=None) as batch_op:
        batch_op.add_column(sa.Column('v', sa.Integer(), server_default=sa.text('1'),
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('master_data', schema=None) as batch_op:
        batch_op.drop_column('v')
