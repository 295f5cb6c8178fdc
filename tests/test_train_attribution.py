"""`quotes models train-attribution` on a small brat folder written here:
it trains, cross-validates, calibrates and writes a model the extractor
loads; bad input is one clear error."""
import orjson
import pytest

from quotes.choice import Chooser
from quotes.cli import EXIT_OK, EXIT_SETUP, main

from helpers import brat_ann

ARTICLES = [
    ('Stoltenberg said Russia must withdraw its troops.\n\n"We are ready for talks," he added.\n',
     [("Russia must withdraw its troops", "said", "Stoltenberg"), ('"We are ready for talks,"', "added", "he")]),
    ('The minister warned that sanctions would follow.\n\nAnalysts believe the talks will fail.\n',
     [("sanctions would follow", "warned", "The minister")]),
    ('"Prices will fall," the bank said on Monday.\n\nIt also said wages would rise.\n',
     [('"Prices will fall,"', "said", "the bank"), ("wages would rise", "said", "It")]),
    ('Merkel urged Moscow to lower the tension.\n\n"This is serious," she said.\n',
     [("Moscow to lower the tension", "urged", "Merkel"), ('"This is serious,"', "said", "she")]),
]


def _write(folder, k, text, rows):
    (folder / f"a{k}.txt").write_text(text, encoding="utf-8")
    (folder / f"a{k}.ann").write_text(brat_ann(text, rows), encoding="utf-8")


@pytest.fixture
def folder(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for k, (text, rows) in enumerate(ARTICLES):
        _write(gold, k, text, rows)
    return gold


def test_trains_a_model_the_extractor_loads_with_its_card(folder, tmp_path):
    out = tmp_path / "model.json"
    assert main(["models", "train-attribution", "--data", str(folder), "--out", str(out), "--folds", "2"]) == EXIT_OK
    spec = orjson.loads(out.read_bytes())
    card = spec["card"]
    assert card["articles"] == 4 and card["gold"] == 7 and card["folds"] == 2
    assert card["rules_only"]["precision"] is not None and card["cross_validated"]["reliability"]
    assert set(spec["thresholds"]) == {"quoted", "indirect"}
    chooser = Chooser.load(out)
    assert chooser.columns == spec["columns"]


def test_too_few_articles_for_the_folds_is_one_clear_error(folder, tmp_path, capsys):
    out = tmp_path / "model.json"
    assert main(["models", "train-attribution", "--data", str(folder), "--out", str(out), "--folds", "5"]) == EXIT_SETUP
    err = capsys.readouterr().err
    assert "too few articles" in err and not out.exists()


def test_the_threshold_pair_with_the_most_recall_at_the_precision_floor_is_taken():
    """Lower thresholds keep more readings: more recall, less precision.
    Quoted readings here are the more precise, so the pair with the most
    recall at precision 0.8 keeps more of them and fewer indirect ones."""
    from quotes.train_attribution import QUOTED_GRID, _best_pair_reaching
    def figures(q, i):  # precision falls and recall rises as either threshold falls
        recall = (1 - q) * 0.6 + (1 - i) * 0.4
        return {"precision": 0.999 - 0.1 * (1 - q) - 0.5 * (1 - i), "recall": recall, "direct_recall": 1 - q,
                "indirect_recall": 1 - i, "speech_verb_recall": recall}
    sweep = []
    q, i = _best_pair_reaching(0.8, figures, sweep)
    assert q == min(QUOTED_GRID) and figures(q, i)["precision"] >= 0.8 > figures(q, round(i - 0.005, 3))["precision"]
    assert {s["quoted"] for s in sweep} == set(QUOTED_GRID)  # every pair tried is in the card's sweep


@pytest.mark.parametrize("gain, kept", [(0.001, True), (0.004, False)])
def test_the_replaced_models_quoted_threshold_stays_unless_clearly_beaten(gain, kept):
    """A flat target recall across quoted thresholds: 0.35 beats the kept
    0.4 by `gain`; within PAIR_MARGIN 0.4 stays, beyond it 0.35 wins."""
    from quotes.train_attribution import PAIR_MARGIN, _best_pair_reaching
    assert 0.001 < PAIR_MARGIN < 0.004
    def figures(q, i):
        recall = 0.8 + (gain if q == 0.35 else 0.0)
        return {"precision": 0.9 if i >= 0.5 else 0.5, "recall": recall, "direct_recall": recall,
                "indirect_recall": 0.3, "speech_verb_recall": recall}
    q, i = _best_pair_reaching(0.8, figures, [], keep_quoted=0.4)
    assert (q, i) == ((0.4 if kept else 0.35), 0.5)


def test_keep_quoted_without_a_precision_floor_is_one_clear_error(folder, tmp_path, capsys):
    out = tmp_path / "model.json"
    assert main(["models", "train-attribution", "--data", str(folder), "--out", str(out),
                 "--keep-quoted", "0.4"]) == EXIT_SETUP
    assert "--keep-quoted 0.4: needs --min-precision" in capsys.readouterr().err and not out.exists()


def test_the_lowest_threshold_reaching_a_precision_is_taken():
    from quotes.train_attribution import TrainingDataError, _lowest_reaching
    precision = lambda t: {"precision": min(1.0, 0.5 + t)}  # rises with the threshold
    assert _lowest_reaching(0.8, precision) == 0.3
    assert _lowest_reaching(0.788, precision) == 0.29  # between two steps of 0.025: the finer step
    assert _lowest_reaching(0.0, lambda t: {"precision": None}) == 0.05  # nothing kept counts as no precision
    with pytest.raises(TrainingDataError, match="reaches precision 0.99"):
        _lowest_reaching(0.99, lambda t: {"precision": 0.9})


def test_min_precision_is_reached_by_the_chosen_indirect_threshold(folder, tmp_path):
    out = tmp_path / "model.json"
    assert main(["models", "train-attribution", "--data", str(folder), "--out", str(out), "--folds", "2",
                 "--min-precision", "0.5"]) == EXIT_OK
    spec = orjson.loads(out.read_bytes())
    chosen = [s for s in spec["card"]["threshold_sweep"] if s["indirect"] == spec["thresholds"]["indirect"]]
    assert chosen[-1]["precision"] >= 0.5 and "reaches 0.5" in spec["card"]["threshold_by"]
