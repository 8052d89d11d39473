"""Writing and reading the audit trail."""

from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from tracker.models import AuditEvent


def record(session: Session, *, at: datetime, actor: str, action: str, task_id: int | None = None,
           directive_id: int | None = None, agency_id: int | None = None, **data: Any) -> AuditEvent:
    """Add one audit event to the current transaction."""
    event = AuditEvent(at=at, actor=actor, action=action, task_id=task_id, directive_id=directive_id,
                       agency_id=agency_id, data=data)
    session.add(event)
    return event


def get_events_by_task_id(session: Session, *, task_id: int) -> list[AuditEvent]:
    """Every event about one task, oldest first."""
    query = select(AuditEvent).where(AuditEvent.task_id == task_id).order_by(col(AuditEvent.at), col(AuditEvent.id))
    return list(session.exec(query))
