"""terminal.code: the site-unique letter of each terminal's check numbers

Every terminal started as "A", so two terminals of one restaurant printed the same
check numbers. The server now gives each enrolled terminal its own letter (A, B, ...
in enrollment order per site); terminals already enrolled get theirs here and take it
at their next enrollment.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 12:00:00
"""
import itertools
import string
from collections.abc import Iterator, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _codes() -> Iterator[str]:
    yield from string.ascii_uppercase
    for n in itertools.count(2):
        for combo in itertools.product(string.ascii_uppercase, repeat=n):
            yield "".join(combo)


def upgrade() -> None:
    with op.batch_alter_table('terminal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code', sa.String(length=8), server_default='',
                                      nullable=False))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, site_id FROM terminal "
                                "ORDER BY site_id, enrolled_at, id")).all()
    for _site, group in itertools.groupby(rows, key=lambda r: r.site_id):
        for row, code in zip(group, _codes(), strict=False):
            conn.execute(sa.text("UPDATE terminal SET code = :code WHERE id = :id"),
                         {"code": code, "id": row.id})


def downgrade() -> None:
    with op.batch_alter_table('terminal', schema=None) as batch_op:
        batch_op.drop_column('code')
