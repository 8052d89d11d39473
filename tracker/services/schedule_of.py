"""Rebuild an item's schedule (rules/) from its stored columns."""

from rules.schedules import Annual, Deadline, Recurrence, Schedule, Window, parse_annual
from tracker.models import Directive, Item

RECURRING_KINDS = ("recurrence", "annual")


def schedule_of(item: Item, directive: Directive) -> Schedule:
    """The item's schedule, as rules/ computes occurrences from it."""
    if item.schedule_kind == "deadline":
        assert item.due_on is not None
        return Deadline(due=item.due_on, start=item.start_on)
    if item.schedule_kind == "window":
        assert item.start_on is not None and item.due_on is not None
        return Window(start=item.start_on, end=item.due_on)
    first = item.start_on or directive.issued_on
    if item.schedule_kind == "recurrence":
        assert item.rrule is not None
        return Recurrence(rule=item.rrule, first=first, until=item.until_on)
    assert item.annual_day is not None
    month, day = parse_annual(item.annual_day)
    return Annual(month=month, day=day, first=first, until=item.until_on)


def item_columns(schedule: Schedule) -> dict[str, object]:
    """The Item columns that store a schedule."""
    columns: dict[str, object] = {"schedule_kind": schedule.kind, "start_on": None, "due_on": None,
                                  "rrule": None, "annual_day": None, "until_on": None}
    if isinstance(schedule, Deadline):
        columns.update(due_on=schedule.due, start_on=schedule.start)
    elif isinstance(schedule, Window):
        columns.update(start_on=schedule.start, due_on=schedule.end)
    elif isinstance(schedule, Recurrence):
        columns.update(rrule=schedule.rule, start_on=schedule.first, until_on=schedule.until)
    else:
        columns.update(annual_day=f"{schedule.month:02d}-{schedule.day:02d}", start_on=schedule.first,
                       until_on=schedule.until)
    return columns
