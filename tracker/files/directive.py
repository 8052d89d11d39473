"""A directive file: header keys and [[items]], each with exactly one schedule."""

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from rules.schedules import (
    Annual,
    Deadline,
    Recurrence,
    Schedule,
    ScheduleError,
    Window,
    parse_annual,
    validate,
)
from tracker.errors import InputError, Problem
from tracker.files.fields import Code, LongText, PersonDate, Text
from tracker.tomlfile import TomlDocument
from tracker.validation import problems_of

DirectiveKind = Literal["ke-hoach", "cong-van", "chi-thi", "quyet-dinh", "other"]
SCHEDULE_KEYS = ("due", "window", "every", "annual")
GROUP_PREFIX = "group:"


class DueSpec(BaseModel):
    """`due = 2021-06-10` (that day included) or `due = { before = 2021-06-10 }` (the day before)."""

    model_config = ConfigDict(extra="forbid")

    on: PersonDate | None = None
    before: PersonDate | None = None
    start: PersonDate | None = None

    @model_validator(mode="after")
    def _one_day(self) -> "DueSpec":
        if (self.on is None) == (self.before is None):
            raise ValueError("give exactly one of `on` (last day included) or `before` (last day is the day before)")
        return self

    @property
    def last_day(self) -> date:
        """The last day on which the work is on time."""
        if self.before is not None:
            return date.fromordinal(self.before.toordinal() - 1)
        assert self.on is not None
        return self.on


class WindowSpec(BaseModel):
    """`window = { start = 2021-07-01, end = 2021-09-30 }`, both days included."""

    model_config = ConfigDict(extra="forbid")

    start: PersonDate
    end: PersonDate


class ItemSpec(BaseModel):
    """One [[items]] entry: a line of work, who leads it, who cooperates, and its schedule."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    ref: Text
    title: Text
    details: LongText | None = None
    lead: list[Text] = Field(min_length=1)
    cooperating: list[Text] = Field(default_factory=list)
    due: DueSpec | None = None
    window: WindowSpec | None = None
    every: str | None = None
    annual: str | None = None
    first: PersonDate | None = Field(default=None, alias="from")
    until: PersonDate | None = None

    @field_validator("ref", mode="before")
    @classmethod
    def _ref_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    @field_validator("due", mode="before")
    @classmethod
    def _bare_due(cls, value: Any) -> Any:
        # `due = 2021-06-10` is shorthand for `due = { on = 2021-06-10 }`.
        return value if isinstance(value, dict) else {"on": value}


class DirectiveFile(BaseModel):
    """The whole directive file."""

    model_config = ConfigDict(extra="forbid")

    number: Text
    kind: DirectiveKind
    title: Text
    issuer: Code
    issued_on: PersonDate
    coordinator: Code
    implements: Text | None = None
    source: LongText | None = None
    items: list[ItemSpec] = Field(min_length=1)


@dataclass(frozen=True)
class Assignee:
    """An agency code or a group code as the file names it, with the line it is on."""

    code: str
    is_group: bool


@dataclass(frozen=True)
class ItemPlan:
    """A validated item: its schedule built, its assignees parsed."""

    position: int
    spec: ItemSpec
    schedule: Schedule
    lead: list[Assignee]
    cooperating: list[Assignee]


@dataclass(frozen=True)
class DirectivePlan:
    """A validated directive file, ready to be resolved against the registry and stored."""

    spec: DirectiveFile
    items: list[ItemPlan]
    document: TomlDocument


def read_directive(document: TomlDocument) -> DirectivePlan:
    """Validate the shape, then each item's schedule and refs; every problem carries its line."""
    try:
        spec = DirectiveFile.model_validate(document.data)
    except ValidationError as error:
        raise InputError(problems_of(error, document), document.path) from None
    problems: list[Problem] = []
    plans: list[ItemPlan] = []
    refs: dict[str, int] = {}
    for index, item in enumerate(spec.items):
        if item.ref in refs:
            problems.append(document.problem(("items", index, "ref"),
                                             f"item ref '{item.ref}' is already used by item {refs[item.ref] + 1}"))
        refs.setdefault(item.ref, index)
        try:
            schedule = _schedule_of(item, spec.issued_on, document, index)
        except InputError as error:
            problems.extend(error.problems)
            continue
        plans.append(ItemPlan(index, item, schedule, _assignees(item.lead), _assignees(item.cooperating)))
    if problems:
        raise InputError(problems, document.path)
    return DirectivePlan(spec, plans, document)


def _assignees(values: list[str]) -> list[Assignee]:
    result = []
    for value in values:
        if value.startswith(GROUP_PREFIX):
            result.append(Assignee(value[len(GROUP_PREFIX):].strip(), True))
        else:
            result.append(Assignee(value.strip(), False))
    return result


def _schedule_of(item: ItemSpec, issued_on: date, document: TomlDocument, index: int) -> Schedule:
    """Build the item's schedule from whichever one of due / window / every / annual it has."""
    given = [key for key in SCHEDULE_KEYS if getattr(item, key) is not None]
    if len(given) != 1:
        what = "none" if not given else " and ".join(given)
        raise document.error(("items", index), f"item '{item.ref}' needs exactly one of due, window, every, "
                                               f"annual (found {what})")
    key = given[0]
    if key in ("due", "window") and (item.first is not None or item.until is not None):
        extra = "from" if item.first is not None else "until"
        raise document.error(("items", index, extra), f"`{extra}` only applies to `every` and `annual` items")
    schedule: Schedule
    try:
        if item.due is not None:
            schedule = Deadline(due=item.due.last_day, start=item.due.start)
        elif item.window is not None:
            schedule = Window(start=item.window.start, end=item.window.end)
        elif item.every is not None:
            schedule = Recurrence(rule=item.every, first=item.first or issued_on, until=item.until)
        else:
            assert item.annual is not None
            month, day = parse_annual(item.annual)
            schedule = Annual(month=month, day=day, first=item.first or issued_on, until=item.until)
        validate(schedule)
    except ScheduleError as error:
        raise document.error(("items", index, key), f"{key}: {error}") from None
    return schedule
