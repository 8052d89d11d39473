"""Coordinator pages: the board (directives, progress, late agencies, task filters), the directive grid,
statistics with a server-rendered bar chart and CSV export."""

import csv
import io
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from rules.dates import DateError, end_of_day, format_day, parse_day_first
from rules.status import Status, status_clock
from tracker.errors import InputError, NotFound
from tracker.services import directives as directive_service
from tracker.services import reports, tasks
from tracker.services.access import require_role
from tracker.web.deps import NowDep, SessionDep, StateDep
from tracker.web.pages import KIND_LABELS, STATUS_LABELS, days_text, templates
from tracker.web.session import Csrf, PagePrincipal

router = APIRouter(include_in_schema=False)
LATE_SHOWN = 20  # the board names the agencies with most overdue tasks; statistics has them all
PAGE = 100  # agencies per page in the statistics table and the directive grid
BAR_COLOURS = [("done_on_time", "#2e8b57", "đúng hạn"), ("done_late", "#b8860b", "trễ hạn"),
               ("overdue", "#c0392b", "quá hạn"), ("open", "#b0b8c4", "chưa đến hạn")]


def _as_of(value: str | None, now: datetime, tz: Any) -> datetime:
    """The end of a chosen day (dd/mm/yyyy or ISO), or now."""
    day = _day(value, "at", tz)
    return now if day is None else min(end_of_day(day, tz), now)


def _day(value: str | None, field: str, tz: Any) -> date | None:
    """A day written dd/mm/yyyy in a filter, or None."""
    if not value:
        return None
    try:
        return parse_day_first(value)
    except DateError as error:
        raise InputError.single(str(error), field=field) from None


@router.get("/board", response_class=HTMLResponse)
def board(request: Request, session: SessionDep, state: StateDep, now: NowDep, principal: PagePrincipal, csrf: Csrf,
          directive: str | None = None, agency: str | None = None, status: str | None = None,
          due_from: str | None = None, due_until: str | None = None) -> Response:
    """Directives with their progress, the late agencies, and the tasks matching the filters."""
    require_role(principal, "coordinator")
    tz = state.settings.tz
    clock = status_clock(now, due_soon_days=state.settings.due_soon_days, tz=tz)
    rows = []
    for item in directive_service.get_all_directives(session):
        counts = directive_service.count_statuses(session, directive_id=item.id or 0, clock=clock)
        rows.append({"directive": item, "kind": KIND_LABELS.get(item.kind, ""), "counts": counts,
                     "total": sum(counts.values()), "open": sum(counts.get(s.value, 0) for s in
                                                               (Status.not_started, Status.in_progress, Status.due_soon))})
    late_total, late = reports.late_agencies(session, clock=clock, directive=directive or None, limit=LATE_SHOWN)
    rates = {row.agency: row.on_time_rate for row in reports.agency_report(
        session, clock=clock, directive=directive or None, agencies=[row.agency for row in late])} if late else {}
    statuses = (Status(status),) if status and status in Status.__members__ else ()
    first, last = _day(due_from, "due_from", tz), _day(due_until, "due_until", tz)
    where = tasks.TaskFilter(agency=agency or None, directive=directive or None, statuses=statuses, limit=200,
                             due_from=datetime.combine(first, time(0), tzinfo=tz) if first else None,
                             due_until=end_of_day(last, tz) if last else None)
    filtered = directive or agency or statuses or first or last
    listed = tasks.list_tasks(session, clock=clock, tz=tz, where=where) if filtered else []
    return templates.TemplateResponse(request, "board.html", {
        "principal": principal, "csrf": csrf, "rows": rows, "late": late, "late_total": late_total, "rates": rates,
        "tasks": listed,
        "filters": {"directive": directive or "", "agency": agency or "", "status": status or "",
                    "due_from": due_from or "", "due_until": due_until or ""},
        "statuses": STATUS_LABELS, "fmt": format_day, "days": days_text})


@router.get("/directives/{number:path}", response_class=HTMLResponse)
def directive_grid(number: str, request: Request, session: SessionDep, state: StateDep, now: NowDep,
                   principal: PagePrincipal, csrf: Csrf, page: Annotated[int, Query(ge=1)] = 1) -> Response:
    """Agencies x items, each cell coloured by the status of the nearest open (or last) task."""
    directive = directive_service.get_directive_by_number(session, number=number)
    if directive is None:
        raise NotFound.single(f"no directive numbered {number}", field="number")
    tz = state.settings.tz
    clock = status_clock(now, due_soon_days=state.settings.due_soon_days, tz=tz)
    if principal.role == "agency":
        total, codes = 1, [principal.agency_code or ""]
    else:  # a plan sent to every commune has thousands of rows: one page of agencies at a time
        total, codes = directive_service.agency_page(session, directive_id=directive.id or 0,
                                                     offset=(page - 1) * PAGE, limit=PAGE)
    where = tasks.TaskFilter(directive=number, agencies=tuple(codes))
    views = tasks.list_tasks(session, clock=clock, tz=tz, where=where) if codes else []
    items = directive_service.get_items_with_agencies(session, directive_id=directive.id or 0)
    cells: dict[tuple[str, str], Any] = {}
    for view in views:  # soonest first: keep the first open task, else the latest one
        key = (view.agency, view.item)
        current = cells.get(key)
        if current is None or (current.status.value.startswith("done") and not view.status.value.startswith("done")):
            cells[key] = view
    agencies = sorted({view.agency: view.agency_name for view in views}.items())
    return templates.TemplateResponse(request, "directive.html", {
        "principal": principal, "csrf": csrf, "directive": directive, "kind": KIND_LABELS.get(directive.kind, ""),
        "items": [item for item, _ in items], "agencies": agencies, "cells": cells, "statuses": STATUS_LABELS,
        "fmt": format_day, "pager": _pager(page, total, f"/directives/{number}?")})


