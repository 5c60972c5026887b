"""Alembic environment: runs on the connection the app hands over, in batch mode."""

from alembic import context

from pos.store import models  # noqa: F401  (registers every table on the metadata)
from pos.store.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Run migrations through `pos db upgrade` (pos.store.migrate), which hands Alembic "
        "a prepared connection."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
