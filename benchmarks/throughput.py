"""Benchmark: words per second of (a) a plain stanza pipeline with the same
models and all five processors on the whole text, and (b) `quotes` extraction
end to end, on the same corpus; prints both, their ratio and peak memory.
With --workers N it also times (c) the same extraction in N processes and
checks that its records equal (b)'s.

    .venv/bin/python benchmarks/throughput.py ../shared/data/polnear/dev [--limit N] [--workers 2]
"""
from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path


def load(folder: Path, limit: int | None) -> list[tuple[str, str]]:
    files = sorted(folder.glob("*.txt"))[:limit]
    return [(f.stem, f.read_bytes().decode("utf-8")) for f in files]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--model", default=None)
    ap.add_argument("--workers", type=int, default=0, help="also time this many worker processes")
    args = ap.parse_args()

    import stanza

    from quotes.extract import extract_text
    from quotes.parse import PROCESSORS, _pipeline_config, default_model, load_pipeline

    docs = load(args.corpus, args.limit)
    words = sum(len(t.split()) for _, t in docs)
    model = args.model or default_model()
    nlp = stanza.Pipeline(processors=",".join(PROCESSORS), download_method=None, use_gpu=False,
                          logging_level="ERROR", **_pipeline_config(model))
    nlp("Warm up the pipeline once.")
    load_pipeline(model)("Warm up ours too.")

    t0 = time.perf_counter()
    for _, text in docs:
        nlp(text)
    plain = time.perf_counter() - t0

    t0 = time.perf_counter()
    records = [extract_text(text, doc_id, args.model) for doc_id, text in docs]
    ours = time.perf_counter() - t0

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents {len(docs)}  words {words}  quotes {sum(map(len, records))}")
    print(f"(a) plain stanza pipeline   {words / plain:8.0f} words/s  ({plain:.1f} s)")
    print(f"(b) quotes extract          {words / ours:8.0f} words/s  ({ours:.1f} s)")
    print(f"ratio (b)/(a)               {plain / ours:8.2f}")
    print(f"peak RSS                    {peak:8.0f} MB")
    if args.workers > 1:
        workers(docs, words, ours, records, args)


def workers(docs, words, one, records, args) -> None:
    """(c): the same documents through `quotes extract --workers N`'s process pool."""
    from quotes.workers import extract_ordered

    t0 = time.perf_counter()
    results = [r for _, r in extract_ordered(docs, lambda d: (d[1], d[0], 200_000), args.workers, args.model)]
    many = time.perf_counter() - t0
    same = [rs for rs, _ in results] == records
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"(c) {args.workers} workers                 {words / many:8.0f} words/s  ({many:.1f} s, "
          f"including model loading; same records: {same})")
    print(f"ratio (c)/(b)               {one / many:8.2f}")
    print(f"peak RSS of one worker      {peak:8.0f} MB")


if __name__ == "__main__":
    main()
