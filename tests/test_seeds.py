"""Full records for each sample article, reviewed by eye and frozen as snapshots."""
from pathlib import Path

import pytest

from quotes.dedupe import assign_groups
from quotes.extract import extract_text

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")  # no newline translation: offsets index the file


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_seed_records(path, snapshot):
    text = read(path)
    recs = extract_text(text, path.stem)
    assert recs, "every seed article quotes someone"
    for r in recs:
        assert text[r.start:r.end] == r.text
        assert all(r.start <= p.start < p.end <= r.end for p in r.parts)
    assert [r.model_dump(mode="json") for r in recs] == snapshot


def test_seed_groups(snapshot):
    recs = [r for p in SEEDS for r in extract_text(read(p), p.stem)]
    grouped = assign_groups(recs)
    groups: dict[str, list[str]] = {}
    for r in grouped:
        groups.setdefault(r.group_id, []).append(f"{r.doc_id[:3]} {r.speaker.name}: {r.text[:70]}")
    assert sorted(v for v in groups.values() if len(v) > 1) == snapshot
