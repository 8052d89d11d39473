"""The HTTP API under /api/v1: agencies, directives, tasks and their changes, statistics, outbox."""

import json
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import AwareDatetime, BaseModel, Field
from sqlmodel import select

from rules.dates import DateError, parse_day_first
from rules.status import Status, status_clock
from tracker.errors import Forbidden, InputError, NotFound
from tracker.files.directive import read_directive
from tracker.models import Agency, Directive
from tracker.services import agencies as agency_service
from tracker.services import directives as directive_service
from tracker.services import outbox, reports, tasks
from tracker.services.access import (
    Principal,
    require_done_task,
    require_manage_task,
    require_may_register,
    require_read_task,
    require_role,
)
from tracker.services.alarms import Armer
from tracker.tomlfile import TomlDocument, parse_toml
from tracker.web.deps import NowDep, PrincipalDep, SessionDep, StateDep


class ErrorOut(BaseModel):
    """What every API error looks like: one clear message, and every problem found."""

    error: str = Field(description="the first problem, e.g. 'task: task 12 belongs to another agency'")
    problems: list[str] = Field(default_factory=list, description="every problem, each naming its field or line")


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": text} for code, text in (
        (400, "Malformed request (e.g. JSON that does not parse)"),
        (401, "No bearer token, or an unknown or revoked one"),
        (403, "The token's agency or role may not do this"),
        (404, "No such task, directive or agency"),
        (409, "Contradicts the current state (already done, not done, cancelled)"),
        (422, "Invalid input; each problem names its field (or its line in an uploaded file)"))}
router = APIRouter(prefix="/api/v1", tags=["api"], responses=ERRORS)


class DoneIn(BaseModel):
    """Mark a task done, with a short report."""

    note: str | None = Field(default=None, max_length=4000)
    at: AwareDatetime | None = Field(default=None, description="when it was done, if earlier than now")


class ExtendIn(BaseModel):
    """Extend a task's deadline (gia hạn)."""

    to: str = Field(description="the new last day: 2021-07-10 or 10/7/2021")
    reason: str = Field(min_length=1, max_length=2000)


class ReasonIn(BaseModel):
    """Return a report (trả lại) or cancel a task, with a reason."""

    reason: str = Field(min_length=1, max_length=2000)


def _task_json(session: SessionDep, state: StateDep, now: datetime, task_id: int) -> dict[str, Any]:
    clock = status_clock(now, due_soon_days=state.settings.due_soon_days, tz=state.settings.tz)
    return tasks.get_task_view(session, task_id=task_id, clock=clock, tz=state.settings.tz).as_json(state.settings.tz)


@router.get("/agencies")
def list_agencies(session: SessionDep, principal: PrincipalDep) -> list[dict[str, Any]]:
    """Every agency: code, name, supervisor."""
    agencies = agency_service.get_all_agencies(session)
    codes = {agency.id: agency.code for agency in agencies}
    return [{"code": a.code, "name": a.name, "supervisor": codes.get(a.supervisor_id)} for a in agencies]


@router.get("/directives")
def list_directives(session: SessionDep, principal: PrincipalDep, state: StateDep, now: NowDep) -> list[dict[str, Any]]:
    """Every directive with its tasks counted by status."""
    clock = status_clock(now, due_soon_days=state.settings.due_soon_days, tz=state.settings.tz)
    return [_directive_json(session, directive) | {
        "tasks": directive_service.count_statuses(session, directive_id=directive.id or 0, clock=clock)}
        for directive in directive_service.get_all_directives(session)]


@router.get("/directives/{number:path}")
def show_directive(number: str, session: SessionDep, principal: PrincipalDep, state: StateDep,
                   now: NowDep) -> dict[str, Any]:
    """One directive with its items (schedule, lead and cooperating agencies) and task counts."""
    directive = directive_service.get_directive_by_number(session, number=number)
    if directive is None:
        raise NotFound.single(f"no directive numbered {number}", field="number")
    clock = status_clock(now, due_soon_days=state.settings.due_soon_days, tz=state.settings.tz)
    items = [{"ref": item.ref, "title": item.title, "details": item.details, "schedule": item.schedule_kind,
              "lead": [code for code, _ in roles["lead"]], "cooperating": [code for code, _ in roles["cooperating"]]}
             for item, roles in directive_service.get_items_with_agencies(session, directive_id=directive.id or 0)]
    return _directive_json(session, directive) | {
        "items": items, "tasks": directive_service.count_statuses(session, directive_id=directive.id or 0, clock=clock)}


@router.post("/directives", status_code=201)
async def register_directive(request: Request, session: SessionDep, principal: PrincipalDep, state: StateDep,
                             now: NowDep, replace: bool = False) -> dict[str, Any]:
    """Register a directive from its TOML file (text/plain or application/toml) or the same shape as JSON."""
    require_role(principal, "coordinator")
    raw = await request.body()
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            data = json.loads(raw)
        except ValueError as error:
            raise InputError.single(f"not valid JSON: {error}", field="body") from None
        if not isinstance(data, dict):
            raise InputError.single("expected a JSON object", field="body")
        document = TomlDocument(path="request", data=data, lines={})
    else:
        document = parse_toml(raw, "request")
    plan = read_directive(document)
    require_may_register(principal, plan.spec.coordinator)
    result = directive_service.register_directive(session, plan=plan, settings=state.settings, now=now,
                                                  actor=principal.label, replace=replace)
    return {"number": result.directive.number, "replaced": result.replaced, "created": result.created,
            "kept": result.kept, "removed": result.removed}


