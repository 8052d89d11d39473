"""Browser sessions: the signed-in principal from the cookie, the CSRF token its forms carry."""

import hmac
from typing import Annotated

from fastapi import Depends, Form, Request

from tracker.errors import Forbidden
from tracker.services.access import Principal
from tracker.services.signin import csrf_token, principal_of_session
from tracker.services.signing import secret_key
from tracker.web.deps import NowDep, SessionDep

COOKIE = "tracker_session"


class SignInRequired(Exception):
    """A page that needs a signed-in user was asked for without one."""


def page_principal(request: Request, session: SessionDep, now: NowDep) -> Principal | None:
    """The signed-in principal, or None."""
    cookie = request.cookies.get(COOKIE)
    return principal_of_session(session, cookie=cookie, now=now) if cookie else None


def signed_in(principal: Annotated[Principal | None, Depends(page_principal)]) -> Principal:
    """The signed-in principal; otherwise the browser is sent to the sign-in page."""
    if principal is None:
        raise SignInRequired
    return principal


def csrf_for(request: Request, session: SessionDep) -> str:
    """The CSRF token of this browser's session ('' when not signed in)."""
    cookie = request.cookies.get(COOKIE)
    return csrf_token(secret_key(session), cookie) if cookie else ""


def check_csrf(request: Request, session: SessionDep, csrf: Annotated[str, Form()] = "") -> None:
    """Refuse a form post whose CSRF token is not this session's."""
    expected = csrf_for(request, session)
    if not expected or not hmac.compare_digest(csrf, expected):
        raise Forbidden.single("the form has expired or did not come from this site; reload the page", field="csrf")


PagePrincipal = Annotated[Principal, Depends(signed_in)]
MaybePrincipal = Annotated[Principal | None, Depends(page_principal)]
Csrf = Annotated[str, Depends(csrf_for)]
CsrfChecked = Annotated[None, Depends(check_csrf)]
