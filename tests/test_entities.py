"""Speaker names and roles, on parses written here as CoNLL-U (no parser
runs: a parser change cannot pass for a rule regression)."""
from quotes.conllu import parsed_from_conllu
from quotes.entities import find_mentions, resolve
from helpers import rules_read as records

VERB = "Mood=Ind|Tense=Past|VerbForm=Fin"
UNFAIR = f"""
1	Trump	Trump	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	said	say	VERB	VBD	{VERB}	0	root	_	_
3	the	the	DET	DT	Definite=Def|PronType=Art	4	det	_	_
4	ruling	ruling	NOUN	NN	Number=Sing	6	nsubj	_	_
5	was	be	AUX	VBD	{VERB}	6	cop	_	_
6	unfair	unfair	ADJ	JJ	Degree=Pos	2	ccomp	_	SpaceAfter=No
7	.	.	PUNCT	.	_	2	punct	_	_
"""


def the_plan_was_sound(said: int) -> str:
    """The rows of "said the plan was sound." with "said" as word `said`."""
    return f"""{said}	said	say	VERB	VBD	{VERB}	0	root	_	_
{said + 1}	the	the	DET	DT	Definite=Def|PronType=Art	{said + 2}	det	_	_
{said + 2}	plan	plan	NOUN	NN	Number=Sing	{said + 4}	nsubj	_	_
{said + 3}	was	be	AUX	VBD	{VERB}	{said + 4}	cop	_	_
{said + 4}	sound	sound	ADJ	JJ	Degree=Pos	{said}	ccomp	_	SpaceAfter=No
{said + 5}	.	.	PUNCT	.	_	{said}	punct	_	_
"""


def said_the_plan_was_sound(pronoun: str, gender: str) -> str:
    """"He said the plan was sound." with the pronoun given."""
    feats = f"Case=Nom|Gender={gender}|Number=Sing|Person=3|PronType=Prs"
    return f"""
1	{pronoun}	{pronoun.lower()}	PRON	PRP	{feats}	2	nsubj	_	_
""" + the_plan_was_sound(2)


def test_conllu_text_and_offsets():
    doc = parsed_from_conllu(UNFAIR)
    assert doc.text == "Trump said the ruling was unfair."
    assert [doc.text[w.start:w.end] for w in doc.words] == [w.text for w in doc.words]
    assert doc.words[0].head == 1 and doc.words[1].head == -1


def test_title_with_of_complement_is_role_not_name():
    """"White House Chief of Staff Denis McDonough": the name is the last two names."""
    r, = records("""
1	White	White	PROPN	NNP	Number=Sing	2	compound	_	_
2	House	House	PROPN	NNP	Number=Sing	3	compound	_	_
3	Chief	Chief	PROPN	NNP	Number=Sing	7	compound	_	_
4	of	of	ADP	IN	_	5	case	_	_
5	Staff	Staff	PROPN	NNP	Number=Sing	3	nmod	_	_
6	Denis	Denis	PROPN	NNP	Number=Sing	7	compound	_	_
7	McDonough	McDonough	PROPN	NNP	Number=Sing	8	nsubj	_	_
""" + the_plan_was_sound(8))
    assert r.text == "the plan was sound"
    assert r.speaker.name == "Denis McDonough"
    assert r.speaker.roles == ["White House Chief of Staff"]


def test_possessive_is_not_part_of_the_name():
    """The entity's fullest name comes from "Donald Trump's accusation"."""
    r, = records(f"""
1	Donald	Donald	PROPN	NNP	Number=Sing	2	compound	_	_
2	Trump's	Trump's	PROPN	NNP	Number=Sing	3	nmod:poss	_	_
3	accusation	accusation	NOUN	NN	Number=Sing	4	nsubj	_	_
4	drew	draw	VERB	VBD	{VERB}	0	root	_	_
5	fire	fire	NOUN	NN	Number=Sing	4	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	4	punct	_	_
""" + "\n" + UNFAIR)
    assert r.text == "the ruling was unfair"
    assert (r.speaker.mention, r.speaker.name) == ("Trump", "Donald Trump")


def test_she_is_not_a_man_named_before():
    """"Bill Smith praised Hillary Clinton. She said ...": the subject is
    the salient person, but a man's given name rules him out."""
    r, = records(f"""
1	Bill	Bill	PROPN	NNP	Number=Sing	2	compound	_	_
2	Smith	Smith	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	praised	praise	VERB	VBD	{VERB}	0	root	_	_
4	Hillary	Hillary	PROPN	NNP	Number=Sing	5	compound	_	_
5	Clinton	Clinton	PROPN	NNP	Number=Sing	3	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

""" + said_the_plan_was_sound("She", "Fem"))
    assert (r.speaker.mention, r.speaker.name) == ("She", "Hillary Clinton")


def test_he_is_not_an_outlet():
    """"The New York Times interviewed Ben Carson. He said ...": an outlet
    is an organization, never the antecedent of "he"."""
    r, = records(f"""
1	The	the	DET	DT	Definite=Def|PronType=Art	4	det	_	_
2	New	New	PROPN	NNP	Number=Sing	3	compound	_	_
3	York	York	PROPN	NNP	Number=Sing	4	compound	_	_
4	Times	Times	PROPN	NNP	Number=Sing	5	nsubj	_	_
5	interviewed	interview	VERB	VBD	{VERB}	0	root	_	_
6	Ben	Ben	PROPN	NNP	Number=Sing	7	compound	_	_
7	Carson	Carson	PROPN	NNP	Number=Sing	5	obj	_	SpaceAfter=No
8	.	.	PUNCT	.	_	5	punct	_	_

""" + said_the_plan_was_sound("He", "Masc"))
    assert (r.speaker.mention, r.speaker.name) == ("He", "Ben Carson")


def test_name_apposed_to_a_title_head_names_the_speaker():
    """"GOP frontrunner Donald Trump said ...", parsed with "frontrunner"
    as the subject's head and the name hung on it: "frontrunner" is a title
    (lexicons/titles.txt), so the phrase is a description apposed to the name."""
    r, = records("""
1	GOP	GOP	PROPN	NNP	Number=Sing	2	compound	_	_
2	frontrunner	frontrunner	NOUN	NN	Number=Sing	5	nsubj	_	_
3	Donald	Donald	PROPN	NNP	Number=Sing	4	compound	_	_
4	Trump	Trump	PROPN	NNP	Number=Sing	2	appos	_	_
""" + the_plan_was_sound(5))
    assert r.text == "the plan was sound"
    assert r.speaker.name == "Donald Trump" and r.speaker.kind == "person"


def test_a_possessed_campaign_is_named_as_newsrooms_name_it():
    """"Bernie Sanders spoke. His campaign said ...": the Sanders campaign, an organisation."""
    r, = records(f"""
1	Bernie	Bernie	PROPN	NNP	Number=Sing	2	compound	_	_
2	Sanders	Sanders	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	spoke	speak	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

1	His	his	PRON	PRP$	Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs	2	nmod:poss	_	_
2	campaign	campaign	NOUN	NN	Number=Sing	3	nsubj	_	_
""" + the_plan_was_sound(3))
    assert r.speaker.mention == "His campaign"
    assert (r.speaker.name, r.speaker.kind) == ("Sanders campaign", "organization")


def test_a_title_with_its_complement_left_outside_the_name_phrase():
    """"Deputy Secretary of State Tom Nides said ...", parsed with "State"
    compounded onto the name and "Secretary of" hung elsewhere."""
    r, = records("""
1	Deputy	Deputy	PROPN	NNP	Number=Sing	2	compound	_	_
2	Secretary	Secretary	PROPN	NNP	Number=Sing	7	dep	_	_
3	of	of	ADP	IN	_	4	case	_	_
4	State	State	PROPN	NNP	Number=Sing	6	compound	_	_
5	Tom	Tom	PROPN	NNP	Number=Sing	6	compound	_	_
6	Nides	Nides	PROPN	NNP	Number=Sing	7	nsubj	_	_
""" + the_plan_was_sound(7))
    assert r.speaker.name == "Tom Nides"
    assert r.speaker.roles == ["Deputy Secretary of State"]


def test_mrs_is_not_the_husband_of_the_same_surname():
    """"Hillary Clinton met Bill Clinton. Mrs. Clinton said ...": the most
    recent Clinton is Bill, but "Mrs." is a woman's title."""
    r, = records(f"""
1	Hillary	Hillary	PROPN	NNP	Number=Sing	2	compound	_	_
2	Clinton	Clinton	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	met	meet	VERB	VBD	{VERB}	0	root	_	_
4	Bill	Bill	PROPN	NNP	Number=Sing	5	compound	_	_
5	Clinton	Clinton	PROPN	NNP	Number=Sing	3	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

1	Mrs.	Mrs.	PROPN	NNP	Number=Sing	2	compound	_	_
2	Clinton	Clinton	PROPN	NNP	Number=Sing	3	nsubj	_	_
""" + the_plan_was_sound(3))
    assert (r.speaker.mention, r.speaker.name) == ("Mrs. Clinton", "Hillary Clinton")


def _subject_said(subject: list[tuple[str, str, str, str]]) -> str:
    """CoNLL-U of "<subject words> said the plan was sound.", the subject's
    words given as (text, upos, xpos, deprel), all hung on its last word."""
    n = len(subject)
    said = n + 1
    rows = [f"{k}\t{t}\t{t}\t{u}\t{x}\t_\t{n if k < n else said}\t{d if k < n else 'nsubj'}\t_\t_"
            for k, (t, u, x, d) in enumerate(subject, 1)]
    return "\n".join(rows) + "\n" + the_plan_was_sound(said)


