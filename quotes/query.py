"""Search over the store: the one module that turns filters into SQL.

`quotes search`, the JSON API and the page (quotes.web) all call these
functions. Each takes an open connection (read-only is enough, see
`connect`) and returns pydantic models; every value a user gives reaches
SQLite as a bound parameter, and words reach FTS5 only as quoted phrases.

A result is a statement: a group (every quote with one group_id), with
every report of it. A statement matches when one of its reports matches
every filter; its other reports are listed too (`matched` tells them apart).
Statements come newest first (by the latest matching report), or by
relevance (FTS5 bm25 of the best matching report) when words are given.
"""
from __future__ import annotations

import heapq
import re
import sqlite3
from collections import Counter, defaultdict
from contextlib import closing
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator, Literal, Sequence

import orjson
from pydantic import BaseModel, ConfigDict

from quotes.grouping import normalise
from quotes.store import INDEXES

PAGE_SIZE = 20
MAX_PAGE = 10_000
COUNT_CAP = 1000  # statements counted exactly up to here ("1,000+" beyond): counting all can cost a full scan
TYPES = ("direct", "indirect", "mixed")
LEADING_ARTICLES = ("the", "a", "an")
CONTEXT_CHARS = 300  # at most this much sentence on either side of a quote
JULIAN_OFFSET = 1721424.5  # julianday of date.fromordinal(n) is n + this
SUGGEST_ROLE_ROWS = 500  # quotes read for role suggestions
# Ranking costs FTS5 about 1.5 us a matching quote (bm25 reads each one's sizes), on every page: a
# word in one quote of ten, in a store of a million, costs 150 ms. Words alone matching more quotes
# than this are ranked among the quotes stored last (the newest, for a store fed as news comes in);
# at 1M records the full-text p95 went from about 210 ms (window 5,000) to 140 ms under 8 clients
# (benchmarks/search_latency.py). The count and the downloads cover every match; with other
# filters every match is ranked.
RANK_WINDOW = 2_000
SEEK_COST = 100  # ranking one quote found by rowid costs FTS5 as much as this many of its own matches


class QueryError(ValueError):
    """A bad search parameter; the message is one line naming it."""


class StoreMissing(QueryError):
    pass


# -- inputs -------------------------------------------------------------------

class Filters(BaseModel):
    """What a search asks for; None means any."""
    model_config = ConfigDict(frozen=True)
    speaker: str | None = None  # any name form, mention or role
    speaker_key: str | None = None  # one speaker exactly (the speaker view)
    q: str | None = None  # words; "phrases in quotes"
    outlet: str | None = None
    since: date | None = None
    until: date | None = None
    type: Literal["direct", "indirect", "mixed"] | None = None
    role: str | None = None  # substring of a role
    min_confidence: float | None = None  # reports at least this likely right (span and speaker)