@router.get("/statistics", response_class=HTMLResponse)
def statistics(request: Request, session: SessionDep, state: StateDep, now: NowDep, principal: PagePrincipal,
               csrf: Csrf, at: str | None = None, directive: str | None = None, sort: str = "agency",
               page: Annotated[int, Query(ge=1)] = 1) -> Response:
    """Per agency counts and on-time rate as of a chosen day, with a bar chart drawn on the server."""
    moment = _as_of(at, now, state.settings.tz)
    clock = status_clock(moment, due_soon_days=state.settings.due_soon_days, tz=state.settings.tz)
    rows = reports.agency_report(session, clock=clock, directive=directive or None)
    if principal.role == "agency":
        rows = [row for row in rows if row.agency == principal.agency_code]
    rows.sort(key=SORTS.get(sort, SORTS["agency"]))
    total, rows = len(rows), rows[(page - 1) * PAGE:page * PAGE]
    query = "&".join(f"{k}={quote(v)}" for k, v in (("at", at), ("directive", directive)) if v)
    here = "&".join(part for part in (query, f"sort={quote(sort)}") if part)
    return templates.TemplateResponse(request, "statistics.html", {
        "principal": principal, "csrf": csrf, "rows": rows, "chart": bar_chart(rows), "at": at or "", "sort": sort,
        "pager": _pager(page, total, f"/statistics?{here}&"),
        "directive": directive or "", "as_of": moment.astimezone(state.settings.tz).strftime("%d/%m/%Y"),
        "csv_url": "/statistics.csv" + (f"?{query}" if query else "")})


@router.get("/statistics.csv")
def statistics_csv(session: SessionDep, state: StateDep, now: NowDep, principal: PagePrincipal,
                   at: str | None = None, directive: str | None = None) -> Response:
    """The statistics as CSV (UTF-8 with BOM, so spreadsheet programs read Vietnamese correctly)."""
    clock = status_clock(_as_of(at, now, state.settings.tz), due_soon_days=state.settings.due_soon_days,
                         tz=state.settings.tz)
    rows = reports.agency_report(session, clock=clock, directive=directive or None)
    if principal.role == "agency":
        rows = [row for row in rows if row.agency == principal.agency_code]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["agency", "name", "assigned", "done_on_time", "done_late", "overdue", "open", "on_time_rate"])
    for row in rows:
        writer.writerow([row.agency, row.name, row.assigned, row.done_on_time, row.done_late, row.overdue, row.open,
                         "" if row.on_time_rate is None else row.on_time_rate])
    return Response("\ufeff" + buffer.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="thong-ke.csv"'})


SORTS: dict[str, Callable[[reports.AgencyStats], Any]] = {
    "agency": lambda row: row.agency,
    "overdue": lambda row: (-row.overdue, row.agency),
    "rate": lambda row: (row.on_time_rate is None, row.on_time_rate or 0.0, row.agency),
}


def _pager(page: int, total: int, url: str) -> dict[str, Any]:
    """Where the previous and next pages are, for a list of `total` rows shown PAGE at a time."""
    pages = max(1, -(-total // PAGE))
    return {"page": page, "pages": pages, "total": total,
            "previous": f"{url}page={page - 1}" if page > 1 else None,
            "next": f"{url}page={page + 1}" if page < pages else None}


def bar_chart(rows: list[reports.AgencyStats]) -> dict[str, Any]:
    """Geometry of a horizontal stacked bar per agency (on time, late, overdue, open), for the SVG template."""
    width, label, bar_height, gap = 640, 170, 18, 8
    largest = max((row.assigned for row in rows), default=0) or 1
    bars = []
    for position, row in enumerate(rows):
        y = position * (bar_height + gap) + 24
        x = label
        segments = []
        for field, colour, name in BAR_COLOURS:
            count = getattr(row, field)
            length = (width - label - 60) * count / largest
            if count:
                segments.append({"x": round(x, 1), "width": round(length, 1), "colour": colour,
                                 "title": f"{row.name}: {count} {name}"})
            x += length
        rate = "–" if row.on_time_rate is None else f"{row.on_time_rate:.0%}"
        bars.append({"y": y, "label": row.agency, "name": row.name, "segments": segments, "rate": rate,
                     "end": round(x + 6, 1)})
    legend = [{"x": label + index * 120, "colour": colour, "name": name}
              for index, (_, colour, name) in enumerate(BAR_COLOURS)]
    return {"width": width, "height": len(rows) * (bar_height + gap) + 40, "bar_height": bar_height, "bars": bars,
            "legend": legend, "label": label}



