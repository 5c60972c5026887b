"""sync: master changes carry their kind's version; pulled ones not applied are held

``master_outbox.v`` is the version of the kind's wire type a queued change was written
at (1 for what was queued before: version 1 is the shape changes had). ``master_held``
keeps pulled master changes this terminal cannot apply yet (a newer version or kind),
verbatim, until an update can.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 10:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('master_outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('v', sa.Integer(), server_default=sa.text('1'),
                                      nullable=False))
    op.create_table('master_held',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=80), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('v', sa.Integer(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'entity_id', name=op.f('pk_master_held'))
    )


def downgrade() -> None:
    op.drop_table('master_held')
    with op.batch_alter_table('master_outbox', schema=None) as batch_op:
        batch_op.drop_column('v')
