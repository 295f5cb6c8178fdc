"""The rule registry: each trigger fires on a sentence written here (tags
only: triggers run before any parse), parse_selector is their union, and
find_cues is what the cue rules find."""
import pytest

from quotes.attribute import attribute
from quotes.conllu import parsed_from_conllu
from quotes.marks import find_quoted
from quotes.rules import RULES, QuotedIndex, find_cues, parse_selector

# one example sentence per rule with a trigger of its own: (form, lemma, upos, xpos) per word
EXAMPLES = {
    "cue:verb": [("Officials", "official", "NOUN", "NNS"), ("warned", "warn", "VERB", "VBD"),
                 ("of", "of", "ADP", "IN"), ("sanctions", "sanction", "NOUN", "NNS"), (".", ".", "PUNCT", ".")],
    "cue:noun": [("His", "his", "PRON", "PRP$"), ("claim", "claim", "NOUN", "NN"), ("that", "that", "SCONJ", "IN"),
                 ("prices", "price", "NOUN", "NNS"), ("fell", "fall", "VERB", "VBD"), (".", ".", "PUNCT", ".")],
    "cue:according": [("Prices", "price", "NOUN", "NNS"), ("fell", "fall", "VERB", "VBD"),
                      ("according", "accord", "VERB", "VBG"), ("to", "to", "ADP", "IN"),
                      ("analysts", "analyst", "NOUN", "NNS"), (".", ".", "PUNCT", ".")],
    "cue:as": [("As", "as", "SCONJ", "IN"), ("one", "one", "NUM", "CD"), ("aide", "aide", "NOUN", "NN"),
               ("put", "put", "VERB", "VBD"), ("it", "it", "PRON", "PRP"), (",", ",", "PUNCT", ","),
               ("prices", "price", "NOUN", "NNS"), ("fell", "fall", "VERB", "VBD"), (".", ".", "PUNCT", ".")],
    "cue:untagged-verb": [("He", "he", "PRON", "PRP"), ("insists", "insist", "NOUN", "NNS"),
                          ("prices", "price", "NOUN", "NNS"), ("fell", "fall", "VERB", "VBD"), (".", ".", "PUNCT", ".")],
    "content:quoted": [("“", "“", "PUNCT", "``"), ("Prices", "price", "NOUN", "NNS"), ("fell", "fall", "VERB", "VBD"),
                       (",", ",", "PUNCT", ","), ("”", "”", "PUNCT", "''"), ("he", "he", "PRON", "PRP"),
                       ("wrote", "write", "VERB", "VBD"), (".", ".", "PUNCT", ".")],
}
PLAIN = [("Prices", "price", "NOUN", "NNS"), ("fell", "fall", "VERB", "VBD"), ("on", "on", "ADP", "IN"),
         ("Monday", "Monday", "PROPN", "NNP"), (".", ".", "PUNCT", ".")]


def doc_of(words):
    rows = "\n".join(f"{k}\t{f}\t{l}\t{u}\t{x}\t_\t{0 if k == 1 else 1}\t{'root' if k == 1 else 'dep'}\t_\t"
                     f"{'SpaceAfter=No' if f in '“' else '_'}" for k, (f, l, u, x) in enumerate(words, 1))
    return parsed_from_conllu(rows)


def test_every_trigger_rule_has_an_example_and_every_rule_says_what_it_needs():
    triggered = {name for name, r in RULES.items() if r.trigger is not None}
    assert triggered == set(EXAMPLES)
    assert all(r.needs in ("trigger", "cue", "quote") and r.finds for r in RULES.values())
    assert all((r.needs == "trigger") == (r.trigger is not None) for r in RULES.values())


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_each_trigger_fires_on_its_example_and_not_on_a_plain_sentence(name):
    doc = doc_of(EXAMPLES[name])
    index = QuotedIndex(find_quoted(doc.text))
    assert RULES[name].trigger(doc.words, index)
    assert parse_selector(find_quoted(doc.text))(doc.words)
    plain = doc_of(PLAIN)
    assert not RULES[name].trigger(plain.words, QuotedIndex(find_quoted(plain.text)))


def test_selector_rejects_plain_sentences_and_sentences_wholly_inside_a_quote():
    plain = doc_of(PLAIN)
    assert not parse_selector([])(plain.words)
    quoted = doc_of([("“", "“", "PUNCT", "``")] + EXAMPLES["cue:verb"] + [("”", "”", "PUNCT", "''")])
    inner = quoted.words[1:-1]  # the sentence without the marks: it lies inside the quote
    assert not parse_selector(find_quoted(quoted.text))(inner)


def test_find_cues_is_what_the_cue_rules_find():
    doc = doc_of(EXAMPLES["cue:according"])
    cues = find_cues(doc, lambda w: False)
    assert [(c.kind, c.lemma) for c in cues] == [("according", "according to")]
    doc = doc_of(EXAMPLES["cue:verb"])
    assert [(c.kind, c.lemma) for c in find_cues(doc, lambda w: False)] == [("verb", "warn")]


def test_attributions_name_registered_rules():
    """ "Trump said the ruling was unfair.": a cue, a complement, a subject."""
    doc = parsed_from_conllu("""
1	Trump	Trump	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	ruling	ruling	NOUN	NN	Number=Sing	6	nsubj	_	_
5	was	be	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	6	cop	_	_
6	unfair	unfair	ADJ	JJ	Degree=Pos	2	ccomp	_	SpaceAfter=No
7	.	.	PUNCT	.	_	2	punct	_	_
""")
    att, = attribute(doc, [])
    assert att.rules == ["cue:verb", "content:complement", "speaker:subject"]
    assert set(att.rules) <= set(RULES)
