"""staff: drop the per-person PIN counters

Servers log in by PIN alone, so a wrong PIN names nobody: the lock-out counts per
terminal (settings ``pin_failures`` / ``pin_locked_until``), and these columns
were never written.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("staff") as batch_op:
        batch_op.drop_column("failed_pins")
        batch_op.drop_column("locked_until")


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch_op:
        batch_op.add_column(sa.Column("failed_pins", sa.Integer(), nullable=False,
                                      server_default="0"))
        batch_op.add_column(sa.Column("locked_until", sa.String(length=40), nullable=True))
