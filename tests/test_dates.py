"""Dates as people write them (day-first) and the end-of-day instants deadlines expire at."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from rules.dates import DateError, end_of_day, local_date, parse_day_first, parse_instant, start_of_day

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.mark.parametrize(("text", "expected"), [
    ("10/6/2021", date(2021, 6, 10)), ("1.7.2021", date(2021, 7, 1)), ("10-6-2021", date(2021, 6, 10)),
    ("2021-06-10", date(2021, 6, 10)), ("29/2/2024", date(2024, 2, 29)), (" 07/06/2021 ", date(2021, 6, 7)),
])
def test_day_first_and_iso_dates_are_read(text, expected):
    assert parse_day_first(text) == expected


def test_iso_date_is_never_read_day_first():
    assert parse_day_first("2021-06-10") != date(2021, 10, 6)


def test_missing_year_takes_the_default():
    assert parse_day_first("1.7", default_year=2021) == date(2021, 7, 1)
    with pytest.raises(DateError, match="has no year"):
        parse_day_first("30/9")


@pytest.mark.parametrize("text", ["31/6/2021", "29/2/2021", "0/1/2021", "10/13/2021"])
def test_impossible_dates_are_refused(text):
    with pytest.raises(DateError, match="is not a real date"):
        parse_day_first(text)


def test_deadline_day_ends_at_midnight_local_time():
    assert end_of_day(date(2021, 6, 9), VN) == datetime(2021, 6, 9, 16, 59, 59, 999999, tzinfo=UTC)
    assert start_of_day(date(2021, 6, 10), VN) == datetime(2021, 6, 9, 17, 0, tzinfo=UTC)


def test_local_date_crosses_the_utc_boundary():
    assert local_date(datetime(2021, 6, 9, 17, 0, tzinfo=UTC), VN) == date(2021, 6, 10)
    assert local_date(datetime(2021, 6, 9, 16, 59, tzinfo=UTC), VN) == date(2021, 6, 9)


def test_instants_without_offset_are_local_and_bare_dates_are_their_start():
    assert parse_instant("2021-06-09T23:59", VN) == datetime(2021, 6, 9, 16, 59, tzinfo=UTC)
    assert parse_instant("2021-06-09T23:59+00:00", VN) == datetime(2021, 6, 9, 23, 59, tzinfo=UTC)
    assert parse_instant("2021-06-10", VN) == datetime(2021, 6, 9, 17, 0, tzinfo=UTC)
