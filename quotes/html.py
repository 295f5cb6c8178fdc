"""Reading a saved web page: its article text and metadata, by trafilatura.

Navigation, sidebars, footers, scripts and reader comments are left out; the
text returned is the article as trafilatura extracts it, and record offsets
index that text.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlparse

from quotes.dates import is_iso_day

# htmldate's extensive search guesses from any date-like text on the page;
# without it only the page's markup (meta tags, <time>, JSON-LD, URL) is read,
# and a page that states no date gets None, never today.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str | None
    outlet: str | None
    url: str | None
    date: str | None


def read_page(html: bytes | str) -> Page | None:
    """The article of an HTML page with its title, outlet (site name, else the
    URL's host), canonical URL and publication day; None when trafilatura
    finds no article text."""
    import trafilatura  # slow to import; only HTML inputs need it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      date_extraction_params=dict(DATE_PARAMS))
    if doc is None or not (doc.text or "").strip():
        return None
    return Page(text=doc.text, title=doc.title or None, outlet=doc.sitename or host(doc.url),
                url=doc.url or None, date=doc.date if is_iso_day(doc.date) else None)


def host(url: str | None) -> str | None:
    """The host name of a URL without "www.", or None."""
    name = urlparse(url).hostname if url else None
    return name.removeprefix("www.") if name else None
