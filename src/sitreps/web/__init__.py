"""The JSON API and the web page (map, timeline, evidence, briefs). Needs the 'web' extra (FastAPI, uvicorn)."""

from sitreps.extras import require

require("web", "the web page and API (sitreps serve)")
