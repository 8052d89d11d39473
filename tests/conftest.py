"""Shared fixtures: a real SQLite file per test, the CLI run in-process, a fixed clock."""

import re
import shutil
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.config import Settings, load_settings
from tracker.db import init_schema, make_engine

FIXTURES = Path(__file__).parent / "fixtures"
VN = ZoneInfo("Asia/Ho_Chi_Minh")


@dataclass
class Run:
    """What one CLI invocation printed and returned."""

    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A folder with a config.toml whose database is a file inside it."""
    (tmp_path / "config.toml").write_text('[database]\nurl = "sqlite:///data/tracker.db"\n', encoding="utf-8")
    return tmp_path


@pytest.fixture
def settings(workdir: Path) -> Settings:
    """The settings the CLI sees in workdir."""
    return load_settings(workdir / "config.toml", environ={})


@pytest.fixture
def engine(settings: Settings):
    """An engine on the test's database file, schema created."""
    engine = make_engine(settings.database.url)
    init_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def cli(workdir: Path, monkeypatch: pytest.MonkeyPatch):
    """Run `tracker ARGS...` in-process against workdir's config; returns a Run."""
    monkeypatch.delenv("TRACKER_DATABASE_URL", raising=False)
    monkeypatch.delenv("TRACKER_CONFIG", raising=False)
    monkeypatch.setenv("TRACKER_ACTOR", "test-coordinator")
    runner = CliRunner()

    def run(*args: str) -> Run:
        result = runner.invoke(app, ["--config", str(workdir / "config.toml"), *args])
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Run(result.exit_code, result.stdout, result.stderr)

    return run


@pytest.fixture
def loaded(cli, engine) -> None:
    """The database initialised with the small cast of agencies from fixtures/agencies.toml."""
    assert cli("agencies", "load", str(FIXTURES / "agencies.toml")).exit_code == 0


@pytest.fixture
def directive_file(workdir: Path):
    """Write a directive file (text given) into workdir and return its path."""

    def write(text: str, name: str = "directive.toml") -> Path:
        path = workdir / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def fixture_copy(workdir: Path):
    """Copy a file from tests/fixtures into workdir (to edit it) and return the copy."""

    def copy(name: str) -> Path:
        return Path(shutil.copy(FIXTURES / name, workdir / name))

    return copy


def at(text: str) -> datetime:
    """An aware instant from ISO text, local time when no offset is given."""
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=VN)


class SmtpServer:
    """A real aiosmtpd server on 127.0.0.1 for one test; what it receives lands in a Maildir."""

    def __init__(self, folder: Path) -> None:
        from notifications.catcher import free_port

        self.folder = folder
        self.port = free_port()
        self.catcher = None

    def start(self) -> "SmtpServer":
        """Listen (again, on the same port)."""
        from notifications.catcher import MailCatcher

        self.catcher = MailCatcher(self.folder, port=self.port).start()
        return self

    def stop(self) -> None:
        """Stop listening: the server is down."""
        if self.catcher is not None:
            self.catcher.stop()
            self.catcher = None

    def messages(self):
        """Every message received so far."""
        from notifications.catcher import read_caught

        return read_caught(self.folder)


@pytest.fixture
def smtp(workdir: Path):
    """A running SMTP server, and workdir's config pointed at it (no embedded catcher)."""
    server = SmtpServer(workdir / "received").start()
    (workdir / "config.toml").write_text(
        '[database]\nurl = "sqlite:///data/tracker.db"\n\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\ncatcher = false\ntimeout = 5\n'
        '\n[notifications]\nretry_seconds = 60\n', encoding="utf-8")
    yield server
    server.stop()


@pytest.fixture
def catcher_smtp(workdir: Path):
    """The embedded default: mail goes to a local catcher whose Maildir the app may show at /mail."""
    server = SmtpServer(workdir / "data" / "mail").start()
    (workdir / "config.toml").write_text(
        '[database]\nurl = "sqlite:///data/tracker.db"\n\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\ncatcher = true\ncatcher_dir = "{server.folder.as_posix()}"\n',
        encoding="utf-8")
    yield server
    server.stop()


