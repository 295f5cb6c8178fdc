"""Reading articles: .txt files, HTML pages, JSONL corpora, folders of them,
or standard input, each with what is known of the article (date, outlet,
URL, title; None where unknown).

Text is decoded as UTF-8 exactly as stored (no newline translation, a BOM
kept as a character), so record offsets index what a reader of the file sees.
An HTML page's text is the article trafilatura extracts from it (see
quotes.html); offsets index that text.

Where metadata comes from:
- .txt: the date its top states (quotes.dates.find_date), else None; never
  the file's modification time. No title, outlet or URL.
- .html/.htm: trafilatura's title, site name (else the URL's host), URL and
  the date the page's markup states.
- .jsonl: each line's own "date", "outlet", "url", "title"; a line with no
  "date" key gets the date its text states.
- A file `articles.jsonl` beside .txt/.html files is their metadata sidecar:
  one object a line, {"doc_id" (the file stem) or "file" (its name), "date"?,
  "outlet"?, "url"?, "title"?}. A field it gives (null included) overrides
  what the file gave. A bad line, or one naming no such file, is a warning;
  the sidecar is never read as articles when its folder is.
- Standard input: see read_documents.
"""
from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import orjson

from quotes.dates import find_date, is_iso_day
from quotes.records import Article

SIDECAR = "articles.jsonl"
TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl"}
META_FIELDS = ("date", "outlet", "url", "title")
JSONL_FIELDS = {"doc_id", "text", *META_FIELDS}
STDIN_FORMATS = ("auto", "jsonl", "text", "html")
STDIN = "<stdin>"  # the source named in errors about lines of standard input


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    text: str
    source: str  # a path, "path:N" for line N of a JSONL file, "<stdin>:N", or "-" for standard input
    date: str | None = None  # publication day, YYYY-MM-DD
    outlet: str | None = None
    url: str | None = None
    title: str | None = None

    @property
    def article(self) -> Article:
        """What is known of the article, as records carry it."""
        return Article(title=self.title, outlet=self.outlet, url=self.url, date=self.date)


@dataclass(frozen=True, slots=True)
class InputError:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def decode(data: bytes, source: str, warn) -> str | InputError:
    """UTF-8 text of a file's bytes; binary data is an error, bad bytes a warning."""
    if b"\0" in data:
        return InputError(source, "binary file (contains NUL bytes), skipped")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        warn(f"{source}: invalid UTF-8 at byte {exc.start}, bad bytes replaced with U+FFFD")
        return data.decode("utf-8", errors="replace")


def is_article_file(path: Path) -> bool:
    """Whether a folder's file is read as articles: .txt, .html, .htm, .jsonl, not the sidecar."""
    return path.suffix.lower() in ARTICLE_SUFFIXES and path.name != SIDECAR and path.is_file()


def expand(paths: list[str]) -> Iterator[str | InputError]:
    """Input paths in order: a folder becomes its article files, sorted."""
    for p in paths:
        path = Path(p)
        if p == "-":
            yield p
        elif path.is_dir():
            files = sorted(f for f in path.rglob("*") if is_article_file(f))
            if not files:
                yield InputError(p, "folder has no .txt, .html, .htm or .jsonl files")
            yield from (str(f) for f in files)
        elif path.is_file():
            yield p
        else:
            yield InputError(p, "no such file or folder")


def meta_fields(obj: dict) -> dict[str, str | None]:
    """The date/outlet/url/title an object gives (keys it has; "" is null).
    Raises ValueError naming a value that is not a string or a bad date."""
    out = {}
    for key in META_FIELDS:
        if key not in obj:
            continue
        value = obj[key] or None
        if value is not None and not isinstance(value, str):
            raise ValueError(f'"{key}" is not a string: {orjson.dumps(value).decode()}')
        if key == "date" and value is not None and not is_iso_day(value):
            raise ValueError(f'date "{value}" is not a day YYYY-MM-DD')
        out[key] = value
    return out


def stdin_fields(stdin_meta: dict | None) -> dict[str, str]:
    """The metadata given for standard input, its None values (not given)
    left out. Raises ValueError with a one-line message on a bad value."""
    given = {k: v for k, v in (stdin_meta or {}).items() if v is not None}
    unknown = sorted(set(given) - set(META_FIELDS))
    if unknown:
        raise ValueError(f"unknown article field(s) {', '.join(unknown)}: only {', '.join(META_FIELDS)}")
    return {k: v for k, v in meta_fields(given).items() if v is not None}


# --- JSONL --------------------------------------------------------------------

def json_lines(lines: Iterable[bytes | str]) -> Iterator[tuple[int, object, str | None]]:
    """(line number, value, None) for each non-blank JSON line, or
    (line number, None, reason) for a line that is not JSON."""
    for n, line in enumerate(lines, 1):
        line = line.rstrip(b"\r\n" if isinstance(line, bytes) else "\r\n")
        if not line.strip():
            continue
        try:
            yield n, orjson.loads(line), None
        except orjson.JSONDecodeError as exc:
            yield n, None, f"not JSON ({exc})"


