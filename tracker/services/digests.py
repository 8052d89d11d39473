"""Composing a pass's notifications into one message per recipient agency (a digest), stored in the outbox."""

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import insert
from sqlmodel import Session, col, select

from notifications.render import DigestLine, render_digest
from rules.dates import format_day, local_date
from rules.status import status_clock, task_status
from tracker.config import Settings
from tracker.models import (
    Agency,
    Directive,
    Item,
    ItemAgency,
    Notification,
    NotificationRecipient,
    OutboxMessage,
    Task,
    table_of,
)
from tracker.services.signing import LinkSigner, secret_key


@dataclass(frozen=True)
class _Recipient:
    code: str
    name: str
    emails: list[str]


def compose_digests(session: Session, *, now: datetime, settings: Settings, pass_id: str) -> int:
    """Turn this pass's queued notifications into outbox messages, one per recipient agency; returns how many."""
    rows = session.exec(
        select(Notification.id, Notification.rule, Notification.kind, Task.id, Task.item_id, Task.agency_id,
               Task.start_at, Task.due_at, Task.completed_at, Task.cancelled, Item.ref, Item.title, Directive.number,
               Directive.title, Directive.coordinator_id, Directive.issuer_id, Agency.code, Agency.name,
               Agency.supervisor_id)
        .join(Task, col(Task.id) == Notification.task_id).join(Item, col(Item.id) == Task.item_id)
        .join(Directive, col(Directive.id) == Task.directive_id).join(Agency, col(Agency.id) == Task.agency_id)
        .where(Notification.pass_id == pass_id, Notification.state == "queued")).all()
    if not rows:
        return 0
    audiences = {rule.name: rule.notify for rule in settings.alarm_rules}
    cooperating = _cooperating(session, item_ids={row[4] for row in rows})
    tz = settings.tz
    clock = status_clock(now, due_soon_days=settings.due_soon_days, tz=tz)
    base_url = settings.notifications.base_url.rstrip("/")
    signer = LinkSigner(secret_key(session), max_age_days=settings.web.link_days)
    by_recipient: dict[int, list[tuple[int, str, DigestLine]]] = defaultdict(list)
    for (notification_id, rule, kind, task_id, item_id, task_agency_id, start_at, due_at, completed_at, cancelled, ref,
         title, number, directive_title, coordinator_id, issuer_id, code, name, supervisor_id) in rows:
        due = local_date(due_at, tz)
        left = (due - local_date(now, tz)).days
        line = DigestLine(
            kind=kind, directive=number, directive_title=directive_title, item=ref, title=title, agency=code,
            agency_name=name, due=format_day(due), days=_days_text(left),
            status=task_status(start_at=start_at, due_at=due_at, completed_at=completed_at, cancelled=cancelled,
                               clock=clock).value,
            link=f"{base_url}/tasks/{task_id}")
        # The agency's own copy carries a signed link that opens the task without signing in.
        own_line = replace(line, link=f"{base_url}/l/{signer.sign(task_id=task_id, agency_id=task_agency_id, now=now)}")
        targets = {"lead": [task_agency_id], "coordinator": [coordinator_id], "issuer": [issuer_id],
                   "supervisor": [supervisor_id] if supervisor_id else [], "cooperating": cooperating.get(item_id, [])}
        seen: set[int] = set()
        for audience in audiences.get(rule, ("lead",)):
            for agency_id in targets[audience]:
                if agency_id not in seen:
                    seen.add(agency_id)
                    by_recipient[agency_id].append((notification_id, audience,
                                                    own_line if agency_id == task_agency_id else line))
    agencies = {row[0]: _Recipient(*row[1:]) for row in session.exec(
        select(Agency.id, Agency.code, Agency.name, Agency.emails).where(col(Agency.id).in_(list(by_recipient)))).all()}
    domain = settings.smtp.sender.rsplit("@", 1)[-1].strip(" >") or "tracker.local"
    key_prefix = f"<tracker.{pass_id}."
    sent_on = format_day(local_date(now, tz))
    messages = []
    for agency_id, entries in by_recipient.items():
        agency = agencies[agency_id]
        rendered = render_digest(recipient_name=agency.name, lines=[line for _, _, line in entries], sent_on=sent_on)
        messages.append({
            "message_key": f"{key_prefix}{agency.code}@{domain}>", "agency_id": agency_id,
            "recipients": ", ".join(agency.emails), "subject": rendered.subject, "body_text": rendered.text,
            "body_html": rendered.html, "kinds": ",".join(sorted({line.kind for _, _, line in entries})),
            "status": "pending" if agency.emails else "failed", "attempts": 0, "next_attempt_at": now,
            "claimed_by": None, "claimed_until": None, "created_at": now, "sent_at": None,
            "last_error": None if agency.emails else f"agency {agency.code} has no email address"})
    # Bulk inserts: a pass may write ten thousand digests; per-row ORM objects would dominate its cost.
    session.execute(insert(table_of(OutboxMessage)), messages)
    ids = {key: message_id for message_id, key in session.exec(
        select(OutboxMessage.id, OutboxMessage.message_key)
        .where(col(OutboxMessage.message_key).startswith(key_prefix))).all()}
    links = [{"notification_id": notification_id, "message_id": ids[f"{key_prefix}{agencies[agency_id].code}@{domain}>"],
              "audience": audience}
             for agency_id, entries in by_recipient.items() for notification_id, audience, _ in entries]
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
