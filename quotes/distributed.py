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
from datetime import date
from pathlib import Path

import orjson

from quotes.inputs import Document, InputError, read_documents
from quotes.prepare import DEFAULT_MAX_CHARS
from quotes.records import QuoteRecord, dumps


def _jsonl_documents(lines: list[str], source: str) -> list[Document | InputError]:
    """Documents of JSONL lines; a bad line is an error naming its doc or line."""
    out: list[Document | InputError] = []
    for line in lines:
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
            out.append(Document(str(obj["doc_id"]), str(obj["text"]), source,
                                str(obj.get("date") or date.today().isoformat())))
        except (orjson.JSONDecodeError, KeyError, TypeError) as exc:
            out.append(InputError(f"{source} line {line[:40]!r}", f"not an article object ({exc})"))
    return out


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
            for doc in (read_documents([item], warn=errors.append) if isinstance(item, str) else [item]):
                if isinstance(doc, InputError):
                    errors.append(str(doc))
                else:
                    yield doc

    for batch in batches(documents(), lambda d: (d.text, d.doc_id, max_chars)):
        for (doc, _), (records, warnings) in zip(batch, extract_batch([job for _, job in batch], model)):
            errors.extend(f"{doc.source}: {w}" for w in warnings)
            lines.extend(dumps(r).decode() for r in records)
    return lines, errors


def _bag(corpus: Path, npartitions: int):
    import dask.bag as db

    if corpus.is_dir():
        files = sorted(str(f) for f in corpus.rglob("*.txt") if f.is_file())
        if not files:
            raise ValueError(f"{corpus}: folder has no .txt files")
        return db.from_sequence(files, npartitions=min(npartitions, len(files)))
    if corpus.is_file():
        lines = db.read_text(str(corpus), blocksize="8MiB", linedelimiter="\n")
        return lines.map_partitions(_jsonl_documents, str(corpus)).repartition(npartitions)
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


def regroup_partitions(paths: list[Path]) -> None:
    """Assign group ids over the records of all partitions, rewriting each."""
    from quotes.dedupe import assign_groups

    parts = [[QuoteRecord.model_validate_json(line) for line in p.read_bytes().splitlines()] for p in paths]
    grouped = iter(assign_groups([r for part in parts for r in part]))
    for p, part in zip(paths, parts):
        _write(p, [dumps(next(grouped)).decode() for _ in part])


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
