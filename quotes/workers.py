"""Parallel extraction: N processes, each with its own pipeline, results in input order."""
from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
Job = tuple[str, str, int]  # text, doc_id, max_chars
_MODEL: str | None = None


def _init(model: str | None) -> None:
    import torch

    global _MODEL
    _MODEL = model
    torch.set_num_threads(1)  # N processes share the cores; threads would oversubscribe them
    from quotes.parse import load_pipeline
    load_pipeline(model)


def _work(job: Job):
    from quotes.extract import extract_document
    text, doc_id, max_chars = job
    return extract_document(text, doc_id, _MODEL, max_chars)


def extract_ordered(items: Iterable[T], job_of: Callable[[T], Job | None], workers: int,
                    model: str | None) -> Iterator[tuple[T, object]]:
    """(item, (records, warnings)) for each item whose job_of gives a job, and
    (item, None) for the others, in input order. With workers > 1 the jobs run
    in that many processes, at most 2 * workers documents in flight."""
    if workers <= 1:
        from quotes.extract import extract_document
        for item in items:
            job = job_of(item)
            yield item, (extract_document(job[0], job[1], model, job[2]) if job else None)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(model,)) as pool:
        pending: deque[tuple[T, Future | None]] = deque()
        for item in items:
            job = job_of(item)
            pending.append((item, pool.submit(_work, job) if job else None))
            while len(pending) > 2 * workers or (pending and pending[0][1] is None):
                first, fut = pending.popleft()
                yield first, fut.result() if fut else None
        while pending:
            first, fut = pending.popleft()
            yield first, fut.result() if fut else None
