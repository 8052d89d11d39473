"""Working days on the Vietnamese calendar: weekends, public holidays (lunar Tết, Hùng Kings' day),
the yearly swapped days off and make-up working days, plus the configured exceptions."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import holidays


@dataclass(frozen=True)
class WorkingCalendar:
    """Which days government offices work; `days_off` and `working_days` override the country's rules."""

    country: str = "VN"
    days_off: frozenset[date] = field(default_factory=frozenset)
    working_days: frozenset[date] = field(default_factory=frozenset)

    def is_working_day(self, day: date) -> bool:
        """True when offices are open that day."""
        if day in self.working_days:
            return True
        if day in self.days_off:
            return False
        return _country_working_day(self.country, day)

    def add_working_days(self, day: date, count: int) -> date:
        """The day `count` working days after `day` (before it, for a negative count); 0 returns `day`."""
        step = 1 if count >= 0 else -1
        remaining = abs(count)
        current = day
        while remaining:
            current += timedelta(days=step)
            if self.is_working_day(current):
                remaining -= 1
        return current

    def working_days_between(self, first: date, last: date) -> int:
        """Working days after `first` up to and including `last` (negative when `last` is earlier)."""
        if last < first:
            return -self.working_days_between(last, first)
        return sum(1 for offset in range(1, (last - first).days + 1)
                   if self.is_working_day(first + timedelta(days=offset)))


def calendar_of(country: str, days_off: Iterable[date] = (), working_days: Iterable[date] = ()) -> WorkingCalendar:
    """A calendar for the country with the government notice's exceptions for the year."""
    return WorkingCalendar(country, frozenset(days_off), frozenset(working_days))


@lru_cache(maxsize=64)
def _holidays(country: str, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays(country, years=year)


@lru_cache(maxsize=65536)
def _country_working_day(country: str, day: date) -> bool:
    # `holidays` knows the swapped days off and the Saturdays worked in their place (ngày làm bù).
    return bool(_holidays(country, day.year).is_working_day(day))
