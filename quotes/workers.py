"""Extraction over a stream of documents: in batches (several articles per
stanza call), in N processes each with its own pipeline, results in input order."""
from __future__ import annotations

import itertools
import os
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
Job = tuple[str, str, int]  # text, doc_id, max_chars
# words of text per stanza call: bigger batches delay output; 12,000 runs as fast as 20,000 in one
# process and leaves a pool's workers less uneven work at the end of a run (measured 2026-11-24 on PolNeAR dev)
BATCH_WORDS = 12_000
_MODEL: str | None = None


def _init(model: str | None) -> None:
    import torch

    global _MODEL
    _MODEL = model
    torch.set_num_threads(1)  # N processes share the cores; threads would oversubscribe them
    from quotes.parse import load_pipeline
    load_pipeline(model)


def extract_batch(jobs: list[Job], model: str | None) -> list:
    """(records, warnings) of each job, the jobs parsed together."""
    from quotes.extract import extract_documents
    out = []
    for max_chars, group in itertools.groupby(jobs, key=lambda j: j[2]):
        out.extend(extract_documents([(text, doc_id) for text, doc_id, _ in group], model, max_chars))
    return out


def _work(jobs: list[Job]) -> list:
    return extract_batch(jobs, _MODEL)


def batches(items: Iterable[T], job_of: Callable[[T], Job | None],
            batch_words: int = BATCH_WORDS) -> Iterator[list[tuple[T, Job | None]]]:
    """Consecutive (item, job) runs holding about batch_words words of text
    (a longer article is a batch of its own)."""
    run: list[tuple[T, Job | None]] = []
    words = 0
    for item in items:
        job = job_of(item)
        run.append((item, job))
        words += len(job[0].split()) if job else 0
        if words >= batch_words:
            yield run
            run, words = [], 0
    if run:
        yield run


def _results(batch: list[tuple[T, Job | None]], done: list) -> Iterator[tuple[T, object]]:
    """The batch's items paired with their results; None for items without a job."""
    results = iter(done)
    for item, job in batch:
        yield item, next(results) if job else None


def extract_ordered(items: Iterable[T], job_of: Callable[[T], Job | None], workers: int,
                    model: str | None, batch_words: int = BATCH_WORDS) -> Iterator[tuple[T, object]]:
    """(item, (records, warnings)) for each item whose job_of gives a job, and
    (item, None) for the others, in input order. Items are read and parsed
    in batches of about batch_words words; with workers > 1 the batches run
    in that many processes, at most 2 * workers batches in flight."""
    if workers <= 1:
        for batch in batches(items, job_of, batch_words):
            yield from _results(batch, extract_batch([j for _, j in batch if j], model))
        return
    yield from pooled(items, job_of, workers, model, batch_words)


def start_pool(workers: int, model: str | None, context=None) -> ProcessPoolExecutor:
    """A pool of `workers` single-threaded processes, each with the models
    loaded (the benchmark times extraction apart from this start); `context`
    is a multiprocessing context (the benchmark spawns fresh processes: a
    worker forked from a parent that has run the parser runs about 10% slower)."""
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init, initargs=(model,))
    seen: set[int] = set()
    while len(seen) < workers:  # a worker process starts when a task finds none idle
        seen.update(f.result() for f in [pool.submit(_ready) for _ in range(workers)])
    return pool


def _ready() -> int:
    time.sleep(0.05)  # long enough that the other tasks of the round go to other processes
    return os.getpid()


def pooled(items: Iterable[T], job_of: Callable[[T], Job | None], workers: int,
           model: str | None, batch_words: int = BATCH_WORDS,
           pool: ProcessPoolExecutor | None = None) -> Iterator[tuple[T, object]]:
    """extract_ordered in a pool of `workers` single-threaded processes
    (also for one, which the benchmark times as the pool's baseline); a
    started `pool` is used and left open."""
    own = pool is None
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(model,)) if own else pool
    try:
        pending: deque[tuple[list, Future]] = deque()
        for batch in batches(items, job_of, batch_words):
            pending.append((batch, pool.submit(_work, [j for _, j in batch if j])))
            while len(pending) > 2 * workers:
                first, fut = pending.popleft()
                yield from _results(first, fut.result())
        while pending:
            first, fut = pending.popleft()
            yield from _results(first, fut.result())
    finally:
        if own:
            pool.shutdown(cancel_futures=True)
