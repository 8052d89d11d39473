"""Notification rules ("at due - 5 working days, notify lead with a reminder") and when each fires."""

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from rules.workdays import WorkingCalendar

ANCHORS = ("due", "start", "issued")
AUDIENCES = ("lead", "cooperating", "coordinator", "issuer", "supervisor")
SCHEDULE_KINDS = ("deadline", "window", "recurrence", "annual")

_AT = re.compile(r"^\s*(?P<anchor>[a-z]+)\s*(?:(?P<sign>[+-])\s*(?P<amount>\d+)\s*(?P<unit>working\s+days?|days?|hours?))?\s*$")


class Kind(StrEnum):
    """What a notification says, in the order a digest lists them."""

    overdue = "overdue"
    escalation = "escalation"
    reminder = "reminder"
    notice = "notice"


KIND_ORDER = {kind: position for position, kind in enumerate(Kind)}


class RuleError(ValueError):
    """A rule that cannot be understood: names what is wrong."""


@dataclass(frozen=True)
class Offset:
    """A signed distance from an anchor: calendar days, working days or hours."""

    amount: int
    unit: str  # "days" | "working_days" | "hours"


@dataclass(frozen=True)
class Rule:
    """At anchor + offset, notify the audiences with a kind, for tasks whose schedule kind applies."""

    name: str
    anchor: str
    offset: Offset
    notify: tuple[str, ...]
    kind: Kind
    applies_to: tuple[str, ...] = SCHEDULE_KINDS


@dataclass(frozen=True)
class TaskTimes:
    """What a rule's fire time depends on."""

    start_on: date
    due_on: date
    due_at: datetime
    start_at: datetime
    issued_on: date


def parse_at(text: str) -> tuple[str, Offset]:
    """Read "due - 5 working days", "due + 1 day", "start", "due + 2 hours" into an anchor and an offset."""
    match = _AT.match(text.lower())
    if not match:
        raise RuleError(f"'{text}' is not <anchor> [+|- N days|working days|hours]")
    anchor = match.group("anchor")
    if anchor not in ANCHORS:
        raise RuleError(f"unknown anchor '{anchor}' (use {', '.join(ANCHORS)})")
    if match.group("sign") is None:
        return anchor, Offset(0, "days")
    amount = int(match.group("amount")) * (-1 if match.group("sign") == "-" else 1)
    unit = match.group("unit")
    if unit.startswith("working"):
        return anchor, Offset(amount, "working_days")
    return anchor, Offset(amount, "hours" if unit.startswith("hour") else "days")


def make_rule(*, name: str, at: str, notify: list[str], kind: str, applies_to: list[str] | None = None) -> Rule:
    """A validated rule; RuleError names the part that is wrong."""
    anchor, offset = parse_at(at)
    unknown = [who for who in notify if who not in AUDIENCES]
    if unknown or not notify:
        raise RuleError(f"unknown audience '{unknown[0]}' (use {', '.join(AUDIENCES)})" if unknown
                        else "notify needs at least one audience")
    if kind not in Kind.__members__:
        raise RuleError(f"unknown kind '{kind}' (use {', '.join(Kind)})")
    kinds = tuple(applies_to) if applies_to else SCHEDULE_KINDS
    bad = [value for value in kinds if value not in SCHEDULE_KINDS]
    if bad:
        raise RuleError(f"unknown schedule kind '{bad[0]}' in applies_to (use {', '.join(SCHEDULE_KINDS)})")
    return Rule(name=name, anchor=anchor, offset=offset, notify=tuple(notify), kind=Kind(kind), applies_to=kinds)


def fire_time(rule: Rule, times: TaskTimes, *, calendar: WorkingCalendar, send_at: time, tz: ZoneInfo) -> datetime:
    """When the rule fires for a task: day offsets land at send_at local time; hour offsets from the instant."""
    if rule.offset.unit == "hours":
        instant = {"due": times.due_at, "start": times.start_at}.get(rule.anchor)
        if instant is None:
            instant = datetime.combine(times.issued_on, time(0), tzinfo=tz)
        return instant + timedelta(hours=rule.offset.amount)
    day = {"due": times.due_on, "start": times.start_on, "issued": times.issued_on}[rule.anchor]
    if rule.offset.unit == "working_days":
        day = calendar.add_working_days(day, rule.offset.amount)
    else:
        day += timedelta(days=rule.offset.amount)
    return datetime.combine(day, send_at, tzinfo=tz).astimezone(ZoneInfo("UTC"))


def is_stale(rule: Rule, *, due_at: datetime, now: datetime) -> bool:
    """Catch-up: a reminder or notice whose deadline has already passed is no longer worth sending."""
    return rule.kind in (Kind.reminder, Kind.notice) and due_at < now


def due_rules(rules: list[Rule], times: TaskTimes, *, schedule_kind: str, fired: frozenset[str], now: datetime,
              calendar: WorkingCalendar, send_at: time, tz: ZoneInfo) -> tuple[list[tuple[Rule, datetime]], datetime | None]:
    """The rules to fire by `now` (with their fire times) and the next fire time after them, or None."""
    ready: list[tuple[Rule, datetime]] = []
    upcoming: datetime | None = None
    for rule in rules:
        if rule.name in fired or schedule_kind not in rule.applies_to:
            continue
        moment = fire_time(rule, times, calendar=calendar, send_at=send_at, tz=tz)
        if moment <= now:
            ready.append((rule, moment))
        elif upcoming is None or moment < upcoming:
            upcoming = moment
    ready.sort(key=lambda pair: (pair[1], KIND_ORDER[pair[0].kind]))
    return ready, upcoming


def next_fire(rules: list[Rule], times: TaskTimes, *, schedule_kind: str, fired: frozenset[str],
              calendar: WorkingCalendar, send_at: time, tz: ZoneInfo) -> datetime | None:
    """The earliest fire time among the rules not fired yet (past ones included: they are owed)."""
    moments = [fire_time(rule, times, calendar=calendar, send_at=send_at, tz=tz) for rule in rules
               if rule.name not in fired and schedule_kind in rule.applies_to]
    return min(moments) if moments else None
