"""The delivery interface: a transport sends rendered messages and says whether a failure is permanent."""

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Protocol

from notifications.render import one_line


@dataclass(frozen=True)
class OutgoingMessage:
    """A rendered email: stable Message-ID, recipients, subject, plain text and HTML bodies, date."""

    message_id: str
    to: tuple[str, ...]
    subject: str
    text: str
    html: str
    date: datetime


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


def build_email(message: OutgoingMessage, *, sender: str) -> EmailMessage:
    """A MIME message, plain text with an HTML alternative; header values cannot carry line breaks."""
    email = EmailMessage()
    email["From"] = one_line(sender)
    email["To"] = ", ".join(one_line(address) for address in message.to)
    email["Subject"] = one_line(message.subject)
    email["Message-ID"] = one_line(message.message_id)
    email["Date"] = format_datetime(message.date)
    email["Auto-Submitted"] = "auto-generated"  # RFC 3834: no out-of-office replies, please
    email.set_content(message.text)
    email.add_alternative(message.html, subtype="html")
    return email
