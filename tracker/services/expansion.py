"""Turning items into tasks: one per lead agency per occurrence, up to the horizon."""

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rules.dates import end_of_day, local_date, start_of_day
from rules.schedules import Occurrence, is_exhausted, occurrences
from tracker.models import Directive, Item
from tracker.services.alarms import Armer
from tracker.services.schedule_of import schedule_of


def horizon_end(now: datetime, *, horizon_days: int, tz: ZoneInfo) -> date:
    """The last day recurring items must have tasks for."""
    return local_date(now, tz) + timedelta(days=horizon_days)


def item_occurrences(item: Item, directive: Directive, *, through: date) -> tuple[list[Occurrence], bool]:
    """The item's occurrences up to `through`, and whether it has none after that."""
    schedule = schedule_of(item, directive)
    return occurrences(schedule, issued_on=directive.issued_on, through=through), is_exhausted(schedule, through=through)


def task_row(*, item: Item, issued_on: date, agency_id: int, occurrence: Occurrence, now: datetime, tz: ZoneInfo,
             armer: Armer) -> dict[str, Any]:
    """The column values of a new task, armed with its first alarm, ready for a bulk insert."""
    start_at, due_at = start_of_day(occurrence.start, tz), end_of_day(occurrence.due, tz)
    return {
        "item_id": item.id,
        "directive_id": item.directive_id,
        "agency_id": agency_id,
        "occurrence_on": occurrence.due,
        "start_at": start_at,
        "due_at": due_at,
        "completed_at": None,
        "completed_by": None,
        "note": None,
        "cancelled": False,
        "created_at": now,
        "next_alarm_at": armer.next_alarm(item.schedule_kind, start_at, due_at, issued_on),
    }