def test_a_party_word_before_a_name_is_a_role():
    """"Republican Donald Trump said ...": the name is Donald Trump, "Republican" a role."""
    r, = records(_subject_said([("Republican", "PROPN", "NNP", "compound"), ("Donald", "PROPN", "NNP", "compound"),
                                ("Trump", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Donald Trump" and "Republican" in r.speaker.roles


def test_a_party_organisation_keeps_its_whole_name():
    r, = records(_subject_said([("Republican", "PROPN", "NNP", "compound"), ("National", "PROPN", "NNP", "compound"),
                                ("Committee", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Republican National Committee" and r.speaker.kind == "organization"


def test_a_dateline_before_a_dash_is_not_part_of_the_name():
    """"WASHINGTON ― Donald Trump said ...", dateline and dash parsed into the name."""
    r, = records(_subject_said([("WASHINGTON", "PROPN", "NNP", "compound"), ("―", "PUNCT", "NFP", "flat"),
                                ("Donald", "PROPN", "NNP", "compound"), ("Trump", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Donald Trump"


def test_a_capitalised_plural_at_a_sentence_start_names_nobody():
    """"Officials said ...", tagged a plural proper noun: a speaker without a name."""
    conllu = _subject_said([("Officials", "PROPN", "NNPS", "nsubj")]).replace(
        "Officials\tOfficials", "Officials\tofficial")
    r, = records(conllu)
    assert (r.speaker.mention, r.speaker.name) == ("Officials", None)


def test_a_title_followed_only_by_titles_is_a_description_not_a_name():
    """ "The nominee Gov. said the plan was sound.": no name after the titles
    (this crashed on a PolNeAR train article)."""
    r, = records("""
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	nominee	nominee	NOUN	NN	Number=Sing	4	nsubj	_	_
3	Gov.	Gov.	PROPN	NNP	Number=Sing	2	flat	_	_
""" + the_plan_was_sound(4))
    assert r.text == "the plan was sound"
    assert r.speaker.name is None and r.speaker.mention == "The nominee Gov."


def _said_rows(said: int, head: int = 0, deprel: str = "root") -> str:
    """ "said the plan was sound." as words `said`.., "said" hung on `head`."""
    return the_plan_was_sound(said).replace(f"{said}\tsaid\tsay\tVERB\tVBD\t{VERB}\t0\troot",
                                            f"{said}\tsaid\tsay\tVERB\tVBD\t{VERB}\t{head}\t{deprel}", 1)


def test_a_given_name_alone_is_the_person_named_so_in_full():
    """ "Brigid Harrison said ... Brigid said ...": the second speaker is
    Brigid Harrison, not a second entity called "Brigid"."""
    first = _subject_said([("Brigid", "PROPN", "NNP", "compound"), ("Harrison", "PROPN", "NNP", "nsubj")])
    a, b = records(first + "\n" + _subject_said([("Brigid", "PROPN", "NNP", "nsubj")]))
    assert (b.speaker.mention, b.speaker.name) == ("Brigid", "Brigid Harrison")


def test_a_day_the_parse_made_a_subject_does_not_speak():
    """ "Scott spoke and Monday said ...", with "Monday" read as the second
    verb's subject: a day dates the report, the subject is Scott's."""
    r, = records(f"""
1	Scott	Scott	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	spoke	speak	VERB	VBD	{VERB}	0	root	_	_
3	and	and	CCONJ	CC	_	5	cc	_	_
4	Monday	Monday	PROPN	NNP	Number=Sing	5	nsubj	_	_
""" + _said_rows(5, 2, "conj"))
    assert r.speaker.name == "Scott"


def test_a_state_is_not_the_antecedent_of_he():
    """ "New Hampshire voted. He said ...": a place (lexicons/places.txt) is
    never a person, whatever the length of its name."""
    r, = records(f"""
1	New	New	PROPN	NNP	Number=Sing	2	compound	_	_
2	Hampshire	Hampshire	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	voted	vote	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

""" + said_the_plan_was_sound("He", "Masc"))
    assert r.speaker.mention == "He" and r.speaker.name is None


def test_an_apposition_the_parse_missed_is_a_role():
    """ "Will Doyle, a veteran of the Navy, said ...", the apposition hung on
    "said" as a bare dependent (as in a sentence read by its tags alone) and
    headed by no title word: the words between the commas are still his role."""
    r, = records("""
1	Will	Will	PROPN	NNP	Number=Sing	2	compound	_	_
2	Doyle	Doyle	PROPN	NNP	Number=Sing	10	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	10	punct	_	_
4	a	a	DET	DT	_	5	det	_	_
5	veteran	veteran	NOUN	NN	Number=Sing	10	dep	_	_
6	of	of	ADP	IN	_	8	case	_	_
7	the	the	DET	DT	Definite=Def|PronType=Art	8	det	_	_
8	Navy	Navy	PROPN	NNP	Number=Sing	5	nmod	_	SpaceAfter=No
9	,	,	PUNCT	,	_	10	punct	_	_
""" + the_plan_was_sound(10))
    assert r.speaker.name == "Will Doyle" and r.speaker.roles == ["veteran of the Navy"]


def test_two_coordinated_appositions_are_two_roles_and_a_possessive_goes():
    """ "Jane Roe, her adviser and a professor at Yale, said ...": "her"
    says whose adviser, the role is "adviser"; "and a" starts a second role."""
    r, = records("""
1	Jane	Jane	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	12	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	5	punct	_	_
4	her	her	PRON	PRP$	Poss=Yes|PronType=Prs	5	nmod:poss	_	_
5	adviser	adviser	NOUN	NN	Number=Sing	2	appos	_	_
6	and	and	CCONJ	CC	_	8	cc	_	_
7	a	a	DET	DT	_	8	det	_	_
8	professor	professor	NOUN	NN	Number=Sing	5	conj	_	_
9	at	at	ADP	IN	_	10	case	_	_
10	Yale	Yale	PROPN	NNP	Number=Sing	8	nmod	_	SpaceAfter=No
11	,	,	PUNCT	,	_	5	punct	_	_
""" + the_plan_was_sound(12))
    assert r.speaker.name == "Jane Roe"
    assert sorted(r.speaker.roles) == ["adviser", "professor at Yale"]


def _spoke(given: str, surname: str) -> str:
    """ "<given> <surname> spoke." """
    return f"""
1	{given}	{given}	PROPN	NNP	Number=Sing	2	compound	_	_
2	{surname}	{surname}	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	spoke	speak	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_a_surname_several_people_share_names_the_one_mentioned_most():
    """ "Alan Grayson spoke. Alan Grayson spoke. Dena Grayson spoke.
    Grayson said ...": the bare surname is the article's main Grayson, not
    the latest one named."""
    r, = records(_spoke("Alan", "Grayson") + _spoke("Alan", "Grayson") + _spoke("Dena", "Grayson") + "\n"
                 + _subject_said([("Grayson", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.mention, r.speaker.name) == ("Grayson", "Alan Grayson")


def test_one_of_two_people_named_jointly_is_named_in_full_later():
    """ "Richard Alba and Nancy Foner wrote. Ms. Foner said ...": the joint
    name stays one name, and each of its people is an entity of their own."""
    r, = records(f"""
1	Richard	Richard	PROPN	NNP	Number=Sing	2	compound	_	_
2	Alba	Alba	PROPN	NNP	Number=Sing	6	nsubj	_	_
3	and	and	CCONJ	CC	_	5	cc	_	_
4	Nancy	Nancy	PROPN	NNP	Number=Sing	5	compound	_	_
5	Foner	Foner	PROPN	NNP	Number=Sing	2	conj	_	_
6	wrote	write	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
7	.	.	PUNCT	.	_	6	punct	_	_

""" + _subject_said([("Ms.", "PROPN", "NNP", "compound"), ("Foner", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.mention, r.speaker.name) == ("Ms. Foner", "Nancy Foner")


def _committee_met(first: str, second: str) -> str:
    """ "The <first> <second> Committee met." """
    return f"""
1	The	the	DET	DT	Definite=Def|PronType=Art	4	det	_	_
2	{first}	{first}	PROPN	NNP	Number=Sing	4	compound	_	_
3	{second}	{second}	PROPN	NNP	Number=Sing	4	compound	_	_
4	Committee	Committee	PROPN	NNP	Number=Sing	5	nsubj	_	_
5	met	meet	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
6	.	.	PUNCT	.	_	5	punct	_	_
"""


def test_the_committee_is_the_committee_named_before():
    """ "The House Intelligence Committee met. The Committee said ...": a
    generic organisation word alone describes the body named in full."""
    r, = records(_committee_met("House", "Intelligence") + "\n" + _subject_said(
        [("The", "DET", "DT", "det"), ("Committee", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.mention, r.speaker.name) == ("The Committee", "House Intelligence Committee")
    r, = records(_spoke("Barack", "Obama") + "\n" + _subject_said([("The", "DET", "DT", "det"),
                                                                   ("Committee", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.mention, r.speaker.name) == ("The Committee", None)  # not "Committee", no other body


def _roe_is_the_chairman(aux: str) -> str:
    """ "Jane Roe <aux> the chairman." then "Roe said the plan was sound." """
    modal = "3\twould\twould\tAUX\tMD\tVerbForm=Fin\t6\taux\t_\t_\n4\tbe\tbe\tAUX\tVB\tVerbForm=Inf\t6\tcop\t_\t_" \
        if aux == "would be" else f"3\tis\tbe\tAUX\tVBZ\t{VERB}\t6\tcop\t_\t_\n4\tnow\tnow\tADV\tRB\t_\t6\tadvmod\t_\t_"
    return f"""
1	Jane	Jane	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	6	nsubj	_	_
{modal}
5	the	the	DET	DT	Definite=Def|PronType=Art	6	det	_	_
6	chairman	chairman	NOUN	NN	Number=Sing	0	root	_	SpaceAfter=No
7	.	.	PUNCT	.	_	6	punct	_	_

""" + _subject_said([("Roe", "PROPN", "NNP", "nsubj")])


def test_a_role_is_what_the_article_states_not_what_someone_might_be():
    """ "Jane Roe is now the chairman." gives her the role; "Jane Roe would
    be the chairman." does not (entities on the parse itself: the pipeline
    reads only the parses of sentences with a cue)."""
    def roles(aux: str) -> list[str]:
        doc = parsed_from_conllu(_roe_is_the_chairman(aux))
        entities = resolve(doc, find_mentions(doc))
        return next(e.roles for e in entities if e.name == "Jane Roe")
    assert roles("is now") == ["chairman"]
    assert roles("would be") == []


def test_a_definite_description_as_subject_gives_its_role_to_the_person_it_fits():
    """ "Ambassador John Bolton spoke. The veteran ambassador criticized it.
    Bolton said ...": the description shares "ambassador" with his title,
    so "veteran ambassador" is his role too."""
    r, = records(f"""
1	Ambassador	Ambassador	PROPN	NNP	Number=Sing	3	compound	_	_
2	John	John	PROPN	NNP	Number=Sing	3	compound	_	_
3	Bolton	Bolton	PROPN	NNP	Number=Sing	4	nsubj	_	_
4	spoke	speak	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

1	The	the	DET	DT	Definite=Def|PronType=Art	3	det	_	_
2	veteran	veteran	ADJ	JJ	Degree=Pos	3	amod	_	_
3	ambassador	ambassador	NOUN	NN	Number=Sing	4	nsubj	_	_
4	criticized	criticize	VERB	VBD	{VERB}	0	root	_	_
5	it	it	PRON	PRP	Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs	4	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	4	punct	_	_

""" + _subject_said([("Bolton", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "John Bolton" and r.speaker.roles == ["Ambassador", "veteran ambassador"]


def test_a_record_keeps_roles_as_written_and_normalised():
    """ "Sen. Tim Kaine said ...": the role as written is the evidence, the
    normalised one what display and search use."""
    r, = records(_subject_said([("Sen.", "PROPN", "NNP", "compound"), ("Tim", "PROPN", "NNP", "compound"),
                                ("Kaine", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.name, r.speaker.roles, r.speaker.roles_norm) == ("Tim Kaine", ["Sen."], ["senator"])


def test_a_name_after_the_is_an_organisation_and_they_is_not_a_country():
    """ "The Hill reported. China objected. They said ...": "the" before a
    name makes it a body, not a person; "they" are not China."""
    r, = records(f"""
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	Hill	Hill	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	reported	report	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

1	China	China	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	objected	object	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

1	They	they	PRON	PRP	Case=Nom|Number=Plur|Person=3|PronType=Prs	2	nsubj	_	_
""" + the_plan_was_sound(2))
    assert (r.speaker.mention, r.speaker.name, r.speaker.kind) == ("They", "Hill", "organization")


def test_a_speaker_described_by_a_person_noun_is_a_person():
    """ "The employee said ...": no name, but a person (lexicons/person_nouns.txt)."""
    r, = records(_subject_said([("The", "DET", "DT", "det"), ("employee", "NOUN", "NN", "nsubj")]))
    assert (r.speaker.mention, r.speaker.name, r.speaker.kind) == ("The employee", None, "person")


def test_a_description_known_by_a_name_is_that_person():
    """ "The base chief, known as Bob, said ...": the description speaks for
    Bob, and is his role."""
    r, = records("""
1	The	the	DET	DT	Definite=Def|PronType=Art	3	det	_	_
2	base	base	NOUN	NN	Number=Sing	3	compound	_	_
3	chief	chief	NOUN	NN	Number=Sing	9	nsubj	_	SpaceAfter=No
4	,	,	PUNCT	,	_	5	punct	_	_
5	known	know	VERB	VBN	Tense=Past|VerbForm=Part	3	acl	_	_
6	as	as	ADP	IN	_	7	case	_	_
7	Bob	Bob	PROPN	NNP	Number=Sing	5	obl	_	SpaceAfter=No
8	,	,	PUNCT	,	_	5	punct	_	_
""" + the_plan_was_sound(9))
    assert (r.speaker.mention, r.speaker.name, r.speaker.roles) == ("The base chief", "Bob", ["base chief"])


def test_he_is_the_subject_just_before_rather_than_an_earlier_speaker():
    """ "Donald Trump said ... Bob Sutton spoke. He said ...": the subject of
    the sentence right before is nearer than who spoke two sentences back."""
    *_, r = records(_subject_said([("Donald", "PROPN", "NNP", "compound"), ("Trump", "PROPN", "NNP", "nsubj")])
                    + _spoke("Bob", "Sutton") + "\n" + said_the_plan_was_sound("He", "Masc"))
    assert (r.speaker.mention, r.speaker.name) == ("He", "Bob Sutton")


def test_a_name_only_a_quote_gives_in_full_is_not_the_name():
    """ "“Alan Mark Grayson lied,” Roe said. Alan Grayson spoke. Grayson
    said ...": the article itself calls him Alan Grayson."""
    *_, r = records(f"""
1	“	"	PUNCT	``	_	5	punct	_	SpaceAfter=No
2	Alan	Alan	PROPN	NNP	Number=Sing	4	compound	_	_
3	Mark	Mark	PROPN	NNP	Number=Sing	4	compound	_	_
4	Grayson	Grayson	PROPN	NNP	Number=Sing	5	nsubj	_	_
5	lied	lie	VERB	VBD	{VERB}	9	ccomp	_	SpaceAfter=No
6	,	,	PUNCT	,	_	5	punct	_	SpaceAfter=No
7	”	"	PUNCT	''	_	5	punct	_	_
8	Roe	Roe	PROPN	NNP	Number=Sing	9	nsubj	_	_
9	said	say	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
10	.	.	PUNCT	.	_	9	punct	_	_
""" + _spoke("Alan", "Grayson") + "\n" + _subject_said([("Grayson", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.mention, r.speaker.name) == ("Grayson", "Alan Grayson")


def test_an_indefinite_description_is_someone_new():
    """ "Hillary Clinton spoke. A federal judge said ...": "a judge" is not
    the person named before, however salient she is."""
    *_, r = records(_spoke("Hillary", "Clinton") + "\n" + _subject_said(
        [("A", "DET", "DT", "det"), ("federal", "ADJ", "JJ", "amod"), ("judge", "NOUN", "NN", "nsubj")]))
    assert (r.speaker.mention, r.speaker.name, r.speaker.kind) == ("A federal judge", None, "person")


def test_appositions_led_by_a_name_or_joined_without_article():
    """ "Jim Bennett, a Trump supporter, said ...": capitalised words may lead
    a role that ends in a title; "aide to Obama and senior adviser at
    Brookings" are two roles."""
    r, = records("""
1	Jim	Jim	PROPN	NNP	Number=Sing	2	compound	_	_
2	Bennett	Bennett	PROPN	NNP	Number=Sing	8	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	6	punct	_	_
4	a	a	DET	DT	_	6	det	_	_
5	Trump	Trump	PROPN	NNP	Number=Sing	6	compound	_	_
6	supporter	supporter	NOUN	NN	Number=Sing	2	appos	_	SpaceAfter=No
7	,	,	PUNCT	,	_	6	punct	_	_
""" + the_plan_was_sound(8))
    assert (r.speaker.name, r.speaker.roles) == ("Jim Bennett", ["Trump supporter"])
    r, = records("""
1	Matt	Matt	PROPN	NNP	Number=Sing	2	compound	_	_
2	Bennett	Bennett	PROPN	NNP	Number=Sing	13	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	4	punct	_	_
4	aide	aide	NOUN	NN	Number=Sing	2	appos	_	_
5	to	to	ADP	IN	_	6	case	_	_
6	Obama	Obama	PROPN	NNP	Number=Sing	4	nmod	_	_
7	and	and	CCONJ	CC	_	9	cc	_	_
8	senior	senior	ADJ	JJ	Degree=Pos	9	amod	_	_
9	adviser	adviser	NOUN	NN	Number=Sing	4	conj	_	_
10	at	at	ADP	IN	_	11	case	_	_
11	Brookings	Brookings	PROPN	NNP	Number=Sing	9	nmod	_	SpaceAfter=No
12	,	,	PUNCT	,	_	4	punct	_	_
""" + the_plan_was_sound(13))
    assert (r.speaker.name, sorted(r.speaker.roles)) == ("Matt Bennett", ["aide to Obama", "senior adviser at Brookings"])


def test_an_acronym_is_the_organisation_it_abbreviates():
    """ "The Republican National Committee met. The RNC said ...": one body,
    named in full."""
    r, = records(_committee_met("Republican", "National") + "\n" + _subject_said(
        [("The", "DET", "DT", "det"), ("RNC", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.mention, r.speaker.name, r.speaker.kind) == ("The RNC", "Republican National Committee",
                                                                    "organization")


def test_a_description_of_the_other_party_is_not_the_person():
    """ "Republican Donald Trump spoke. The Democratic frontrunner said ...":
    not Trump, the only person named so far (a capitalised modifier his
    roles lack names someone else)."""
    *_, r = records(f"""
1	Republican	Republican	PROPN	NNP	Number=Sing	3	compound	_	_
2	Donald	Donald	PROPN	NNP	Number=Sing	3	compound	_	_
3	Trump	Trump	PROPN	NNP	Number=Sing	4	nsubj	_	_
4	spoke	speak	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

""" + _subject_said([("The", "DET", "DT", "det"), ("Democratic", "ADJ", "JJ", "amod"),
                     ("frontrunner", "NOUN", "NN", "nsubj")]))
    assert r.speaker.mention == "The Democratic frontrunner" and r.speaker.name is None


def test_a_common_noun_possessor_leaves_the_role():
    """ "Erik Flannigan, the channel's head of programming, said ...": the
    role is "head of programming"."""
    r, = records("""
1	Erik	Erik	PROPN	NNP	Number=Sing	2	compound	_	_
2	Flannigan	Flannigan	PROPN	NNP	Number=Sing	11	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	7	punct	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	channel	channel	NOUN	NN	Number=Sing	7	nmod:poss	_	SpaceAfter=No
6	's	's	PART	POS	_	5	case	_	_
7	head	head	NOUN	NN	Number=Sing	2	appos	_	_
8	of	of	ADP	IN	_	9	case	_	_
9	programming	programming	NOUN	NN	Number=Sing	7	nmod	_	SpaceAfter=No
10	,	,	PUNCT	,	_	7	punct	_	_
""" + the_plan_was_sound(11))
    assert (r.speaker.name, r.speaker.roles) == ("Erik Flannigan", ["head of programming"])


def test_a_lower_case_role_before_a_name_is_a_role_whatever_the_parse():
    """ "Sanders strategist Tad Devine said ...", with "strategist" read as a
    verb and the name as its object (as the compact parser reads it), and
    "former secretary of state Hillary Clinton said ...", with the title as
    the head and the name hung on it: the words before the name that end in
    a lower-case title are a role."""
    r, = records("""
1	Sanders	Sanders	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	strategist	strategist	VERB	VBP	Mood=Ind|Tense=Pres|VerbForm=Fin	0	root	_	_
3	Tad	Tad	PROPN	NNP	Number=Sing	2	obj	_	_
4	Devine	Devine	PROPN	NNP	Number=Sing	5	nsubj	_	_
""" + _said_rows(5, 2, "ccomp"))
    assert (r.speaker.name, r.speaker.roles) == ("Tad Devine", ["Sanders strategist"])
    r, = records("""
1	former	former	ADJ	JJ	Degree=Pos	2	amod	_	_
2	secretary	secretary	NOUN	NN	Number=Sing	7	nsubj	_	_
3	of	of	ADP	IN	_	4	case	_	_
4	state	state	NOUN	NN	Number=Sing	2	nmod	_	_
5	Hillary	Hillary	PROPN	NNP	Number=Sing	6	compound	_	_
6	Clinton	Clinton	PROPN	NNP	Number=Sing	2	nmod	_	_
""" + the_plan_was_sound(7))
    assert r.speaker.name == "Hillary Clinton" and r.speaker.roles == ["former secretary of state"]


def test_two_roles_before_a_name_joined_by_and_are_two():
    """ "journalist and author Hiro Aida said ..." """
    r, = records(_subject_said([("journalist", "NOUN", "NN", "compound"), ("and", "CCONJ", "CC", "cc"),
                                ("author", "NOUN", "NN", "conj"), ("Hiro", "PROPN", "NNP", "compound"),
                                ("Aida", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.name, sorted(r.speaker.roles)) == ("Hiro Aida", ["author", "journalist"])


def test_an_apposition_past_an_age_and_up_to_a_participle_is_a_role():
    """ "Stephanie Acs, 27, a Navy veteran attending school, said ...", read
    by its tags alone (the phrases hung on "said" as bare dependents): the
    age is skipped, the role ends before the participle, and a capitalised
    word may lead it after an article when its head is a person noun."""
    r, = records("""
1	Stephanie	Stephanie	PROPN	NNP	Number=Sing	2	compound	_	_
2	Acs	Acs	PROPN	NNP	Number=Sing	12	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	4	punct	_	_
4	27	27	NUM	CD	NumForm=Digit|NumType=Card	12	dep	_	SpaceAfter=No
5	,	,	PUNCT	,	_	8	punct	_	_
6	a	a	DET	DT	_	8	det	_	_
7	Navy	Navy	PROPN	NNP	Number=Sing	8	compound	_	_
8	veteran	veteran	NOUN	NN	Number=Sing	12	dep	_	_
9	attending	attend	VERB	VBG	VerbForm=Ger	12	dep	_	_
10	school	school	NOUN	NN	Number=Sing	9	obj	_	SpaceAfter=No
11	,	,	PUNCT	,	_	12	punct	_	_
""" + the_plan_was_sound(12))
    assert (r.speaker.name, r.speaker.roles) == ("Stephanie Acs", ["Navy veteran"])


def test_a_person_noun_in_lower_case_before_a_name_ends_a_role():
    """ "Later, former NFL star Jim Brown said ...": "star" is no title
    (lexicons/person_nouns.txt), but in lower case before a name it ends
    the role all the same."""
    r, = records("""
1	Later	later	ADV	RB	_	8	advmod	_	SpaceAfter=No
2	,	,	PUNCT	,	_	8	punct	_	_
3	former	former	ADJ	JJ	Degree=Pos	5	amod	_	_
4	NFL	NFL	PROPN	NNP	Number=Sing	5	compound	_	_
5	star	star	NOUN	NN	Number=Sing	7	compound	_	_
6	Jim	Jim	PROPN	NNP	Number=Sing	7	compound	_	_
7	Brown	Brown	PROPN	NNP	Number=Sing	8	nsubj	_	_
""" + the_plan_was_sound(8))
    assert (r.speaker.name, r.speaker.roles) == ("Jim Brown", ["former NFL star"])


def test_an_apposition_with_an_acronym_read_as_a_pronoun_is_a_role():
    """ "Jane Roe, an IT professional, said ...", with "IT" tagged as a pronoun."""
    r, = records("""
1	Jane	Jane	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	8	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	6	punct	_	_
4	an	a	DET	DT	_	6	det	_	_
5	IT	it	PRON	PRP	Case=Nom|Number=Sing|Person=3|PronType=Prs	6	nsubj	_	_
6	professional	professional	NOUN	NN	Number=Sing	2	appos	_	SpaceAfter=No
7	,	,	PUNCT	,	_	6	punct	_	_
""" + the_plan_was_sound(8))
    assert (r.speaker.name, r.speaker.roles) == ("Jane Roe", ["IT professional"])


def test_an_apposition_whose_title_is_read_as_a_verb_is_a_role():
    """ "Jane Roe, the reviews director at Acme Weekly, said ...", with
    "director" tagged as a present-tense verb."""
    r, = records("""
1	Jane	Jane	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	11	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	6	punct	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	reviews	review	NOUN	NNS	Number=Plur	6	nsubj	_	_
6	director	director	VERB	VBP	Mood=Ind|Tense=Pres|VerbForm=Fin	2	acl:relcl	_	_
7	at	at	ADP	IN	_	9	case	_	_
8	Acme	Acme	PROPN	NNP	Number=Sing	9	compound	_	_
9	Weekly	Weekly	PROPN	NNP	Number=Sing	6	obl	_	SpaceAfter=No
10	,	,	PUNCT	,	_	6	punct	_	_
""" + the_plan_was_sound(11))
    assert (r.speaker.name, r.speaker.roles) == ("Jane Roe", ["reviews director at Acme Weekly"])


def test_as_and_a_role_before_a_name_is_its_role_and_not_part_of_it():
    """ "As chair of the Parks Committee, Mark Levine said ...": the comma
    ends the opening phrase, not a list of names, and the phrase is Levine's
    role."""
    r, = records("""
1	As	as	ADP	IN	_	2	case	_	_
2	chair	chair	NOUN	NN	Number=Sing	10	obl	_	_
3	of	of	ADP	IN	_	6	case	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	6	det	_	_
5	Parks	Parks	PROPN	NNP	Number=Sing	6	compound	_	_
6	Committee	Committee	PROPN	NNP	Number=Sing	2	nmod	_	SpaceAfter=No
7	,	,	PUNCT	,	_	2	punct	_	_
8	Mark	Mark	PROPN	NNP	Number=Sing	9	compound	_	_
9	Levine	Levine	PROPN	NNP	Number=Sing	10	nsubj	_	_
""" + the_plan_was_sound(10))
    assert (r.speaker.name, r.speaker.roles) == ("Mark Levine", ["chair of the Parks Committee"])


NURSE_FROM_SEATTLE = """
1	Jane	Jane	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	9	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	5	punct	_	_
4	a	a	DET	DT	_	5	det	_	_
5	nurse	nurse	NOUN	NN	Number=Sing	2	appos	_	_
6	from	from	ADP	IN	_	7	case	_	_
7	Seattle	Seattle	PROPN	NNP	Number=Sing	5	nmod	_	SpaceAfter=No
8	,	,	PUNCT	,	_	5	punct	_	_
""" + the_plan_was_sound(9)


def test_a_home_town_ending_an_apposition_is_not_part_of_the_role():
    """ "Jane Roe, a nurse from Seattle, said ...": where she is from is not
    what she is; the place a senator represents is."""
    r, = records(NURSE_FROM_SEATTLE)
    assert (r.speaker.name, r.speaker.roles) == ("Jane Roe", ["nurse"])
    r, = records(NURSE_FROM_SEATTLE.replace("nurse", "senator"))
    assert r.speaker.roles == ["senator from Seattle"]  # whom a senator represents is what she is


def test_a_capitalised_apposition_after_the_holding_a_title_is_a_role():
    """ "Filippo Grandi, the United Nations High Commissioner for Refugees
    (UNHCR), said ...", the apposition hung on "said" as a bare dependent."""
    r, = records("""
1	Filippo	Filippo	PROPN	NNP	Number=Sing	2	compound	_	_
2	Grandi	Grandi	PROPN	NNP	Number=Sing	15	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	8	punct	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	8	det	_	_
5	United	United	PROPN	NNP	Number=Sing	6	compound	_	_
6	Nations	Nations	PROPN	NNPS	Number=Plur	8	compound	_	_
7	High	High	PROPN	NNP	Number=Sing	8	compound	_	_
8	Commissioner	Commissioner	PROPN	NNP	Number=Sing	15	dep	_	_
9	for	for	ADP	IN	_	10	case	_	_
10	Refugees	Refugees	PROPN	NNPS	Number=Plur	8	nmod	_	_
11	(	(	PUNCT	-LRB-	_	12	punct	_	SpaceAfter=No
12	UNHCR	UNHCR	PROPN	NNP	Number=Sing	8	appos	_	SpaceAfter=No
13	)	)	PUNCT	-RRB-	_	12	punct	_	SpaceAfter=No
14	,	,	PUNCT	,	_	8	punct	_	_
""" + the_plan_was_sound(15))
    assert r.speaker.name == "Filippo Grandi"
    assert r.speaker.roles == ["United Nations High Commissioner for Refugees"]


def test_a_title_with_of_and_an_article_before_a_name_is_no_role_of_it():
    """ "a member of the Western Alliance": "the" is no complement of "member"
    as "state" is of "secretary of state", so the Alliance has no role."""
    from quotes.entities import role_before
    doc = parsed_from_conllu(_subject_said([
        ("a", "DET", "DT", "det"), ("member", "NOUN", "NN", "nsubj"), ("of", "ADP", "IN", "case"),
        ("the", "DET", "DT", "det"), ("Western", "PROPN", "NNP", "compound"), ("Alliance", "PROPN", "NNP", "nmod")]))
    assert role_before(doc, 4) == []
    doc = parsed_from_conllu(_subject_said([
        ("secretary", "NOUN", "NN", "compound"), ("of", "ADP", "IN", "case"), ("state", "NOUN", "NN", "nmod"),
        ("Tom", "PROPN", "NNP", "compound"), ("Nides", "PROPN", "NNP", "nsubj")]))
    assert [w.text for w in role_before(doc, 3)] == ["secretary", "of", "state"]


def test_a_known_person_named_by_surname_alone_gets_the_full_name():
    """ "President Obama said ...": lexicons/known_people.txt gives Barack
    Obama; "Mrs. Obama" is Michelle Obama; a surname several people share
    with no default (Clinton) stays as written."""
    r, = records(_subject_said([("President", "PROPN", "NNP", "compound"), ("Obama", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.name, r.speaker.kind) == ("Barack Obama", "person")
    r, = records(_subject_said([("Mrs.", "PROPN", "NNP", "compound"), ("Obama", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Michelle Obama"
    r, = records(_subject_said([("Clinton", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Clinton"
    a, b = records(_subject_said([("President", "PROPN", "NNP", "compound"), ("Obama", "PROPN", "NNP", "nsubj")])
                   + "\n" + said_the_plan_was_sound("She", "Fem"))  # a pronoun's gender may be wrong: names decide
    assert (b.speaker.mention, a.speaker.name, b.speaker.name) == ("She", "Barack Obama", "Barack Obama")


def test_the_rest_of_a_multiword_preposition_is_not_part_of_the_mention():
    """ "According to the Pentagon, ...", with "to" hung on "According" as
    fixed and "According" on the nominal as its case marker (as the compact
    parser's 2026-11-29 round reads it): the mention is "the Pentagon"."""
    r, = records(f"""
1	According	accord	VERB	VBG	VerbForm=Ger	4	case	_	_
2	to	to	ADP	IN	_	1	fixed	_	_
3	the	the	DET	DT	Definite=Def|PronType=Art	4	det	_	_
4	Pentagon	Pentagon	PROPN	NNP	Number=Sing	8	obl	_	SpaceAfter=No
5	,	,	PUNCT	,	_	4	punct	_	_
6	Russia	Russia	PROPN	NNP	Number=Sing	8	nsubj	_	_
7	has	have	AUX	VBZ	{VERB}	8	aux	_	_
8	deployed	deploy	VERB	VBN	Tense=Past|VerbForm=Part	0	root	_	_
9	troops	troop	NOUN	NNS	Number=Plur	8	obj	_	SpaceAfter=No
10	.	.	PUNCT	.	_	8	punct	_	_
""")
    assert (r.text, r.speaker.mention, r.speaker.kind) == ("Russia has deployed troops", "the Pentagon", "organization")


def test_a_name_set_off_by_commas_after_a_description_is_its_apposition_not_part_of_it():
    """ "The author of the book, Mitchell Zuckoff, said ...": the speaker is
    Mitchell Zuckoff and "author of the book" his role."""
    r, = records(f"""
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	author	author	NOUN	NN	Number=Sing	10	nsubj	_	_
3	of	of	ADP	IN	_	5	case	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	book	book	NOUN	NN	Number=Sing	2	nmod	_	SpaceAfter=No
6	,	,	PUNCT	,	_	7	punct	_	_
7	Mitchell	Mitchell	PROPN	NNP	Number=Sing	8	compound	_	_
8	Zuckoff	Zuckoff	PROPN	NNP	Number=Sing	2	appos	_	SpaceAfter=No
9	,	,	PUNCT	,	_	2	punct	_	_
""" + _said_rows(10).replace("\\t0\\troot", "\\t0\\troot"))
    assert (r.speaker.name, r.speaker.roles) == ("Mitchell Zuckoff", ["author of the book"])


def test_a_name_hung_on_a_capitalised_title_through_its_of_complement_is_the_name():
    """ "White House Chief of Staff Denis McDonough said ...", with "Chief"
    the subject and the name its nmod (as the compact parser's 2026-11-29
    round reads it): the name is Denis McDonough, the rest his role."""
    r, = records("""
1	White	White	ADJ	JJ	Degree=Pos	3	amod	_	_
2	House	House	PROPN	NNP	Number=Sing	3	compound	_	_
3	Chief	Chief	PROPN	NNP	Number=Sing	8	nsubj	_	_
4	of	of	ADP	IN	_	7	case	_	_
5	Staff	Staff	PROPN	NNP	Number=Sing	7	compound	_	_
6	Denis	Denis	PROPN	NNP	Number=Sing	7	compound	_	_
7	McDonough	McDonough	PROPN	NNP	Number=Sing	3	nmod	_	_
""" + the_plan_was_sound(8))
    assert (r.speaker.name, r.speaker.roles) == ("Denis McDonough", ["White House Chief of Staff"])


def test_a_description_takes_no_verb_or_words_before_its_article():
    """ "quoted an adviser as saying the retired neurosurgeon is having trouble":
    the description is "the retired neurosurgeon", not "saying the ..."."""
    from quotes.entities import description_mention
    doc = parsed_from_conllu(f"""
1	as	as	SCONJ	IN	_	2	mark	_	_
2	saying	say	VERB	VBG	Tense=Pres|VerbForm=Part	7	advcl	_	_
3	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
4	retired	retire	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	5	amod	_	_
5	neurosurgeon	neurosurgeon	NOUN	NN	Number=Sing	7	nsubj	_	_
6	is	be	AUX	VBZ	{VERB}	7	aux	_	_
7	struggling	struggle	VERB	VBG	Tense=Pres|VerbForm=Part	0	root	_	SpaceAfter=No
8	.	.	PUNCT	.	_	7	punct	_	_
""")
    m = description_mention(doc, doc.words[4])
    assert (m.text, m.roles) == ("the retired neurosurgeon", ["retired neurosurgeon"])


def test_a_role_written_as_a_possessor_loses_its_possessive():
    from quotes.entities import Entity
    e = Entity("Barack Obama")
    e.add_role("president's")
    e.add_role("President")
    assert e.roles == ["president"]


def test_a_role_read_with_and_without_then_is_one_role_as_written():
    """ "Denis McDonough (then deputy national security adviser)": the
    apposition and the description resolved to him give one role."""
    from quotes.entities import Entity
    for order in (["then deputy adviser", "deputy adviser"], ["deputy adviser", "then deputy adviser"]):
        e = Entity("Denis McDonough")
        for role in order:
            e.add_role(role)
        assert e.roles == ["then deputy adviser"], order


def test_a_relative_clause_after_a_name_states_its_roles_whatever_the_parse():
    """ "..., said David Axelrod, who was Obama's chief election strategist and
    later senior adviser.", the clause hung on "said" as ccomp (as the compact
    parser reads it): two roles, "later" left out."""
    r, = records(f"""
1	“	"	PUNCT	``	_	3	punct	_	SpaceAfter=No
2	It	it	PRON	PRP	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	3	nsubj	_	_
3	matters	matter	VERB	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	SpaceAfter=No
4	,	,	PUNCT	,	_	6	punct	_	SpaceAfter=No
5	”	"	PUNCT	''	_	6	punct	_	_
6	said	say	VERB	VBD	{VERB}	3	parataxis	_	_
7	David	David	PROPN	NNP	Number=Sing	6	obj	_	_
8	Axelrod	Axelrod	PROPN	NNP	Number=Sing	7	flat	_	SpaceAfter=No
9	,	,	PUNCT	,	_	16	punct	_	_
10	who	who	PRON	WP	PronType=Rel	16	nsubj	_	_
11	was	be	AUX	VBD	{VERB}	16	cop	_	_
12	Obama	Obama	PROPN	NNP	Number=Sing	16	nmod:poss	_	SpaceAfter=No
13	's	's	PART	POS	_	12	case	_	_
14	chief	chief	ADJ	JJ	Degree=Pos	16	amod	_	_
15	election	election	NOUN	NN	Number=Sing	16	compound	_	_
16	strategist	strategist	NOUN	NN	Number=Sing	6	ccomp	_	_
17	and	and	CCONJ	CC	_	20	cc	_	_
18	later	late	ADJ	JJR	Degree=Pos	20	amod	_	_
19	senior	senior	ADJ	JJ	Degree=Pos	20	amod	_	_
20	adviser	adviser	NOUN	NN	Number=Sing	16	conj	_	SpaceAfter=No
21	.	.	PUNCT	.	_	3	punct	_	_
""")
    assert r.speaker.name == "David Axelrod"
    assert sorted(r.speaker.roles) == ["Obama's chief election strategist", "senior adviser"]


def test_a_country_after_a_capitalised_title_is_its_complement_not_a_name():
    """ "The Prime Minister of North Macedonia, Dimitar Kovacevski, said ...":
    no full name follows "of North Macedonia", so it is no "Chief of Staff
    Denis McDonough"; the speaker is the name in apposition."""
    r, = records("""
1	The	the	DET	DT	Definite=Def|PronType=Art	3	det	_	_
2	Prime	Prime	PROPN	NNP	Number=Sing	3	compound	_	_
3	Minister	Minister	PROPN	NNP	Number=Sing	11	nsubj	_	_
4	of	of	ADP	IN	_	6	case	_	_
5	North	North	PROPN	NNP	Number=Sing	6	compound	_	_
6	Macedonia	Macedonia	PROPN	NNP	Number=Sing	3	nmod	_	SpaceAfter=No
7	,	,	PUNCT	,	_	9	punct	_	_
8	Dimitar	Dimitar	PROPN	NNP	Number=Sing	9	flat	_	_
9	Kovacevski	Kovacevski	PROPN	NNP	Number=Sing	3	appos	_	SpaceAfter=No
10	,	,	PUNCT	,	_	3	punct	_	_
""" + the_plan_was_sound(11))
    assert r.speaker.name == "Dimitar Kovacevski"


def test_she_is_the_one_woman_named_in_the_sentence_before():
    """ "Mary Poe left. Bill Smith read a message from Jane Roe. She said the
    plan was sound.": no woman spoke or was a subject in the sentence
    before, one was named there (Mary Poe was a subject earlier)."""
    a, = records(f"""
1	Mary	Mary	PROPN	NNP	Number=Sing	2	compound	_	_
2	Poe	Poe	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	left	leave	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

1	Bill	Bill	PROPN	NNP	Number=Sing	2	compound	_	_
2	Smith	Smith	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	read	read	VERB	VBD	{VERB}	0	root	_	_
4	a	a	DET	DT	_	5	det	_	_
5	message	message	NOUN	NN	Number=Sing	3	obj	_	_
6	from	from	ADP	IN	_	8	case	_	_
7	Jane	Jane	PROPN	NNP	Number=Sing	8	compound	_	_
8	Roe	Roe	PROPN	NNP	Number=Sing	5	nmod	_	SpaceAfter=No
9	.	.	PUNCT	.	_	3	punct	_	_
""" + "\n" + said_the_plan_was_sound("She", "Fem"))
    assert (a.speaker.mention, a.speaker.name) == ("She", "Jane Roe")


def test_a_middle_initial_stays_in_the_name_after_a_title_with_its_complement():
    """ "Secretary of State John F. Kerry said ..." """
    r, = records(_subject_said([("Secretary", "PROPN", "NNP", "compound"), ("of", "ADP", "IN", "case"),
                                ("State", "PROPN", "NNP", "compound"), ("John", "PROPN", "NNP", "compound"),
                                ("F.", "PROPN", "NNP", "compound"), ("Kerry", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.name, r.speaker.roles) == ("John F. Kerry", ["Secretary of State"])


def test_watchdogs_and_clubs_are_organisations():
    for words in ([("Judicial", "PROPN", "NNP", "compound"), ("Watch", "PROPN", "NNP", "nsubj")],
                  [("Sierra", "PROPN", "NNP", "compound"), ("Club", "PROPN", "NNP", "nsubj")],
                  [("Dade", "PROPN", "NNP", "compound"), ("County", "PROPN", "NNP", "nsubj")]):
        r, = records(_subject_said(words))
        assert r.speaker.kind == "organization", words


FORMER_SECRETARY_SAID = f"""
1	The	the	DET	DT	Definite=Def|PronType=Art	3	det	_	_
2	former	former	ADJ	JJ	Degree=Pos	3	amod	_	_
3	secretary	secretary	NOUN	NN	Number=Sing	6	nsubj	_	_
4	of	of	ADP	IN	_	5	case	_	_
5	state	state	NOUN	NN	Number=Sing	3	nmod	_	_
""" + _said_rows(6)


def test_a_description_the_news_gives_a_known_person_is_that_person():
    """lexicons/known_descriptions.txt: "the former secretary of state" in an
    article naming Hillary Clinton is her, though Bill Clinton (whose gender
    does not fit) is the one mentioned most."""
    r, = records(_spoke("Hillary", "Clinton") + "\n" + _spoke("Bill", "Clinton") + "\n"
                 + _spoke("Bill", "Clinton") + "\n" + FORMER_SECRETARY_SAID)
    assert (r.speaker.mention, r.speaker.name) == ("The former secretary of state", "Hillary Clinton")
    assert "former secretary of state" in r.speaker.roles


LISTED_PEOPLE = f"""
1	Jane	Jane	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	17	nsubj	_	_
3	at	at	ADP	IN	_	5	case	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	Institute	Institute	PROPN	NNP	Number=Sing	2	nmod	_	_
6	of	of	ADP	IN	_	7	case	_	_
7	Technology	Technology	PROPN	NNP	Number=Sing	5	nmod	_	SpaceAfter=No
8	,	,	PUNCT	,	_	10	punct	_	_
9	Mary	Mary	PROPN	NNP	Number=Sing	10	compound	_	_
10	Poe	Poe	PROPN	NNP	Number=Sing	2	conj	_	_
11	at	at	ADP	IN	_	12	case	_	_
12	Yale	Yale	PROPN	NNP	Number=Sing	10	nmod	_	_
13	and	and	CCONJ	CC	_	15	cc	_	_
14	Ann	Ann	PROPN	NNP	Number=Sing	15	compound	_	_
15	Doe	Doe	PROPN	NNP	Number=Sing	2	conj	_	_
16	there	there	ADV	RB	_	17	advmod	_	_
17	met	meet	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
18	.	.	PUNCT	.	_	17	punct	_	_
"""


def test_they_after_a_list_of_people_is_the_people_listed():
    """ "Jane Roe at the Institute of Technology, Mary Poe at Yale and Ann Doe
    there met. They said the plan was sound.": "they" is the three, named
    jointly, and the institute's name stops before the next person."""
    r, = records(LISTED_PEOPLE + "\n" + said_the_plan_was_sound("They", "Masc").replace("Gender=Masc|Number=Sing",
                                                                                          "Number=Plur"))
    assert (r.speaker.mention, r.speaker.name, r.speaker.kind) == ("They", "Jane Roe, Mary Poe and Ann Doe", "group")
    doc = parsed_from_conllu(LISTED_PEOPLE)
    assert "Institute of Technology" in [m.name for m in find_mentions(doc)]


def test_a_role_before_a_name_is_read_back_from_the_name_past_common_words_the_phrase_took_in():
    """ "former secretary of state Hillary Clinton said ...", with "state" read
    as part of the name's phrase and "secretary" hung elsewhere."""
    r, = records(_subject_said([("former", "ADJ", "JJ", "amod"), ("secretary", "NOUN", "NN", "dep"),
                                ("of", "ADP", "IN", "case"), ("state", "NOUN", "NN", "compound"),
                                ("Hillary", "PROPN", "NNP", "compound"), ("Clinton", "PROPN", "NNP", "nsubj")]).replace(
        "1\tformer\tformer\tADJ\tJJ\t_\t6\tamod", "1\tformer\tformer\tADJ\tJJ\t_\t2\tamod").replace(
        "3\tof\tof\tADP\tIN\t_\t6\tcase", "3\tof\tof\tADP\tIN\t_\t4\tcase"))
    assert r.speaker.name == "Hillary Clinton" and r.speaker.roles == ["former secretary of state"]


def test_a_role_in_brackets_after_a_name_and_a_lower_case_council_title():
    """ "Denis McDonough (then deputy national security adviser) said ...",
    the bracket hung on "said" as a bare dependent; "councilmember Mark
    Levine said ..." """
    r, = records("""
1	Denis	Denis	PROPN	NNP	Number=Sing	2	compound	_	_
2	McDonough	McDonough	PROPN	NNP	Number=Sing	10	nsubj	_	_
3	(	(	PUNCT	-LRB-	_	8	punct	_	SpaceAfter=No
4	then	then	ADV	RB	_	8	advmod	_	_
5	deputy	deputy	ADJ	JJ	Degree=Pos	8	amod	_	_
6	national	national	ADJ	JJ	Degree=Pos	8	amod	_	_
7	security	security	NOUN	NN	Number=Sing	8	compound	_	_
8	adviser	adviser	NOUN	NN	Number=Sing	10	dep	_	SpaceAfter=No
9	)	)	PUNCT	-RRB-	_	8	punct	_	_
""" + _said_rows(10))
    assert r.speaker.name == "Denis McDonough"
    assert r.speaker.roles == ["then deputy national security adviser"]
    r, = records(_subject_said([("councilmember", "NOUN", "NN", "compound"), ("Mark", "PROPN", "NNP", "compound"),
                                ("Levine", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.name, r.speaker.roles) == ("Mark Levine", ["councilmember"])


def test_the_people_of_a_joint_name_hold_its_apposed_role():
    """ "Richard Alba and Nancy Foner, sociologists at Yale, said ... Foner
    said ...": Nancy Foner is a sociologist at Yale too."""
    a, b = records("""
1	Richard	Richard	PROPN	NNP	Number=Sing	2	compound	_	_
2	Alba	Alba	PROPN	NNP	Number=Sing	11	nsubj	_	_
3	and	and	CCONJ	CC	_	5	cc	_	_
4	Nancy	Nancy	PROPN	NNP	Number=Sing	5	compound	_	_
5	Foner	Foner	PROPN	NNP	Number=Sing	2	conj	_	SpaceAfter=No
6	,	,	PUNCT	,	_	7	punct	_	_
7	sociologists	sociologist	NOUN	NNS	Number=Plur	11	dep	_	_
8	at	at	ADP	IN	_	9	case	_	_
9	Yale	Yale	PROPN	NNP	Number=Sing	7	nmod	_	SpaceAfter=No
10	,	,	PUNCT	,	_	7	punct	_	_
""" + the_plan_was_sound(11) + "\n" + _subject_said([("Foner", "PROPN", "NNP", "nsubj")]))
    assert a.speaker.name == "Richard Alba and Nancy Foner" and a.speaker.roles == ["sociologists at Yale"]
    assert b.speaker.name == "Nancy Foner" and b.speaker.roles == ["sociologists at Yale"]
    assert (a.speaker.kind, b.speaker.kind) == ("group", "person")  # two people speaking together are no person


def test_he_is_not_the_subject_of_a_conditional_clause_just_before():
    """ "Jim Bennett left. If Bill Smith loses, he said the plan was sound.":
    the conditional's subject is no topic; "he" is the subject before it."""
    a, = records(_spoke("Jim", "Bennett").replace("spoke\tspeak", "left\tleave") + f"""
1	If	if	SCONJ	IN	_	4	mark	_	_
2	Bill	Bill	PROPN	NNP	Number=Sing	3	compound	_	_
3	Smith	Smith	PROPN	NNP	Number=Sing	4	nsubj	_	_
4	loses	lose	VERB	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	7	advcl	_	SpaceAfter=No
5	,	,	PUNCT	,	_	4	punct	_	_
6	he	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	7	nsubj	_	_
""" + the_plan_was_sound(7))
    assert (a.speaker.mention, a.speaker.name) == ("he", "Jim Bennett")


REP_SPOKE = f"""
1	Rep.	Rep.	PROPN	NNP	Number=Sing	3	compound	_	_
2	Alan	Alan	PROPN	NNP	Number=Sing	3	compound	_	_
3	Doe	Doe	PROPN	NNP	Number=Sing	4	nsubj	_	_
4	spoke	speak	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_
"""


def test_the_office_a_person_named_before_holds_names_them():
    """ "Rep. Alan Doe spoke. Mary Roe spoke. Mary Roe spoke. The congressman
    said ...": the one person holding that office under another of its
    names (lexicons/title_synonyms.txt) is the congressman, though Mary Roe
    is mentioned most."""
    said = """
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	congressman	congressman	NOUN	NN	Number=Sing	3	nsubj	_	_
""" + the_plan_was_sound(3)
    r, = records(REP_SPOKE + "\n" + _spoke("Mary", "Roe") + "\n" + _spoke("Mary", "Roe") + "\n" + said)
    assert (r.speaker.mention, r.speaker.name) == ("The congressman", "Alan Doe")
    assert "congressman" in r.speaker.roles


def test_a_former_holder_of_the_office_is_not_named_so():
    """ "... The former congressman said ...": someone who held the office
    once, not the one who holds it now."""
    said = """
1	The	the	DET	DT	Definite=Def|PronType=Art	3	det	_	_
2	former	former	ADJ	JJ	Degree=Pos	3	amod	_	_
3	congressman	congressman	NOUN	NN	Number=Sing	4	nsubj	_	_
""" + the_plan_was_sound(4)
    from quotes.entities import _title_holder
    doc = parsed_from_conllu(REP_SPOKE + "\n" + said)
    ms = find_mentions(doc)
    entities = resolve(doc, ms)
    former = next(m for m in ms if m.text.startswith("The former"))
    assert _title_holder(doc, former, entities) is None


IT_RAINED = """
1	It	it	PRON	PRP	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	2	expl	_	_
2	rained	rain	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_
"""


def test_they_a_few_sentences_after_they_named_listed_people_names_them_again():
    """ "Jane Roe ..., Mary Poe ... and Ann Doe there met. They said ... It
    rained. It rained. It rained. They said ...": the later "they" goes on
    naming the three (entities.THEY_CHAIN sentences back)."""
    they = said_the_plan_was_sound("They", "Masc").replace("Gender=Masc|Number=Sing", "Number=Plur")
    first, second = records(LISTED_PEOPLE + "\n" + they + "\n" + IT_RAINED + "\n" + IT_RAINED + "\n" + IT_RAINED
                            + "\n" + they)
    assert first.speaker.name == second.speaker.name == "Jane Roe, Mary Poe and Ann Doe"


def test_a_name_joined_to_a_common_noun_phrase_is_mentioned_alone():
    """ "Jane Roe or her aides said ...": the mention is Jane Roe; only
    names joined to a name make a joint mention ("A and B")."""
    r, = records("""
1	Jane	Jane	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	6	nsubj	_	_
3	or	or	CCONJ	CC	_	5	cc	_	_
4	her	her	PRON	PRP$	Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs	5	nmod:poss	_	_
5	aides	aide	NOUN	NNS	Number=Plur	2	conj	_	_
""" + the_plan_was_sound(6))
    assert (r.speaker.mention, r.speaker.name) == ("Jane Roe", "Jane Roe")


def test_a_known_description_in_an_unparsed_sentence_is_a_role():
    """ "Hillary Clinton spoke. Aides backed the former secretary of state's
    bid. Clinton said ...": the middle sentence holds no cue, so it is
    chunked, not parsed; the description, a possessor, still reaches Clinton
    as her role, without its "'s"."""
    r, = records(_spoke("Hillary", "Clinton") + f"""
1	Aides	aide	NOUN	NNS	Number=Plur	2	nsubj	_	_
2	backed	back	VERB	VBD	{VERB}	0	root	_	_
3	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
4	former	former	ADJ	JJ	Degree=Pos	5	amod	_	_
5	secretary	secretary	NOUN	NN	Number=Sing	2	obj	_	_
6	of	of	ADP	IN	_	7	case	_	_
7	state	state	NOUN	NN	Number=Sing	9	nmod:poss	_	SpaceAfter=No
8	's	's	PART	POS	_	7	case	_	_
9	bid	bid	NOUN	NN	Number=Sing	5	nmod	_	SpaceAfter=No
10	.	.	PUNCT	.	_	2	punct	_	_

""" + _subject_said([("Clinton", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.name, r.speaker.roles) == ("Hillary Clinton", ["former secretary of state"])


def test_a_party_description_is_the_salient_person_of_that_party():
    """ "Bob Smith spoke. Democratic nominee Hillary Clinton spoke. The Utah
    Republican said ...": the party member described is the person in view
    whose roles name no other party, and "Utah Republican" is his role."""
    r, = records(_spoke("Bob", "Smith") + f"""
1	Democratic	Democratic	ADJ	JJ	_	2	amod	_	_
2	nominee	nominee	NOUN	NN	Number=Sing	4	compound	_	_
3	Hillary	Hillary	PROPN	NNP	Number=Sing	4	compound	_	_
4	Clinton	Clinton	PROPN	NNP	Number=Sing	5	nsubj	_	_
5	spoke	speak	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
6	.	.	PUNCT	.	_	5	punct	_	_

""" + _subject_said([("The", "DET", "DT", "det"), ("Utah", "PROPN", "NNP", "compound"),
                     ("Republican", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.mention, r.speaker.name) == ("The Utah Republican", "Bob Smith")
    assert "Utah Republican" in r.speaker.roles


def test_a_title_inside_a_quote_is_no_role_of_the_speaker():
    """ "“Senator Smith will win,” Jane Smith said.": the quote's words are
    the speaker's, and its "Senator" may be someone else's title."""
    r, = records(f"""
1	“	"	PUNCT	``	_	5	punct	_	SpaceAfter=No
2	Senator	Senator	PROPN	NNP	Number=Sing	3	compound	_	_
3	Smith	Smith	PROPN	NNP	Number=Sing	5	nsubj	_	_
4	will	will	AUX	MD	VerbForm=Fin	5	aux	_	_
5	win	win	VERB	VB	VerbForm=Inf	9	ccomp	_	SpaceAfter=No
6	,	,	PUNCT	,	_	5	punct	_	SpaceAfter=No
7	”	"	PUNCT	''	_	5	punct	_	_
8	Jane	Jane	PROPN	NNP	Number=Sing	9	compound	_	_
9	Smith	Smith	PROPN	NNP	Number=Sing	10	nsubj	_	_
10	said	say	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
11	.	.	PUNCT	.	_	10	punct	_	_
""")
    assert (r.speaker.name, r.speaker.roles) == ("Jane Smith", [])


def test_a_counted_description_is_no_role():
    """ "Both candidates said ...", "Two voters said ...": how many people
    spoke is not what they are."""
    for count, upos, xpos in (("Both", "DET", "DT"), ("Two", "NUM", "CD")):
        r, = records(_subject_said([(count, upos, xpos, "det"), ("candidates", "NOUN", "NNS", "nsubj")]).replace(
            "candidates\tcandidates", "candidates\tcandidate"))
        assert (r.speaker.mention, r.speaker.roles) == (f"{count} candidates", [])


def test_a_lower_case_title_in_the_name_phrase_keeps_its_modifiers_and_an_ing_word():
    """ "former State policy planning director Jane Roe said ...": the whole
    title, "planning" (tagged a verb) included, is the role."""
    r, = records(_subject_said([("former", "ADJ", "JJ", "amod"), ("State", "PROPN", "NNP", "compound"),
                                ("policy", "NOUN", "NN", "compound"), ("planning", "VERB", "VBG", "acl"),
                                ("director", "NOUN", "NN", "compound"), ("Jane", "PROPN", "NNP", "compound"),
                                ("Roe", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.name, r.speaker.roles) == ("Jane Roe", ["former State policy planning director"])
    assert r.speaker.mention == "former State policy planning director Jane Roe"  # a source word "former" finds it


def test_a_name_after_a_second_title_joined_as_a_conjunct_names_the_speaker():
    """ "Japanese journalist and author Jane Roe said ...", the parse making
    "author Jane Roe" a conjunct of the subject "journalist"."""
    r, = records(f"""
1	Japanese	Japanese	PROPN	NNP	Number=Sing	2	compound	_	_
2	journalist	journalist	NOUN	NN	Number=Sing	7	nsubj	_	_
3	and	and	CCONJ	CC	_	4	cc	_	_
4	author	author	NOUN	NN	Number=Sing	2	conj	_	_
5	Jane	Jane	PROPN	NNP	Number=Sing	4	flat	_	_
6	Roe	Roe	PROPN	NNP	Number=Sing	5	flat	_	_
""" + the_plan_was_sound(7))
    assert (r.speaker.name, r.speaker.roles) == ("Jane Roe", ["Japanese journalist", "author"])


def test_a_definite_description_headed_by_a_person_noun_is_the_person_in_view():
    """ "Bob Ames spoke. The NFL legend said ...": "legend" is no title,
    but "the NFL legend" describes the man in view, and is his role; "the
    Ames aide" is someone of his, never Ames."""
    r, = records(_spoke("Bob", "Ames") + "\n" + _subject_said(
        [("The", "DET", "DT", "det"), ("NFL", "PROPN", "NNP", "compound"), ("legend", "NOUN", "NN", "nsubj")]))
    assert (r.speaker.name, r.speaker.roles) == ("Bob Ames", ["NFL legend"])
    r, = records(_spoke("Bob", "Ames") + "\n" + _subject_said(
        [("The", "DET", "DT", "det"), ("Ames", "PROPN", "NNP", "compound"), ("aide", "NOUN", "NN", "nsubj")]))
    assert r.speaker.name is None


def test_an_apposition_that_ends_the_sentence_gives_each_of_its_roles():
    """ "Voters left Roe for her chief rival, Bob Ames." and "“We won,” said
    Bob Ames, an adviser to Roe and a professor at Yale.": the apposition
    closes the sentence instead of sitting between commas; two roles joined
    by "and a" are two (the parse made the second a conjunct of the first)."""
    r, = records(f"""
1	Voters	voter	NOUN	NNS	Number=Plur	2	nsubj	_	_
2	left	leave	VERB	VBD	{VERB}	0	root	_	_
3	Roe	Roe	PROPN	NNP	Number=Sing	2	obj	_	_
4	for	for	ADP	IN	_	7	case	_	_
5	her	her	PRON	PRP$	Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs	7	nmod:poss	_	_
6	chief	chief	ADJ	JJ	Degree=Pos	7	amod	_	_
7	rival	rival	NOUN	NN	Number=Sing	2	obl	_	SpaceAfter=No
8	,	,	PUNCT	,	_	10	punct	_	_
9	Bob	Bob	PROPN	NNP	Number=Sing	10	compound	_	_
10	Ames	Ames	PROPN	NNP	Number=Sing	7	appos	_	SpaceAfter=No
11	.	.	PUNCT	.	_	2	punct	_	_

1	“	"	PUNCT	``	_	3	punct	_	SpaceAfter=No
2	We	we	PRON	PRP	Case=Nom|Number=Plur|Person=1|PronType=Prs	3	nsubj	_	_
3	won	win	VERB	VBD	{VERB}	6	ccomp	_	SpaceAfter=No
4	,	,	PUNCT	,	_	3	punct	_	SpaceAfter=No
5	”	"	PUNCT	''	_	3	punct	_	_
6	said	say	VERB	VBD	{VERB}	0	root	_	_
7	Bob	Bob	PROPN	NNP	Number=Sing	8	compound	_	_
8	Ames	Ames	PROPN	NNP	Number=Sing	6	obj	_	SpaceAfter=No
9	,	,	PUNCT	,	_	11	punct	_	_
10	an	a	DET	DT	Definite=Ind|PronType=Art	11	det	_	_
11	adviser	adviser	NOUN	NN	Number=Sing	6	nsubj	_	_
12	to	to	ADP	IN	_	13	case	_	_
13	Roe	Roe	PROPN	NNP	Number=Sing	11	nmod	_	_
14	and	and	CCONJ	CC	_	16	cc	_	_
15	a	a	DET	DT	Definite=Ind|PronType=Art	16	det	_	_
16	professor	professor	NOUN	NN	Number=Sing	11	conj	_	_
17	at	at	ADP	IN	_	18	case	_	_
18	Yale	Yale	PROPN	NNP	Number=Sing	16	nmod	_	SpaceAfter=No
19	.	.	PUNCT	.	_	6	punct	_	_
""")
    assert r.speaker.name == "Bob Ames"
    assert sorted(r.speaker.roles) == ["adviser to Roe", "chief rival", "professor at Yale"]


def test_he_after_a_name_and_an_aside_is_the_name_not_the_asides_noun():
    """ "Tom Bell spoke. Quill Sutton, chairman of the party in Ohio, is
    saddled with debt. “We will win,” he said.": the middle sentence, with
    no cue, is chunked; its subject is the name before the aside, not
    "Ohio" (and "Quill" gives no gender to go by)."""
    r, = records(_spoke("Tom", "Bell") + f"""
1	Quill	Quill	PROPN	NNP	Number=Sing	2	compound	_	_
2	Sutton	Sutton	PROPN	NNP	Number=Sing	12	nsubj:pass	_	SpaceAfter=No
3	,	,	PUNCT	,	_	4	punct	_	_
4	chairman	chairman	NOUN	NN	Number=Sing	2	appos	_	_
5	of	of	ADP	IN	_	7	case	_	_
6	the	the	DET	DT	Definite=Def|PronType=Art	7	det	_	_
7	party	party	NOUN	NN	Number=Sing	4	nmod	_	_
8	in	in	ADP	IN	_	9	case	_	_
9	Ohio	Ohio	PROPN	NNP	Number=Sing	7	nmod	_	SpaceAfter=No
10	,	,	PUNCT	,	_	4	punct	_	_
11	is	be	AUX	VBZ	{VERB}	12	aux:pass	_	_
12	saddled	saddle	VERB	VBN	Tense=Past|VerbForm=Part	0	root	_	_
13	with	with	ADP	IN	_	14	case	_	_
14	debt	debt	NOUN	NN	Number=Sing	12	obl	_	SpaceAfter=No
15	.	.	PUNCT	.	_	12	punct	_	_

1	“	"	PUNCT	``	_	4	punct	_	SpaceAfter=No
2	We	we	PRON	PRP	Case=Nom|Number=Plur|Person=1|PronType=Prs	4	nsubj	_	_
3	will	will	AUX	MD	VerbForm=Fin	4	aux	_	_
4	win	win	VERB	VB	VerbForm=Inf	8	ccomp	_	SpaceAfter=No
5	,	,	PUNCT	,	_	4	punct	_	SpaceAfter=No
6	”	"	PUNCT	''	_	4	punct	_	_
7	he	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	8	nsubj	_	_
8	said	say	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
9	.	.	PUNCT	.	_	8	punct	_	_
""")
    assert (r.speaker.mention, r.speaker.name) == ("he", "Quill Sutton")


def test_a_relative_word_the_parse_took_into_a_description_is_no_part_of_its_role():
    """ "..., which the top officer at the base said ...", "which" hung in
    the description by the parse: the role is "top officer at the base"."""
    r, = records(_subject_said([("which", "PRON", "WDT", "det"), ("the", "DET", "DT", "det"),
                                ("top", "ADJ", "JJ", "amod"), ("officer", "NOUN", "NN", "nsubj")]))
    assert r.speaker.roles == ["top officer"]


def test_a_surname_that_is_also_a_title_is_a_name_after_a_given_name_or_honorific():
    """ "Charlie King said ...", then "Mr. King said ...": "King" is his
    surname here, not a title (lexicons/titles.txt holds "king")."""
    a, b = records(_subject_said([("Charlie", "PROPN", "NNP", "compound"), ("King", "PROPN", "NNP", "nsubj")])
                   + "\n" + _subject_said([("Mr.", "PROPN", "NNP", "compound"), ("King", "PROPN", "NNP", "nsubj")]))
    assert (a.speaker.name, a.speaker.roles, b.speaker.name) == ("Charlie King", [], "Charlie King")


def _two_spoke(first: str, second: str) -> str:
    """ "<first> and <second> spoke.", the second a conjunct of the first."""
    return f"""
1	{first}	{first}	PROPN	NNP	Number=Sing	4	nsubj	_	_
2	and	and	CCONJ	CC	_	3	cc	_	_
3	{second}	{second}	PROPN	NNP	Number=Sing	1	conj	_	_
4	spoke	speak	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_
"""


def test_a_joint_name_of_two_surnames_is_not_either_person():
    """ "Hillary Clinton spoke. Mills and Clinton spoke. Clinton said ...":
    "Mills and Clinton" names two people; Clinton keeps her own name."""
    r, = records(_spoke("Hillary", "Clinton") + "\n" + _two_spoke("Mills", "Clinton") + "\n"
                 + _subject_said([("Clinton", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.mention, r.speaker.name) == ("Clinton", "Hillary Clinton")


def test_a_titled_second_person_after_and_is_a_mention_of_its_own():
    """ "Chaffetz and Rep. Bob Goodlatte asked ...", "Rep. Bob Goodlatte" a
    conjunct of "Chaffetz" (as repairs.join_names leaves the compact
    parser's reading): two mentions, "Rep." a role of Goodlatte alone (not
    "Chaffetz and Rep.")."""
    doc = parsed_from_conllu(f"""
1	Chaffetz	Chaffetz	PROPN	NNP	Number=Sing	6	nsubj	_	_
2	and	and	CCONJ	CC	_	3	cc	_	_
3	Rep.	Rep.	PROPN	NNP	Number=Sing	5	flat	_	_
4	Bob	Bob	PROPN	NNP	Number=Sing	5	flat	_	_
5	Goodlatte	Goodlatte	PROPN	NNP	Number=Sing	1	conj	_	_
6	asked	ask	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
7	.	.	PUNCT	.	_	6	punct	_	_
""")
    assert [(m.text, m.name, m.roles) for m in find_mentions(doc)] == [
        ("Chaffetz", "Chaffetz", []), ("Rep. Bob Goodlatte", "Bob Goodlatte", ["Rep."])]


def test_a_name_after_a_capitalised_title_with_a_complement_has_the_given_names_gender():
    """ "... a note from Undersecretary for Political Affairs Wendy Sherman",
    the title the head of the phrase: the mention is a woman's, so a
    later "she" can be hers."""
    doc = parsed_from_conllu("""
1	Undersecretary	Undersecretary	PROPN	NNP	Number=Sing	0	root	_	_
2	for	for	ADP	IN	_	4	case	_	_
3	Political	political	PROPN	NNP	Number=Sing	4	compound	_	_
4	Affairs	affair	PROPN	NNPS	Number=Plur	1	nmod	_	_
5	Wendy	Wendy	PROPN	NNP	Number=Sing	1	flat	_	_
6	Sherman	Sherman	PROPN	NNP	Number=Sing	5	flat	_	_
""")
    m, = find_mentions(doc)
    assert (m.name, m.roles, m.gender) == ("Wendy Sherman", ["Undersecretary for Political Affairs"], "f")


def test_she_after_a_two_sentence_quote_is_the_one_woman_named_before_it():
    """ "Hillary Clinton spoke. Dan Roe answered a note from Wendy Sherman.
    “The plane left.” “It is a miracle,” she wrote.": the one woman named
    two sentences back wrote it, not the latest female subject."""
    feats = "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"
    records_ = records(_spoke("Hillary", "Clinton") + f"""
1	Dan	Dan	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	answered	answer	VERB	VBD	{VERB}	0	root	_	_
4	a	a	DET	DT	Definite=Ind|PronType=Art	5	det	_	_
5	note	note	NOUN	NN	Number=Sing	3	obj	_	_
6	from	from	ADP	IN	_	8	case	_	_
7	Wendy	Wendy	PROPN	NNP	Number=Sing	8	compound	_	_
8	Sherman	Sherman	PROPN	NNP	Number=Sing	5	nmod	_	SpaceAfter=No
9	.	.	PUNCT	.	_	3	punct	_	_

1	“	"	PUNCT	``	_	4	punct	_	SpaceAfter=No
2	The	the	DET	DT	Definite=Def|PronType=Art	3	det	_	_
3	plane	plane	NOUN	NN	Number=Sing	4	nsubj	_	_
4	left	leave	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	SpaceAfter=No
6	”	"	PUNCT	''	_	4	punct	_	_

1	“	"	PUNCT	``	_	5	punct	_	SpaceAfter=No
2	It	it	PRON	PRP	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	5	nsubj	_	_
3	is	be	AUX	VBZ	{VERB}	5	cop	_	_
4	a	a	DET	DT	Definite=Ind|PronType=Art	5	det	_	_
5	miracle	miracle	NOUN	NN	Number=Sing	9	ccomp	_	SpaceAfter=No
6	,	,	PUNCT	,	_	5	punct	_	SpaceAfter=No
7	”	"	PUNCT	''	_	5	punct	_	_
8	she	she	PRON	PRP	{feats}	9	nsubj	_	_
9	wrote	write	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
10	.	.	PUNCT	.	_	9	punct	_	_
""")
    r = next(r for r in records_ if r.text.startswith("It is"))
    assert (r.speaker.mention, r.speaker.name) == ("she", "Wendy Sherman")


def test_the_before_a_persons_surname_makes_no_organisation():
    """ "Bernie Sanders spoke. The Sanders show began. Sanders said ...",
    "show" misread as a verb with "the Sanders" its subject: a name with a
    given name said who Sanders is, a person."""
    r, = records(_spoke("Bernie", "Sanders") + f"""
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	Sanders	Sanders	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	show	show	VERB	VBP	Mood=Ind|Tense=Pres|VerbForm=Fin	0	root	_	_
4	began	begin	VERB	VBD	{VERB}	3	xcomp	_	SpaceAfter=No
5	.	.	PUNCT	.	_	3	punct	_	_
""" + "\n" + _subject_said([("Sanders", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.name, r.speaker.kind) == ("Bernie Sanders", "person")


def test_a_hyphenated_given_name_after_a_lower_case_title_stays_whole():
    """ "Policy director Anne-Marie Slaughter said ...", the title the head
    and the name hung on it: the name is Anne-Marie Slaughter, not Anne."""
    r, = records("""
1	Policy	policy	NOUN	NN	Number=Sing	2	compound	_	_
2	director	director	NOUN	NN	Number=Sing	7	nsubj	_	_
3	Anne	Anne	PROPN	NNP	Number=Sing	2	flat	_	SpaceAfter=No
4	-	-	PUNCT	HYPH	_	3	punct	_	SpaceAfter=No
5	Marie	Marie	PROPN	NNP	Number=Sing	3	flat	_	_
6	Slaughter	Slaughter	PROPN	NNP	Number=Sing	3	flat	_	_
""" + the_plan_was_sound(7))
    assert (r.speaker.name, r.speaker.roles) == ("Anne-Marie Slaughter", ["Policy director"])


def test_a_speaker_inside_a_because_clause_does_not_take_the_next_he():
    """ "Dan Roe said he left only because Bill Smith agreed to stay. “We
    won,” he said.": Smith's commitment sits in an adverbial clause; the
    sentence's speaker is Roe."""
    records_ = records(f"""
1	Dan	Dan	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	said	say	VERB	VBD	{VERB}	0	root	_	_
4	he	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	5	nsubj	_	_
5	left	leave	VERB	VBD	{VERB}	3	ccomp	_	_
6	only	only	ADV	RB	_	10	advmod	_	_
7	because	because	SCONJ	IN	_	10	mark	_	_
8	Bill	Bill	PROPN	NNP	Number=Sing	9	compound	_	_
9	Smith	Smith	PROPN	NNP	Number=Sing	10	nsubj	_	_
10	agreed	agree	VERB	VBD	{VERB}	5	advcl	_	_
11	to	to	PART	TO	_	12	mark	_	_
12	stay	stay	VERB	VB	VerbForm=Inf	10	xcomp	_	SpaceAfter=No
13	.	.	PUNCT	.	_	3	punct	_	_

1	“	"	PUNCT	``	_	3	punct	_	SpaceAfter=No
2	We	we	PRON	PRP	Case=Nom|Number=Plur|Person=1|PronType=Prs	3	nsubj	_	_
3	won	win	VERB	VBD	{VERB}	6	ccomp	_	SpaceAfter=No
4	,	,	PUNCT	,	_	3	punct	_	SpaceAfter=No
5	”	"	PUNCT	''	_	3	punct	_	_
6	he	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	7	nsubj	_	_
7	said	say	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
8	.	.	PUNCT	.	_	7	punct	_	_
""")
    assert any(r.speaker.name == "Bill Smith" for r in records_)  # the rules read his commitment
    r = next(r for r in records_ if r.text == "We won")
    assert (r.speaker.mention, r.speaker.name) == ("he", "Dan Roe")


def test_two_titles_joined_by_and_are_two_roles_whatever_the_tag_of_the_second():
    """ "Jane Roe, a screenwriter and former studio executive, said ...",
    "executive" tagged ADJ: still two roles."""
    r, = records("""
1	Jane	Jane	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	11	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	5	punct	_	_
4	a	a	DET	DT	Definite=Ind|PronType=Art	5	det	_	_
5	screenwriter	screenwriter	NOUN	NN	Number=Sing	9	compound	_	_
6	and	and	CCONJ	CC	_	9	cc	_	_
7	former	former	ADJ	JJ	Degree=Pos	8	amod	_	_
8	studio	studio	NOUN	NN	Number=Sing	9	compound	_	_
9	executive	executive	ADJ	JJ	Degree=Pos	2	conj	_	SpaceAfter=No
10	,	,	PUNCT	,	_	9	punct	_	_
""" + the_plan_was_sound(11))
    assert sorted(r.speaker.roles) == ["former studio executive", "screenwriter"]


def test_a_hyphenated_modifier_stays_whole_in_a_description():
    """ "The highest-ranking officer said ...", "highest" hung on "ranking"
    as an adverb: the role is "highest-ranking officer", not "ranking officer"."""
    r, = records("""
1	The	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
2	highest	high	ADV	RBS	Degree=Sup	4	advmod	_	SpaceAfter=No
3	-	-	PUNCT	HYPH	_	2	punct	_	SpaceAfter=No
4	ranking	rank	VERB	VBG	VerbForm=Ger	5	amod	_	_
5	officer	officer	NOUN	NN	Number=Sing	6	nsubj	_	_
""" + the_plan_was_sound(6))
    assert (r.speaker.mention, r.speaker.roles) == ("The highest-ranking officer", ["highest-ranking officer"])


ALBA_FONER_WROTE = f"""
1	Richard	Richard	PROPN	NNP	Number=Sing	2	compound	_	_
2	Alba	Alba	PROPN	NNP	Number=Sing	6	nsubj	_	_
3	and	and	CCONJ	CC	_	5	cc	_	_
4	Nancy	Nancy	PROPN	NNP	Number=Sing	5	compound	_	_
5	Foner	Foner	PROPN	NNP	Number=Sing	2	conj	_	_
6	wrote	write	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
7	.	.	PUNCT	.	_	6	punct	_	_

"""


def test_surnames_joined_under_a_plural_title_name_the_joint_people():
    """ "Richard Alba and Nancy Foner wrote. Professors Foner and Alba said
    ...", "and" hung on the verb: the speakers are the two named before."""
    r, = records(ALBA_FONER_WROTE + """
1	Professors	Professor	PROPN	NNP	Number=Plur	2	flat	_	_
2	Foner	Foner	PROPN	NNP	Number=Sing	5	nsubj	_	_
3	and	and	CCONJ	CC	_	5	cc	_	_
4	Alba	Alba	PROPN	NNP	Number=Sing	2	conj	_	_
""".replace("{VERB}", VERB) + the_plan_was_sound(5))
    assert (r.speaker.mention, r.speaker.name, r.speaker.kind) == (
        "Professors Foner and Alba", "Richard Alba and Nancy Foner", "group")


def test_they_after_a_joint_name_is_the_joint_people_not_an_organisation():
    """ "Richard Alba and Nancy Foner wrote. The Academies met. They said
    ...": the two people named jointly, not the organisation named since."""
    r, = records(ALBA_FONER_WROTE + """
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	Academies	Academies	PROPN	NNPS	Number=Plur	3	nsubj	_	_
3	met	meet	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

1	They	they	PRON	PRP	Case=Nom|Number=Plur|Person=3|PronType=Prs	2	nsubj	_	_
""".replace("{VERB}", VERB) + the_plan_was_sound(2))
    assert (r.speaker.mention, r.speaker.name) == ("They", "Richard Alba and Nancy Foner")


def _plural_said(words: list[str]) -> str:
    """ "<the ...> voters said the plan was sound.", all hung on the noun."""
    n = len(words)
    rows = [f"{k}\t{w}\t{w.lower()}\t{'NUM' if w == 'two' else 'DET'}\t{'CD' if w == 'two' else 'DT'}\t_\t{n}\t"
            f"{'nummod' if w == 'two' else 'det'}\t_\t_" for k, w in enumerate(words[:-1], 1)]
    rows.append(f"{n}\t{words[-1]}\t{words[-1][:-1]}\tNOUN\tNNS\tNumber=Plur\t{n + 1}\tnsubj\t_\t_")
    return "\n".join(rows) + "\n" + the_plan_was_sound(n + 1)


def test_the_two_voters_are_the_two_people_named_last():
    """ "Jane Roe spoke. Jim Poe spoke. The two voters said ... The friends
    said ...": a plural description counting two names the two people
    mentioned last; one without a count names the pair named so before."""
    a, b = records(_spoke("Jane", "Roe") + "\n" + _spoke("Jim", "Poe") + "\n" + _plural_said(["The", "two", "voters"])
                   + "\n" + _plural_said(["The", "friends"]))
    assert (a.speaker.mention, a.speaker.name, a.speaker.kind) == ("The two voters", "Jane Roe and Jim Poe", "group")
    assert (b.speaker.mention, b.speaker.name) == ("The friends", "Jane Roe and Jim Poe")
    c, = records(_spoke("Jane", "Roe") + "\n" + _spoke("Jim", "Poe") + "\n" + _plural_said(["The", "voters"]))
    assert c.speaker.name is None  # voters in general, not these two


def test_a_schools_or_bodys_town_is_not_part_of_a_role_an_embassys_city_is():
    from quotes.entities import Entity
    e = Entity("Will Doyle")
    e.add_role("professor of higher education at Vanderbilt University in Nashville, Tennessee")
    e.add_role("deputy chief of mission for the U.S. embassy in Tripoli")
    e.add_role("former deputy chief of mission for the U.S. Embassy in Tripoli, Libya")
    e.add_role("chairman of the Broward County GOP Executive Committee in Florida")
    assert e.roles == ["professor of higher education at Vanderbilt University",
                       "deputy chief of mission for the U.S. embassy in Tripoli",
                       "former deputy chief of mission for the U.S. Embassy in Tripoli, Libya",
                       "chairman of the Broward County GOP Executive Committee"]


def test_he_answering_a_question_is_the_one_asked():
    """ "Dan Roe asked Jim Poe whether it was fair. “Sure it is,” he said.": the
    answer is Poe's, though Roe spoke (asked) last."""
    records_ = records(f"""
1	Dan	Dan	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	asked	ask	VERB	VBD	{VERB}	0	root	_	_
4	Jim	Jim	PROPN	NNP	Number=Sing	5	compound	_	_
5	Poe	Poe	PROPN	NNP	Number=Sing	3	obj	_	_
6	whether	whether	SCONJ	IN	_	10	mark	_	_
7	it	it	PRON	PRP	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	10	nsubj	_	_
8	was	be	AUX	VBD	{VERB}	10	cop	_	_
9	very	very	ADV	RB	_	10	advmod	_	_
10	fair	fair	ADJ	JJ	Degree=Pos	3	ccomp	_	SpaceAfter=No
11	.	.	PUNCT	.	_	3	punct	_	_

1	“	"	PUNCT	``	_	4	punct	_	SpaceAfter=No
2	Sure	sure	ADV	RB	_	4	advmod	_	_
3	it	it	PRON	PRP	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	4	nsubj	_	_
4	is	be	VERB	VBZ	{VERB}	8	ccomp	_	SpaceAfter=No
5	,	,	PUNCT	,	_	4	punct	_	SpaceAfter=No
6	”	"	PUNCT	''	_	4	punct	_	_
7	he	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	8	nsubj	_	_
8	said	say	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
9	.	.	PUNCT	.	_	8	punct	_	_
""")
    r = next(r for r in records_ if r.text.startswith("Sure"))
    assert (r.speaker.mention, r.speaker.name) == ("he", "Jim Poe")


def test_a_name_after_a_title_is_not_cut_where_the_parse_left_its_last_word():
    """ "Presidential candidates Hillary Clinton and Donald Trump cited ...",
    "Trump" hung on the verb: the name runs to it (not "... and Donald")."""
    doc = parsed_from_conllu(f"""
1	Presidential	presidential	ADJ	JJ	Degree=Pos	2	amod	_	_
2	candidates	candidate	NOUN	NNS	Number=Plur	8	nsubj	_	_
3	Hillary	Hillary	PROPN	NNP	Number=Sing	4	flat	_	_
4	Clinton	Clinton	PROPN	NNP	Number=Sing	2	flat	_	_
5	and	and	CCONJ	CC	_	6	cc	_	_
6	Donald	Donald	PROPN	NNP	Number=Sing	4	flat	_	_
7	Trump	Trump	PROPN	NNP	Number=Sing	8	nsubj	_	_
8	cited	cite	VERB	VBD	{VERB}	0	root	_	_
9	it	it	PRON	PRP	Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs	8	obj	_	SpaceAfter=No
10	.	.	PUNCT	.	_	8	punct	_	_
""")
    assert [m.name for m in find_mentions(doc) if m.kind == "name"] == ["Hillary Clinton and Donald Trump"]


def test_it_as_the_subject_of_a_passive_cue_names_nobody():
    """ "NATO met. It is noted that the plan was sound.": "It" is no one, not NATO."""
    r, = records(f"""
1	NATO	NATO	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	met	meet	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

1	It	it	PRON	PRP	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	3	nsubj:pass	_	_
2	is	be	AUX	VBZ	{VERB}	3	aux:pass	_	_
3	noted	note	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	0	root	_	_
4	that	that	SCONJ	IN	_	8	mark	_	_
5	the	the	DET	DT	Definite=Def|PronType=Art	6	det	_	_
6	plan	plan	NOUN	NN	Number=Sing	8	nsubj	_	_
7	was	be	AUX	VBD	{VERB}	8	cop	_	_
8	sound	sound	ADJ	JJ	Degree=Pos	3	ccomp	_	SpaceAfter=No
9	.	.	PUNCT	.	_	3	punct	_	_
""")
    assert (r.speaker.mention, r.speaker.name) == ("It", None)


def test_someone_of_someones_is_not_the_main_person():
    """ "Jane Roe spoke. Her boss said ...": the boss is someone of Roe's,
    not Roe, and nobody the article names."""
    r, = records(_spoke("Jane", "Roe") + f"""
1	Her	her	PRON	PRP$	Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs	2	nmod:poss	_	_
2	boss	boss	NOUN	NN	Number=Sing	3	nsubj	_	_
""" + the_plan_was_sound(3))
    assert (r.speaker.mention, r.speaker.name) == ("Her boss", None)


def _officer_spoke(det: str) -> str:
    """ "<det> CIA officer spoke." """
    return f"""
1	{det}	{det.lower()}	DET	DT	Definite=Ind|PronType=Art	3	det	_	_
2	CIA	CIA	PROPN	NNP	Number=Sing	3	compound	_	_
3	officer	officer	NOUN	NN	Number=Sing	4	nsubj	_	_
4	spoke	speak	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_
"""


THE_OFFICER_SAID = """
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	officer	officer	NOUN	NN	Number=Sing	3	nsubj	_	_
""" + the_plan_was_sound(3)


def test_a_definite_description_after_an_indefinite_one_is_the_one_brought_in():
    """ "Bob Roe spoke. A CIA officer spoke. The officer said ...": the
    officer is the one just brought in, unnamed, not Roe."""
    r, = records(_spoke("Bob", "Roe") + _officer_spoke("A") + THE_OFFICER_SAID)
    assert (r.speaker.mention, r.speaker.name) == ("The officer", None)


def test_a_definite_description_after_an_apposition_is_the_person_named():
    """ "Bob Roe, a CIA officer, spoke. The officer said ...": Roe."""
    r, = records(f"""
1	Bob	Bob	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	8	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	6	punct	_	_
4	a	a	DET	DT	Definite=Ind|PronType=Art	6	det	_	_
5	CIA	CIA	PROPN	NNP	Number=Sing	6	compound	_	_
6	officer	officer	NOUN	NN	Number=Sing	2	appos	_	SpaceAfter=No
7	,	,	PUNCT	,	_	6	punct	_	_
8	spoke	speak	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
9	.	.	PUNCT	.	_	8	punct	_	_
""" + THE_OFFICER_SAID)
    assert (r.speaker.mention, r.speaker.name) == ("The officer", "Bob Roe")


def test_an_apposition_goes_on_past_a_state_between_commas_and_a_party_word_is_a_role():
    """ "Jane Roe, a Neptune, N.J., native and a Republican, said ...", read
    by its tags alone: ", N.J.," is inside the first role, and "a
    Republican" is a second one."""
    r, = records("""
1	Jane	Jane	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	14	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	5	punct	_	_
4	a	a	DET	DT	_	9	det	_	_
5	Neptune	Neptune	PROPN	NNP	Number=Sing	8	compound	_	SpaceAfter=No
6	,	,	PUNCT	,	_	7	punct	_	_
7	N.J.	N.J.	PROPN	NNP	Number=Sing	5	appos	_	SpaceAfter=No
8	,	,	PUNCT	,	_	9	punct	_	_
9	native	native	NOUN	NN	Number=Sing	14	dep	_	_
10	and	and	CCONJ	CC	_	12	cc	_	_
11	a	a	DET	DT	_	12	det	_	_
12	Republican	Republican	PROPN	NNP	Number=Sing	9	conj	_	SpaceAfter=No
13	,	,	PUNCT	,	_	14	punct	_	_
""" + the_plan_was_sound(14))
    assert (r.speaker.name, r.speaker.roles) == ("Jane Roe", ["Neptune, N.J., native", "Republican"])


def test_a_relative_clause_of_an_office_verb_is_a_role():
    """ "Sarah Roe, who oversees programming at TNT, said ..." and "Dan Roe,
    a Clinton confidant who heads the group, said ..." (tags alone): the
    clause states an office (lexicons/office_verbs.txt); "who likes
    programming" would not."""
    def said(who: str, verb: str) -> list:
        return records(f"""
1	{who}	{who}	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	10	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	5	punct	_	_
4	who	who	PRON	WP	PronType=Rel	5	nsubj	_	_
5	{verb}	{verb}	VERB	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	2	acl:relcl	_	_
6	programming	programming	NOUN	NN	Number=Sing	5	obj	_	_
7	at	at	ADP	IN	_	8	case	_	_
8	TNT	TNT	PROPN	NNP	Number=Sing	5	obl	_	SpaceAfter=No
9	,	,	PUNCT	,	_	5	punct	_	_
""" + the_plan_was_sound(10))
    r, = said("Sarah", "oversees")
    assert r.speaker.roles == ["oversees programming at TNT"]
    r, = said("Sarah", "likes")
    assert r.speaker.roles == []
    r, = records(f"""
1	Dan	Dan	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	12	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	6	punct	_	_
4	a	a	DET	DT	_	6	det	_	_
5	Clinton	Clinton	PROPN	NNP	Number=Sing	6	compound	_	_
6	confidant	confidant	NOUN	NN	Number=Sing	2	appos	_	_
7	who	who	PRON	WP	PronType=Rel	8	nsubj	_	_
8	heads	head	VERB	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	6	acl:relcl	_	_
9	the	the	DET	DT	Definite=Def|PronType=Art	10	det	_	_
10	group	group	NOUN	NN	Number=Sing	8	obj	_	SpaceAfter=No
11	,	,	PUNCT	,	_	8	punct	_	_
""" + the_plan_was_sound(12))
    assert r.speaker.roles == ["Clinton confidant", "heads the group"]


def test_a_known_description_with_a_possessive_is_the_known_person():
    """ "Hillary Clinton spoke. Aides said the former secretary of state’s bid
    was strong.", the possessive glued to its word: the description is
    still Clinton's (lexicons/known_descriptions.txt), and so is the role."""
    r = records(_spoke("Hillary", "Clinton") + f"""
1	Aides	aide	NOUN	NNS	Number=Plur	2	nsubj	_	_
2	said	say	VERB	VBD	{VERB}	0	root	_	_
3	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
4	former	former	ADJ	JJ	Degree=Pos	5	amod	_	_
5	secretary	secretary	NOUN	NN	Number=Sing	8	nmod:poss	_	_
6	of	of	ADP	IN	_	7	case	_	_
7	state’s	state’s	NOUN	NN	Number=Sing	5	nmod	_	_
8	bid	bid	NOUN	NN	Number=Sing	10	nsubj	_	_
9	was	be	AUX	VBD	{VERB}	10	cop	_	_
10	strong	strong	ADJ	JJ	Degree=Pos	2	ccomp	_	SpaceAfter=No
11	.	.	PUNCT	.	_	2	punct	_	_
""" + "\n" + said_the_plan_was_sound("She", "Fem"))
    assert r[-1].speaker.name == "Hillary Clinton" and "former secretary of state" in r[-1].speaker.roles


def test_an_apposition_ending_the_sentence_keeps_the_country_after_its_city():
    """ "... testimony by Greg Roe, the envoy in Tripoli, Libya.": the role
    is "envoy in Tripoli, Libya", not cut at the city's comma."""
    r, = records(_subject_said([("Roe", "PROPN", "NNP", "nsubj")]) + f"""
1	It	it	PRON	PRP	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	_
2	came	come	VERB	VBD	{VERB}	0	root	_	_
3	from	from	ADP	IN	_	5	case	_	_
4	Greg	Greg	PROPN	NNP	Number=Sing	5	compound	_	_
5	Roe	Roe	PROPN	NNP	Number=Sing	2	obl	_	SpaceAfter=No
6	,	,	PUNCT	,	_	8	punct	_	_
7	the	the	DET	DT	Definite=Def|PronType=Art	8	det	_	_
8	envoy	envoy	NOUN	NN	Number=Sing	5	appos	_	_
9	in	in	ADP	IN	_	10	case	_	_
10	Tripoli	Tripoli	PROPN	NNP	Number=Sing	8	nmod	_	SpaceAfter=No
11	,	,	PUNCT	,	_	12	punct	_	_
12	Libya	Libya	PROPN	NNP	Number=Sing	10	appos	_	SpaceAfter=No
13	.	.	PUNCT	.	_	2	punct	_	_
""")
    assert (r.speaker.name, r.speaker.roles) == ("Greg Roe", ["envoy in Tripoli, Libya"])


def test_who_was_inside_an_apposition_states_more_roles():
    """ "Sandra Roe, a real estate agent today who was a bank assistant 25
    years ago and an aspiring trader, said ...": three roles, the time
    left out."""
    r, = records(f"""
1	Sandra	Sandra	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	22	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	7	punct	_	_
4	a	a	DET	DT	_	7	det	_	_
5	real	real	ADJ	JJ	Degree=Pos	6	amod	_	_
6	estate	estate	NOUN	NN	Number=Sing	7	compound	_	_
7	agent	agent	NOUN	NN	Number=Sing	2	appos	_	_
8	today	today	NOUN	NN	Number=Sing	7	nmod:tmod	_	_
9	who	who	PRON	WP	PronType=Rel	13	nsubj	_	_
10	was	be	AUX	VBD	{VERB}	13	cop	_	_
11	a	a	DET	DT	_	13	det	_	_
12	bank	bank	NOUN	NN	Number=Sing	13	compound	_	_
13	assistant	assistant	NOUN	NN	Number=Sing	7	acl:relcl	_	_
14	25	25	NUM	CD	NumForm=Digit|NumType=Card	15	nummod	_	_
15	years	year	NOUN	NNS	Number=Plur	16	obl:npmod	_	_
16	ago	ago	ADV	RB	_	13	advmod	_	_
17	and	and	CCONJ	CC	_	20	cc	_	_
18	an	a	DET	DT	_	20	det	_	_
19	aspiring	aspiring	ADJ	JJ	Degree=Pos	20	amod	_	_
20	trader	trader	NOUN	NN	Number=Sing	13	conj	_	SpaceAfter=No
21	,	,	PUNCT	,	_	22	punct	_	_
""" + the_plan_was_sound(22))
    assert r.speaker.roles == ["real estate agent", "bank assistant", "aspiring trader"]


def test_a_role_may_hold_an_infinitive_a_noun_governs():
    """ "Ted Roe, an advocate of an effort to cultivate new technologies,
    said ...": the verb after "to" belongs to "effort"."""
    r, = records(f"""
1	Ted	Ted	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	14	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	5	punct	_	_
4	an	a	DET	DT	_	5	det	_	_
5	advocate	advocate	NOUN	NN	Number=Sing	2	appos	_	_
6	of	of	ADP	IN	_	8	case	_	_
7	an	a	DET	DT	_	8	det	_	_
8	effort	effort	NOUN	NN	Number=Sing	5	nmod	_	_
9	to	to	PART	TO	_	10	mark	_	_
10	cultivate	cultivate	VERB	VB	VerbForm=Inf	8	acl	_	_
11	new	new	ADJ	JJ	Degree=Pos	12	amod	_	_
12	technologies	technology	NOUN	NNS	Number=Plur	10	obj	_	SpaceAfter=No
13	,	,	PUNCT	,	_	14	punct	_	_
""" + the_plan_was_sound(14))
    assert r.speaker.roles == ["advocate of an effort to cultivate new technologies"]


def test_a_clause_about_a_thing_stays_in_a_role_and_one_about_a_person_does_not():
    """ "Misha Roe, an executive for a firm that sells storage, said ...":
    the clause tells which firm; after "a client who ..." the clause is
    about a person and the role ends before it (read by the tags alone)."""
    def said(rel: str, noun: str) -> list:
        return records(f"""
1	Misha	Misha	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	13	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	5	punct	_	_
4	an	a	DET	DT	_	5	det	_	_
5	executive	executive	NOUN	NN	Number=Sing	13	dep	_	_
6	for	for	ADP	IN	_	8	case	_	_
7	a	a	DET	DT	_	8	det	_	_
8	{noun}	{noun}	NOUN	NN	Number=Sing	5	nmod	_	_
9	{rel}	{rel}	PRON	WDT	PronType=Rel	10	nsubj	_	_
10	sells	sell	VERB	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	8	acl:relcl	_	_
11	storage	storage	NOUN	NN	Number=Sing	10	obj	_	SpaceAfter=No
12	,	,	PUNCT	,	_	13	punct	_	_
""" + the_plan_was_sound(13))
    r, = said("that", "firm")
    assert r.speaker.roles == ["executive for a firm that sells storage"]
    r, = said("who", "client")
    assert r.speaker.roles == ["executive for a client"]


def test_is_or_was_a_role_after_a_person_states_roles_read_by_tags():
    """ "Bob Roe said the plan was sound. He was a former state senator, a
    U.S. senator and a community organizer.": three roles of Roe's, read
    by the tags alone (the sentence has no cue, so no parse)."""
    r, = records(_subject_said([("Bob", "PROPN", "NNP", "compound"), ("Roe", "PROPN", "NNP", "nsubj")]) + f"""
1	He	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	5	nsubj	_	_
2	was	be	AUX	VBD	{VERB}	5	cop	_	_
3	a	a	DET	DT	_	5	det	_	_
4	former	former	ADJ	JJ	Degree=Pos	5	amod	_	_
5	senator	senator	NOUN	NN	Number=Sing	0	root	_	SpaceAfter=No
6	,	,	PUNCT	,	_	9	punct	_	_
7	a	a	DET	DT	_	9	det	_	_
8	U.S.	U.S.	PROPN	NNP	Number=Sing	9	compound	_	_
9	senator	senator	NOUN	NN	Number=Sing	5	conj	_	_
10	and	and	CCONJ	CC	_	13	cc	_	_
11	a	a	DET	DT	_	13	det	_	_
12	community	community	NOUN	NN	Number=Sing	13	compound	_	_
13	organizer	organizer	NOUN	NN	Number=Sing	5	conj	_	SpaceAfter=No
14	.	.	PUNCT	.	_	5	punct	_	_
""")
    assert r.speaker.roles == ["former senator", "U.S. senator", "community organizer"]


def test_is_or_was_a_role_inside_a_quote_is_an_opinion_not_a_role():
    """ "“Roe was a bad senator,” Sam Poe said.": no role of Roe's."""
    recs = records(_subject_said([("Bob", "PROPN", "NNP", "compound"), ("Roe", "PROPN", "NNP", "nsubj")]) + f"""
1	“	“	PUNCT	``	_	6	punct	_	SpaceAfter=No
2	Roe	Roe	PROPN	NNP	Number=Sing	6	nsubj	_	_
3	was	be	AUX	VBD	{VERB}	6	cop	_	_
4	a	a	DET	DT	_	6	det	_	_
5	bad	bad	ADJ	JJ	Degree=Pos	6	amod	_	_
6	senator	senator	NOUN	NN	Number=Sing	10	ccomp	_	SpaceAfter=No
7	,	,	PUNCT	,	_	6	punct	_	SpaceAfter=No
8	”	”	PUNCT	''	_	6	punct	_	_
9	Sam	Sam	PROPN	NNP	Number=Sing	10	compound	_	_
10	Poe	Poe	PROPN	NNP	Number=Sing	11	nsubj	_	_
11	said	say	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
12	.	.	PUNCT	.	_	11	punct	_	_
""")
    assert recs[0].speaker.name == "Bob Roe" and recs[0].speaker.roles == []


def test_who_and_is_now_states_a_role():
    """ "Pat Roe, who belonged to a club and is now vice president of the
    club, said ...": the role comes after "and is now"."""
    r, = records(f"""
1	Pat	Pat	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	18	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	5	punct	_	_
4	who	who	PRON	WP	PronType=Rel	5	nsubj	_	_
5	belonged	belong	VERB	VBD	{VERB}	2	acl:relcl	_	_
6	to	to	ADP	IN	_	8	case	_	_
7	a	a	DET	DT	_	8	det	_	_
8	club	club	NOUN	NN	Number=Sing	5	obl	_	_
9	and	and	CCONJ	CC	_	13	cc	_	_
10	is	be	AUX	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	13	cop	_	_
11	now	now	ADV	RB	_	13	advmod	_	_
12	vice	vice	ADJ	JJ	Degree=Pos	13	amod	_	_
13	president	president	NOUN	NN	Number=Sing	5	conj	_	_
14	of	of	ADP	IN	_	16	case	_	_
15	the	the	DET	DT	Definite=Def|PronType=Art	16	det	_	_
16	club	club	NOUN	NN	Number=Sing	13	nmod	_	SpaceAfter=No
17	,	,	PUNCT	,	_	18	punct	_	_
""" + the_plan_was_sound(18))
    assert r.speaker.roles == ["vice president of the club"]


def _pair_said(first: str, second: str) -> str:
    """ "<first> and <second> said the plan was sound.", the second a conjunct of the first."""
    return f"""
1	{first}	{first}	PROPN	NNP	Number=Sing	4	nsubj	_	_
2	and	and	CCONJ	CC	_	3	cc	_	_
3	{second}	{second}	PROPN	NNP	Number=Sing	1	conj	_	_
""" + the_plan_was_sound(4)


def test_two_surnames_joined_name_the_two_people_named_before():
    """ "Donald Trump spoke. Bernie Sanders spoke. Trump and Sanders said
    ...": the joint speaker is the two people named in full, not a third
    entity called "Trump and Sanders" (which "they" could not find)."""
    r, = records(_spoke("Donald", "Trump") + _spoke("Bernie", "Sanders") + _pair_said("Trump", "Sanders"))
    assert r.speaker.name == "Donald Trump and Bernie Sanders"


def test_a_plural_description_names_the_group_the_one_before_named():
    """ "Ann Lee and Bob Day voted. The two voters said both Tom Hill and
    Sam Cole lied. The friends said ...": the friends are the two voters,
    not the latest pair named."""
    r = records(f"""
1	Ann	Ann	PROPN	NNP	Number=Sing	2	compound	_	_
2	Lee	Lee	PROPN	NNP	Number=Sing	6	nsubj	_	_
3	and	and	CCONJ	CC	_	5	cc	_	_
4	Bob	Bob	PROPN	NNP	Number=Sing	5	compound	_	_
5	Day	Day	PROPN	NNP	Number=Sing	2	conj	_	_
6	voted	vote	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
7	.	.	PUNCT	.	_	6	punct	_	_

1	The	the	DET	DT	Definite=Def|PronType=Art	3	det	_	_
2	two	two	NUM	CD	NumType=Card	3	nummod	_	_
3	voters	voter	NOUN	NNS	Number=Plur	4	nsubj	_	_
4	said	say	VERB	VBD	{VERB}	0	root	_	_
5	both	both	CCONJ	CC	_	7	cc:preconj	_	_
6	Tom	Tom	PROPN	NNP	Number=Sing	7	compound	_	_
7	Hill	Hill	PROPN	NNP	Number=Sing	11	nsubj	_	_
8	and	and	CCONJ	CC	_	10	cc	_	_
9	Sam	Sam	PROPN	NNP	Number=Sing	10	compound	_	_
10	Cole	Cole	PROPN	NNP	Number=Sing	7	conj	_	_
11	lied	lie	VERB	VBD	{VERB}	4	ccomp	_	SpaceAfter=No
12	.	.	PUNCT	.	_	4	punct	_	_

1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	friends	friend	NOUN	NNS	Number=Plur	3	nsubj	_	_
""" + the_plan_was_sound(3))[-1]
    assert r.speaker.mention == "The friends" and r.speaker.name == "Ann Lee and Bob Day"


def test_the_tabloid_is_the_outlet_named_last():
    """ "The Times spoke. The Times spoke. Smith told the Daily News ... The
    tabloid said ...": a newspaper word names the news outlet named last,
    not the organisation mentioned most."""
    told = f"""
1	Smith	Smith	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	told	tell	VERB	VBD	{VERB}	0	root	_	_
3	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
4	Daily	Daily	PROPN	NNP	Number=Sing	5	compound	_	_
5	News	News	PROPN	NNP	Number=Sing	2	obl	_	_
6	about	about	ADP	IN	_	7	case	_	_
7	it	it	PRON	PRP	Case=Acc|Number=Sing|Person=3|PronType=Prs	2	obl	_	SpaceAfter=No
8	.	.	PUNCT	.	_	2	punct	_	_
"""
    times = _subject_said([("The", "DET", "DT", "det"), ("Times", "PROPN", "NNP", "nsubj")])
    r = records(times + "\n" + times + told + "\n"
                + _subject_said([("The", "DET", "DT", "det"), ("tabloid", "NOUN", "NN", "nsubj")]))[-1]
    assert r.speaker.mention == "The tabloid" and r.speaker.name == "Daily News"


def test_a_name_the_tokenizer_split_after_a_title_keeps_the_words_before_the_title():
    """ "... former Colorado Rep. | Pat Lane said ...": the tokenizer ended
    a sentence at the title's period; the role still reaches back over
    "Colorado" and "former"."""
    r, = records(f"""
1	Voters	voter	NOUN	NNS	Number=Plur	2	nsubj	_	_
2	heard	hear	VERB	VBD	{VERB}	0	root	_	_
3	former	former	ADJ	JJ	Degree=Pos	5	amod	_	_
4	Colorado	Colorado	PROPN	NNP	Number=Sing	5	compound	_	_
5	Rep.	Rep.	PROPN	NNP	Number=Sing	2	obj	_	_

""" + _subject_said([("Pat", "PROPN", "NNP", "compound"), ("Lane", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Pat Lane" and r.speaker.roles == ["former Colorado Rep."]


def test_a_plural_role_before_a_dash_is_the_role_of_the_people_the_dashes_set_off():
    """ "Three economists -- Ann Lee and Bob Day -- met. They said ...":
    "economists" is the role of the two, and of the group "they" names."""
    r, = records(f"""
1	Three	three	NUM	CD	NumType=Card	2	nummod	_	_
2	economists	economist	NOUN	NNS	Number=Plur	10	nsubj	_	_
3	--	--	PUNCT	:	_	5	punct	_	_
4	Ann	Ann	PROPN	NNP	Number=Sing	5	compound	_	_
5	Lee	Lee	PROPN	NNP	Number=Sing	2	appos	_	_
6	and	and	CCONJ	CC	_	8	cc	_	_
7	Bob	Bob	PROPN	NNP	Number=Sing	8	compound	_	_
8	Day	Day	PROPN	NNP	Number=Sing	5	conj	_	_
9	--	--	PUNCT	:	_	5	punct	_	_
10	met	meet	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
11	.	.	PUNCT	.	_	10	punct	_	_

""" + said_the_plan_was_sound("They", "Plur"))
    assert r.speaker.name == "Ann Lee and Bob Day" and "economists" in r.speaker.roles


def _walker_met(other: bool) -> str:
    """ "Herschel Walker met us." or "Herschel Walker met Ann Smith." """
    obj = ("4\tAnn\tAnn\tPROPN\tNNP\tNumber=Sing\t5\tflat\t_\t_\n"
           "5\tSmith\tSmith\tPROPN\tNNP\tNumber=Sing\t3\tobj\t_\tSpaceAfter=No\n6"
           if other else "4\tus\twe\tPRON\tPRP\tCase=Acc|Number=Plur|Person=1|PronType=Prs\t3\tobj\t_\tSpaceAfter=No\n5")
    return f"""
1	Herschel	Herschel	PROPN	NNP	Number=Sing	2	flat	_	_
2	Walker	Walker	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	met	meet	VERB	VBD	{VERB}	0	root	_	_
{obj}	.	.	PUNCT	.	_	3	punct	_	_

1	The	the	DET	DT	Definite=Def|PronType=Art	3	det	_	_
2	retired	retired	ADJ	JJ	Degree=Pos	3	amod	_	_
3	banker	banker	NOUN	NN	Number=Sing	4	nsubj	_	_
4	endorsed	endorse	VERB	VBD	{VERB}	0	root	_	_
5	Trump	Trump	PROPN	NNP	Number=Sing	4	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	4	punct	_	_

""" + _subject_said([("Walker", "PROPN", "NNP", "nsubj")])


def test_a_description_opening_a_sentence_continues_the_one_person_named_just_before():
    """ "Herschel Walker met us. The retired banker endorsed Trump. Walker
    said ...": the description shares no word with anyone, and one person
    was named in the sentence before: it is his role. With two people
    named there ("met Ann Smith") it is nobody's."""
    r, = records(_walker_met(False))
    assert r.speaker.name == "Herschel Walker" and r.speaker.roles == ["retired banker"]
    r, = records(_walker_met(True))
    assert r.speaker.name == "Herschel Walker" and r.speaker.roles == []


def test_the_officer_after_a_second_officer_is_that_one_not_the_officer_named_before():
    """ "Case officer Bob Roe spoke. A second officer backed Roe's account.
    The officer said ...": the description's noun last came with "a", on
    someone new, so neither Roe's title nor the later pass over speaking
    descriptions makes Roe the speaker."""
    r, = records(f"""
1	Case	case	NOUN	NN	Number=Sing	2	compound	_	_
2	officer	officer	NOUN	NN	Number=Sing	4	compound	_	_
3	Bob	Bob	PROPN	NNP	Number=Sing	4	flat	_	_
4	Roe	Roe	PROPN	NNP	Number=Sing	5	nsubj	_	_
5	spoke	speak	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
6	.	.	PUNCT	.	_	5	punct	_	_

1	A	a	DET	DT	Definite=Ind|PronType=Art	3	det	_	_
2	second	second	ADJ	JJ	Degree=Pos|NumType=Ord	3	amod	_	_
3	officer	officer	NOUN	NN	Number=Sing	4	nsubj	_	_
4	backed	back	VERB	VBD	{VERB}	0	root	_	_
5	Roe	Roe	PROPN	NNP	Number=Sing	7	nmod:poss	_	SpaceAfter=No
6	's	's	PART	POS	_	5	case	_	_
7	account	account	NOUN	NN	Number=Sing	4	obj	_	SpaceAfter=No
8	.	.	PUNCT	.	_	4	punct	_	_

""" + _subject_said([("The", "DET", "DT", "det"), ("officer", "NOUN", "NN", "nsubj")]))
    assert r.speaker.mention == "The officer" and r.speaker.name is None


def test_a_participle_after_an_article_is_part_of_the_role():
    """ "Ann Roe, an agent who was a bank assistant and an aspiring trader,
    said ...": "aspiring" after "an" modifies the role's noun; it does not
    end the role phrase as a participle clause would."""
    r, = records(f"""
1	Ann	Ann	PROPN	NNP	Number=Sing	2	flat	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	17	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	5	punct	_	_
4	an	a	DET	DT	Definite=Ind|PronType=Art	5	det	_	_
5	agent	agent	NOUN	NN	Number=Sing	2	appos	_	_
6	who	who	PRON	WP	PronType=Rel	10	nsubj	_	_
7	was	be	AUX	VBD	{VERB}	10	cop	_	_
8	a	a	DET	DT	Definite=Ind|PronType=Art	10	det	_	_
9	bank	bank	NOUN	NN	Number=Sing	10	compound	_	_
10	assistant	assistant	NOUN	NN	Number=Sing	5	acl:relcl	_	_
11	and	and	CCONJ	CC	_	14	cc	_	_
12	an	a	DET	DT	Definite=Ind|PronType=Art	14	det	_	_
13	aspiring	aspire	VERB	VBG	VerbForm=Ger	14	amod	_	_
14	trader	trader	NOUN	NN	Number=Sing	10	conj	_	SpaceAfter=No
15	,	,	PUNCT	,	_	5	punct	_	_
16	also	also	ADV	RB	_	17	advmod	_	_
""" + the_plan_was_sound(17))
    assert r.speaker.name == "Ann Roe" and "aspiring trader" in r.speaker.roles


def test_a_word_between_an_honorific_and_a_given_name_is_part_of_the_title():
    """ "Miss Universe Alicia Machado said ...": "Universe" is no given name
    and "Alicia" is one, so the name starts at "Alicia"."""
    r, = records(_subject_said([("Miss", "PROPN", "NNP", "compound"), ("Universe", "PROPN", "NNP", "compound"),
                                ("Alicia", "PROPN", "NNP", "flat"), ("Machado", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Alicia Machado" and r.speaker.roles == ["Miss Universe"]


HE_SAID_OF_TRUMP = f"""
1	“	“	PUNCT	``	_	4	punct	_	SpaceAfter=No
2	Trump	Trump	PROPN	NNP	Number=Sing	4	nsubj	_	_
3	will	will	AUX	MD	VerbForm=Fin	4	aux	_	_
4	beat	beat	VERB	VB	VerbForm=Inf	9	ccomp	_	_
5	her	she	PRON	PRP	Case=Acc|Gender=Fem|Number=Sing|Person=3|PronType=Prs	4	obj	_	SpaceAfter=No
6	,	,	PUNCT	,	_	4	punct	_	SpaceAfter=No
7	”	”	PUNCT	''	_	4	punct	_	_
8	he	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	9	nsubj	_	_
9	said	say	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
10	.	.	PUNCT	.	_	9	punct	_	_
"""


def test_a_subject_inside_the_quote_is_not_who_he_is():
    """ "Donald Trump spoke. Bob Sutton voiced confidence. “Trump will beat
    her,” he said.": Trump is a subject only in Sutton's words; "he" is the
    subject of the sentence before, Sutton."""
    r, = [x for x in records(_spoke("Donald", "Trump") + f"""
1	Bob	Bob	PROPN	NNP	Number=Sing	2	flat	_	_
2	Sutton	Sutton	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	voiced	voice	VERB	VBD	{VERB}	0	root	_	_
4	confidence	confidence	NOUN	NN	Number=Sing	3	obj	_	SpaceAfter=No
5	.	.	PUNCT	.	_	3	punct	_	_
""" + HE_SAID_OF_TRUMP) if x.type == "direct"]
    assert r.text == "Trump will beat her" and r.speaker.name == "Bob Sutton"


def _agency_after_probe() -> str:
    """ "After the FBI's probe, the agency said the plan was sound." """
    return """
1	After	after	ADP	IN	_	5	case	_	_
2	the	the	DET	DT	Definite=Def|PronType=Art	3	det	_	_
3	FBI	FBI	PROPN	NNP	Number=Sing	5	nmod:poss	_	SpaceAfter=No
4	's	's	PART	POS	_	3	case	_	_
5	probe	probe	NOUN	NN	Number=Sing	9	obl	_	SpaceAfter=No
6	,	,	PUNCT	,	_	5	punct	_	_
7	the	the	DET	DT	Definite=Def|PronType=Art	8	det	_	_
8	agency	agency	NOUN	NN	Number=Sing	9	nsubj	_	_
""" + the_plan_was_sound(9)


def test_a_body_described_is_the_one_its_sentence_names():
    """ "The Pentagon said ... (twice). After the FBI's probe, the agency
    said ...": the agency is the body its own sentence names, not the one
    named most."""
    pentagon = _subject_said([("The", "DET", "DT", "det"), ("Pentagon", "PROPN", "NNP", "nsubj")])
    r = records(pentagon + "\n" + pentagon + _agency_after_probe())[-1]
    assert (r.speaker.mention, r.speaker.name) == ("the agency", "FBI")


def test_the_campaign_is_no_other_body():
    """ "The Pentagon said ... The campaign said ...": a campaign is no
    body whose name does not say campaign; unnamed, it is still an
    organisation. "The Clinton campaign said ..." is the Clinton campaign."""
    pentagon = _subject_said([("The", "DET", "DT", "det"), ("Pentagon", "PROPN", "NNP", "nsubj")])
    r = records(pentagon + "\n" + _subject_said([("The", "DET", "DT", "det"), ("campaign", "NOUN", "NN", "nsubj")]))[-1]
    assert (r.speaker.mention, r.speaker.name, r.speaker.kind) == ("The campaign", None, "organization")
    r = records(pentagon + "\n" + _subject_said([("The", "DET", "DT", "det"), ("Clinton", "PROPN", "NNP", "compound"),
                                                 ("campaign", "NOUN", "NN", "nsubj")]))[-1]
    assert (r.speaker.mention, r.speaker.name, r.speaker.kind) == ("The Clinton campaign", "Clinton campaign",
                                                                   "organization")


def _and_mayor_said(first: list[tuple[str, str, str, str]]) -> str:
    """ "<first words> and Mayor Rudy Giuliani said the plan was sound." """
    return _subject_said(first + [("and", "CCONJ", "CC", "cc"), ("Mayor", "PROPN", "NNP", "compound"),
                                  ("Rudy", "PROPN", "NNP", "compound"), ("Giuliani", "PROPN", "NNP", "nsubj")])


def test_a_role_joined_by_and_to_a_capitalised_title_is_the_same_persons():
    """ "Former prosecutor and Mayor Rudy Giuliani said ...": both roles are
    his; in "The president and Mayor Rudy Giuliani said ..." the president
    is someone else."""
    r, = records(_and_mayor_said([("Former", "ADJ", "JJ", "amod"), ("prosecutor", "NOUN", "NN", "compound")]))
    assert (r.speaker.name, r.speaker.roles) == ("Rudy Giuliani", ["Former prosecutor", "Mayor"])
    r, = records(_and_mayor_said([("The", "DET", "DT", "det"), ("president", "NOUN", "NN", "compound")]))
    assert r.speaker.roles == ["Mayor"]


def test_a_name_whose_apposition_is_a_body_is_an_organisation():
    """ "Acme Widgets, a talent agency, said ...": the role's head is an
    organisation word, so Acme Widgets is an organisation, not a person."""
    r, = records("""
1	Acme	Acme	PROPN	NNP	Number=Sing	2	compound	_	_
2	Widgets	Widgets	PROPN	NNPS	Number=Plur	8	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	6	punct	_	_
4	a	a	DET	DT	Definite=Ind|PronType=Art	6	det	_	_
5	talent	talent	NOUN	NN	Number=Sing	6	compound	_	_
6	agency	agency	NOUN	NN	Number=Sing	2	appos	_	SpaceAfter=No
7	,	,	PUNCT	,	_	2	punct	_	_
""" + the_plan_was_sound(8))
    assert (r.speaker.name, r.speaker.roles, r.speaker.kind) == ("Acme Widgets", ["talent agency"], "organization")



def _under_headline(headline: str) -> str:
    """A headline line (CoNLL-U rows), then a paragraph: "Bob Lane spoke.
    Lane said the plan was sound."."""
    return headline + "\n# newpar\n" + _spoke("Bob", "Lane").lstrip("\n") + "\n" \
        + _subject_said([("Lane", "PROPN", "NNP", "nsubj")])


def test_a_headline_opened_by_a_description_names_the_articles_main_person():
    """ "Ex-CIA chief in Benghazi spoke." over an article about Bob Lane: the
    headline's description, with the place a parse of its tags alone left
    out, is his role; in "Ex-CIA chief
    spoke with Lane." the headline names him beside the description, which
    is someone else."""
    r = records(_under_headline(f"""
1	Ex-CIA	Ex-CIA	ADJ	JJ	Degree=Pos	2	amod	_	_
2	chief	chief	NOUN	NN	Number=Sing	5	nsubj	_	_
3	in	in	ADP	IN	_	5	dep	_	_
4	Benghazi	Benghazi	PROPN	NNP	Number=Sing	5	dep	_	_
5	spoke	speak	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
6	.	.	PUNCT	.	_	5	punct	_	_
"""))[-1]
    assert r.speaker.name == "Bob Lane" and r.speaker.roles == ["Ex-CIA chief in Benghazi"]
    r = records(_under_headline(f"""
1	Ex-CIA	Ex-CIA	ADJ	JJ	Degree=Pos	2	amod	_	_
2	chief	chief	NOUN	NN	Number=Sing	3	nsubj	_	_
3	spoke	speak	VERB	VBD	{VERB}	0	root	_	_
4	with	with	ADP	IN	_	5	case	_	_
5	Lane	Lane	PROPN	NNP	Number=Sing	3	obl	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_
"""))[-1]
    assert r.speaker.name == "Bob Lane" and r.speaker.roles == []


def test_a_definite_description_whose_predicate_is_a_name_is_that_person():
    """ "The day after, the presidential candidate holding the spotlight was
    Bob Lane.": the description (up to its participle) is his role; the
    parse's second subject ("day") does not hide it (entities on the parse
    itself: the pipeline parses only sentences with a cue)."""
    doc = parsed_from_conllu(f"""
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	day	day	NOUN	NN	Number=Sing	12	nsubj	_	_
3	after	after	ADV	RB	_	2	advmod	_	SpaceAfter=No
4	,	,	PUNCT	,	_	2	punct	_	_
5	the	the	DET	DT	Definite=Def|PronType=Art	7	det	_	_
6	presidential	presidential	ADJ	JJ	Degree=Pos	7	amod	_	_
7	candidate	candidate	NOUN	NN	Number=Sing	12	nsubj	_	_
8	holding	hold	VERB	VBG	VerbForm=Ger	7	acl	_	_
9	the	the	DET	DT	Definite=Def|PronType=Art	10	det	_	_
10	spotlight	spotlight	NOUN	NN	Number=Sing	8	obj	_	_
11	was	be	AUX	VBD	{VERB}	12	cop	_	_
12	Bob	Bob	PROPN	NNP	Number=Sing	0	root	_	_
13	Lane	Lane	PROPN	NNP	Number=Sing	12	flat	_	SpaceAfter=No
14	.	.	PUNCT	.	_	12	punct	_	_
""")
    mentions = find_mentions(doc)
    lane, = [e for e in resolve(doc, mentions) if e.name == "Bob Lane"]
    assert lane.roles == ["presidential candidate"]
    assert next(m for m in mentions if m.text == "the presidential candidate").entity is lane


def test_two_descriptions_joined_before_an_apposed_name_are_both_its_roles():
    """ "The senator's longtime adviser and former staffer, Jane Roe, left."
    read as a sentence without a cue is (noun phrases hung on the verb):
    both descriptions are hers, the possessor aside."""
    doc = parsed_from_conllu(f"""
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	senator	senator	NOUN	NN	Number=Sing	5	nmod:poss	_	SpaceAfter=No
3	’s	's	PART	POS	_	2	case	_	_
4	longtime	longtime	ADJ	JJ	Degree=Pos	5	amod	_	_
5	adviser	adviser	NOUN	NN	Number=Sing	13	dep	_	_
6	and	and	CCONJ	CC	_	13	dep	_	_
7	former	former	ADJ	JJ	Degree=Pos	8	amod	_	_
8	staffer	staffer	NOUN	NN	Number=Sing	13	dep	_	SpaceAfter=No
9	,	,	PUNCT	,	_	13	punct	_	_
10	Jane	Jane	PROPN	NNP	Number=Sing	11	compound	_	_
11	Roe	Roe	PROPN	NNP	Number=Sing	13	dep	_	SpaceAfter=No
12	,	,	PUNCT	,	_	13	punct	_	_
13	left	leave	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
14	.	.	PUNCT	.	_	13	punct	_	_
""")
    roe, = [e for e in resolve(doc, find_mentions(doc)) if e.name == "Jane Roe"]
    assert sorted(roe.roles) == ["former staffer", "longtime adviser"]


def _lanes_sister(adjective: str) -> str:
    """ "Lane's <adjective> sister said the plan was sound." """
    return f"""
1	Lane	Lane	PROPN	NNP	Number=Sing	4	nmod:poss	_	SpaceAfter=No
2	’s	's	PART	POS	_	1	case	_	_
3	{adjective}	{adjective}	ADJ	JJR	Degree=Cmp	4	amod	_	_
4	sister	sister	NOUN	NN	Number=Sing	5	nsubj	_	_
""" + the_plan_was_sound(5)


def test_a_kinship_description_is_the_person_named_with_that_kinship():
    """ "Bob Lane spoke. Lane's sister Gale won. Lane's younger sister said
    ...": the speaker is Gale (same possessor, same kinship noun), a person,
    with both roles; without "Lane's sister Gale" she is nobody named, and
    never Lane himself."""
    gale = """
1	Lane	Lane	PROPN	NNP	Number=Sing	3	nmod:poss	_	SpaceAfter=No
2	’s	's	PART	POS	_	1	case	_	_
3	sister	sister	NOUN	NN	Number=Sing	4	compound	_	_
4	Gale	Gale	PROPN	NNP	Number=Sing	5	nsubj	_	_
5	won	win	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	SpaceAfter=No
6	.	.	PUNCT	.	_	5	punct	_	_
"""
    def speaker(conllu: str):
        doc = parsed_from_conllu(conllu)
        said = next(w for w in reversed(doc.words) if w.text == "sister")
        mentions = find_mentions(doc, frozenset({said.i}))
        entities = resolve(doc, mentions, frozenset({said.i}))
        return next(m for m in mentions if m.text == "Lane’s younger sister").entity, entities
    ent, entities = speaker(_spoke("Bob", "Lane") + gale + _lanes_sister("younger"))
    assert ent is not None and ent.name == "Gale" and ent.kind == "person"
    assert sorted(ent.roles) == ["sister", "younger sister"]
    ent, _ = speaker(_spoke("Bob", "Lane") + _lanes_sister("younger"))
    assert ent is None


def test_a_person_is_not_their_own_kin():
    """ "Bob Lane spoke. Lane's father, Bob Lane, left." (the father read as
    the same entity, as "Mr. Bush's father, George Bush" joins Jeb Bush by
    surname): no role "Lane's father" for the son."""
    doc = parsed_from_conllu(_spoke("Bob", "Lane") + f"""
1	Lane	Lane	PROPN	NNP	Number=Sing	3	nmod:poss	_	SpaceAfter=No
2	’s	's	PART	POS	_	1	case	_	_
3	father	father	NOUN	NN	Number=Sing	8	nsubj	_	SpaceAfter=No
4	,	,	PUNCT	,	_	6	punct	_	_
5	Bob	Bob	PROPN	NNP	Number=Sing	6	compound	_	_
6	Lane	Lane	PROPN	NNP	Number=Sing	3	appos	_	SpaceAfter=No
7	,	,	PUNCT	,	_	6	punct	_	_
8	left	leave	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
9	.	.	PUNCT	.	_	8	punct	_	_
""")
    lane, = [e for e in resolve(doc, find_mentions(doc)) if e.name == "Bob Lane"]
    assert lane.roles == []


def test_an_apposition_after_a_resolved_description_is_the_persons_role():
    """ "Bob Lane spoke. The former senator, now a guest speaker, said ...":
    "now" aside, the apposition is Lane's role as the description is; "The
    former senator, the plan ..." starts none (only "a" or "an" leads one
    after a description)."""
    def said(apposition: list[tuple[str, str, str, str]]) -> list[str]:
        glued = [k + 1 < len(apposition) and apposition[k + 1][0] == "," for k in range(len(apposition))]
        rows = "".join(f"{k}\t{form}\t{lemma}\t{upos}\t{xpos}\t_\t{head}\t{rel}\t_\t"
                       f"{'SpaceAfter=No' if glued[k - 4] else '_'}\n"
                       for k, (form, lemma, upos, xpos, head, rel) in enumerate(apposition, 4))
        r, = records(_spoke("Bob", "Lane") + f"""
1	The	the	DET	DT	Definite=Def|PronType=Art	3	det	_	_
2	former	former	ADJ	JJ	Degree=Pos	3	amod	_	_
3	senator	senator	NOUN	NN	Number=Sing	{4 + len(apposition)}	nsubj	_	SpaceAfter=No
""" + rows + the_plan_was_sound(4 + len(apposition)))
        assert r.speaker.name == "Bob Lane"
        return sorted(r.speaker.roles)
    assert said([(",", ",", "PUNCT", ",", 8, "punct"), ("now", "now", "ADV", "RB", 8, "advmod"),
                 ("a", "a", "DET", "DT", 8, "det"), ("guest", "guest", "NOUN", "NN", 8, "compound"),
                 ("speaker", "speaker", "NOUN", "NN", 3, "appos"), (",", ",", "PUNCT", ",", 8, "punct")]) \
        == ["former senator", "guest speaker"]
    assert said([(",", ",", "PUNCT", ",", 6, "punct"), ("the", "the", "DET", "DT", 6, "det"),
                 ("speaker", "speaker", "NOUN", "NN", 3, "appos"), (",", ",", "PUNCT", ",", 6, "punct")]) \
        == ["former senator"]


def _roe_used_it(aux: str = "", time: str = "", verb: str = "use", date: bool = False) -> str:
    """ "Jane Roe [aux] use an account [during <time> time] as secretary of state [in 2012]." """
    rows = [("Jane", "Jane", "PROPN", "NNP", 2, "compound"), ("Roe", "Roe", "PROPN", "NNP", 4, "nsubj")]
    rows += [(aux, aux, "AUX", "MD", 4, "aux")] if aux else [("did", "do", "AUX", "VBD", 4, "aux")]
    rows += [(verb, verb, "VERB", "VB", 0, "root"), ("an", "a", "DET", "DT", 6, "det"),
             ("account", "account", "NOUN", "NN", 4, "obj")]
    if time:
        rows += [("during", "during", "ADP", "IN", 9, "case"), (time, time, "PRON", "PRP$", 9, "nmod:poss"),
                 ("time", "time", "NOUN", "NN", 4, "obl")]
    k = len(rows)
    rows += [("as", "as", "ADP", "IN", k + 2, "case"), ("secretary", "secretary", "NOUN", "NN", 4, "obl"),
             ("of", "of", "ADP", "IN", k + 4, "case"), ("state", "state", "NOUN", "NN", k + 2, "nmod")]
    if date:
        rows += [("in", "in", "ADP", "IN", k + 6, "case"), ("2012", "2012", "NUM", "CD", k + 2, "nmod")]
    rows += [(".", ".", "PUNCT", ".", 4, "punct")]
    return "".join(f"{i}\t{form}\t{lemma}\t{upos}\t{xpos}\t_\t{head}\t{rel}\t_\t"
                   f"{'SpaceAfter=No' if i < len(rows) and rows[i][0] == '.' else '_'}\n"
                   for i, (form, lemma, upos, xpos, head, rel) in enumerate(rows, 1))


def test_as_and_a_bare_title_on_the_subjects_verb_is_the_office_they_held():
    """ "Jane Roe did use an account as secretary of state." gives her the
    office; not "would use ..." (what she would do in office), nor "during
    his time as secretary of state" (his office, not hers)."""
    def roles(conllu: str) -> list[str]:
        doc = parsed_from_conllu(conllu)
        roe, = [e for e in resolve(doc, find_mentions(doc)) if e.name == "Jane Roe"]
        return roe.roles
    assert roles(_roe_used_it()) == ["secretary of state"]
    assert roles(_roe_used_it(aux="would")) == []
    assert roles(_roe_used_it(time="his")) == []
    assert roles(_roe_used_it(time="her")) == ["secretary of state"]
    assert roles(_roe_used_it(date=True)) == ["secretary of state"]  # not "... in 2012"
    assert roles(_roe_used_it(verb="resign")) == []  # an office left


def test_his_career_as_a_role_in_a_sentence_read_by_its_tags():
    """ "Bob Lane retired from his career as a mail carrier." read by its
    tags alone (no cue in it): "mail carrier" is his role; "her career" in
    the same place is someone else's."""
    def roles(pronoun: str) -> list[str]:
        rows = [("Bob", "PROPN", "NNP"), ("Lane", "PROPN", "NNP"), ("retired", "VERB", "VBD"), ("from", "ADP", "IN"),
                (pronoun, "PRON", "PRP$"), ("career", "NOUN", "NN"), ("as", "ADP", "IN"), ("a", "DET", "DT"),
                ("mail", "NOUN", "NN"), ("carrier", "NOUN", "NN"), (".", "PUNCT", ".")]
        doc = parsed_from_conllu("".join(
            f"{k}\t{form}\t{form.lower()}\t{upos}\t{xpos}\t_\t{0 if k == 3 else 3}\t{'root' if k == 3 else 'dep'}\t_\t"
            f"{'SpaceAfter=No' if k == 10 else '_'}\n" for k, (form, upos, xpos) in enumerate(rows, 1)))
        lane, = [e for e in resolve(doc, find_mentions(doc)) if e.name == "Bob Lane"]
        return lane.roles
    assert roles("his") == ["mail carrier"]
    assert roles("her") == []


def test_kinship_compares_possessors_by_the_person_they_name():
    """ "Jim Lane spoke. Lane's wife Gale won. Jim Lane's wife said ...":
    "Lane" and "Jim Lane" are one person, so his wife is Gale (compared as
    strings they would differ; and "Tom Lane's wife" would not be Gale)."""
    doc = parsed_from_conllu(_spoke("Jim", "Lane") + f"""
1	Lane	Lane	PROPN	NNP	Number=Sing	3	nmod:poss	_	SpaceAfter=No
2	’s	's	PART	POS	_	1	case	_	_
3	wife	wife	NOUN	NN	Number=Sing	4	compound	_	_
4	Gale	Gale	PROPN	NNP	Number=Sing	5	nsubj	_	_
5	won	win	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
6	.	.	PUNCT	.	_	5	punct	_	_

1	Jim	Jim	PROPN	NNP	Number=Sing	2	compound	_	_
2	Lane	Lane	PROPN	NNP	Number=Sing	4	nmod:poss	_	SpaceAfter=No
3	’s	's	PART	POS	_	2	case	_	_
4	wife	wife	NOUN	NN	Number=Sing	5	nsubj	_	_
""" + the_plan_was_sound(5))
    said = next(w for w in reversed(doc.words) if w.text == "wife")
    mentions = find_mentions(doc, frozenset({said.i}))
    resolve(doc, mentions, frozenset({said.i}))
    wife = next(m for m in mentions if m.text == "Jim Lane’s wife").entity
    assert wife is not None and wife.name == "Gale"


def test_a_description_after_and_his_is_someone_else():
    """ "The governor and his spokesman, Bob Lane, left.": Lane is the
    spokesman, not the governor."""
    doc = parsed_from_conllu(f"""
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	governor	governor	NOUN	NN	Number=Sing	10	nsubj	_	_
3	and	and	CCONJ	CC	_	5	cc	_	_
4	his	his	PRON	PRP$	Poss=Yes|PronType=Prs	5	nmod:poss	_	_
5	spokesman	spokesman	NOUN	NN	Number=Sing	2	conj	_	SpaceAfter=No
6	,	,	PUNCT	,	_	8	punct	_	_
7	Bob	Bob	PROPN	NNP	Number=Sing	8	compound	_	_
8	Lane	Lane	PROPN	NNP	Number=Sing	5	appos	_	SpaceAfter=No
9	,	,	PUNCT	,	_	8	punct	_	_
10	left	leave	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
11	.	.	PUNCT	.	_	10	punct	_	_
""")
    lane, = [e for e in resolve(doc, find_mentions(doc)) if e.name == "Bob Lane"]
    assert lane.roles == ["spokesman"]


def test_someone_elses_career_and_an_evaluation_are_no_roles():
    """ "Bob Lane said his father retired from his career as a miner." (by
    its tags): the father's career; "The real candidate was Bob Lane.": no
    office; "Bob Lane, later that day, left.": no role "day"."""
    def lane_roles(rows: list[tuple[str, str, str, int, str]]) -> list[str]:
        doc = parsed_from_conllu("".join(
            f"{k}\t{form}\t{form.lower()}\t{upos}\t{xpos}\t_\t{head}\t{rel}\t_\t"
            f"{'SpaceAfter=No' if k < len(rows) and rows[k][0] in ',.' else '_'}\n"
            for k, (form, upos, xpos, head, rel) in enumerate(rows, 1)))
        lane, = [e for e in resolve(doc, find_mentions(doc)) if e.name == "Bob Lane"]
        return lane.roles
    career = [("Bob", "PROPN", "NNP", 2, "compound"), ("Lane", "PROPN", "NNP", 3, "dep"), ("said", "VERB", "VBD", 0, "root"),
              ("his", "PRON", "PRP$", 3, "dep"), ("father", "NOUN", "NN", 3, "dep"), ("retired", "VERB", "VBD", 3, "dep"),
              ("from", "ADP", "IN", 3, "dep"), ("his", "PRON", "PRP$", 3, "dep"), ("career", "NOUN", "NN", 3, "dep"),
              ("as", "ADP", "IN", 3, "dep"), ("a", "DET", "DT", 3, "dep"), ("miner", "NOUN", "NN", 3, "dep"),
              (".", "PUNCT", ".", 3, "punct")]
    assert lane_roles(career) == []
    winner = [("The", "DET", "DT", 3, "det"), ("real", "ADJ", "JJ", 3, "amod"), ("candidate", "NOUN", "NN", 6, "nsubj"),
              ("was", "AUX", "VBD", 6, "cop"), ("Bob", "PROPN", "NNP", 6, "compound"), ("Lane", "PROPN", "NNP", 0, "root"),
              (".", "PUNCT", ".", 6, "punct")]
    assert lane_roles(winner) == []
    later = [("Bob", "PROPN", "NNP", 2, "compound"), ("Lane", "PROPN", "NNP", 8, "nsubj"), (",", "PUNCT", ",", 4, "punct"),
             ("later", "ADV", "RB", 8, "advmod"), ("that", "DET", "DT", 6, "det"), ("day", "NOUN", "NN", 8, "obl"),
             (",", "PUNCT", ",", 4, "punct"), ("left", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 8, "punct")]
    assert lane_roles(later) == []


def test_a_kinship_description_with_an_apostrophe_in_the_name_is_nobody_named():
    """ "Bob Lane spoke. O'Brien's wife said ...": a kinship description
    like any other, not Bob Lane by the main-person fallback."""
    doc = parsed_from_conllu(_spoke("Bob", "Lane") + """
1	O'Brien	O'Brien	PROPN	NNP	Number=Sing	3	nmod:poss	_	SpaceAfter=No
2	's	's	PART	POS	_	1	case	_	_
3	wife	wife	NOUN	NN	Number=Sing	4	nsubj	_	_
""" + the_plan_was_sound(4))
    said = next(w for w in reversed(doc.words) if w.text == "wife")
    mentions = find_mentions(doc, frozenset({said.i}))
    resolve(doc, mentions, frozenset({said.i}))
    wife = next(m for m in mentions if m.text == "O'Brien's wife")
    assert wife.entity is None and wife.kind == "description"
