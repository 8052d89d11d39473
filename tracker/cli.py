"""The `tracker` command line: coordinators and operators, every listing also as --json."""

import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import Engine
from sqlmodel import Session

from notifications.catcher import read_caught
from rules.dates import DateError, format_day, local_date, parse_day_first, parse_instant
from rules.status import Status, status_clock
from tracker.clock import Clock, SystemClock
from tracker.config import Settings, load_settings
from tracker.db import init_schema, make_engine, require_schema, transaction
from tracker.delivery import embedded_catcher, make_transport
from tracker.errors import InputError
from tracker.files.directive import read_directive
from tracker.scheduler import build_scheduler, run_with_scheduler
from tracker.services import access, drafting, outbox, passes, previews, reports, tasks
from tracker.services import agencies as agency_service
from tracker.services import demo as demo_service
from tracker.services import directives as directive_service
from tracker.services.alarms import Armer
from tracker.services.horizon import extend_horizon
from tracker.services.signing import calendar_token, secret_key
from tracker.tomlfile import read_toml
from tracker.web.server import web_server

app = typer.Typer(help="Deadline tracking for inter-agency directives.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)
agencies_app = typer.Typer(help="The agencies registry and its groups.", no_args_is_help=True)
directives_app = typer.Typer(help="Directives and the items they assign.", no_args_is_help=True)
tasks_app = typer.Typer(help="Tasks: what each agency owes, and the changes made to them.", no_args_is_help=True)
app.add_typer(agencies_app, name="agencies")
app.add_typer(directives_app, name="directives")
app.add_typer(tasks_app, name="tasks")

# Piped output keeps whole lines (rich would otherwise wrap at 80 columns).
out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)

T = TypeVar("T")
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
NowOpt = Annotated[str | None, typer.Option("--now", help="Evaluate status at this instant (ISO, e.g. 2021-06-09T23:59+07:00).")]


@dataclass
class Context:
    """What every command needs: settings, the database, the clock, who is acting."""

    settings: Settings
    clock: Clock
    _engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        """The database engine, created on first use."""
        if self._engine is None:
            self._engine = make_engine(self.settings.database.url)
        return self._engine

    @property
    def actor(self) -> str:
        """Who the audit trail records for changes made from this command line."""
        return os.environ.get("TRACKER_ACTOR") or f"cli:{getpass.getuser()}"

    def now(self, override: str | None = None) -> datetime:
        """--now if given, else the clock."""
        if override is None:
            return self.clock.now()
        try:
            return parse_instant(override, self.settings.tz)
        except DateError as error:
            raise InputError.single(str(error), field="--now") from None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction on an initialised database."""
        require_schema(self.engine)
        with transaction(self.engine) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session on an initialised database."""
        require_schema(self.engine)
        with Session(self.engine) as session:
            yield session


def _ctx(typer_ctx: typer.Context) -> Context:
    obj = typer_ctx.find_root().obj
    assert isinstance(obj, Context)
    return obj


ConfigOpt = Annotated[Path | None, typer.Option(
    "--config", help="Configuration file (default: $TRACKER_CONFIG, else ./config.toml).")]
ReplaceOpt = Annotated[bool, typer.Option("--replace", help="Update a registered directive; completed tasks are kept.")]


@app.callback()
def _root(typer_ctx: typer.Context, config: ConfigOpt = None) -> None:
    """Deadline tracking for inter-agency directives."""
    typer_ctx.obj = _guard(lambda: Context(settings=load_settings(config), clock=SystemClock()))


def _guard(action: Callable[[], T]) -> T:
    """Run an action; a user's mistake becomes its message on stderr and exit code 2."""
    try:
        return action()
    except InputError as error:
        for line in error.lines():
            typer.echo(line, err=True)
        raise typer.Exit(2) from None


def _fail(message: str, *, field: str) -> NoReturn:
    """Refuse bad input: one line on stderr, exit code 2."""
    typer.echo(InputError.single(message, field=field).lines()[0], err=True)
    raise typer.Exit(2)


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def _table(*columns: str) -> Table:
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    for column in columns:
        # Codes, dates and numbers never wrap; long Vietnamese titles and names may.
        wraps = column in {"title", "name", "details", "emails", "lead", "cooperating", "schedule"}
        table.add_column(column, no_wrap=not wraps, overflow="fold" if wraps else "ellipsis")
    return table


# ---------------------------------------------------------------- init


@app.command()
def init(typer_ctx: typer.Context) -> None:
    """Create or upgrade the database schema (safe to run again)."""
    ctx = _ctx(typer_ctx)
    revision = _guard(lambda: init_schema(ctx.engine))
    out.print(f"database ready at schema {revision}: {ctx.engine.url.render_as_string(hide_password=True)}",
              markup=False)


# ---------------------------------------------------------------- agencies


