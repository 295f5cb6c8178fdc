"""Extraction on a Dask cluster: one pipeline per worker process, partitioned
JSONL out, then deduplication over all partitions.

    python -m quotes.distributed CORPUS OUT_DIR [--scheduler tcp://host:8786] [--partitions N]

CORPUS is a folder of .txt articles or a JSONL file of {"doc_id", "text"}
objects (optional "date"); workers read it, so on a real cluster it must lie
on storage they all see. OUT_DIR gets part-00000.jsonl, ... (records in
input order, group ids assigned across the whole corpus) and messages.txt
(one line per input problem: unreadable inputs and the warnings that
`quotes extract` prints). Needs `pip install 'quotes[dask]'`.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from quotes.inputs import Document, InputError, read_documents
from quotes.prepare import DEFAULT_MAX_CHARS
from quotes.records import QuoteRecord, dumps


def _line_ranges(path: Path, parts: int) -> list[tuple[str, int, int, int]]:
    """(path, first byte, end byte, first line number) of about `parts`
    slices of a JSONL file, cut at line ends: the workers read their slice,
    and errors still name the file's own line numbers."""
    size = path.stat().st_size
    cuts, line_no = [(0, 1)], 1
    step = max(1, size // max(1, parts))
    with open(path, "rb") as fh:
        pos = 0
        for line in fh:
            pos += len(line)
            line_no += 1
            if pos >= cuts[-1][0] + step and pos < size:
                cuts.append((pos, line_no))
    ends = [c for c, _ in cuts[1:]] + [size]
    return [(str(path), start, end, first) for (start, first), end in zip(cuts, ends)]


def _slice_documents(item: tuple[str, int, int, int], warn) -> list[Document | InputError]:
    from quotes.inputs import json_lines, jsonl_documents
    path, start, end, first = item
    with open(path, "rb") as fh:
        fh.seek(start)
        lines = fh.read(end - start).splitlines()
    parsed = ((n + first - 1, obj, why) for n, obj, why in json_lines(lines))
    return list(jsonl_documents(parsed, path, Path(path).stem, warn))


def _extract_partition(items: list, model: str | None, max_chars: int, threads: int) -> tuple[list[str], list[str]]:
    """Run in a worker: (record lines, error lines) of a partition, its
    articles parsed in batches. The pipeline is loaded once per worker
    process and reused (load_pipeline caches it)."""
    import torch

    from quotes.workers import batches, extract_batch

    torch.set_num_threads(threads)
    lines, errors = [], []

    def documents():
        for item in items:
            docs = read_documents([item], warn=errors.append) if isinstance(item, str) else _slice_documents(item, errors.append)
            for doc in docs:
                if isinstance(doc, InputError):
                    errors.append(str(doc))
                else:
                    yield doc

    for batch in batches(documents(), lambda d: (d.text, d.doc_id, max_chars)):
        for (doc, _), (records, warnings) in zip(batch, extract_batch([job for _, job in batch], model)):
            errors.extend(f"{doc.source}: {w}" for w in warnings)
            lines.extend(dumps(r.model_copy(update={"article": doc.article})).decode() for r in records)
    return lines, errors


def _bag(corpus: Path, npartitions: int):
    import dask.bag as db

    from quotes.inputs import expand

    if corpus.is_dir():
        files = [f for f in expand([str(corpus)]) if isinstance(f, str)]
        if not files:
            raise ValueError(f"{corpus}: folder has no .txt, .html, .htm or .jsonl files")
        return db.from_sequence(files, npartitions=min(npartitions, len(files)))
    if corpus.is_file():
        return db.from_sequence(_line_ranges(corpus, npartitions), npartitions=npartitions)
    raise ValueError(f"{corpus}: no such file or folder")


def extract_corpus(corpus: str | Path, out_dir: str | Path, *, npartitions: int = 8, model: str | None = None,
                   max_chars: int = DEFAULT_MAX_CHARS, dedupe: bool = True, threads: int = 1) -> list[Path]:
    """Extract a corpus on the active Dask scheduler (a distributed Client
    if one is open) and write OUT_DIR/part-NNNNN.jsonl in input order;
    with `dedupe`, group ids are then assigned over all partitions. Returns
    the partition files."""
    import dask

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    parts = _bag(Path(corpus), npartitions).to_delayed()
    tasks = [dask.delayed(_extract_partition)(p, model, max_chars, threads) for p in parts]
    results = dask.compute(*tasks)
    paths, errors = [], []
    for k, (lines, errs) in enumerate(results):
        paths.append(_write(out / f"part-{k:05d}.jsonl", lines))
        errors.extend(errs)
    _write(out / "messages.txt", errors)
    if dedupe:
        regroup_partitions(paths)
    return paths


def regroup_partitions(paths: list[Path], buckets: int | None = None) -> None:
    """Assign group ids over the records of all partitions, rewriting each.
    Groups never cross speakers, so grouping runs per block of speakers on
    the workers: each partition sends each record's (speaker key, day, text)
    to its speaker's bucket, each bucket is grouped where it lies, and each
    partition takes its ids back. The client holds only the speaker names
    with their counts; no process holds every record."""
    import dask
    from collections import Counter

    from quotes.grouping import speaker_keys

    buckets = buckets or max(1, len(paths))
    counts = dask.compute(*[dask.delayed(_name_counts)(p) for p in paths])
    keys = speaker_keys(sum(counts, Counter()))
    sent = [dask.delayed(_to_buckets, nout=buckets)(p, k, keys, buckets) for k, p in enumerate(paths)]
    grouped = [dask.delayed(_group_bucket)([part[b] for part in sent], len(paths)) for b in range(buckets)]
    dask.compute(*[dask.delayed(_rewrite)(p, k, grouped) for k, p in enumerate(paths)])


def _records(path: Path) -> list[QuoteRecord]:
    return [QuoteRecord.model_validate_json(line) for line in path.read_bytes().splitlines()]


def _name_counts(path: Path):
    from collections import Counter
    return Counter(r.speaker.name for r in _records(path) if r.speaker.name)


def _bucket(key: str | None, text: str, buckets: int) -> int:
    """Stable across processes (Python's own hash of a str is not)."""
    import hashlib

    from quotes.grouping import normalise
    word = key if key is not None else normalise(text)  # no speaker: exact copies only
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "big") % buckets


