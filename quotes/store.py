"""The embedded store: SQLite (WAL) with an FTS5 index over quote text.

One transaction per document: re-extracting a document replaces its
records. Readers (`quotes search`) work while a writer extracts.

Grouping is incremental: a document's records are compared only with the
records of the same speakers within the date window (an index on speaker
key and day), so adding an article costs the same in a store of any size.
`regroup` recomputes speaker keys and groups from scratch; both give the same
groups (see quotes.grouping), except where a group's limits (its day span,
reports of one article) made the order of links matter.
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter, defaultdict
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import numpy as np
import orjson

from quotes.grouping import (Groups, Quote, day_number, default_model, embed_named, link, name_family,
                             normalise, pairs_between, speaker_keys)
from quotes.records import Article, QuoteRecord

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, source TEXT, doc_date TEXT, n_quotes INTEGER, extracted_at TEXT,
    outlet TEXT, title TEXT, url TEXT, text TEXT);
CREATE TABLE IF NOT EXISTS quotes (
    rowid INTEGER PRIMARY KEY, quote_id TEXT UNIQUE, doc_id TEXT, group_id TEXT,
    speaker_key TEXT, speaker_name TEXT, roles TEXT, text TEXT, record BLOB,
    day INTEGER, copy_key TEXT, vec BLOB);
CREATE TABLE IF NOT EXISTS names (name TEXT PRIMARY KEY, family TEXT, n INTEGER, key TEXT);
CREATE TABLE IF NOT EXISTS aliases (alias TEXT, speaker_key TEXT, UNIQUE(alias, speaker_key));
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    text, speaker_name, roles, content='quotes', content_rowid='rowid', tokenize='porter unicode61');
CREATE TRIGGER IF NOT EXISTS quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker_name, roles) VALUES (new.rowid, new.text, new.speaker_name, new.roles);
END;
CREATE TRIGGER IF NOT EXISTS quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name, roles)
    VALUES ('delete', old.rowid, old.text, old.speaker_name, old.roles);
END;
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc_id);
CREATE INDEX IF NOT EXISTS quotes_speaker_day_group ON quotes(speaker_key, day, group_id);
CREATE INDEX IF NOT EXISTS quotes_day_group ON quotes(day, group_id);
CREATE INDEX IF NOT EXISTS quotes_name ON quotes(speaker_name);
CREATE INDEX IF NOT EXISTS quotes_group ON quotes(group_id);
CREATE INDEX IF NOT EXISTS quotes_copy ON quotes(copy_key);
CREATE INDEX IF NOT EXISTS names_family ON names(family);
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet COLLATE NOCASE);
"""
# columns added since the first stores were written: an older store gains them on opening
ADDED = {"documents": ("outlet TEXT", "title TEXT", "url TEXT", "text TEXT"),
         "quotes": ("day INTEGER", "copy_key TEXT", "vec BLOB")}
# what grouping reads of a row
COLUMNS = ("rowid, quote_id, speaker_key, day, text, vec, group_id, doc_id, "
           "json_extract(record, '$.start'), json_extract(record, '$.end'), json_extract(record, '$.type')")
VEC_DTYPE = np.float16  # 768 bytes a quote; cosines move by less than 1e-3


class StoreError(RuntimeError):
    pass


