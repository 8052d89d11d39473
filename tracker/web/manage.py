"""Coordinator actions in pages: register a directive from an uploaded TOML file, extend, return, cancel."""

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rules.dates import DateError, parse_day_first
from tracker.errors import Forbidden, InputError, NotFound
from tracker.files.directive import read_directive
from tracker.services import directives as directive_service
from tracker.services import tasks
from tracker.services.access import Principal, require_manage_task, require_may_register, require_role
from tracker.services.alarms import Armer
from tracker.tomlfile import parse_toml
from tracker.web.deps import NowDep, SessionDep, StateDep
from tracker.web.pages import templates
from tracker.web.session import Csrf, CsrfChecked, PagePrincipal
from tracker.web.ui import render_task

router = APIRouter(include_in_schema=False)
UPLOAD_LIMIT = 2_000_000  # a directive file is a few kilobytes; refuse anything that is clearly not one


@router.get("/directives/new", response_class=HTMLResponse)
def upload_form(request: Request, principal: PagePrincipal, csrf: Csrf) -> Response:
    """The form to register a directive from its TOML file."""
    require_role(principal, "coordinator")
    return templates.TemplateResponse(request, "upload.html", {"principal": principal, "csrf": csrf, "problems": [],
                                                               "lines": [], "replace": False})


@router.post("/directives/new", response_class=HTMLResponse)
async def upload(request: Request, session: SessionDep, state: StateDep, now: NowDep, principal: PagePrincipal,
                 csrf: Csrf, _csrf: CsrfChecked, file: Annotated[UploadFile | None, File()] = None,
                 text: Annotated[str, Form(max_length=UPLOAD_LIMIT)] = "",
                 replace: Annotated[bool, Form()] = False) -> Response:
    """Register the uploaded (or pasted) file; on bad input show every problem beside its line, change nothing."""
    require_role(principal, "coordinator")
    raw, name = await _uploaded(file, text)
    try:
        document = parse_toml(raw, name)
        plan = read_directive(document)
        require_may_register(principal, plan.spec.coordinator)
        result = directive_service.register_directive(session, plan=plan, settings=state.settings, now=now,
                                                      actor=principal.label, replace=replace, source_file=name)
    except (NotFound, Forbidden):
        raise
    except InputError as error:
        session.rollback()
        return _upload_errors(request, principal, csrf, raw, error, replace)
    return RedirectResponse(f"/directives/{result.directive.number}", status_code=303)


async def _uploaded(file: UploadFile | None, text: str) -> tuple[bytes, str]:
    """The file's bytes and name, or the pasted text; one of the two is needed."""
    if file is not None and file.filename:
        raw = await file.read(UPLOAD_LIMIT + 1)
        if len(raw) > UPLOAD_LIMIT:
            raise InputError.single("the file is larger than 2 MB; a directive file is a few kilobytes", field="file")
        return raw, file.filename
    if text.strip():
        return text.encode("utf-8"), "văn bản dán vào"
    raise InputError.single("choose a directive file (.toml) or paste its text", field="file")


def _upload_errors(request: Request, principal: Principal, csrf: str, raw: bytes, error: InputError,
                   replace: bool) -> Response:
    """The form again, the problems listed, and the file with the lines they point at marked."""
    marked: dict[int, list[str]] = {}
    for problem in error.problems:
        if problem.line:
            marked.setdefault(problem.line, []).append(problem.message)
    text = raw.decode("utf-8", errors="replace").removeprefix("\ufeff")
    lines = [{"number": number, "text": line, "problems": marked.get(number, [])}
             for number, line in enumerate(text.splitlines(), start=1)]
    return templates.TemplateResponse(request, "upload.html", {
        "principal": principal, "csrf": csrf, "problems": error.lines(), "lines": lines, "replace": replace,
        "text": text}, status_code=422)


@router.post("/tasks/{task_id}/extend", response_class=HTMLResponse)
def extend(task_id: int, request: Request, session: SessionDep, state: StateDep, now: NowDep,
           principal: PagePrincipal, csrf: Csrf, _csrf: CsrfChecked,
           to: Annotated[str, Form(max_length=40)] = "", reason: Annotated[str, Form(max_length=2000)] = "") -> Response:
    """Gia hạn: move the deadline to a later day (dd/mm/yyyy), with a reason."""
    require_manage_task(session, principal, task_id)
    try:
        day = parse_day_first(to)
    except DateError as error:
        return _task_error(request, session, state, now, principal, csrf, task_id, f"Hạn mới: {error}")
    return _apply(request, session, state, now, principal, csrf, task_id, lambda: tasks.extend_deadline(
        session, task_id=task_id, to=day, reason=reason, now=now, actor=principal.label, tz=state.settings.tz,
        armer=Armer(state.settings)))


@router.post("/tasks/{task_id}/return", response_class=HTMLResponse)
def return_report(task_id: int, request: Request, session: SessionDep, state: StateDep, now: NowDep,
                  principal: PagePrincipal, csrf: Csrf, _csrf: CsrfChecked,
                  reason: Annotated[str, Form(max_length=2000)] = "") -> Response:
    """Trả lại: the report is not accepted; the task is open again."""
    require_manage_task(session, principal, task_id)
    return _apply(request, session, state, now, principal, csrf, task_id, lambda: tasks.return_report(
        session, task_id=task_id, reason=reason, now=now, actor=principal.label, armer=Armer(state.settings)))


@router.post("/tasks/{task_id}/cancel", response_class=HTMLResponse)
def cancel(task_id: int, request: Request, session: SessionDep, state: StateDep, now: NowDep,
           principal: PagePrincipal, csrf: Csrf, _csrf: CsrfChecked,
           reason: Annotated[str, Form(max_length=2000)] = "") -> Response:
    """Hủy: the task leaves every list of work owed."""
    require_manage_task(session, principal, task_id)
    return _apply(request, session, state, now, principal, csrf, task_id, lambda: tasks.cancel_task(
        session, task_id=task_id, now=now, actor=principal.label, reason=reason or None))


def _apply(request: Request, session: SessionDep, state: StateDep, now: NowDep, principal: Principal, csrf: str,
           task_id: int, change: Callable[[], object]) -> Response:
    """Make the change and go back to the task; a refused change shows the task page with the reason."""
    try:
        change()
    except InputError as error:
        return _task_error(request, session, state, now, principal, csrf, task_id, "; ".join(error.lines()))
    return RedirectResponse(f"/tasks/{task_id}", status_code=303)


def _task_error(request: Request, session: SessionDep, state: StateDep, now: NowDep, principal: Principal, csrf: str,
                task_id: int, message: str) -> Response:
    """The task page again with the problem above the forms; nothing was changed."""
    session.rollback()
    return render_task(request, session, state, now, principal, csrf, task_id, error=message, status=422)
