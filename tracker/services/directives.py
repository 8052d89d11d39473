"""Registering directives from their files (new or replaced) and reading them back."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, not_
from sqlmodel import Session, col, select

from rules.dates import end_of_day
from tracker.config import Settings
from tracker.errors import Conflict, InputError, Problem
from tracker.files.directive import Assignee, DirectivePlan
from tracker.models import Agency, Directive, Item, ItemAgency, Task, table_of
from tracker.services.agencies import AgencyRef, get_group_members
from tracker.services.alarms import Armer, open_task_ids, rearm_tasks
from tracker.services.audit import record
from tracker.services.expansion import horizon_end, item_occurrences, task_row
from tracker.services.passes import remember_rules
from tracker.services.schedule_of import RECURRING_KINDS, item_columns


@dataclass
class RegisterResult:
    """What registering a directive did to its tasks."""

    directive: Directive
    created: int = 0
    kept: int = 0
    removed: int = 0
    replaced: bool = False
    removed_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Resolved:
    """An agency an item reaches, and the group it was reached through."""

    agency: AgencyRef
    via_group: str | None


def register_directive(session: Session, *, plan: DirectivePlan, settings: Settings, now: datetime, actor: str,
                       replace: bool = False, source_file: str | None = None) -> RegisterResult:
    """Store a directive and create its tasks; with replace, update it in place and keep completed tasks."""
    spec, document = plan.spec, plan.document
    existing = session.exec(select(Directive).where(Directive.number == spec.number)).first()
    if existing is not None and not replace:
        raise Conflict([document.problem(("number",), f"directive {spec.number} is already registered "
                                                      "(use --replace to update it; completed tasks are kept)")],
                       document.path)
    named = {spec.issuer, spec.coordinator} | {a.code for i in plan.items for a in i.lead + i.cooperating
                                                   if not a.is_group}
    agencies = {code: AgencyRef(agency_id, code) for agency_id, code in session.exec(
        select(Agency.id, Agency.code).where(col(Agency.code).in_(named))).all()}
    groups = get_group_members(session, codes={a.code for i in plan.items for a in i.lead + i.cooperating
                                               if a.is_group})
    problems: list[Problem] = []
    for key in ("issuer", "coordinator"):
        code = getattr(spec, key)
        if code not in agencies:
            problems.append(document.problem((key,), f"{key}: unknown agency '{code}'"))
    assignments: dict[int, dict[str, list[Resolved]]] = {}
    for planned in plan.items:
        assignments[planned.position] = {}
        for role, names in (("lead", planned.lead), ("cooperating", planned.cooperating)):
            resolved, errors = _resolve(names, agencies, groups)
            problems.extend(document.problem(("items", planned.position, role), f"{role}: {message}")
                            for message in errors)
            assignments[planned.position][role] = resolved
    if problems:
        raise InputError(problems, document.path)

    header: dict[str, Any] = {"kind": spec.kind, "title": spec.title, "issuer_id": agencies[spec.issuer].agency_id,
              "issued_on": spec.issued_on, "coordinator_id": agencies[spec.coordinator].agency_id,
              "implements": spec.implements, "source_text": spec.source, "source_file": source_file,
              "updated_at": now}
    if existing is None:
        directive = Directive(number=spec.number, registered_at=now, **header)
        session.add(directive)
    else:
        directive = existing
        for key, value in header.items():
            setattr(directive, key, value)
    session.flush()

    old_items = {item.ref: item for item in session.exec(select(Item).where(Item.directive_id == directive.id))}
    through = horizon_end(now, horizon_days=settings.horizon_days, tz=settings.tz)
    desired: dict[tuple[int, int, Any], dict[str, Any]] = {}
    armer = Armer(settings)
    items: list[Item] = []
    for plan_item in plan.items:
        item = old_items.pop(plan_item.spec.ref, None) or Item(directive_id=directive.id or 0, ref=plan_item.spec.ref,
                                                               position=0, title="", schedule_kind="")
        item.position, item.title, item.details, item.withdrawn = (plan_item.position, plan_item.spec.title,
                                                                   plan_item.spec.details, False)
        for key, value in item_columns(plan_item.schedule).items():
            setattr(item, key, value)
        session.add(item)
        items.append(item)
    session.flush()
    for plan_item, item in zip(plan.items, items, strict=True):
        assert item.id is not None
        session.execute(delete(ItemAgency).where(col(ItemAgency.item_id) == item.id))
        roles = assignments[plan_item.position]
        links = [{"item_id": item.id, "agency_id": entry.agency.agency_id, "role": role, "via_group": entry.via_group}
                 for role in ("lead", "cooperating") for entry in roles[role]]
        if links:  # bulk insert: an item addressed to 10,000 communes must not build 10,000 ORM objects
            session.execute(insert(table_of(ItemAgency)), links)
        found, exhausted = item_occurrences(item, directive, through=through)
        item.generated_through, item.exhausted = through, exhausted
        single = item.schedule_kind not in RECURRING_KINDS
        for entry in roles["lead"]:
            for occurrence in found:
                task_key = (item.id, entry.agency.agency_id, None if single else occurrence.due)
                desired[task_key] = task_row(item=item, issued_on=directive.issued_on,
                                             agency_id=entry.agency.agency_id, occurrence=occurrence, now=now,
                                             tz=settings.tz, armer=armer)
    result = RegisterResult(directive, replaced=existing is not None)
    if existing is not None:
        _sync_existing_tasks(session, directive=directive, desired=desired, result=result, settings=settings)
        _drop_items(session, list(old_items.values()), result)
        session.flush()
        # Kept tasks may have new dates: their alarms follow.
        rearm_tasks(session, task_ids=open_task_ids(session, directive_id=directive.id), armer=armer)
    session.flush()
    if desired:
        session.execute(insert(table_of(Task)), list(desired.values()))  # Core insert: no ORM bookkeeping per row
        result.created += len(desired)
    session.flush()
    remember_rules(session, settings=settings)
    record(session, at=now, actor=actor, action="directive.replace" if existing else "directive.add",
           directive_id=directive.id, number=directive.number, file=source_file, created=result.created,
           kept=result.kept, removed=result.removed, removed_task_ids=result.removed_ids)
    return result


def _resolve(names: list[Assignee], agencies: dict[str, AgencyRef],
             groups: dict[str, list[AgencyRef]]) -> tuple[list[Resolved], list[str]]:
    """Expand agency and group codes into agencies, first mention wins; unknown codes are reported."""
    resolved: dict[str, Resolved] = {}
    errors = []
    for name in names:
        if name.is_group:
            members = groups.get(name.code)
            if members is None:
                errors.append(f"unknown group '{name.code}'")
                continue
            for agency in members:
                resolved.setdefault(agency.code, Resolved(agency, name.code))
        elif name.code in agencies:
            resolved.setdefault(name.code, Resolved(agencies[name.code], None))
        else:
            errors.append(f"unknown agency '{name.code}'")
    return list(resolved.values()), errors


def _sync_existing_tasks(session: Session, *, directive: Directive, desired: dict[tuple[int, int, Any], dict[str, Any]],
                         result: RegisterResult, settings: Settings) -> None:
    """Match existing tasks to the new plan: keep what matches, keep what is done, delete the rest."""
    kinds = {item_id: kind for item_id, kind in
             session.exec(select(Item.id, Item.schedule_kind).where(Item.directive_id == directive.id)).all()}
    by_key: dict[tuple[int, int, Any], list[Task]] = defaultdict(list)
    for task in session.exec(select(Task).where(Task.directive_id == directive.id).order_by(col(Task.id))):
        single = kinds.get(task.item_id) not in RECURRING_KINDS
        by_key[(task.item_id, task.agency_id, None if single else task.occurrence_on)].append(task)
    for key, tasks in by_key.items():
        row = desired.pop(key, None)
        for task in tasks:
            if row is not None:
                # Keep the task (and any completion); follow the file's dates unless an extension moved them.
                extended = task.due_at != end_of_day(task.occurrence_on, settings.tz)
                task.occurrence_on, task.start_at = row["occurrence_on"], row["start_at"]
                if not extended:
                    task.due_at = row["due_at"]
                result.kept += 1
                row = None
            elif task.completed_at is not None:
                result.kept += 1
            else:
                session.delete(task)
                result.removed += 1
                result.removed_ids.append(task.id or 0)


def _drop_items(session: Session, items: list[Item], result: RegisterResult) -> None:
    """Items the new file left out: delete them unless completed tasks hang on them (then withdraw)."""
    for item in items:
        tasks = list(session.exec(select(Task).where(Task.item_id == item.id)))
        done = [task for task in tasks if task.completed_at is not None]
        for task in tasks:
            if task.completed_at is None:
                session.delete(task)
                result.removed += 1
                result.removed_ids.append(task.id or 0)
        if done:
            item.withdrawn = True
            result.kept += len(done)
        else:
            session.delete(item)


def get_all_directives(session: Session) -> list[Directive]:
    """Every directive, newest issue date first."""
    return list(session.exec(select(Directive).order_by(col(Directive.issued_on).desc(), col(Directive.number))))


def get_directive_by_number(session: Session, *, number: str) -> Directive | None:
    """The directive with that number, or None."""
    return session.exec(select(Directive).where(Directive.number == number)).first()


Named = list[tuple[str, str | None]]


def get_items_with_agencies(session: Session, *, directive_id: int) -> list[tuple[Item, dict[str, Named]]]:
    """A directive's items in file order, each with its lead and cooperating (agency code, via group) pairs."""
    items = list(session.exec(select(Item).where(Item.directive_id == directive_id, not_(col(Item.withdrawn)))
                              .order_by(col(Item.position))))
    rows = session.exec(select(ItemAgency.item_id, ItemAgency.role, Agency.code, ItemAgency.via_group)
                        .join(Agency, col(Agency.id) == ItemAgency.agency_id)
                        .join(Item, col(Item.id) == ItemAgency.item_id)
                        .where(Item.directive_id == directive_id).order_by(col(Agency.code)))
    roles: dict[int, dict[str, Named]] = defaultdict(lambda: {"lead": [], "cooperating": []})
    for item_id, role, code, via_group in rows:
        roles[item_id][role].append((code, via_group))
    return [(item, roles[item.id or 0]) for item in items]


def count_statuses(session: Session, *, directive_id: int, clock: Any) -> dict[str, int]:
    """A directive's tasks counted by status at clock.now, in one grouped query."""
    from sqlalchemy import func

    from tracker.services.status_sql import status_case

    status = status_case(clock).label("status")
    inner = select(status).where(Task.directive_id == directive_id).subquery()
    rows = session.exec(select(inner.c.status, func.count()).group_by(inner.c.status))
    return {state: count for state, count in rows}


def agency_page(session: Session, *, directive_id: int, offset: int, limit: int) -> tuple[int, list[str]]:
    """How many agencies a directive assigns, and the codes of one page of them in code order."""
    assigned = select(Task.agency_id).where(Task.directive_id == directive_id).distinct().subquery()
    total = session.exec(select(func.count()).select_from(assigned)).one()
    codes = session.exec(select(Agency.code).join(assigned, assigned.c.agency_id == Agency.id)
                         .order_by(col(Agency.code)).offset(offset).limit(limit)).all()
    return int(total), list(codes)
