"""Dates as people write them (day-first) and the instants the engine stores (aware, UTC)."""

import re
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

# "10/6/2021", "1.7.2021", "10-6-2021", and the same without a year ("1.7", "30/9").
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}))?\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
# One microsecond before the next local midnight: a deadline still holds at 23:59:59 on its day.
_END_OF_DAY = time(23, 59, 59, 999999)


class DateError(ValueError):
    """A date written by a person that cannot be read or does not exist."""


def parse_day_first(text: str, *, default_year: int | None = None) -> date:
    """Read an ISO date or a day-first date ("10/6/2021", "1.7"); a missing year needs default_year."""
    iso = _ISO.match(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        match = _DAY_FIRST.match(text)
        if not match:
            raise DateError(f"'{text}' is not a date (write it day-first: 10/6/2021, or 2021-06-10)")
        day, month = int(match.group(1)), int(match.group(2))
        if match.group(3) is None:
            if default_year is None:
                raise DateError(f"'{text}' has no year")
            year = default_year
        else:
            year = int(match.group(3))
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(f"'{text.strip()}' is not a real date (day {day}, month {month}, year {year})") from None


def zone(name: str) -> ZoneInfo:
    """The time zone of that name, with a clear error when it is unknown."""
    try:
        return ZoneInfo(name)
    except Exception:  # ZoneInfoNotFoundError or a malformed key
        raise DateError(f"unknown time zone '{name}'") from None


def end_of_day(day: date, tz: ZoneInfo) -> datetime:
    """The last instant of a local day, in UTC: the moment a deadline on that day expires."""
    return datetime.combine(day, _END_OF_DAY, tzinfo=tz).astimezone(UTC)


def start_of_day(day: date, tz: ZoneInfo) -> datetime:
    """The first instant of a local day, in UTC."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def local_date(instant: datetime, tz: ZoneInfo) -> date:
    """The local calendar day an aware instant falls on."""
    return require_aware(instant).astimezone(tz).date()


def require_aware(instant: datetime) -> datetime:
    """Refuse naive datetimes: every instant in the engine carries its offset."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"naive datetime {instant.isoformat()} where an aware one is required")
    return instant


def parse_instant(text: str, tz: ZoneInfo) -> datetime:
    """Read an ISO date-time ("2021-06-09T23:59+07:00"); no offset means local time, a bare date its start."""
    raw = text.strip()
    try:
        if len(raw) <= 10 and "T" not in raw and " " not in raw:
            return start_of_day(parse_day_first(raw), tz)
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise DateError(f"'{text}' is not a date-time (write 2021-06-09T23:59+07:00)") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(UTC)


def format_day(day: date) -> str:
    """A date the way Vietnamese documents print it: dd/mm/yyyy."""
    return day.strftime("%d/%m/%Y")

