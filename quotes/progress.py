"""Progress line for long runs: documents, words/s and ETA on a terminal, silent otherwise."""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Iterable, Iterator

from quotes.inputs import expand


def input_size(paths: list[str]) -> tuple[int, int]:
    """(documents, bytes) the inputs hold, from a directory listing; stdin counts
    as one document of unknown size."""
    docs = size = 0
    for item in expand(paths):
        if isinstance(item, str):
            docs += 1
            size += Path(item).stat().st_size if item != "-" else 0
    return docs, size


def _clock(seconds: float) -> str:
    m, s = divmod(int(seconds), 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def progress(results: Iterable, paths: list[str], stream=None) -> Iterator:
    """Pass (doc, result) pairs through; on a terminal, keep one status line on
    stderr with documents done, words/s and the time left (by bytes read)."""
    stream = stream or sys.stderr
    if not stream.isatty():
        yield from results
        return
    total_docs, total_bytes = input_size(paths)
    t0, n, words, done_bytes = time.time(), 0, 0, 0
    for doc, result in results:
        n += 1
        text = getattr(doc, "text", "")
        words += len(text.split())
        done_bytes += len(text.encode("utf-8", errors="replace"))
        elapsed = max(time.time() - t0, 1e-6)
        eta = ""
        if total_bytes and done_bytes < total_bytes:
            eta = f", {_clock(elapsed * (total_bytes - done_bytes) / max(done_bytes, 1))} left"
        print(f"\rquotes: {n}/{total_docs} documents, {words:,} words, {words / elapsed:,.0f} words/s{eta}   ",
              end="", file=stream, flush=True)
        yield doc, result
    print(file=stream)
