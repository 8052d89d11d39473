"""What the schedule readers return: a schedule, the words it came from, and what to check."""

from dataclasses import dataclass, field
from datetime import date

from rules.schedules import Schedule


@dataclass(frozen=True)
class Found:
    """A schedule read at [start, end) of the text; `before` when written "trước ngày X" (X is the day after
    the last day); `doubts` say what a person should check."""

    schedule: Schedule
    start: int
    end: int
    before: bool = False
    doubts: tuple[str, ...] = field(default=())
    # The words name the work itself ("Ngày toàn dân ... - 30/7"): a title keeps them.
    named: bool = False
    # The dates are assumed ("báo cáo hằng quý" without a day): shown for review, not counted as read.
    assumed: bool = False


@dataclass(frozen=True)
class Context:
    """What dates are read against: the issue date, the end of a multi-year programme if there is one, and the
    end of the one year a plan or calendar covers ("Lịch tiếp công dân ... năm 2025"), where its cycles stop."""

    issued_on: date
    programme_end: date | None = None
    cycles_end: date | None = None
