"""A pass at country scale: N open tasks, of which `--due` have a rule to fire now.

Prints the pass (fire + compose digests, before sending) next to the raw indexed query for the same rows,
for 100,000 and 1,000,000 tasks at the same number due, and the pass's peak memory.

Usage: python benchmarks/pass_scale.py [--sizes 100000,1000000] [--due 10000]
"""

import argparse
import resource
import shutil
import tempfile
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path

from common import agencies_toml, directive_toml, timed
from sqlalchemy import text

from tracker.config import DatabaseSettings, Settings
from tracker.db import init_schema, make_engine, transaction
from tracker.files.directive import read_directive
from tracker.services.agencies import load_agencies
from tracker.services.directives import register_directive
from tracker.services.passes import run_pass
from tracker.tomlfile import parse_toml

# The pass runs at 08:00 on Monday 2/3/2026; five working days later is Monday 9/3/2026.
NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
DUE_NOW = date(2026, 3, 9)
# The floor: the same rows straight from the partial index, no Python work.
DUE_ROWS = text("SELECT id, start_at, due_at FROM task WHERE next_alarm_at <= :now")
NOW_TEXT = NOW.strftime("%Y-%m-%d %H:%M:%S.%f")
LATER = [date(2026, 6 + month, day) for month in range(6) for day in (5, 10, 15, 20, 25)]


def build(size: int, due: int, folder: Path) -> tuple[Settings, object]:
    """A database with `size` tasks: `due` communes owe a reminder now, the rest much later."""
    settings = Settings(database=DatabaseSettings(url=f"sqlite:///{folder / f'pass-{size}.db'}"))
    engine = make_engine(settings.database.url)
    init_schema(engine)
    registered = datetime(2026, 1, 5, 2, tzinfo=UTC)
    with transaction(engine) as session:
        load_agencies(session, document=parse_toml(agencies_toml(due), "a.toml"), now=registered, actor="bench")
    items = size // due
    # Item 1 of directive 1 is due on 9/3 (its reminder fires now); every other item is due from June on.
    dues = [DUE_NOW] + [LATER[n % len(LATER)] for n in range(items - 1)]
    for number, start in enumerate(range(0, items, 10), start=1):
        plan = read_directive(parse_toml(directive_toml(number, dues[start:start + 10]), f"{number}.toml"))
        with transaction(engine) as session:
            register_directive(session, plan=plan, settings=settings, now=registered, actor="bench")
    return settings, engine


def main() -> None:
    """Build each size, then time the raw query and the pass."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--due", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    figures = {}
    for size in (int(value) for value in args.sizes.split(",")):
        print(f"-- {size} open tasks, {args.due} due", flush=True)
        settings, engine = timed(f"build {size} tasks", lambda size=size: build(size, args.due, folder))
        with engine.connect() as connection:  # type: ignore[attr-defined]
            rows = timed("raw indexed query for the due rows (the floor)",
                         lambda connection=connection: connection.execute(DUE_ROWS, {"now": NOW_TEXT}).all())
        # Memory is measured on a copy, in a second run: tracemalloc slows Python down several times.
        copy = folder / f"pass-{size}-memory.db"
        shutil.copyfile(folder / f"pass-{size}.db", copy)
        result = timed("pass: fire + compose digests (no sending)",
                       lambda settings=settings, engine=engine: run_pass(engine, now=NOW, settings=settings, transport=None))
        memory_settings = settings.model_copy(update={"database": DatabaseSettings(url=f"sqlite:///{copy}")})
        tracemalloc.start()
        run_pass(make_engine(memory_settings.database.url), now=NOW, settings=memory_settings, transport=None)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"  due rows {len(rows)}; fired {result.fired}, messages {result.messages}; peak Python memory of the pass "
              f"{peak / 1e6:.0f} MB; process max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.0f} MB",
              flush=True)
        again = timed("second pass at the same instant (nothing due)",
                      lambda settings=settings, engine=engine: run_pass(engine, now=NOW, settings=settings, transport=None))
        assert again.fired == 0
        figures[size] = result
    print(f"databases in {folder}")


if __name__ == "__main__":
    main()