def parse_date(text: str | None, name: str, last: bool = False) -> date | None:
    """YYYY-MM-DD, YYYY-MM or YYYY; a month or year means its first day, or
    its last with last=True (so --until 2022 takes all of 2022)."""
    if text is None or not text.strip():
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
    try:
        if not m:
            raise ValueError
        y, mo, d = int(m[1]), int(m[2] or (12 if last else 1)), m[3]
        if d:
            return date(y, mo, int(d))
        if not last:
            return date(y, mo, 1)
        following = date(y + 1, 1, 1) if mo == 12 else date(y, mo + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    except ValueError:
        raise QueryError(f"{name} {text!r}: not a date (use YYYY-MM-DD, YYYY-MM or YYYY)") from None


def parse_filters(speaker: str | None = None, q: str | None = None, outlet: str | None = None,
                  since: str | None = None, until: str | None = None, type: str | None = None,
                  role: str | None = None, speaker_key: str | None = None,
                  min_confidence: str | None = None) -> Filters:
    """Filters from user text (form fields, query parameters, CLI options):
    blanks are None; a bad date, type or confidence raises QueryError."""
    def clean(v):
        return v.strip() if v and v.strip() else None
    t = clean(type)
    if t is not None and t not in TYPES:
        raise QueryError(f"type {t!r}: must be one of {', '.join(TYPES)}")
    f = Filters(speaker=clean(speaker), speaker_key=clean(speaker_key), q=clean(q), outlet=clean(outlet),
                since=parse_date(since, "since"), until=parse_date(until, "until", last=True), type=t,
                role=clean(role), min_confidence=parse_probability(clean(min_confidence), "min_confidence"))
    if f.since and f.until and f.since > f.until:
        raise QueryError(f"since {f.since} is after until {f.until}")
    return f


def parse_probability(text: str | None, name: str) -> float | None:
    """A probability from user text (None for none); anything else raises QueryError."""
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:  # NaN fails too
        raise QueryError(f"{name} {text!r}: must be a number from 0 to 1")
    return value


def parse_page(text: str | None) -> int:
    """A page number from 1 to MAX_PAGE; blank is 1."""
    if text is None or not str(text).strip():
        return 1
    if not str(text).strip().isdigit() or not 1 <= int(text) <= MAX_PAGE:
        raise QueryError(f"page {text!r}: must be a whole number from 1 to {MAX_PAGE:,}")
    return int(text)


# -- connections and indexes ------------------------------------------------

def connect(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to a store. check_same_thread is off because a
    streamed response reads on the server's worker threads one at a time."""
    p = Path(path)
    if not p.is_file():
        raise StoreMissing(f"{path}: no such store; run `quotes extract` first")
    db = sqlite3.connect(p.resolve().as_uri() + "?mode=ro", uri=True, timeout=10, check_same_thread=False)
    db.execute("PRAGMA query_only=1")
    return db


# Reads only need these; store.py's own indexes serve extraction. (speaker_key, day, group_id) lets a
# speaker's statements come newest first from the index alone; (day, group_id) does it for all of them.
READ_INDEXES = INDEXES  # the store creates them; a store written by an older version may lack them


def ensure_indexes(path: str | Path) -> None:
    """Add the indexes fast reads need to a store (a write: run it when no
    extraction holds the store, e.g. `quotes serve --add-indexes`)."""
    db = sqlite3.connect(str(path), timeout=30)
    try:
        db.executescript(READ_INDEXES)
        db.execute("ANALYZE")
    finally:
        db.close()


def missing_indexes(db: sqlite3.Connection) -> list[str]:
    """Names of READ_INDEXES the store lacks."""
    have = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    return [n for n in re.findall(r"EXISTS (\w+)", READ_INDEXES) if n not in have]


# -- speakers -----------------------------------------------------------------

def alias_form(text: str) -> str:
    """How a speaker's name, mention or role is matched: normalised, without
    a leading "the/a/an" ("The NATO chief" -> "nato chief")."""
    n = normalise(text)
    head, _, rest = n.partition(" ")
    return rest if head in LEADING_ARTICLES and rest else n


def speaker_keys(db: sqlite3.Connection, name: str) -> list[str]:
    """Keys of every speaker whom `name` names: a full name, surname or
    mention (with or without its article), or else a role one of their
    quotes gives them ("NATO Secretary General")."""
    form = alias_form(name)
    if not form:
        return []
    # stores written before aliases dropped their article still hold "the nato chief"
    forms = sorted({form, normalise(name)} | {f"{a} {form}" for a in LEADING_ARTICLES})
    rows = db.execute(f"SELECT DISTINCT speaker_key FROM aliases WHERE alias IN ({_marks(forms)})", forms)
    keys = sorted(k for (k,) in rows)
    return keys or _keys_with_role(db, form)


def _keys_with_role(db: sqlite3.Connection, form: str) -> list[str]:
    """Speakers with a role whose alias form is `form` (the full-text index
    finds candidate quotes; the role must then match whole)."""
    tokens = _tokens(form)
    if not tokens:
        return []
    rows = db.execute("SELECT DISTINCT q.speaker_key, q.roles FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid"
                      " WHERE quotes_fts MATCH ? AND q.speaker_key IS NOT NULL",
                      (f'roles : "{" ".join(tokens)}"',))
    return sorted({k for k, roles in rows if any(alias_form(r) == form for r in (roles or "").split(" | "))})


class Suggestion(BaseModel):
    text: str
    kind: Literal["name", "mention", "role"]
    n: int | None = None  # quotes under that name or role, where counted


def suggest(db: sqlite3.Connection, prefix: str, limit: int = 12) -> list[Suggestion]:
    """Autocomplete for the speaker field: names (a word of them starting
    with `prefix`, most quoted first), roles, then other mention forms."""
    raw, form = prefix.strip().lower(), alias_form(prefix)
    if len(form) < 2:
        return []
    like = _like_escape(raw)
    out = [Suggestion(text=name, kind="name", n=n) for name, n in db.execute(
        "SELECT name, n FROM names WHERE n > 0 AND (name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')"
        " ORDER BY n DESC, name LIMIT ?", (f"{like}%", f"% {like}%", limit))]
    seen = {alias_form(s.text) for s in out}
    seen |= {w for s in out for w in alias_form(s.text).split()}  # a surname alias adds nothing to its name
    roles: Counter = Counter()
    tokens = _tokens(form)
    if tokens:
        match = "roles : (" + " ".join(f'"{t}"' for t in tokens) + "*)"
        for (joined,) in db.execute("SELECT q.roles FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid"
                                    " WHERE quotes_fts MATCH ? LIMIT ?", (match, SUGGEST_ROLE_ROWS)):
            for role in (joined or "").split(" | "):
                rf = alias_form(role)
                if rf.startswith(form) or f" {form}" in rf:
                    roles[role] += 1
    for role, n in sorted(roles.items(), key=lambda kv: (-kv[1], kv[0])):
        if alias_form(role) not in seen:
            seen.add(alias_form(role))
            out.append(Suggestion(text=role, kind="role", n=n))
    hi = form[:-1] + chr(ord(form[-1]) + 1)  # aliases in [form, hi) start with form
    for (alias,) in db.execute("SELECT DISTINCT alias FROM aliases WHERE alias >= ? AND alias < ? ORDER BY alias"
                               " LIMIT ?", (form, hi, 4 * limit)):
        if alias_form(alias) not in seen:
            seen.add(alias_form(alias))
            out.append(Suggestion(text=alias, kind="mention"))
    return out[:limit]


# -- results ------------------------------------------------------------------

class Segment(BaseModel):
    """A piece of article text; mark: it is quoted words."""
    text: str
    mark: bool = False


class Report(BaseModel):
    """One article's report of a statement."""
    quote_id: str
    doc_id: str
    outlet: str | None
    date: str | None
    title: str | None
    url: str | None
    type: str
    text: str
    start: int
    end: int
    mention: str | None
    cue: str | None
    matched: bool  # this report matches every filter (others are the same statement elsewhere)
    context: list[Segment] | None  # the sentence around the quote; None when the article text is not stored


class SpeakerRef(BaseModel):
    key: str | None
    name: str | None  # canonical: the fullest name of the key, or the report's own name or mention
    roles: list[str]


class Statement(BaseModel):
    group_id: str
    text: str  # the fullest text among the reports
    type: str  # that report's type: a direct text is verbatim, an indirect one is not
    speaker: SpeakerRef
    first_date: str | None
    last_date: str | None
    reports: list[Report]  # oldest first


class Page(BaseModel):
    order: Literal["newest", "relevance"]
    page: int
    page_size: int
    total: int  # statements, exact up to COUNT_CAP
    total_exact: bool
    has_next: bool
    speaker_keys: list[str] | None  # what the speaker filter resolved to
    ranked_window: int | None = None  # set when only the last this many matching quotes were ranked
    statements: list[Statement]


def search(db: sqlite3.Connection, f: Filters, page: int = 1, page_size: int = PAGE_SIZE) -> Page:
    """One page of statements matching `f`."""
    plan = _Plan.of(db, f)
    offset = (page - 1) * page_size
    window = plan.rank_floor(db)
    with closing(plan.groups(db, window)) as groups:
        gids = list(islice(groups, offset, offset + page_size + 1))
    total, exact = plan.count(db)
    return Page(order="relevance" if f.q else "newest", page=page, page_size=page_size, total=total,
                total_exact=exact, has_next=len(gids) > page_size, speaker_keys=plan.keys,
                ranked_window=RANK_WINDOW if window else None, statements=plan.statements(db, gids[:page_size]))


def iter_statements(db: sqlite3.Connection, f: Filters, limit: int | None = None,
                    batch: int = 100) -> Iterator[Statement]:
    """Every statement matching `f`, in result order (all pages; every match
    ranked, see RANK_WINDOW), streamed."""
    plan = _Plan.of(db, f)
    with closing(plan.groups(db)) as groups:
        groups = islice(groups, limit)
        while chunk := list(islice(groups, batch)):
            yield from plan.statements(db, chunk)


class _Plan:
    """A search's SQL: the filters as joins, clauses and arguments, shared by
    the ordering, the count and the matched-report queries."""

    def __init__(self, f: Filters, keys: list[str] | None, fts: str | None, fts_last: bool = False):
        self.f, self.keys, self.fts, self.fts_last = f, keys, fts, fts_last
        self.no_outlet = False
        where, args, self.docs = [], [], False
        if keys is not None:
            where.append(f"q.speaker_key IN ({_marks(keys)})")
            args += keys
        if f.since:
            where.append("q.day >= ?")
            args.append(f.since.toordinal())
        if f.until:
            where.append("q.day <= ?")
            args.append(f.until.toordinal())
        if f.outlet:
            where.append("d.outlet = ? COLLATE NOCASE")
            args.append(f.outlet)
            self.docs = True
        if f.type:
            where.append("json_extract(q.record, '$.type') = ?")
            args.append(f.type)
        if f.min_confidence is not None:
            where.append("json_extract(q.record, '$.confidence') >= ?")
            args.append(f.min_confidence)
        if f.role:
            where.append("q.roles LIKE ? ESCAPE '\\'")
            args.append(f"%{_like_escape(f.role)}%")
        self.where, self.args = where, args

    @classmethod
    def of(cls, db: sqlite3.Connection, f: Filters) -> "_Plan":
        keys = None
        if f.speaker_key:
            keys = [f.speaker_key]
        elif f.speaker:
            keys = speaker_keys(db, f.speaker)
        plan = cls(f, keys, fts_query(f.q) if f.q else None)
        if f.outlet and not db.execute("SELECT 1 FROM documents WHERE outlet = ? COLLATE NOCASE LIMIT 1",
                                       (f.outlet,)).fetchone():
            plan.no_outlet = True  # nothing to read
        plan.fts_last = plan._speaker_first(db)
        return plan

    def _speaker_first(self, db: sqlite3.Connection, cap: int = 50_000) -> bool:
        """With words and a speaker: whether to rank only the speaker's quotes
        rather than every match of the words. FTS5 ranks its own matches at
        about 1.5 us each but a quote looked up by rowid at about 100 us, so
        only a speaker with 1/100 as many quotes goes first (counts stop at `cap`)."""
        if not (self.fts and self.keys):
            return False
        words = db.execute("SELECT count(*) FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?)",
                           (self.fts, cap)).fetchone()[0]
        said = db.execute(f"SELECT count(*) FROM (SELECT 1 FROM quotes WHERE speaker_key IN ({_marks(self.keys)})"
                          " LIMIT ?)", (*self.keys, cap)).fetchone()[0]
        return said * SEEK_COST < words

    @property
    def empty(self) -> bool:
        """Nothing can match: an unknown speaker or outlet, or words with nothing to search for."""
        return self.keys == [] or self.no_outlet or (self.f.q is not None and self.fts is None)

    def _from(self, extra: Sequence[str] = (), extra_args: Sequence = (), words: bool = True,
              groups: Sequence[str] = ()) -> tuple[str, list]:
        """FROM ... WHERE ... for the filters (words=False: all but the words).
        With words, FTS5 drives (its matches, in rank order), or with fts_last
        it only checks the rows the other conditions found. With `groups`,
        the rows of those groups come first. (CROSS JOIN fixes the order: the
        planner would rather scan a much-quoted speaker's every row.)"""
        fts = self.fts if words and not groups else None  # a page's groups: words are checked apart
        src = "quotes_fts f JOIN quotes q ON q.rowid = f.rowid" if fts and not self.fts_last else "quotes q"
        if groups:
            src = "quotes g CROSS JOIN quotes q ON q.rowid = g.rowid"
            extra, extra_args = [f"g.group_id IN ({_marks(groups)})", *extra], [*groups, *extra_args]
        if self.docs:
            src += " JOIN documents d ON d.doc_id = q.doc_id"
        if fts and self.fts_last:
            src += " CROSS JOIN quotes_fts f ON f.rowid = q.rowid"
        where = (["quotes_fts MATCH ?"] if fts else []) + self.where + list(extra)
        args = ([fts] if fts else []) + self.args + list(extra_args)
        return f"FROM {src}" + (" WHERE " + " AND ".join(where) if where else ""), args

    def rank_floor(self, db: sqlite3.Connection) -> int | None:
        """For words alone matching more than RANK_WINDOW quotes: the rowid of
        the RANK_WINDOW-th last of them (found in the index without ranking)."""
        only_words = self.fts and self.keys is None and not (self.docs or self.where)
        if not only_words or self.empty:
            return None
        row = db.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                         (self.fts, RANK_WINDOW)).fetchone()
        return row[0] + 1 if row else None

    def groups(self, db: sqlite3.Connection, floor: int | None = None) -> Iterator[str]:
        """Group ids in result order, each once. Rows come sorted by the index
        (newest) or by FTS5 (bm25), so a page reads only the rows before it.
        floor: rank only quotes from this rowid on (see rank_floor)."""
        if self.empty:
            return
        if self.fts:
            # "+ 0" when the speaker's rows come first: a plain "ORDER BY f.rank" would have FTS5 rank all its
            # matches for every row it is asked about
            order = "f.rank + 0" if self.fts_last else "f.rank"
            rows = self._rows(db, "SELECT q.group_id {} ORDER BY " + order, extra=["f.rowid >= ?"] if floor else [],
                              extra_args=[floor] if floor else [])
        elif self.keys and len(self.keys) > 1:
            # one index-ordered cursor per speaker, merged: an IN list would sort every row first
            rows = heapq.merge(*(_Plan(self.f, [k], None)._rows(db, _NEWEST, with_day=True) for k in self.keys),
                               key=_newest_key, reverse=True)
            rows = (gid for gid, _ in rows)
        else:
            rows = (gid for gid, _ in self._rows(db, _NEWEST, with_day=True))
        seen: set[str] = set()
        for gid in rows:
            if gid not in seen:
                seen.add(gid)
                yield gid

    def _rows(self, db: sqlite3.Connection, template: str, with_day: bool = False, extra: Sequence[str] = (),
              extra_args: Sequence = ()) -> Iterator:
        sql, args = self._from(extra, extra_args)
        cur = db.execute(template.format(sql), args)
        try:
            for row in cur:
                yield row if with_day else row[0]
        finally:
            cur.close()  # an abandoned cursor would hold a read transaction open

    def count(self, db: sqlite3.Connection) -> tuple[int, bool]:
        """Matching statements, counted up to COUNT_CAP; (n, exact)."""
        if self.empty:
            return 0, True
        sql, args = self._from()
        n = db.execute(f"SELECT count(*) FROM (SELECT DISTINCT q.group_id {sql} LIMIT ?)",
                       (*args, COUNT_CAP + 1)).fetchone()[0]
        return min(n, COUNT_CAP), n <= COUNT_CAP

    def statements(self, db: sqlite3.Connection, gids: list[str]) -> list[Statement]:
        """The statements of these groups, in this order, with every report."""
        if not gids:
            return []
        sql, args = self._from(words=False, groups=gids)
        matched = {r for (r,) in db.execute(f"SELECT q.rowid {sql}", args)}
        rows = db.execute(
            "SELECT q.rowid, q.group_id, q.speaker_key, q.speaker_name, q.roles, q.record, q.doc_id,"
            " d.outlet, d.doc_date, d.title, d.url, d.text"
            f" FROM quotes q LEFT JOIN documents d ON d.doc_id = q.doc_id WHERE q.group_id IN ({_marks(gids)})",
            gids).fetchall()
        words: set[int] = set()  # the rows holding the words searched for, whatever the other filters
        if self.fts and rows:
            # the words' matches among these rows: a scan of the doclist between them costs ~40 ns a
            # match, where asking FTS5 about each row costs ~100 us
            lo, hi = min(r[0] for r in rows), max(r[0] for r in rows)
            words = {r for (r,) in db.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?"
                                              " AND rowid BETWEEN ? AND ?", (self.fts, lo, hi))}
            matched &= words
        names = canonical_names(db, {r[2] for r in rows if r[2]})
        by_group: dict[str, list] = defaultdict(list)
        for row in rows:
            by_group[row[1]].append(row)
        return [_statement(gid, by_group[gid], names, matched, words) for gid in gids if by_group[gid]]


