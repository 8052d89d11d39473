"""Status is derived from a task's dates and `now`: the vocabulary of PRODUCT.md, edges included."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from rules.dates import end_of_day, start_of_day
from rules.status import Status, days_left, on_time_rate, status_clock, task_status

VN = ZoneInfo("Asia/Ho_Chi_Minh")
DUE = end_of_day(date(2021, 6, 9), VN)
START = start_of_day(date(2021, 6, 7), VN)


def status_at(now: str, *, start=START, due=DUE, completed=None, cancelled=False, soon=3) -> Status:
    """The status of a task due 9/6/2021 at a local instant."""
    clock = status_clock(datetime.fromisoformat(now).replace(tzinfo=VN), due_soon_days=soon, tz=VN)
    return task_status(start_at=start, due_at=due, completed_at=completed, cancelled=cancelled, clock=clock)


def test_task_due_9_june_is_on_time_at_2359_on_9_june():
    assert status_at("2021-06-09T23:59:59") == Status.due_soon


def test_task_due_9_june_is_overdue_at_midnight_on_10_june():
    assert status_at("2021-06-10T00:00:00") == Status.overdue


@pytest.mark.parametrize(("now", "expected"), [("2021-06-06T08:00", Status.due_soon), ("2021-06-05T23:59", Status.in_progress)])
def test_due_soon_when_the_last_day_is_at_most_three_days_away(now, expected):
    assert status_at(now, start=start_of_day(date(2021, 6, 1), VN)) == expected


def test_window_not_started_before_it_opens():
    start = start_of_day(date(2021, 7, 1), VN)
    due = end_of_day(date(2021, 9, 30), VN)
    assert status_at("2021-06-30T23:59", start=start, due=due) == Status.not_started
    assert status_at("2021-07-01T00:00", start=start, due=due) == Status.in_progress


def test_completion_is_judged_against_the_deadline_in_force():
    assert status_at("2021-06-12T08:00", completed=DUE) == Status.done_on_time
    assert status_at("2021-06-12T08:00", completed=DUE + timedelta(microseconds=1)) == Status.done_late


def test_completion_after_now_does_not_count_yet():
    assert status_at("2021-06-10T08:00", completed=DUE + timedelta(days=2)) == Status.overdue


def test_cancelled_wins_over_everything():
    assert status_at("2021-06-12T08:00", completed=DUE, cancelled=True) == Status.cancelled


def test_on_time_rate_counts_overdue_as_not_on_time():
    assert on_time_rate(done_on_time=3, done_late=1, overdue=0) == 0.75
    assert on_time_rate(done_on_time=1, done_late=1, overdue=1) == 0.3333
    assert on_time_rate(done_on_time=0, done_late=0, overdue=0) is None


def test_days_left_is_zero_on_the_day_and_negative_after():
    now = datetime(2021, 6, 9, 8, tzinfo=VN)
    assert days_left(date(2021, 6, 9), now, VN) == 0
    assert days_left(date(2021, 6, 7), now, VN) == -2
