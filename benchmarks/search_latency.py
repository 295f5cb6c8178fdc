"""Benchmark: search latency of `quotes serve` over a store of 1,000,000 records.

The store is synthetic but shaped like a news archive: ~20,000 speakers
quoted with a Zipf (s=1) skew (the most quoted speaks ~10% of all quotes), statements
reported by 1 to 5 outlets, articles of ~20 quotes over two years from 40
outlets, quote text from a 30,000-word vocabulary with Zipf word
frequencies, article text around each quote. It is built with plain SQL
inserts on the store's own schema (Store(path) on the empty file first;
vec stays NULL: no embeddings) and cached, so reruns only measure.

Then the real server runs in a subprocess and CLIENTS threads query it for
SECONDS each, in three phases: the API's speaker search (names drawn with
the same skew: people search the much-quoted more), its full-text search (one
or two words from a stored quote, none of the 100 commonest), and the
HTML page of a speaker search. Prints count, requests/s and p50/p95/p99/max.

    .venv/bin/python benchmarks/search_latency.py [--records N] [--store PATH] [--seconds S]
                                                   [--clients C] [--rebuild] [--no-read-indexes]
"""
from __future__ import annotations

import argparse
import hashlib
import http.client
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import date
from itertools import accumulate
from pathlib import Path
from urllib.parse import urlencode

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from quotes.grouping import normalise  # noqa: E402
from quotes.store import INDEXES, Store, _aliases  # noqa: E402

SPEAKERS = 20_000
OUTLETS = 40
VOCAB = 30_000
DAYS = 730
FIRST_DAY = date(2023, 1, 1).toordinal()
REPORTS = (1, 2, 3, 4, 5)
REPORT_WEIGHTS = (45, 25, 15, 10, 5)  # reports per statement: 2.05 on average


# -- the synthetic store ----------------------------------------------------------------

def _words(rng: random.Random, n: int, syllables: list[str], lo: int, hi: int) -> list[str]:
    """n distinct made-up words of lo..hi syllables."""
    out, seen = [], set()
    while len(out) < n:
        w = "".join(rng.choice(syllables) for _ in range(rng.randint(lo, hi)))
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


def _zipf(n: int, s: float) -> list[float]:
    return list(accumulate(1 / (k + 1) ** s for k in range(n)))


