"""The FastAPI application: routes, error pages as JSON for the API, state passed in (no globals)."""

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from tracker import __version__
from tracker.clock import Clock
from tracker.config import Settings
from tracker.errors import Conflict, Forbidden, InputError, NotFound
from tracker.web import api, board, calendar_feed, draft_pages, links, manage, outbox_pages, ui
from tracker.web.deps import AppState, Unauthenticated
from tracker.web.pages import templates
from tracker.web.session import SignInRequired

PAGE_HEADINGS = {404: "Không tìm thấy", 403: "Không có quyền", 409: "Không thể thực hiện"}


def create_app(*, settings: Settings, engine: Engine, clock: Clock) -> FastAPI:
    """The application for these settings, database and clock."""
    app = FastAPI(title="tracker", version=__version__,
                  description="Deadlines of inter-agency directives: agencies, directives, tasks, statistics, outbox.")
    app.state.tracker = AppState(settings=settings, engine=engine, clock=clock)
    app.include_router(api.router)
    app.include_router(links.router)
    app.include_router(ui.router)
    app.include_router(manage.router)  # before the board: /directives/new is not a directive number
    app.include_router(draft_pages.router)  # nor is /directives/draft
    app.include_router(outbox_pages.router)
    app.include_router(board.router)
    app.include_router(calendar_feed.router)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")

    @app.exception_handler(Unauthenticated)
    async def unauthenticated(_request: Request, error: Unauthenticated) -> JSONResponse:
        return JSONResponse({"error": str(error)}, status_code=401, headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        problems = [f"{'.'.join(str(part) for part in item['loc'])}: {item['msg']}" for item in error.errors()]
        malformed = any(item.get("type") == "json_invalid" for item in error.errors())
        status = 400 if malformed else 422
        if not request.url.path.startswith("/api/"):
            return templates.TemplateResponse(request, "message.html", {
                "heading": "Dữ liệu không hợp lệ", "error": True, "text": "; ".join(problems)}, status_code=status)
        return JSONResponse({"error": problems[0] if problems else "invalid request", "problems": problems},
                            status_code=status)

    @app.exception_handler(SignInRequired)
    async def sign_in_required(_request: Request, _error: SignInRequired) -> RedirectResponse:
        return RedirectResponse("/signin", status_code=303)

    @app.exception_handler(InputError)
    async def input_error(request: Request, error: InputError) -> Response:
        status = 404 if isinstance(error, NotFound) else 403 if isinstance(error, Forbidden) else \
            409 if isinstance(error, Conflict) else 422
        lines = error.lines()
        if not request.url.path.startswith("/api/"):
            heading = PAGE_HEADINGS.get(status, "Dữ liệu không hợp lệ")
            return templates.TemplateResponse(request, "message.html", {"heading": heading, "error": True,
                                                                        "text": "; ".join(lines)}, status_code=status)
        return JSONResponse({"error": lines[0] if lines else "bad request", "problems": lines}, status_code=status)

    return app
