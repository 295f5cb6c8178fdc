"""`quotes eval` on a brat folder written here: scores, the parse cache and the error dump."""
from __future__ import annotations

import orjson

from quotes.cli import EXIT_SETUP, main
from quotes.evaluate import evaluate

from helpers import brat_ann

TEXT = ('Stoltenberg said Russia must withdraw its troops.\n\n'
        '"We are ready for talks," he added.\n\n'
        'Analysts believe the talks will fail.\n')


def _folder(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.ann").write_text(brat_ann(TEXT, [
        ("Russia must withdraw its troops", "said", "Stoltenberg"),
        ('"We are ready for talks,"', "added", "he"),
        ("the talks will fail", "believe", "Analysts"),
    ]), encoding="utf-8")
    return folder


def test_eval_scores_caches_parses_and_lists_errors(tmp_path):
    folder = _folder(tmp_path)
    cache, errors = tmp_path / "cache", tmp_path / "work" / "errors.jsonl"  # its folder is made
    first = evaluate(folder, say=lambda _: None, cache=cache, errors=errors)
    assert (first["predicted"], first["gold"]) == (2, 3)
    assert first["precision"] == 1.0
    assert first["recall"] == round(2 / 3, 4)
    assert first["direct_recall"] == 1.0 and first["direct_gold"] == 1
    assert first["speech_verb_recall"] == 1.0 and first["speech_verb_gold"] == 2  # "believe" is no speech verb
    assert first["speaker_accuracy"] == 1.0
    assert [p.name for p in cache.iterdir()] == ["a.pkl"]
    missed = [orjson.loads(line) for line in errors.read_bytes().splitlines()]
    assert [(e["kind"], e["text"], e["cue"]) for e in missed] == [("fn", "the talks will fail", "believe")]

    again = evaluate(folder, say=lambda _: None, cache=cache)
    uncached = evaluate(folder, say=lambda _: None)
    drop = lambda r: {k: v for k, v in r.items() if k != "seconds"}
    assert drop(again) == drop(first) == drop(uncached)


def test_eval_cache_is_not_reused_for_a_changed_text(tmp_path):
    folder = _folder(tmp_path)
    cache = tmp_path / "cache"
    evaluate(folder, say=lambda _: None, cache=cache)
    changed = TEXT.replace("Stoltenberg said", "Stoltenberg, the NATO chief, said")
    (folder / "a.txt").write_text(changed, encoding="utf-8")
    (folder / "a.ann").write_text(brat_ann(changed, [("Russia must withdraw its troops", "said", "Stoltenberg")]),
                                  encoding="utf-8")
    report = evaluate(folder, say=lambda _: None, cache=cache)
    assert report["gold"] == 1 and report["recall"] == 1.0  # a stale parse would misplace every offset


def test_eval_names_an_errors_file_it_cannot_write(tmp_path, capsys):
    folder = _folder(tmp_path)
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert main(["eval", str(folder), "--errors", str(blocked / "errors.jsonl")]) == EXIT_SETUP
    err = capsys.readouterr().err
    assert err == f"quotes: {blocked / 'errors.jsonl'}: cannot write the errors file (File exists)\n"


def test_eval_cache_key_follows_our_parsing_code(monkeypatch):
    from quotes import evaluate as ev
    before = ev._cache_key(TEXT, None)
    monkeypatch.setattr(ev, "PARSE_CODE", (*ev.PARSE_CODE[:-1], "marks.py"))
    ev._model_stamp.cache_clear()
    try:
        assert ev._cache_key(TEXT, None) != before  # other code, other parses: the stored ones are stale
    finally:
        monkeypatch.undo()
        ev._model_stamp.cache_clear()
    assert ev._cache_key(TEXT, None) == before


def test_mixed_gold_has_words_outside_its_quotation_marks():
    from quotes.evaluate import is_mixed
    assert is_mixed('called it a "new normality"')
    assert not is_mixed('"We are ready," "and we will talk."')  # a direct quote in two parts
    assert not is_mixed("Russia must withdraw its troops")  # no marks: indirect
    assert not is_mixed("''We need Chapter 9,''")


def _record(start, end, confidence, rules, speaker="Stoltenberg"):
    from quotes.records import QuoteRecord, Speaker
    return QuoteRecord(quote_id=f"q{start}", doc_id="a", type="indirect", text=TEXT[start:end], start=start,
                       end=end, cue=None, parts=[], speaker=Speaker(name=speaker, mention=speaker),
                       group_id="g", confidence=confidence, rules=rules)


def test_tally_scores_each_rule_and_confidence_against_correctness():
    """Three records: one right (span and speaker), one with the right span
    and a wrong speaker, one wrong span."""
    from quotes.evaluate import Tally, read_ann
    import pathlib
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        folder = _folder(pathlib.Path(d))
        golds = read_ann(folder / "a.ann")
    s1 = TEXT.index("Russia must")
    s3 = TEXT.index("the talks will")
    preds = [_record(s1, s1 + len("Russia must withdraw its troops"), 0.95, ["content:complement", "speaker:subject"]),
             _record(s3, s3 + len("the talks will fail"), 0.55, ["content:complement", "speaker:none"], "Nobody"),
             _record(0, len("Stoltenberg said"), 0.15, ["content:before-comma"])]
    tally = Tally()
    tally.add(TEXT, preds, golds)
    r = tally.report()
    assert r["precision"] == round(2 / 3, 4) and r["recall"] == round(2 / 3, 4)
    assert r["speaker_accuracy"] == 0.5
    assert r["rules"]["content:complement"] == {"predicted": 2, "precision": 1.0, "recall": round(2 / 3, 4),
                                                "speaker_accuracy": 0.5}
    assert r["rules"]["content:before-comma"]["precision"] == 0.0
    bins = {b["bin"]: (b["records"], b["right"]) for b in r["reliability"]}
    assert bins == {"0.9-1.0": (1, 1.0), "0.5-0.6": (1, 0.0), "0.1-0.2": (1, 0.0)}
    assert r["calibration_error"] == round((0.05 + 0.55 + 0.15) / 3, 4)


def test_eval_writes_the_runs_speaker_names(tmp_path, capsys):
    """`--names FILE`: the distinct speaker names of the run, to read them."""
    folder = _folder(tmp_path)
    text = TEXT.replace("Stoltenberg said", "Jens Stoltenberg said")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "a.ann").write_text(brat_ann(text, [("Russia must withdraw its troops", "said", "Stoltenberg")]),
                                  encoding="utf-8")
    names = tmp_path / "names.tsv"
    assert main(["eval", str(folder), "--names", str(names)]) == 0
    assert names.read_text(encoding="utf-8") == "2\tJens Stoltenberg\n"  # "he added" is his too
    assert "1 distinct speaker names written" in capsys.readouterr().err