def jsonl_article(n: int, obj: object, name: str, stem: str, defaults: dict) -> Document | InputError:
    """The Document of line n of a JSONL corpus, or an error naming the line.
    The line's fields win over `defaults`; a line with no "date" at all
    gets the date its text states."""
    source = f"{name}:{n}"
    if not isinstance(obj, dict):
        return InputError(source, "not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        return InputError(source, 'no "text" field' if "text" not in obj else '"text" is not a string')
    doc_id = obj.get("doc_id")
    if doc_id is None:
        doc_id = f"{stem}-{n}"
    elif isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or str(doc_id) == "":
        return InputError(source, f'"doc_id" is not a non-empty string: {orjson.dumps(doc_id).decode()}')
    try:
        fields = {**defaults, **meta_fields(obj)}
    except ValueError as exc:
        return InputError(source, str(exc))
    if "date" not in fields:
        fields["date"] = find_date(text)
    return Document(str(doc_id), text, source, **fields)


def jsonl_documents(parsed: Iterable[tuple[int, object, str | None]], name: str, stem: str, warn,
                    defaults: dict | None = None) -> Iterator[Document | InputError]:
    """Documents (or per-line errors) of parsed JSONL lines; fields the
    corpus has that are not read are named once each in a warning."""
    unused: set[str] = set()
    for n, obj, reason in parsed:
        if reason:
            yield InputError(f"{name}:{n}", reason)
            continue
        new = set(obj) - JSONL_FIELDS - unused if isinstance(obj, dict) else set()
        if new:
            unused |= new
            warn(f"{name}:{n}: field(s) {', '.join(sorted(new))} not read (only {', '.join(sorted(JSONL_FIELDS))})")
        yield jsonl_article(n, obj, name, stem, defaults or {})


def jsonl_file(path: str, warn) -> Iterator[Document | InputError]:
    """The articles of a JSONL file, read line by line."""
    try:
        with open(path, "rb") as f:
            yield from jsonl_documents(json_lines(f), path, Path(path).stem, warn)
    except OSError as exc:
        yield InputError(path, f"cannot read ({exc.strerror or exc})")


def looks_like_jsonl(text: str) -> list[tuple[int, object, None]] | None:
    """The parsed lines of a text when every non-blank line is a JSON object
    with a "text" key (and there is at least one); else None."""
    parsed = list(json_lines(text.split("\n")))
    if parsed and all(reason is None and isinstance(obj, dict) and "text" in obj for _, obj, reason in parsed):
        return parsed
    return None


# --- sidecar ------------------------------------------------------------------

class Sidecars:
    """The metadata sidecar of each folder, read once, when a file of that
    folder is first read; its problems are warnings naming articles.jsonl:N."""

    def __init__(self, warn):
        self.warn = warn
        self.folders: dict[Path, dict[str, dict]] = {}

    def fields_for(self, path: Path) -> dict:
        """The fields the sidecar beside `path` gives for it (none if no sidecar)."""
        folder = path.parent
        if folder not in self.folders:
            self.folders[folder] = self.read(folder / SIDECAR)
        return self.folders[folder].get(path.stem, {})

    def read(self, sidecar: Path) -> dict[str, dict]:
        """doc_id -> fields of a sidecar's good lines (the first line for a file wins)."""
        if not sidecar.is_file():
            return {}
        names = {f.name: f.stem for f in sidecar.parent.iterdir()
                 if f.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES and f.is_file()}
        stems = set(names.values())
        entries: dict[str, dict] = {}
        try:
            with open(sidecar, "rb") as f:
                for n, obj, reason in json_lines(f):
                    entry = reason or self.entry(obj, names, stems)
                    if isinstance(entry, str):
                        self.warn(f"{sidecar}:{n}: {entry}, line ignored")
                    elif entry[0] in entries:
                        self.warn(f"{sidecar}:{n}: {entry[0]} already given on an earlier line, line ignored")
                    else:
                        entries[entry[0]] = entry[1]
        except OSError as exc:
            self.warn(f"{sidecar}: cannot read ({exc.strerror or exc}), sidecar ignored")
        return entries

    @staticmethod
    def entry(obj: object, names: dict[str, str], stems: set[str]) -> tuple[str, dict] | str:
        """(doc_id, fields) of one sidecar line, or why it is not usable;
        `names` maps the folder's article file names to their stems."""
        if not isinstance(obj, dict):
            return "not a JSON object"
        if "text" in obj:
            return f'has "text": {SIDECAR} in a folder is a metadata sidecar, not articles'
        unknown = sorted(set(obj) - {"doc_id", "file", *META_FIELDS})
        if unknown:
            return f"unknown field(s) {', '.join(unknown)}"
        file, doc_id = obj.get("file"), obj.get("doc_id")
        if file is not None and (not isinstance(file, str) or file not in names):
            return f'"file" {orjson.dumps(file).decode()} names no .txt or .html file in the folder'
        if doc_id is not None and (not isinstance(doc_id, str) or doc_id not in stems):
            return f'"doc_id" {orjson.dumps(doc_id).decode()} names no .txt or .html file in the folder'
        if file is None and doc_id is None:
            return 'neither "doc_id" nor "file"'
        if file is not None and doc_id is not None and names[file] != doc_id:
            return f'"doc_id" {doc_id!r} is not the stem of "file" {file!r}'
        try:
            return (doc_id or names[file]), meta_fields(obj)
        except ValueError as exc:
            return str(exc)


# --- files and standard input ---------------------------------------------------

def text_document(doc_id: str, text: str, source: str) -> Document:
    """A plain-text article, dated by its top when that states a day."""
    return Document(doc_id, text, source, date=find_date(text))


def html_document(doc_id: str, data: bytes, source: str) -> Document | InputError:
    """The article of an HTML page, with the metadata trafilatura finds."""
    from quotes.html import read_page

    if b"\0" in data:
        return InputError(source, "binary file (contains NUL bytes), skipped")
    page = read_page(data)
    if page is None:
        return InputError(source, "no article text found in the HTML page")
    return Document(doc_id, page.text, source, date=page.date, outlet=page.outlet, url=page.url, title=page.title)


def read_file(path: str, sidecars: Sidecars, warn) -> Iterator[Document | InputError]:
    """The article(s) of one file, by its suffix; sidecar fields applied."""
    p = Path(path)
    if p.suffix.lower() == ".jsonl":
        yield from jsonl_file(path, warn)
        return
    try:
        data = p.read_bytes()
    except OSError as exc:
        yield InputError(path, f"cannot read ({exc.strerror or exc})")
        return
    if p.suffix.lower() in HTML_SUFFIXES:
        doc = html_document(p.stem, data, path)
    else:
        text = decode(data, path, warn)
        doc = text if isinstance(text, InputError) else text_document(p.stem, text, path)
    yield doc if isinstance(doc, InputError) else dataclasses.replace(doc, **sidecars.fields_for(p))


def read_stdin(stdin_id: str, warn, stdin_format: str, given: dict) -> Iterator[Document | InputError]:
    """The article(s) on standard input; `given` fields override what the text gives."""
    try:
        data = sys.stdin.buffer.read()
    except OSError as exc:
        yield InputError("-", f"cannot read ({exc.strerror or exc})")
        return
    if stdin_format == "html":
        doc = html_document(stdin_id, data, "-")
        yield doc if isinstance(doc, InputError) else dataclasses.replace(doc, **given)
        return
    text = decode(data, "-", warn)
    if isinstance(text, InputError):
        yield text
        return
    parsed = looks_like_jsonl(text) if stdin_format == "auto" else None
    if stdin_format == "jsonl" or parsed:
        yield from jsonl_documents(parsed or json_lines(text.split("\n")), STDIN, stdin_id, warn, given)
    else:
        yield dataclasses.replace(text_document(stdin_id, text, "-"), **given)


def unique(docs: Iterable[Document | InputError]) -> Iterator[Document | InputError]:
    """The documents with a second use of a doc_id turned into an error, so
    no article's records silently replace another's."""
    seen: dict[str, str] = {}
    for doc in docs:
        if isinstance(doc, Document):
            if doc.doc_id in seen:
                doc = InputError(doc.source, f"duplicate doc_id {doc.doc_id!r} (first read from {seen[doc.doc_id]}), skipped")
            else:
                seen[doc.doc_id] = doc.source
        yield doc


def read_documents(paths: list[str], stdin_id: str = "stdin", warn: Callable[[str], object] = print, *,
                   stdin_format: str = "auto", stdin_meta: dict | None = None) -> Iterator[Document | InputError]:
    """Documents (or one-line errors) for each input, in input order.

    Standard input ("-") is read by `stdin_format`: "text" (one article,
    doc_id `stdin_id`), "jsonl" (one article a line; missing doc_ids are
    `stdin_id`-N), "html" (one page), or "auto": JSONL when every non-blank
    line parses as a JSON object with a "text" key, else text.
    `stdin_meta` ({"date", "outlet", "url", "title"}; None values mean not
    given) applies to standard input only and wins over what its text gives;
    a JSONL line's own fields win over it.

    Raises ValueError at once (a one-line message naming the value) for an
    unknown stdin_format, a bad stdin_meta value, or stdin_meta given
    without "-" among the paths.
    """
    if stdin_format not in STDIN_FORMATS:
        raise ValueError(f"stdin format {stdin_format!r}: not one of {', '.join(STDIN_FORMATS)}")
    given = stdin_fields(stdin_meta)
    if given and "-" not in paths:
        raise ValueError(f"{', '.join(given)} given for standard input, but '-' is not among the inputs")
    return unique(_documents(paths, stdin_id, warn, stdin_format, given))


def _documents(paths, stdin_id, warn, stdin_format, given) -> Iterator[Document | InputError]:
    sidecars = Sidecars(warn)
    for item in expand(paths):
        if isinstance(item, InputError):
            yield item
        elif item == "-":
            yield from read_stdin(stdin_id, warn, stdin_format, given)
        else:
            yield from read_file(item, sidecars, warn)
