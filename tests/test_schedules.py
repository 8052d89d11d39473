"""Schedules expand into occurrences: deadlines, windows, RRULE cycles, annual days; month ends and leap years."""

from datetime import date

import pytest

from rules.schedules import (
    Annual,
    Deadline,
    Occurrence,
    Recurrence,
    ScheduleError,
    Window,
    is_exhausted,
    occurrences,
    parse_annual,
    validate,
)

ISSUED = date(2021, 6, 7)
FAR = date(2030, 1, 1)


def dues(schedule, through=FAR, issued=ISSUED) -> list[date]:
    """The last days of every occurrence up to `through`."""
    return [occurrence.due for occurrence in occurrences(schedule, issued_on=issued, through=through)]


def test_deadline_starts_on_the_issue_date():
    assert occurrences(Deadline(due=date(2021, 6, 9)), issued_on=ISSUED, through=FAR) == [
        Occurrence(start=ISSUED, due=date(2021, 6, 9))]


def test_window_is_due_at_its_end():
    assert occurrences(Window(start=date(2021, 7, 1), end=date(2021, 9, 30)), issued_on=ISSUED, through=FAR) == [
        Occurrence(start=date(2021, 7, 1), due=date(2021, 9, 30))]


def test_quarterly_report_until_the_end_of_the_programme():
    schedule = Recurrence(rule="FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=20", first=date(2021, 6, 20), until=date(2025, 12, 31))
    found = occurrences(schedule, issued_on=ISSUED, through=FAR)
    assert len(found) == 19
    assert (found[0], found[1].start, found[-1].due) == (Occurrence(ISSUED, date(2021, 6, 20)), date(2021, 6, 21),
                                                         date(2025, 12, 20))


def test_the_horizon_cuts_a_recurrence():
    schedule = Recurrence(rule="FREQ=MONTHLY;BYMONTHDAY=10", first=date(2021, 11, 1))
    assert dues(schedule, through=date(2022, 2, 9)) == [date(2021, 11, 10), date(2021, 12, 10), date(2022, 1, 10)]


def test_monthly_on_the_last_day_handles_february_and_leap_years():
    schedule = Recurrence(rule="FREQ=MONTHLY;BYMONTHDAY=-1", first=date(2023, 1, 1), until=date(2024, 3, 31))
    found = dues(schedule)
    assert date(2023, 2, 28) in found and date(2024, 2, 29) in found and date(2023, 4, 30) in found


def test_monthly_on_the_31st_skips_short_months():
    schedule = Recurrence(rule="FREQ=MONTHLY;BYMONTHDAY=31", first=date(2021, 1, 1), until=date(2021, 6, 30))
    assert dues(schedule) == [date(2021, 1, 31), date(2021, 3, 31), date(2021, 5, 31)]


def test_annual_day_from_the_issue_year_crosses_year_boundaries():
    schedule = Annual(month=7, day=30, first=date(2020, 7, 3), until=date(2022, 12, 31))
    found = occurrences(schedule, issued_on=date(2020, 7, 3), through=FAR)
    assert [o.due for o in found] == [date(2020, 7, 30), date(2021, 7, 30), date(2022, 7, 30)]
    assert found[1].start == date(2020, 7, 31)


def test_annual_day_already_past_in_the_issue_year_starts_next_year():
    assert dues(Annual(month=1, day=15, first=date(2021, 6, 7)), through=date(2023, 1, 31)) == [
        date(2022, 1, 15), date(2023, 1, 15)]


@pytest.mark.parametrize(("text", "expected"), [("07-30", (7, 30)), ("30/7", (7, 30)), ("1.9", (9, 1))])
def test_annual_day_is_read_month_day_or_day_first(text, expected):
    assert parse_annual(text) == expected


@pytest.mark.parametrize(("schedule", "message"), [
    (Window(start=date(2021, 9, 30), end=date(2021, 7, 1)), "before it starts"),
    (Recurrence(rule="FREQ=MONTHY", first=ISSUED), "FREQ must be"),
    (Recurrence(rule="FREQ=HOURLY", first=ISSUED), "FREQ must be"),
    (Recurrence(rule="DTSTART=20210101;FREQ=DAILY", first=ISSUED), "DTSTART"),
    (Recurrence(rule="FREQ=MONTHLY;UNTIL=20211231", first=ISSUED, until=date(2021, 12, 31)), "not both"),
    (Recurrence(rule="FREQ=MONTHLY;BYMONTHDAY=40", first=ISSUED), "yields no date"),
    (Recurrence(rule="FREQ=MONTHLY;BYDAY=XX", first=ISSUED), "not valid"),
    (Recurrence(rule="FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", first=ISSUED), "yields no date"),
    (Annual(month=2, day=29, first=ISSUED), "29 February"),
    (Annual(month=4, day=31, first=ISSUED), "does not exist"),
])
def test_schedules_that_cannot_yield_tasks_are_refused(schedule, message):
    with pytest.raises(ScheduleError, match=message):
        validate(schedule)


def test_exhausted_only_when_nothing_follows_the_horizon():
    schedule = Recurrence(rule="FREQ=YEARLY", first=date(2021, 6, 1), until=date(2023, 6, 1))
    assert not is_exhausted(schedule, through=date(2022, 12, 31))
    assert is_exhausted(schedule, through=date(2023, 6, 1))
    assert is_exhausted(Deadline(due=date(2021, 6, 9)), through=date(2021, 1, 1))
