"""The web app at country scale: response times and sizes of the pages and API calls over a million tasks.

Builds the database of benchmarks/scale.py first (or reuses --db), serves the app on a free port with a fixed
clock, signs in a coordinator and an agency clerk, and times each request (median of --repeat).

Usage: python benchmarks/web_scale.py [--db PATH] [--communes 10000] [--repeat 5]
"""

import argparse
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlmodel import col, select

from notifications.catcher import free_port
from tracker.config import DatabaseSettings, Settings
from tracker.db import make_engine, transaction
from tracker.models import Agency, Task, WebSession
from tracker.services.access import add_user, create_token, hash_token
from tracker.web.server import web_server

NOW = datetime(2026, 6, 15, 3, tzinfo=UTC)


class FixedClock:
    """The benchmark's instant (mid-June 2026, inside the generated plans)."""

    def now(self) -> datetime:
        return NOW


def cookie_for(engine: object, email: str, agency: str, role: str) -> str:
    """A user and an open browser session for them (what signing in through the emailed link leaves)."""
    cookie = secrets.token_urlsafe(32)
    with transaction(engine) as session:  # type: ignore[arg-type]
        user = add_user(session, email=email, agency_code=agency, role=role, now=NOW)
        session.add(WebSession(token_hash=hash_token(cookie), user_id=user.id or 0, created_at=NOW,
                               expires_at=NOW + timedelta(days=1)))
    return cookie


def main() -> None:
    """Build or reuse the database, then print one line per request."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--communes", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "scale.db"
    if not path.exists():
        subprocess.run([sys.executable, str(Path(__file__).parent / "scale.py"), "--db", str(path),
                        "--communes", str(args.communes)], check=True)
    settings = Settings(database=DatabaseSettings(url=f"sqlite:///{path}"))
    engine = make_engine(settings.database.url)
    tag = secrets.token_hex(3)  # the database may be reused: new people each run
    coordinator = cookie_for(engine, f"bcd-{tag}@ca.example", "CA-T", "coordinator")
    clerk = cookie_for(engine, f"vanthu-{tag}@xa.example", "XA-04242", "agency")
    with transaction(engine) as session:
        _, token = create_token(session, name="bench", agency_code="CA-T", role="coordinator", now=NOW)
        task_id = session.exec(select(Task.id).join(Agency, col(Agency.id) == Task.agency_id)
                               .where(Agency.code == "XA-04242")).first()
    port = free_port()
    server = web_server(settings, engine, FixedClock(), host="127.0.0.1", port=port)
    server.config.log_level = "warning"
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    requests = [
        ("clerk", "/inbox"),
        ("clerk", f"/tasks/{task_id}"),
        ("coordinator", "/board"),
        ("coordinator", "/board?agency=XA-04242&status=overdue"),
        ("coordinator", "/board?status=overdue&due_from=01/06/2026&due_until=15/06/2026"),
        ("coordinator", "/directives/1/KH-UBND"),
        ("coordinator", "/statistics"),
        ("coordinator", "/statistics.csv"),
        ("api", "/api/v1/tasks?agency=XA-04242"),
        ("api", "/api/v1/tasks?status=overdue&limit=100"),
        ("api", "/api/v1/statistics"),
    ]
    cookies = {"clerk": clerk, "coordinator": coordinator}
    print(f"{'request':<66} {'median':>8} {'size':>10}")
    with httpx.Client(base_url=base, timeout=600) as client:
        for who, url in requests:
            headers = {"Authorization": f"Bearer {token}"} if who == "api" else {}
            client.cookies.clear()
            if who in cookies:
                client.cookies.set("tracker_session", cookies[who])
            times, size = [], 0
            for _ in range(args.repeat):
                start = time.perf_counter()
                response = client.get(url, headers=headers)
                times.append(time.perf_counter() - start)
                response.raise_for_status()
                size = len(response.content)
            print(f"{who + ' GET ' + url:<66} {statistics.median(times):7.3f}s {size / 1024:8.0f} kB", flush=True)
    server.should_exit = True


if __name__ == "__main__":
    main()
