"""The learned choice: feature encoding, calibration, and the shipped model
on proposals of parses written here."""
import math

import numpy as np

from quotes.choice import CATEGORICAL, NUMERIC, MODEL_PATH, Candidate, Chooser, calibrate, codes_of, encode, select
from quotes.records import Cue, QuoteRecord, Speaker
from quotes.conllu import parsed_from_conllu
from quotes.extract import extract_parsed, proposals

VERB = "Mood=Ind|Tense=Past|VerbForm=Fin"
# "“We are ready for talks,” Stoltenberg said."
DIRECT = f"""
1	“	“	PUNCT	``	_	4	punct	_	SpaceAfter=No
2	We	we	PRON	PRP	Case=Nom|Number=Plur|Person=1|PronType=Prs	4	nsubj	_	_
3	are	be	AUX	VBP	Mood=Ind|Tense=Pres|VerbForm=Fin	4	cop	_	_
4	ready	ready	ADJ	JJ	Degree=Pos	9	ccomp	_	_
5	for	for	ADP	IN	_	6	case	_	_
6	talks	talk	NOUN	NNS	Number=Plur	4	obl	_	SpaceAfter=No
7	,	,	PUNCT	,	_	4	punct	_	SpaceAfter=No
8	”	”	PUNCT	''	_	4	punct	_	_
9	Stoltenberg	Stoltenberg	PROPN	NNP	Number=Sing	10	nsubj	_	_
10	said	say	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
11	.	.	PUNCT	.	_	10	punct	_	_
"""


def test_encoding_codes_categories_and_leaves_unseen_ones_missing():
    columns = ["type", "words", "rule=speaker:subject"]
    codes = codes_of({"type": ["direct", "indirect", "mixed"]})
    x = encode([{"type": "mixed", "words": 7, "rule=speaker:subject": 1.0}, {"type": "other", "words": 3}],
               columns, codes)
    assert x[0].tolist() == [2.0, 7.0, 1.0]
    assert math.isnan(x[1, 0]) and x[1, 1:].tolist() == [3.0, 0.0]


def test_calibration_table_is_read_by_interpolation_and_clipped():
    table = {"x": [0.1, 0.5, 0.9], "y": [0.0, 0.4, 1.0]}
    assert np.allclose(calibrate(np.array([0.0, 0.3, 0.5, 0.95]), table), [0.0, 0.2, 0.4, 1.0])


def test_every_proposal_has_every_feature_the_model_reads():
    doc = parsed_from_conllu(DIRECT)
    cand, = proposals(doc, "t")
    assert set(CATEGORICAL) | set(NUMERIC) <= set(cand.features)
    assert cand.features["type"] == "direct" and cand.features["cue_after"] == 1.0
    assert cand.features["rule=speaker:beside-quote"] == 1.0


def test_shipped_model_is_json_with_its_card_and_reads_every_feature():
    chooser = Chooser.load(MODEL_PATH)
    assert set(CATEGORICAL) | set(NUMERIC) <= set(chooser.columns)
    card = chooser.spec["card"]
    assert card["articles"] >= 800 and card["folds"] == 5
    assert set(chooser.thresholds) == {"quoted", "indirect"}
    assert all(0.0 < t < 1.0 for t in chooser.thresholds.values())


# "“We are ready for talks.”" alone: no cue, no speaker
BARE = """
1	“	“	PUNCT	``	_	4	punct	_	SpaceAfter=No
2	We	we	PRON	PRP	Case=Nom|Number=Plur|Person=1|PronType=Prs	4	nsubj	_	_
3	are	be	AUX	VBP	Mood=Ind|Tense=Pres|VerbForm=Fin	4	cop	_	_
4	ready	ready	ADJ	JJ	Degree=Pos	0	root	_	_
5	for	for	ADP	IN	_	6	case	_	_
6	talks	talk	NOUN	NNS	Number=Plur	4	obl	_	SpaceAfter=No
7	.	.	PUNCT	.	_	4	punct	_	SpaceAfter=No
8	”	”	PUNCT	''	_	4	punct	_	_
"""


def test_a_quote_with_cue_and_named_speaker_is_surer_than_a_bare_one():
    r, = extract_parsed(parsed_from_conllu(DIRECT), "t")
    assert r.text == "We are ready for talks" and r.speaker.name == "Jens Stoltenberg"  # lexicons/known_people.txt
    assert r.rules == ["cue:verb", "content:quoted", "cue:after", "speaker:beside-quote"]
    bare = extract_parsed(parsed_from_conllu(BARE), "t", rules_only=True)
    assert [b.rules for b in bare] == [["content:quoted", "cue:none", "speaker:none"]]
    p = Chooser.load().probabilities([c.features for c in proposals(parsed_from_conllu(BARE), "t")])
    assert r.confidence >= 0.7 and p["record"][0] < 0.3


