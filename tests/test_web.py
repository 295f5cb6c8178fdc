"""The web app (quotes serve) through Starlette's TestClient: every route,
escaping of hostile article data, parameterised queries, status codes,
downloads, headers, and the serve command's defaults."""
import csv
import io
import json
import sqlite3
from urllib.parse import quote

import pytest
from starlette.testclient import TestClient

from quotes.cli import build_parser, main
from quotes.store import Store
from quotes.web.app import create_app

from test_query import HOSTILE, PAGING_N, PAGING_SPEAKER, WORST, XSS_IMG, build_store, corpus


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("web") / "q.db")


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path)) as c:
        yield c


# -- escaping ---------------------------------------------------------------------

@pytest.mark.parametrize("url", ["/?speaker=Mallory+Evil", "/?q=script+img", "/articles/x1", "/speakers/mallory%20evil",
                                 "/?outlet=" + "Evil " + XSS_IMG.replace('"', "%22").replace(" ", "+") + "+Outlet"])
def test_hostile_text_is_escaped(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text
    html = r.text
    assert "<script>window" not in html and "<img" not in html and "<b>" not in html
    if "speakers" not in url:
        assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
        assert "&lt;img src=x onerror=&#34;window.__pwned = 2&#34;&gt;" in html
    # the only scripts are the app's own, from a file
    assert html.count("<script") == 1 and '<script src="/static/suggest.js" defer></script>' in html


def test_hostile_outlet_in_the_form_is_escaped(client):
    html = client.get("/").text
    assert "<option>Evil &#34;&gt;&lt;img src=x onerror=&#34;window.__pwned = 2&#34;&gt; Outlet</option>" in html


def test_only_http_urls_become_links(client):
    html = client.get("/?speaker=Stoltenberg").text
    assert 'href="https://example.org/a1"' in html
    assert "javascript:" not in html  # a2's URL is javascript:...: its title shows as text
    assert "Stoltenberg: prepared for the worst" in html
    art = client.get("/articles/a2").text
    assert "javascript:" not in art
    x = client.get("/articles/x1").text
    assert 'href="https://example.org/x?a=&#34;&gt;&lt;b&gt;"' in x  # a quote in a URL stays inside its attribute


def test_security_headers(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_no_inline_handlers_or_raw_html():
    """Templates carry no on...= handlers and never switch escaping off; the
    script builds elements through the DOM, never from HTML strings."""
    import re
    from pathlib import Path
    import quotes.web
    root = Path(quotes.web.__file__).parent
    templates = list(root.glob("templates/*.html"))
    assert len(templates) >= 5
    for path in templates:
        text = path.read_text()
        assert not re.search(r"\son[a-z]+\s*=", text), path
        assert not re.search(r"\|\s*safe|autoescape\s+false|Markup", text), path
    for path in root.glob("static/*.js"):
        assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", path.read_text()), path


# -- pages -----------------------------------------------------------------------

def test_search_page_shows_statements_with_reports(client):
    html = client.get("/", params={"speaker": "Stoltenberg"}).text
    assert "<strong>4</strong>" in html and "newest first" in html
    assert WORST in html and "Anadolu Agency" in html and "Europa Press" in html
    assert "2022-02-03" in html and "2022-02-04" in html
    assert "<mark>We have to be prepared for the worst.</mark>" in html
    assert 'href="/articles/a1#q-' in html and 'href="/speakers/jens%20stoltenberg"' in html


def test_search_page_pages(client):
    first = client.get("/", params={"speaker": PAGING_SPEAKER}).text
    assert first.count('class="statement"') == 20 and 'rel="next" href="?speaker=Petra+Paging&amp;page=2"' in first
    last = client.get("/", params={"speaker": PAGING_SPEAKER, "page": 3}).text
    assert last.count('class="statement"') == PAGING_N - 40 and 'rel="next"' not in last
    assert 'rel="prev" href="?speaker=Petra+Paging&amp;page=2"' in last


def test_article_view_marks_every_quote(client):
    html = client.get("/articles/a1").text
    assert html.count('<mark class="quote"') == 2
    assert 'title="1: Jens Stoltenberg">We have to be prepared for the worst.</mark>' in html
    assert "NATO chief warns Russia" in html and "Anadolu Agency" in html
    assert '<span class="anchor" id="q-' in html


def test_article_without_text_lists_its_quotes(client):
    html = client.get("/articles/u1").text
    assert "text is not in the store" in html and "Imported without its article text" in html


def test_speaker_view(client):
    html = client.get("/speakers/jens%20stoltenberg").text
    assert "<h1>Jens Stoltenberg</h1>" in html and "2022-02" in html and "<meter" in html
    assert html.count('class="statement"') == 4


def test_doc_ids_with_odd_characters(tmp_path):
    from helpers import record
    path = tmp_path / "odd.db"
    store = Store(path)
    doc_id = "dir/a b?#%.txt"
    store.put_document(doc_id, "x", [record(doc_id, "An odd place to say something.", "Ann Odd")],
                       text="An odd place to say something.")
    store.close()
    with TestClient(create_app(path)) as c:
        html = c.get("/", params={"speaker": "Odd"}).text
        assert 'href="/articles/dir%2Fa%20b%3F%23%25.txt#q-' in html
        assert c.get("/articles/dir%2Fa%20b%3F%23%25.txt").status_code == 200
        assert c.get("/api/articles/dir%2Fa%20b%3F%23%25.txt").json()["doc_id"] == doc_id


# -- status codes -------------------------------------------------------------------

@pytest.mark.parametrize("url", ["/articles/nope", "/api/articles/nope", "/speakers/nobody", "/api/speakers/nobody",
                                 "/no/such/page"])
def test_unknown_is_404(client, url):
    r = client.get(url)
    assert r.status_code == 404
    if url.startswith("/api/"):
        assert "error" in r.json()
    else:
        assert '<p class="error" role="alert">' in r.text


@pytest.mark.parametrize("params, message", [
    ({"since": "notadate"}, "since &#39;notadate&#39;: not a date"),
    ({"until": "2022-02-30"}, "until &#39;2022-02-30&#39;: not a date"),
    ({"type": "quoted"}, "type &#39;quoted&#39;: must be one of direct, indirect, mixed"),
    ({"min_confidence": "2"}, "min_confidence &#39;2&#39;: must be a number from 0 to 1"),
    ({"page": "0"}, "page &#39;0&#39;: must be a whole number"),
    ({"page": "two"}, "page &#39;two&#39;: must be a whole number"),
    ({"since": "2022-03-01", "until": "2022-01-01"}, "since 2022-03-01 is after until 2022-01-01"),
    ({"q": "x" * 501}, "q: longer than 500 characters"),
])
def test_bad_parameter_is_400_with_message(client, params, message):
    page = client.get("/", params=params)
    assert page.status_code == 400 and message in page.text and '<form class="search"' in page.text
    api = client.get("/api/search", params=params)
    assert api.status_code == 400 and api.json()["error"].startswith(message.replace("&#39;", "'"))
    if "page" not in params:  # a download has every page: it reads no page number
        assert client.get("/search.csv", params=params).status_code == 400


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_in_every_parameter(client, store_path, value):
    for field in ("speaker", "q", "outlet"):
        for url in ("/", "/api/search", "/search.csv", "/search.jsonl"):
            r = client.get(url, params={field: value})
            assert r.status_code == 200, (url, field, value, r.text[:200])
    assert client.get("/api/speakers", params={"prefix": value}).status_code == 200
    for field in ("since", "until", "type", "page", "min_confidence"):
        r = client.get("/api/search", params={field: value})
        assert r.status_code == 400 and field in r.json()["error"]
    for url in ("/articles/", "/api/articles/", "/speakers/", "/api/speakers/"):
        assert client.get(url + quote(value, safe="")).status_code == 404
    conn = sqlite3.connect(store_path)
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == sum(len(a["records"]) for a in corpus())
    conn.close()


# -- API ------------------------------------------------------------------------------

def test_api_search_shape(client):
    body = client.get("/api/search", params={"speaker": "NATO chief", "q": "worst"}).json()
    assert body["query"] == {"speaker": "NATO chief", "q": "worst"}
    assert (body["order"], body["page"], body["page_size"], body["total"], body["has_next"]) == ("relevance", 1, 20, 1,
                                                                                                  False)
    st = body["statements"][0]
    assert set(st) == {"group_id", "text", "type", "speaker", "first_date", "last_date", "reports"}
    assert st["speaker"] == {"key": "jens stoltenberg", "name": "Jens Stoltenberg",
                             "roles": ["NATO Secretary General", "NATO chief"]}
    r = st["reports"][0]
    assert set(r) == {"quote_id", "doc_id", "outlet", "date", "title", "url", "type", "text", "start", "end", "mention",
                      "cue", "matched", "context"}
    assert [s for s in r["context"] if s["mark"]] == [{"text": WORST, "mark": True}]


def test_api_speakers(client):
    body = client.get("/api/speakers", params={"prefix": "stolt"}).json()
    assert body["suggestions"][0] == {"text": "Jens Stoltenberg", "kind": "name", "n": 4}
    assert client.get("/api/speakers").json()["suggestions"] == []


def test_api_article(client):
    body = client.get("/api/articles/a1").json()
    assert body["outlet"] == "Anadolu Agency" and len(body["quotes"]) == 2
    q = body["quotes"][0]
    assert body["text"][q["start"]:q["end"]] == q["text"] == WORST


def test_api_while_a_writer_holds_a_transaction(client, store_path):
    writer = Store(store_path)
    try:
        writer.db.execute("BEGIN IMMEDIATE")
        writer.db.execute("DELETE FROM quotes")
        assert client.get("/api/search", params={"speaker": "Stoltenberg"}).json()["total"] == 4
        writer.db.execute("ROLLBACK")
    finally:
        writer.close()


# -- downloads ----------------------------------------------------------------------

def test_csv_download_has_every_page(client):
    r = client.get("/search.csv", params={"speaker": PAGING_SPEAKER})
    assert r.headers["content-disposition"] == 'attachment; filename="quotes-search.csv"'
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == PAGING_N
    assert [r["statement"] for r in rows] == [f"Statement {k:02d} of the paging test on subject {k * 7919 % 1000}"
                                              for k in reversed(range(PAGING_N))]
    assert {r["outlet"] for r in rows} == {"Paging Post"}


def test_csv_reports_and_formula_cells(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/search.csv", params={"q": "prepared worst"}).text)))
    assert [(r["outlet"], r["date"], r["type"], r["matched"]) for r in rows] == [
        ("Anadolu Agency", "2022-02-03", "direct", "1"), ("Europa Press", "2022-02-04", "indirect", "1")]
    from quotes.web.app import _cell
    assert _cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")" and _cell("plain") == "plain" and _cell(None) == ""


def test_jsonl_download(client):
    r = client.get("/search.jsonl", params={"speaker": "Stoltenberg"})
    lines = [json.loads(x) for x in r.text.splitlines()]
    api = client.get("/api/search", params={"speaker": "Stoltenberg"}).json()["statements"]
    assert lines == api


# -- serve -------------------------------------------------------------------------

def test_serve_binds_localhost_by_default():
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8000, "quotes.db")


def test_serve_missing_store(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "none.db: no such store" in err
    assert not (tmp_path / "none.db").exists()


def test_serve_not_a_store(tmp_path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not sqlite at all" * 100)
    assert main(["serve", "--db", str(bad)]) == 2
    assert "not a usable quotes store" in capsys.readouterr().err


def test_serve_port_taken(store_path, capsys):
    import socket
    with socket.create_server(("127.0.0.1", 0)) as s:
        port = s.getsockname()[1]
        assert main(["serve", "--db", str(store_path), "--port", str(port)]) == 2
    assert f"cannot serve on 127.0.0.1:{port}" in capsys.readouterr().err


def test_serve_command_end_to_end(store_path, tmp_path):
    """`quotes serve` as a user starts it: localhost, a port, the API answers; Ctrl-C ends it cleanly."""
    import shutil
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    db = tmp_path / "served.db"
    shutil.copy(store_path, db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "quotes.cli", "serve", "--db", str(db), "--port", str(port)],
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?speaker=Stoltenberg", timeout=5) as r:
                    body = json.load(r)
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "quotes serve did not start"
                time.sleep(0.2)
        assert body["total"] == 4 and body["statements"][-1]["text"] == "Imported without its article text"
    finally:
        proc.send_signal(signal.SIGINT)
        err = proc.communicate(timeout=30)[1]
    assert proc.returncode == 0, err
    assert f"serving {db} at http://127.0.0.1:{port}/" in err
    assert "lacks the read indexes" not in err  # Store creates them



def test_confidence_filter_in_the_form_and_api(client):
    page = client.get("/", params={"speaker": "Stoltenberg", "min_confidence": "0.7"})
    assert page.status_code == 200 and '<option value="0.7" selected>at least 0.7</option>' in page.text
    assert "Or else we will see" not in page.text  # its only report is 0.35 likely right
    api = client.get("/api/search", params={"speaker": "Stoltenberg", "min_confidence": "0.7"}).json()
    assert api["query"]["min_confidence"] == 0.7
    assert "Or else we will see" not in [s["text"] for s in api["statements"]]
    everything = client.get("/api/search", params={"speaker": "Stoltenberg"}).json()
    assert "Or else we will see" in [s["text"] for s in everything["statements"]]