@agencies_app.command("load")
def agencies_load(typer_ctx: typer.Context, file: Annotated[Path, typer.Argument(help="agencies TOML file")]) -> None:
    """Create or update the agencies and groups of a file (agencies not in it are kept)."""
    ctx = _ctx(typer_ctx)

    def run() -> agency_service.LoadResult:
        document = read_toml(file)
        with ctx.write() as session:
            return agency_service.load_agencies(session, document=document, now=ctx.now(), actor=ctx.actor)

    result = _guard(run)
    out.print(f"{file}: {result.created} agencies created, {result.updated} updated, "
              f"{result.unchanged} unchanged; {result.groups} groups", markup=False)


@agencies_app.command("list")
def agencies_list(typer_ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """List the agencies: code, name, emails, supervisor, groups."""
    ctx = _ctx(typer_ctx)

    def run() -> list[dict[str, Any]]:
        with ctx.read() as session:
            agencies = agency_service.get_all_agencies(session)
            codes = {agency.id: agency.code for agency in agencies}
            memberships: dict[str, list[str]] = {}
            for group, members in agency_service.get_all_groups_with_members(session):
                for code in members:
                    memberships.setdefault(code, []).append(group.code)
            return [{"code": a.code, "name": a.name, "emails": a.emails, "aliases": a.aliases,
                     "supervisor": codes.get(a.supervisor_id), "groups": memberships.get(a.code, [])}
                    for a in agencies]

    rows = _guard(run)
    if as_json:
        _print_json(rows)
        return
    table = _table("code", "name", "emails", "supervisor", "groups")
    for row in rows:
        table.add_row(row["code"], row["name"], ", ".join(row["emails"]), row["supervisor"] or "",
                      ", ".join(row["groups"]))
    out.print(table)


@agencies_app.command("calendar")
def agencies_calendar(typer_ctx: typer.Context, code: Annotated[str, typer.Argument(help="agency code")]) -> None:
    """Print the secret address of an agency's calendar feed (iCalendar), to give to that agency only."""
    ctx = _ctx(typer_ctx)

    def run() -> str:
        with ctx.write() as session:
            if agency_service.get_agency_by_code(session, code=code) is None:
                raise InputError.single(f"unknown agency '{code}'", field="code")
            token = calendar_token(secret_key(session), code)
        return f"{ctx.settings.notifications.base_url.rstrip('/')}/calendar/{code}.ics?token={token}"

    sys.stdout.write(_guard(run) + "\n")


@agencies_app.command("groups")
def agencies_groups(typer_ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """List the groups and their members."""
    ctx = _ctx(typer_ctx)

    def run() -> list[dict[str, Any]]:
        with ctx.read() as session:
            return [{"code": g.code, "name": g.name, "aliases": g.aliases, "members": members}
                    for g, members in agency_service.get_all_groups_with_members(session)]

    rows = _guard(run)
    if as_json:
        _print_json(rows)
        return
    table = _table("group", "name", "members")
    for row in rows:
        table.add_row(row["code"], row["name"], ", ".join(row["members"]))
    out.print(table)


# ---------------------------------------------------------------- directives


@directives_app.command("add")
def directives_add(typer_ctx: typer.Context, file: Annotated[Path, typer.Argument(help="directive TOML file")],
                   replace: ReplaceOpt = False,
                   now: NowOpt = None) -> None:
    """Register a directive from its file and create its tasks."""
    ctx = _ctx(typer_ctx)

    def run() -> directive_service.RegisterResult:
        plan = read_directive(read_toml(file))
        with ctx.write() as session:
            return directive_service.register_directive(session, plan=plan, settings=ctx.settings,
                                                        now=ctx.now(now), actor=ctx.actor, replace=replace,
                                                        source_file=str(file))

    result = _guard(run)
    number = result.directive.number
    if result.replaced:
        out.print(f"{number}: replaced; {result.created} tasks created, {result.kept} kept, "
                  f"{result.removed} removed", markup=False)
    else:
        out.print(f"{number}: registered; {result.created} tasks created", markup=False)


@directives_app.command("draft")
def directives_draft(typer_ctx: typer.Context,
                     file: Annotated[Path, typer.Argument(help="the directive's text, UTF-8 (copied from the document)")],
                     issuer: Annotated[str | None, typer.Option(
                         help="Issuer's agency code, when the text does not name one the registry knows.")] = None,
                     issued_on: Annotated[str | None, typer.Option(
                         "--issued-on", help="Issue date, day-first (7/6/2021), when the text does not give it.")] = None,
                     output: Annotated[Path | None, typer.Option(
                         "-o", "--output", help="Write the draft to this file (default: print it).")] = None,
                     agencies: Annotated[Path | None, typer.Option(
                         help="Match names against this agencies file instead of the database.")] = None,
                     now: Annotated[str | None, typer.Option(
                         help="Today (ISO), the issue date of last resort when the text gives none.")] = None) -> None:
    """Draft a directive file from its Vietnamese text; review its KIỂM TRA marks, then `directives add` it."""
    ctx = _ctx(typer_ctx)

    def run() -> drafting.Draft:
        text = drafting.read_text_file(file)
        day = None
        if issued_on is not None:
            try:
                day = parse_day_first(issued_on)
            except DateError as error:
                raise InputError.single(str(error), field="--issued-on") from None
        if agencies is not None:
            registry = drafting.registry_from_file(agencies)
        else:
            with ctx.read() as session:
                registry = drafting.registry_from_db(session)
        return drafting.draft_directive(text, registry, issuer=issuer, issued_on=day, source_name=file.name,
                                        today=local_date(ctx.now(now), ctx.settings.tz))

    try:
        draft = _guard(run)
    except drafting.DraftError as error:  # a bug of the drafter: say so, write nothing
        typer.echo(f"{file}: internal error, nothing written: {error}", err=True)
        raise typer.Exit(1) from None
    summary = (f"{draft.number}: {len(draft.items)} items, {draft.checks} marked KIỂM TRA, "
               f"{len(draft.unresolved)} names not in the registry")
    if output is None:
        sys.stdout.write(draft.toml)
        typer.echo(summary, err=True)
        return
    output.write_text(draft.toml, encoding="utf-8")
    out.print(f"{output}: {summary}", markup=False)


@directives_app.command("list")
def directives_list(typer_ctx: typer.Context, as_json: JsonOpt = False, now: NowOpt = None) -> None:
    """List the directives with their progress."""
    ctx = _ctx(typer_ctx)

    def run() -> list[dict[str, Any]]:
        with ctx.read() as session:
            clock = status_clock(ctx.now(now), due_soon_days=ctx.settings.due_soon_days, tz=ctx.settings.tz)
            rows = []
            for directive in directive_service.get_all_directives(session):
                counts = directive_service.count_statuses(session, directive_id=directive.id or 0, clock=clock)
                rows.append(_directive_json(session, directive) | {"tasks": counts})
            return rows

    rows = _guard(run)
    if as_json:
        _print_json(rows)
        return
    table = _table("number", "kind", "issued", "coordinator", "title", "tasks", "done", "overdue")
    for row in rows:
        counts = row["tasks"]
        done = counts.get("done_on_time", 0) + counts.get("done_late", 0)
        table.add_row(row["number"], row["kind"], format_day(date.fromisoformat(row["issued_on"])),
                      row["coordinator"], row["title"], str(sum(counts.values())), str(done),
                      str(counts.get("overdue", 0)))
    out.print(table)


def _directive_json(session: Session, directive: Any) -> dict[str, Any]:
    codes = agency_service.codes_by_id(session, ids=[directive.issuer_id, directive.coordinator_id])
    return {"number": directive.number, "kind": directive.kind, "title": directive.title,
            "issuer": codes[directive.issuer_id], "issued_on": directive.issued_on.isoformat(),
            "coordinator": codes[directive.coordinator_id], "implements": directive.implements}


@directives_app.command("show")
def directives_show(typer_ctx: typer.Context, number: Annotated[str, typer.Argument(help="directive number, e.g. 2774/UBND-NC")],
                    as_json: JsonOpt = False, now: NowOpt = None) -> None:
    """Show a directive: header, items with schedule and agencies, task counts by status."""
    ctx = _ctx(typer_ctx)

    def run() -> dict[str, Any]:
        with ctx.read() as session:
            directive = directive_service.get_directive_by_number(session, number=number)
            if directive is None:
                raise InputError.single(f"no directive numbered {number}", field="number")
            clock = status_clock(ctx.now(now), due_soon_days=ctx.settings.due_soon_days, tz=ctx.settings.tz)
            items = [{"ref": item.ref, "title": item.title, "details": item.details,
                      "schedule": describe_schedule(item),
                      "lead": [code for code, _ in roles["lead"]],
                      "cooperating": [code for code, _ in roles["cooperating"]],
                      "lead_named": _as_written(roles["lead"]),
                      "cooperating_named": _as_written(roles["cooperating"])}
                     for item, roles in directive_service.get_items_with_agencies(session, directive_id=directive.id or 0)]
            return _directive_json(session, directive) | {
                "items": items, "tasks": directive_service.count_statuses(session, directive_id=directive.id or 0,
                                                                         clock=clock)}

    data = _guard(run)
    if as_json:
        _print_json(data)
        return
    out.print(f"[bold]{data['number']}[/bold] ({data['kind']}, {format_day(date.fromisoformat(data['issued_on']))}) "
              f"issued by {data['issuer']}, coordinated by {data['coordinator']}")
    out.print(data["title"], markup=False)
    if data["implements"]:
        out.print(f"implements {data['implements']}", markup=False)
    table = _table("item", "title", "schedule", "lead", "cooperating")
    for item in data["items"]:
        table.add_row(item["ref"], item["title"], item["schedule"], ", ".join(item["lead_named"]),
                      ", ".join(item["cooperating_named"]))
    out.print(table)
    out.print("tasks: " + ", ".join(f"{status} {count}" for status, count in data["tasks"].items()), markup=False)


def _as_written(entries: list[tuple[str, str | None]]) -> list[str]:
    """Agencies as the file named them: codes, and groups as group:CODE with their size."""
    named: dict[str, int] = {}
    for code, via_group in entries:
        key = f"group:{via_group}" if via_group else code
        named[key] = named.get(key, 0) + 1
    return [f"{key} ({count})" if key.startswith("group:") else key for key, count in named.items()]


def describe_schedule(item: Any) -> str:
    """An item's schedule in a few words, dates day-first."""
    if item.schedule_kind == "deadline":
        return f"deadline {format_day(item.due_on)}"
    if item.schedule_kind == "window":
        return f"window {format_day(item.start_on)} - {format_day(item.due_on)}"
    until = f" until {format_day(item.until_on)}" if item.until_on else ""
    if item.schedule_kind == "recurrence":
        return f"every {item.rrule} from {format_day(item.start_on)}{until}"
    month, day = item.annual_day.split("-")
    return f"every year on {int(day)}/{int(month)}{until}"


# ---------------------------------------------------------------- tasks


@tasks_app.command("list")
def tasks_list(typer_ctx: typer.Context,
               agency: Annotated[str | None, typer.Option(help="Only this agency's tasks (code).")] = None,
               directive: Annotated[str | None, typer.Option(help="Only this directive's tasks (number).")] = None,
               status: Annotated[list[Status] | None, typer.Option(help="Only tasks in this status (repeatable).")] = None,
               now: NowOpt = None, as_json: JsonOpt = False,
               limit: Annotated[int | None, typer.Option(help="At most this many tasks.")] = None) -> None:
    """List tasks, soonest deadline first, with their status now (or at --now)."""
    ctx = _ctx(typer_ctx)
    tz = ctx.settings.tz

    def run() -> list[tasks.TaskView]:
        with ctx.read() as session:
            clock = status_clock(ctx.now(now), due_soon_days=ctx.settings.due_soon_days, tz=tz)
            where = tasks.TaskFilter(agency=agency, directive=directive, statuses=tuple(status or ()), limit=limit)
            return tasks.list_tasks(session, clock=clock, tz=tz, where=where)

    views = _guard(run)
    if as_json:
        _print_json([view.as_json(tz) for view in views])
        return
    table = _table("id", "directive", "item", "agency", "due", "status", "days", "title")
    for view in views:
        table.add_row(str(view.id), view.directive, view.item, view.agency, format_day(view.due),
                      _status_text(view.status), _days_text(view), view.title)
    out.print(table)
    out.print(f"{len(views)} task{'' if len(views) == 1 else 's'}", markup=False)


_STATUS_STYLE = {Status.overdue: "bold red", Status.due_soon: "yellow", Status.done_on_time: "green",
                 Status.done_late: "magenta", Status.cancelled: "dim", Status.not_started: "dim"}


def _status_text(status: Status) -> str:
    style = _STATUS_STYLE.get(status)
    return f"[{style}]{status.value}[/{style}]" if style else status.value


def _days_text(view: tasks.TaskView) -> str:
    if view.status in (Status.done_on_time, Status.done_late, Status.cancelled):
        return ""
    return f"{-view.days_left} late" if view.days_left < 0 else f"{view.days_left} left"


@tasks_app.command("done")
def tasks_done(typer_ctx: typer.Context, task_id: Annotated[int, typer.Argument(metavar="ID")],
               agency: Annotated[str, typer.Option(help="The agency reporting (must own the task).")],
               note: Annotated[str | None, typer.Option(help="A short report.")] = None,
               at: Annotated[str | None, typer.Option(help="When it was done, for a report that came on paper.")] = None,
               now: NowOpt = None) -> None:
    """Mark a task done on behalf of its agency."""
    ctx = _ctx(typer_ctx)

    def run() -> Any:
        moment = ctx.now(now)
        done_at = None
        if at is not None:
            try:
                done_at = parse_instant(at, ctx.settings.tz)
            except DateError as error:
                raise InputError.single(str(error), field="--at") from None
        with ctx.write() as session:
            return tasks.mark_done(session, task_id=task_id, agency_code=agency, now=moment,
                                   actor=f"{agency} ({ctx.actor})", note=note, at=done_at)

    task = _guard(run)
    when = task.completed_at.astimezone(ctx.settings.tz)
    verdict = "on time" if task.completed_at <= task.due_at else "late"
    out.print(f"task {task_id}: done {when:%d/%m/%Y %H:%M}, {verdict}", markup=False)


@tasks_app.command("extend")
def tasks_extend(typer_ctx: typer.Context, task_id: Annotated[int, typer.Argument(metavar="ID")],
                 to: Annotated[str, typer.Option("--to", help="The new last day (10/7/2021 or 2021-07-10).")],
                 reason: Annotated[str, typer.Option(help="Why the deadline moves.")], now: NowOpt = None) -> None:
    """Extend a task's deadline (gia hạn), with a reason."""
    ctx = _ctx(typer_ctx)

    def run() -> Any:
        try:
            day = parse_day_first(to)
        except DateError as error:
            raise InputError.single(str(error), field="--to") from None
        with ctx.write() as session:
            return tasks.extend_deadline(session, task_id=task_id, to=day, reason=reason, now=ctx.now(now),
                                         actor=ctx.actor, tz=ctx.settings.tz, armer=Armer(ctx.settings))

    task = _guard(run)
    out.print(f"task {task_id}: due {task.due_at.astimezone(ctx.settings.tz):%d/%m/%Y}", markup=False)


@tasks_app.command("return")
def tasks_return(typer_ctx: typer.Context, task_id: Annotated[int, typer.Argument(metavar="ID")],
                 reason: Annotated[str, typer.Option(help="Why the report is returned.")], now: NowOpt = None) -> None:
    """Return a report (trả lại): the task is open again and counts as not done."""
    ctx = _ctx(typer_ctx)

    def run() -> Any:
        with ctx.write() as session:
            return tasks.return_report(session, task_id=task_id, reason=reason, now=ctx.now(now), actor=ctx.actor,
                                       armer=Armer(ctx.settings))

    _guard(run)
    out.print(f"task {task_id}: report returned, open again", markup=False)


@tasks_app.command("cancel")
def tasks_cancel(typer_ctx: typer.Context, task_id: Annotated[int, typer.Argument(metavar="ID")],
                 reason: Annotated[str | None, typer.Option(help="Why it is cancelled.")] = None,
                 now: NowOpt = None) -> None:
    """Cancel an open task."""
    ctx = _ctx(typer_ctx)

    def run() -> Any:
        with ctx.write() as session:
            return tasks.cancel_task(session, task_id=task_id, now=ctx.now(now), actor=ctx.actor, reason=reason)

    _guard(run)
    out.print(f"task {task_id}: cancelled", markup=False)


@tasks_app.command("history")
def tasks_history(typer_ctx: typer.Context, task_id: Annotated[int, typer.Argument(metavar="ID")],
                  as_json: JsonOpt = False) -> None:
    """Show every recorded change to a task."""
    ctx = _ctx(typer_ctx)
    tz = ctx.settings.tz

    def run() -> list[dict[str, Any]]:
        with ctx.read() as session:
            task, events = tasks.task_history(session, task_id=task_id)
            created = {"at": task.created_at.astimezone(tz).isoformat(), "actor": "(directive)",
                       "action": "task.create", "data": {"due": task.occurrence_on.isoformat()}}
            return [created] + [{"at": e.at.astimezone(tz).isoformat(), "actor": e.actor, "action": e.action,
                                 "data": {key: _local_instant(value, tz) for key, value in e.data.items()}}
                                for e in events]

    rows = _guard(run)
    if as_json:
        _print_json(rows)
        return
    table = _table("when", "who", "what", "details")
    for row in rows:
        details = ", ".join(f"{key}={value}" for key, value in row["data"].items() if value is not None)
        table.add_row(datetime.fromisoformat(row["at"]).strftime("%d/%m/%Y %H:%M"), row["actor"], row["action"],
                      details)
    out.print(table)


def _local_instant(value: Any, tz: Any) -> Any:
    """An ISO instant stored in UTC, shown in local time; anything else unchanged."""
    if isinstance(value, str) and len(value) > 19 and value[10:11] == "T":
        try:
            return datetime.fromisoformat(value).astimezone(tz).isoformat()
        except ValueError:
            return value
    return value


# ---------------------------------------------------------------- report


@app.command()
def report(typer_ctx: typer.Context, now: NowOpt = None, as_json: JsonOpt = False,
           directive: Annotated[str | None, typer.Option(help="Only this directive's tasks.")] = None) -> None:
    """Per agency: assigned, done on time, done late, overdue, open, on-time rate."""
    ctx = _ctx(typer_ctx)

    def run() -> list[reports.AgencyStats]:
        with ctx.read() as session:
            clock = status_clock(ctx.now(now), due_soon_days=ctx.settings.due_soon_days, tz=ctx.settings.tz)
            return reports.agency_report(session, clock=clock, directive=directive)

    rows = _guard(run)
    if as_json:
        _print_json([row.as_json() for row in rows])
        return
    table = _table("agency", "name", "assigned", "on time", "late", "overdue", "open", "on-time rate")
    for column in range(2, 8):
        table.columns[column].justify = "right"
    for row in rows:
        rate = "-" if row.on_time_rate is None else f"{row.on_time_rate:.0%}"
        table.add_row(row.agency, row.name, str(row.assigned), str(row.done_on_time), str(row.done_late),
                      f"[bold red]{row.overdue}[/bold red]" if row.overdue else "0", str(row.open), rate)
    out.print(table)


# ---------------------------------------------------------------- horizon and demo


@app.command()
def horizon(typer_ctx: typer.Context, now: NowOpt = None) -> None:
    """Create the tasks recurring items owe up to the horizon (the scheduler runs this on every pass)."""
    ctx = _ctx(typer_ctx)

    def run() -> int:
        with ctx.write() as session:
            return extend_horizon(session, now=ctx.now(now), settings=ctx.settings)

    created = _guard(run)
    out.print(f"{created} tasks created", markup=False)


# ---------------------------------------------------------------- notifications


outbox_app = typer.Typer(help="The outbox: emails pending, sent and failed; the mail catcher's inbox.",
                         no_args_is_help=True)
app.add_typer(outbox_app, name="outbox")


@app.command()
def tick(typer_ctx: typer.Context, now: NowOpt = None, as_json: JsonOpt = False,
         no_send: Annotated[bool, typer.Option(
             "--no-send", help="Record and compose, but leave messages in the outbox.")] = False) -> None:
    """Run one pass: extend the horizon, fire the rules that are due, compose digests, send the outbox."""
    ctx = _ctx(typer_ctx)

    def run() -> passes.PassResult:
        require_schema(ctx.engine)
        moment = ctx.now(now)
        if no_send:
            return passes.run_pass(ctx.engine, now=moment, settings=ctx.settings, transport=None)
        with embedded_catcher(ctx.settings):
            return passes.run_pass(ctx.engine, now=moment, settings=ctx.settings, transport=make_transport(ctx.settings))

    result = _guard(run)
    if as_json:
        _print_json(result.as_json())
        return
    out.print(f"fired {result.fired}, skipped {result.skipped}, messages {result.messages}, sent {result.sent}, "
              f"failed {result.failed}, retrying {result.retrying}, tasks created {result.tasks_created}", markup=False)


@app.command()
def preview(typer_ctx: typer.Context,
            start: Annotated[str | None, typer.Option("--from", help="From this instant (default: now).")] = None,
            until: Annotated[str | None, typer.Option("--until", help="Until this instant (default: 7 days later).")] = None,
            as_json: JsonOpt = False) -> None:
    """What would go out and when, to whom, under which rule; nothing is recorded or sent."""
    ctx = _ctx(typer_ctx)

    def run() -> list[previews.PreviewLine]:
        begin = ctx.now(start)
        end = ctx.now(until) if until else begin + timedelta(days=7)
        with ctx.read() as session:
            return previews.preview(session, start=begin, until=end, settings=ctx.settings)

    lines = _guard(run)
    tz = ctx.settings.tz
    if as_json:
        _print_json([line.as_json(tz) for line in lines])
        return
    table = _table("when", "rule", "kind", "to", "task", "directive", "item", "agency", "due", "note")
    for line in lines:
        table.add_row(f"{line.fire_at.astimezone(tz):%d/%m/%Y %H:%M}", line.rule, line.kind, ", ".join(line.recipients),
                      str(line.task_id), line.directive, line.item, line.agency, format_day(line.due), line.note or "")
    out.print(table)
    out.print(f"{len(lines)} notification{'' if len(lines) == 1 else 's'}", markup=False)


@outbox_app.command("list")
def outbox_list(typer_ctx: typer.Context,
                status: Annotated[str | None, typer.Option(help="pending | sending | sent | failed")] = None,
                as_json: JsonOpt = False, limit: Annotated[int, typer.Option(help="At most this many.")] = 200) -> None:
    """Emails in the outbox, newest first, with the server's answer for failures."""
    ctx = _ctx(typer_ctx)
    tz = ctx.settings.tz
    if status is not None and status not in ("pending", "sending", "sent", "failed"):
        _fail(f"unknown status '{status}'", field="--status")

    def run() -> list[dict[str, Any]]:
        with ctx.read() as session:
            return [{"id": m.id, "status": m.status, "to": m.recipients, "subject": m.subject, "kinds": m.kinds,
                     "attempts": m.attempts, "created_at": m.created_at.astimezone(tz).isoformat(),
                     "sent_at": m.sent_at.astimezone(tz).isoformat() if m.sent_at else None,
                     "next_attempt_at": m.next_attempt_at.astimezone(tz).isoformat(), "error": m.last_error,
                     "message_id": m.message_key}
                    for m in outbox.list_messages(session, status=status, limit=limit)]

    rows = _guard(run)
    if as_json:
        _print_json(rows)
        return
    table = _table("id", "status", "to", "subject", "attempts", "error")
    for row in rows:
        table.add_row(str(row["id"]), row["status"], row["to"], row["subject"], str(row["attempts"]), row["error"] or "")
    out.print(table)


@outbox_app.command("retry")
def outbox_retry(typer_ctx: typer.Context, message_id: Annotated[int, typer.Argument(metavar="ID")],
                 now: NowOpt = None) -> None:
    """Put a failed message back in the queue; the next pass sends it."""
    ctx = _ctx(typer_ctx)

    def run() -> Any:
        with ctx.write() as session:
            return outbox.retry_message(session, message_id=message_id, now=ctx.now(now))

    _guard(run)
    out.print(f"message {message_id}: pending again", markup=False)


@outbox_app.command("received")
def outbox_received(typer_ctx: typer.Context, as_json: JsonOpt = False,
                    show: Annotated[int | None, typer.Option(
                        "--show", help="Print the text of the Nth message (1 = oldest).")] = None) -> None:
    """The messages the local mail catcher received (embedded default only)."""
    ctx = _ctx(typer_ctx)
    caught = read_caught(ctx.settings.smtp.catcher_dir)
    if show is not None:
        if not 1 <= show <= len(caught):
            _fail(f"there are {len(caught)} messages", field="--show")
        message = caught[show - 1]
        out.print(f"To: {message.to}\nSubject: {message.subject}\nDate: {message.date}\nMessage-ID: {message.message_id}\n",
                  markup=False)
        out.print(message.text, markup=False)
        return
    if as_json:
        _print_json([{"to": m.to, "subject": m.subject, "date": m.date, "message_id": m.message_id} for m in caught])
        return
    table = _table("#", "date", "to", "subject")
    for number, message in enumerate(caught, start=1):
        table.add_row(str(number), message.date, message.to, message.subject)
    out.print(table)
    out.print(f"{len(caught)} messages in {ctx.settings.smtp.catcher_dir}", markup=False)


@app.command("run")
def run_engine(typer_ctx: typer.Context) -> None:
    """Run the engine: the web app, a pass every few minutes, and the local mail catcher on the embedded default."""
    ctx = _ctx(typer_ctx)
    _guard(lambda: require_schema(ctx.engine))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every connection at INFO
    smtp, web = ctx.settings.smtp, ctx.settings.web
    with embedded_catcher(ctx.settings) as catcher:
        where = (f"mail catcher on {smtp.host}:{smtp.port}, messages kept in {smtp.catcher_dir}" if catcher
                 else f"SMTP server {smtp.host}:{smtp.port}")
        server = web_server(ctx.settings, ctx.engine, ctx.clock)
        run_with_scheduler(build_scheduler(ctx.engine, ctx.settings, ctx.clock), server,
                           f"tracker running: web app on http://{web.host}:{web.port}, a pass every "
                           f"{ctx.settings.notifications.pass_every_minutes} min, {where}; Ctrl-C to stop"
                           + _mail_hint(catcher is not None, web.host, web.port))
    out.print("stopped", markup=False)


# ---------------------------------------------------------------- people, tokens, web


users_app = typer.Typer(help="People who sign in to the web app.", no_args_is_help=True)
tokens_app = typer.Typer(help="Bearer tokens for the HTTP API.", no_args_is_help=True)
app.add_typer(users_app, name="users")
app.add_typer(tokens_app, name="tokens")
AgencyOpt = Annotated[str | None, typer.Option("--agency", help="The agency (code).")]


@users_app.command("add")
def users_add(typer_ctx: typer.Context, email: Annotated[str, typer.Argument(help="the user's email address")],
              agency: AgencyOpt = None,
              role: Annotated[str, typer.Option(help="agency | coordinator | admin")] = "agency") -> None:
    """Add a user: an agency clerk, a coordinator (of an agency) or an admin."""
    ctx = _ctx(typer_ctx)

    def run() -> Any:
        with ctx.write() as session:
            return access.add_user(session, email=email, agency_code=agency, role=role, now=ctx.now())

    user = _guard(run)
    out.print(f"user {user.email}: {user.role}{' of ' + agency if agency else ''}", markup=False)


@users_app.command("list")
def users_list(typer_ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """List the users."""
    ctx = _ctx(typer_ctx)

    def run() -> list[dict[str, Any]]:
        with ctx.read() as session:
            return access.list_users(session)

    rows = _guard(run)
    if as_json:
        _print_json(rows)
        return
    table = _table("email", "role", "agency", "active")
    for row in rows:
        table.add_row(row["email"], row["role"], row["agency"] or "", "yes" if row["active"] else "no")
    out.print(table)


@tokens_app.command("create")
def tokens_create(typer_ctx: typer.Context, agency: AgencyOpt = None,
                  role: Annotated[str, typer.Option(help="agency | coordinator | admin")] = "agency",
                  name: Annotated[str, typer.Option(help="What the token is for.")] = "api") -> None:
    """Create an API token; the token is printed alone on the last line, once (only its hash is kept)."""
    ctx = _ctx(typer_ctx)

    def run() -> Any:
        with ctx.write() as session:
            return access.create_token(session, name=name, agency_code=agency, role=role, now=ctx.now())

    token, secret = _guard(run)
    out.print(f"token {token.id} ({token.role}{' of ' + agency if agency else ''}, {token.name}):", markup=False)
    sys.stdout.write(secret + "\n")


@tokens_app.command("revoke")
def tokens_revoke(typer_ctx: typer.Context, token_id: Annotated[int, typer.Argument(metavar="ID")]) -> None:
    """Revoke an API token."""
    ctx = _ctx(typer_ctx)

    def run() -> Any:
        with ctx.write() as session:
            return access.revoke_token(session, token_id=token_id, now=ctx.now())

    _guard(run)
    out.print(f"token {token_id}: revoked", markup=False)


@app.command()
def serve(typer_ctx: typer.Context, host: Annotated[str | None, typer.Option(help="Listen here ([web] host).")] = None,
          port: Annotated[int | None, typer.Option(help="Listen here ([web] port).")] = None) -> None:
    """Serve the web app and the HTTP API (no scheduler: see `tracker run`)."""
    ctx = _ctx(typer_ctx)
    _guard(lambda: require_schema(ctx.engine))
    with embedded_catcher(ctx.settings) as catcher:  # sign-in links are emailed: the catcher must be there
        server = web_server(ctx.settings, ctx.engine, ctx.clock, host=host, port=port)
        out.print(f"serving on http://{server.config.host}:{server.config.port}"
                  + _mail_hint(catcher is not None, server.config.host, server.config.port), markup=False)
        server.run()


def _mail_hint(catcher: bool, host: str, port: int) -> str:
    """Where a tester reads the sign-in email when mail goes to the local catcher."""
    if not catcher:
        return ""
    return (f"\nsign in at http://{host}:{port}/signin with a user's email (tracker users list); "
            f"the link arrives in the mail catcher: http://{host}:{port}/mail")


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@app.command()
def demo(typer_ctx: typer.Context,
         folder: Annotated[Path, typer.Option("--dir", help="Folder with agencies.toml and directives/*.toml.")] = EXAMPLES,
         start: Annotated[str, typer.Option("--from", help="Register the examples at this instant.")] = "2021-06-01T08:00",
         until: Annotated[str, typer.Option("--until", help="Replay a pass every day at send_at up to this day.")] = "2021-10-31",
         replay: Annotated[bool, typer.Option("--replay/--no-replay", help="Replay the daily passes (emails included).")] = True,
         simulate: Annotated[bool, typer.Option(
             "--simulate/--no-simulate", help="While replaying, agencies report: most on time, some late, some never.")] = True,
         ) -> None:
    """Load the example agencies and directives, replay June-October 2021 day by day (emails to the mail
    catcher on the embedded default), then print the report. Safe to run again: it replaces, and nothing is sent twice."""
    ctx = _ctx(typer_ctx)
    files = sorted((folder / "directives").glob("*.toml"))

    def register() -> list[str]:
        if not (folder / "agencies.toml").is_file():
            raise InputError.single("no agencies.toml here (give --dir)", source=str(folder))
        init_schema(ctx.engine)
        plans = [read_directive(read_toml(file)) for file in files]
        moment = ctx.now(start)
        lines = []
        with ctx.write() as session:
            loaded = agency_service.load_agencies(session, document=read_toml(folder / "agencies.toml"),
                                                  now=moment, actor=ctx.actor)
            lines.append(f"{loaded.created + loaded.updated + loaded.unchanged} agencies, {loaded.groups} groups")
            session.flush()
            for file, plan in zip(files, plans, strict=True):
                result = directive_service.register_directive(session, plan=plan, settings=ctx.settings, now=moment,
                                                              actor=ctx.actor, replace=True, source_file=str(file))
                lines.append(f"{result.directive.number}: {result.created} tasks created, {result.kept} kept")
            users = access.add_agency_users(session, coordinators={plan.spec.coordinator for plan in plans},
                                            now=moment)
            lines.append(f"{len(users)} users added (one per agency; tracker users list)")
            lines.extend(f"  sign in as {user.email} ({user.role})" for user in users if user.role == "coordinator")
        return lines

    for line in _guard(register):
        out.print(line, markup=False)
    out.print(f"database: {ctx.engine.url.render_as_string(hide_password=True)}", markup=False)
    last = ctx.now(start)
    if replay:
        last = _guard(lambda: _replay(ctx, ctx.now(start), parse_day_first(until), simulate=simulate))
    report(typer_ctx, now=last.isoformat(), as_json=False, directive=None)


def _replay(ctx: Context, begin: datetime, end: date, *, simulate: bool) -> datetime:
    """One pass a day at send_at from `begin` to `end` (after the day's simulated reports); prints the days that
    sent something."""
    tz, send_at = ctx.settings.tz, ctx.settings.notifications.send_at
    day, moment = begin.astimezone(tz).date(), begin
    totals, reported = passes.PassResult(), 0
    with embedded_catcher(ctx.settings) as catcher:
        transport = make_transport(ctx.settings)
        while day <= end:
            moment = datetime.combine(day, send_at, tzinfo=tz)
            if simulate:
                with ctx.write() as session:
                    reported += demo_service.simulate_reports(session, now=moment)
            result = passes.run_pass(ctx.engine, now=moment, settings=ctx.settings, transport=transport)
            if result.fired or result.sent or result.failed or result.retrying:
                out.print(f"{format_day(day)} {send_at:%H:%M}: {result.fired} notifications, {result.messages} emails, "
                          f"{result.sent} sent", markup=False)
            for key, value in result.as_json().items():
                setattr(totals, key, getattr(totals, key) + value)
            day += timedelta(days=1)
    where = f"the mail catcher ({ctx.settings.smtp.catcher_dir})" if catcher else "the SMTP server"
    out.print(f"replayed {format_day(begin.astimezone(tz).date())} - {format_day(end)}: {totals.fired} notifications "
              f"({totals.skipped} skipped), {totals.sent} emails sent to {where}, {totals.failed} failed, "
              f"{totals.retrying} waiting for a retry. Read them: tracker outbox received", markup=False)
    if simulate:
        # The examples span 2020-2024: let the later deadlines be answered too, as of today, without sending mail.
        with ctx.write() as session:
            reported += demo_service.simulate_reports(session, now=ctx.now())
        out.print(f"simulated: {reported} tasks reported done by their agencies, up to today "
                  f"(audit actor '{demo_service.ACTOR}'; --no-simulate for none)", markup=False)
    return moment


def main() -> None:
    """Console-script entry point."""
    app()
