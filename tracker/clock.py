"""The one place the engine reads the wall clock; everything else receives `now`."""

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Something that tells the current instant (aware, UTC)."""

    def now(self) -> datetime:
        """The current instant."""
        ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        """The current instant, from the operating system, in UTC."""
        return datetime.now(UTC)


class FixedClock:
    """A clock stopped at one instant: for tests, --now, and replaying a day."""

    def __init__(self, instant: datetime) -> None:
        if instant.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self.instant = instant.astimezone(UTC)

    def now(self) -> datetime:
        """The instant the clock was stopped at."""
        return self.instant
