"""Benchmark: words per second of (a) a plain stanza pipeline with the same
models and all five processors on the whole text, one call per document as
stanza's documentation shows, and (b) `quotes` extraction end to end as
`quotes extract` runs it, on the same corpus; prints both, their ratio and
peak memory. Also shown: (a2) the plain pipeline given all documents in one
bulk call, stanza's fastest use. (a) and (a2) run before `quotes` loads its
pipeline, so they use stanza's own tree decoder. With --workers N it also
times (c) the same extraction in N processes and checks that its records
equal (b)'s, and (c1) a pool of one worker process: each worker runs one
thread, while (b) lets torch use every core, so (c)/(c1) is how the pool
scales and (c)/(b) what it adds to the default run. (b), (c) and (c1) are
timed with their models loaded; (c+) adds the pool's start. --check also checks
(b)'s records against a run that dependency-parses every sentence.

    .venv/bin/python benchmarks/throughput.py ../shared/data/polnear/dev [--limit N] [--workers 2] [--check]
"""
from __future__ import annotations

import argparse
import multiprocessing
import resource
import time
from pathlib import Path


def load(folder: Path, limit: int | None) -> list[tuple[str, str]]:
    files = sorted(folder.glob("*.txt"))[:limit]
    return [(f.stem, f.read_bytes().decode("utf-8")) for f in files]


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--model", default=None)
    ap.add_argument("--workers", type=int, default=0, help="also time this many worker processes")
    ap.add_argument("--check", action="store_true", help="also compare with a run that parses every sentence")
    args = ap.parse_args()

    import stanza
    from stanza.models.common.doc import Document

    from quotes.parse import PROCESSORS, _pipeline_config, default_model, load_pipeline
    from quotes.prepare import DEFAULT_MAX_CHARS
    from quotes.workers import extract_ordered

    docs = load(args.corpus, args.limit)
    words = sum(len(t.split()) for _, t in docs)
    model = args.model or default_model()
    nlp = stanza.Pipeline(processors=",".join(PROCESSORS), download_method=None, use_gpu=False,
                          logging_level="ERROR", **_pipeline_config(model))
    nlp("Warm up the pipeline once.")
    _, plain = timed(lambda: [nlp(text) for _, text in docs])
    _, bulk = timed(lambda: nlp.bulk_process([Document([], text=text) for _, text in docs]))

    load_pipeline(model)("Warm up ours too.")  # from here on stanza decodes with quotes/mst.py
    job = lambda d: (d[1], d[0], DEFAULT_MAX_CHARS)
    results, ours = timed(lambda: [r for _, r in extract_ordered(docs, job, 1, args.model)])
    records = [rs for rs, _ in results]

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents {len(docs)}  words {words}  quotes {sum(map(len, records))}")
    print(f"(a) plain stanza pipeline    {words / plain:8.0f} words/s  ({plain:.1f} s, one call per document)")
    print(f"(a2) plain stanza, bulk      {words / bulk:8.0f} words/s  ({bulk:.1f} s, all documents in one call)")
    print(f"(b) quotes extract           {words / ours:8.0f} words/s  ({ours:.1f} s)")
    print(f"ratio (b)/(a)                {plain / ours:8.2f}")
    print(f"ratio (b)/(a2)               {bulk / ours:8.2f}")
    print(f"peak RSS                     {peak:8.0f} MB")
    if args.check:
        from quotes.extract import extract_documents
        full = [rs for rs, _ in extract_documents([(t, d) for d, t in docs], args.model, parse_all=True)]
        print(f"same records as parsing every sentence: {full == records}")
    if args.workers > 1:
        workers(docs, words, ours, records, args)


def workers(docs, words, one, records, args) -> None:
    """(c): the same documents through `quotes extract --workers N`'s process
    pool, and (c1) through a pool of one such (single-threaded) worker. Like
    (b), each is timed with its models loaded; the pool's start (processes
    and models) is timed apart, and (c+) adds it."""
    from quotes.prepare import DEFAULT_MAX_CHARS
    from quotes.workers import pooled, start_pool

    job = lambda d: (d[1], d[0], DEFAULT_MAX_CHARS)

    def run(n: int):  # fresh processes, as `quotes extract --workers N` starts them from a parent that parsed nothing
        pool, start = timed(lambda: start_pool(n, args.model, multiprocessing.get_context("spawn")))
        with pool:
            results, took = timed(lambda: [r for _, r in pooled(docs, job, n, args.model, pool=pool)])
        return results, took, start

    results, many, start = run(args.workers)
    same = [rs for rs, _ in results] == records
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    _, single, _ = run(1)
    print(f"(c) {args.workers} workers                  {words / many:8.0f} words/s  ({many:.1f} s, "
          f"models loaded; same records: {same})")
    print(f"(c+) the same with its start   {words / (many + start):8.0f} words/s  ({many + start:.1f} s: "
          f"{start:.1f} s to start {args.workers} processes and load their models)")
    print(f"(c1) 1 worker process        {words / single:8.0f} words/s  ({single:.1f} s, single-threaded "
          f"like each of (c)'s)")
    print(f"ratio (c)/(b)                {one / many:8.2f}")
    print(f"ratio (c)/(c1)               {single / many:8.2f}")
    print(f"peak RSS of one worker       {peak:8.0f} MB")


if __name__ == "__main__":
    main()