_NEWEST = "SELECT q.group_id, q.day {} ORDER BY q.day DESC, q.group_id DESC"


def _newest_key(row: tuple) -> tuple:
    """SQLite's ORDER BY day DESC, group_id DESC as a key (reverse=True): undated last."""
    gid, day = row
    return (day is not None, day or 0, gid)


def _statement(gid: str, rows: list[tuple], names: dict[str, str], matched: set[int],
               words: set[int] = frozenset()) -> Statement:
    """A statement from its quotes' rows (see _Plan.statements for the columns),
    shown by its fullest report; by the fullest of those holding the words
    searched for, when some do (a remark quoted in pieces: the piece that
    matched)."""
    reports, roles, worded = [], Counter(), set()
    key = rows[0][2]
    name = names.get(key) if key else None
    for rowid, _, _, sname, joined, blob, doc_id, outlet, doc_date, title, url, text in rows:
        rec = orjson.loads(blob)
        if rowid in words:
            worded.add(rec["quote_id"])
        art, sp = rec.get("article") or {}, rec["speaker"]
        name = name or sname or sp.get("name") or sp.get("mention")
        roles.update(r for r in (joined or "").split(" | ") if r)
        reports.append(Report(
            quote_id=rec["quote_id"], doc_id=doc_id, outlet=outlet or art.get("outlet"),
            date=doc_date or art.get("date"), title=title or art.get("title"), url=url or art.get("url"),
            type=rec["type"], text=rec["text"], start=rec["start"], end=rec["end"], mention=sp.get("mention"),
            cue=(rec.get("cue") or {}).get("text"), matched=rowid in matched,
            context=context(text, rec["start"], rec["end"], [(p["start"], p["end"]) for p in rec["parts"]])))
    reports.sort(key=lambda r: (r.date is None, r.date or "", (r.outlet or "").lower(), r.doc_id))
    dates = [r.date for r in reports if r.date]
    fullest = max(reports, key=lambda r: (r.quote_id in worded, len(r.text)))
    return Statement(group_id=gid, text=fullest.text, type=fullest.type,
                     speaker=SpeakerRef(key=key, name=name, roles=[r for r, _ in roles.most_common()]),
                     first_date=min(dates, default=None), last_date=max(dates, default=None), reports=reports)


