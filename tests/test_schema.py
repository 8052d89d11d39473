"""The schema: created by migrations, idempotent, equal to the models, refused when missing."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from tracker.db import init_schema, make_engine
from tracker.models import metadata


def test_init_twice_is_harmless(cli):
    first, second = cli("init"), cli("init")
    assert (first.exit_code, second.exit_code) == (0, 0)
    assert first.stdout == second.stdout
    assert second.stdout.startswith("database ready at schema 00")


def test_migrations_build_exactly_the_models(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'schema.db'}")
    init_schema(engine)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []


def test_open_task_index_exists_for_the_due_time_questions(engine):
    indexes = {index["name"] for index in inspect(engine).get_indexes("task")}
    assert {"ix_task_open_due", "ix_task_agency_due"} <= indexes


def test_commands_before_init_say_to_run_init(cli):
    run = cli("tasks", "list")
    assert run.exit_code == 2
    assert run.stderr.strip() == "database: the database is not initialised: run `tracker init` first"


def test_foreign_keys_are_enforced_on_sqlite(engine):
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
