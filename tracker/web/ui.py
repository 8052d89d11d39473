"""The pages people use: sign-in, the agency inbox, the task page. Server-rendered, no JavaScript needed."""

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session, col, select

from rules.dates import format_day
from rules.status import Status, status_clock
from tracker.delivery import make_transport
from tracker.errors import InputError
from tracker.models import Agency, AuditEvent, Directive, Item, Notification, NotificationRecipient, OutboxMessage
from tracker.services import signin, tasks
from tracker.services.access import Principal, require_done_task, require_manage_task, require_read_task
from tracker.services.outbox import deliver_outbox
from tracker.services.signing import LinkError
from tracker.web.deps import AppState, NowDep, SessionDep, StateDep
from tracker.web.outbox_pages import catcher_in_use
from tracker.web.pages import ACTION_LABELS, KIND_LABELS, STATUS_LABELS, days_text, templates
from tracker.web.session import COOKIE, Csrf, CsrfChecked, MaybePrincipal, PagePrincipal

router = APIRouter(include_in_schema=False)

INBOX_GROUPS = [("overdue", "Quá hạn", (Status.overdue,)), ("due_soon", "Sắp đến hạn", (Status.due_soon,)),
                ("in_progress", "Đang thực hiện", (Status.in_progress,)),
                ("upcoming", "Chưa đến thời gian thực hiện", (Status.not_started,))]


def _page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    return templates.TemplateResponse(request, name, context, status_code=status)


def _deliver_now(state: AppState) -> None:
    """Send what the outbox holds (the sign-in email) right after the response; failures wait for the next pass."""
    deliver_outbox(state.engine, now=state.clock.now(), settings=state.settings, transport=make_transport(state.settings))


@router.get("/", response_class=HTMLResponse)
def home(principal: MaybePrincipal) -> Response:
    """Where a person starts: the inbox for agencies, sign-in for strangers."""
    if principal is None:
        return RedirectResponse("/signin", status_code=303)
    return RedirectResponse("/board" if principal.role in ("coordinator", "admin") else "/inbox", status_code=303)


@router.get("/signin", response_class=HTMLResponse)
def sign_in_form(request: Request) -> Response:
    """Ask for the email address."""
    return _page(request, "signin.html", {})


@router.post("/signin", response_class=HTMLResponse)
def sign_in_request(request: Request, session: SessionDep, state: StateDep, now: NowDep, background: BackgroundTasks,
                    email: Annotated[str, Form(max_length=320)]) -> Response:
    """Email a one-time link; the answer is the same whether or not the address is known."""
    if signin.request_sign_in(session, email=email, now=now, settings=state.settings) is not None:
        # Commit before the background send: the request's transaction would otherwise hold SQLite's write
        # lock until after background tasks have run.
        session.commit()
        background.add_task(_deliver_now, state)
    return _page(request, "message.html", {"heading": "Kiểm tra hộp thư", "error": False,
                                           "text": "Nếu địa chỉ này đã được đăng ký, một đường dẫn đăng nhập vừa được "
                                                   f"gửi tới {email.strip()}. Đường dẫn dùng một lần, hiệu lực "
                                                   f"{signin.LINK_MINUTES} phút.",
                                           **_catcher_link(state)})


@router.get("/signin/{token}", response_class=HTMLResponse)
def sign_in_confirm(token: str, request: Request, session: SessionDep, now: NowDep) -> Response:
    """Show a button that signs in; opening the link alone signs nobody in (mail scanners open links)."""
    try:
        user = signin.peek_sign_in(session, token=token, now=now)
    except LinkError as error:
        return _page(request, "message.html", {"heading": "Không thể đăng nhập", "error": True,
                                               "text": _link_text(error)}, status=410 if error.expired else 403)
    return _page(request, "signin_confirm.html", {"email": user.email, "action": f"/signin/{token}"})


@router.post("/signin/{token}")
def sign_in_complete(token: str, request: Request, session: SessionDep, now: NowDep) -> Response:
    """Use the link up, open a session, go to the inbox."""
    try:
        cookie = signin.complete_sign_in(session, token=token, now=now)
    except LinkError as error:
        return _page(request, "message.html", {"heading": "Không thể đăng nhập", "error": True,
                                               "text": _link_text(error)}, status=410 if error.expired else 403)
    response = RedirectResponse("/", status_code=303)
    secure = request.url.scheme == "https" or request.headers.get("x-forwarded-proto") == "https"
    response.set_cookie(COOKIE, cookie, max_age=signin.SESSION_DAYS * 86400, httponly=True, samesite="lax",
                        secure=secure, path="/")
    return response


