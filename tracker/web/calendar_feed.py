"""The per-agency calendar feed: open tasks as all-day events on their last day, with a reminder alarm."""

import hmac
from datetime import timedelta

from fastapi import APIRouter, Query
from fastapi.responses import Response
from icalendar import Alarm, Calendar, Event
from sqlmodel import select

from rules.status import Status, status_clock
from tracker.errors import Forbidden, NotFound
from tracker.models import Agency
from tracker.services import tasks
from tracker.services.signing import calendar_token, secret_key
from tracker.web.deps import NowDep, SessionDep, StateDep

router = APIRouter(include_in_schema=False)
OPEN = (Status.not_started, Status.in_progress, Status.due_soon, Status.overdue)


@router.get("/calendar/{code}.ics")
def agency_calendar(code: str, session: SessionDep, state: StateDep, now: NowDep,
                    token: str = Query(default="")) -> Response:
    """iCalendar of an agency's open tasks; the URL carries a secret only that agency is given."""
    key = secret_key(session)
    if not hmac.compare_digest(token, calendar_token(key, code)):
        raise Forbidden.single("this calendar address is not valid", field="token")
    agency = session.exec(select(Agency).where(Agency.code == code)).first()
    if agency is None:
        raise NotFound.single(f"unknown agency '{code}'", field="code")
    tz = state.settings.tz
    clock = status_clock(now, due_soon_days=state.settings.due_soon_days, tz=tz)
    views = tasks.list_tasks(session, clock=clock, tz=tz, where=tasks.TaskFilter(agency=code, statuses=OPEN))
    calendar = Calendar()
    calendar.add("prodid", "-//tracker//Theo doi van ban chi dao//VI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"Nhiệm vụ - {agency.name}")
    calendar.add("x-wr-timezone", state.settings.timezone)
    base = state.settings.notifications.base_url.rstrip("/")
    for view in views:
        event = Event()
        event.add("uid", f"task-{view.id}@tracker")
        event.add("dtstamp", now)
        event.add("summary", f"[{view.directive}] {view.title}")
        event.add("dtstart", view.due)  # all day, on the last day
        event.add("dtend", view.due + timedelta(days=1))
        event.add("description", f"Hạn: {view.due:%d/%m/%Y}. {base}/tasks/{view.id}")
        event.add("url", f"{base}/tasks/{view.id}")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Sắp đến hạn: {view.title}")
        alarm.add("trigger", timedelta(days=-2))  # two days before the last day starts
        event.add_component(alarm)
        calendar.add_component(event)
    return Response(calendar.to_ical(), media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": f'inline; filename="{code}.ics"'})
