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


VERB = "Mood=Ind|Tense=Past|VerbForm=Fin"
# '"We are ready," former State policy director Ann Smith wrote to Jones.' A later parser hangs
# the title on the name as nmod:desc, and "State" (a form of the reporting verb "state") sits
# nearer the quote than "wrote".
STATE_IN_A_TITLE = f"""
1	"	"	PUNCT	``	_	3	punct	_	SpaceAfter=No
2	We	we	PRON	PRP	Case=Nom|Number=Plur|Person=1|PronType=Prs	4	nsubj	_	_
3	are	be	AUX	VBP	Mood=Ind|Tense=Pres|VerbForm=Fin	4	cop	_	_
4	ready	ready	ADJ	JJ	Degree=Pos	0	root	_	SpaceAfter=No
5	,	,	PUNCT	,	_	4	punct	_	SpaceAfter=No
6	"	"	PUNCT	''	_	4	punct	_	_
7	former	former	ADJ	JJ	Degree=Pos	9	amod	_	_
8	State	State	PROPN	NNP	Number=Sing	9	compound	_	_
9	policy	policy	NOUN	NN	Number=Sing	10	compound	_	_
10	director	director	NOUN	NN	Number=Sing	12	nmod:desc	_	_
11	Ann	Ann	PROPN	NNP	Number=Sing	12	flat	_	_
12	Smith	Smith	PROPN	NNP	Number=Sing	13	nsubj	_	_
13	wrote	write	VERB	VBD	{VERB}	4	parataxis	_	_
14	to	to	ADP	IN	_	15	case	_	_
15	Jones	Jones	PROPN	NNP	Number=Sing	13	obl	_	SpaceAfter=No
16	.	.	PUNCT	.	_	4	punct	_	_
"""


def test_a_reporting_verb_spelled_in_a_title_is_no_cue():
    r, = records(STATE_IN_A_TITLE)
    assert r.text == "We are ready" and r.cue.text == "wrote"
    assert r.speaker.name == "Ann Smith"


# 'This prompted the paper to run a cover saying "Stay home."'
PROMPTED = f"""
1	This	this	PRON	DT	Number=Sing|PronType=Dem	2	nsubj	_	_
2	prompted	prompt	VERB	VBD	{VERB}	0	root	_	_
3	the	the	DET	DT	Definite=Def|PronType=Art	4	det	_	_
4	paper	paper	NOUN	NN	Number=Sing	2	obj	_	_
5	to	to	PART	TO	_	6	mark	_	_
6	run	run	VERB	VB	VerbForm=Inf	2	xcomp	_	_
7	a	a	DET	DT	Definite=Ind|PronType=Art	8	det	_	_
8	cover	cover	NOUN	NN	Number=Sing	6	obj	_	_
9	saying	say	VERB	VBG	VerbForm=Ger	6	xcomp	_	_
10	"	"	PUNCT	``	_	11	punct	_	SpaceAfter=No
11	Stay	stay	VERB	VB	Mood=Imp|VerbForm=Fin	9	ccomp	_	_
12	home	home	ADV	RB	_	11	advmod	_	SpaceAfter=No
13	.	.	PUNCT	.	_	11	punct	_	SpaceAfter=No
14	"	"	PUNCT	''	_	11	punct	_	_
"""


def test_the_object_of_the_verb_above_an_infinitive_speaks():
    """ "This prompted the paper to run a cover saying ...": the paper says
    it, not "This" (object control)."""
    r, = records(PROMPTED)
    assert r.speaker.mention == "the paper"


# 'It was a probe the agency said was ongoing.' with "probe" and "agency" both read as
# subjects of "said" (the relative clause's missing "that").
PROBE = f"""
1	It	it	PRON	PRP	Case=Nom|Number=Sing|Person=3|PronType=Prs	4	nsubj	_	_
2	was	be	AUX	VBD	{VERB}	4	cop	_	_
3	a	a	DET	DT	Definite=Ind|PronType=Art	4	det	_	_
4	probe	probe	NOUN	NN	Number=Sing	7	nsubj	_	_
5	the	the	DET	DT	Definite=Def|PronType=Art	6	det	_	_
6	agency	agency	NOUN	NN	Number=Sing	7	nsubj	_	_
7	said	say	VERB	VBD	{VERB}	0	root	_	_
8	was	be	AUX	VBD	{VERB}	9	aux	_	_
9	ongoing	ongoing	VERB	VBG	VerbForm=Ger	7	ccomp	_	SpaceAfter=No
10	.	.	PUNCT	.	_	7	punct	_	_
"""


