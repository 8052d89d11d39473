"""Working days on the Vietnamese calendar: weekends, Tết, Hùng Kings' day, 30/4-1/5, configured exceptions."""

from datetime import date

import pytest

from rules.workdays import calendar_of

VN = calendar_of("VN")


@pytest.mark.parametrize("day", [date(2021, 2, 10), date(2021, 2, 12), date(2021, 2, 16), date(2025, 1, 29),
                                 date(2021, 4, 21), date(2021, 4, 30), date(2021, 5, 1), date(2021, 5, 3),
                                 date(2021, 9, 2), date(2021, 2, 6)])
def test_holidays_and_weekends_are_not_working_days(day):
    assert not VN.is_working_day(day)


def test_five_working_days_before_the_day_after_tet_reach_back_across_it():
    assert VN.add_working_days(date(2021, 2, 18), -5) == date(2021, 2, 4)


def test_one_working_day_after_tet_eve_deadline_is_after_the_holiday():
    assert VN.add_working_days(date(2021, 2, 9), 1) == date(2021, 2, 17)


def test_reunification_and_labour_day_2021_are_skipped():
    # 30/4 (Fri), 1/5 (Sat) and the substitute Monday 3/5 are off.
    assert VN.add_working_days(date(2021, 4, 29), 1) == date(2021, 5, 4)


def test_make_up_saturday_of_2025_is_a_working_day_and_the_swapped_friday_is_not():
    assert VN.is_working_day(date(2025, 4, 26))
    assert not VN.is_working_day(date(2025, 5, 2))


def test_configured_exceptions_override_the_country_calendar():
    custom = calendar_of("VN", days_off=[date(2027, 4, 30 - 1)], working_days=[date(2027, 5, 8)])
    assert not custom.is_working_day(date(2027, 4, 29))
    assert custom.is_working_day(date(2027, 5, 8))  # a Saturday made a working day by the notice


def test_zero_working_days_is_the_day_itself_even_on_a_holiday():
    assert VN.add_working_days(date(2021, 2, 12), 0) == date(2021, 2, 12)


def test_working_days_between_counts_after_first_up_to_last():
    assert VN.working_days_between(date(2021, 2, 4), date(2021, 2, 18)) == 5
    assert VN.working_days_between(date(2021, 2, 18), date(2021, 2, 4)) == -5
