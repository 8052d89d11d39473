"""Request dependencies: the database session, the clock, the acting principal."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine
from sqlmodel import Session

from tracker.clock import Clock
from tracker.config import Settings
from tracker.db import transaction
from tracker.services.access import Principal, principal_of_token


@dataclass
class AppState:
    """What every request needs, set once when the app is built."""

    settings: Settings
    engine: Engine
    clock: Clock


class Unauthenticated(Exception):
    """No credentials, or credentials that are not (or no longer) valid."""


def state_of(request: Request) -> AppState:
    """The app's state."""
    state = request.app.state.tracker
    assert isinstance(state, AppState)
    return state


def session_dep(request: Request) -> Iterator[Session]:
    """One transaction per request: committed when the handler returns, rolled back if it raises."""
    with transaction(state_of(request).engine) as session:
        yield session


def now_dep(request: Request) -> datetime:
    """`now`, read once per request."""
    return state_of(request).clock.now()


SessionDep = Annotated[Session, Depends(session_dep)]
StateDep = Annotated[AppState, Depends(state_of)]
NowDep = Annotated[datetime, Depends(now_dep)]


def api_principal(request: Request, session: SessionDep, now: NowDep) -> Principal:
    """The principal of the bearer token in Authorization; 401 without a valid one."""
    header = request.headers.get("authorization", "")
    scheme, _, secret = header.partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        raise Unauthenticated("send a bearer token: Authorization: Bearer <token>")
    principal = principal_of_token(session, secret=secret.strip(), now=now)
    if principal is None:
        raise Unauthenticated("the token is unknown or revoked")
    return principal


PrincipalDep = Annotated[Principal, Depends(api_principal)]
