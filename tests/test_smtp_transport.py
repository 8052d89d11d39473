"""The SMTP transport: a large batch split over a few concurrent connections, each message delivered once."""

import asyncio
from datetime import UTC, datetime
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller

from notifications.catcher import free_port
from notifications.smtp import SmtpConfig, SmtpTransport
from notifications.transport import OutgoingMessage


def batch(count: int) -> list[OutgoingMessage]:
    """Messages with distinct Message-IDs."""
    return [OutgoingMessage(message_id=f"<m{n}@test.example>", to=(f"xa{n}@xa.example",), subject=f"Nhắc hạn {n}",
                            text="Kính gửi", html="<p>Kính gửi</p>", date=datetime(2021, 6, 2, 1, tzinfo=UTC))
            for n in range(count)]


class Sessions:
    """An SMTP handler that counts connections (EHLOs) and keeps the Message-IDs it receives."""

    def __init__(self) -> None:
        self.connections = 0
        self.ids: list[str] = []

    async def handle_EHLO(self, server, session, envelope, hostname, responses):  # noqa: ANN001, ANN201
        self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201
        self.ids.append(message_from_bytes(envelope.content)["Message-ID"])
        return "250 OK"


@pytest.fixture
def counting_server():
    """A server that counts connections."""
    handler = Sessions()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()


def test_large_batch_goes_over_several_connections_once_each(counting_server):
    handler, port = counting_server
    transport = SmtpTransport(SmtpConfig(host="127.0.0.1", port=port, sender="t@x.example", connections=3))
    results = asyncio.run(transport.send(batch(160)))
    assert len(results) == 160 and all(error is None for error in results.values())
    assert sorted(handler.ids) == sorted(f"<m{n}@test.example>" for n in range(160))
    assert handler.connections == 3


def test_small_batch_uses_one_connection(counting_server):
    handler, port = counting_server
    transport = SmtpTransport(SmtpConfig(host="127.0.0.1", port=port, sender="t@x.example", connections=4))
    assert all(error is None for error in asyncio.run(transport.send(batch(60))).values())
    assert (handler.connections, len(handler.ids)) == (1, 60)


def test_server_down_gives_every_message_a_transient_error(smtp):
    smtp.stop()
    transport = SmtpTransport(SmtpConfig(host="127.0.0.1", port=smtp.port, sender="t@x.example", timeout=2))
    results = asyncio.run(transport.send(batch(2)))
    assert all(error is not None and not error.permanent for error in results.values())
