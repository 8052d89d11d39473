"""Agencies and groups: loading the registry file, looking codes up, expanding groups."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert
from sqlmodel import Session, col, select

from tracker.files.agencies import read_agencies
from tracker.models import Agency, Group, GroupMember
from tracker.services.audit import record
from tracker.tomlfile import TomlDocument


@dataclass(frozen=True)
class LoadResult:
    """What loading an agencies file changed."""

    created: int
    updated: int
    unchanged: int
    groups: int


def load_agencies(session: Session, *, document: TomlDocument, now: datetime, actor: str) -> LoadResult:
    """Create or update every agency and group in the file (upsert); agencies not in it stay as they are."""
    existing = {agency.code: agency for agency in session.exec(select(Agency))}
    parsed = read_agencies(document, known_codes=set(existing))
    created = updated = unchanged = 0
    for spec in parsed.agencies:
        agency = existing.get(spec.code)
        values: dict[str, Any] = {"name": spec.name, "emails": spec.emails, "aliases": spec.aliases}
        if agency is None:
            agency = Agency(code=spec.code, **values)
            session.add(agency)
            existing[spec.code] = agency
            created += 1
        elif any(getattr(agency, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(agency, key, value)
            updated += 1
        else:
            unchanged += 1
    session.flush()
    # Supervisors in a second pass: a file may name a supervisor defined further down.
    for spec in parsed.agencies:
        agency = existing[spec.code]
        supervisor_id = existing[spec.supervisor].id if spec.supervisor else None
        if agency.supervisor_id != supervisor_id:
            agency.supervisor_id = supervisor_id
    groups = {group.code: group for group in session.exec(select(Group))}
    for group_spec in parsed.groups:
        group = groups.get(group_spec.code)
        if group is None:
            group = Group(code=group_spec.code, name=group_spec.name, aliases=group_spec.aliases)
            session.add(group)
            session.flush()
        else:
            group.name, group.aliases = group_spec.name, group_spec.aliases
        session.execute(delete(GroupMember).where(col(GroupMember.group_id) == group.id))
        members = dict.fromkeys(group_spec.members)  # keeps order, drops repeats
        if members:
            session.execute(insert(GroupMember), [{"group_id": group.id, "agency_id": existing[code].id}
                                                  for code in members])
    session.flush()
    record(session, at=now, actor=actor, action="agencies.load", file=document.path, created=created,
           updated=updated, groups=len(parsed.groups))
    return LoadResult(created, updated, unchanged, len(parsed.groups))


def get_all_agencies(session: Session) -> list[Agency]:
    """Every agency, by code."""
    return list(session.exec(select(Agency).order_by(col(Agency.code))))


def get_agency_by_code(session: Session, *, code: str) -> Agency | None:
    """The agency with that code, or None."""
    return session.exec(select(Agency).where(Agency.code == code)).first()


def get_all_groups_with_members(session: Session) -> list[tuple[Group, list[str]]]:
    """Every group with its members' codes."""
    groups = list(session.exec(select(Group).order_by(col(Group.code))))
    rows = session.exec(select(GroupMember.group_id, Agency.code)
                        .join(Agency, col(Agency.id) == GroupMember.agency_id).order_by(col(Agency.code)))
    members: dict[int, list[str]] = {}
    for group_id, code in rows:
        members.setdefault(group_id, []).append(code)
    return [(group, members.get(group.id or 0, [])) for group in groups]


@dataclass(frozen=True)
class AgencyRef:
    """An agency's id and code: all a directive needs to address it."""

    agency_id: int
    code: str


def get_group_members(session: Session, *, codes: set[str]) -> dict[str, list[AgencyRef]]:
    """Group code -> member agencies, for the groups named (`group:CODE` in directive files)."""
    rows = session.exec(select(Group.code, Agency.id, Agency.code)
                        .join(GroupMember, col(GroupMember.group_id) == Group.id)
                        .join(Agency, col(Agency.id) == GroupMember.agency_id)
                        .where(col(Group.code).in_(codes)).order_by(col(Agency.code))).all()
    result: dict[str, list[AgencyRef]] = {}
    for group_code, agency_id, agency_code in rows:
        result.setdefault(group_code, []).append(AgencyRef(agency_id, agency_code))
    return result


def codes_by_id(session: Session, *, ids: list[int]) -> dict[int, str]:
    """Agency id -> code for the given ids."""
    rows = session.exec(select(Agency.id, Agency.code).where(col(Agency.id).in_(ids))).all()
    return {agency_id: code for agency_id, code in rows if agency_id is not None}
