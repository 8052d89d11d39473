"""Tasks: listing them with their derived status, and the changes people make to them."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, not_, update
from sqlalchemy import select as select_columns
from sqlmodel import Session, col

from rules.dates import end_of_day, format_day, local_date
from rules.status import Status, StatusClock, days_left, task_status
from tracker.errors import Conflict, Forbidden, InputError, NotFound
from tracker.models import Agency, AuditEvent, Directive, Item, Task
from tracker.services.alarms import Armer, rearm_tasks
from tracker.services.audit import get_events_by_task_id, record
from tracker.services.status_sql import status_filter


@dataclass(frozen=True)
class TaskView:
    """A task as people see it: what, whose, when, and its status at the clock's `now`."""

    id: int
    directive: str
    item: str
    title: str
    agency: str
    agency_name: str
    schedule: str
    start: date
    due: date
    due_at: datetime
    status: Status
    days_left: int
    completed_at: datetime | None
    completed_by: str | None
    note: str | None

    def as_json(self, tz: ZoneInfo) -> dict[str, Any]:
        """The JSON object of `tasks list --json` (and of the API): dates ISO, instants in local time."""
        return {
            "id": self.id, "directive": self.directive, "item": self.item, "title": self.title,
            "agency": self.agency, "agency_name": self.agency_name, "schedule": self.schedule,
            "start": self.start.isoformat(), "due": self.due.isoformat(),
            "due_at": self.due_at.astimezone(tz).isoformat(), "status": self.status.value,
            "days_left": self.days_left,
            "completed_at": self.completed_at.astimezone(tz).isoformat() if self.completed_at else None,
            "completed_by": self.completed_by, "note": self.note,
        }


@dataclass(frozen=True)
class TaskFilter:
    """Which tasks to list; every field optional."""

    agency: str | None = None
    agencies: tuple[str, ...] = ()  # any of these (a page of a directive's agencies)
    directive: str | None = None
    statuses: tuple[Status, ...] = ()
    due_from: datetime | None = None
    due_until: datetime | None = None
    limit: int | None = None
    offset: int = 0


def list_tasks(session: Session, *, clock: StatusClock, tz: ZoneInfo, where: TaskFilter = TaskFilter()) -> list[TaskView]:
    """Tasks matching the filter, soonest deadline first, with their status at clock.now."""
    query = _task_rows()
    if where.agency is not None:
        query = query.where(Agency.code == where.agency)
    if where.agencies:
        query = query.where(col(Agency.code).in_(where.agencies))
    if where.directive is not None:
        query = query.where(Directive.number == where.directive)
    if where.statuses:
        query = query.where(status_filter(list(where.statuses), clock))
    if where.due_from is not None:
        query = query.where(col(Task.due_at) >= where.due_from)
    if where.due_until is not None:
        query = query.where(col(Task.due_at) <= where.due_until)
    query = query.order_by(col(Task.due_at), col(Directive.number), col(Item.position), col(Agency.code), col(Task.id))
    if where.limit is not None:
        query = query.limit(where.limit)
    query = query.offset(where.offset)
    return [_view(row, clock, tz) for row in session.execute(query)]


def _task_rows() -> Select[Any]:
    """Tasks joined with what a person needs to read them: item, directive, agency."""
    return (select_columns(Task, Item.ref, Item.title, Item.schedule_kind, Directive.number, Agency.code, Agency.name)
            .join(Item, col(Item.id) == Task.item_id)
            .join(Directive, col(Directive.id) == Task.directive_id)
            .join(Agency, col(Agency.id) == Task.agency_id))


def get_task_view(session: Session, *, task_id: int, clock: StatusClock, tz: ZoneInfo) -> TaskView:
    """One task as people see it; NotFound when there is no such task."""
    row = session.execute(_task_rows().where(col(Task.id) == task_id)).first()
    if row is None:
        raise NotFound.single(f"no task {task_id}", field="task")
    return _view(row, clock, tz)


def _view(row: Any, clock: StatusClock, tz: ZoneInfo) -> TaskView:
    task, ref, title, kind, number, code, name = row
    status = task_status(start_at=task.start_at, due_at=task.due_at, completed_at=task.completed_at,
                         cancelled=task.cancelled, clock=clock)
    due = local_date(task.due_at, tz)
    return TaskView(id=task.id, directive=number, item=ref, title=title, agency=code, agency_name=name,
                    schedule=kind, start=local_date(task.start_at, tz), due=due, due_at=task.due_at,
                    status=status, days_left=days_left(due, clock.now, tz), completed_at=task.completed_at,
                    completed_by=task.completed_by, note=task.note)


