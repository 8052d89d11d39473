"""Settings: config.toml plus the environment, validated into one pydantic model that is passed in."""

import os
from datetime import date, time
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator

from rules.alarms import Rule, RuleError, make_rule
from rules.dates import DateError, zone
from rules.workdays import WorkingCalendar, calendar_of
from tracker.errors import InputError
from tracker.tomlfile import read_toml
from tracker.validation import problems_of

CONFIG_ENV = "TRACKER_CONFIG"
DATABASE_URL_ENV = "TRACKER_DATABASE_URL"
SMTP_PASSWORD_ENV = "TRACKER_SMTP_PASSWORD"


class DatabaseSettings(BaseModel):
    """Where the data lives: an SQLAlchemy URL (SQLite by default, PostgreSQL when deployed)."""

    model_config = ConfigDict(extra="forbid")

    url: str = "sqlite:///data/tracker.db"


class NotificationSettings(BaseModel):
    """When day-based rules fire, where links point, how often passes run and how delivery retries."""

    model_config = ConfigDict(extra="forbid")

    send_at: time = time(8, 0)
    base_url: str = "http://127.0.0.1:8000"
    pass_every_minutes: Annotated[int, Field(ge=1, le=1440)] = 5
    # A message claimed by a sender that then died is sent again once this lease has run out.
    lease_seconds: Annotated[int, Field(ge=10)] = 300
    max_attempts: Annotated[int, Field(ge=1, le=100)] = 8
    # Transient failures wait retry_seconds, then twice that, and so on (capped at a day).
    retry_seconds: Annotated[int, Field(ge=1)] = 60
    batch_size: Annotated[int, Field(ge=1)] = 500

    @field_validator("send_at", mode="before")
    @classmethod
    def _hour(cls, value: Any) -> Any:
        return time.fromisoformat(value) if isinstance(value, str) else value


class CalendarSettings(BaseModel):
    """Working days: the country's public holidays and the year's notice of swapped days."""

    model_config = ConfigDict(extra="forbid")

    country: str = "VN"
    days_off: list[date] = Field(default_factory=list)
    working_days: list[date] = Field(default_factory=list)

    @model_validator(mode="after")
    def _no_overlap(self) -> "CalendarSettings":
        both = set(self.days_off) & set(self.working_days)
        if both:
            raise ValueError(f"{min(both)} is both a day off and a working day")
        return self


