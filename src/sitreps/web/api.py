"""The JSON API. Reads are open unless SITREPS_READ_TOKEN is set; writes need SITREPS_API_TOKEN."""

from __future__ import annotations

import json
import secrets
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from sitreps.brief.compose import Brief
from sitreps.control.derive import PlaceControl
from sitreps.events.taxonomy import EVENT_TYPES
from sitreps.export.geojson import collection
from sitreps.params import parse_bbox
from sitreps.store.query import Changes, Points, Stats
from sitreps.store.records import StoredEvent
from sitreps.store.repo import Filters, Store
from sitreps.web.cache import JSON, answer
from sitreps.web.settings import Settings, bearer
from sitreps.web.writer import NewDocument

CERTAINTIES = ("confirmed", "reported", "claimed", "unverified", "denied")
MAX_PAGE = 5000
MAX_POINTS = 20_000


class ParameterError(Exception):
    """A query parameter that does not parse: answered with 422 naming it."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(message)
        self.parameter, self.message = parameter, message


async def store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


async def settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


async def require_read(
    cfg: Annotated[Settings, Depends(settings)], authorization: Annotated[str | None, Header()] = None
) -> None:
    if not cfg.reads_allowed(authorization):
        raise HTTPException(401, "reading needs a bearer token (this server sets SITREPS_READ_TOKEN)")


async def require_write(
    cfg: Annotated[Settings, Depends(settings)], authorization: Annotated[str | None, Header()] = None
) -> None:
    if not cfg.write_token:
        raise HTTPException(403, "writes are disabled: start the server with SITREPS_API_TOKEN set")
    token = bearer(authorization)
    if token is None:
        raise HTTPException(401, "send the token as 'Authorization: Bearer <token>'")
    if not secrets.compare_digest(token, cfg.write_token):
        raise HTTPException(403, "wrong token")


async def filters(
    since: Annotated[date | None, Query(description="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[date | None, Query(description="Last event date, YYYY-MM-DD.")] = None,
    type: Annotated[str | None, Query(description="ACLED event type.")] = None,
    country: Annotated[str | None, Query(description="ISO 3166 alpha-2, e.g. UA.", pattern="^[A-Za-z]{2}$")] = None,
    admin1: Annotated[str | None, Query(description="First-level division, e.g. Kharkiv Oblast.")] = None,
    bbox: Annotated[str | None, Query(description="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT.")] = None,
    certainty: Annotated[str | None, Query(description="confirmed, reported, claimed, unverified, denied.")] = None,
    language: Annotated[str | None, Query(description="Language of a source, e.g. it.")] = None,
    q: Annotated[str | None, Query(description="Words in the evidence.", max_length=200)] = None,
) -> Filters:
    if type is not None and type not in EVENT_TYPES:
        raise ParameterError("type", f"{type!r} is not an ACLED event type; one of: {', '.join(EVENT_TYPES)}")
    if certainty is not None and certainty not in CERTAINTIES:
        raise ParameterError("certainty", f"{certainty!r}; one of: {', '.join(CERTAINTIES)}")
    if since and until and since > until:
        raise ParameterError("since", "since is after until")
    box = None
    if bbox is not None:
        try:
            box = parse_bbox(bbox)
        except ValueError as e:
            raise ParameterError("bbox", str(e)) from None
    return Filters(
        since=since,
        until=until,
        event_type=type,
        country=country,
        admin1=admin1,
        bbox=box,
        certainty=certainty,
        language=language,
        text=q,
    )


router = APIRouter(prefix="/api", dependencies=[Depends(require_read)])
FiltersDep = Annotated[Filters, Depends(filters)]
StoreDep = Annotated[Store, Depends(store)]


class EventPage(BaseModel):
    """A page of events (with ?format=geojson: a FeatureCollection with total, limit and offset)."""

    total: int
    limit: int
    offset: int
    events: list[StoredEvent]


class DocumentSpan(BaseModel):
    start: int
    end: int
    event_id: str


class StoredDocument(BaseModel):
    id: int
    doc_id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: date
    language: str | None
    text: str
    spans: list[DocumentSpan]


@router.get(
    "/events",
    summary="Events matching the filters, a page at a time; ?format=geojson for a map",
    response_model=EventPage,
)
def list_events(
    request: Request,
    st: StoreDep,
    f: FiltersDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 500,
    offset: Annotated[int, Query(ge=0)] = 0,
    format: Annotated[str, Query(pattern="^(json|geojson)$")] = "json",
) -> Response:
    def build() -> bytes:
        total = st.total(f)
        if format == "geojson":
            body = {**collection(st.events(f.page(limit, offset))), "total": total, "limit": limit, "offset": offset}
            return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        records = list(st.query.record_json(f.page(limit, offset)))
        head = f'{{"total":{total},"limit":{limit},"offset":{offset},"events":['
        return (head + ",".join(records) + "]}").encode()

    return answer(request, st, build)


@router.get("/events/points", summary="Compact points for the map, or a grid of counts past max", response_model=Points)
def event_points(
    request: Request, st: StoreDep, f: FiltersDep, max: Annotated[int, Query(ge=1, le=MAX_POINTS)] = 5000
) -> Response:
    return answer(request, st, lambda: st.points(f, max).model_dump_json(exclude_none=True).encode())


@router.get(
    "/changes",
    summary="What changed since a version: new and revised events (cheap enough to poll)",
    response_model=Changes,
)
def changes(
    st: StoreDep,
    since: Annotated[int, Query(ge=0, description="A version from an earlier answer; 0 counts everything.")] = 0,
) -> Changes:
    return st.query.changes(since)


@router.get("/export", summary="The events matching the filters in an export format (ACLED CSV, GeoJSON, JSONL ...)")
def export(
    st: StoreDep,
    f: FiltersDep,
    format: Annotated[
        str, Query(description="An export format that streams: acled-csv, geojson, jsonl, or one a package adds.")
    ] = "acled-csv",
) -> StreamingResponse:
    from sitreps.export.formats import listing, streamable

    formats = streamable()
    spec = formats.get(format)
    if spec is None or spec.stream is None:
        raise ParameterError("format", f"{format!r}; one of: {listing(formats)}")
    records = st.events(f)
    return StreamingResponse(
        (chunk.encode("utf-8") for chunk in spec.stream(records)),
        media_type=spec.media_type,
        headers={"Content-Disposition": f'attachment; filename="sitreps-events.{spec.suffix}"'},
    )


class ExportFormatInfo(BaseModel):
    name: str = Field(description="The value of /api/export?format=.")
    media_type: str
    suffix: str = Field(description="File name suffix of a download.")
    description: str


@router.get("/export/formats", summary="The export formats /api/export offers (those packages add included)")
def export_formats() -> list[ExportFormatInfo]:
    from sitreps.export.formats import streamable

    return [
        ExportFormatInfo(name=x.name, media_type=x.media_type, suffix=x.suffix, description=x.description)
        for x in streamable().values()
    ]


class Control(BaseModel):
    """Who holds each place (with ?format=geojson: a FeatureCollection of the places)."""

    at: date | None
    places: list[PlaceControl]


@router.get(
    "/control",
    summary="Who holds each populated place at a date, from reports of territorial change",
    response_model=Control,
)
def control(
    st: StoreDep,
    at: Annotated[date | None, Query(description="The date, YYYY-MM-DD; default: every report.")] = None,
    format: Annotated[str, Query(pattern="^(json|geojson)$")] = "json",
) -> Control | Response:
    from sitreps.control.derive import control_at, geojson

    places = control_at(st, at)
    if format == "geojson":
        return JSONResponse(geojson(places))
    return Control(at=at, places=places)


@router.get(
    "/events/{event_id}",
    summary="One event with every source, its evidence and the count history",
    response_model=StoredEvent,
)
def get_event(event_id: str, st: StoreDep) -> Response:
    found = st.query.event_json(event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return Response(found, media_type=JSON)


@router.get("/stats", summary="Events and fatalities per day, type and first-level division", response_model=Stats)
def stats(request: Request, st: StoreDep, f: FiltersDep) -> Response:
    return answer(request, st, lambda: st.stats(f).model_dump_json().encode())


@router.get("/documents/{document_id}", summary="A stored article's text with its evidence spans")
def get_document(document_id: int, st: StoreDep) -> StoredDocument:
    found = st.document(document_id)
    if found is None:
        raise HTTPException(404, f"no document {document_id}")
    doc, spans = found
    return StoredDocument(
        id=doc.id,
        doc_id=doc.doc_id,
        title=doc.title,
        url=doc.url,
        outlet=doc.outlet,
        published=doc.published,
        language=doc.language,
        text=doc.text,
        spans=[DocumentSpan(start=a, end=b, event_id=u) for a, b, u in spans],
    )


class Queued(BaseModel):
    """A POSTed article, queued: ask `href` what came of it."""

    id: int = Field(description="The article's place in the queue.")
    status: str = Field(description="queued")
    href: str = Field(description="/api/documents/queued/{id}: what came of it")


class Ingested(BaseModel):
    """What came of a queued article: status queued, stored, no_pack (stored without events: a language with no
    pack), skipped (already stored) or failed (the reason in `note`)."""

    id: int
    status: str
    stored: bool = Field(description="Stored as a new document (with its events, if any).")
    document_id: int | None = Field(default=None, description="The stored document: /api/documents/{document_id}.")
    events_new: int = 0
    events_merged: int = 0
    language: str | None = None
    note: str | None = Field(default=None, description="Why it failed, or why a stored article has no events.")


@router.post(
    "/documents",
    status_code=202,
    dependencies=[Depends(require_write)],
    summary="Queue one article for the server's writer (needs the bearer token)",
    response_model=Queued,
)
def post_document(body: NewDocument, st: StoreDep, response: Response) -> Queued:
    from sitreps.documents.model import check_document
    from sitreps.errors import InputError
    from sitreps.store import queue

    # refused at once when its size or date is out of bounds; read, extracted and stored by the writer, under
    # the policy of every way in (a known article is skipped; one in a language with no pack is kept without
    # events): GET the href to see what came of it
    try:
        check_document(body.document())
    except InputError as e:
        raise HTTPException(422, str(e)) from None
    queue_id = queue.add(st, body.model_dump_json())
    href = f"/api/documents/queued/{queue_id}"
    response.headers["Location"] = href
    return Queued(id=queue_id, status=queue.QUEUED, href=href)


@router.get("/documents/queued/{queue_id}", summary="What came of a POSTed article", response_model=Ingested)
def queued_document(queue_id: int, st: StoreDep) -> Ingested:
    from sitreps.store import queue

    row = queue.entry(st, queue_id)
    if row is None:
        raise HTTPException(404, f"no queued article {queue_id}")
    return Ingested(
        id=row.id,
        status=row.status,
        stored=row.status in ("stored", "no_pack"),
        document_id=row.document_id,
        events_new=row.events_new or 0,
        events_merged=row.events_merged or 0,
        language=row.language,
        note=row.note,
    )


@router.get(
    "/brief",
    summary="A situation brief of a period, every sentence linked to its events",
    response_model=Brief,
)
def brief(
    st: StoreDep,
    request: Request,
    day: Annotated[date, Query(alias="date", description="Last day of the period.")],
    days: Annotated[int, Query(ge=1, le=366)] = 7,
    region: Annotated[str | None, Query(description="First-level division or country code.")] = None,
    lang: Annotated[str, Query(description="Language of the brief (a pack with brief templates).")] = "en",
    format: Annotated[str, Query(pattern="^(json|markdown|html)$", description="json, markdown or html.")] = "json",
) -> Brief | Response:
    from sitreps.brief import render
    from sitreps.brief.compose import compose
    from sitreps.errors import PackError

    try:
        result = compose(st, day, days, region, lang)
    except PackError as e:
        raise ParameterError("lang", str(e)) from None
    if format == "json":
        return result
    name = f"brief-{result.start.isoformat()}-{result.end.isoformat()}-{lang}"
    if format == "markdown":
        base = str(request.base_url).rstrip("/")
        body, media, ext = render.markdown(result, base), "text/markdown; charset=utf-8", "md"
    else:
        body, media, ext = render.html(result, str(request.base_url).rstrip("/")), "text/html; charset=utf-8", "html"
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}.{ext}"'})
