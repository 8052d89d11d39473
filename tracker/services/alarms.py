"""Arming tasks: each open task stores the next time one of its rules fires, so a pass is one range query."""

from datetime import date, datetime
from functools import lru_cache

from sqlalchemy import bindparam, not_, update
from sqlmodel import Session, col, select

from rules.alarms import TaskTimes, next_fire
from rules.dates import local_date
from tracker.config import Settings
from tracker.models import Directive, Item, Notification, Task, table_of


class Armer:
    """Computes next_alarm_at from the configured rules; memoised, since a group's tasks share their dates."""

    def __init__(self, settings: Settings) -> None:
        self.rules = settings.alarm_rules
        self.calendar = settings.working_calendar
        self.send_at = settings.notifications.send_at
        self.tz = settings.tz
        self.next_alarm = lru_cache(maxsize=65536)(self._next_alarm)

    def _next_alarm(self, schedule_kind: str, start_at: datetime, due_at: datetime, issued_on: date,
                    fired: frozenset[str] = frozenset()) -> datetime | None:
        times = TaskTimes(start_on=local_date(start_at, self.tz), due_on=local_date(due_at, self.tz), due_at=due_at,
                          start_at=start_at, issued_on=issued_on)
        return next_fire(self.rules, times, schedule_kind=schedule_kind, fired=fired, calendar=self.calendar,
                         send_at=self.send_at, tz=self.tz)


def rearm_tasks(session: Session, *, task_ids: list[int], armer: Armer) -> int:
    """Recompute next_alarm_at of these tasks (after an extension, a return, a replace, new rules)."""
    updates = []
    for chunk_start in range(0, len(task_ids), 5000):
        chunk = task_ids[chunk_start:chunk_start + 5000]
        rows = session.exec(select(Task.id, Task.start_at, Task.due_at, Task.completed_at, Task.cancelled,
                                   Item.schedule_kind, Directive.issued_on)
                            .join(Item, col(Item.id) == Task.item_id).join(Directive, col(Directive.id) == Task.directive_id)
                            .where(col(Task.id).in_(chunk))).all()
        fired: dict[int, set[str]] = {}
        # Rules fired against the deadline now in force (an extension re-arms every rule).
        for task_id, rule in session.exec(select(Notification.task_id, Notification.rule)
                                          .join(Task, (col(Task.id) == Notification.task_id)
                                                & (col(Task.due_at) == Notification.due_at))
                                          .where(col(Notification.task_id).in_(chunk))).all():
            fired.setdefault(task_id, set()).add(rule)
        for task_id, start_at, due_at, completed_at, cancelled, kind, issued_on in rows:
            moment = None
            if completed_at is None and not cancelled:
                moment = armer.next_alarm(kind, start_at, due_at, issued_on, frozenset(fired.get(task_id, ())))
            updates.append({"task_id": task_id, "moment": moment})
    if updates:
        table = table_of(Task)
        session.execute(update(table).where(table.c.id == bindparam("task_id")).values(next_alarm_at=bindparam("moment")),
                        updates)
    return len(updates)


def open_task_ids(session: Session, *, directive_id: int | None = None) -> list[int]:
    """Ids of open tasks, of one directive or all."""
    query = select(Task.id).where(col(Task.completed_at).is_(None), not_(col(Task.cancelled)))
    if directive_id is not None:
        query = query.where(Task.directive_id == directive_id)
    return [task_id for task_id in session.exec(query).all() if task_id is not None]
