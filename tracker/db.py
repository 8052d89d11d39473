"""Engine, sessions and schema: SQLite by default (WAL, foreign keys on), PostgreSQL by URL."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from tracker.errors import InputError

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str) -> Engine:
    """An engine for the URL; SQLite files get their folder created and the pragmas a server would need."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(connection, _record) -> None:  # type: ignore[no-untyped-def]
    # We emit BEGIN ourselves (see _sqlite_begin), so the driver must not start transactions on its own.
    connection.isolation_level = None
    # SQLite ignores foreign keys unless told on every connection; WAL lets readers run beside a writer.
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection) -> None:  # type: ignore[no-untyped-def]
    # A writing transaction takes the write lock at BEGIN: a second pass waits for the first to commit
    # and then reads what it wrote, instead of failing to upgrade a stale snapshot.
    immediate = connection.get_execution_options().get("immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One session, one writing transaction: committed when the block ends, rolled back if it raises."""
    with Session(engine.execution_options(immediate=True), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def _alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def init_schema(engine: Engine) -> str:
    """Create or upgrade the schema to the newest migration (idempotent); returns the revision."""
    command.upgrade(_alembic_config(engine), "head")
    return current_revision(engine) or ""


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at, or None when it was never initialised."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def require_schema(engine: Engine) -> None:
    """Refuse to work on a database that `tracker init` has not prepared or that is out of date."""
    head = ScriptDirectory.from_config(_alembic_config(engine)).get_current_head()
    current = current_revision(engine)
    if current is None:
        raise InputError.single("the database is not initialised: run `tracker init` first",
                                field="database")
    if current != head:
        raise InputError.single(f"the database schema is at {current}, the code needs {head}: "
                                "run `tracker init` to upgrade", field="database")