def _cand(proposal, start, end, kind="indirect", rules=(), speaker="A", cue=None, main=True):
    r = QuoteRecord(quote_id=f"{start}-{end}-{speaker}", doc_id="t", type=kind, text="x", start=start, end=end,
                    cue=cue, parts=[], speaker=Speaker(name=speaker, mention=speaker), group_id="g",
                    confidence=0.5, rules=list(rules))
    return Candidate(att=None, record=r, features={}, proposal=proposal, main=main)


def test_select_takes_each_proposals_best_reading_and_speaker_and_its_kinds_threshold():
    said = Cue(text="said", lemma="say", start=0, end=4)
    cands = [
        _cand(0, 10, 50, cue=said),  # the rules' reading
        _cand(0, 10, 30, rules=["alt:first-clause"], cue=said, main=False),  # a shorter one, rated higher
        _cand(0, 10, 30, rules=["alt:speaker"], speaker="B", cue=said, main=False),  # of the shorter: speaker B
        _cand(1, 60, 80, kind="direct"),  # a quote rated 0.45: kept at the quoted threshold 0.4
        _cand(2, 90, 99),  # an indirect one rated 0.45: dropped at 0.6
    ]
    span = np.array([0.5, 0.8, 0.8, 0.45, 0.45])
    record = np.array([0.4, 0.6, 0.7, 0.9, 0.9])
    out = select(cands, span, record, {"quoted": 0.4, "indirect": 0.6})
    assert [(r.start, r.end, r.speaker.name, r.confidence) for r in out] == [(10, 30, "B", 0.7), (60, 80, "A", 0.9)]


def test_select_drops_the_second_quote_a_joined_reading_takes_in():
    cands = [_cand(0, 0, 20, kind="direct"), _cand(0, 0, 60, kind="direct", rules=["alt:joined-next"], main=False),
             _cand(1, 40, 60, kind="direct")]
    out = select(cands, np.array([0.5, 0.9, 0.9]), np.array([0.8, 0.8, 0.8]), {"quoted": 0.4, "indirect": 0.6})
    assert [(r.start, r.end) for r in out] == [(0, 60)]


def test_an_unusable_attribution_model_is_one_clear_error(tmp_path, monkeypatch, capsys):
    from quotes.choice import default_chooser
    from quotes.cli import EXIT_SETUP, main
    bad = tmp_path / "model.json"
    bad.write_text("{not json")
    monkeypatch.setenv("QUOTES_ATTRIBUTION_MODEL", str(bad))
    default_chooser.cache_clear()
    try:
        assert main(["extract", "-", "--no-db"]) == EXIT_SETUP
    finally:
        default_chooser.cache_clear()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(bad) in err[0] and "not a usable attribution model" in err[0]


# "Stoltenberg said Russia is ready to talk on Monday."
CLAUSE = f"""
1	Stoltenberg	Stoltenberg	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	said	say	VERB	VBD	{VERB}	0	root	_	_
3	Russia	Russia	PROPN	NNP	Number=Sing	5	nsubj	_	_
4	is	be	AUX	VBZ	Mood=Ind|Tense=Pres|VerbForm=Fin	5	cop	_	_
5	ready	ready	ADJ	JJ	Degree=Pos	2	ccomp	_	_
6	to	to	PART	TO	_	7	mark	_	_
7	talk	talk	VERB	VB	VerbForm=Inf	5	xcomp	_	_
8	on	on	ADP	IN	_	9	case	_	_
9	Monday	Monday	PROPN	NNP	Number=Sing	2	obl	_	SpaceAfter=No
10	.	.	PUNCT	.	_	2	punct	_	_
"""


def test_shape_says_how_a_reported_span_sits_in_its_parse():
    from quotes.choice import _shape
    doc = parsed_from_conllu(CLAUSE)
    clause = _shape(doc, doc.words[2:7], 1)  # "Russia is ready to talk": the complement
    assert clause == {"root_deprel": "ccomp", "root_upos": "ADJ", "root_head": "cue", "roots": 1,
                      "root_under_cue": 1.0, "left_in_sentence": 3, "commas": 0}
    across = _shape(doc, doc.words[4:9], 1)  # "ready to talk on Monday": runs into the cue's adjunct
    assert across["roots"] == 2 and across["left_in_sentence"] == 1
    quoted, = proposals(parsed_from_conllu(DIRECT), "t")  # a quoted reading has no span shape
    assert quoted.features["root_head"] == "none" and quoted.features["roots"] == -1
