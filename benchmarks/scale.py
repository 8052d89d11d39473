"""Country scale: 10,000 communes, a million tasks; prints how long registration, lists and reports take.

Usage: python benchmarks/scale.py [--communes 10000] [--directives 25] [--items 4] [--db PATH]
"""

import argparse
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from common import agencies_toml, directive_toml, timed
from sqlalchemy import func, select
from sqlmodel import Session

from rules.status import Status, status_clock
from tracker.config import DatabaseSettings, Settings
from tracker.db import init_schema, make_engine, transaction
from tracker.files.directive import read_directive
from tracker.models import Task
from tracker.services.agencies import load_agencies
from tracker.services.directives import register_directive
from tracker.services.horizon import extend_horizon
from tracker.services.reports import agency_report
from tracker.services.tasks import TaskFilter, list_tasks
from tracker.tomlfile import parse_toml


def main() -> None:
    """Build the database and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--communes", type=int, default=10_000)
    parser.add_argument("--directives", type=int, default=25)
    parser.add_argument("--items", type=int, default=4)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "scale.db"
    settings = Settings(database=DatabaseSettings(url=f"sqlite:///{path}"))
    engine = make_engine(settings.database.url)
    init_schema(engine)
    registered_at = datetime(2026, 1, 5, 2, tzinfo=UTC)
    with transaction(engine) as session:
        timed(f"load {args.communes} agencies + 1 group", lambda: load_agencies(
            session, document=parse_toml(agencies_toml(args.communes), "agencies.toml"), now=registered_at,
            actor="bench"))
    per_directive = []
    for number in range(1, args.directives + 1):
        dues = [date(2026, 1 + (number + ref * 3) % 12, 10) for ref in range(args.items)]
        plan = read_directive(parse_toml(directive_toml(number, dues), f"{number}.toml"))
        start = time.perf_counter()
        with transaction(engine) as session:
            register_directive(session, plan=plan, settings=settings, now=registered_at, actor="bench")
        per_directive.append(time.perf_counter() - start)
    with Session(engine) as session:
        total = session.exec(select(func.count()).select_from(Task)).one()[0]  # type: ignore[call-overload]
    print(f"register {args.directives} directives x {args.items} items x {args.communes} communes"
          f" ({total} tasks): {sum(per_directive):.1f} s, {max(per_directive):.2f} s the slowest")
    now = datetime(2026, 6, 15, 3, tzinfo=UTC)
    clock = status_clock(now, due_soon_days=3, tz=settings.tz)
    with Session(engine) as session:
        timed("tasks list --agency XA-04242 (one commune's tasks)", lambda: list_tasks(
            session, clock=clock, tz=settings.tz, where=TaskFilter(agency="XA-04242")))
        timed("tasks list --status due_soon (whole country)", lambda: list_tasks(
            session, clock=clock, tz=settings.tz, where=TaskFilter(statuses=(Status.due_soon,))))
        timed("tasks list --status overdue --limit 50", lambda: list_tasks(
            session, clock=clock, tz=settings.tz, where=TaskFilter(statuses=(Status.overdue,), limit=50)))
        timed("tasks due in the next 7 days (open-due index range)", lambda: list_tasks(
            session, clock=clock, tz=settings.tz, where=TaskFilter(due_from=now, due_until=now + timedelta(days=7),
                                                                  limit=1000)))
        rows = timed("report (every agency, one grouped query)", lambda: agency_report(session, clock=clock))
        print(f"  report rows: {len(rows)}")
    with transaction(engine) as session:
        timed("horizon pass with nothing to extend", lambda: extend_horizon(session, now=now, settings=settings))
    print(f"database: {path} ({path.stat().st_size / 1e6:.0f} MB)")


if __name__ == "__main__":
    main()
