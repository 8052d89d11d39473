"""Links in emails: GET shows the task and a form and changes nothing (mail scanners prefetch links);
POST, with the same signed token as proof, marks the task done for its agency."""

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlmodel import select

from rules.dates import format_day
from rules.status import status_clock
from tracker.errors import Conflict
from tracker.models import Agency, Directive, Item, Task
from tracker.services import tasks
from tracker.services.signing import LinkError, LinkSigner, TaskLink, secret_key
from tracker.web.deps import NowDep, SessionDep, StateDep
from tracker.web.pages import KIND_LABELS, STATUS_LABELS, days_text, templates

router = APIRouter(include_in_schema=False)


def _message(request: Request, status: int, heading: str, text: str, *, error: bool = True) -> Response:
    return templates.TemplateResponse(request, "message.html", {"heading": heading, "text": text, "error": error},
                                      status_code=status)


def _check(session: SessionDep, state: StateDep, token: str, now: NowDep) -> TaskLink | LinkError:
    signer = LinkSigner(secret_key(session), max_age_days=state.settings.web.link_days)
    try:
        link = signer.check(token, now=now)
    except LinkError as error:
        return error
    task = session.get(Task, link.task_id)
    if task is None or task.agency_id != link.agency_id:
        return LinkError("this link is not for this task's agency")
    return link


def _refusal(request: Request, error: LinkError) -> Response:
    if error.expired:
        return _message(request, 410, "Đường dẫn đã hết hạn",
                        "Đường dẫn trong thư đã hết hạn. Vui lòng đăng nhập để xem và báo cáo nhiệm vụ.")
    return _message(request, 403, "Đường dẫn không hợp lệ",
                    "Đường dẫn này không đúng hoặc đã bị thay đổi. Không có thay đổi nào được thực hiện.")


def _task_page(request: Request, session: SessionDep, state: StateDep, now: NowDep, link: TaskLink, token: str,
               *, notice: str | None = None) -> Response:
    tz = state.settings.tz
    clock = status_clock(now, due_soon_days=state.settings.due_soon_days, tz=tz)
    view = tasks.get_task_view(session, task_id=link.task_id, clock=clock, tz=tz)
    task = session.get(Task, link.task_id)
    assert task is not None
    directive = session.get(Directive, task.directive_id)
    item = session.get(Item, task.item_id)
    assert directive is not None and item is not None
    open_ = view.status.value in ("not_started", "in_progress", "due_soon", "overdue")
    context = {
        "task": view, "directive": {"title": directive.title, "kind_label": KIND_LABELS.get(directive.kind, "Văn bản")},
        "due": format_day(view.due), "days": days_text(view.days_left, view.status.value),
        "status_label": STATUS_LABELS[view.status.value], "details": item.details, "can_mark": open_,
        "completed": view.completed_at.astimezone(tz).strftime("%H:%M %d/%m/%Y") if view.completed_at else None,
        "action": f"/l/{token}", "notice": notice,
    }
    return templates.TemplateResponse(request, "link_task.html", context)


@router.get("/l/{token}", response_class=HTMLResponse)
def open_link(token: str, request: Request, session: SessionDep, state: StateDep, now: NowDep) -> Response:
    """Show the task the link was made for, with the form to report it done. Changes nothing."""
    checked = _check(session, state, token, now)
    if isinstance(checked, LinkError):
        return _refusal(request, checked)
    return _task_page(request, session, state, now, checked, token)


@router.post("/l/{token}", response_class=HTMLResponse)
def submit_link(token: str, request: Request, session: SessionDep, state: StateDep, now: NowDep,
                note: Annotated[str, Form(max_length=4000)], report_url: Annotated[str, Form(max_length=500)] = "",
                ) -> Response:
    """Mark the task done for the link's agency, with the report."""
    checked = _check(session, state, token, now)
    if isinstance(checked, LinkError):
        return _refusal(request, checked)
    agency = session.exec(select(Agency.code).where(Agency.id == checked.agency_id)).one()
    text = note.strip() + (f"\nVăn bản báo cáo: {report_url.strip()}" if report_url.strip() else "")
    try:
        tasks.mark_done(session, task_id=checked.task_id, agency_code=agency, now=now, actor=f"{agency} (email link)",
                        note=text or None)
    except Conflict as error:
        return _message(request, 409, "Không thể báo cáo", error.lines()[0].split(": ", 1)[-1])
    return _message(request, 200, "Đã ghi nhận báo cáo hoàn thành",
                    "Cảm ơn đơn vị. Nhiệm vụ đã được ghi nhận hoàn thành; hệ thống sẽ không gửi thêm thư nhắc.",
                    error=False)
