"""What the rules propose for the learned choice beyond their own reading:
other readings of a content, guesses where no rule fires, other source
words. Parses written here as CoNLL-U (no parser runs)."""
from quotes.attribute import attribute
from quotes.conllu import parsed_from_conllu
from quotes.extract import extract_parsed, proposals

FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"
# "Officials said prices fell, while wages rose."
WHILE = f"""
1	Officials	official	NOUN	NNS	Number=Plur	2	nsubj	_	_
2	said	say	VERB	VBD	{FIN}	0	root	_	_
3	prices	price	NOUN	NNS	Number=Plur	4	nsubj	_	_
4	fell	fall	VERB	VBD	{FIN}	2	ccomp	_	SpaceAfter=No
5	,	,	PUNCT	,	_	8	punct	_	_
6	while	while	SCONJ	IN	_	8	mark	_	_
7	wages	wage	NOUN	NNS	Number=Plur	8	nsubj	_	_
8	rose	rise	VERB	VBD	{FIN}	4	advcl	_	SpaceAfter=No
9	.	.	PUNCT	.	_	2	punct	_	_
"""
# "He insists prices fell." with "insists" tagged a plural noun
INSISTS = f"""
1	He	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	2	nmod	_	_
2	insists	insist	NOUN	NNS	Number=Plur	0	root	_	_
3	prices	price	NOUN	NNS	Number=Plur	4	nsubj	_	_
4	fell	fall	VERB	VBD	{FIN}	2	acl	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_
"""
# "Mitchell, who served in Burma, said prices fell."
WHO = f"""
1	Mitchell	Mitchell	PROPN	NNP	Number=Sing	8	nsubj	_	SpaceAfter=No
2	,	,	PUNCT	,	_	4	punct	_	_
3	who	who	PRON	WP	PronType=Rel	4	nsubj	_	_
4	served	serve	VERB	VBD	{FIN}	1	acl:relcl	_	_
5	in	in	ADP	IN	_	6	case	_	_
6	Burma	Burma	PROPN	NNP	Number=Sing	4	obl	_	SpaceAfter=No
7	,	,	PUNCT	,	_	4	punct	_	_
8	said	say	VERB	VBD	{FIN}	0	root	_	_
9	prices	price	NOUN	NNS	Number=Plur	10	nsubj	_	_
10	fell	fall	VERB	VBD	{FIN}	8	ccomp	_	SpaceAfter=No
11	.	.	PUNCT	.	_	8	punct	_	_
"""


def test_a_clause_running_on_past_a_comma_is_also_read_as_ending_there():
    doc = parsed_from_conllu(WHILE)
    att, = attribute(doc, [])
    assert doc.text[att.start:att.end] == "prices fell, while wages rose"
    assert [(doc.text[r.start:r.end], r.rule) for r in att.readings] == [("prices fell", "alt:first-clause")]
    texts = {c.record.text: c.main for c in proposals(doc, "t")}
    assert texts == {"prices fell, while wages rose": True, "prices fell": False}


def test_a_reporting_verb_tagged_a_noun_is_a_guess_the_rules_alone_leave_out():
    doc = parsed_from_conllu(INSISTS)
    att, = attribute(doc, [])
    assert att.guess and att.rules[:2] == ["cue:verb", "cue:untagged-verb"]
    assert doc.text[att.start:att.end] == "prices fell"
    assert extract_parsed(doc, "t", rules_only=True) == []


def test_other_source_words_are_proposed_but_never_a_relative_pronoun():
    doc = parsed_from_conllu(WHO)
    att, = attribute(doc, [])
    assert doc.words[att.source].text == "Mitchell"
    assert "who" not in [doc.words[i].text for i, _ in att.sources]
    assert ("Burma", "name-before") in [(doc.words[i].text, rule) for i, rule in att.sources]


def test_a_cue_no_rule_reads_gets_the_rest_of_its_sentence_as_a_guess():
    """ "Moscow denied the accusations on Friday.": no clause, no object cue."""
    doc = parsed_from_conllu(f"""
1	Moscow	Moscow	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	denied	deny	VERB	VBD	{FIN}	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	accusations	accusation	NOUN	NNS	Number=Plur	2	obj	_	_
5	on	on	ADP	IN	_	6	case	_	_
6	Friday	Friday	PROPN	NNP	Number=Sing	2	obl	_	SpaceAfter=No
7	.	.	PUNCT	.	_	2	punct	_	_
""")
    att, = attribute(doc, [])
    assert att.guess and "content:rest-of-sentence" in att.rules
    assert doc.text[att.start:att.end] == "the accusations on Friday"
    assert doc.words[att.source].text == "Moscow"


def test_a_parenthetical_cue_right_after_a_comma_reads_the_clause_before():
    """ "Prices fell, said Smith.", with "said" hung on "fell" as parataxis
    (this crashed on a PolNeAR train article)."""
    doc = parsed_from_conllu(f"""
1	Prices	price	NOUN	NNS	Number=Plur	2	nsubj	_	_
2	fell	fall	VERB	VBD	{FIN}	0	root	_	SpaceAfter=No
3	,	,	PUNCT	,	_	2	punct	_	_
4	said	say	VERB	VBD	{FIN}	2	parataxis	_	_
5	Smith	Smith	PROPN	NNP	Number=Sing	4	nsubj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_
""")
    att, = attribute(doc, [])
    assert doc.text[att.start:att.end] == "Prices fell"
    assert doc.words[att.source].text == "Smith"



