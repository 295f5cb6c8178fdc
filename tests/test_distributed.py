"""quotes.distributed on a real local Dask cluster gives the records of a single-process run."""
from pathlib import Path

import orjson
import pytest

pytest.importorskip("distributed")
from dask.distributed import Client, LocalCluster  # noqa: E402

from quotes.dedupe import assign_groups  # noqa: E402
from quotes.distributed import extract_corpus  # noqa: E402
from quotes.extract import extract_document  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


def single_process(texts: dict[str, str]) -> list[dict]:
    records = [r for doc_id, text in texts.items() for r in extract_document(text, doc_id)[0]]
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
    lines = [orjson.dumps({"doc_id": k, "text": v}) for k, v in texts.items()]
    corpus.write_bytes(b"\n".join([lines[0], b'{"text": "no id"}', lines[1]]) + b"\n")
    paths = extract_corpus(corpus, tmp_path / "out", npartitions=2)
    assert read_parts(paths) == single_process(texts)
    messages = (tmp_path / "out" / "messages.txt").read_text()
    assert "corpus.jsonl" in messages and "not an article object" in messages
