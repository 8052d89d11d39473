"""Alembic environment: runs migrations on the engine tracker hands over (no alembic.ini needed)."""

from alembic import context

import tracker.models  # noqa: F401  (registers every table on the metadata)
from tracker.models.base import metadata

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=metadata,
                      render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()
