"""The audit trail: who changed what, and when, for every change."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel


class AuditEvent(SQLModel, table=True):
    """One change: an actor, an action, the time, what it touched and the details."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    actor: str = Field(max_length=200)
    action: str = Field(max_length=40)
    # Plain ids, not foreign keys: history outlives the rows it describes.
    task_id: int | None = Field(default=None, index=True)
    directive_id: int | None = Field(default=None, index=True)
    agency_id: int | None = None
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
