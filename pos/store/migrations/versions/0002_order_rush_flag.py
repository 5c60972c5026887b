"""orders: rush flag (moves a ticket up on the kitchen display)

Rebuilds the ``orders`` table in batch mode while ``order_line`` and ``payment``
reference it with ON DELETE CASCADE: the migration runner switches foreign keys
off before the transaction, so the rebuild keeps every child row.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 07:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("orders", recreate="always") as batch_op:
        batch_op.add_column(
            sa.Column("rush", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("orders", recreate="always") as batch_op:
        batch_op.drop_column("rush")
