"""Schedules of directive items and the occurrences (start day, last day) they expand into."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from dateutil.rrule import rrule, rrulestr

ScheduleKind = Literal["deadline", "window", "recurrence", "annual"]

# Sub-daily frequencies make no sense for tasks whose unit is a day.
_ALLOWED_FREQS = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}


class ScheduleError(ValueError):
    """A schedule that cannot produce tasks (bad RRULE, window ending before it starts, ...)."""


@dataclass(frozen=True)
class Occurrence:
    """One due date of an item: the task is open from `start` and its last day is `due`."""

    start: date
    due: date


@dataclass(frozen=True)
class Deadline:
    """One last day; the work may start from `start` (by default the issue date)."""

    due: date
    start: date | None = None
    kind: ScheduleKind = "deadline"


@dataclass(frozen=True)
class Window:
    """A campaign window: not started before `start`, due at the end of `end`."""

    start: date
    end: date
    kind: ScheduleKind = "window"


@dataclass(frozen=True)
class Recurrence:
    """A reporting cycle: an RFC 5545 RRULE counted from `first`, optionally ending on `until`."""

    rule: str
    first: date
    until: date | None = None
    kind: ScheduleKind = "recurrence"


@dataclass(frozen=True)
class Annual:
    """A day of the year (month, day), every year from `first`, optionally until `until`."""

    month: int
    day: int
    first: date
    until: date | None = None
    kind: ScheduleKind = "annual"


Schedule = Deadline | Window | Recurrence | Annual


def validate(schedule: Schedule) -> None:
    """Raise ScheduleError when the schedule can never yield a sensible task."""
    if isinstance(schedule, Deadline):
        if schedule.start is not None and schedule.start > schedule.due:
            raise ScheduleError(f"start {schedule.start} is after the deadline {schedule.due}")
    elif isinstance(schedule, Window):
        if schedule.end < schedule.start:
            raise ScheduleError(f"window ends ({schedule.end}) before it starts ({schedule.start})")
    elif isinstance(schedule, Annual):
        if (schedule.month, schedule.day) == (2, 29):
            raise ScheduleError("29 February does not occur every year; choose 28/2 or 1/3")
        try:
            date(2001, schedule.month, schedule.day)
        except ValueError:
            raise ScheduleError(f"day {schedule.day} of month {schedule.month} does not exist") from None
        _check_until(schedule.first, schedule.until)
    else:
        _check_until(schedule.first, schedule.until)
        rule = _parse_rule(schedule.rule, schedule.first, schedule.until)
        if rule.after(_midnight(schedule.first), inc=True) is None:
            raise ScheduleError(f"RRULE '{schedule.rule}' yields no date from {schedule.first}")


def occurrences(schedule: Schedule, *, issued_on: date, through: date) -> list[Occurrence]:
    """Every occurrence whose last day is on or before `through` (the horizon), in order."""
    if isinstance(schedule, Deadline):
        return [Occurrence(start=min(schedule.start or issued_on, schedule.due), due=schedule.due)]
    if isinstance(schedule, Window):
        return [Occurrence(start=schedule.start, due=schedule.end)]
    rule = _rule_of(schedule)
    days = [moment.date() for moment in rule.between(_midnight(schedule.first), _midnight(through), inc=True)]
    result = []
    previous: date | None = None
    for day in days:
        # A reporting period runs from the day after the previous report; the first from the issue date.
        start = previous + timedelta(days=1) if previous else min(issued_on, day)
        result.append(Occurrence(start=start, due=day))
        previous = day
    return result


def is_exhausted(schedule: Schedule, *, through: date) -> bool:
    """True when the schedule has no occurrence after `through`: the horizon never needs extending."""
    if isinstance(schedule, (Deadline, Window)):
        return True
    return _rule_of(schedule).after(_midnight(through), inc=False) is None


def parse_annual(text: str) -> tuple[int, int]:
    """Read an annual day: "07-30" (month-day, as in ISO) or "30/7" (day-first, as people write)."""
    value = text.strip()
    parts = value.split("-") if "-" in value else value.replace(".", "/").split("/")
    if len(parts) != 2 or not all(part.strip().isdigit() for part in parts):
        raise ScheduleError(f"annual day '{text}' must be MM-DD (07-30) or day/month (30/7)")
    first, second = (int(part) for part in parts)
    month, day = (first, second) if "-" in value else (second, first)
    if not 1 <= month <= 12:
        raise ScheduleError(f"annual day '{text}': month {month} does not exist")
    return month, day


def _rule_of(schedule: Recurrence | Annual) -> rrule:
    if isinstance(schedule, Annual):
        text = f"FREQ=YEARLY;BYMONTH={schedule.month};BYMONTHDAY={schedule.day}"
        return _parse_rule(text, schedule.first, schedule.until)
    return _parse_rule(schedule.rule, schedule.first, schedule.until)


def _parse_rule(text: str, first: date, until: date | None) -> rrule:
    """Parse an RRULE with naive midnight DTSTART and UNTIL (dateutil wants both naive or both aware)."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[len("RRULE:"):]
    fields = {}
    for part in body.split(";"):
        if "=" not in part:
            raise ScheduleError(f"RRULE '{text}': '{part}' is not NAME=VALUE")
        name, _, value = part.partition("=")
        fields[name.strip().upper()] = value.strip()
    if "DTSTART" in fields:
        raise ScheduleError("RRULE must not carry DTSTART: write `from` instead")
    freq = fields.get("FREQ")
    if freq not in _ALLOWED_FREQS:
        raise ScheduleError(f"RRULE '{text}': FREQ must be one of {', '.join(sorted(_ALLOWED_FREQS))}")
    if until is not None and "UNTIL" in fields:
        raise ScheduleError("give the end either as `until` or as UNTIL in the RRULE, not both")
    if until is not None and "COUNT" in fields:
        raise ScheduleError("RRULE COUNT cannot be combined with `until`")
    try:
        rule = rrulestr(body, dtstart=_midnight(first), ignoretz=True)
    except (ValueError, TypeError) as error:
        raise ScheduleError(f"RRULE '{text}' is not valid: {error}") from None
    if not isinstance(rule, rrule):
        raise ScheduleError(f"RRULE '{text}' must be a single rule")
    if until is not None:
        rule = rule.replace(until=_midnight(until))
    return rule


def _check_until(first: date, until: date | None) -> None:
    if until is not None and until < first:
        raise ScheduleError(f"until {until} is before the first day {first}")


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)
