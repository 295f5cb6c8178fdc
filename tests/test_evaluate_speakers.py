"""Speaker scoring against hand labels, on a small article written here."""
import orjson

from quotes.evaluate_speakers import evaluate_speakers

TEXT = ("Senate Majority Leader Mitch McConnell spoke on Tuesday.\n\n"
        "“We will pass the bill this week,” McConnell said.\n\n"
        "“The votes are not there,” a Democratic aide said.\n")


def _span(sub: str, start: int = 0) -> list[int]:
    i = TEXT.index(sub, start)
    return [i, i + len(sub)]


def test_names_kinds_and_roles_are_scored(tmp_path):
    docs, labels = tmp_path / "docs", tmp_path / "labels"
    docs.mkdir()
    labels.mkdir()
    (docs / "a.txt").write_text(TEXT, encoding="utf-8")
    q1, s1, c1 = _span("We will pass the bill this week"), _span("McConnell", 60), _span("said")
    q2, s2, c2 = _span("The votes are not there"), _span("a Democratic aide"), _span("said", 100)
    ann = [f"T1\tContent {q1[0]} {q1[1]}\tx", f"T2\tSource {s1[0]} {s1[1]}\tx", f"T3\tCue {c1[0]} {c1[1]}\tsaid",
           "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
           f"T4\tContent {q2[0]} {q2[1]}\tx", f"T5\tSource {s2[0]} {s2[1]}\tx", f"T6\tCue {c2[0]} {c2[1]}\tsaid",
           "E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5"]
    (docs / "a.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")
    role = _span("Senate Majority Leader")
    lines = [{"source": s1, "name": "Mitch McConnell", "kind": "person", "roles": [role],
              "roles_norm": ["Senate Majority Leader"], "entity": "e1"},
             {"source": s2, "name": None, "kind": "person", "roles": [], "roles_norm": [], "entity": "e2"}]
    (labels / "a.jsonl").write_bytes(b"\n".join(orjson.dumps(x) for x in lines) + b"\n")
    r = evaluate_speakers(docs, labels, say=lambda _: None)
    assert (r["named_sources"], r["other_sources"]) == (1, 1)
    assert r["name_accuracy"] == 1.0  # "Mitch McConnell" resolved from "McConnell"
    assert r["other_accuracy"] == 1.0  # the aide has no name
    assert r["role_precision"] == 1.0 and r["role_recall"] == 1.0
    assert r["names_per_person"] == 1.0


def test_a_group_is_the_same_group_in_any_order():
    from quotes.evaluate_speakers import _same_name
    assert _same_name("Jim Bennett and Sandra Paradis", "Sandra Paradis and Jim Bennett")
    assert _same_name("The Pentagon", "Pentagon")
    assert not _same_name("Jim Bennett and Sandra Paradis", "Jim Bennett")
    assert not _same_name("Jim Bennett", "Sandra Paradis")


def _article(docs, labels, stem: str, full: str) -> None:
    """ "<full> spoke.\n\n“We will win,” Trump said." with its brat lines and labels."""
    text = f"{full} spoke on Tuesday.\n\n“We will win,” Trump said.\n"
    q, s = text.index("We will win"), text.index("Trump said")
    c = s + len("Trump ")
    (docs / f"{stem}.txt").write_text(text, encoding="utf-8")
    (docs / f"{stem}.ann").write_text(
        f"T1\tContent {q} {q + 11}\tx\nT2\tSource {s} {s + 5}\tx\nT3\tCue {c} {c + 4}\tsaid\n"
        "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n", encoding="utf-8")
    (labels / f"{stem}.jsonl").write_bytes(orjson.dumps(
        {"source": [s, s + 5], "name": full, "kind": "person", "roles": [], "roles_norm": [], "entity": "e1"}) + b"\n")


def test_one_person_named_two_ways_across_articles_is_one_speaker_key(tmp_path):
    """ "Donald J. Trump" in one article, "Donald Trump" in another: two
    label names, one person by the labels' persons.json, one speaker key."""
    docs, labels = tmp_path / "docs", tmp_path / "labels"
    docs.mkdir()
    labels.mkdir()
    _article(docs, labels, "a", "Donald J. Trump")
    _article(docs, labels, "b", "Donald Trump")
    r = evaluate_speakers(docs, labels, say=lambda _: None)
    assert r["name_accuracy"] == 1.0
    assert (r["named_persons"], r["named_persons_with_one_key"]) == (2, 2)
    (labels / "persons.json").write_bytes(orjson.dumps({"Donald J. Trump": "Donald Trump"}))
    r = evaluate_speakers(docs, labels, say=lambda _: None)
    assert (r["named_persons"], r["named_persons_with_one_key"], r["keys_per_named_person"]) == (1, 1, 1.0)
