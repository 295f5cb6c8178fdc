"""Grouping against hand labels (quotes/evaluate_groups.py)."""
import orjson
import pytest

from quotes.evaluate_groups import LabelError, content_kind, evaluate_groups, pair_scores, read_labels
from quotes.grouping import FEATURES


def test_content_kind_reads_the_marks_of_a_polnear_content():
    assert content_kind("“We have come a long way,”") == "direct"
    assert content_kind("''becoming ISIS' best recruiter.''") == "direct"
    assert content_kind("that he was “not ready” to support him") == "mixed"
    assert content_kind("that he cannot currently support Donald Trump") == "indirect"
    assert content_kind("that the country's troops won't leave") == "indirect"  # an apostrophe is no mark


def test_pair_scores_count_pairs_across_articles_only():
    labels = [{"doc": "train/a", "group": "g1"}, {"doc": "train/a", "group": "g1"},
              {"doc": "train/b", "group": "g1"}, {"doc": "train/c", "group": "g2"}]
    # predicted: a's two quotes and c together, b apart
    s = pair_scores(labels, ["x", "x", "y", "x"])["train"]
    assert (s["tp"], s["fp"], s["fn"]) == (0, 2, 2)


def test_a_broken_label_line_names_file_and_line(tmp_path):
    path = tmp_path / "labels.jsonl"
    path.write_text('{"doc": "train/a", "start": 0, "end": 5, "speaker": "X", "group": "g"}\n{"doc": "train/a"}\n')
    with pytest.raises(LabelError, match=r"labels.jsonl:2: not a grouping label"):
        read_labels(path)


def _corpus(tmp_path):
    """Two articles a day apart: one quotes a remark in two pieces, the
    other one of the pieces; a third quote is another statement."""
    a = ('Smith said: "Work on the new bridge starts in April, and the town will pay for it." Then he added: '
         '"The bridge across the river will carry trains as well as cars."')
    b = ('Smith told reporters: "The bridge across the river will carry trains as well as cars." '
         'He also said: "My favourite food is soup with plenty of bread."')
    root = tmp_path / "corpus"
    (root / "train").mkdir(parents=True)
    (root / "train" / "nyt_2016-05-01_bridge.txt").write_text(a)
    (root / "train" / "politico_2016-05-02_bridge.txt").write_text(b)
    labels = []
    for doc, text, quotes, groups in (("train/nyt_2016-05-01_bridge", a, a.split('"')[1::2], ["g1", "g1"]),
                                      ("train/politico_2016-05-02_bridge", b, b.split('"')[1::2], ["g1", "g2"])):
        for q, g in zip(quotes, groups):
            start = text.index(q) - 1
            labels.append({"doc": doc, "start": start, "end": start + len(q) + 2, "speaker": "John Smith", "group": g})
    path = tmp_path / "labels.jsonl"
    path.write_bytes(b"\n".join(orjson.dumps(x) for x in labels))
    return path, root


def test_evaluate_groups_scores_a_labelled_corpus(tmp_path):
    path, root = _corpus(tmp_path)
    r = evaluate_groups(path, root)
    assert r["occurrences"] == 4 and r["pairs"]["train"] == {"positive": 2, "same_speaker_negative": 2}
    s = r["scores"]["train"]
    # the remark's second piece is copied word for word; its first piece joins through the remark rule
    assert (s["tp"], s["fp"], s["fn"]) == (2, 0, 0)
    other = r["train_cv_other"]  # what fixing the seed-judged limits costs, and what the remark rule gains
    assert other["no remark rule"]["remark_gap"] == -1 and other["limits free"]["f1"] >= r["train_cv"]["f1"]


def test_fit_keeps_the_seed_judged_limits_and_the_strictest_threshold_within_noise(monkeypatch):
    """Cross-validation picks only the threshold: the article link and the
    remark rule stay those judged on the seeds, whatever scores better with
    others; of thresholds within CV_NOISE of the best F1, the highest."""
    import quotes.evaluate_groups as eg
    gap, cos = eg.REMARK_SETTING
    cv = {(0.3, eg.ARTICLE_LINK, gap, cos): {"f1": 0.760}, (0.4, eg.ARTICLE_LINK, gap, cos): {"f1": 0.752},
          (0.5, eg.ARTICLE_LINK, gap, cos): {"f1": 0.700}, (0.2, 0.5, gap, cos): {"f1": 0.900},
          (0.6, eg.ARTICLE_LINK, 700, 0.5): {"f1": 0.950}}
    monkeypatch.setattr(eg, "cross_validate", lambda *a: cv)
    monkeypatch.setattr(eg, "candidates", lambda *a: [])
    monkeypatch.setattr(eg, "_fit", lambda *a: ([0.0] * len(FEATURES), 0.0))
    model, _ = eg.fit_model([], [], 10, 5)
    assert (model.threshold, model.article_link, model.remark_gap, model.remark_cos) == (0.4, eg.ARTICLE_LINK, gap, cos)
