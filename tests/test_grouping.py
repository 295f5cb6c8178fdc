"""Grouping the same statement across articles."""
import math
import pytest

from quotes.grouping import group, speaker_keys

from helpers import record

MOVE_A = "Over the last days we have seen a significant movement of Russian military forces into Belarus"
MOVE_B = "The last few days we have seen significant movements of the Russian Army in Belarus"


def test_surname_and_full_name_share_a_key():
    keys = speaker_keys(["Stoltenberg", "Jens Stoltenberg", "NATO Secretary General Jens Stoltenberg",
                         "Mr Stoltenberg"])
    assert set(keys.values()) == {"jens stoltenberg"}


def test_ambiguous_surname_stays_apart():
    keys = speaker_keys(["Joe Biden", "Jill Biden", "Biden"])
    assert keys["Joe Biden"] != keys["Jill Biden"]
    assert keys["Biden"] == "biden"


def test_exact_copies_merge_across_case_punctuation_and_marks():
    recs = [record("a", "We must be ready for the worst.", "Jens Stoltenberg"),
            record("b", "we must be ready  for the worst", "Stoltenberg"),
            record("c", "We must be ready for the worst", "Jens Stoltenberg", start=40)]
    g = group(recs)
    assert g[0] == g[1] == g[2]


def test_containment_merges():
    recs = [record("a", "NATO will not compromise on core principles, the right of every nation to choose", "Jens Stoltenberg"),
            record("b", "NATO will not compromise on core principles", "Stoltenberg")]
    g = group(recs)
    assert g[0] == g[1]


def test_paraphrase_of_same_speaker_merges():
    g = group([record("a", MOVE_A, "Jens Stoltenberg"), record("b", MOVE_B, "Stoltenberg")])
    assert g[0] == g[1]


def test_same_words_other_speaker_do_not_merge():
    g = group([record("a", MOVE_A, "Jens Stoltenberg"), record("b", MOVE_A, "Antony Blinken")])
    assert g[0] != g[1]


def test_different_statements_do_not_merge():
    g = group([record("a", "Russia must withdraw its troops from the border with Ukraine now", "Jens Stoltenberg"),
               record("b", "We remain ready to engage in meaningful dialogue with Russia", "Jens Stoltenberg")])
    assert g[0] != g[1]


def test_no_speaker_only_exact_copies():
    g = group([record("a", MOVE_A, None), record("b", MOVE_A + ".", None), record("c", MOVE_B, None)])
    assert g[0] == g[1] != g[2]


def test_group_id_is_a_member_quote_id():
    recs = [record("a", MOVE_A, "Jens Stoltenberg"), record("b", MOVE_B, "Stoltenberg")]
    g = group(recs)
    assert g[0] == min(r.quote_id for r in recs)


FIGURES_A = ("The military deployment included an expected 30,000 combat troops, Spetsnaz special operation forces, "
             "fighter jets including SU-35, Iskander dual-capable missiles, and S-400 air defense systems")
FIGURES_B = ("Russian troop numbers in Belarus are likely to climb to 30,000, with the backing of special forces, "
             "advanced fighter jets, Iskander short-range ballistic missiles and S-400 ground-to-air missile defence "
             "systems")


def test_shared_figures_merge_differently_worded_reports():
    g = group([record("a", FIGURES_A, "Jens Stoltenberg"), record("b", FIGURES_B, "Stoltenberg")])
    assert g[0] == g[1]


def test_other_statement_sharing_a_figure_stays_apart():
    other = "Russia has 30,000 troops and 400 tanks near the border, but talks will go on"
    g = group([record("a", FIGURES_A, "Jens Stoltenberg"), record("b", FIGURES_B, "Stoltenberg"),
               record("c", other, "Stoltenberg")])
    assert g[2] != g[0]


def test_spelling_variants_share_stems():
    from quotes.grouping import content_stems
    assert content_stems("defence forces organised") == content_stems("defense force organized")


def _dated(doc, text, name, day):
    from quotes.records import Article
    return record(doc, text, name).model_copy(update={"article": Article(date=day)})


def test_reports_far_apart_never_share_a_group():
    from quotes.grouping import default_model
    far = default_model().window + 1
    recs = [_dated("a", MOVE_A, "Jens Stoltenberg", "2022-02-03"),
            _dated("b", MOVE_A, "Jens Stoltenberg", f"2022-02-{3 + far:02d}")]
    g = group(recs)
    assert g[0] != g[1]
    assert group(recs, window=far)[0] == group(recs, window=far)[1]


def test_a_chain_of_reports_stops_at_the_window():
    """A links B and B links C, but A and C lie further apart than the
    window: C stays out of A's group."""
    days = ["2022-02-01", "2022-02-08", "2022-02-15"]
    g = group([_dated(d, MOVE_A, "Jens Stoltenberg", day) for d, day in zip("abc", days)], window=7)
    assert g[0] == g[1] != g[2] or g[0] != g[1] == g[2]


def test_pair_model_fit_recovers_a_separating_rule():
    import numpy as np
    from quotes.grouping import fit_logistic
    rng = np.random.default_rng(0)
    x = rng.standard_normal((400, 2))
    y = (x[:, 0] - 0.5 * x[:, 1] > 0.2).astype(float)
    w, b = fit_logistic(x, y, l2=0.01)
    pred = (x @ w + b > 0).astype(float)
    assert (pred == y).mean() > 0.97 and w[0] > 0 > w[1]


