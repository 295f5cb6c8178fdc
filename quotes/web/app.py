"""`quotes serve`: the search page, article and speaker views, downloads and
the JSON API they use, over one store opened read-only.

Every route reads through quotes.query (parameterised SQL) on a read-only
connection of its worker thread (kept, so its page cache stays warm: at a
million records a full-text page costs 40% less than on a fresh connection),
and the server runs while an extraction writes to the store (SQLite WAL: each
query sees the last commit). Templates autoescape everything; the one script is a static
file, and the Content-Security-Policy allows no other.
"""
from __future__ import annotations

import csv
import io
import sqlite3
import threading
from contextlib import closing, nullcontext
from pathlib import Path
from typing import Iterator
from urllib.parse import quote, urlencode, urlsplit

import orjson
from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from quotes import query

FIELDS = ("speaker", "q", "outlet", "since", "until", "type", "min_confidence")  # the form's fields, in its order
MAX_FIELD = 500  # characters; longer input is refused rather than searched
CACHE_KIB = 32 * 1024  # page cache of each worker thread's connection
CSV_COLUMNS = ("group_id", "statement", "speaker", "speaker_key", "roles", "quote_id", "doc_id", "outlet", "date",
               "title", "url", "type", "text", "start", "end", "mention", "cue", "matched")
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                                 b"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


