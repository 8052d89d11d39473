"""Settings: config.toml plus the environment, validated into one pydantic model that is passed in."""

import os
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from rules.dates import DateError, zone
from tracker.errors import InputError
from tracker.tomlfile import read_toml
from tracker.validation import problems_of

CONFIG_ENV = "TRACKER_CONFIG"
DATABASE_URL_ENV = "TRACKER_DATABASE_URL"


class DatabaseSettings(BaseModel):
    """Where the data lives: an SQLAlchemy URL (SQLite by default, PostgreSQL when deployed)."""

    model_config = ConfigDict(extra="forbid")

    url: str = "sqlite:///data/tracker.db"


class Settings(BaseModel):
    """Everything the engine needs to know about its deployment."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    timezone: str = "Asia/Ho_Chi_Minh"
    horizon_days: Annotated[int, Field(ge=1, le=3660)] = 400
    due_soon_days: Annotated[int, Field(ge=0, le=365)] = 3
    database: DatabaseSettings = DatabaseSettings()

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
    return settings.model_copy(update={"database": DatabaseSettings(url=_anchor_sqlite(url, base))})


def _anchor_sqlite(url: str, base: Path) -> str:
    """Resolve a relative SQLite path against the config file's folder, so any cwd finds the same file."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == prefix + ":memory:":
        return url
    file_part = url[len(prefix):]
    if file_part.startswith("/"):
        return url
    return prefix + str((base / file_part).resolve())
