"""The delivery interface: a transport sends rendered messages and says whether a failure is permanent."""

from dataclasses import dataclass
from datetime import datetime
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
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


def build_email(message: OutgoingMessage, *, sender: str) -> Message:
    """A MIME message, plain text with an HTML alternative; header values cannot carry line breaks.

    Built with the compat32 classes: three times faster than EmailMessage, which matters at ten thousand
    digests a pass. Every header value goes through one_line() and non-ASCII text is RFC 2047 encoded."""
    email = MIMEMultipart("alternative")
    name, address = parseaddr(one_line(sender))
    email["From"] = formataddr((name, address), charset="utf-8")
    email["To"] = ", ".join(one_line(recipient) for recipient in message.to)
    email["Subject"] = Header(one_line(message.subject), "utf-8")  # type: ignore[assignment]
    email["Message-ID"] = one_line(message.message_id)
    email["Date"] = format_datetime(message.date)
    email["Auto-Submitted"] = "auto-generated"  # RFC 3834: no out-of-office replies, please
    email.attach(MIMEText(message.text, "plain", "utf-8"))
    email.attach(MIMEText(message.html, "html", "utf-8"))
    return email


def envelope_sender(sender: str) -> str:
    """The address part of a From header, for MAIL FROM."""
    return parseaddr(one_line(sender))[1]
