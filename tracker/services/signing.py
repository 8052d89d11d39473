"""Signed links in emails (bound to a task and its agency, expiring) and per-agency calendar secrets.

The key comes from TRACKER_SECRET_KEY; without it (the embedded default) a random key is generated once
and kept in the database, so links survive restarts. Set the variable when deploying."""

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from itsdangerous import BadSignature, URLSafeSerializer
from sqlmodel import Session

from tracker.models import Setting

SECRET_ENV = "TRACKER_SECRET_KEY"
_KEY_ROW = "secret_key"


def secret_key(session: Session, *, environ: dict[str, str] | None = None) -> str:
    """The signing key: the environment's, else the one generated for this database."""
    env = os.environ if environ is None else environ
    if env.get(SECRET_ENV):
        return env[SECRET_ENV]
    row = session.get(Setting, _KEY_ROW)
    if row is None:
        row = Setting(key=_KEY_ROW, value=secrets.token_urlsafe(48))
        session.add(row)
        session.flush()
    return row.value


class LinkError(Exception):
    """A link that is forged, altered, expired or not for this task."""

    def __init__(self, message: str, *, expired: bool = False) -> None:
        super().__init__(message)
        self.expired = expired


@dataclass(frozen=True)
class TaskLink:
    """What a valid email link proves: the holder acts for this agency on this task."""

    task_id: int
    agency_id: int


class LinkSigner:
    """Makes and checks the tokens of email links; the expiry is inside the signed payload, so `now` is an argument."""

    def __init__(self, key: str, *, max_age_days: int) -> None:
        self._serializer = URLSafeSerializer(key, salt="task-link")
        self._max_age = timedelta(days=max_age_days)

    def sign(self, *, task_id: int, agency_id: int, now: datetime) -> str:
        """A token for the link to one task, for its agency, valid for max_age_days from `now`."""
        return str(self._serializer.dumps([task_id, agency_id, int((now + self._max_age).timestamp())]))

    def check(self, token: str, *, now: datetime) -> TaskLink:
        """The task and agency the token was made for; LinkError when forged, altered or expired."""
        try:
            task_id, agency_id, expires = self._serializer.loads(token)
        except (BadSignature, ValueError, TypeError):
            raise LinkError("this link is not valid") from None
        if now.timestamp() > expires:
            raise LinkError("this link has expired", expired=True)
        return TaskLink(task_id=int(task_id), agency_id=int(agency_id))


def calendar_token(key: str, agency_code: str) -> str:
    """The secret in an agency's calendar feed URL."""
    return hmac.new(key.encode(), f"calendar:{agency_code}".encode(), hashlib.sha256).hexdigest()[:32]