def canonical_names(db: sqlite3.Connection, keys: Iterable[str]) -> dict[str, str]:
    """A display name per speaker key: the name that is the key itself
    ("Jens Stoltenberg" for "jens stoltenberg"), else the most used one."""
    keys = sorted(keys)
    best: dict[str, tuple] = {}
    for k in range(0, len(keys), 500):
        chunk = keys[k:k + 500]
        for name, n, key in db.execute(f"SELECT name, n, key FROM names WHERE key IN ({_marks(chunk)})", chunk):
            rank = (normalise(name) == key, n or 0, -len(name), name)
            if key not in best or rank > best[key][0]:
                best[key] = (rank, name)
    return {key: name for key, (_, name) in best.items()}


# -- text ---------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n")


def context(text: str | None, start: int, end: int, parts: Sequence[tuple[int, int]] = ()) -> list[Segment] | None:
    """The sentence(s) holding text[start:end], as segments with the quoted
    parts marked; at most CONTEXT_CHARS on either side (cut at a space,
    with an ellipsis). None when the text is unknown or does not hold the span."""
    if not text or not 0 <= start < end <= len(text):
        return None
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    before = after = ""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    if ends:
        left = ends[-1]
    elif lo == 0:
        left = 0
    else:
        cut = text.find(" ", lo, start)
        left, before = (cut + 1 if cut >= 0 else lo), "\u2026"
    # from the quote's last character: a quote may end with its own full stop
    m = _SENTENCE_END.search(text, end - 1, hi)
    if m:
        right = m.start() + len(m.group().rstrip())  # the full stop and closing quotation marks
    elif hi == len(text):
        right = hi
    else:
        cut = text.rfind(" ", end, hi)
        right, after = (cut if cut >= 0 else hi), "\u2026"
    right = max(right, end)
    segs = [Segment(text=before)]
    pos = left
    for s, e in sorted(parts or [(start, end)]):
        s, e = max(s, pos), min(e, right)
        if e <= s:
            continue
        segs += [Segment(text=text[pos:s]), Segment(text=text[s:e], mark=True)]
        pos = e
    segs += [Segment(text=text[pos:right]), Segment(text=after)]
    return [Segment(text=g.text.replace("\n", " "), mark=g.mark) for g in segs if g.text]


