"""Per-agency statistics: the on-time / late / overdue split monitoring offices publish."""

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from rules.status import Status, StatusClock, on_time_rate
from tracker.models import Agency, Directive, Task
from tracker.services.status_sql import status_case, status_filter


@dataclass(frozen=True)
class AgencyStats:
    """One agency's counts at a moment, and its on-time rate."""

    agency: str
    name: str
    assigned: int
    done_on_time: int
    done_late: int
    overdue: int
    open: int
    cancelled: int
    on_time_rate: float | None

    def as_json(self) -> dict[str, Any]:
        """The JSON object of `report --json`."""
        return asdict(self)


@dataclass(frozen=True)
class LateAgency:
    """An agency with overdue tasks, and how many."""

    agency: str
    name: str
    overdue: int


def late_agencies(session: Session, *, clock: StatusClock, directive: str | None = None,
                  limit: int = 20) -> tuple[int, list[LateAgency]]:
    """How many agencies have overdue tasks, and the `limit` with the most. Reads only overdue tasks (the
    open-by-due index), not every task: the board stays fast when a country's worth of work is done."""
    query = select(Task.agency_id, func.count().label("overdue")).where(status_filter([Status.overdue], clock))
    if directive is not None:
        query = query.join(Directive, col(Directive.id) == Task.directive_id).where(Directive.number == directive)
    counted = query.group_by(col(Task.agency_id)).subquery()
    total = session.exec(select(func.count()).select_from(counted)).one()
    rows = session.exec(select(Agency.code, Agency.name, counted.c.overdue).join(counted, counted.c.agency_id == Agency.id)
                        .order_by(counted.c.overdue.desc(), col(Agency.code)).limit(limit)).all()
    return int(total), [LateAgency(code, name, count) for code, name, count in rows]


def agency_report(session: Session, *, clock: StatusClock, directive: str | None = None,
                  agencies: list[str] | None = None) -> list[AgencyStats]:
    """Counts per agency in one grouped query; `open` counts not yet due, `overdue` open and late."""
    status = status_case(clock).label("status")
    inner = select(Task.agency_id, status)
    if directive is not None:
        inner = inner.join(Directive, col(Directive.id) == Task.directive_id).where(Directive.number == directive)
    if agencies is not None:
        inner = inner.where(col(Task.agency_id).in_(select(Agency.id).where(col(Agency.code).in_(agencies))))
    counted = inner.subquery()
    rows = session.exec(select(Agency.code, Agency.name, counted.c.status, func.count())
                        .join(counted, counted.c.agency_id == Agency.id)
                        .group_by(Agency.code, Agency.name, counted.c.status).order_by(Agency.code))
    table: dict[str, dict[str, Any]] = {}
    for code, name, state, count in rows:
        entry = table.setdefault(code, {"name": name, **{s.value: 0 for s in Status}})
        entry[state] = count
    result = []
    for code, entry in table.items():
        open_ = entry[Status.not_started] + entry[Status.in_progress] + entry[Status.due_soon]
        assigned = sum(entry[s.value] for s in Status if s is not Status.cancelled)
        result.append(AgencyStats(
            agency=code, name=entry["name"], assigned=assigned, done_on_time=entry[Status.done_on_time],
            done_late=entry[Status.done_late], overdue=entry[Status.overdue], open=open_,
            cancelled=entry[Status.cancelled],
            on_time_rate=on_time_rate(done_on_time=entry[Status.done_on_time], done_late=entry[Status.done_late],
                                      overdue=entry[Status.overdue])))
    return result
