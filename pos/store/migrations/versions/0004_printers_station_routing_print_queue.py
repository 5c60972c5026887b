"""printers, station routing, print queue

Printers as data; stations get a printer, a backup printer and an output (printer,
KDS or both); categories can route to a station; print jobs are rows written in
the transaction of the send that caused them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 08:43:13.209087
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('printer',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('transport', sa.String(length=16), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('columns', sa.Integer(), nullable=False),
    sa.Column('profile', sa.String(length=32), nullable=False),
    sa.Column('codepage', sa.String(length=16), nullable=False),
    sa.Column('cutter', sa.Boolean(), nullable=False),
    sa.Column('buzzer', sa.Boolean(), nullable=False),
    sa.Column('check_status', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_printer')),
    sa.UniqueConstraint('name', name=op.f('uq_printer_name'))
    )
    op.create_table('print_job',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('ticket_kind', sa.String(length=16), nullable=False),
    sa.Column('order_id', sa.String(length=36), nullable=True),
    sa.Column('station', sa.String(length=64), nullable=True),
    sa.Column('printer_id', sa.String(length=36), nullable=False),
    sa.Column('planned_printer_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('maybe_printed', sa.Boolean(), nullable=False),
    sa.Column('rerouted_from', sa.String(length=64), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('document', sa.Text(), nullable=False),
    sa.Column('printed_at', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['planned_printer_id'], ['printer.id'], name=op.f('fk_print_job_planned_printer_id_printer')),
    sa.ForeignKeyConstraint(['printer_id'], ['printer.id'], name=op.f('fk_print_job_printer_id_printer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_job'))
    )
    with op.batch_alter_table('print_job', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_print_job_order_id'), ['order_id'], unique=False)
        batch_op.create_index('ix_print_job_status', ['status'], unique=False)

    with op.batch_alter_table('menu_category', schema=None) as batch_op:
        batch_op.add_column(sa.Column('station_id', sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_menu_category_station_id_station'), 'station', ['station_id'], ['id'])

    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.add_column(sa.Column('printer_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('backup_printer_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('output', sa.String(length=8), server_default='printer', nullable=False))
        batch_op.create_foreign_key(batch_op.f('fk_station_printer_id_printer'), 'printer', ['printer_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_station_backup_printer_id_printer'), 'printer', ['backup_printer_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_station_backup_printer_id_printer'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_station_printer_id_printer'), type_='foreignkey')
        batch_op.drop_column('output')
        batch_op.drop_column('backup_printer_id')
        batch_op.drop_column('printer_id')

    with op.batch_alter_table('menu_category', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_menu_category_station_id_station'), type_='foreignkey')
        batch_op.drop_column('station_id')

    with op.batch_alter_table('print_job', schema=None) as batch_op:
        batch_op.drop_index('ix_print_job_status')
        batch_op.drop_index(batch_op.f('ix_print_job_order_id'))

    op.drop_table('print_job')
    op.drop_table('printer')
