"""Running the app with uvicorn, on [web] host/port."""

import uvicorn
from sqlalchemy import Engine

from tracker.clock import Clock
from tracker.config import Settings
from tracker.web.app import create_app


def web_server(settings: Settings, engine: Engine, clock: Clock, *, host: str | None = None,
               port: int | None = None) -> uvicorn.Server:
    """A uvicorn server for the app (it stops cleanly on SIGTERM and Ctrl-C)."""
    app = create_app(settings=settings, engine=engine, clock=clock)
    config = uvicorn.Config(app, host=host or settings.web.host, port=port or settings.web.port, log_level="info",
                            access_log=False)
    return uvicorn.Server(config)