def test_shipped_pair_model_matches_its_features():
    from quotes.grouping import FEATURES, default_model
    m = default_model()
    assert len(m.weights) == len(FEATURES) and 0 < m.threshold < 1 and m.window >= 1


def test_a_middle_initial_is_the_same_person():
    keys = speaker_keys(["Donald J. Trump", "Donald Trump", "Donald Trump", "Trump", "Mr. Trump"])
    assert len(set(keys.values())) == 1


def test_two_different_initials_are_two_people():
    keys = speaker_keys(["George W. Bush", "George H. W. Bush", "George Bush"])
    assert keys["George W. Bush"] != keys["George H. W. Bush"]


# One remark quoted in pieces. An article quotes a passage in two or three
# pieces with a few words of its own between; another outlet quotes one of
# them. The pieces are one group, and the other report joins it.
PIECE_1 = "We are deeply concerned about the build-up of Russian forces near the border"
PIECE_2 = "This build-up is not a sign of de-escalation, and Russia should pull its forces back"
PIECE_3 = "The tanks and troops near the border of Ukraine threaten European security"


def _pieces(doc, texts, gap):
    out, at = [], 0
    for text in texts:
        out.append(record(doc, text, "Jens Stoltenberg", start=at))
        at += len(text) + gap
    return out


def test_pieces_of_one_remark_in_one_article_are_one_group():
    from quotes.grouping import default_model
    assert default_model().remark_gap >= 60
    g = group(_pieces("a", [PIECE_1, PIECE_2], gap=60))
    assert g[0] == g[1]


def test_pieces_far_apart_in_one_article_stay_apart():
    from quotes.grouping import default_model
    g = group(_pieces("a", [PIECE_1, PIECE_2], gap=default_model().remark_gap + 1))
    assert g[0] != g[1]


def test_quotes_of_one_article_on_other_subjects_stay_apart():
    g = group(_pieces("a", [PIECE_1, "Our budget for next year rises by four percent, the ministers agreed"], gap=20))
    assert g[0] != g[1]


def test_another_outlets_report_of_one_piece_joins_the_remark():
    recs = _pieces("a", [PIECE_1, PIECE_2], gap=60) + [record("b", PIECE_2, "Stoltenberg", start=500)]
    g = group(recs)
    assert g[0] == g[1] == g[2]


def test_adjacent_pieces_do_not_chain_past_a_passage():
    """Five quotes on one subject, each a few words after the last: the
    links of neighbours would chain the whole article; a remark spans at
    most PASSAGE characters of it."""
    from quotes.grouping import PASSAGE
    texts = [PIECE_1, PIECE_2, PIECE_3, "Russian forces along the Ukrainian border keep growing every week",
             "We call on Russia to withdraw the troops it has massed near Ukraine",
             "Any Russian attack on Ukraine across that border would carry a high price",
             "Moscow has moved more tanks and soldiers towards the Ukrainian frontier"]
    recs = _pieces("a", texts, gap=40)
    assert recs[-1].end - recs[0].start > PASSAGE
    g = group(recs)
    assert len(set(g)) > 1
    for gid in set(g):
        members = [r for r, x in zip(recs, g) if x == gid]
        assert max(r.end for r in members) - min(r.start for r in members) <= PASSAGE


def test_common_run_counts_the_longest_shared_run_of_words():
    from quotes.grouping import common_run
    assert common_run("we will not compromise on core principles", "nato will not compromise on them") == 4
    assert common_run("a b c", "d e f") == 0
    assert common_run("a b c d e", "x a b c d e", cap=3) == 3
    assert common_run("a a b a b c", "b a b c a") == 4  # "b a b c": repeated words start runs at several places
    assert common_run("", "a b") == 0


def test_common_run_agrees_with_trying_every_pair_of_starts():
    import random
    from quotes.grouping import common_run

    def brute(ta, tb):
        return max((k for i in range(len(ta)) for j in range(len(tb))
                    for k in range(1, min(len(ta) - i, len(tb) - j) + 1) if ta[i:i + k] == tb[j:j + k]), default=0)

    rng = random.Random(5)
    for _ in range(500):
        ta = [rng.choice("abcd") for _ in range(rng.randrange(12))]
        tb = [rng.choice("abcd") for _ in range(rng.randrange(12))]
        assert common_run(" ".join(ta), " ".join(tb)) == brute(ta, tb)
        assert common_run(" ".join(ta), " ".join(tb), cap=3) == min(brute(ta, tb), 3)


def test_a_negated_report_and_an_affirmed_one_are_less_likely_one_statement():
    """ "She is not qualified" against "Of course she is qualified": the pair
    model reads a negation on one side only (negation_differs, lexicons/
    negations.txt or a word ending in n't) and rates the pair lower for it."""
    from quotes.grouping import FEATURES, default_model, negated, pair_features, quotes_of
    assert negated("she is not qualified") and negated("we don't know") and negated("never again")
    assert not negated("of course she is qualified") and not negated("notably she agreed")
    a, b = quotes_of([record("a", "She is not qualified to be president", "Bernie Sanders"),
                      record("b", "Of course she is qualified to be president", "Bernie Sanders")])
    model = default_model()
    cos = float(a.vec @ b.vec)
    x = pair_features(a, b, cos, model.window)
    k = FEATURES.index("negation_differs")
    assert x[k] == 1.0
    without = model.bias + sum(w * v for w, v in zip(model.weights, x[:k] + [0.0] + x[k + 1:]))
    assert model.probability(a, b, cos) < 1 / (1 + math.exp(-without))