def _get_task(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound.single(f"no task {task_id}", field="task")
    return task


def mark_done(session: Session, *, task_id: int, agency_code: str, now: datetime, actor: str,
              note: str | None = None, at: datetime | None = None) -> Task:
    """The agency reports the task done (at `at`, for a report that came on paper); only its own task."""
    task = _get_task(session, task_id)
    agency = session.get(Agency, task.agency_id)
    assert agency is not None
    if agency.code != agency_code:
        raise Forbidden.single(f"task {task_id} belongs to {agency.code}, not to {agency_code}", field="agency")
    completed_at = at or now
    if completed_at > now:
        raise InputError.single("the completion time is in the future", field="at")
    if task.cancelled:
        raise Conflict.single(f"task {task_id} is cancelled", field="task")
    # A conditional update: two clerks pressing "done" at once record one completion, not two.
    changed = session.execute(
        update(Task).where(col(Task.id) == task_id, col(Task.completed_at).is_(None), not_(col(Task.cancelled)))
        .values(completed_at=completed_at, completed_by=actor, note=note, next_alarm_at=None)
    ).rowcount  # type: ignore[attr-defined]
    if changed != 1:
        raise Conflict.single(f"task {task_id} is already done", field="task")
    record(session, at=now, actor=actor, action="task.done", task_id=task_id, directive_id=task.directive_id,
           agency_id=task.agency_id, completed_at=completed_at.isoformat(), note=note,
           on_time=completed_at <= task.due_at)
    session.refresh(task)
    return task


def extend_deadline(session: Session, *, task_id: int, to: date, reason: str, now: datetime, actor: str,
                    tz: ZoneInfo, armer: Armer) -> Task:
    """Gia hạn: move an open task's deadline later, with a reason; on-time is then judged against it."""
    task = _get_task(session, task_id)
    _require_reason(reason)
    if task.cancelled:
        raise Conflict.single(f"task {task_id} is cancelled", field="task")
    if task.completed_at is not None:
        raise Conflict.single(f"task {task_id} is already done; return the report first", field="task")
    current = local_date(task.due_at, tz)
    if to <= current:
        raise InputError.single(f"an extension must move the deadline later than {format_day(current)}", field="to")
    previous = task.due_at
    task.due_at = end_of_day(to, tz)
    session.add(task)
    record(session, at=now, actor=actor, action="task.extend", task_id=task_id, directive_id=task.directive_id,
           agency_id=task.agency_id, reason=reason, from_due=previous.astimezone(tz).date().isoformat(),
           to_due=to.isoformat())
    session.flush()
    # Every rule moves with the deadline (and fires again against it).
    rearm_tasks(session, task_ids=[task_id], armer=armer)
    session.refresh(task)
    return task


def return_report(session: Session, *, task_id: int, reason: str, now: datetime, actor: str, armer: Armer) -> Task:
    """Trả lại: the coordinator rejects a completion; the task is open again and counts as not done."""
    task = _get_task(session, task_id)
    _require_reason(reason)
    if task.completed_at is None:
        raise Conflict.single(f"task {task_id} is not done, there is no report to return", field="task")
    record(session, at=now, actor=actor, action="task.return", task_id=task_id, directive_id=task.directive_id,
           agency_id=task.agency_id, reason=reason, completed_at=task.completed_at.isoformat(),
           completed_by=task.completed_by, note=task.note)
    task.completed_at, task.completed_by, task.note = None, None, None
    session.add(task)
    session.flush()
    rearm_tasks(session, task_ids=[task_id], armer=armer)
    session.refresh(task)
    return task


def cancel_task(session: Session, *, task_id: int, now: datetime, actor: str, reason: str | None = None) -> Task:
    """Cancel an open task: it leaves every list of work owed and every on-time count."""
    task = _get_task(session, task_id)
    if task.cancelled:
        raise Conflict.single(f"task {task_id} is already cancelled", field="task")
    if task.completed_at is not None:
        raise Conflict.single(f"task {task_id} is already done", field="task")
    task.cancelled, task.next_alarm_at = True, None
    session.add(task)
    record(session, at=now, actor=actor, action="task.cancel", task_id=task_id, directive_id=task.directive_id,
           agency_id=task.agency_id, reason=reason)
    return task


def task_history(session: Session, *, task_id: int) -> tuple[Task, list[AuditEvent]]:
    """The task and every recorded change to it, oldest first."""
    task = _get_task(session, task_id)
    return task, get_events_by_task_id(session, task_id=task_id)


def _require_reason(reason: str) -> None:
    if not reason or not reason.strip():
        raise InputError.single("a reason is required", field="reason")
