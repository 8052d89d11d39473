"""The status of rules/status.py as SQL, so lists and statistics stay set-based at a million tasks.

tests/test_status_sql.py checks that both give the same answer for every case."""

from typing import Any

from sqlalchemy import ColumnElement, and_, case, false, not_, or_
from sqlmodel import col

from rules.status import Status, StatusClock
from tracker.models import Task


def status_conditions(clock: StatusClock) -> dict[Status, ColumnElement[bool]]:
    """For each status, a WHERE clause matching exactly the tasks in it at clock.now."""
    now = clock.now
    cancelled = col(Task.cancelled).is_(True)
    live = not_(col(Task.cancelled))
    done = and_(col(Task.completed_at).is_not(None), col(Task.completed_at) <= now)
    # Open as of `now`: not cancelled, and not completed (or completed only after `now`).
    open_ = and_(live, or_(col(Task.completed_at).is_(None), col(Task.completed_at) > now))
    started = col(Task.start_at) <= now
    return {
        Status.cancelled: cancelled,
        Status.done_on_time: and_(live, done, col(Task.completed_at) <= col(Task.due_at)),
        Status.done_late: and_(live, done, col(Task.completed_at) > col(Task.due_at)),
        Status.not_started: and_(open_, col(Task.start_at) > now),
        Status.overdue: and_(open_, started, col(Task.due_at) < now),
        Status.due_soon: and_(open_, started, col(Task.due_at) >= now, col(Task.due_at) <= clock.due_soon_until),
        Status.in_progress: and_(open_, started, col(Task.due_at) > clock.due_soon_until),
    }


def status_case(clock: StatusClock) -> Any:
    """A CASE expression that evaluates to the status name of each task."""
    conditions = status_conditions(clock)
    return case(*((condition, status.value) for status, condition in conditions.items()), else_=None)


def status_filter(statuses: list[Status], clock: StatusClock) -> ColumnElement[bool]:
    """A WHERE clause for tasks in any of the given statuses."""
    conditions = status_conditions(clock)
    return or_(*(conditions[status] for status in statuses)) if statuses else false()