def create_app(db_path: str | Path) -> Starlette:
    """The ASGI app serving the store at `db_path`."""
    env = Environment(loader=PackageLoader("quotes.web", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(path=lambda s: quote(str(s), safe=""), web_url=web_url, num=lambda n: f"{n:,}")
    web = _Web(str(db_path), env)
    routes = [
        Route("/", web.search_page, name="search"),
        Route("/search.csv", web.export_csv, name="csv"),
        Route("/search.jsonl", web.export_jsonl, name="jsonl"),
        Route("/articles/{doc_id:path}", web.article_page, name="article"),
        Route("/speakers/{key:path}", web.speaker_page, name="speaker"),
        Route("/api/search", web.api_search),
        Route("/api/speakers", web.api_speakers, name="api_speakers"),
        Route("/api/speakers/{key:path}", web.api_speaker),
        Route("/api/articles/{doc_id:path}", web.api_article),
        Mount("/static", StaticFiles(packages=[("quotes.web", "static")]), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={query.QueryError: web.bad_request, 404: web.not_found,
                                                       sqlite3.DatabaseError: web.store_error})
    return _SecurityHeaders(app)


class _SecurityHeaders:
    """ASGI wrapper adding SECURITY_HEADERS to every response."""

    def __init__(self, app: Starlette):
        self.app = app

    async def __call__(self, scope, receive, send):
        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
            await send(message)
        await self.app(scope, receive, send_with_headers if scope["type"] == "http" else send)


def web_url(url: str | None) -> str | None:
    """`url` when it is an http(s) address, else None: a javascript: or
    data: URL from an article's metadata must never become a link."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _json(obj, status: int = 200) -> Response:
    return Response(orjson.dumps(obj), status_code=status, media_type="application/json")


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


class _Web:
    """The routes, sharing the store's path and the template environment."""

    def __init__(self, db_path: str, env: Environment):
        self.db_path, self.env = db_path, env
        self.local = threading.local()

    def db(self):
        """The worker thread's read-only connection, opened on its first request."""
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = self.local.conn = query.connect(self.db_path)
            conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        return nullcontext(conn)

    def render(self, request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
        """A template with links that know the app's root (doc ids and keys quoted whole)."""
        root = request.url_for("search").path

        def article_url(doc_id: str, quote_id: str | None = None) -> str:
            return f"{root}articles/{quote(doc_id, safe='')}" + (f"#q-{quote_id}" if quote_id else "")

        def speaker_url(key: str) -> str:
            return f"{root}speakers/{quote(key, safe='')}"

        html = self.env.get_template(name).render(
            request=request, root=root, static=lambda p: request.url_for("static", path=p).path,
            article_url=article_url, speaker_url=speaker_url, **context)
        return HTMLResponse(html, status_code=status)

    # -- parameters ---------------------------------------------------------

    @staticmethod
    def form(request: Request) -> dict[str, str]:
        """The search fields as given (for the form and links), length-checked."""
        values = {k: request.query_params.get(k, "") for k in FIELDS}
        for k, v in values.items():
            if len(v) > MAX_FIELD:
                raise query.QueryError(f"{k}: longer than {MAX_FIELD} characters")
        return values

    def filters(self, request: Request) -> query.Filters:
        return query.parse_filters(**self.form(request))

    # -- pages --------------------------------------------------------------

    def search_page(self, request: Request) -> Response:
        """The form, and a page of statements for what it asks (or the form
        with the error, status 400, for a bad field)."""
        form = {k: request.query_params.get(k, "")[:MAX_FIELD] for k in FIELDS}
        with self.db() as db:
            outlets = query.outlets(db)
            try:
                self.form(request)
                page = query.search(db, query.parse_filters(**form), query.parse_page(request.query_params.get("page")))
            except query.QueryError as exc:
                return self.render(request, "search.html", status=400, form=form, outlets=outlets, result=None,
                                   error=str(exc), links={})
        return self.render(request, "search.html", form=form, outlets=outlets, result=page, error=None,
                           links=_links(form, page))

    def _found(self, fetch, key: str, what: str):
        """The view `fetch` gives for a path's key, or 404 naming it."""
        with self.db() as db:
            view = fetch(db, key)
        if view is None:
            raise HTTPException(404, f"no {what} {key!r} in this store")
        return view

    def article_page(self, request: Request) -> Response:
        view = self._found(query.article, request.path_params["doc_id"], "article")
        return self.render(request, "article.html", view=view, runs=query.article_runs(view))

    def speaker_page(self, request: Request) -> Response:
        key = request.path_params["key"]
        number = query.parse_page(request.query_params.get("page"))
        with self.db() as db:
            view = query.speaker(db, key)
            if view is None:
                raise HTTPException(404, f"no speaker {key!r} in this store")
            page = query.search(db, query.Filters(speaker_key=key), number)
        most = max((m.statements for m in view.months), default=0)
        return self.render(request, "speaker.html", view=view, result=page, most=most,
                           links=_links({}, page))

    # -- downloads ------------------------------------------------------------

    def _stream(self, f: query.Filters, lines) -> Iterator[bytes]:
        """Encoded lines of every statement matching `f`, read as they are sent
        (on a connection of their own: the chunks are read on any worker thread)."""
        with closing(query.connect(self.db_path)) as db:
            yield from lines(query.iter_statements(db, f))

    def export_csv(self, request: Request) -> Response:
        f = self.filters(request)
        return StreamingResponse(self._stream(f, _csv_lines), media_type="text/csv; charset=utf-8",
                                 headers={"content-disposition": 'attachment; filename="quotes-search.csv"'})

    def export_jsonl(self, request: Request) -> Response:
        f = self.filters(request)
        lines = lambda sts: (orjson.dumps(s.model_dump(mode="json")) + b"\n" for s in sts)  # noqa: E731
        return StreamingResponse(self._stream(f, lines), media_type="application/x-ndjson",
                                 headers={"content-disposition": 'attachment; filename="quotes-search.jsonl"'})

    # -- API ------------------------------------------------------------------

    def api_search(self, request: Request) -> Response:
        f = self.filters(request)
        with self.db() as db:
            page = query.search(db, f, query.parse_page(request.query_params.get("page")))
        return _json({"query": f.model_dump(mode="json", exclude_none=True), **page.model_dump(mode="json")})

    def api_speakers(self, request: Request) -> Response:
        prefix = request.query_params.get("prefix", "")
        if len(prefix) > MAX_FIELD:
            raise query.QueryError(f"prefix: longer than {MAX_FIELD} characters")
        with self.db() as db:
            found = query.suggest(db, prefix)
        return _json({"prefix": prefix, "suggestions": [s.model_dump() for s in found]})

    def api_speaker(self, request: Request) -> Response:
        return _json(self._found(query.speaker, request.path_params["key"], "speaker").model_dump(mode="json"))

    def api_article(self, request: Request) -> Response:
        return _json(self._found(query.article, request.path_params["doc_id"], "article").model_dump(mode="json"))

    # -- errors ---------------------------------------------------------------

    def _error(self, request: Request, status: int, message: str) -> Response:
        if _wants_json(request):
            return _json({"error": message}, status)
        return self.render(request, "error.html", status=status, status_code=status, message=message)

    async def bad_request(self, request: Request, exc: Exception) -> Response:
        return self._error(request, 400, str(exc))

    async def not_found(self, request: Request, exc: Exception) -> Response:
        detail = getattr(exc, "detail", None)
        return self._error(request, 404, detail if detail and detail != "Not Found" else "no such page")

    async def store_error(self, request: Request, exc: Exception) -> Response:
        # a store of another version, or a damaged one: say so in one line rather than a traceback
        return self._error(request, 500, f"the store could not be read ({exc})")


def _links(form: dict[str, str], page: query.Page) -> dict[str, str | None]:
    """Query strings for the previous and next pages and the downloads."""
    given = {k: v for k, v in form.items() if v}
    def at(n):
        return "?" + urlencode({**given, "page": n}) if n > 1 else ("?" + urlencode(given) if given else "?")
    return {"prev": at(page.page - 1) if page.page > 1 else None,
            "next": at(page.page + 1) if page.has_next else None,
            "query": urlencode(given)}


def _csv_lines(statements) -> Iterator[bytes]:
    """CSV, one row per report, a header first, a batch of rows per chunk."""
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(CSV_COLUMNS)
    for st in statements:
        for r in st.reports:
            out.writerow([_cell(v) for v in (
                st.group_id, st.text, st.speaker.name, st.speaker.key, " | ".join(st.speaker.roles), r.quote_id,
                r.doc_id, r.outlet, r.date, r.title, r.url, r.type, r.text, r.start, r.end, r.mention, r.cue,
                int(r.matched))])
        if buf.tell() > 1 << 16:
            yield buf.getvalue().encode()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue().encode()


def _cell(value):
    """A CSV cell a spreadsheet will not run: text starting with = + - @ (a
    formula) gets a leading apostrophe, as OWASP advises."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value
