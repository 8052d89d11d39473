"""Firing rules: find the tasks whose next alarm has come (one indexed range), record each fired rule once."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from rules.alarms import Rule, TaskTimes, due_rules, is_stale
from rules.dates import local_date
from tracker.config import Settings
from tracker.models import Directive, Item, Notification, Task, table_of

CHUNK = 5000


@dataclass
class FireResult:
    """What a pass recorded: notifications queued for sending, and those skipped (with why)."""

    queued: int = 0
    skipped: int = 0


def fire_due_rules(session: Session, *, now: datetime, settings: Settings, pass_id: str) -> FireResult:
    """Record every rule due by `now` on open tasks, once per task, rule and deadline; move each task's alarm on."""
    result = FireResult()
    rules = settings.alarm_rules
    tz, calendar, send_at = settings.tz, settings.working_calendar, settings.notifications.send_at

    @lru_cache(maxsize=65536)
    def evaluate(kind: str, start_at: datetime, due_at: datetime, issued_on: date, fired: frozenset[str]) -> Any:
        # The tasks of one item share their dates: evaluate the rules once per distinct case.
        times = TaskTimes(start_on=local_date(start_at, tz), due_on=local_date(due_at, tz), due_at=due_at,
                          start_at=start_at, issued_on=issued_on)
        ready, upcoming = due_rules(rules, times, schedule_kind=kind, fired=fired, now=now, calendar=calendar,
                                    send_at=send_at, tz=tz)
        return ready, upcoming, _decide(ready, due_at=due_at, now=now)

    while True:
        rows = session.exec(select(Task.id, Task.start_at, Task.due_at, Item.schedule_kind, Directive.issued_on)
                            .join(Item, col(Item.id) == Task.item_id).join(Directive, col(Directive.id) == Task.directive_id)
                            .where(col(Task.next_alarm_at) <= now).order_by(col(Task.next_alarm_at)).limit(CHUNK)).all()
        if not rows:
            return result
        ids = [row[0] for row in rows]
        fired = _fired_rules(session, ids)
        notifications: list[dict[str, Any]] = []
        alarms: list[dict[str, Any]] = []
        for task_id, start_at, due_at, kind, issued_on in rows:
            ready, upcoming, decisions = evaluate(kind, start_at, due_at, issued_on, frozenset(fired[task_id]))
            for rule, moment, state, reason in decisions:
                notifications.append({"task_id": task_id, "rule": rule.name, "kind": rule.kind.value, "due_at": due_at,
                                      "fire_at": moment, "fired_at": now, "pass_id": pass_id, "state": state,
                                      "reason": reason})
                if state == "queued":
                    result.queued += 1
                else:
                    result.skipped += 1
            alarms.append({"task_id": task_id, "moment": upcoming})
        if notifications:
            session.execute(_insert_once(session), notifications)
        table = table_of(Task)
        session.execute(update(table).where(table.c.id == bindparam("task_id")).values(next_alarm_at=bindparam("moment")),
                        alarms)


Decision = tuple[Rule, datetime, str, str | None]


def _decide(ready: list[tuple[Rule, datetime]], *, due_at: datetime, now: datetime) -> list[Decision]:
    """Catch-up policy: stale reminders are skipped; of several rules of one kind due at once, only the latest goes out."""
    latest: dict[str, str] = {}
    for rule, _ in ready:
        latest[rule.kind.value] = rule.name  # ready is sorted by fire time
    decisions: list[Decision] = []
    for rule, moment in ready:
        if is_stale(rule, due_at=due_at, now=now):
            decisions.append((rule, moment, "skipped", "the deadline had passed when the pass ran (catch-up)"))
        elif latest[rule.kind.value] != rule.name:
            decisions.append((rule, moment, "skipped", f"superseded by {latest[rule.kind.value]} in the same pass"))
        else:
            decisions.append((rule, moment, "queued", None))
    return decisions


def _fired_rules(session: Session, task_ids: list[int]) -> dict[int, set[str]]:
    """Rules already fired for each task against the deadline now in force."""
    fired: dict[int, set[str]] = defaultdict(set)
    rows = session.exec(select(Notification.task_id, Notification.rule)
                        .join(Task, (col(Task.id) == Notification.task_id) & (col(Task.due_at) == Notification.due_at))
                        .where(col(Notification.task_id).in_(task_ids))).all()
    for task_id, rule in rows:
        fired[task_id].add(rule)
    return fired


def _insert_once(session: Session) -> Any:
    """INSERT that silently keeps the row already there: the unique key makes a second firing impossible."""
    table = table_of(Notification)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=["task_id", "rule", "due_at"])
    if dialect == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=["task_id", "rule", "due_at"])
    raise NotImplementedError(f"no insert-once for {dialect}")
