"""Signing in by email: a one-time, expiring link; then a server-side session behind an HttpOnly cookie."""

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from sqlmodel import Session, select

from notifications.render import render_sign_in
from tracker.config import Settings
from tracker.models import Agency, LoginLink, OutboxMessage, User, WebSession
from tracker.services.access import Principal, hash_token
from tracker.services.signing import LinkError

LINK_MINUTES = 30
SESSION_DAYS = 14


def request_sign_in(session: Session, *, email: str, now: datetime, settings: Settings) -> int | None:
    """Queue a sign-in email for an active user; None (and no email) for an unknown address."""
    user = session.exec(select(User).where(User.email == email.strip().lower(), User.active == True)).first()  # noqa: E712
    if user is None:
        return None
    token = secrets.token_urlsafe(32)
    session.add(LoginLink(token_hash=hash_token(token), user_id=user.id or 0, created_at=now,
                          expires_at=now + timedelta(minutes=LINK_MINUTES)))
    agency = session.get(Agency, user.agency_id) if user.agency_id else None
    link = f"{settings.notifications.base_url.rstrip('/')}/signin/{token}"
    rendered = render_sign_in(name=agency.name if agency else user.email, link=link, minutes=LINK_MINUTES)
    domain = settings.smtp.sender.rsplit("@", 1)[-1].strip(" >") or "tracker.local"
    message = OutboxMessage(message_key=f"<signin.{secrets.token_hex(12)}@{domain}>", agency_id=user.agency_id,
                            recipients=user.email, subject=rendered.subject, body_text=rendered.text,
                            body_html=rendered.html, kinds="signin", status="pending", next_attempt_at=now,
                            created_at=now)
    session.add(message)
    session.flush()
    return message.id


def peek_sign_in(session: Session, *, token: str, now: datetime) -> User:
    """The user a sign-in link is for, without using it up (GET must change nothing)."""
    link = session.exec(select(LoginLink).where(LoginLink.token_hash == hash_token(token))).first()
    if link is None:
        raise LinkError("this sign-in link is not valid")
    if link.used_at is not None:
        raise LinkError("this sign-in link has already been used", expired=True)
    if link.expires_at < now:
        raise LinkError("this sign-in link has expired", expired=True)
    user = session.get(User, link.user_id)
    if user is None or not user.active:
        raise LinkError("this account is not active")
    return user


def complete_sign_in(session: Session, *, token: str, now: datetime) -> str:
    """Use the link up and open a session; returns the session's cookie value."""
    user = peek_sign_in(session, token=token, now=now)
    link = session.exec(select(LoginLink).where(LoginLink.token_hash == hash_token(token))).one()
    link.used_at = now
    session.add(link)
    cookie = secrets.token_urlsafe(32)
    session.add(WebSession(token_hash=hash_token(cookie), user_id=user.id or 0, created_at=now,
                           expires_at=now + timedelta(days=SESSION_DAYS)))
    return cookie


def principal_of_session(session: Session, *, cookie: str, now: datetime) -> Principal | None:
    """The signed-in principal of a session cookie, or None."""
    row = session.exec(select(WebSession).where(WebSession.token_hash == hash_token(cookie))).first()
    if row is None or row.expires_at < now:
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        return None
    code = session.exec(select(Agency.code).where(Agency.id == user.agency_id)).first() if user.agency_id else None
    return Principal(role=user.role, agency_id=user.agency_id, agency_code=code, label=f"user:{user.email}")


def end_session(session: Session, *, cookie: str) -> None:
    """Sign out: the cookie stops working."""
    row = session.exec(select(WebSession).where(WebSession.token_hash == hash_token(cookie))).first()
    if row is not None:
        session.delete(row)


def csrf_token(key: str, cookie: str) -> str:
    """The token every form of this session carries (bound to the session, so another site cannot know it)."""
    return hmac.new(key.encode(), f"csrf:{cookie}".encode(), hashlib.sha256).hexdigest()