class MovableClock:
    """A clock a test sets: the web app reads `now` from it on every request."""

    def __init__(self, instant: datetime) -> None:
        self.instant = instant

    def now(self) -> datetime:
        """The instant the test set."""
        return self.instant


class ApiClient:
    """A running HTTP server for the app (uvicorn in a thread) and an httpx client for it."""

    def __init__(self, base_url: str, clock: MovableClock) -> None:
        import httpx

        self.http = httpx.Client(base_url=base_url, timeout=10)
        self.clock = clock
        self.tokens: dict[str, str] = {}
        self.engine = None

    def request(self, method: str, path: str, who: str | None = None, **kwargs):
        """Send a request as `who` (a key of self.tokens), or anonymously."""
        headers = kwargs.pop("headers", {})
        if who is not None:
            headers["Authorization"] = f"Bearer {self.tokens[who]}"
        return self.http.request(method, path, headers=headers, **kwargs)


@pytest.fixture
def api(cli, loaded, settings, engine):
    """The app served on a free port over the small cast, 2774/UBND-NC registered on 8/6/2021, and a token
    per principal: STTTT and UBND-MT (agencies), CA-TG (the coordinator), an admin."""
    import threading
    import time

    from notifications.catcher import free_port
    from tracker.web.server import web_server

    assert cli("directives", "add", str(FIXTURES / "directive_2774.toml"), "--now", "2021-06-08T09:00").exit_code == 0
    clock = MovableClock(at("2021-06-09T10:00"))
    port = free_port()
    server = web_server(settings, engine, clock, host="127.0.0.1", port=port)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    client = ApiClient(f"http://127.0.0.1:{port}", clock)
    client.engine = engine
    for who, args in {"STTTT": ["--agency", "STTTT"], "UBND-MT": ["--agency", "UBND-MT"],
                      "coordinator": ["--agency", "CA-TG", "--role", "coordinator"], "admin": ["--role", "admin"]}.items():
        client.tokens[who] = cli("tokens", "create", *args).stdout.strip().splitlines()[-1]
    yield client
    server.should_exit = True
    thread.join(timeout=10)


# ---------------------------------------------------------------- signed-in browsers (httpx)

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"  # ../shared beside the checkout


def csrf_of(page: str) -> str:
    """The CSRF token a page's forms carry."""
    return re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)


def wait_for_mail(smtp, count: int) -> list:
    """The messages received once there are at least `count` (the sign-in email is sent after the response)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and len(smtp.messages()) < count:
        time.sleep(0.05)
    return smtp.messages()


def sign_in(api, smtp, email: str) -> httpx.Client:
    """A browser signed in as `email` through the link the mail server received."""
    browser = httpx.Client(base_url=str(api.http.base_url), timeout=10)
    before = len(smtp.messages())
    assert "Kiểm tra hộp thư" in browser.post("/signin", data={"email": email}).text
    message = wait_for_mail(smtp, before + 1)[-1]
    assert message.to == email
    path = re.search(r"http://[^/\s]+(/signin/\S+)", message.text).group(1)
    assert "Đăng nhập với tài khoản" in browser.get(path).text  # opening the link signs nobody in...
    assert browser.cookies.get("tracker_session") is None
    response = browser.post(path)  # ...pressing the button does
    assert response.status_code == 303
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert browser.post(path).status_code == 410  # one time only
    return browser


@pytest.fixture
def clerk(smtp, api, cli):
    """STTTT's clerk, signed in."""
    assert cli("users", "add", "vanthu@stttt.tiengiang.example", "--agency", "STTTT").exit_code == 0
    return sign_in(api, smtp, "vanthu@stttt.tiengiang.example")


@pytest.fixture
def coordinator(smtp, api, cli):
    """CA-TG's coordinator (the standing office of 2774/UBND-NC), signed in."""
    assert cli("users", "add", "thuongtruc@congan.tiengiang.example", "--agency", "CA-TG", "--role",
               "coordinator").exit_code == 0
    return sign_in(api, smtp, "thuongtruc@congan.tiengiang.example")


