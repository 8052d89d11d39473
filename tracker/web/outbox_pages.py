"""The outbox page (pending, sent and failed emails, with the server's answer; retry) and, on the embedded
default, the mail catcher's received messages."""

import re
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup, escape
from sqlalchemy import func
from sqlmodel import col, select

from notifications.catcher import read_caught
from tracker.config import Settings
from tracker.errors import NotFound
from tracker.models import OutboxMessage
from tracker.services import outbox
from tracker.services.access import require_role
from tracker.web.deps import NowDep, SessionDep, StateDep
from tracker.web.pages import templates
from tracker.web.session import Csrf, CsrfChecked, MaybePrincipal, PagePrincipal

router = APIRouter(include_in_schema=False)
OUTBOX_STATUSES = {"pending": "Chờ gửi", "sending": "Đang gửi", "sent": "Đã gửi", "failed": "Lỗi"}
LOOPBACK = ("127.0.0.1", "::1", "localhost")
_URL = re.compile(r"https?://[^\s<>\"')]+")


@router.get("/outbox", response_class=HTMLResponse)
def outbox_page(request: Request, session: SessionDep, state: StateDep, principal: PagePrincipal, csrf: Csrf,
                status: Annotated[str | None, Query(max_length=10)] = None) -> Response:
    """Emails by status, newest first, each with its attempts and the server's last answer."""
    require_role(principal, "coordinator")
    chosen = status if status in OUTBOX_STATUSES else None
    counts = dict(session.exec(select(OutboxMessage.status, func.count()).group_by(col(OutboxMessage.status))).all())
    messages = outbox.list_messages(session, status=chosen)
    return templates.TemplateResponse(request, "outbox.html", {
        "principal": principal, "csrf": csrf, "messages": messages, "counts": counts, "chosen": chosen or "",
        "labels": OUTBOX_STATUSES, "tz": state.settings.tz, "catcher": catcher_in_use(state.settings)})


@router.post("/outbox/{message_id}/retry")
def retry(message_id: int, session: SessionDep, now: NowDep, principal: PagePrincipal, _csrf: CsrfChecked) -> Response:
    """Put a failed message back in the queue, due now; the next pass sends it."""
    require_role(principal, "coordinator")
    outbox.retry_message(session, message_id=message_id, now=now)
    return RedirectResponse("/outbox?status=pending", status_code=303)


def catcher_in_use(settings: Settings) -> bool:
    """Whether mail goes to the local catcher (the embedded default), so its messages can be shown."""
    return settings.smtp.catcher and settings.smtp.host in LOOPBACK


@router.get("/mail", response_class=HTMLResponse)
def caught_mail(request: Request, state: StateDep, principal: MaybePrincipal, csrf: Csrf,
                to: Annotated[str | None, Query(max_length=320)] = None) -> Response:
    """The catcher's messages, newest first: how a tester reads the sign-in link on the embedded default.

    Only for a browser on this machine and only when mail goes to the catcher; no real mailbox is ever shown.
    """
    client = request.client.host if request.client else ""
    if not catcher_in_use(state.settings) or client not in LOOPBACK:
        raise NotFound.single("there is no mail catcher here", field="mail")
    caught = list(reversed(read_caught(state.settings.smtp.catcher_dir)))
    if to:
        caught = [message for message in caught if to.strip().casefold() in message.to.casefold()]
    return templates.TemplateResponse(request, "mail.html", {
        "principal": principal, "csrf": csrf, "messages": caught[:100], "total": len(caught), "to": to or "",
        "linkify": linkify})


def linkify(text: str) -> Markup:
    """Escape the text and make its web addresses clickable."""
    parts, last = [], 0
    for match in _URL.finditer(text):
        parts.append(escape(text[last:match.start()]))
        url = escape(match.group(0))
        parts.append(Markup(f'<a href="{url}">{url}</a>'))
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)
