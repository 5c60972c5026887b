"""server schema: sites, terminals, enrollment codes, events, master data

Revision ID: 0001
Revises:
Create Date: 2026-11-25 08:57:18.243960
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('server_meta',
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_server_meta'))
    )
    op.create_table('site',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site')),
    sa.UniqueConstraint('name', name=op.f('uq_site_name'))
    )
    op.create_table('enrollment_code',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('expires_at', sa.String(length=40), nullable=False),
    sa.Column('used_at', sa.String(length=40), nullable=True),
    sa.Column('used_by', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_enrollment_code_site_id_site')),
    sa.PrimaryKeyConstraint('code_hash', name=op.f('pk_enrollment_code'))
    )
    with op.batch_alter_table('enrollment_code', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrollment_code_site_id'), ['site_id'], unique=False)

    op.create_table('event',
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('terminal_id', sa.String(length=36), nullable=False),
    sa.Column('type', sa.String(length=48), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('v', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=True),
    sa.Column('occurred_at', sa.String(length=40), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('received_at', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_event_site_id_site')),
    sa.PrimaryKeyConstraint('site_id', 'seq', name=op.f('pk_event')),
    sa.UniqueConstraint('site_id', 'id', name='uq_event_site_id_id')
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index('ix_event_site_id_order_id', ['site_id', 'order_id'], unique=False)

    op.create_table('master_data',
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=80), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_master_data_site_id_site')),
    sa.PrimaryKeyConstraint('site_id', 'kind', 'entity_id', name=op.f('pk_master_data'))
    )
    with op.batch_alter_table('master_data', schema=None) as batch_op:
        batch_op.create_index('ix_master_data_site_id_seq', ['site_id', 'seq'], unique=False)

    op.create_table('terminal',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.String(length=40), nullable=False),
    sa.Column('revoked_at', sa.String(length=40), nullable=True),
    sa.Column('last_seen_at', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_terminal_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_terminal')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_terminal_token_hash'))
    )
    with op.batch_alter_table('terminal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_terminal_site_id'), ['site_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('terminal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_terminal_site_id'))

    op.drop_table('terminal')
    with op.batch_alter_table('master_data', schema=None) as batch_op:
        batch_op.drop_index('ix_master_data_site_id_seq')

    op.drop_table('master_data')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_site_id_order_id')

    op.drop_table('event')
    with op.batch_alter_table('enrollment_code', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrollment_code_site_id'))

    op.drop_table('enrollment_code')
    op.drop_table('site')
    op.drop_table('server_meta')