@router.post("/signout")
def sign_out(request: Request, session: SessionDep, _csrf: CsrfChecked) -> Response:
    """End the session."""
    cookie = request.cookies.get(COOKIE)
    if cookie:
        signin.end_session(session, cookie=cookie)
    response = RedirectResponse("/signin", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/inbox", response_class=HTMLResponse)
def inbox(request: Request, session: SessionDep, state: StateDep, now: NowDep, principal: PagePrincipal,
          csrf: Csrf, agency: str | None = None) -> Response:
    """An agency's tasks: overdue first, then due soon, in progress, upcoming; and its completions."""
    code = principal.agency_code if principal.role == "agency" else (agency or principal.agency_code)
    if code is None:
        raise InputError.single("choose an agency: /inbox?agency=CODE", field="agency")
    tz = state.settings.tz
    clock = status_clock(now, due_soon_days=state.settings.due_soon_days, tz=tz)
    views = tasks.list_tasks(session, clock=clock, tz=tz, where=tasks.TaskFilter(agency=code))
    groups = [(key, title, [v for v in views if v.status in statuses]) for key, title, statuses in INBOX_GROUPS]
    done = sorted((v for v in views if v.status in (Status.done_on_time, Status.done_late)),
                  key=lambda v: v.completed_at or now, reverse=True)
    name = session.exec(select(Agency.name).where(Agency.code == code)).first() or code
    return _page(request, "inbox.html", {
        "principal": principal, "agency_name": name, "groups": groups, "done": done, "csrf": csrf,
        "fmt": format_day, "days": days_text, "labels": STATUS_LABELS, "tz": tz})


@router.get("/tasks/{task_id}", response_class=HTMLResponse)
def task_page(task_id: int, request: Request, session: SessionDep, state: StateDep, now: NowDep,
              principal: PagePrincipal, csrf: Csrf) -> Response:
    """One task: its directive and item, agencies, schedule, status, history and the emails sent about it."""
    return render_task(request, session, state, now, principal, csrf, task_id)


def render_task(request: Request, session: Session, state: AppState, now: datetime, principal: Principal, csrf: str,
                task_id: int, *, error: str | None = None, status: int = 200) -> Response:
    """The task page, with the forms this principal may use (and a problem to show above them)."""
    task = require_read_task(session, principal, task_id)
    tz = state.settings.tz
    clock = status_clock(now, due_soon_days=state.settings.due_soon_days, tz=tz)
    view = tasks.get_task_view(session, task_id=task_id, clock=clock, tz=tz)
    directive = session.get(Directive, task.directive_id)
    item = session.get(Item, task.item_id)
    assert directive is not None and item is not None
    events = session.exec(select(AuditEvent).where(AuditEvent.task_id == task_id).order_by(col(AuditEvent.at))).all()
    emails = session.exec(select(Notification.kind, Notification.fired_at, OutboxMessage.recipients, OutboxMessage.status)
                          .join(NotificationRecipient, col(NotificationRecipient.notification_id) == Notification.id)
                          .join(OutboxMessage, col(OutboxMessage.id) == NotificationRecipient.message_id)
                          .where(Notification.task_id == task_id).order_by(col(Notification.fired_at))).all()
    is_open = view.status.value in ("not_started", "in_progress", "due_soon", "overdue")
    can_mark = is_open and _allowed(require_done_task, session, principal, task_id)
    can_manage = _allowed(require_manage_task, session, principal, task_id)
    return _page(request, "task.html", {
        "principal": principal, "task": view, "directive": directive, "kind_label": KIND_LABELS.get(directive.kind, ""),
        "item": item, "events": events, "emails": emails, "csrf": csrf, "can_mark": can_mark, "tz": tz,
        "can_extend": can_manage and is_open, "can_return": can_manage and view.status.value.startswith("done"),
        "can_cancel": can_manage and is_open, "error": error, "actions": ACTION_LABELS,
        "due": format_day(view.due), "days": days_text(view.days_left, view.status.value),
        "status_label": STATUS_LABELS[view.status.value]}, status)


def _allowed(check: Callable[[Session, Principal, int], object], session: Session, principal: Principal,
             task_id: int) -> bool:
    """Whether an access check passes, to decide which forms to show."""
    try:
        check(session, principal, task_id)
    except InputError:
        return False
    return True


@router.post("/tasks/{task_id}/done")
def task_done(task_id: int, session: SessionDep, now: NowDep, principal: PagePrincipal, _csrf: CsrfChecked,
              note: Annotated[str, Form(max_length=4000)] = "",
              report_url: Annotated[str, Form(max_length=500)] = "") -> Response:
    """Mark done from the inbox or the task page."""
    task = require_done_task(session, principal, task_id)
    owner = session.exec(select(Agency.code).where(Agency.id == task.agency_id)).one()
    text = note.strip() + (f"\nVăn bản báo cáo: {report_url.strip()}" if report_url.strip() else "")
    tasks.mark_done(session, task_id=task_id, agency_code=owner, now=now, actor=principal.label, note=text or None)
    return RedirectResponse(f"/tasks/{task_id}", status_code=303)


def _catcher_link(state: AppState) -> dict[str, str]:
    """On the embedded default, where the test mailbox is (the email never leaves this machine)."""
    if not catcher_in_use(state.settings):
        return {}
    return {"link": "/mail", "link_text": "Mở hộp thư thử nghiệm (máy chủ thư cục bộ)"}


def _link_text(error: LinkError) -> str:
    if error.expired:
        return "Đường dẫn đăng nhập đã hết hạn hoặc đã được dùng. Vui lòng yêu cầu đường dẫn mới."
    return "Đường dẫn đăng nhập không hợp lệ."

