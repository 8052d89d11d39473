"""Preview: what the rules would send between two instants, to whom, without recording or sending anything."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from rules.alarms import TaskTimes, fire_time, is_stale
from rules.dates import local_date
from tracker.config import Settings
from tracker.models import Agency, Directive, Item, ItemAgency, Notification, Task


@dataclass(frozen=True)
class PreviewLine:
    """One notification that would fire."""

    fire_at: datetime
    rule: str
    kind: str
    recipients: tuple[str, ...]
    task_id: int
    directive: str
    item: str
    agency: str
    due: date
    note: str | None

    def as_json(self, tz: ZoneInfo) -> dict[str, Any]:
        """The JSON object of `preview --json`."""
        return {"fire_at": self.fire_at.astimezone(tz).isoformat(), "rule": self.rule, "kind": self.kind,
                "recipients": list(self.recipients), "task": self.task_id, "directive": self.directive,
                "item": self.item, "agency": self.agency, "due": self.due.isoformat(), "note": self.note}


def preview(session: Session, *, start: datetime, until: datetime, settings: Settings) -> list[PreviewLine]:
    """Rules that would fire in [start, until] on open tasks, assuming nothing is done meanwhile."""
    tz, calendar, send_at = settings.tz, settings.working_calendar, settings.notifications.send_at
    # A task with a fire time before `until` has its next alarm before `until`: one indexed range.
    rows = session.exec(select(Task, Item.schedule_kind, Item.ref, Directive.number, Directive.issued_on,
                               Directive.coordinator_id, Directive.issuer_id, Agency.code, Agency.supervisor_id)
                        .join(Item, col(Item.id) == Task.item_id).join(Directive, col(Directive.id) == Task.directive_id)
                        .join(Agency, col(Agency.id) == Task.agency_id)
                        .where(col(Task.next_alarm_at) <= until)).all()
    if not rows:
        return []
    task_ids = [row[0].id for row in rows]
    fired = {(task_id, rule, due_at) for task_id, rule, due_at in session.exec(
        select(Notification.task_id, Notification.rule, Notification.due_at)
        .where(col(Notification.task_id).in_(task_ids))).all()}
    codes = dict(session.exec(select(Agency.id, Agency.code)).all())
    cooperating: dict[int, list[str]] = {}
    for item_id, agency_id in session.exec(select(ItemAgency.item_id, ItemAgency.agency_id)
                                           .where(ItemAgency.role == "cooperating")).all():
        cooperating.setdefault(item_id, []).append(codes[agency_id])
    lines = []
    for task, kind, ref, number, issued_on, coordinator_id, issuer_id, code, supervisor_id in rows:
        times = TaskTimes(start_on=local_date(task.start_at, tz), due_on=local_date(task.due_at, tz),
                          due_at=task.due_at, start_at=task.start_at, issued_on=issued_on)
        audiences = {"lead": [code], "coordinator": [codes[coordinator_id]], "issuer": [codes[issuer_id]],
                     "supervisor": [codes[supervisor_id]] if supervisor_id else [],
                     "cooperating": cooperating.get(task.item_id, [])}
        for rule in settings.alarm_rules:
            if kind not in rule.applies_to or (task.id, rule.name, task.due_at) in fired:
                continue
            moment = fire_time(rule, times, calendar=calendar, send_at=send_at, tz=tz)
            if not start <= moment <= until and not (moment < start and task.next_alarm_at is not None):
                continue
            # An owed alarm from before `start` goes out at the next pass, i.e. at `start`.
            when = max(moment, start)
            note = "late (catch-up)" if moment < start else None
            if is_stale(rule, due_at=task.due_at, now=when):
                note = "dropped: the deadline will have passed"
            recipients = tuple(dict.fromkeys(code for audience in rule.notify for code in audiences[audience]))
            lines.append(PreviewLine(fire_at=when, rule=rule.name, kind=rule.kind.value, recipients=recipients,
                                     task_id=task.id or 0, directive=number, item=ref, agency=code,
                                     due=local_date(task.due_at, tz), note=note))
    return sorted(lines, key=lambda line: (line.fire_at, line.directive, line.item, line.agency, line.rule))