class Store:
    def __init__(self, path: str | Path, window: int | None = None):
        self.path = str(path)
        self.window = default_model().window if window is None else window
        try:
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            self._migrate()
            self.db.executescript(INDEXES)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable quotes store ({exc})") from exc

    def _migrate(self) -> None:
        for table, columns in ADDED.items():
            have = {row[1] for row in self.db.execute(f"PRAGMA table_info({table})")}
            for col in columns:
                if col.split()[0] not in have:
                    self.db.execute(f"ALTER TABLE {table} ADD COLUMN {col}")
        self.db.execute("DROP INDEX IF EXISTS quotes_speaker_day")  # quotes_speaker_day_group covers it
        fts = {row[1] for row in self.db.execute("PRAGMA table_info(quotes_fts)")}
        if "speaker" in fts:  # an older store: its index named a column the quotes table lacks, and did not stem
            self.db.executescript("DROP TRIGGER quotes_ai; DROP TRIGGER quotes_ad; DROP TABLE quotes_fts;")
            self.db.executescript(SCHEMA)
            self.db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self):
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def has_document(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE doc_id=?", (doc_id,)).fetchone() is not None

    def put_document(self, doc_id: str, source: str, records: Sequence[QuoteRecord], article: Article | None = None,
                     text: str | None = None, vecs=None, group: bool = True, replace: bool = True) -> None:
        """Replace a document's records and group them with the store's, in
        one transaction. `article` (when given) is set on every record;
        `vecs`: the records' embeddings, when the caller has them. With
        group=False the records keep groups of their own (no embeddings are
        computed) until `regroup`. With replace=False the records are added
        to those the document has."""
        if article is not None:
            records = [r.model_copy(update={"article": article}) for r in records]
        art = article or (records[0].article if records else Article())
        if vecs is None:
            vecs = embed_named(records) if group else [None] * len(records)
        with self.transaction():
            old_keys = self._delete_document(doc_id) if replace else set()
            self.db.execute("INSERT INTO documents(doc_id, source, doc_date, n_quotes, extracted_at, outlet, title, url, text)"
                            " VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(doc_id) DO UPDATE SET n_quotes=n_quotes+excluded.n_quotes",
                            (doc_id, source, art.date, len(records), date.today().isoformat(), art.outlet, art.title,
                             art.url, text))
            rowids = [self._insert(r, v) for r, v in zip(records, vecs)]
            self._group_new(rowids, old_keys, group)

    def _delete_document(self, doc_id: str) -> set[str]:
        """Remove a document; the groups its records held together are
        formed again from the records that stay. Returns their speaker keys."""
        keys = {k for (k,) in self.db.execute("SELECT DISTINCT speaker_key FROM quotes WHERE doc_id=? AND speaker_key "
                                              "IS NOT NULL", (doc_id,))}
        for name, n in self.db.execute("SELECT speaker_name, count(*) FROM quotes WHERE doc_id=? AND speaker_name IS "
                                       "NOT NULL GROUP BY speaker_name", (doc_id,)).fetchall():
            self.db.execute("UPDATE names SET n=n-? WHERE name=?", (n, name))
        self.db.execute("DELETE FROM quotes WHERE doc_id=?", (doc_id,))
        self.db.execute("DELETE FROM documents WHERE doc_id=?", (doc_id,))
        return keys

    def _insert(self, r: QuoteRecord, vec) -> int:
        blob = None if vec is None else np.asarray(vec, dtype=VEC_DTYPE).tobytes()
        # a record given twice replaces its first copy; a plain DELETE keeps the full-text index in step
        # (INSERT OR REPLACE would skip its delete trigger)
        self.db.execute("DELETE FROM quotes WHERE quote_id=?", (r.quote_id,))
        cur = self.db.execute(
            "INSERT INTO quotes(quote_id, doc_id, group_id, speaker_key, speaker_name, roles, text, record,"
            " day, copy_key, vec) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (r.quote_id, r.doc_id, r.quote_id, None, r.speaker.name, " | ".join(r.speaker.roles_norm or r.speaker.roles),
             r.text,
             orjson.dumps(r.model_dump(mode="json")), day_number(r.article.date), _copy_key(r.text), blob))
        return cur.lastrowid

    # -- grouping ---------------------------------------------------------

    def _group_new(self, rowids: list[int], touched: set[str], group: bool = True) -> None:
        """Give new rows speaker keys and groups. Speakers whose keys changed
        (a surname that now points to a full name) and speakers who lost a
        document are regrouped as a block; the others are linked to their
        candidates only."""
        rekeyed = self._rekey(rowids)
        if not group:
            return
        by_key: dict[str | None, list[int]] = defaultdict(list)
        for rowid, key in self._rows("SELECT rowid, speaker_key FROM quotes WHERE rowid IN ({})", rowids):
            by_key[key].append(rowid)
        blocks = rekeyed | touched
        if blocks:
            self._regroup_keys(blocks)
        for key, rows in by_key.items():
            if key not in blocks:
                self._link_rows(key, rows)

    def _rows(self, sql: str, ids: Sequence, *args) -> list[tuple]:
        """Rows of a query with an `IN ({})` list, in chunks SQLite accepts."""
        out: list[tuple] = []
        for k in range(0, len(ids), 900):
            chunk = list(ids[k:k + 900])
            out.extend(self.db.execute(sql.format(",".join("?" * len(chunk))), (*chunk, *args)))
        return out

    def _rekey(self, rowids: list[int]) -> set[str]:
        """Key the speakers of new rows. Keys depend only on the names that
        share a surname (speaker_keys), so the names of these surnames are
        keyed again; returns the keys whose stored records changed: old and new."""
        fresh = self._rows("SELECT rowid, speaker_name, json_extract(record, '$.speaker.mention') FROM quotes "
                           "WHERE rowid IN ({}) AND speaker_name IS NOT NULL", rowids)
        for name, n in Counter(name for _, name, _ in fresh).items():
            self.db.execute("INSERT INTO names VALUES (?,?,?,NULL) ON CONFLICT(name) DO UPDATE SET n=n+excluded.n",
                            (name, name_family(name), n))
        changed: set[str] = set()
        for fam in {name_family(name) for _, name, _ in fresh}:
            rows = self.db.execute("SELECT name, n, key FROM names WHERE family=? AND n>0", (fam,)).fetchall()
            old = {name: key for name, _, key in rows}
            for name, key in speaker_keys(Counter({name: n for name, n, _ in rows})).items():
                if old[name] not in (None, key):
                    self.db.execute("UPDATE quotes SET speaker_key=? WHERE speaker_name=?", (key, name))
                    changed |= {old[name], key}
                if old[name] != key:
                    self.db.execute("UPDATE names SET key=? WHERE name=?", (key, name))
        keys = dict(self._rows("SELECT name, key FROM names WHERE name IN ({})", list({n for _, n, _ in fresh})))
        for rowid, name, mention in fresh:
            self.db.execute("UPDATE quotes SET speaker_key=? WHERE rowid=?", (keys[name], rowid))
            for alias in _aliases(keys[name], name, mention):
                self.db.execute("INSERT OR IGNORE INTO aliases VALUES (?,?)", (alias, keys[name]))
        return changed

    def _quotes(self, rows: list[tuple]) -> list[Quote]:
        """Grouping's view of stored rows (COLUMNS)."""
        return [Quote(qid, doc, key, day, text, _vector(vec) if vec else None, start, end, kind)
                for _, qid, key, day, text, vec, _, doc, start, end, kind in rows]

    def _link_rows(self, key: str | None, new: list[int]) -> None:
        """Link new rows of one speaker to the candidates: that speaker's rows
        within the window of their days (every row of the speaker when one
        is undated) whose embeddings come near a new one, or, without a
        named speaker, exact copies."""
        cols = f"SELECT {COLUMNS} FROM quotes"
        fresh = self._rows(cols + " WHERE rowid IN ({})", new)
        if key is None:
            old = self._copies(fresh, set(new))
        else:
            fresh = self._with_vecs(fresh)
            old = self._rows(cols + " WHERE rowid IN ({})", self._near(key, fresh, set(new)))
            old = self._with_vecs(old)
        rows = fresh + old
        quotes = self._quotes(rows)
        self._merge(quotes, [r[6] for r in rows], pairs_between(quotes, len(fresh), self.window))

    def _copies(self, fresh: list[tuple], new: set[int]) -> list[tuple]:
        """Stored rows without a named speaker that copy a new one."""
        keys = list({_copy_key(r[4]) for r in fresh})
        rows = self._rows(f"SELECT {COLUMNS} FROM quotes WHERE copy_key IN ({{}}) AND speaker_key IS NULL", keys)
        return [r for r in rows if r[0] not in new]

    def _near(self, key: str, fresh: list[tuple], new: set[int]) -> list[int]:
        """Rowids of the speaker's stored rows within the window whose
        embedding reaches the pair model's cosine floor with a new row's:
        only their words are read."""
        days = [r[3] for r in fresh]
        if None in days:
            light = self.db.execute("SELECT rowid, vec FROM quotes WHERE speaker_key=?", (key,))
        else:
            light = self.db.execute("SELECT rowid, vec FROM quotes WHERE speaker_key=? AND (day IS NULL OR day BETWEEN "
                                    "? AND ?)", (key, min(days) - self.window, max(days) + self.window))
        mine = np.stack([_vector(r[5]) for r in fresh])
        floor = default_model().floor
        keep: list[int] = []
        while rows := light.fetchmany(20_000):  # in slices: a much-quoted speaker's rows never all in memory
            rows = [r for r in rows if r[0] not in new]
            keep += [rowid for rowid, vec in rows if vec is None]  # unembedded: read and embedded below
            rows = [r for r in rows if r[1] is not None]
            if rows:
                stored = np.frombuffer(b"".join(v for _, v in rows), dtype=VEC_DTYPE).reshape(len(rows), -1)
                near = (mine @ stored.astype(np.float32).T).max(axis=0) >= floor
                keep += [r[0] for r, k in zip(rows, near) if k]
        return keep

    def _merge(self, quotes: list[Quote], gids: list[str], pairs) -> None:
        """Apply links between quotes, some of which already have groups: the
        groups join as grouping.components joins quotes (Groups.join)."""
        nodes = sorted(set(gids))
        span = {g: (lo, hi) for g, lo, hi in self._rows(
            "SELECT group_id, min(day), max(day) FROM quotes WHERE group_id IN ({}) GROUP BY group_id", nodes)}
        docs: dict[str, set[str]] = defaultdict(set)
        for g, doc in self._rows("SELECT DISTINCT group_id, doc_id FROM quotes WHERE group_id IN ({})", nodes):
            docs[g].add(doc)
        index = {g: k for k, g in enumerate(nodes)}
        groups = Groups(nodes, [span[g] for g in nodes], self.window, [frozenset(docs[g]) for g in nodes])
        groups.join(quotes, pairs, default_model().article_link, node=lambda i: index[gids[i]])
        for old, new in zip(nodes, groups.ids()):
            if old != new:
                self.db.execute("UPDATE quotes SET group_id=? WHERE group_id=?", (new, old))

    def regroup(self, say=None) -> int:
        """Recompute speaker keys and every group from scratch; returns the number of groups."""
        with self.transaction():
            self.db.execute("DELETE FROM aliases")
            self.db.execute("DELETE FROM names")
            names = Counter(dict(self.db.execute(
                "SELECT speaker_name, count(*) FROM quotes WHERE speaker_name IS NOT NULL GROUP BY speaker_name")))
            for name, key in speaker_keys(names).items():
                self.db.execute("INSERT INTO names VALUES (?,?,?,?)", (name, name_family(name), names[name], key))
                self.db.execute("UPDATE quotes SET speaker_key=? WHERE speaker_name=?", (key, name))
            for key, name, mention in self.db.execute(
                    "SELECT DISTINCT speaker_key, speaker_name, json_extract(record, '$.speaker.mention') FROM quotes "
                    "WHERE speaker_key IS NOT NULL").fetchall():
                for alias in _aliases(key, name, mention):
                    self.db.execute("INSERT OR IGNORE INTO aliases VALUES (?,?)", (alias, key))
            keys = [k for (k,) in self.db.execute("SELECT DISTINCT speaker_key FROM quotes")]
            self._regroup_keys(keys, say)
        return self.db.execute("SELECT count(DISTINCT group_id) FROM quotes").fetchone()[0]

    def _regroup_keys(self, keys: Iterable[str | None], say=None) -> None:
        """Group each speaker's rows from scratch, one speaker in memory at a time."""
        keys = list(keys)
        cols = f"SELECT {COLUMNS} FROM quotes"
        for n, key in enumerate(keys):
            rows = (self.db.execute(cols + " WHERE speaker_key IS NULL") if key is None
                    else self.db.execute(cols + " WHERE speaker_key=?", (key,))).fetchall()
            if key is not None:
                rows = self._with_vecs(rows)
            for (rowid, *_), gid in zip(rows, link(self._quotes(rows), self.window)):
                self.db.execute("UPDATE quotes SET group_id=? WHERE rowid=?", (gid, rowid))
            if say and n % 1000 == 999:
                say(f"regrouped {n + 1:,} of {len(keys):,} speakers")

    def _with_vecs(self, rows: list[tuple]) -> list[tuple]:
        """Rows with their embeddings, computing (and storing) the missing
        ones: records imported or stored without grouping have none."""
        missing = [k for k, r in enumerate(rows) if r[5] is None]
        if not missing:
            return rows
        from quotes.embed import encode
        rows = list(rows)
        for k, v in zip(missing, encode([rows[k][4] for k in missing])):
            blob = v.astype(VEC_DTYPE).tobytes()
            self.db.execute("UPDATE quotes SET vec=? WHERE rowid=?", (blob, rows[k][0]))
            rows[k] = (*rows[k][:5], blob, *rows[k][6:])
        return rows

    # -- reading ----------------------------------------------------------

    def _record(self, blob: bytes, group_id: str) -> QuoteRecord:
        return QuoteRecord.model_validate_json(blob).model_copy(update={"group_id": group_id})

    def document_records(self, doc_id: str) -> list[QuoteRecord]:
        rows = self.db.execute("SELECT record, group_id FROM quotes WHERE doc_id=? ORDER BY rowid", (doc_id,))
        return [self._record(b, g) for b, g in rows]

    def group_ids(self, quote_ids: Sequence[str]) -> dict[str, str]:
        return dict(self._rows("SELECT quote_id, group_id FROM quotes WHERE quote_id IN ({})", list(quote_ids)))

    def records(self, order: str = "rowid") -> Iterator[QuoteRecord]:
        """All records, streamed."""
        cur = self.db.execute(f"SELECT record, group_id FROM quotes ORDER BY {order}")
        for blob, gid in cur:
            yield self._record(blob, gid)

    def speaker_keys_for(self, name: str) -> list[str]:
        """Keys of every speaker one of whose names or mentions equals `name`
        (case-insensitive, with or without a leading "the/a/an"), or whose
        surname it is; failing those, who hold it as a role (quotes.query)."""
        from quotes.query import speaker_keys
        return speaker_keys(self.db, name)

    def search(self, text: str | None = None, speaker: str | None = None, role: str | None = None,
               since: str | None = None, limit: int = 50) -> list[QuoteRecord]:
        where, args = [], []
        if text:
            where.append("q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            args.append(_fts_query(text))
        if speaker:
            keys = self.speaker_keys_for(speaker)
            if not keys:
                return []
            where.append(f"q.speaker_key IN ({','.join('?' * len(keys))})")
            args.extend(keys)
        if role:
            where.append("lower(q.roles) LIKE ?")
            args.append(f"%{role.lower()}%")
        if since:
            where.append("d.doc_date >= ?")
            args.append(since)
        sql = ("SELECT q.record, q.group_id FROM quotes q JOIN documents d USING(doc_id)"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY q.group_id, q.doc_id, q.rowid LIMIT ?")
        try:
            rows = self.db.execute(sql, (*args, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search failed: {exc}") from exc
        return [self._record(b, g) for b, g in rows]


PRONOUNS = {"he", "she", "it", "they", "him", "her", "his", "its", "their", "them", "i", "we", "you"}


def _vector(blob: bytes) -> np.ndarray:
    """A stored embedding as float32."""
    return np.frombuffer(blob, dtype=VEC_DTYPE).astype(np.float32)


def _copy_key(text: str) -> str:
    """Equal for exact copies (case, punctuation and quotation marks aside)."""
    return hashlib.blake2b(normalise(text).encode(), digest_size=8).hexdigest()


def _aliases(key: str, name: str | None, mention: str | None) -> set[str]:
    """Names a user may search a speaker by: full name, surname, and every
    mention form but pronouns, without a leading article ("the NATO chief"
    is stored as "nato chief"; queries drop theirs too)."""
    from quotes.query import alias_form
    out = {key, key.split()[-1]}
    for form in (name, mention):
        if form:
            out.add(alias_form(form))
    return {a for a in out if a and a not in PRONOUNS}


def _fts_query(text: str) -> str:
    """Quote each word so user text never breaks FTS5 syntax."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in text.split())
