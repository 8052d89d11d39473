"""Composing a pass's notifications into one message per recipient agency (a digest), stored in the outbox."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert
from sqlmodel import Session, col, select

from notifications.render import DigestLine, render_digest
from rules.dates import format_day, local_date
from rules.status import status_clock, task_status
from tracker.config import Settings
from tracker.models import Agency, Directive, Item, ItemAgency, Notification, NotificationRecipient, OutboxMessage, Task, table_of


@dataclass(frozen=True)
class _Fired:
    notification_id: int
    rule: str
    kind: str
    line_base: dict[str, object]
    recipients: dict[str, int | None]  # audience -> agency id


def compose_digests(session: Session, *, now: datetime, settings: Settings, pass_id: str) -> int:
    """Turn this pass's queued notifications into outbox messages, one per recipient agency; returns how many."""
    rows = session.exec(
        select(Notification.id, Notification.rule, Notification.kind, Task, Item.ref, Item.title, Directive.number,
               Directive.title, Directive.coordinator_id, Directive.issuer_id, Agency.code, Agency.name,
               Agency.supervisor_id)
        .join(Task, col(Task.id) == Notification.task_id).join(Item, col(Item.id) == Task.item_id)
        .join(Directive, col(Directive.id) == Task.directive_id).join(Agency, col(Agency.id) == Task.agency_id)
        .where(Notification.pass_id == pass_id, Notification.state == "queued")).all()
    if not rows:
        return 0
    audiences = {rule.name: rule.notify for rule in settings.alarm_rules}
    cooperating = _cooperating(session, item_ids={row[3].item_id for row in rows})
    tz = settings.tz
    clock = status_clock(now, due_soon_days=settings.due_soon_days, tz=tz)
    by_recipient: dict[int, list[tuple[int, str, DigestLine]]] = defaultdict(list)
    for (notification_id, rule, kind, task, ref, title, number, directive_title, coordinator_id, issuer_id, code, name,
         supervisor_id) in rows:
        due = local_date(task.due_at, tz)
        left = (due - local_date(now, tz)).days
        line = DigestLine(
            kind=kind, directive=number, directive_title=directive_title, item=ref, title=title, agency=code,
            agency_name=name, due=format_day(due), days=_days_text(left),
            status=task_status(start_at=task.start_at, due_at=task.due_at, completed_at=task.completed_at,
                               cancelled=task.cancelled, clock=clock).value,
            link=f"{settings.notifications.base_url.rstrip('/')}/tasks/{task.id}")
        targets = {"lead": [task.agency_id], "coordinator": [coordinator_id], "issuer": [issuer_id],
                   "supervisor": [supervisor_id] if supervisor_id else [],
                   "cooperating": cooperating.get(task.item_id, [])}
        seen: set[int] = set()
        for audience in audiences.get(rule, ("lead",)):
            for agency_id in targets[audience]:
                if agency_id not in seen:
                    seen.add(agency_id)
                    by_recipient[agency_id].append((notification_id, audience, line))
    agencies = {agency.id: agency for agency in
                session.exec(select(Agency).where(col(Agency.id).in_(list(by_recipient)))).all()}
    domain = settings.smtp.sender.rsplit("@", 1)[-1].strip(" >") or "tracker.local"
    links: list[dict[str, object]] = []
    for agency_id, entries in sorted(by_recipient.items()):
        agency = agencies[agency_id]
        rendered = render_digest(recipient_name=agency.name, lines=[line for _, _, line in entries],
                                 sent_on=format_day(local_date(now, tz)))
        message = OutboxMessage(
            message_key=f"<tracker.{pass_id}.{agency.code}@{domain}>", agency_id=agency_id,
            recipients=", ".join(agency.emails), subject=rendered.subject, body_text=rendered.text,
            body_html=rendered.html, kinds=",".join(sorted({line.kind for _, _, line in entries})),
            status="pending" if agency.emails else "failed", next_attempt_at=now, created_at=now,
            last_error=None if agency.emails else f"agency {agency.code} has no email address")
        session.add(message)
        session.flush()
        links.extend({"notification_id": notification_id, "message_id": message.id, "audience": audience}
                     for notification_id, audience, _ in entries)
    session.execute(insert(table_of(NotificationRecipient)), links)
    return len(by_recipient)


def _cooperating(session: Session, *, item_ids: set[int]) -> dict[int, list[int]]:
    """Item id -> cooperating agency ids."""
    result: dict[int, list[int]] = defaultdict(list)
    for item_id, agency_id in session.exec(select(ItemAgency.item_id, ItemAgency.agency_id)
                                           .where(col(ItemAgency.item_id).in_(item_ids),
                                                  ItemAgency.role == "cooperating")).all():
        result[item_id].append(agency_id)
    return result


def _days_text(left: int) -> str:
    if left > 0:
        return f"còn {left} ngày"
    if left == 0:
        return "hạn là hôm nay"
    return f"quá hạn {-left} ngày"
