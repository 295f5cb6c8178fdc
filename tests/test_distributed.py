"""quotes.distributed on a real local Dask cluster gives the records of a single-process run."""
from pathlib import Path

import orjson
import pytest

pytest.importorskip("distributed")
from dask.distributed import Client, LocalCluster  # noqa: E402

from quotes.grouping import assign_groups  # noqa: E402
from quotes.distributed import extract_corpus  # noqa: E402
from quotes.extract import extract_document  # noqa: E402
from quotes.inputs import read_documents  # noqa: E402
from quotes.records import Article  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


def single_process(texts: dict[str, str], articles: dict | None = None) -> list[dict]:
    """Records of one process, with each article's metadata (seeds/articles.jsonl's, unless given)."""
    articles = articles or {d.doc_id: d.article for d in read_documents([str(SEEDS)])}
    records = [r.model_copy(update={"article": articles[doc_id]})
               for doc_id, text in texts.items() for r in extract_document(text, doc_id)[0]]
    return [r.model_dump(mode="json") for r in assign_groups(records)]


def read_parts(paths) -> list[dict]:
    return [orjson.loads(line) for p in paths for line in p.read_bytes().splitlines()]


def test_folder_on_two_workers_equals_one_process(client, tmp_path):
    paths = extract_corpus(SEEDS, tmp_path / "out", npartitions=3)
    assert len(paths) == 3 and len(client.scheduler_info()["workers"]) == 2
    texts = {p.stem: p.read_bytes().decode("utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    assert read_parts(paths) == single_process(texts)


def test_jsonl_corpus_and_bad_lines(client, tmp_path):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))[:2]}
    corpus = tmp_path / "corpus.jsonl"
    lines = [orjson.dumps({"doc_id": k, "text": v, "date": "2022-02-03", "outlet": "Outlet " + k[:3]})
             for k, v in texts.items()]
    corpus.write_bytes(b"\n".join([lines[0], b'{"doc_id": "no text"}', lines[1]]) + b"\n")
    paths = extract_corpus(corpus, tmp_path / "out", npartitions=2)
    articles = {k: Article(date="2022-02-03", outlet="Outlet " + k[:3]) for k in texts}
    assert read_parts(paths) == single_process(texts, articles)
    messages = (tmp_path / "out" / "messages.txt").read_text()
    assert f"{corpus}:2: no \"text\" field" in messages


def test_grouping_runs_per_speaker_block_on_the_workers(client, tmp_path):
    """Partitions' records grouped in speaker buckets on two workers get the
    groups of one process grouping them all."""
    import sys
    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import record
    from quotes.distributed import regroup_partitions
    from quotes.records import dumps

    said = [("Jens Stoltenberg", "We have to be prepared for the worst."),
            ("Stoltenberg", "we have to be prepared for the worst"),
            ("Lloyd Austin", "This is a powerful signal of US commitment to NATO."),
            ("Austin", "This is a powerful signal of US commitment to NATO"),
            (None, "Talks will continue next week in Geneva."),
            (None, "Talks will continue next week in Geneva"),
            ("Jens Stoltenberg", "Russia must withdraw its troops from the border now.")]
    recs = [record(f"d{k}", text, name, start=10 * k).model_copy(update={"article": Article(date=f"2022-02-0{1 + k % 3}")})
            for k, (name, text) in enumerate(said)]
    paths = [tmp_path / "part-00000.jsonl", tmp_path / "part-00001.jsonl"]
    paths[0].write_bytes(b"".join(dumps(r) for r in recs[:4]))
    paths[1].write_bytes(b"".join(dumps(r) for r in recs[4:]))
    regroup_partitions(paths, buckets=3)
    assert read_parts(paths) == [r.model_dump(mode="json") for r in assign_groups(recs)]
    assert len({r["group_id"] for r in read_parts(paths)}) == 4
