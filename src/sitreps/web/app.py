"""The FastAPI application: the JSON API under /api, the page at /, OpenAPI at /docs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from sitreps import __version__
from sitreps.limits import limits
from sitreps.store.repo import Store
from sitreps.web.api import ParameterError, router
from sitreps.web.cache import VERSION_AGE, AnswerCache, Answers, VersionClock
from sitreps.web.metrics import router as metrics_router
from sitreps.web.security import SecurityMiddleware
from sitreps.web.settings import Settings
from sitreps.web.writer import WriterThread

STATIC = Path(__file__).resolve().parent / "static"


def app_from_env() -> FastAPI:
    """The application with the settings of the environment (each `serve --workers` process builds its own)."""
    return create_app(Settings.from_env())


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    cfg = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        writer = WriterThread(app.state.store) if cfg.write_token and cfg.writer else None
        if writer is not None:
            writer.start()
        try:
            yield
        finally:
            if writer is not None:
                writer.close()

    app = FastAPI(
        lifespan=lifespan,
        title="sitreps",
        version=__version__,
        description="Conflict events from war news: geocoded, dated, counted, attributed, with their evidence.",
    )
    app.state.settings = cfg
    app.state.store = store or Store(cfg.db_url)
    app.state.answers = Answers(max_stale=cfg.max_stale)
    app.state.version_clock = VersionClock(app.state.store, min(cfg.max_stale, VERSION_AGE))
    app.include_router(router)
    app.include_router(metrics_router)

    @app.exception_handler(ParameterError)
    async def bad_parameter(_: Request, exc: ParameterError) -> JSONResponse:
        return JSONResponse({"error": exc.message, "parameter": exc.parameter}, status_code=422)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        loc = [str(x) for x in first.get("loc", ()) if x not in ("query", "body", "path")]
        name = ".".join(loc) or "request"
        return JSONResponse(
            {"error": f"{name}: {first.get('msg', 'invalid')}", "parameter": name, "detail": exc.errors()},
            status_code=422,
        )

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.get("/api/health", include_in_schema=False)
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # innermost: kept answers leave with the security (and CORS) headers like every other answer
    app.add_middleware(
        AnswerCache,
        settings=cfg,
        answers=app.state.answers,
        clock=app.state.version_clock,
        page=STATIC / "index.html",
    )
    if cfg.cors_origins:  # off unless SITREPS_CORS_ORIGINS names the origins; reads only, never credentials
        app.add_middleware(CORSMiddleware, allow_origins=list(cfg.cors_origins), allow_methods=["GET"])
    app.add_middleware(SecurityMiddleware, max_body=limits().max_request_bytes)
    return app
