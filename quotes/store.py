"""The embedded store: SQLite (WAL) with an FTS5 index over quote text.

One transaction per document: re-extracting a document replaces its
records. Readers (`quotes search`) work while a writer extracts.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterator

import orjson

from quotes.dedupe import group, normalise, speaker_keys
from quotes.records import QuoteRecord

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, source TEXT, doc_date TEXT, n_quotes INTEGER, extracted_at TEXT);
CREATE TABLE IF NOT EXISTS quotes (
    rowid INTEGER PRIMARY KEY, quote_id TEXT UNIQUE, doc_id TEXT, group_id TEXT,
    speaker_key TEXT, speaker_name TEXT, roles TEXT, text TEXT, record BLOB);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_key);
CREATE INDEX IF NOT EXISTS quotes_group ON quotes(group_id);
CREATE TABLE IF NOT EXISTS aliases (alias TEXT, speaker_key TEXT, UNIQUE(alias, speaker_key));
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    text, speaker, roles, content='quotes', content_rowid='rowid');
CREATE TRIGGER IF NOT EXISTS quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker, roles) VALUES (new.rowid, new.text, new.speaker_name, new.roles);
END;
CREATE TRIGGER IF NOT EXISTS quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker, roles)
    VALUES ('delete', old.rowid, old.text, old.speaker_name, old.roles);
END;
"""


class StoreError(RuntimeError):
    pass


class Store:
    def __init__(self, path: str | Path):
        self.path = str(path)
        try:
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable quotes store ({exc})") from exc

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

    def put_document(self, doc_id: str, source: str, records: list[QuoteRecord], doc_date: str | None = None) -> None:
        """Replace a document's records, in one transaction."""
        with self.transaction():
            self.db.execute("DELETE FROM quotes WHERE doc_id=?", (doc_id,))
            self.db.execute("INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?)",
                            (doc_id, source, doc_date, len(records), date.today().isoformat()))
            for r in records:
                self.db.execute(
                    "INSERT OR REPLACE INTO quotes(quote_id, doc_id, group_id, speaker_key, speaker_name, roles, text, record)"
                    " VALUES (?,?,?,?,?,?,?,?)",
                    (r.quote_id, doc_id, r.group_id, None, r.speaker.name, " | ".join(r.speaker.roles), r.text,
                     orjson.dumps(r.model_dump(mode="json"))))

    def document_records(self, doc_id: str) -> list[QuoteRecord]:
        rows = self.db.execute("SELECT record FROM quotes WHERE doc_id=? ORDER BY rowid", (doc_id,))
        return [QuoteRecord.model_validate_json(b) for (b,) in rows]

    def records(self, order: str = "rowid") -> Iterator[QuoteRecord]:
        """All records, streamed."""
        cur = self.db.execute(f"SELECT record FROM quotes ORDER BY {order}")
        for (blob,) in cur:
            yield QuoteRecord.model_validate_json(blob)

    def regroup(self) -> int:
        """Recompute group ids and speaker keys over the whole store; returns the number of groups."""
        rows = self.db.execute("SELECT rowid, record FROM quotes ORDER BY rowid").fetchall()
        recs = [QuoteRecord.model_validate_json(b) for _, b in rows]
        keys = speaker_keys(r.speaker.name for r in recs if r.speaker.name)
        groups = group(recs, keys=keys)
        with self.transaction():
            self.db.execute("DELETE FROM aliases")
            for (rowid, _), r, g in zip(rows, recs, groups):
                key = keys.get(r.speaker.name) if r.speaker.name else None
                r = r.model_copy(update={"group_id": g})
                self.db.execute("UPDATE quotes SET group_id=?, speaker_key=?, record=? WHERE rowid=?",
                                (g, key, orjson.dumps(r.model_dump(mode="json")), rowid))
                if key:
                    for alias in _aliases(r, key):
                        self.db.execute("INSERT OR IGNORE INTO aliases VALUES (?,?)", (alias, key))
        return len(set(groups))

    def speaker_keys_for(self, name: str) -> list[str]:
        """Keys of every speaker one of whose names or mentions equals `name`
        (case-insensitive), or whose surname it is."""
        n = normalise(name)
        rows = self.db.execute("SELECT DISTINCT speaker_key FROM aliases WHERE alias=?", (n,)).fetchall()
        return [k for (k,) in rows]

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
        sql = ("SELECT q.record FROM quotes q JOIN documents d USING(doc_id)"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY q.group_id, q.doc_id, q.rowid LIMIT ?")
        try:
            rows = self.db.execute(sql, (*args, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search failed: {exc}") from exc
        return [QuoteRecord.model_validate_json(b) for (b,) in rows]


PRONOUNS = {"he", "she", "it", "they", "him", "her", "his", "its", "their", "them", "i", "we", "you"}


def _aliases(r: QuoteRecord, key: str) -> set[str]:
    """Names a user may search a speaker by: full name, surname, and every
    mention form but pronouns ("the NATO chief")."""
    out = {key, key.split()[-1]}
    for form in (r.speaker.name, r.speaker.mention):
        if form:
            out.add(normalise(form))
    return {a for a in out if a and a not in PRONOUNS}


def _fts_query(text: str) -> str:
    """Quote each word so user text never breaks FTS5 syntax."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in text.split())
