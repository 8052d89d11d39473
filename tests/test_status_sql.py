"""The SQL form of the status gives exactly what rules/status.py gives, for every case and several moments."""

from datetime import date, datetime, timedelta
from itertools import product

import pytest
from conftest import VN
from sqlalchemy import select
from sqlmodel import Session

from rules.dates import end_of_day, start_of_day
from rules.status import status_clock, task_status
from tracker.models import Agency, Directive, Item, Task
from tracker.services.status_sql import status_case, status_conditions

BASE = date(2021, 6, 9)
NOWS = [datetime(2021, 6, 9, 8, tzinfo=VN), datetime(2021, 6, 10, 0, tzinfo=VN), datetime(2021, 6, 6, 23, 59, tzinfo=VN),
        datetime(2021, 7, 1, 0, tzinfo=VN)]


@pytest.fixture
def grid(engine):
    """Tasks for every combination of start, due, completion and cancellation around 9/6/2021."""
    starts = [start_of_day(BASE + timedelta(days=offset), VN) for offset in (-30, 0, 22)]
    dues = [end_of_day(BASE + timedelta(days=offset), VN) for offset in (-1, 0, 2, 3, 4, 40)]
    completions = [None, end_of_day(BASE, VN), end_of_day(BASE, VN) + timedelta(seconds=1),
                   end_of_day(BASE + timedelta(days=30), VN)]
    now = datetime(2021, 6, 1, tzinfo=VN)
    with Session(engine) as session:
        agency = Agency(code="A", name="A")
        session.add(agency)
        session.flush()
        directive = Directive(number="1/KH", kind="ke-hoach", title="t", issuer_id=agency.id, issued_on=BASE,
                              coordinator_id=agency.id, registered_at=now, updated_at=now)
        session.add(directive)
        session.flush()
        item = Item(directive_id=directive.id, ref="1", position=0, title="t", schedule_kind="deadline")
        session.add(item)
        session.flush()
        for number, (start, due, completed, cancelled) in enumerate(product(starts, dues, completions, (False, True))):
            session.add(Task(item_id=item.id, directive_id=directive.id, agency_id=agency.id,
                             occurrence_on=BASE + timedelta(days=number), start_at=start, due_at=due,
                             completed_at=completed, cancelled=cancelled, created_at=now))
        session.commit()
    return engine


@pytest.mark.parametrize("now", NOWS)
def test_sql_case_and_filters_match_the_rules(grid, now):
    clock = status_clock(now, due_soon_days=3, tz=VN)
    with Session(grid) as session:
        rows = session.execute(select(Task, status_case(clock))).all()
        expected = {task.id: task_status(start_at=task.start_at, due_at=task.due_at, completed_at=task.completed_at,
                                         cancelled=task.cancelled, clock=clock).value for task, _ in rows}
        assert {task.id: sql_status for task, sql_status in rows} == expected
        for status, condition in status_conditions(clock).items():
            found = set(session.execute(select(Task.id).where(condition)).scalars())
            assert found == {task_id for task_id, value in expected.items() if value == status.value}, status
    assert len(set(expected.values())) >= 4  # the grid really spreads over the statuses
