"""The delivery interface: a transport sends rendered messages and says whether a failure is permanent."""

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class OutgoingMessage:
    """A rendered email: stable Message-ID, recipients, subject, plain text and HTML bodies."""

    message_id: str
    to: tuple[str, ...]
    subject: str
    text: str
    html: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


class DeliveryError(Exception):
    """A message that could not be delivered; `permanent` failures are not retried."""

    def __init__(self, message: str, *, permanent: bool) -> None:
        super().__init__(message)
        self.permanent = permanent


class Transport(Protocol):
    """Something that delivers messages, one connection for many."""

    async def send(self, messages: list[OutgoingMessage]) -> dict[str, DeliveryError | None]:
        """Deliver each message; the result maps Message-ID to None (sent) or the error."""
        ...
