"""sync: master-data outbox and refused events

Master-data changes made on this terminal (86 list, printers and stations, staff...)
queue in master_outbox, one row per entity, written in the change's transaction;
events the server refused are set aside in sync_refused so later ones still go up.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 09:41:10.134557
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('master_outbox',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=80), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('refused', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('kind', 'entity_id', name=op.f('pk_master_outbox'))
    )
    op.create_table('sync_refused',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('refused_at', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_sync_refused'))
    )


def downgrade() -> None:
    op.drop_table('sync_refused')
    op.drop_table('master_outbox')
