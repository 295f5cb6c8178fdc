"""Speaker rules (quotes/attribute/speakers.py) on parses written here as
CoNLL-U, so a parser change cannot pass for a rule regression."""
from helpers import rules_read as records

# '“I would not discount the commercial motivations,” Mr. Kaplan, a screenwriter and former
# studio executive, said dryly.' The parse hangs the name on the quote's object and the cue on
# the quote's verb, so no subject reaches the cue.
NAME_THEN_APPOSITION = """
1	“	"	PUNCT	``	_	5	punct	_	SpaceAfter=No
2	I	I	PRON	PRP	Case=Nom|Number=Sing|Person=1|PronType=Prs	5	nsubj	_	_
3	would	would	AUX	MD	VerbForm=Fin	5	aux	_	_
4	not	not	PART	RB	Polarity=Neg	5	advmod	_	_
5	discount	discount	VERB	VB	VerbForm=Inf	0	root	_	_
6	the	the	DET	DT	Definite=Def|PronType=Art	8	det	_	_
7	commercial	commercial	ADJ	JJ	Degree=Pos	8	amod	_	_
8	motivations	motivation	NOUN	NNS	Number=Plur	5	obj	_	SpaceAfter=No
9	,	,	PUNCT	,	_	11	punct	_	SpaceAfter=No
10	”	"	PUNCT	''	_	11	punct	_	_
11	Mr.	Mr.	PROPN	NNP	Number=Sing	12	compound	_	_
12	Kaplan	Kaplan	PROPN	NNP	Number=Sing	8	appos	_	SpaceAfter=No
13	,	,	PUNCT	,	_	15	punct	_	_
14	a	a	DET	DT	Definite=Ind|PronType=Art	15	det	_	_
15	screenwriter	screenwriter	NOUN	NN	Number=Sing	12	conj	_	_
16	and	and	CCONJ	CC	_	19	cc	_	_
17	former	former	ADJ	JJ	Degree=Pos	19	amod	_	_
18	studio	studio	NOUN	NN	Number=Sing	19	compound	_	_
19	executive	executive	NOUN	NN	Number=Sing	15	conj	_	SpaceAfter=No
20	,	,	PUNCT	,	_	21	punct	_	_
21	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	5	conj	_	_
22	dryly	dryly	ADV	RB	_	21	advmod	_	SpaceAfter=No
23	.	.	PUNCT	.	_	21	punct	_	_
"""


def test_the_name_before_an_apposition_between_quote_and_cue_speaks():
    r, = records(NAME_THEN_APPOSITION)
    assert r.text == "I would not discount the commercial motivations"
    assert r.speaker.mention == "Mr. Kaplan" and r.speaker.name == "Kaplan"


# '“It is expensive,” said Will Doyle.' with "Will" read as a modal and the name as a clause.
SAID_WILL_DOYLE = """
1	“	"	PUNCT	``	_	4	punct	_	SpaceAfter=No
2	It	it	PRON	PRP	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	4	nsubj	_	_
3	is	be	AUX	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	4	cop	_	_
4	expensive	expensive	ADJ	JJ	Degree=Pos	0	root	_	SpaceAfter=No
5	,	,	PUNCT	,	_	7	punct	_	SpaceAfter=No
6	”	"	PUNCT	''	_	7	punct	_	_
7	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	4	parataxis	_	_
8	Will	will	AUX	MD	VerbForm=Fin	9	aux	_	_
9	Doyle	Doyle	PROPN	NNP	Number=Sing	7	ccomp	_	SpaceAfter=No
10	.	.	PUNCT	.	_	4	punct	_	_
"""


def test_a_capitalised_word_read_as_a_verb_after_the_cue_is_part_of_the_name():
    r, = records(SAID_WILL_DOYLE)
    assert r.text == "It is expensive" and r.speaker.name == "Will Doyle"
