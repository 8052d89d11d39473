"""Fired rules and the outbox: what the engine decided to say, and the emails that carry it."""

from datetime import datetime

from sqlalchemy import Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class Notification(SQLModel, table=True):
    """One rule fired for one task (against one deadline): recorded once, then queued or skipped."""

    __table_args__ = (
        # The key that makes a second firing impossible, even from two passes at once. An extension
        # changes due_at, so the rules of the new deadline fire again.
        UniqueConstraint("task_id", "rule", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    task_id: int = Field(foreign_key="task.id", ondelete="CASCADE", index=True)
    rule: str = Field(max_length=100)
    kind: str = Field(max_length=20)
    due_at: datetime
    fire_at: datetime
    fired_at: datetime
    # The pass that recorded it: a pass composes messages only from its own rows.
    pass_id: str = Field(max_length=40, index=True)
    # queued (in a message) | skipped (see reason)
    state: str = Field(max_length=10)
    reason: str | None = Field(default=None, max_length=300)


class NotificationRecipient(SQLModel, table=True):
    """A notification's place in one recipient's message."""

    __tablename__ = "notification_recipient"

    notification_id: int = Field(foreign_key="notification.id", primary_key=True, ondelete="CASCADE")
    message_id: int = Field(foreign_key="outbox_message.id", primary_key=True, index=True, ondelete="CASCADE")
    audience: str = Field(max_length=20)


class OutboxMessage(SQLModel, table=True):
    """A rendered email waiting to be sent, being sent, sent, or failed for good."""

    __tablename__ = "outbox_message"
    __table_args__ = (
        # What a sender looks for: pending rows whose time has come, and expired claims.
        Index("ix_outbox_message_due", "status", "next_attempt_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # Stable Message-ID header: a resend after a crash carries the same one.
    message_key: str = Field(max_length=200, unique=True)
    agency_id: int | None = Field(default=None, foreign_key="agency.id")
    recipients: str = Field(max_length=2000)  # comma-separated addresses
    subject: str = Field(max_length=500)
    body_text: str = Field(sa_type=Text)
    body_html: str = Field(sa_type=Text)
    kinds: str = Field(max_length=100)
    status: str = Field(max_length=10)  # pending | sending | sent | failed
    attempts: int = 0
    next_attempt_at: datetime
    claimed_by: str | None = Field(default=None, max_length=60)
    claimed_until: datetime | None = None
    last_error: str | None = Field(default=None, max_length=2000)
    created_at: datetime
    sent_at: datetime | None = None


class Setting(SQLModel, table=True):
    """A small key-value store for engine state (the fingerprint of the rules alarms were computed with)."""

    __tablename__ = "engine_state"

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(max_length=2000)

