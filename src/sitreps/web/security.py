"""Response headers every page and answer carries, and the cap on request bodies.

The Content-Security-Policy allows scripts, styles and data only from this server: no inline scripts, no
eval (Vega's expressions run in vega-interpreter), no frames, no plugins. An article's text is only ever put
into the page as text, and this policy is the second wall should that ever slip.
"""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
# FastAPI's /docs and /redoc pages are an inline script that loads Swagger UI / ReDoc from a CDN, and show
# only the API's own description, never stored text.
DOCS_CSP = "default-src 'self' https://cdn.jsdelivr.net; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
DOCS_CSP += "img-src 'self' data: https://fastapi.tiangolo.com; frame-ancestors 'none'"
DOCS_PATHS = ("/docs", "/redoc")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
JSON = b"application/json"


class SecurityMiddleware:
    """Adds HEADERS to every response and answers 413 to a body larger than `max_body` bytes, whether it
    declares its length or streams it in chunks."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in names]
                if scope["path"].startswith(DOCS_PATHS):
                    extra = [(k, DOCS_CSP.encode() if k == b"content-security-policy" else v) for k, v in extra]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await self._too_large(send_with_headers)
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        try:
            await self.app(scope, counting_receive, send_with_headers)
        except BodyTooLarge:
            if not started:
                await self._too_large(send_with_headers)

    async def _too_large(self, send: Send) -> None:
        body = json.dumps({"error": BodyTooLarge(self.max_body).detail}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", JSON), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})


class BodyTooLarge(HTTPException):
    """A streamed request body passed the cap (an HTTPException, so FastAPI's body reader passes it on)."""

    def __init__(self, max_body: int) -> None:
        super().__init__(413, f"request body larger than {max_body // 1024} KB (max_request_kb in limits.toml)")
