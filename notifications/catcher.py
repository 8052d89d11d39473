"""The local mail catcher: an aiosmtpd server on 127.0.0.1 that keeps every message it receives in a Maildir."""

import mailbox
import re
import socket
from dataclasses import dataclass
from email import policy
from email.parser import BytesParser
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox


@dataclass(frozen=True)
class CaughtMessage:
    """A message the catcher received."""

    key: str
    message_id: str
    to: str
    subject: str
    date: str
    text: str


class MailCatcher:
    """Start and stop an SMTP server whose mail lands in `folder` (a Maildir)."""

    def __init__(self, folder: str | Path, *, host: str = "127.0.0.1", port: int = 8025) -> None:
        self.folder = Path(folder)
        self.folder.parent.mkdir(parents=True, exist_ok=True)
        mailbox.Maildir(str(self.folder), create=True)  # makes cur/, new/ and tmp/
        self.host, self.port = host, port
        self._controller: Controller | None = None

    def start(self) -> "MailCatcher":
        """Listen on host:port (the caller picks a free port: aiosmtpd cannot bind port 0)."""
        self._controller = Controller(Mailbox(self.folder), hostname=self.host, port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        """Stop listening."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> "MailCatcher":
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()


def read_caught(folder: str | Path) -> list[CaughtMessage]:
    """Every message in the catcher's Maildir, oldest first."""
    path = Path(folder)
    if not (path / "cur").is_dir() and not (path / "new").is_dir():
        return []
    box = mailbox.Maildir(str(path), factory=None, create=False)
    parser = BytesParser(policy=policy.default)
    caught = []
    for key in box.iterkeys():
        with box.get_file(key) as handle:
            email = parser.parsebytes(handle.read())
        body = email.get_body(preferencelist=("plain",))
        caught.append(CaughtMessage(key=key, message_id=str(email.get("Message-ID", "")), to=str(email.get("To", "")),
                                    subject=str(email.get("Subject", "")), date=str(email.get("Date", "")),
                                    text=body.get_content() if body is not None else ""))
    return sorted(caught, key=lambda message: _arrival(message.key))


def _arrival(key: str) -> tuple[int, int, int, str]:
    """Order of arrival from a Maildir key "SECONDS.M<micro>P<pid>Q<n>.host" (the numbers are not zero-padded)."""
    match = re.match(r"(\d+)\.M(\d+)P\d+Q(\d+)", key)
    if not match:
        return (0, 0, 0, key)
    seconds, micro, counter = (int(group) for group in match.groups())
    return (seconds, micro, counter, key)


def is_listening(host: str, port: int) -> bool:
    """True when something accepts connections on host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        return probe.connect_ex((host, port)) == 0


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])