class RuleSettings(BaseModel):
    """One [[rules]] entry, as written; `rule` is the parsed form."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    at: str
    notify: list[str]
    kind: str
    applies_to: list[str] | None = None

    @model_validator(mode="after")
    def _parses(self) -> "RuleSettings":
        self.rule  # noqa: B018  (raises RuleError, reported with the rule's line)
        return self

    @property
    def rule(self) -> Rule:
        """The rule rules/ evaluates."""
        try:
            return make_rule(name=self.name, at=self.at, notify=self.notify, kind=self.kind,
                             applies_to=self.applies_to)
        except RuleError as error:
            raise ValueError(str(error)) from None


class SmtpSettings(BaseModel):
    """The mail server; by default the local mail catcher that tracker starts itself."""

    model_config = ConfigDict(extra="forbid")

    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=1, le=65535)] = 8025
    sender: str = Field(default="Theo dõi văn bản chỉ đạo <tracker@tracker.localhost>", alias="from")
    starttls: bool = False
    tls: bool = False
    username: str | None = None
    timeout: Annotated[float, Field(gt=0)] = 30.0
    # Large batches go out over up to this many concurrent connections (at least 50 messages each).
    connections: Annotated[int, Field(ge=1, le=16)] = 4
    # A CA bundle to trust for the server's certificate (a province's internal CA); default: the system's.
    ca_file: str | None = None
    # Start an aiosmtpd catcher on host:port that keeps every message in catcher_dir (a Maildir).
    catcher: bool = True
    catcher_dir: str = "data/mail"
    password: SecretStr | None = Field(default=None, exclude=True)

    @model_validator(mode="after")
    def _one_tls(self) -> "SmtpSettings":
        if self.starttls and self.tls:
            raise ValueError("choose starttls or tls, not both")
        return self


class WebSettings(BaseModel):
    """Where `tracker serve` and `tracker run` listen."""

    model_config = ConfigDict(extra="forbid")

    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=1, le=65535)] = 8000
    # Links in emails let the agency open and mark its task without signing in; they expire after this.
    link_days: Annotated[int, Field(ge=1, le=365)] = 30


DEFAULT_RULES = [
    RuleSettings(name="nhac-truoc-5-ngay-lam-viec", at="due - 5 working days", notify=["lead"], kind="reminder"),
    RuleSettings(name="nhac-truoc-1-ngay-lam-viec", at="due - 1 working day", notify=["lead"], kind="reminder"),
    RuleSettings(name="qua-han", at="due + 1 working day", notify=["lead", "coordinator"], kind="overdue"),
    RuleSettings(name="leo-thang", at="due + 3 working days", notify=["supervisor", "coordinator"], kind="escalation"),
]


class Settings(BaseModel):
    """Everything the engine needs to know about its deployment."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    timezone: str = "Asia/Ho_Chi_Minh"
    horizon_days: Annotated[int, Field(ge=1, le=3660)] = 400
    due_soon_days: Annotated[int, Field(ge=0, le=365)] = 3
    database: DatabaseSettings = DatabaseSettings()
    notifications: NotificationSettings = NotificationSettings()
    calendar: CalendarSettings = CalendarSettings()
    rules: list[RuleSettings] = Field(default_factory=lambda: list(DEFAULT_RULES))
    smtp: SmtpSettings = SmtpSettings()
    web: WebSettings = WebSettings()

    @field_validator("rules")
    @classmethod
    def _unique_names(cls, value: list[RuleSettings]) -> list[RuleSettings]:
        names = [rule.name for rule in value]
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            raise ValueError(f"rule name '{repeated[0]}' is used twice")
        return value

    @property
    def working_calendar(self) -> WorkingCalendar:
        """The working-day calendar of the configured country and exceptions."""
        return calendar_of(self.calendar.country, self.calendar.days_off, self.calendar.working_days)

    @property
    def alarm_rules(self) -> list[Rule]:
        """The notification rules, parsed."""
        return [entry.rule for entry in self.rules]

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            zone(value)
        except DateError as error:
            raise ValueError(str(error)) from None
        return value

    @property
    def tz(self) -> ZoneInfo:
        """The configured time zone, in which dates are read and shown."""
        return zone(self.timezone)


def load_settings(path: str | Path | None = None, *, environ: dict[str, str] | None = None,
                  cwd: Path | None = None) -> Settings:
    """Build settings from --config PATH, else $TRACKER_CONFIG, else ./config.toml, else the defaults."""
    env = dict(os.environ if environ is None else environ)
    base = cwd or Path.cwd()
    chosen = path or env.get(CONFIG_ENV)
    if chosen is None and (base / "config.toml").is_file():
        chosen = base / "config.toml"
    data: dict[str, Any] = {}
    if chosen is not None:
        config_path = Path(chosen) if Path(chosen).is_absolute() else base / chosen
        if not config_path.is_file():
            raise InputError.single("configuration file not found", source=str(chosen))
        document = read_toml(config_path)
        data = document.data
        base = config_path.parent
        try:
            settings = Settings.model_validate(data)
        except ValidationError as error:
            raise InputError(problems_of(error, document), document.path) from None
    else:
        settings = Settings()
    url = env.get(DATABASE_URL_ENV) or settings.database.url
    password = env.get(SMTP_PASSWORD_ENV)
    smtp = settings.smtp.model_copy(update={
        "catcher_dir": str((base / settings.smtp.catcher_dir).resolve()),
        "ca_file": str((base / settings.smtp.ca_file).resolve()) if settings.smtp.ca_file else None,
        "password": SecretStr(password) if password else None})
    return settings.model_copy(update={"database": DatabaseSettings(url=_anchor_sqlite(url, base)), "smtp": smtp})


def _anchor_sqlite(url: str, base: Path) -> str:
    """Resolve a relative SQLite path against the config file's folder, so any cwd finds the same file."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == prefix + ":memory:":
        return url
    file_part = url[len(prefix):]
    if file_part.startswith("/"):
        return url
    return prefix + str((base / file_part).resolve())