# "Roe described the meeting with Poe, who shot Reagan."
RELATIVE = f"""
1	Roe	Roe	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	described	describe	VERB	VBD	{FIN}	0	root	_	_
3	the	the	DET	DT	Definite=Def|PronType=Art	4	det	_	_
4	meeting	meeting	NOUN	NN	Number=Sing	2	obj	_	_
5	with	with	ADP	IN	_	6	case	_	_
6	Poe	Poe	PROPN	NNP	Number=Sing	4	nmod	_	SpaceAfter=No
7	,	,	PUNCT	,	_	9	punct	_	_
8	who	who	PRON	WP	PronType=Rel	9	nsubj	_	_
9	shot	shoot	VERB	VBD	{FIN}	6	acl:relcl	_	_
10	Reagan	Reagan	PROPN	NNP	Number=Sing	9	obj	_	SpaceAfter=No
11	.	.	PUNCT	.	_	2	punct	_	_
"""
# "Roe said Smith would meet Poe but would not give details."
CONJUNCT = f"""
1	Roe	Roe	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	said	say	VERB	VBD	{FIN}	0	root	_	_
3	Smith	Smith	PROPN	NNP	Number=Sing	5	nsubj	_	_
4	would	would	AUX	MD	VerbForm=Fin	5	aux	_	_
5	meet	meet	VERB	VB	VerbForm=Inf	2	ccomp	_	_
6	Poe	Poe	PROPN	NNP	Number=Sing	5	obj	_	_
7	but	but	CCONJ	CC	_	10	cc	_	_
8	would	would	AUX	MD	VerbForm=Fin	10	aux	_	_
9	not	not	PART	RB	Polarity=Neg	10	advmod	_	_
10	give	give	VERB	VB	VerbForm=Inf	5	conj	_	_
11	details	detail	NOUN	NNS	Number=Plur	10	obj	_	SpaceAfter=No
12	.	.	PUNCT	.	_	2	punct	_	_
"""


def test_a_clause_is_also_read_as_ending_before_a_relative_clause():
    doc = parsed_from_conllu(RELATIVE)
    att, = attribute(doc, [])
    assert doc.text[att.start:att.end] == "the meeting with Poe, who shot Reagan"
    assert [(doc.text[r.start:r.end], r.rule) for r in att.readings] == [("the meeting with Poe", "alt:before-relative")]


def test_a_clause_is_also_read_as_ending_before_a_verb_coordinated_without_a_subject():
    doc = parsed_from_conllu(CONJUNCT)
    att, = attribute(doc, [])
    assert doc.text[att.start:att.end] == "Smith would meet Poe but would not give details"
    assert ("Smith would meet Poe", "alt:before-conjunct") in [(doc.text[r.start:r.end], r.rule) for r in att.readings]
    other = CONJUNCT.replace(
        "9\tnot\tnot\tPART\tRB\tPolarity=Neg\t10\tadvmod", "9\the\the\tPRON\tPRP\tCase=Nom\t10\tnsubj")
    doc = parsed_from_conllu(other)  # "... but would he give details": a subject of its own, no cut
    att, = attribute(doc, [])
    assert "alt:before-conjunct" not in [r.rule for r in att.readings]


# "Prices fell, according to the Sanders aide."
AIDE = f"""
1	Prices	price	NOUN	NNS	Number=Plur	2	nsubj	_	_
2	fell	fall	VERB	VBD	{FIN}	0	root	_	SpaceAfter=No
3	,	,	PUNCT	,	_	8	punct	_	_
4	according	accord	VERB	VBG	VerbForm=Ger	8	case	_	_
5	to	to	ADP	IN	_	8	case	_	_
6	the	the	DET	DT	Definite=Def|PronType=Art	8	det	_	_
7	Sanders	Sanders	PROPN	NNP	Number=Sing	8	compound	_	_
8	aide	aide	NOUN	NN	Number=Sing	2	obl	_	SpaceAfter=No
9	.	.	PUNCT	.	_	2	punct	_	_
"""


def test_a_name_modifying_a_noun_is_no_source_reading():
    """ "according to the Sanders aide": the aide speaks; "Sanders" names
    whom the aide works for, so it is not offered as another source."""
    doc = parsed_from_conllu(AIDE)
    att, = attribute(doc, [])
    assert doc.words[att.source].text == "aide"
    assert "Sanders" not in [doc.words[i].text for i, _ in att.sources]


def test_a_quote_opening_a_clause_that_runs_on_is_also_read_alone():
    """ "Wilson yelled “You lie!” at Obama.", parsed with "at Obama" hung on
    the quoted clause: the rules read the whole complement (mixed); the quote
    alone is proposed as a direct reading."""
    doc = parsed_from_conllu(f"""
1	Wilson	Wilson	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	yelled	yell	VERB	VBD	{FIN}	0	root	_	_
3	“	"	PUNCT	``	_	5	punct	_	SpaceAfter=No
4	You	you	PRON	PRP	_	5	nsubj	_	_
5	lie	lie	VERB	VBP	{FIN}	2	ccomp	_	SpaceAfter=No
6	!	!	PUNCT	.	_	5	punct	_	SpaceAfter=No
7	”	"	PUNCT	''	_	5	punct	_	_
8	at	at	ADP	IN	_	9	case	_	_
9	Obama	Obama	PROPN	NNP	Number=Sing	5	obl	_	SpaceAfter=No
10	.	.	PUNCT	.	_	2	punct	_	_
""")
    att, = attribute(doc)
    assert (att.type, doc.text[att.start:att.end]) == ("mixed", "“You lie!” at Obama")
    assert [(doc.text[r.start:r.end], r.rule, r.type) for r in att.readings if r.rule == "alt:fragment-alone"] == [
        ("“You lie!”", "alt:fragment-alone", "direct")]
