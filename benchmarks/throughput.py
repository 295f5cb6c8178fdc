"""Benchmark: words per second of (a) a plain stanza pipeline with the same
models and all five processors on the whole text, one call per document as
stanza's documentation shows, and (b) `quotes` extraction end to end as
`quotes extract` runs it, on the same corpus; prints both, their ratio and
peak memory. Also shown: (a2) the plain pipeline given all documents in one
bulk call, stanza's fastest use. (a) and (a2) run in a fresh process of their
own, with stanza's own code, and (b) in this one before anything else runs
in it: a process that has run another pipeline first runs (b) about 15%
slower. With --workers N it also
times (c) the same extraction in N processes and checks that its records
equal (b)'s, and (c1) a pool of one worker process: each worker runs one
thread, while (b) lets torch use every core, so (c)/(c1) is how the pool
scales and (c)/(b) what it adds to the default run. (b), (c) and (c1) are
timed with their models loaded; (c+) adds the pool's start. --check also checks
(b)'s records against a run that dependency-parses every sentence. --repeat K
times each run K times and reports the fastest (and every time): on a shared
machine timings vary by 10-25% from run to run.

    .venv/bin/python benchmarks/throughput.py ../shared/data/polnear/dev [--limit N] [--workers 2] [--check] [--repeat 3]
"""
from __future__ import annotations

import argparse
import multiprocessing
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def load(folder: Path, limit: int | None) -> list[tuple[str, str]]:
    files = sorted(folder.glob("*.txt"))[:limit]
    return [(f.stem, f.read_bytes().decode("utf-8")) for f in files]


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def fastest(fn, repeat: int):
    """fn's first output, its fastest time of `repeat` runs, and every run's time:
    on a shared machine the fastest run is the one least disturbed."""
    runs = [timed(fn) for _ in range(repeat)]
    times = [t for _, t in runs]
    return runs[0][0], min(times), times


def seconds(best: float, times: list[float]) -> str:
    return f"{best:.1f} s" if len(times) == 1 else f"{best:.1f} s, fastest of {' '.join(f'{t:.1f}' for t in times)}"


def plain_stanza(docs: list[tuple[str, str]], model: str, repeat: int) -> tuple:
    """Seconds of (a) and (a2), in a process of their own: stanza's own code
    (quotes/mst.py and quotes/fastpaths.py are not installed there), no
    other pipeline, nothing run before."""
    import stanza
    from stanza.models.common.doc import Document

    from quotes.parse import PROCESSORS, _pipeline_config, _vectors

    cfg = _pipeline_config(model)  # the tagger's word vectors as float32, as quotes loads them
    nlp = stanza.Pipeline(processors=",".join(PROCESSORS), download_method=None, use_gpu=False,
                          logging_level="ERROR", **cfg, **_vectors(cfg.get("pos_pretrain_path")))
    nlp("Warm up the pipeline once.")
    plain = fastest(lambda: [nlp(text) for _, text in docs], repeat)[1:]
    bulk = fastest(lambda: nlp.bulk_process([Document([], text=text) for _, text in docs]), repeat)[1:]
    return plain, bulk, peak_mb()


def peak_mb(_=None) -> float:
    """This process's peak resident memory (MB)."""
    time.sleep(0.05)  # as workers.start_pool: let a pool spread these calls over its processes
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--model", default=None)
    ap.add_argument("--workers", type=int, default=0, help="also time this many worker processes")
    ap.add_argument("--check", action="store_true", help="also compare with a run that parses every sentence")
    ap.add_argument("--repeat", type=int, default=1, help="time each run this many times and report the fastest")
    args = ap.parse_args()

    from quotes.parse import default_model, load_pipeline
    from quotes.prepare import DEFAULT_MAX_CHARS
    from quotes.workers import extract_ordered

    docs = load(args.corpus, args.limit)
    words = sum(len(t.split()) for _, t in docs)
    model = args.model or default_model()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as child:
        (plain, plain_runs), (bulk, bulk_runs), plain_peak = child.submit(plain_stanza, docs, model,
                                                                          args.repeat).result()

    load_pipeline(model)("Warm up ours too.")
    job = lambda d: (d[1], d[0], DEFAULT_MAX_CHARS)
    results, ours, our_runs = fastest(lambda: [r for _, r in extract_ordered(docs, job, 1, args.model)], args.repeat)
    records = [rs for rs, _ in results]

    peak = peak_mb()
    print(f"documents {len(docs)}  words {words}  quotes {sum(map(len, records))}")
    print(f"(a) plain stanza pipeline    {words / plain:8.0f} words/s  ({seconds(plain, plain_runs)}; one call per document)")
    print(f"(a2) plain stanza, bulk      {words / bulk:8.0f} words/s  ({seconds(bulk, bulk_runs)}; all documents in one call)")
    print(f"(b) quotes extract           {words / ours:8.0f} words/s  ({seconds(ours, our_runs)})")
    print(f"ratio (b)/(a)                {plain / ours:8.2f}")
    print(f"ratio (b)/(a2)               {bulk / ours:8.2f}")
    print(f"peak RSS                     {peak:8.0f} MB  ((a)'s process: {plain_peak:.0f} MB)")
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
            results, took, runs = fastest(lambda: [r for _, r in pooled(docs, job, n, args.model, pool=pool)],
                                          args.repeat)
            peak = max(pool.map(peak_mb, range(2 * n)))
        return results, took, runs, start, peak

    results, many, many_runs, start, peak = run(args.workers)
    same = [rs for rs, _ in results] == records
    _, single, single_runs, _, _ = run(1)
    print(f"(c) {args.workers} workers                  {words / many:8.0f} words/s  ({seconds(many, many_runs)}; "
          f"models loaded; same records: {same})")
    print(f"(c+) the same with its start   {words / (many + start):8.0f} words/s  ({many + start:.1f} s: "
          f"{start:.1f} s to start {args.workers} processes and load their models)")
    print(f"(c1) 1 worker process        {words / single:8.0f} words/s  ({seconds(single, single_runs)}; "
          f"single-threaded like each of (c)'s)")
    print(f"ratio (c)/(b)                {one / many:8.2f}")
    print(f"ratio (c)/(c1)               {single / many:8.2f}")
    print(f"peak RSS of one worker       {peak:8.0f} MB")


if __name__ == "__main__":
    main()
