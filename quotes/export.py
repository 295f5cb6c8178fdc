"""Exports from the store, streamed record by record: memory stays flat.

- jsonl: one occurrence record per line (the QuoteRecord schema).
- quotes: one record per group, Quotebank style: the longest form as text, the
  speaker with every role seen, the first and last report's dates, and every
  occurrence with its article (title, outlet, url, date).
- elasticsearch: `_bulk` NDJSON, an action line with a stable `_id` before
  each grouped record; the index mapping ships as quotes/schema/es_mapping.json.
"""
from __future__ import annotations

import itertools
from pathlib import Path
from typing import Iterable, Iterator

import orjson

from quotes.records import QuoteRecord

FORMATS = ("jsonl", "quotes", "elasticsearch")
MAPPING_PATH = Path(__file__).parent / "schema" / "es_mapping.json"


def _line(obj) -> bytes:
    return orjson.dumps(obj) + b"\n"


def grouped(records: Iterable[QuoteRecord]) -> Iterator[dict]:
    """Quotebank-style records from occurrence records sorted by group_id."""
    for gid, members in itertools.groupby(records, key=lambda r: r.group_id):
        members = list(members)
        longest = max(members, key=lambda r: (len(r.text), r.type == "direct"))
        named = [r.speaker for r in members if r.speaker.name]
        roles: list[str] = []
        for sp in named:  # normalised: one entry per role however outlets spell it
            roles.extend(x for x in (sp.roles_norm or sp.roles) if x.lower() not in {y.lower() for y in roles})
        name = max((sp.name for sp in named), key=len, default=None)
        kinds = {sp.kind for sp in named} - {"unknown"}
        dates = sorted(r.article.date for r in members if r.article.date)
        yield {
            "group_id": gid,
            "text": longest.text,
            "speaker": {"name": name, "kind": kinds.pop() if len(kinds) == 1 else "unknown", "roles": roles},
            "first_date": dates[0] if dates else None,
            "last_date": dates[-1] if dates else None,
            "occurrences": [
                {"quote_id": r.quote_id, "doc_id": r.doc_id, "start": r.start, "end": r.end,
                 "type": r.type, "text": r.text, **r.article.model_dump()} for r in members],
            "num_occurrences": len(members),
            "num_documents": len({r.doc_id for r in members}),
        }


def export(records: Iterable[QuoteRecord], fmt: str, out, index: str = "quotes") -> int:
    """Write records in a format to a binary stream; returns lines of data written.
    `records` must be sorted by group_id for the grouped formats."""
    n = 0
    if fmt == "jsonl":
        for r in records:
            out.write(_line(r.model_dump(mode="json")))
            n += 1
    elif fmt == "quotes":
        for g in grouped(records):
            out.write(_line(g))
            n += 1
    elif fmt == "elasticsearch":
        for g in grouped(records):
            out.write(_line({"index": {"_index": index, "_id": g["group_id"]}}))
            out.write(_line(g))
            n += 1
    else:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    return n
