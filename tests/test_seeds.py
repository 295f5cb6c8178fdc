"""The sample articles: offsets hold everywhere, the attributions a careful
reader checked hold, and the full records of the seeds whose every record
reads right to a careful reader are snapshots (ACCEPTED)."""
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from quotes.grouping import assign_groups
from quotes.extract import extract_text
from quotes.inputs import read_documents

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")  # no newline translation: offsets index the file


@cache
def articles() -> dict:
    """Each seed's article metadata (seeds/articles.jsonl gives outlets and dates)."""
    return {d.doc_id: d.article for d in read_documents([str(SEEDS[0].parent)])}


@cache
def records(stem: str):
    path = next(p for p in SEEDS if p.stem.startswith(stem))
    article = articles()[path.stem]
    return [r.model_copy(update={"article": article}) for r in extract_text(read(path), path.stem)]


def find(stem: str, start: str):
    hits = [r for r in records(stem) if r.text.startswith(start)]
    assert len(hits) == 1, [r.text[:40] for r in records(stem)]
    return hits[0]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_every_seed_offsets_hold(path):
    text = read(path)
    recs = records(path.stem[:3])
    assert recs, "every seed article quotes someone"
    for r in recs:
        assert text[r.start:r.end] == r.text
        assert all(r.start <= p.start < p.end <= r.end for p in r.parts)
        assert 0 <= r.confidence <= 1


@pytest.mark.parametrize("start", ["We remain ready", "But NATO will not compromise", "We are committed",
                                   "We have to be prepared", "Over the last days", "This is a powerful signal"])
def test_seed_001_stoltenberg_quotes(start):
    r = find("001", start)
    assert r.type == "direct"
    assert r.speaker.name == "Jens Stoltenberg" and r.speaker.kind == "person"
    assert "NATO Secretary General" in r.speaker.roles


def test_seed_001_other_speakers():
    r = find("001", "As a NATO ally")
    assert r.speaker.name == "Dimitar Kovacevski" and r.speaker.mention == "he"
    assert "North Macedonia’s Prime Minister" in r.speaker.roles
    r = next(r for r in records("001") if r.cue and r.cue.text == "announced")
    assert r.type == "indirect" and r.speaker.mention == "The Pentagon" and r.speaker.kind == "organization"
    assert r.text.startswith("1,000 US troops will be moved")


def test_seed_000_description_resolves_to_stoltenberg():
    r = find("000", "NATO insists on its request")
    assert r.speaker.mention == "the former Norwegian prime minister"
    assert r.speaker.name == "Jens Stoltenberg"
    assert "former Norwegian prime minister" in r.speaker.roles


def test_seed_groups_tie_the_belarus_statement_across_outlets():
    recs = assign_groups([r for p in SEEDS for r in records(p.stem[:3])])
    belarus = [r for r in recs if "significant movement" in r.text and r.type == "direct"]
    assert {r.doc_id[:3] for r in belarus} >= {"000", "001", "003"}
    assert len({r.group_id for r in belarus}) == 1


def test_seed_groups_snapshot(snapshot):
    """The statements reported more than once across the seeds, as grouped
    with their articles' dates (seeds/articles.jsonl), checked by eye. A
    group is one remark: articles quote a briefing's passage in pieces.
    2022-02-03 briefing: the Belarus deployment passage (significant
    movement into Belarus, 30,000 troops, "a wide range of modern military
    capabilities ... combined with Russia's annual nuclear forces exercise")
    in 000, 001 and 003, with 001's headline ("biggest since Cold War"),
    000's headline and lead ("reduce tension after the new military
    deployment", "lower the tension", "warning of the new Russian military
    deployment"), 001's second headline ("significant movement") and the
    "continued military buildup" remark (001, 003); the de-escalation call with "ready for dialogue" and
    "will not compromise on core principles" (000, 001: consecutive
    sentences of the statement); 001's "committed to a political solution
    ... prepared for the worst"; the Pentagon's troop movements in two
    wordings; Kovacevski's two sentences; the US claims 001 reports in
    pieces (Moscow's denial is now one record: "it is preparing to invade"
    is missed); 001's headline "NATO urges de-escalation" with its
    repeat. 2022-02-16 (002): the force build-up passage, the "high price"
    passage (no longer joined to the 2022-02-03 warning), the battle-group
    passage, "new normality" and "willingness to use force", the talks
    passage. 2021-11-28 (004): the headline with its lead, the Riga
    solidarity passage. Nothing of 002 or 004 joins the 2022-02-03
    statements. Doubtful: 000's lead ("lower the tension") sits with the
    Belarus passage, where a finer reader would put it with the
    de-escalation call; both are one briefing."""
    groups = defaultdict(list)
    for r in assign_groups([r for p in SEEDS for r in records(p.stem[:3])]):
        groups[r.group_id].append(f"{r.doc_id[:3]} {r.start}-{r.end} {r.type} {r.speaker.name}: {r.text[:70]}")
    assert sorted(g for g in groups.values() if len(g) > 1) == snapshot


