"""`--workers N`: N processes give the records of one, in input order."""
from pathlib import Path

from quotes.cli import main
from quotes.prepare import DEFAULT_MAX_CHARS
from quotes.workers import extract_ordered, pooled, start_pool

SEEDS = sorted(Path(__file__).parent.parent.joinpath("seeds").glob("*.txt"))


def test_two_workers_write_what_one_process_writes(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    paths = [str(p) for p in SEEDS]
    assert main(["extract", *paths, "--no-db", "-o", str(one), "--batch-words", "500"]) == 0
    assert main(["extract", *paths, "--no-db", "-o", str(two), "--batch-words", "500", "--workers", "2"]) == 0
    assert one.read_bytes() == two.read_bytes()  # same records, same order: one batch per article here
    assert one.read_bytes().count(b"\n") > 50


def test_a_started_pool_stays_open_for_the_next_run():
    docs = [(p.stem, p.read_text(encoding="utf-8")) for p in SEEDS[:3]]
    job = lambda d: (d[1], d[0], DEFAULT_MAX_CHARS)
    alone = [r for _, r in extract_ordered(docs, job, 1, None, batch_words=500)]
    with start_pool(2, None) as pool:
        first = [r for _, r in pooled(docs, job, 2, None, batch_words=500, pool=pool)]
        again = [r for _, r in pooled(docs[::-1], job, 2, None, batch_words=500, pool=pool)]
    assert first == alone and again == alone[::-1]