@router.get("/tasks")
def list_tasks(session: SessionDep, principal: PrincipalDep, state: StateDep, now: NowDep,
               agency: str | None = None, directive: str | None = None,
               status: Annotated[list[Status] | None, Query()] = None,
               due_from: AwareDatetime | None = None, due_until: AwareDatetime | None = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 100, offset: Annotated[int, Query(ge=0)] = 0,
               ) -> list[dict[str, Any]]:
    """Tasks, soonest deadline first; an agency sees only its own."""
    if principal.role == "agency":
        if agency is not None and agency != principal.agency_code:
            raise Forbidden.single("an agency lists only its own tasks", field="agency")
        agency = principal.agency_code
    clock = status_clock(now, due_soon_days=state.settings.due_soon_days, tz=state.settings.tz)
    where = tasks.TaskFilter(agency=agency, directive=directive, statuses=tuple(status or ()), due_from=due_from,
                             due_until=due_until, limit=limit, offset=offset)
    return [view.as_json(state.settings.tz) for view in tasks.list_tasks(session, clock=clock, tz=state.settings.tz,
                                                                          where=where)]


@router.get("/tasks/{task_id}")
def show_task(task_id: int, session: SessionDep, principal: PrincipalDep, state: StateDep, now: NowDep) -> dict[str, Any]:
    """One task."""
    require_read_task(session, principal, task_id)
    return _task_json(session, state, now, task_id)


@router.get("/tasks/{task_id}/history")
def task_history(task_id: int, session: SessionDep, principal: PrincipalDep, state: StateDep) -> list[dict[str, Any]]:
    """Every recorded change to a task."""
    require_read_task(session, principal, task_id)
    _, events = tasks.task_history(session, task_id=task_id)
    return [{"at": e.at.astimezone(state.settings.tz).isoformat(), "actor": e.actor, "action": e.action, "data": e.data}
            for e in events]


@router.post("/tasks/{task_id}/done")
def mark_done(task_id: int, body: DoneIn, session: SessionDep, principal: PrincipalDep, state: StateDep,
              now: NowDep) -> dict[str, Any]:
    """Mark a task done: its own agency, or the coordinator of its directive on its behalf."""
    task = require_done_task(session, principal, task_id)
    owner = session.exec(select(Agency.code).where(Agency.id == task.agency_id)).one()
    tasks.mark_done(session, task_id=task_id, agency_code=owner, now=now, actor=principal.label, note=body.note,
                    at=body.at)
    return _task_json(session, state, now, task_id)


@router.post("/tasks/{task_id}/extend")
def extend(task_id: int, body: ExtendIn, session: SessionDep, principal: PrincipalDep, state: StateDep,
           now: NowDep) -> dict[str, Any]:
    """Extend the deadline (the coordinator of the directive)."""
    require_manage_task(session, principal, task_id)
    try:
        day: date = parse_day_first(body.to)
    except DateError as error:
        raise InputError.single(str(error), field="to") from None
    tasks.extend_deadline(session, task_id=task_id, to=day, reason=body.reason, now=now, actor=principal.label,
                          tz=state.settings.tz, armer=Armer(state.settings))
    return _task_json(session, state, now, task_id)


@router.post("/tasks/{task_id}/return")
def return_report(task_id: int, body: ReasonIn, session: SessionDep, principal: PrincipalDep, state: StateDep,
                  now: NowDep) -> dict[str, Any]:
    """Return a report: the task is open again (the coordinator of the directive)."""
    require_manage_task(session, principal, task_id)
    tasks.return_report(session, task_id=task_id, reason=body.reason, now=now, actor=principal.label,
                        armer=Armer(state.settings))
    return _task_json(session, state, now, task_id)


@router.post("/tasks/{task_id}/cancel")
def cancel(task_id: int, body: ReasonIn, session: SessionDep, principal: PrincipalDep, state: StateDep,
           now: NowDep) -> dict[str, Any]:
    """Cancel an open task (the coordinator of the directive)."""
    require_manage_task(session, principal, task_id)
    tasks.cancel_task(session, task_id=task_id, now=now, actor=principal.label, reason=body.reason)
    return _task_json(session, state, now, task_id)


@router.get("/statistics")
def statistics(session: SessionDep, principal: PrincipalDep, state: StateDep, now: NowDep,
               directive: str | None = None, at: AwareDatetime | None = None) -> list[dict[str, Any]]:
    """Per agency: assigned, done on time, done late, overdue, open, on-time rate (at `at`, default now)."""
    clock = status_clock(at or now, due_soon_days=state.settings.due_soon_days, tz=state.settings.tz)
    rows = reports.agency_report(session, clock=clock, directive=directive)
    if principal.role == "agency":
        rows = [row for row in rows if row.agency == principal.agency_code]
    return [row.as_json() for row in rows]


@router.get("/outbox")
def list_outbox(session: SessionDep, principal: PrincipalDep, state: StateDep,
                status: str | None = None) -> list[dict[str, Any]]:
    """Emails pending, sent and failed, with the server's answer (coordinators and admins)."""
    require_role(principal, "coordinator")
    tz = state.settings.tz
    return [{"id": m.id, "status": m.status, "to": m.recipients, "subject": m.subject, "attempts": m.attempts,
             "created_at": m.created_at.astimezone(tz).isoformat(),
             "sent_at": m.sent_at.astimezone(tz).isoformat() if m.sent_at else None, "error": m.last_error}
            for m in outbox.list_messages(session, status=status)]


def _directive_json(session: SessionDep, directive: Directive) -> dict[str, Any]:
    codes = agency_service.codes_by_id(session, ids=[directive.issuer_id, directive.coordinator_id])
    return {"number": directive.number, "kind": directive.kind, "title": directive.title,
            "issuer": codes[directive.issuer_id], "issued_on": directive.issued_on.isoformat(),
            "coordinator": codes[directive.coordinator_id], "implements": directive.implements}


__all__ = ["Principal", "router"]