@pytest.mark.parametrize("name", ["Stoltenberg", "Jens Stoltenberg", "jens stoltenberg",
                                  "NATO Secretary General Jens Stoltenberg", "the NATO chief"])
def test_seed_store_finds_all_of_stoltenbergs_quotes_by_any_name(tmp_path, name):
    from quotes.store import Store
    store = Store(tmp_path / "seeds.db")
    try:
        for p in SEEDS:
            store.put_document(p.stem, str(p), records(p.stem[:3]))
        store.regroup()
        his = {(r.doc_id, r.start) for p in SEEDS for r in records(p.stem[:3])
               if r.speaker.name and r.speaker.name.endswith("Stoltenberg")}
        assert len({d for d, _ in his}) == 5  # he speaks in every seed
        hits = {(h.doc_id, h.start) for h in store.search(speaker=name, limit=1000)}
        assert hits == his
    finally:
        store.close()


# Seeds whose full records were read against the article and accepted: all five (re-read
# 2026-11-30 with version 0.10.0's parser and choice, and again with the choice refitted for
# 0.13.0: the same records but two, confidences within 0.08). Known wrong, and flagged by a low
# confidence: 003's "the risk of a Russian attack" (US officials describing it, not Ukraine’s
# defence minister: 0.28). Half right: 000's "of the new Russian military deployment in
# Belarus, ..." (what Stoltenberg warned of, its "of" kept). Missed: 000's "it will not negotiate
# security principles" (NATO) and 001's "it is preparing to invade" (Moscow): the rules find
# both, the choice drops them. Gained with 0.10.0: 001's headline "stresses ‘significant
# movement’ ...", "Russia" in 000's headline request, and the sidebar's Russian-language quote is
# gone. Gained with 0.13.0's choice: 001's "The military deployment included an expected 30,000
# combat troops, ..., Stoltenberg detailed" (grouped with 003's report of the same briefing);
# gone: 004's "A darker mood than ever." (a link title in the page's sidebar, which 0.10.0-0.12.0
# gave Stoltenberg as the previous speaker at 0.09).
ACCEPTED = ("000", "001", "002", "003", "004")


@pytest.mark.parametrize("stem", ACCEPTED)
def test_seed_records_snapshot(stem, snapshot):
    assert [r.model_dump() for r in records(stem)] == snapshot


def _partition(recs) -> set[frozenset]:
    groups = defaultdict(set)
    for r in recs:
        groups[r.group_id].add(r.quote_id)
    return {frozenset(g) for g in groups.values()}


@pytest.mark.parametrize("order", ["forward", "reverse", "shuffled"])
def test_adding_seeds_one_at_a_time_gives_the_groups_of_a_regroup(tmp_path, order):
    """The store groups each article as it comes in, comparing it with
    candidates only; in any order that gives what a regroup from scratch
    and grouping all records at once give."""
    import random

    from quotes.store import Store
    paths = list(SEEDS) if order == "forward" else SEEDS[::-1] if order == "reverse" else \
        random.Random(7).sample(SEEDS, len(SEEDS))
    store = Store(tmp_path / "seeds.db")
    try:
        for p in paths:
            store.put_document(p.stem, str(p), records(p.stem[:3]))
        added = _partition(store.records())
        assert len(added) < sum(len(records(p.stem[:3])) for p in SEEDS)  # some statements were grouped
        store.regroup()
        assert _partition(store.records()) == added
        assert _partition(assign_groups([r for p in SEEDS for r in records(p.stem[:3])])) == added
    finally:
        store.close()
