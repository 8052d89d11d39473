"""Task status, derived from a task's dates and `now`; never stored."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from rules.dates import end_of_day, local_date, require_aware


class Status(StrEnum):
    """The status vocabulary of PRODUCT.md, in the order a coordinator reads it."""

    not_started = "not_started"
    in_progress = "in_progress"
    due_soon = "due_soon"
    overdue = "overdue"
    done_on_time = "done_on_time"
    done_late = "done_late"
    cancelled = "cancelled"


OPEN_STATUSES = (Status.not_started, Status.in_progress, Status.due_soon, Status.overdue)
DONE_STATUSES = (Status.done_on_time, Status.done_late)


@dataclass(frozen=True)
class StatusClock:
    """The instants that split open tasks into statuses, computed once per pass from `now`."""

    now: datetime
    # A task whose deadline falls at or before this instant is due soon (when not yet overdue).
    due_soon_until: datetime


def status_clock(now: datetime, *, due_soon_days: int, tz: ZoneInfo) -> StatusClock:
    """Freeze `now` and the due-soon threshold: due soon means the last day is within due_soon_days."""
    today = local_date(now, tz)
    return StatusClock(now=require_aware(now), due_soon_until=end_of_day(today + timedelta(days=due_soon_days), tz))


def task_status(
    *,
    start_at: datetime,
    due_at: datetime,
    completed_at: datetime | None,
    cancelled: bool,
    clock: StatusClock,
) -> Status:
    """The status of one task at clock.now; a completion recorded after now does not count yet."""
    now = clock.now
    if cancelled:
        return Status.cancelled
    if completed_at is not None and completed_at <= now:
        return Status.done_on_time if completed_at <= due_at else Status.done_late
    if now < start_at:
        return Status.not_started
    if now > due_at:
        return Status.overdue
    if due_at <= clock.due_soon_until:
        return Status.due_soon
    return Status.in_progress


def days_left(due_day: date, now: datetime, tz: ZoneInfo) -> int:
    """Days from today to the last day: 0 on the day itself, negative once late."""
    return (due_day - local_date(now, tz)).days


def on_time_rate(*, done_on_time: int, done_late: int, overdue: int) -> float | None:
    """done_on_time / (done_on_time + done_late + overdue), or None when nothing is judged yet."""
    judged = done_on_time + done_late + overdue
    return round(done_on_time / judged, 4) if judged else None
