"""Benchmark: grouping in a store of 1,000,000 synthetic records.

    .venv/bin/python benchmarks/grouping.py [--records 1000000] [--store work/bench/grouping-1m.db]

The store (built once, then reused) holds N records with realistic spreads:
20,000 speakers drawn from a Zipf law (the most quoted holds about a tenth
of all records), statements dated over two years, each reported 1 to 5
times within three days of its occasion, with the edits outlets make
(words dropped, swapped, cut short), 20 quotes an article. Embeddings are
synthetic (each report near its statement's own random direction): the
cost of grouping does not depend on what the vectors mean.

Then, each in a fresh process: (1) adding a 20-quote article (its quotes
embedded by the real model, and grouped), three times, with the time
beyond loading the model and the peak memory; (2) a full regroup, with its
time, peak memory, and how many statements it split or merged against the
truth the generator knows.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import resource
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from quotes.grouping import name_family  # noqa: E402
from quotes.records import quote_id  # noqa: E402

DAY0 = date(2023, 1, 1).toordinal()
DAYS = 730
SPEAKERS = 20_000
PER_ARTICLE = 20
NOISE = 0.45  # reports of one statement: cosine about 0.8


def _words(rng: random.Random, vocab: list[str]) -> list[str]:
    return rng.choices(vocab, k=rng.randint(8, 25))


def _report(rng: random.Random, words: list[str]) -> str:
    words = list(words)
    edit = rng.random()
    if edit < 0.2:
        words = words[: max(5, len(words) * 3 // 4)]
    elif edit < 0.4:
        del words[rng.randrange(len(words))]
    elif edit < 0.5:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words).capitalize() + "."


def _record(doc: str, start: int, text: str, name: str, day: int) -> dict:
    qid = quote_id(doc, start, start + len(text))
    return {"quote_id": qid, "doc_id": doc, "type": "direct", "text": text, "start": start, "end": start + len(text),
            "cue": None, "parts": [{"start": start, "end": start + len(text)}],
            "speaker": {"name": name, "mention": name, "start": None, "end": None, "kind": "person", "roles": []},
            "group_id": qid, "confidence": 0.9,
            "article": {"title": None, "outlet": "Outlet", "url": None, "date": date.fromordinal(day).isoformat()}}


def build(path: Path, n: int, seed: int = 7) -> None:
    """Write the synthetic store with plain SQL (the store's own schema)."""
    from quotes.store import Store
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    Store(tmp).close()
    rng, nrng = random.Random(seed), np.random.default_rng(seed)
    vocab = [f"w{k}" for k in range(5000)]
    names = [f"First{k} Last{k}" for k in range(SPEAKERS)]
    weights = [1 / (k + 1) for k in range(SPEAKERS)]
    db = sqlite3.connect(tmp)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("CREATE TABLE truth (quote_id TEXT PRIMARY KEY, statement INTEGER)")
    rows, truth, docs, counts = [], [], [], {}
    made, statement, doc_n = 0, 0, 0
    pending: list[tuple] = []  # (day, name, text, statement, vec)
    t0 = time.time()
    while made < n:
        name = rng.choices(names, weights)[0]
        day = DAY0 + rng.randrange(DAYS)
        words = _words(rng, vocab)
        centre = nrng.standard_normal(384)
        centre /= np.linalg.norm(centre)
        for _ in range(min(rng.randint(1, 5), n - made)):
            v = centre + NOISE * nrng.standard_normal(384) / np.sqrt(384)
            pending.append((day + rng.randint(0, 2), name, _report(rng, words), statement, v / np.linalg.norm(v)))
            made += 1
        statement += 1
        if len(pending) >= 20_000 or made >= n:
            rng.shuffle(pending)
            pending.sort(key=lambda p: p[0])  # an article's quotes are of its day
            for k in range(0, len(pending), PER_ARTICLE):
                doc = f"doc{doc_n:07d}"
                doc_n += 1
                chunk = pending[k:k + PER_ARTICLE]
                day = chunk[0][0]
                docs.append((doc, doc + ".txt", date.fromordinal(day).isoformat(), len(chunk), "2026-11-29", "Outlet"))
                for pos, (_, name_, text, st, v) in enumerate(chunk):
                    rec = _record(doc, 200 * pos, text, name_, day)
                    counts[name_] = counts.get(name_, 0) + 1
                    rows.append((rec["quote_id"], doc, rec["quote_id"], name_.lower(), name_, "", text, orjson.dumps(rec),
                                 day, None, v.astype(np.float16).tobytes()))
                    truth.append((rec["quote_id"], st))
            pending = []
            db.executemany("INSERT INTO quotes(quote_id, doc_id, group_id, speaker_key, speaker_name, roles, text, record,"
                           " day, copy_key, vec) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
            db.executemany("INSERT INTO documents(doc_id, source, doc_date, n_quotes, extracted_at, outlet)"
                           " VALUES (?,?,?,?,?,?)", docs)
            db.executemany("INSERT INTO truth VALUES (?,?)", truth)
            db.commit()
            rows, truth, docs = [], [], []
            print(f"  built {made:,} records ({time.time() - t0:.0f} s)", file=sys.stderr, flush=True)
    db.executemany("INSERT INTO names VALUES (?,?,?,?)",
                   [(nm, name_family(nm), c, nm.lower()) for nm, c in counts.items()])
    db.executemany("INSERT OR IGNORE INTO aliases VALUES (?,?)",
                   [(a, nm.lower()) for nm in counts for a in (nm.lower(), nm.lower().split()[-1])])
    db.commit()
    db.close()
    tmp.rename(path)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _add_article(path: str, k: int, undated: bool, out) -> None:
    """In a fresh process: add one 20-quote article (some of its quotes new
    reports of stored statements) and time it beyond loading the model. An
    undated article's quotes are compared with every quote of their speakers."""
    from quotes.embed import model
    from quotes.records import QuoteRecord
    from quotes.store import Store
    t0 = time.time()
    model().encode(["A first sentence warms the model up, as the first article of a run does."])
    load = time.time() - t0
    store = Store(path)
    rng = random.Random(100 + k)
    top = store.db.execute("SELECT max(rowid) FROM quotes").fetchone()[0]
    doc = store.db.execute("SELECT doc_id FROM quotes WHERE rowid=?", (rng.randrange(1, top + 1),)).fetchone()[0]
    said = store.db.execute("SELECT text, speaker_name, day FROM quotes WHERE doc_id=? LIMIT 10", (doc,)).fetchall()
    said = [(_report(rng, t.rstrip(".").lower().split()), nm, d) for t, nm, d in said]  # another outlet's wording
    while len(said) < PER_ARTICLE:
        said.append((_report(rng, _words(rng, [f"w{x}" for x in range(5000)])), f"First{rng.randrange(50)} Last",
                     said[0][2]))
    day = said[0][2]
    doc = f"added{k}"
    records = [QuoteRecord.model_validate(_record(doc, 300 * i, t, nm, day)) for i, (t, nm, _) in enumerate(said)]
    if undated:
        records = [r.model_copy(update={"article": r.article.model_copy(update={"date": None})}) for r in records]
    t1 = time.time()
    store.put_document(doc, doc, records)
    add = time.time() - t1
    joined = store.db.execute("SELECT count(*) FROM quotes q WHERE q.doc_id=? AND EXISTS (SELECT 1 FROM quotes o WHERE "
                              "o.group_id=q.group_id AND o.doc_id<>q.doc_id)", (doc,)).fetchone()[0]
    store.db.execute("BEGIN IMMEDIATE")  # leave the store as it was for the next run
    store._delete_document(doc)
    store.db.execute("COMMIT")
    store.close()
    out.put({"load_s": load, "add_s": add, "peak_mb": _peak_mb(), "joined": joined})


def _regroup(path: str, out) -> None:
    import shutil
    from quotes.store import Store
    copy = path + ".regroup"
    shutil.copy(path, copy)
    store = Store(copy)
    t0 = time.time()
    n_groups = store.regroup()
    seconds = time.time() - t0
    split = store.db.execute("SELECT count(*) FROM (SELECT statement FROM truth JOIN quotes USING(quote_id) "
                             "GROUP BY statement HAVING count(DISTINCT group_id) > 1)").fetchone()[0]
    mixed = store.db.execute("SELECT count(*) FROM (SELECT group_id FROM truth JOIN quotes USING(quote_id) "
                             "GROUP BY group_id HAVING count(DISTINCT statement) > 1)").fetchone()[0]
    statements = store.db.execute("SELECT count(DISTINCT statement) FROM truth").fetchone()[0]
    store.close()
    Path(copy).unlink()
    out.put({"regroup_s": seconds, "peak_mb": _peak_mb(), "groups": n_groups, "statements": statements,
             "split": split, "mixed": mixed})


def _in_child(fn, *args) -> dict:
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=fn, args=(*args, q))
    p.start()
    p.join()
    if p.exitcode:
        raise SystemExit(f"{fn.__name__} failed in its process (exit {p.exitcode})")
    return q.get()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--store", default=None, help="where the synthetic store is kept (default work/bench/grouping-N.db)")
    ap.add_argument("--no-regroup", action="store_true")
    args = ap.parse_args()
    path = Path(args.store or f"work/bench/grouping-{args.records}.db")
    if not path.exists():
        print(f"building {path} ({args.records:,} records)", file=sys.stderr)
        build(path, args.records)
    for k, undated in ((0, False), (1, False), (2, False), (3, True)):
        r = _in_child(_add_article, str(path), k, undated)
        print(f"add a 20-quote {'undated ' if undated else ''}article: {r['add_s']:.2f} s beyond {r['load_s']:.1f} s "
              f"of model loading; peak RSS {r['peak_mb']:.0f} MB; {r['joined']} of its quotes joined stored statements",
              flush=True)
    if not args.no_regroup:
        r = _in_child(_regroup, str(path))
        print(f"full regroup of {args.records:,} records: {r['regroup_s']:.0f} s, peak RSS {r['peak_mb']:.0f} MB; "
              f"{r['groups']:,} groups for {r['statements']:,} statements; {r['split']:,} statements split, "
              f"{r['mixed']:,} groups mixing statements", flush=True)


if __name__ == "__main__":
    main()
