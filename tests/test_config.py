"""Settings: config.toml, --config, TRACKER_CONFIG, TRACKER_DATABASE_URL; unknown keys refused."""

from pathlib import Path

import pytest

from tracker.config import Settings, load_settings
from tracker.errors import InputError

ROOT = Path(__file__).parent.parent


def test_shipped_config_holds_the_documented_defaults(tmp_path):
    settings = load_settings(ROOT / "config.toml", environ={})
    assert (settings.timezone, settings.horizon_days, settings.due_soon_days) == ("Asia/Ho_Chi_Minh", 400, 3)
    assert settings.database.url == f"sqlite:///{ROOT / 'data' / 'tracker.db'}"


def test_without_a_file_the_defaults_apply_relative_to_the_working_folder(tmp_path):
    settings = load_settings(environ={}, cwd=tmp_path)
    assert settings.database.url == f"sqlite:///{tmp_path / 'data' / 'tracker.db'}"
    assert settings.smtp.catcher_dir == str(tmp_path / "data" / "mail")
    assert settings.horizon_days == Settings().horizon_days


def test_tracker_config_names_another_file(tmp_path):
    (tmp_path / "other.toml").write_text("horizon_days = 30\n", encoding="utf-8")
    settings = load_settings(environ={"TRACKER_CONFIG": str(tmp_path / "other.toml")}, cwd=ROOT)
    assert settings.horizon_days == 30


def test_database_url_from_the_environment_wins(tmp_path):
    url = "postgresql+psycopg://tracker@db.example/tracker"
    settings = load_settings(ROOT / "config.toml", environ={"TRACKER_DATABASE_URL": url})
    assert settings.database.url == url


def test_unknown_key_is_refused_with_its_line(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('timezone = "Asia/Ho_Chi_Minh"\n\n[database]\nurl = "sqlite:///x.db"\npool = 5\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_settings(path, environ={})
    assert caught.value.lines() == [f"{path}:5: unknown key 'database.pool'"]


def test_unknown_time_zone_is_refused(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('timezone = "Asia/Saigon_City"\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_settings(path, environ={})
    assert "unknown time zone 'Asia/Saigon_City'" in str(caught.value)


def test_cli_reports_a_bad_config_and_exits_2(cli, workdir):
    (workdir / "config.toml").write_text("horizon_days = -1\n", encoding="utf-8")
    run = cli("init")
    assert run.exit_code == 2
    assert run.stderr.strip() == f"{workdir / 'config.toml'}:1: horizon_days: Input should be greater than or equal to 1"


def test_missing_config_file_is_refused(tmp_path):
    with pytest.raises(InputError, match="configuration file not found"):
        load_settings(tmp_path / "nope.toml", environ={})