def build(path: Path, n_records: int, seed: int = 16) -> None:
    """Write the synthetic store at `path` (replacing any)."""
    t0 = time.perf_counter()
    final, path = path, path.with_name(path.name + ".building")  # renamed when complete: no half-built cache
    for p in (final, path):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{p}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    Store(path).close()  # the store's own schema, triggers and indexes
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-400000")
    # bulk load: indexes and the FTS triggers go, and come back from Store(path); the FTS rows are added at the end
    for name in [line.split()[5] for line in INDEXES.strip().splitlines()]:
        db.execute(f"DROP INDEX IF EXISTS {name}")
    db.execute("DROP TRIGGER quotes_ai")
    db.execute("DROP TRIGGER quotes_ad")

    rng = random.Random(seed)
    syl = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
    vocab = _words(rng, VOCAB, syl, 1, 4)
    vocab_cum = _zipf(VOCAB, 1.1)
    firsts = [w.capitalize() for w in _words(rng, 800, syl, 2, 3)]
    surnames = [w.capitalize() for w in _words(rng, 12_000, syl, 2, 4)]  # fewer than speakers: some share one
    offices = ["minister", "secretary general", "spokesperson", "president", "chief executive", "governor",
               "ambassador", "senator", "mayor", "chancellor", "commander", "director", "chair", "envoy"]
    places = [w.capitalize() for w in _words(rng, 60, syl, 2, 3)]
    roles = [f"{p} {o}" for p in places for o in offices]
    speakers = []
    for k in range(SPEAKERS):
        name = f"{rng.choice(firsts)} {rng.choice(surnames)}"
        speakers.append((name, rng.sample(roles, rng.choice((1, 1, 2)))))
    speaker_cum = _zipf(SPEAKERS, 1.0)
    outlets = [f"{w} {rng.choice(['Times', 'Post', 'News', 'Herald', 'Agency', 'Daily'])}"
               for w in (w.capitalize() for w in _words(rng, OUTLETS, syl, 2, 3))]
    outlet_cum = _zipf(OUTLETS, 0.8)

    # statements, then their reports sorted by day and cut into articles of 10-30 quotes
    reports = []  # (day, statement)
    statements = []  # (speaker index, words, type)
    while len(reports) < n_records:
        sid = len(statements)
        statements.append((rng.choices(range(SPEAKERS), cum_weights=speaker_cum)[0],
                           rng.choices(vocab, cum_weights=vocab_cum, k=rng.randint(8, 30)),
                           rng.choice(("direct", "direct", "indirect", "mixed"))))
        day = FIRST_DAY + rng.randrange(DAYS)
        for _ in range(rng.choices(REPORTS, REPORT_WEIGHTS)[0]):
            reports.append((min(FIRST_DAY + DAYS - 1, day + rng.choice((0, 0, 1, 2))), sid))
    # by day, shuffled within it: the reports of one statement go to different articles
    reports = sorted(reports[:n_records], key=lambda r: (r[0], rng.random()))
    say(f"{len(statements):,} statements, {len(reports):,} reports generated ({time.perf_counter() - t0:.0f} s)")

    names: Counter = Counter()
    alias_rows: set = set()
    group_of: dict[int, str] = {}
    k = doc_no = 0
    while k < len(reports):
        size = rng.randint(10, 30)
        chunk = reports[k:k + size]
        k += size
        doc_no += 1
        doc_id = f"doc{doc_no:06d}"
        day_iso = date.fromordinal(chunk[0][0]).isoformat()
        outlet = outlets[rng.choices(range(OUTLETS), cum_weights=outlet_cum)[0]]
        title = " ".join(rng.choices(vocab, cum_weights=vocab_cum, k=7)).capitalize()
        url = f"https://news.example/{doc_id}"
        text, rows = f"{title}\n\n", []
        for _, sid in chunk:
            spk, words, kind = statements[sid]
            name, sroles = speakers[spk]
            if rng.random() < 0.25 and len(words) > 8:  # outlets trim quotes
                words = words[:len(words) - rng.randint(1, 3)]
            qtext = " ".join(words).capitalize()
            mention = rng.choice((name, name.split()[-1], f"the {sroles[0]}"))
            text += " ".join(rng.choices(vocab, cum_weights=vocab_cum, k=rng.randint(5, 15))).capitalize() + ". "
            m_start = len(text)
            text += mention
            m_end = len(text)
            if kind == "indirect":
                text += " said that "
                start = len(text)
                text += qtext
                end = len(text)
                text += ".\n\n"
            else:
                text += " said: \u201c"
                start = len(text)
                text += qtext + "."
                end = len(text)
                text += "\u201d\n\n"
            cue = {"text": "said", "lemma": "say", "start": m_end + 1, "end": m_end + 5}
            qid = hashlib.blake2b(f"{doc_id}\0{start}\0{end}".encode(), digest_size=8).hexdigest()
            gid = group_of.setdefault(sid, qid)
            record = {"quote_id": qid, "doc_id": doc_id, "type": kind, "text": text[start:end], "start": start,
                      "end": end, "cue": cue, "parts": [{"start": start, "end": end}],
                      "speaker": {"name": name, "mention": mention, "start": m_start, "end": m_end, "kind": "person",
                                  "roles": sroles},
                      "group_id": gid, "confidence": 0.9,
                      "article": {"title": title, "outlet": outlet, "url": url, "date": day_iso}}
            key = normalise(name)
            rows.append((qid, doc_id, gid, key, name, " | ".join(sroles), text[start:end], orjson.dumps(record),
                         chunk[0][0]))
            names[name] += 1
            alias_rows.update((a, key) for a in _aliases(key, name, mention))
        db.execute("BEGIN")
        db.execute("INSERT INTO documents(doc_id, source, doc_date, n_quotes, extracted_at, outlet, title, url, text)"
                   " VALUES (?,?,?,?,?,?,?,?,?)", (doc_id, f"{doc_id}.txt", day_iso, len(rows), "2026-11-29", outlet,
                                                   title, url, text))
        db.executemany("INSERT INTO quotes(quote_id, doc_id, group_id, speaker_key, speaker_name, roles, text, record,"
                       " day) VALUES (?,?,?,?,?,?,?,?,?)", rows)
        db.execute("COMMIT")
        if doc_no % 10_000 == 0:
            say(f"{doc_no:,} articles, {k:,} quotes ({time.perf_counter() - t0:.0f} s)")
    db.execute("BEGIN")
    db.executemany("INSERT INTO names VALUES (?,?,?,?)",
                   [(n, normalise(n).split()[-1], c, normalise(n)) for n, c in names.items()])
    db.executemany("INSERT OR IGNORE INTO aliases VALUES (?,?)", sorted(alias_rows))
    db.execute("COMMIT")
    say(f"rows written ({time.perf_counter() - t0:.0f} s); full-text index")
    # what the store's insert trigger does, for all rows at once ('rebuild' cannot: the FTS column
    # "speaker" is the content table's speaker_name)
    db.execute("BEGIN")
    db.execute("INSERT INTO quotes_fts(rowid, text, speaker, roles) SELECT rowid, text, speaker_name, roles FROM quotes")
    db.execute("COMMIT")
    db.close()
    Store(path).close()  # triggers and the store's indexes again
    os.replace(path, final)
    say(f"built {final} ({os.path.getsize(final) / 1e9:.2f} GB, {time.perf_counter() - t0:.0f} s)")


