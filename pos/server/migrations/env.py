"""Alembic environment of the server's store: runs on the connection it is handed."""

from alembic import context

from pos.server import models  # noqa: F401  (registers every table on the metadata)
from pos.server.models import ServerBase

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Server migrations run through pos.server.store.migrate, which hands "
                       "Alembic a prepared connection.")

context.configure(
    connection=connection,
    target_metadata=ServerBase.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
