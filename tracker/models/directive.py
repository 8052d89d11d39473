"""Directives (văn bản chỉ đạo), their items, and the agencies each item names."""

from datetime import date, datetime

from sqlalchemy import Index, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel


class Directive(SQLModel, table=True):
    """A plan, letter, instruction or decision: number, kind, title, issuer, issue date, coordinator."""

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=100, unique=True, index=True)
    kind: str = Field(max_length=20)
    title: str = Field(max_length=1000)
    issuer_id: int = Field(foreign_key="agency.id")
    issued_on: date
    coordinator_id: int = Field(foreign_key="agency.id", index=True)
    # The number of the directive this one implements; a number, not a key, so the parent may come later.
    implements: str | None = Field(default=None, max_length=100, index=True)
    source_text: str | None = Field(default=None, sa_type=Text)
    source_file: str | None = Field(default=None, max_length=500)
    registered_at: datetime
    updated_at: datetime


class Item(SQLModel, table=True):
    """One line of work in a directive, with its schedule."""

    __table_args__ = (
        UniqueConstraint("directive_id", "ref"),
        # The horizon pass looks only at recurring items whose tasks do not reach far enough yet.
        Index("ix_item_extend", "generated_through", sqlite_where=text("exhausted = 0 AND withdrawn = 0"),
              postgresql_where=text("NOT exhausted AND NOT withdrawn")),
    )

    id: int | None = Field(default=None, primary_key=True)
    directive_id: int = Field(foreign_key="directive.id", ondelete="CASCADE")
    ref: str = Field(max_length=50)
    position: int
    title: str = Field(max_length=1000)
    details: str | None = Field(default=None, sa_type=Text)
    # deadline | window | recurrence | annual, with the fields that kind uses.
    schedule_kind: str = Field(max_length=20)
    start_on: date | None = None
    due_on: date | None = None
    rrule: str | None = Field(default=None, max_length=500)
    annual_day: str | None = Field(default=None, max_length=5)  # "MM-DD"
    until_on: date | None = None
    # Tasks exist for every occurrence up to this day; the horizon pass moves it forward.
    generated_through: date | None = None
    exhausted: bool = False
    # Left out of a replaced directive but kept because some of its tasks were completed.
    withdrawn: bool = False


class ItemAgency(SQLModel, table=True):
    """An agency named by an item, as lead (chủ trì, gets tasks) or cooperating (phối hợp)."""

    __tablename__ = "item_agency"

    item_id: int = Field(foreign_key="item.id", primary_key=True, ondelete="CASCADE")
    agency_id: int = Field(foreign_key="agency.id", primary_key=True, index=True)
    role: str = Field(max_length=12, primary_key=True)  # lead | cooperating
    # The group the agency was reached through ("so-ban-nganh"), if any.
    via_group: str | None = Field(default=None, max_length=64)