def _to_buckets(path: Path, k: int, keys: dict[str, str], buckets: int) -> list[list]:
    """Partition k's records, each with its speaker key, sorted into buckets."""
    out: list[list] = [[] for _ in range(buckets)]
    for r in _records(path):
        key = keys[r.speaker.name] if r.speaker.name else None
        out[_bucket(key, r.text, buckets)].append((k, r, key))
    return out


def _group_bucket(parts: list[list], n_parts: int) -> list[dict[str, str]]:
    """For each partition, quote_id -> group_id of its records in this bucket."""
    from quotes.grouping import link, quotes_of
    entries = [e for part in parts for e in part]
    keys = {r.speaker.name: key for _, r, key in entries if r.speaker.name}
    gids = link(quotes_of([r for _, r, _ in entries], keys))
    out: list[dict[str, str]] = [{} for _ in range(n_parts)]
    for (k, r, _), gid in zip(entries, gids):
        out[k][r.quote_id] = gid
    return out


def _rewrite(path: Path, k: int, grouped: list[list[dict[str, str]]]) -> None:
    gids: dict[str, str] = {}
    for bucket in grouped:
        gids.update(bucket[k])
    _write(path, [dumps(r.model_copy(update={"group_id": gids[r.quote_id]})).decode() for r in _records(path)])


def _write(path: Path, lines: list[str]) -> Path:
    """Write lines atomically: a temporary file renamed into place."""
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line.rstrip("\n") + "\n")
    os.replace(tmp, path)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m quotes.distributed", description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="folder of .txt articles, or JSONL of {doc_id, text}")
    ap.add_argument("out_dir", help="folder for part-*.jsonl and messages.txt")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    ap.add_argument("--workers", type=int, default=os.cpu_count(), help="local cluster size (default: cores)")
    ap.add_argument("--partitions", type=int, default=None, help="partitions (default: 4 per worker)")
    ap.add_argument("--model", default=None, help="model set, as for `quotes extract`")
    ap.add_argument("--no-dedupe", dest="dedupe", action="store_false")
    args = ap.parse_args(argv)
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        print("quotes: dask is not installed; pip install 'quotes[dask]'", file=sys.stderr)
        return 2
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True))
    with client:
        n = args.partitions or 4 * max(1, len(client.scheduler_info()["workers"]))
        try:
            paths = extract_corpus(args.corpus, args.out_dir, npartitions=n, model=args.model, dedupe=args.dedupe)
        except ValueError as exc:
            print(f"quotes: {exc}", file=sys.stderr)
            return 2
    errors = (Path(args.out_dir) / "messages.txt").read_text().splitlines()
    print(f"quotes: {len(paths)} partitions in {args.out_dir}; {len(errors)} lines in messages.txt", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
