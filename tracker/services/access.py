"""Who may do what: users, API tokens, and the rules that keep each agency to its own tasks."""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from tracker.errors import Conflict, Forbidden, InputError, NotFound
from tracker.models import Agency, ApiToken, Directive, Task, User

ROLES = ("agency", "coordinator", "admin")


@dataclass(frozen=True)
class Principal:
    """Whoever is acting: a role and, for agency users and coordinators, their agency."""

    role: str
    agency_id: int | None
    agency_code: str | None
    label: str

    @property
    def is_admin(self) -> bool:
        """Operators see and do everything."""
        return self.role == "admin"


def hash_token(token: str) -> str:
    """The stored form of a secret token."""
    return hashlib.sha256(token.encode()).hexdigest()


def _agency(session: Session, code: str | None, *, role: str) -> Agency | None:
    if role == "admin" and code is None:
        return None
    if code is None:
        raise InputError.single(f"a {role} needs an agency (--agency CODE)", field="agency")
    agency = session.exec(select(Agency).where(Agency.code == code)).first()
    if agency is None:
        raise NotFound.single(f"unknown agency '{code}'", field="agency")
    return agency


def add_user(session: Session, *, email: str, agency_code: str | None, role: str, now: datetime) -> User:
    """Register a person who can sign in; the email is the identity."""
    if role not in ROLES:
        raise InputError.single(f"unknown role '{role}' (use {', '.join(ROLES)})", field="role")
    address = email.strip().lower()
    if "@" not in address or any(character.isspace() for character in address):
        raise InputError.single(f"'{email}' is not an email address", field="email")
    if session.exec(select(User).where(User.email == address)).first() is not None:
        raise Conflict.single(f"user {address} already exists", field="email")
    agency = _agency(session, agency_code, role=role)
    user = User(email=address, agency_id=agency.id if agency else None, role=role, created_at=now)
    session.add(user)
    session.flush()
    return user


def add_agency_users(session: Session, *, coordinators: set[str], now: datetime) -> list[User]:
    """A user for the first address of every agency without one: role coordinator for the agencies in
    `coordinators`, agency otherwise (how the demo gives people to sign in as)."""
    taken = set(session.exec(select(User.agency_id)).all())
    known = set(session.exec(select(User.email)).all())
    added = []
    for agency in session.exec(select(Agency).order_by(col(Agency.code))).all():
        if agency.id in taken or not agency.emails or agency.emails[0].lower() in known:
            continue
        role = "coordinator" if agency.code in coordinators else "agency"
        added.append(add_user(session, email=agency.emails[0], agency_code=agency.code, role=role, now=now))
    return added


def create_token(session: Session, *, name: str, agency_code: str | None, role: str, now: datetime) -> tuple[ApiToken, str]:
    """A new API token; the secret is returned once and only its hash is kept."""
    if role not in ROLES:
        raise InputError.single(f"unknown role '{role}' (use {', '.join(ROLES)})", field="role")
    agency = _agency(session, agency_code, role=role)
    secret = "trk_" + secrets.token_urlsafe(32)
    token = ApiToken(token_hash=hash_token(secret), name=name, agency_id=agency.id if agency else None, role=role,
                     created_at=now)
    session.add(token)
    session.flush()
    return token, secret


def revoke_token(session: Session, *, token_id: int, now: datetime) -> ApiToken:
    """Stop a token from working."""
    token = session.get(ApiToken, token_id)
    if token is None:
        raise NotFound.single(f"no token {token_id}", field="id")
    if token.revoked_at is None:
        token.revoked_at = now
        session.add(token)
    return token


def principal_of_token(session: Session, *, secret: str, now: datetime) -> Principal | None:
    """The principal a bearer token stands for, or None when it is unknown or revoked."""
    token = session.exec(select(ApiToken).where(ApiToken.token_hash == hash_token(secret))).first()
    if token is None or token.revoked_at is not None:
        return None
    code = session.exec(select(Agency.code).where(Agency.id == token.agency_id)).first() if token.agency_id else None
    return Principal(role=token.role, agency_id=token.agency_id, agency_code=code, label=f"token:{token.name}")


def require_role(principal: Principal, *roles: str) -> None:
    """Refuse a principal whose role is not among these."""
    if principal.role not in roles and not principal.is_admin:
        raise Forbidden.single(f"{principal.role} may not do this", field="role")


def require_may_register(principal: Principal, coordinator: str) -> None:
    """Refuse to register a directive that another agency coordinates (admins register any)."""
    require_role(principal, "coordinator")
    if principal.role == "coordinator" and coordinator != principal.agency_code:
        raise Forbidden.single(f"a coordinator registers only directives it coordinates ({principal.agency_code})",
                               field="coordinator")


def require_read_task(session: Session, principal: Principal, task_id: int) -> Task:
    """The task, if this principal may see it: agencies see their own, coordinators and admins all."""
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound.single(f"no task {task_id}", field="task")
    if principal.role == "agency" and task.agency_id != principal.agency_id:
        raise Forbidden.single(f"task {task_id} belongs to another agency", field="task")
    return task


def require_done_task(session: Session, principal: Principal, task_id: int) -> Task:
    """The task, if this principal may mark it done: its own agency, or the coordinator of its directive."""
    task = require_read_task(session, principal, task_id)
    if principal.role == "coordinator":
        _require_coordinator_of(session, principal, task)
    return task


def require_manage_task(session: Session, principal: Principal, task_id: int) -> Task:
    """The task, if this principal may extend, return or cancel it: the coordinator of its directive, or an admin."""
    task = require_read_task(session, principal, task_id)
    require_role(principal, "coordinator")
    if principal.role == "coordinator":
        _require_coordinator_of(session, principal, task)
    return task


def _require_coordinator_of(session: Session, principal: Principal, task: Task) -> None:
    coordinator = session.exec(select(Directive.coordinator_id).where(col(Directive.id) == task.directive_id)).first()
    if coordinator != principal.agency_id:
        raise Forbidden.single(f"task {task.id} is in a directive another agency coordinates", field="task")


def list_users(session: Session) -> list[dict[str, object]]:
    """Every user with their agency code."""
    codes = {agency_id: code for agency_id, code in session.exec(select(Agency.id, Agency.code)).all()}
    return [{"email": user.email, "role": user.role, "agency": codes.get(user.agency_id), "active": user.active}
            for user in session.exec(select(User).order_by(col(User.email))).all()]
