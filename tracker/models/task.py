"""Tasks: one agency's obligation for one due date, the unit an agency marks done."""

from datetime import date, datetime

from sqlalchemy import Index, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel


class Task(SQLModel, table=True):
    """One agency x one occurrence of an item, with its deadline in force and its completion."""

    __table_args__ = (
        # One task per agency per occurrence: re-running the horizon pass cannot duplicate tasks.
        UniqueConstraint("item_id", "agency_id", "occurrence_on"),
        # Open tasks by due time: what reminders, overdue lists and the board ask most.
        # The predicate is spelled as each dialect renders `not_(Task.cancelled)`, so planners match it.
        Index("ix_task_open_due", "due_at", sqlite_where=text("completed_at IS NULL AND cancelled = 0"),
              postgresql_where=text("completed_at IS NULL AND NOT cancelled")),
        Index("ix_task_agency_due", "agency_id", "due_at"),
        # What a pass asks first: which open tasks have a rule to fire by now (one indexed range).
        Index("ix_task_next_alarm", "next_alarm_at", sqlite_where=text("next_alarm_at IS NOT NULL"),
              postgresql_where=text("next_alarm_at IS NOT NULL")),
        Index("ix_task_directive_agency", "directive_id", "agency_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="item.id", ondelete="CASCADE")
    directive_id: int = Field(foreign_key="directive.id", ondelete="CASCADE")
    agency_id: int = Field(foreign_key="agency.id")
    # The last day the directive set for this occurrence; extensions move due_at, never this.
    occurrence_on: date
    start_at: datetime
    # The deadline in force: the end of the last day, local time, stored in UTC.
    due_at: datetime
    completed_at: datetime | None = None
    completed_by: str | None = Field(default=None, max_length=200)
    note: str | None = Field(default=None, sa_type=Text)
    cancelled: bool = False
    created_at: datetime
    # The earliest fire time of a rule not yet fired for this task; NULL once done, cancelled or all fired.
    next_alarm_at: datetime | None = None
