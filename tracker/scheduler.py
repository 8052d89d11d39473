"""Scheduler wiring: APScheduler 3 runs the pass every few minutes; the durable state lives in our tables."""

import logging
import signal
from datetime import timedelta

import uvicorn
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Engine

from tracker.clock import Clock
from tracker.config import Settings
from tracker.delivery import make_transport
from tracker.services.passes import PassResult, run_pass

log = logging.getLogger("tracker.scheduler")

PASS_JOB_ID = "tracker-pass"


def pass_job(engine: Engine, settings: Settings, clock: Clock) -> PassResult:
    """One pass at the clock's now: the job the scheduler runs (and `tracker tick` runs once)."""
    now = clock.now()
    result = run_pass(engine, now=now, settings=settings, transport=make_transport(settings))
    log.info("pass at %s: %s", now.isoformat(timespec="seconds"), result.as_json())
    return result


def build_scheduler(engine: Engine, settings: Settings, clock: Clock) -> BackgroundScheduler:
    """A scheduler with the pass job: first run now, then every pass_every_minutes; never two at once."""
    scheduler = BackgroundScheduler(timezone=settings.tz)
    every = settings.notifications.pass_every_minutes
    scheduler.add_job(pass_job, "interval", minutes=every, args=(engine, settings, clock), id=PASS_JOB_ID,
                      replace_existing=True, coalesce=True, max_instances=1,
                      # A pass missed while the machine slept runs when it wakes, unless a newer one is due.
                      misfire_grace_time=int(timedelta(minutes=every).total_seconds()),
                      next_run_time=clock.now())
    return scheduler


def run_with_scheduler(scheduler: BackgroundScheduler, server: "uvicorn.Server", on_start: str) -> None:
    """Run the web server in the foreground and the scheduler beside it; SIGTERM or Ctrl-C stops both cleanly."""
    # uvicorn handles the signal, shuts down, then raises it again for the previous handler: ours only notes it.
    previous = {sig: signal.signal(sig, lambda signum, _frame: log.info("signal %s: stopping", signum))
                for sig in (signal.SIGTERM, signal.SIGINT)}
    scheduler.start()
    print(on_start, flush=True)
    try:
        server.run()
    finally:
        scheduler.shutdown(wait=True)  # waits for a running pass to finish
        for sig, handler in previous.items():
            signal.signal(sig, handler)
