"""Delivery throughput to a local aiosmtpd server: one connection for a batch versus one connection per message.

Usage: python benchmarks/smtp_throughput.py [--messages 10000] [--single 1000]
"""

import argparse
import asyncio
import multiprocessing
import threading
import time
from datetime import UTC, datetime

from aiosmtpd.controller import Controller

from notifications.catcher import free_port, is_listening
from notifications.smtp import SmtpConfig, SmtpTransport
from notifications.transport import OutgoingMessage


class Count:
    """An SMTP handler that accepts and counts (no disk), so the figure is the delivery path's own."""

    def __init__(self) -> None:
        self.received = 0

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN201
        self.received += 1
        return "250 OK"


def messages(count: int, prefix: str) -> list[OutgoingMessage]:
    """Digest-sized messages (about 2 kB of Vietnamese text and HTML)."""
    text = "Kính gửi: UBND xã\n" + "- 2774/UBND-NC, mục 1: Xây dựng kế hoạch chi tiết, hạn 09/06/2021\n" * 20
    html = "<p>" + text.replace("\n", "<br>") + "</p>"
    return [OutgoingMessage(message_id=f"<{prefix}.{n}@bench>", to=(f"xa{n}@xa.example",), subject=f"[Nhắc hạn] {n}",
                            text=text, html=html, date=datetime(2026, 3, 2, tzinfo=UTC)) for n in range(count)]


def serve(port: int) -> None:
    """Run the counting server until terminated."""
    controller = Controller(Count(), hostname="127.0.0.1", port=port)
    controller.start()
    threading.Event().wait()


async def one_by_one(transport: SmtpTransport, batch: list[OutgoingMessage]) -> None:
    """Each message on a connection of its own."""
    for message in batch:
        await transport.send([message])


def main() -> None:
    """Print messages per second for both ways."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--single", type=int, default=1_000)
    parser.add_argument("--connections", type=int, default=4, help="concurrent connections for the batch")
    args = parser.parse_args()
    port = free_port()
    # The server runs in a process of its own, as a real mail server would: its work is not ours.
    server = multiprocessing.Process(target=serve, args=(port,), daemon=True)
    server.start()
    while not is_listening("127.0.0.1", port):
        time.sleep(0.05)
    try:
        transport = SmtpTransport(SmtpConfig(host="127.0.0.1", port=port, sender="tracker@bench.example", timeout=30,
                                             connections=args.connections))
        start = time.perf_counter()
        results = asyncio.run(transport.send(messages(args.messages, "batch")))
        batch_seconds = time.perf_counter() - start
        assert all(error is None for error in results.values())
        start = time.perf_counter()
        asyncio.run(one_by_one(transport, messages(args.single, "single")))
        single_seconds = time.perf_counter() - start
        batch_rate, single_rate = args.messages / batch_seconds, args.single / single_seconds
        print(f"batch over {args.connections} connection(s), {args.messages} messages: {batch_seconds:.1f} s, "
              f"{batch_rate:.0f} messages/s")
        print(f"one connection per message, {args.single} messages: {single_seconds:.1f} s, {single_rate:.0f} messages/s")
        print(f"batching is {batch_rate / single_rate:.1f}x faster")
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
