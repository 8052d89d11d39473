"""People and machines that use the web app and the API: users with a role, API tokens."""

from datetime import datetime

from sqlmodel import Field, SQLModel


class User(SQLModel, table=True):
    """A person who signs in: an agency clerk, a coordinator, or an operator (admin)."""

    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320, unique=True, index=True)
    agency_id: int | None = Field(default=None, foreign_key="agency.id")
    role: str = Field(max_length=20)  # agency | coordinator | admin
    active: bool = True
    created_at: datetime


class ApiToken(SQLModel, table=True):
    """A bearer token for another system; only its SHA-256 is stored, so a database leak reveals none."""

    __tablename__ = "api_token"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True, index=True)
    name: str = Field(max_length=200)
    agency_id: int | None = Field(default=None, foreign_key="agency.id")
    role: str = Field(max_length=20)
    created_at: datetime
    revoked_at: datetime | None = None
    last_used_at: datetime | None = None


class LoginLink(SQLModel, table=True):
    """A one-time sign-in link sent by email; only its hash is kept, and it expires."""

    __tablename__ = "login_link"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True, index=True)
    user_id: int = Field(foreign_key="app_user.id", ondelete="CASCADE")
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None


class WebSession(SQLModel, table=True):
    """A signed-in browser: the cookie holds a random id, the table its hash (sign-out deletes it)."""

    __tablename__ = "web_session"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True, index=True)
    user_id: int = Field(foreign_key="app_user.id", ondelete="CASCADE")
    created_at: datetime
    expires_at: datetime