# -- the load -----------------------------------------------------------------------------

def queries(path: Path, rng: random.Random) -> dict[str, list[str]]:
    """Request paths for each phase, drawn from the store itself."""
    db = sqlite3.connect(path)
    names = db.execute("SELECT name, n FROM names ORDER BY n DESC").fetchall()
    top = db.execute("SELECT max(rowid) FROM quotes").fetchone()[0]
    sample = [t for (t,) in db.execute(
        f"SELECT text FROM quotes WHERE rowid IN ({','.join(str(rng.randint(1, top)) for _ in range(5000))})")]
    db.close()
    freq = Counter(w for t in sample for w in normalise(t).split())
    common = {w for w, _ in freq.most_common(100)}
    picked = rng.choices([n for n, _ in names], weights=[c for _, c in names], k=5000)
    speaker = [rng.choice((n, n.split()[-1])) for n in picked]
    words = []
    for t in rng.choices(sample, k=5000):
        rare = [w for w in normalise(t).split() if w not in common] or normalise(t).split()
        words.append(" ".join(rng.sample(rare, min(len(rare), rng.choice((1, 2))))))
    return {"speaker search (API)": [f"/api/search?{urlencode({'speaker': s})}" for s in speaker],
            "full-text search (API)": [f"/api/search?{urlencode({'q': w})}" for w in words],
            "speaker search (HTML page)": [f"/?{urlencode({'speaker': s})}" for s in speaker]}


def load(port: int, paths: list[str], clients: int, seconds: float) -> tuple[list[float], Counter]:
    """`clients` threads, each with its own connection, asking paths in turn until time is up."""
    latencies: list[float] = []
    statuses: Counter = Counter()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(k: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine, codes, i = [], Counter(), k
        while time.monotonic() < deadline:
            path = paths[i % len(paths)]
            i += clients
            t = time.perf_counter()
            conn.request("GET", path)
            resp = conn.getresponse()
            resp.read()
            mine.append(time.perf_counter() - t)
            codes[resp.status] += 1
        conn.close()
        with lock:
            latencies.extend(mine)
            statuses.update(codes)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, statuses


def server_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used: from /proc, so Linux only."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1] if len(values) > 1 else values[0]


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--store", type=Path, help="default work/bench/search_<N>.db (kept for reruns)")
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--rebuild", action="store_true", help="build the store again even if it exists")
    args = ap.parse_args()
    path = args.store or ROOT / "work" / "bench" / f"search_{args.records}.db"
    if args.rebuild or not path.exists():
        build(path, args.records)
    t = time.perf_counter()
    Store(path).close()  # the store's indexes; a store cached by an older version is brought up to its schema
    say(f"store schema and indexes current ({time.perf_counter() - t:.0f} s)")
    phases = queries(path, random.Random(29))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "quotes.cli", "serve", "--db", str(path), "--port", str(port)],
                              cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start")
                time.sleep(0.2)
        load(port, phases["speaker search (API)"][:50], args.clients, 3)  # warm the page cache a little
        print(f"{path.name}: {args.records:,} records; {args.clients} clients, {args.seconds:g} s a phase")
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"{'phase':<28} {'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>7}"
              f" {'cpu ms':>7}  status")
        for name, paths in phases.items():
            cpu = server_cpu(server.pid)
            lat, codes = load(port, paths, args.clients, args.seconds)
            cpu = (server_cpu(server.pid) - cpu) * 1000 / len(lat)  # the server's CPU time per request
            ms = [x * 1000 for x in lat]
            print(f"{name:<28} {len(ms):>8,} {len(ms) / args.seconds:>7.1f} {pct(ms, 50):>7.1f} {pct(ms, 95):>7.1f}"
                  f" {pct(ms, 99):>7.1f} {max(ms):>7.1f} {cpu:>7.1f}  {dict(codes)}", flush=True)
        print(f"load average after: {os.getloadavg()[0]:.1f}")
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
