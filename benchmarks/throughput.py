"""Benchmark: words per second of (a) a plain stanza pipeline with the same
models and all five processors on the whole text, and (b) `quotes` extraction
end to end, on the same corpus; prints both, their ratio and peak memory.

    .venv/bin/python benchmarks/throughput.py ../shared/data/polnear/dev [--limit N] [--model compact]
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
    n_quotes = sum(len(extract_text(text, doc_id, args.model)) for doc_id, text in docs)
    ours = time.perf_counter() - t0

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents {len(docs)}  words {words}  quotes {n_quotes}")
    print(f"(a) plain stanza pipeline   {words / plain:8.0f} words/s  ({plain:.1f} s)")
    print(f"(b) quotes extract          {words / ours:8.0f} words/s  ({ours:.1f} s)")
    print(f"ratio (b)/(a)               {plain / ours:8.2f}")
    print(f"peak RSS                    {peak:8.0f} MB")


if __name__ == "__main__":
    main()
