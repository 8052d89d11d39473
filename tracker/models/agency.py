"""Agencies (cơ quan, đơn vị), the groups documents address them by, and group membership."""

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel


class Agency(SQLModel, table=True):
    """An organisation that receives tasks: code, Vietnamese name, emails, aliases, supervisor."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=64, unique=True, index=True)
    name: str = Field(max_length=300)
    emails: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # Names as documents write them ("Công an tỉnh", "Sở TT&TT"), for matching text to agencies.
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # Where escalations go when this agency stays late.
    supervisor_id: int | None = Field(default=None, foreign_key="agency.id", ondelete="SET NULL")


class Group(SQLModel, table=True):
    """A named set of agencies as documents address them ("các sở, ban, ngành tỉnh")."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=64, unique=True, index=True)
    name: str = Field(max_length=300)
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class GroupMember(SQLModel, table=True):
    """One agency's membership of one group."""

    __tablename__ = "group_member"

    group_id: int = Field(foreign_key="group.id", primary_key=True, ondelete="CASCADE")
    agency_id: int = Field(foreign_key="agency.id", primary_key=True, index=True, ondelete="CASCADE")
