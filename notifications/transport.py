"""The delivery interface: a transport sends rendered messages and says whether a failure is permanent."""

import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime
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


def build_email(message: OutgoingMessage, *, sender: str) -> bytes:
    """The MIME message as sent: plain text with an HTML alternative, UTF-8, CRLF line ends.

    Written directly rather than through the email package's generator (five times slower), since a pass
    may send ten thousand digests. Every header value goes through one_line(), so no value can start a
    header of its own; non-ASCII text is RFC 2047 encoded; bodies are base64."""
    boundary = "=_tracker_" + hashlib.sha1(message.message_id.encode()).hexdigest()[:24]
    headers = [
        ("From", _address(one_line(sender))),
        ("To", ", ".join(one_line(recipient) for recipient in message.to)),
        ("Subject", _encoded_words(one_line(message.subject))),
        ("Message-ID", one_line(message.message_id)),
        ("Date", format_datetime(message.date)),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative; boundary="{boundary}"'),
        ("Auto-Submitted", "auto-generated"),  # RFC 3834: no out-of-office replies, please
    ]
    lines = [f"{name}: {value}" for name, value in headers]
    for subtype, body in (("plain", message.text), ("html", message.html)):
        lines += ["", f"--{boundary}", f'Content-Type: text/{subtype}; charset="utf-8"',
                  "Content-Transfer-Encoding: base64", "", *base64.encodebytes(body.encode()).decode().splitlines()]
    lines += ["", f"--{boundary}--", ""]
    return "\r\n".join(lines).encode("ascii")


def envelope_sender(sender: str) -> str:
    """The address part of a From header, for MAIL FROM."""
    return parseaddr(one_line(sender))[1]


def _address(value: str) -> str:
    """A From value with its display name encoded when it is not plain ASCII."""
    name, address = parseaddr(value)
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    return f"{_encoded_words(name)} <{address}>"


def _encoded_words(text: str) -> str:
    """RFC 2047: ASCII text as is; otherwise base64 encoded words of at most 45 bytes, folded between words."""
    if text.isascii():
        return text
    words, chunk = [], ""
    for character in text:
        if len((chunk + character).encode()) > 45:
            words.append(chunk)
            chunk = ""
        chunk += character
    words.append(chunk)
    return "\r\n ".join(f"=?utf-8?b?{base64.b64encode(word.encode()).decode()}?=" for word in words)