def test_of_two_unnamed_subjects_the_nearer_speaks():
    r, = records(PROBE)
    assert r.speaker.mention == "the agency"


# 'Lee and Rep. Bob Day asked whether the plan was sound.' The name mention stops before the
# titled conjunct, which is a second person.
ASKED = f"""
1	Lee	Lee	PROPN	NNP	Number=Sing	6	nsubj	_	_
2	and	and	CCONJ	CC	_	5	cc	_	_
3	Rep.	Rep.	PROPN	NNP	Number=Sing	5	compound	_	_
4	Bob	Bob	PROPN	NNP	Number=Sing	5	compound	_	_
5	Day	Day	PROPN	NNP	Number=Sing	1	conj	_	_
6	asked	ask	VERB	VBD	{VERB}	0	root	_	_
7	whether	whether	SCONJ	IN	_	11	mark	_	_
8	the	the	DET	DT	Definite=Def|PronType=Art	9	det	_	_
9	plan	plan	NOUN	NN	Number=Sing	11	nsubj	_	_
10	was	be	AUX	VBD	{VERB}	11	cop	_	_
11	sound	sound	ADJ	JJ	Degree=Pos	6	ccomp	_	SpaceAfter=No
12	.	.	PUNCT	.	_	6	punct	_	_
"""


def test_two_people_joined_as_the_subject_speak_together():
    r, = records(ASKED)
    assert r.speaker.name == "Lee and Bob Day" and r.speaker.kind == "group"
    assert r.speaker.mention == "Lee and Rep. Bob Day"


def test_a_name_glued_to_a_lower_case_word_by_a_hyphen_does_not_speak():
    """ "Pat Lane, lives in his Orlando-based district and wrote that the
    plan was sound.", "lives" read as a noun: no subject reaches "wrote";
    of the names before it, the one a learned choice may take as the
    speaker, "Orlando" only describes the district."""
    from quotes.attribute.speakers import _name_near
    from quotes.conllu import parsed_from_conllu
    verb = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
    doc = parsed_from_conllu(f"""
1	Pat	Pat	PROPN	NNP	Number=Sing	2	flat	_	_
2	Lane	Lane	PROPN	NNP	Number=Sing	0	root	_	SpaceAfter=No
3	,	,	PUNCT	,	_	4	punct	_	_
4	lives	life	NOUN	NNS	Number=Plur	2	appos	_	_
5	in	in	ADP	IN	_	10	case	_	_
6	his	his	PRON	PRP$	Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs	10	nmod:poss	_	_
7	Orlando	Orlando	PROPN	NNP	Number=Sing	9	compound	_	SpaceAfter=No
8	-	-	PUNCT	HYPH	_	7	punct	_	SpaceAfter=No
9	based	base	VERB	VBN	Tense=Past|VerbForm=Part	10	amod	_	_
10	district	district	NOUN	NN	Number=Sing	4	nmod	_	_
11	and	and	CCONJ	CC	_	12	cc	_	_
12	wrote	write	VERB	VBD	{verb}	2	conj	_	_
13	that	that	SCONJ	IN	_	17	mark	_	_
14	the	the	DET	DT	Definite=Def|PronType=Art	15	det	_	_
15	plan	plan	NOUN	NN	Number=Sing	17	nsubj	_	_
16	was	be	AUX	VBD	{verb}	17	cop	_	_
17	sound	sound	ADJ	JJ	Degree=Pos	12	ccomp	_	SpaceAfter=No
18	.	.	PUNCT	.	_	12	punct	_	_
""")
    wrote = doc.words[11]
    assert doc.words[_name_near(doc, wrote, lambda w: False, before=True)].text == "Lane"
