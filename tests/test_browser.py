"""The real page in headless Chromium (Debian's /usr/bin/chromium through
playwright): a journalist searches by surname, sees one statement with the
outlets and dates that reported it, opens the article at the quote,
downloads the CSV; hostile article text runs no script.

The server is the real one (uvicorn on a free localhost port) over a store
built from records. Set QUOTES_SCREENSHOTS=DIR to keep a PNG of each view."""
import csv
import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium chromium-driver)", allow_module_level=True)

import uvicorn  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402

from quotes.web.app import create_app  # noqa: E402

from test_query import WORST, build_store  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app on 127.0.0.1:<free port>, in a thread; yields its base URL."""
    path = build_store(tmp_path_factory.mktemp("browser") / "q.db")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A page that records script errors and console errors (a CSP refusal shows there)."""
    # bypass_csp: the escaping itself is under test, not the Content-Security-Policy behind it
    context = browser.new_context(accept_downloads=True, bypass_csp=True, viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []
    pg.on("pageerror", lambda exc: pg.problems.append(str(exc)))
    pg.on("console", lambda msg: msg.type == "error" and pg.problems.append(msg.text))
    yield pg
    context.close()


def shoot(pg, name: str) -> None:
    folder = os.environ.get("QUOTES_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def test_search_statement_article_and_csv(server, page, tmp_path):
    page.goto(server + "/")
    speaker = page.locator("#speaker")
    speaker.press_sequentially("Stolt", delay=30)
    # autocomplete: the datalist fills from /api/speakers
    expect(page.locator("#speaker-list option").first).to_have_attribute("value", "Jens Stoltenberg", timeout=10_000)
    speaker.fill("Stoltenberg")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/?speaker=Stoltenberg*")
    shoot(page, "search")

    statement = page.locator("article.statement", has=page.locator("blockquote", has_text=WORST))
    expect(statement).to_have_count(1)
    reports = statement.locator("li.report")
    expect(reports).to_have_count(2)
    expect(reports.nth(0).locator(".outlet")).to_have_text("Anadolu Agency")
    expect(reports.nth(0).locator("time")).to_have_text("2022-02-03")
    expect(reports.nth(1).locator(".outlet")).to_have_text("Europa Press")
    expect(reports.nth(1).locator("time")).to_have_text("2022-02-04")
    expect(reports.nth(0).locator("a.title")).to_have_attribute("href", "https://example.org/a1")
    expect(reports.nth(1).locator("a.title")).to_have_count(0)  # its URL is javascript:
    expect(reports.nth(0).locator("mark")).to_have_text(WORST)

    # one click from the report to the article, at the quote
    reports.nth(0).get_by_role("link", name="in the article").click()
    page.wait_for_url("**/articles/a1#q-*")
    marked = page.locator("div.text mark.quote", has_text=WORST)
    expect(marked).to_have_count(1)
    expect(marked).to_be_in_viewport()
    expect(marked).to_have_attribute("title", "1: Jens Stoltenberg")
    quote_id = page.url.split("#q-")[1]
    assert page.evaluate("id => document.getElementById('q-' + id).nextElementSibling.textContent", quote_id) == WORST
    expect(page.locator("aside li#n-1")).to_contain_text("Jens Stoltenberg")
    shoot(page, "article")

    page.go_back()
    with page.expect_download() as info:
        page.locator("a#csv").click()
    download = info.value
    assert download.suggested_filename == "quotes-search.csv"
    target = tmp_path / "search.csv"
    download.save_as(target)
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    worst = [(r["outlet"], r["date"]) for r in rows if r["statement"] == WORST]
    assert worst == [("Anadolu Agency", "2022-02-03"), ("Europa Press", "2022-02-04")]
    assert {r["speaker"] for r in rows} == {"Jens Stoltenberg"}
    assert page.problems == []


def test_hostile_article_runs_no_script(server, page):
    for path in ("/?speaker=Mallory+Evil", "/?q=script+img", "/articles/x1", "/speakers/mallory%20evil"):
        page.goto(server + path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("img").count() == 0, path
        assert page.locator("script:not([src])").count() == 0, path
    page.goto(server + "/articles/x1")
    expect(page.locator("div.text mark.quote")).to_contain_text("<script>window.__pwned = 1</script>")
    expect(page.locator("div.text mark.quote")).to_contain_text('"><img src=x onerror="window.__pwned = 2">')
    shoot(page, "hostile")
    page.goto(server + "/")
    page.locator("#speaker").press_sequentially("Mall", delay=30)
    expect(page.locator("#speaker-list option").first).to_have_attribute("value", "Mallory Evil", timeout=10_000)
    assert page.evaluate("window.__pwned") is None
    assert page.problems == []
