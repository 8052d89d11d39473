"""The outbox: claiming messages with a conditional update, sending them, recording what the server said."""

import asyncio
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, and_, or_, update
from sqlmodel import Session, col, select

from notifications.transport import DeliveryError, OutgoingMessage, Transport
from tracker.config import Settings
from tracker.db import transaction
from tracker.errors import Conflict, NotFound
from tracker.models import OutboxMessage, table_of

MAX_BACKOFF = timedelta(days=1)


@dataclass
class DeliveryResult:
    """What one delivery run did."""

    sent: int = 0
    failed: int = 0
    retrying: int = 0


def _claimable(now: datetime):  # type: ignore[no-untyped-def]
    table = table_of(OutboxMessage)
    return or_(and_(table.c.status == "pending", table.c.next_attempt_at <= now),
               # A sender that claimed a message and died: its lease has run out, so the message is owed again.
               and_(table.c.status == "sending", table.c.claimed_until < now))


def claim_messages(engine: Engine, *, now: datetime, settings: Settings, worker: str) -> list[OutboxMessage]:
    """Claim up to batch_size messages for this worker; two workers never claim the same message."""
    table = table_of(OutboxMessage)
    with transaction(engine) as session:
        candidates = select(table.c.id).where(_claimable(now)).order_by(table.c.id).limit(settings.notifications.batch_size)
        # The condition is repeated on the row itself, so a concurrent claim of the same row updates nothing.
        session.execute(update(table).where(table.c.id.in_(candidates.scalar_subquery()), _claimable(now))
                        .values(status="sending", claimed_by=worker,
                                claimed_until=now + timedelta(seconds=settings.notifications.lease_seconds),
                                attempts=table.c.attempts + 1))
        return list(session.exec(select(OutboxMessage).where(OutboxMessage.claimed_by == worker,
                                                             OutboxMessage.status == "sending")
                                 .order_by(col(OutboxMessage.id))).all())


def deliver_outbox(engine: Engine, *, now: datetime, settings: Settings, transport: Transport) -> DeliveryResult:
    """Send everything that is owed, batch by batch, each batch over one connection."""
    result = DeliveryResult()
    while True:
        worker = f"w-{secrets.token_hex(8)}"
        batch = claim_messages(engine, now=now, settings=settings, worker=worker)
        if not batch:
            return result
        outgoing = [OutgoingMessage(message_id=message.message_key, to=tuple(message.recipients.split(", ")),
                                    subject=message.subject, text=message.body_text, html=message.body_html,
                                    date=message.created_at.astimezone(settings.tz)) for message in batch]
        answers = asyncio.run(transport.send(outgoing))
        with transaction(engine) as session:
            for message in batch:
                _record(session, message, answers.get(message.message_key,
                                                      DeliveryError("no answer from the transport", permanent=False)),
                        now=now, settings=settings, worker=worker, result=result)
        if result.retrying and all(answers.get(message.message_key) is not None for message in batch):
            return result  # the server is down: stop here, the next pass retries after the backoff


def _record(session: Session, message: OutboxMessage, error: DeliveryError | None, *, now: datetime,
            settings: Settings, worker: str, result: DeliveryResult) -> None:
    """Write down what happened to one claimed message (only while this worker still holds the claim)."""
    table = table_of(OutboxMessage)
    mine = and_(table.c.id == message.id, table.c.claimed_by == worker, table.c.status == "sending")
    if error is None:
        values: dict[str, object] = {"status": "sent", "sent_at": now, "last_error": None}
        result.sent += 1
    elif error.permanent or message.attempts >= settings.notifications.max_attempts:
        values = {"status": "failed", "last_error": str(error)[:2000]}
        result.failed += 1
    else:
        delay = min(timedelta(seconds=settings.notifications.retry_seconds * 2 ** (message.attempts - 1)), MAX_BACKOFF)
        values = {"status": "pending", "next_attempt_at": now + delay, "last_error": str(error)[:2000]}
        result.retrying += 1
    session.execute(update(table).where(mine).values(claimed_by=None, claimed_until=None, **values))


def list_messages(session: Session, *, status: str | None = None, limit: int = 200) -> list[OutboxMessage]:
    """Outbox messages, newest first, optionally of one status."""
    query = select(OutboxMessage).order_by(col(OutboxMessage.id).desc()).limit(limit)
    if status is not None:
        query = query.where(OutboxMessage.status == status)
    return list(session.exec(query).all())


def retry_message(session: Session, *, message_id: int, now: datetime) -> OutboxMessage:
    """Put a failed message back in the queue, due now, with its attempts reset."""
    message = session.get(OutboxMessage, message_id)
    if message is None:
        raise NotFound.single(f"no outbox message {message_id}", field="id")
    if message.status not in ("failed", "pending"):
        raise Conflict.single(f"message {message_id} is {message.status}; only failed or pending messages are retried",
                              field="id")
    message.status, message.attempts, message.next_attempt_at = "pending", 0, now
    session.add(message)
    return message