def fts_query(words: str) -> str | None:
    """User words as an FTS5 query over quote text: each "quoted phrase" and
    each other word becomes a phrase of its letters and digits, all required.
    Nothing of FTS5's syntax survives (no operators, columns, NEAR, *);
    None when no word is left."""
    phrases = []
    for quoted, word in re.findall(r'"([^"]*)"?|(\S+)', words):
        tokens = _tokens(quoted or word)
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"')
    return "text : (" + " ".join(phrases) + ")" if phrases else None


def _tokens(text: str) -> list[str]:
    """Letters-and-digits runs: what FTS5's tokenizer would index."""
    return re.findall(r"[^\W_]+", text)


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


def _like_escape(text: str) -> str:
    """`text` matched literally by LIKE ... ESCAPE '\\'."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- articles and speakers ------------------------------------------------------

class ArticleQuote(BaseModel):
    number: int
    quote_id: str
    group_id: str
    type: str
    text: str
    start: int
    end: int
    parts: list[tuple[int, int]]
    speaker_key: str | None
    speaker: str | None  # canonical name
    mention: str | None
    mention_span: tuple[int, int] | None
    cue: str | None
    cue_span: tuple[int, int] | None
    roles: list[str]
    reports: int  # reports of its statement in the store


class Run(BaseModel):
    """A piece of article text and what covers it: quote numbers, a cue, a speaker mention."""
    text: str
    quotes: list[int] = []
    cue: bool = False
    mention: bool = False
    anchors: list[str] = []  # quote_ids of the quotes starting here
    ends: list[int] = []  # quote numbers whose last part ends here


class ArticleView(BaseModel):
    doc_id: str
    source: str | None
    outlet: str | None
    date: str | None
    title: str | None
    url: str | None
    text: str | None
    quotes: list[ArticleQuote]


def article(db: sqlite3.Connection, doc_id: str) -> ArticleView | None:
    """A document with every quote extracted from it (by position); None if unknown."""
    doc = db.execute("SELECT source, outlet, doc_date, title, url, text FROM documents WHERE doc_id = ?",
                     (doc_id,)).fetchone()
    if doc is None:
        return None
    rows = db.execute("SELECT q.record, q.group_id, q.speaker_key, q.speaker_name,"
                      " (SELECT count(*) FROM quotes g WHERE g.group_id = q.group_id)"
                      " FROM quotes q WHERE q.doc_id = ?", (doc_id,)).fetchall()
    names = canonical_names(db, {r[2] for r in rows if r[2]})
    recs = sorted(((orjson.loads(b), g, k, n, c) for b, g, k, n, c in rows), key=lambda r: (r[0]["start"], r[0]["end"]))
    quotes = []
    for i, (rec, gid, key, sname, n) in enumerate(recs, 1):
        sp, cue = rec["speaker"], rec.get("cue")
        quotes.append(ArticleQuote(
            number=i, quote_id=rec["quote_id"], group_id=gid, type=rec["type"], text=rec["text"],
            start=rec["start"], end=rec["end"], parts=[(p["start"], p["end"]) for p in rec["parts"]],
            speaker_key=key, speaker=names.get(key) or sname or sp.get("name"), mention=sp.get("mention"),
            mention_span=(sp["start"], sp["end"]) if sp.get("start") is not None and sp.get("end") is not None else None,
            cue=cue["text"] if cue else None, cue_span=(cue["start"], cue["end"]) if cue else None,
            roles=sp.get("roles") or [], reports=n))
    source, outlet, doc_date, title, url, text = doc
    return ArticleView(doc_id=doc_id, source=source, outlet=outlet, date=doc_date, title=title, url=url, text=text,
                       quotes=quotes)


def article_runs(view: ArticleView) -> list[Run]:
    """The article text cut where a quote part, cue or mention starts or
    ends, each run knowing what covers it (spans may overlap: a cue inside
    a quote). Spans outside the text are left out."""
    text = view.text or ""
    size = len(text)
    cuts = {0, size}
    spans = []  # (start, end, what, number)
    for q in view.quotes:
        for s, e in q.parts or [(q.start, q.end)]:
            spans.append((s, e, "quote", q.number))
        if q.cue_span:
            spans.append((*q.cue_span, "cue", q.number))
        if q.mention_span:
            spans.append((*q.mention_span, "mention", q.number))
    spans = [(s, e, w, n) for s, e, w, n in spans if 0 <= s < e <= size]
    for s, e, _, _ in spans:
        cuts |= {s, e}
    bounds = sorted(cuts)
    first = {q.number: min((s for s, e in q.parts or [(q.start, q.end)] if 0 <= s < e <= size), default=None)
             for q in view.quotes}
    last = {q.number: max((e for s, e in q.parts or [(q.start, q.end)] if 0 <= s < e <= size), default=None)
            for q in view.quotes}
    anchors = defaultdict(list)
    for q in view.quotes:
        if first[q.number] is not None:
            anchors[first[q.number]].append(q.quote_id)
    runs = []
    for a, b in zip(bounds, bounds[1:]):
        cover = [(w, n) for s, e, w, n in spans if s <= a and b <= e]
        runs.append(Run(text=text[a:b], quotes=sorted({n for w, n in cover if w == "quote"}),
                        cue=any(w == "cue" for w, _ in cover), mention=any(w == "mention" for w, _ in cover),
                        anchors=anchors.get(a, []), ends=sorted(n for n, e in last.items() if e == b)))
    return runs


class Month(BaseModel):
    month: str  # YYYY-MM
    statements: int  # first reported that month
    reports: int


class SpeakerView(BaseModel):
    key: str
    name: str
    names: list[str]  # every name form stored for the key, most used first
    roles: list[str]  # most given first, in the speaker's latest ROLE_QUOTES quotes
    months: list[Month]
    undated: int  # reports without a date
    statements: int
    reports: int


ROLE_QUOTES = 1000  # roles change ("former ..."): the latest quotes tell the current ones, and cheaply


def speaker(db: sqlite3.Connection, key: str) -> SpeakerView | None:
    """One speaker: names, roles, and statements and reports per month
    (a statement in the month of its first report); None if unknown."""
    names = db.execute("SELECT name, n FROM names WHERE key = ? AND n > 0 ORDER BY n DESC, name", (key,)).fetchall()
    if not names and db.execute("SELECT 1 FROM quotes WHERE speaker_key = ? LIMIT 1", (key,)).fetchone() is None:
        return None
    firsts = Counter(m for (m,) in db.execute(  # None: a statement with no dated report
        "SELECT strftime('%Y-%m', min(day) + ?) FROM quotes WHERE speaker_key = ? GROUP BY group_id",
        (JULIAN_OFFSET, key)))
    reports: Counter = Counter()
    for day, n in db.execute("SELECT day, count(*) FROM quotes WHERE speaker_key = ? GROUP BY day", (key,)):
        reports[date.fromordinal(day).strftime("%Y-%m") if day is not None else None] += n
    months = [Month(month=m, statements=firsts[m], reports=reports[m]) for m in sorted(set(reports) - {None})]
    roles: Counter = Counter()
    for (joined,) in db.execute("SELECT roles FROM quotes WHERE speaker_key = ? ORDER BY day DESC LIMIT ?",
                                (key, ROLE_QUOTES)):
        roles.update(r for r in (joined or "").split(" | ") if r)
    return SpeakerView(key=key, name=canonical_names(db, [key]).get(key, key), names=[n for n, _ in names],
                       roles=[r for r, _ in roles.most_common(12)], months=months, undated=reports[None],
                       statements=sum(firsts.values()), reports=sum(reports.values()))


def outlets(db: sqlite3.Connection) -> list[str]:
    """Every outlet the store names (one spelling of each, case aside),
    alphabetically: the form's choices."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'documents_outlet'").fetchone():
        return [o for (o,) in db.execute("SELECT outlet FROM documents WHERE outlet IS NOT NULL"
                                         " GROUP BY outlet COLLATE NOCASE ORDER BY outlet COLLATE NOCASE")]
    # with the index, one seek per outlet (a loose index scan) instead of reading every document
    out: list[str] = []
    row = db.execute("SELECT min(outlet COLLATE NOCASE) FROM documents").fetchone()
    while row and row[0] is not None:
        out.append(row[0])
        row = db.execute("SELECT min(outlet COLLATE NOCASE) FROM documents WHERE outlet > ? COLLATE NOCASE",
                         (row[0],)).fetchone()
    return out
