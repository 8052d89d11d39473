"""One pass of the engine: extend the horizon, fire the rules that are due, compose digests, deliver the outbox.

The scheduler calls run_pass every few minutes; `tracker tick` calls it once. `now` is read once, by the caller."""

import hashlib
import json
import secrets
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import Session

from notifications.transport import Transport
from tracker.config import Settings
from tracker.db import transaction
from tracker.models import Setting
from tracker.services.alarms import Armer, open_task_ids, rearm_tasks
from tracker.services.digests import compose_digests
from tracker.services.firing import fire_due_rules
from tracker.services.horizon import extend_horizon
from tracker.services.outbox import deliver_outbox

RULES_KEY = "alarm_rules_fingerprint"


@dataclass
class PassResult:
    """The figures `tracker tick` prints."""

    tasks_created: int = 0
    rearmed: int = 0
    fired: int = 0
    skipped: int = 0
    messages: int = 0
    sent: int = 0
    failed: int = 0
    retrying: int = 0

    def as_json(self) -> dict[str, int]:
        """The JSON object of `tick --json`."""
        return asdict(self)


def run_pass(engine: Engine, *, now: datetime, settings: Settings, transport: Transport | None) -> PassResult:
    """One pass at `now`; without a transport nothing is sent (messages wait in the outbox)."""
    result = PassResult()
    pass_id = f"{now:%Y%m%dT%H%M%S}-{secrets.token_hex(4)}"
    with transaction(engine) as session:
        result.rearmed = rearm_if_rules_changed(session, settings=settings)
        result.tasks_created = extend_horizon(session, now=now, settings=settings)
    # Firing and composing share one transaction: a second pass started at the same time waits for it and
    # then finds every alarm already moved on.
    with transaction(engine) as session:
        fired = fire_due_rules(session, now=now, settings=settings, pass_id=pass_id)
        result.fired, result.skipped = fired.queued, fired.skipped
        result.messages = compose_digests(session, now=now, settings=settings, pass_id=pass_id)
    if transport is not None:
        delivered = deliver_outbox(engine, now=now, settings=settings, transport=transport)
        result.sent, result.failed, result.retrying = delivered.sent, delivered.failed, delivered.retrying
    return result


def rules_fingerprint(settings: Settings) -> str:
    """A digest of everything a task's alarm times depend on."""
    payload = {"rules": [entry.model_dump() for entry in settings.rules], "calendar": settings.calendar.model_dump(mode="json"),
               "send_at": settings.notifications.send_at.isoformat(), "timezone": settings.timezone}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def remember_rules(session: Session, *, settings: Settings) -> None:
    """Record the fingerprint the existing alarms were computed with, if none is recorded yet."""
    if session.get(Setting, RULES_KEY) is None:
        session.add(Setting(key=RULES_KEY, value=rules_fingerprint(settings)))


def rearm_if_rules_changed(session: Session, *, settings: Settings) -> int:
    """When the rules, calendar or send hour changed since alarms were computed, recompute every open task's."""
    current = rules_fingerprint(settings)
    stored = session.get(Setting, RULES_KEY)
    if stored is not None and stored.value == current:
        return 0
    count = rearm_tasks(session, task_ids=open_task_ids(session), armer=Armer(settings)) if stored is not None else 0
    if stored is None:
        session.add(Setting(key=RULES_KEY, value=current))
    else:
        stored.value = current
        session.add(stored)
    return count
