"""Delivery over SMTP with aiosmtplib: one connection for a batch, STARTTLS or TLS, login, timeouts."""

import asyncio
import ssl
from dataclasses import dataclass

import aiosmtplib

from notifications.transport import DeliveryError, OutgoingMessage, build_email, envelope_sender


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how to connect; the password comes from the environment, never from a file."""

    host: str
    port: int
    sender: str
    starttls: bool = False
    tls: bool = False
    username: str | None = None
    password: str | None = None
    timeout: float = 30.0
    tls_context: ssl.SSLContext | None = None
    # Large batches are split over this many concurrent connections (each sends many messages):
    # while one waits for the server's answer, another sends.
    connections: int = 1


# A connection is worth opening for at least this many messages.
MESSAGES_PER_CONNECTION = 50


class SmtpTransport:
    """Sends a batch of messages over one SMTP connection."""

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config

    async def send(self, messages: list[OutgoingMessage]) -> dict[str, DeliveryError | None]:
        """Deliver each message; a connection failure leaves every unsent message with a transient error."""
        count = max(1, min(self.config.connections, len(messages) // MESSAGES_PER_CONNECTION))
        size = -(-len(messages) // count)
        chunks = [messages[start:start + size] for start in range(0, len(messages), size)]
        results: dict[str, DeliveryError | None] = {}
        for part in await asyncio.gather(*(self._session(chunk) for chunk in chunks)):
            results.update(part)
        return results

    async def _session(self, messages: list[OutgoingMessage]) -> dict[str, DeliveryError | None]:
        """One SMTP connection for many messages."""
        results: dict[str, DeliveryError | None] = {}
        config = self.config
        sender = envelope_sender(config.sender)
        client = aiosmtplib.SMTP(hostname=config.host, port=config.port, timeout=config.timeout,
                                 use_tls=config.tls, start_tls=config.starttls, tls_context=config.tls_context)
        try:
            await client.connect()
            if config.username:
                await client.login(config.username, config.password or "")
        except (aiosmtplib.SMTPException, OSError) as error:
            failure = _classify(error)
            return {message.message_id: failure for message in messages}
        try:
            for position, message in enumerate(messages):
                try:
                    raw = build_email(message, sender=config.sender)
                    await client.sendmail(sender, list(message.to), raw)
                    results[message.message_id] = None
                except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError, OSError) as error:
                    # The connection is gone: this message and the rest wait for the next attempt.
                    failure = _classify(error)
                    for rest in messages[position:]:
                        results[rest.message_id] = failure
                    break
                except aiosmtplib.SMTPException as error:
                    results[message.message_id] = _classify(error)
        finally:
            if client.is_connected:
                try:
                    await client.quit()
                except (aiosmtplib.SMTPException, OSError):
                    client.close()
        return results


def _classify(error: BaseException) -> DeliveryError:
    """5xx answers and refused recipients are permanent; 4xx, timeouts and lost connections are transient."""
    if isinstance(error, aiosmtplib.SMTPRecipientsRefused):
        codes = [refusal.code for refusal in error.recipients]
        text = "; ".join(f"{refusal.recipient}: {refusal.code} {refusal.message}" for refusal in error.recipients)
        return DeliveryError(text, permanent=all(code >= 500 for code in codes))
    if isinstance(error, aiosmtplib.SMTPResponseException):
        return DeliveryError(f"{error.code} {error.message}", permanent=error.code >= 500)
    return DeliveryError(f"{type(error).__name__}: {error}", permanent=False)
