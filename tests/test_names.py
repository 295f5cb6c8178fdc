"""Speaker names (quotes/names.py): what of a mention is a name, on parses
written here as CoNLL-U (no parser runs)."""
from helpers import rules_read as records
from test_entities import VERB, _spoke, _subject_said, the_plan_was_sound


def test_a_given_name_tagged_as_an_auxiliary_stays_in_the_name():
    """ "Later, Will Doyle said ...", with "Will" read as a modal: a given
    name (lexicons/given_names.txt) before a surname is part of the name."""
    r, = records("""
1	Later	later	ADV	RB	_	5	advmod	_	SpaceAfter=No
2	,	,	PUNCT	,	_	5	punct	_	_
3	Will	will	AUX	MD	VerbForm=Fin	5	aux	_	_
4	Doyle	Doyle	PROPN	NNP	Number=Sing	5	nsubj	_	_
""" + the_plan_was_sound(5))
    assert (r.speaker.mention, r.speaker.name, r.speaker.kind) == ("Will Doyle", "Will Doyle", "person")


def test_a_name_after_a_lower_case_title_ends_before_its_of_phrase():
    """ "political scientist Patrick Murray of Monmouth said ...": the name
    is the run of names right after the title."""
    r, = records("""
1	Political	political	ADJ	JJ	Degree=Pos	2	amod	_	_
2	scientist	scientist	NOUN	NN	Number=Sing	7	nsubj	_	_
3	Patrick	Patrick	PROPN	NNP	Number=Sing	2	flat	_	_
4	Murray	Murray	PROPN	NNP	Number=Sing	3	flat	_	_
5	of	of	ADP	IN	_	6	case	_	_
6	Monmouth	Monmouth	PROPN	NNP	Number=Sing	2	nmod	_	_
""" + the_plan_was_sound(7))
    assert (r.speaker.name, r.speaker.roles) == ("Patrick Murray", ["Political scientist"])


def test_a_day_alone_is_no_name():
    """ "Feb. said ..." (a dateline the parse made a subject): no speaker name."""
    r, = records(_subject_said([("Feb.", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name is None


def test_a_nickname_in_quotation_marks_is_not_part_of_the_name():
    """ "Marine John “Tig” Tiegen said ...": the name is John Tiegen, a man,
    and "Marine" his role."""
    r, = records("""
1	Marine	Marine	PROPN	NNP	Number=Sing	6	compound	_	_
2	John	John	PROPN	NNP	Number=Sing	6	compound	_	_
3	“	"	PUNCT	``	_	4	punct	_	SpaceAfter=No
4	Tig	Tig	PROPN	NNP	Number=Sing	6	compound	_	SpaceAfter=No
5	”	"	PUNCT	''	_	4	punct	_	_
6	Tiegen	Tiegen	PROPN	NNP	Number=Sing	7	nsubj	_	_
""" + the_plan_was_sound(7))
    assert (r.speaker.name, r.speaker.roles) == ("John Tiegen", ["Marine"])


def test_a_function_word_starting_the_sentence_is_not_part_of_the_name():
    """ "Neither Ed Schultz said ...", the three words one phrase."""
    r, = records(_subject_said([("Neither", "DET", "DT", "det"), ("Ed", "PROPN", "NNP", "compound"),
                                ("Schultz", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Ed Schultz"


def test_both_read_as_a_proper_noun_is_not_part_of_the_name():
    """ "Both Cruz ... said", with "Both" capitalised at a sentence start and
    tagged as a proper noun: the name is Cruz (Ted Cruz, lexicons/known_people.txt)."""
    r, = records(_subject_said([("Both", "PROPN", "NNP", "compound"), ("Cruz", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Ted Cruz"


def test_a_comma_before_the_subject_ends_a_capitalised_run():
    """ "As chair of the Parks Committee, Levine said ...": the capitalised
    words after the comma are the subject, not an item of a list of names."""
    conllu = """
1	As	as	ADP	IN	_	2	case	_	_
2	chair	chair	NOUN	NN	Number=Sing	9	obl	_	_
3	of	of	ADP	IN	_	6	case	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	6	det	_	_
5	Parks	Parks	PROPN	NNP	Number=Sing	6	compound	_	_
6	Committee	Committee	PROPN	NNP	Number=Sing	2	nmod	_	SpaceAfter=No
7	,	,	PUNCT	,	_	6	punct	_	_
8	Levine	Levine	PROPN	NNP	Number=Sing	6	appos	_	_
""" + the_plan_was_sound(9)
    from quotes.conllu import parsed_from_conllu
    from quotes.names import _capitalised_run
    doc = parsed_from_conllu(conllu)
    assert _capitalised_run(doc, 4) == 5  # "Parks Committee", not "Parks Committee, Levine"


def test_an_organisation_keeps_its_of_complement_and_its_adjective():
    """ "Later the Federal Bureau of Investigation said ...", "Federal" read
    as an adjective and "of Investigation" as a modifier: the name is whole."""
    r, = records("""
1	Later	later	ADV	RB	_	7	advmod	_	_
2	the	the	DET	DT	Definite=Def|PronType=Art	4	det	_	_
3	Federal	federal	ADJ	JJ	Degree=Pos	4	amod	_	_
4	Bureau	Bureau	PROPN	NNP	Number=Sing	7	nsubj	_	_
5	of	of	ADP	IN	_	6	case	_	_
6	Investigation	Investigation	PROPN	NNP	Number=Sing	4	nmod	_	_
""" + the_plan_was_sound(7))
    assert (r.speaker.name, r.speaker.kind) == ("Federal Bureau of Investigation", "organization")


def test_a_capitalised_plural_starting_a_sentence_is_a_name_only_if_named_so_before():
    """ "Demonstrators said ..." names nobody; "Gregory Hicks spoke. Hicks
    said ..." is Gregory Hicks, though "Hicks" is tagged a plural too."""
    r, = records(_subject_said([("Demonstrators", "PROPN", "NNPS", "nsubj")]))
    assert (r.speaker.mention, r.speaker.name) == ("Demonstrators", None)
    r, = records(_spoke("Gregory", "Hicks") + "\n" + _subject_said([("Hicks", "PROPN", "NNPS", "nsubj")]))
    assert (r.speaker.mention, r.speaker.name) == ("Hicks", "Gregory Hicks")


def test_a_state_abbreviation_alone_is_no_name():
    """ "Md. said ...": a state abbreviation left by a dateline or a party tag."""
    r, = records(_subject_said([("Md.", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name is None


def test_a_capitalised_word_the_article_also_writes_in_lower_case_is_no_name():
    """ "Police said ..." in an article that also says "the police": a
    common word, not a name by itself."""
    r, = records(_subject_said([("Police", "PROPN", "NNP", "nsubj")]) + "\n" + f"""
1	They	they	PRON	PRP	Case=Nom|Number=Plur|Person=3|PronType=Prs	2	nsubj	_	_
2	met	meet	VERB	VBD	{VERB}	0	root	_	_
3	the	the	DET	DT	Definite=Def|PronType=Art	4	det	_	_
4	police	police	NOUN	NN	Number=Sing	2	obj	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_
""")
    assert (r.speaker.mention, r.speaker.name) == ("Police", None)


def _headline_says(says: int) -> str:
    """The rows of "Says Plan Was Sound" from word `says` on, a headline's
    end, and the paragraph break after it."""
    return f"""{says}	Says	say	VERB	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	_
{says + 1}	Plan	Plan	PROPN	NNP	Number=Sing	{says + 3}	nsubj	_	_
{says + 2}	Was	be	AUX	VBD	{VERB}	{says + 3}	cop	_	_
{says + 3}	Sound	sound	ADJ	JJ	Degree=Pos	{says}	ccomp	_	_

# newpar
"""


def test_a_title_case_headline_capitalises_more_than_names():
    """ "Clinton Wades In Says Plan Was Sound" over an article naming Hillary
    Clinton: "Wades" is capitalised by the headline only, the name is hers."""
    r, *_ = records(f"""
1	Clinton	Clinton	PROPN	NNP	Number=Sing	2	compound	_	_
2	Wades	Wades	PROPN	NNP	Number=Sing	4	nsubj	_	_
3	In	In	PROPN	NNP	Number=Sing	2	flat	_	_
""" + _headline_says(4) + _spoke("Hillary", "Clinton"))
    assert (r.speaker.mention, r.speaker.name) == ("Clinton", "Hillary Clinton")


def test_a_place_keeps_its_first_word_whatever_its_tag():
    """ "The United States said ...", with "United" tagged as a verb (as the
    compact parser's 2026-11-29 round reads it): the country is named in full."""
    r, = records(_subject_said([("The", "DET", "DT", "det"), ("United", "VERB", "VBN", "amod"),
                                ("States", "PROPN", "NNPS", "nsubj")]))
    assert (r.speaker.name, r.speaker.kind) == ("United States", "organization")


def test_a_place_tagged_as_a_verb_stays_the_first_word_of_a_name():
    """ "The Washington Post ran ...", "Washington" tagged as a verb (as the
    compact parser's 2026-11-29 round reads it)."""
    r, = records(_subject_said([("The", "DET", "DT", "det"), ("Washington", "VERB", "VBG", "compound"),
                                ("Post", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Washington Post"


def test_justice_is_a_title_before_a_name_but_names_a_department():
    r, = records(_subject_said([("Justice", "PROPN", "NNP", "compound"), ("Roberts", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.name, r.speaker.roles) == ("Roberts", ["Justice"])
    r, = records(_subject_said([("The", "DET", "DT", "det"), ("Justice", "PROPN", "NNP", "compound"),
                                ("Department", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.name, r.speaker.kind) == ("Justice Department", "organization")


def test_a_headline_name_capitalised_nowhere_else_is_no_name():
    """ "Comeback Kid Says Plan Was Sound" over an article that never writes
    "Comeback" or "Kid" again: the headline's capitals name nobody."""
    r, *_ = records(f"""
1	Comeback	Comeback	PROPN	NNP	Number=Sing	2	compound	_	_
2	Kid	Kid	PROPN	NNP	Number=Sing	3	nsubj	_	_
""" + _headline_says(3) + _spoke("Hillary", "Clinton"))
    assert r.speaker.name is None


def test_a_name_of_demonyms_or_party_plurals_alone_names_nobody():
    """ "African American", "Greek Orthodox", "Fellow Republicans": kinds of people (lexicons/demonyms.txt)."""
    for words in ([("African", "PROPN", "NNP", "compound"), ("American", "PROPN", "NNP", "nsubj")],
                  [("Fellow", "PROPN", "NNP", "compound"), ("Republicans", "PROPN", "NNPS", "nsubj")]):
        r, = records(_subject_said(words))
        assert r.speaker.name is None, words


def test_a_ticker_symbol_is_no_name():
    r, = records(_subject_said([("$WFC", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name is None


def test_an_outlet_run_into_a_persons_name_leaves_it():
    """ "... told the Washington Post Trump said ...", the outlet and the
    surname read as one name: the person is the known surname after it."""
    r, = records(_subject_said([("the", "DET", "DT", "det"), ("Washington", "PROPN", "NNP", "compound"),
                                ("Post", "PROPN", "NNP", "compound"), ("Trump", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Donald Trump"
    r, = records(_subject_said([("The", "DET", "DT", "det"), ("Washington", "PROPN", "NNP", "compound"),
                                ("Post", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Washington Post"


def test_a_sentence_adverb_read_as_a_proper_noun_is_no_name():
    r, = records(_subject_said([("Meanwhile", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name is None


def test_a_place_after_a_comma_continues_a_capitalised_run():
    """ "the University of California, San Diego --": no verb follows the
    words after the comma, so the run goes on through them."""
    from quotes.conllu import parsed_from_conllu
    from quotes.names import _capitalised_run
    doc = parsed_from_conllu("""
1	at	at	ADP	IN	_	2	case	_	_
2	California	California	PROPN	NNP	Number=Sing	0	root	_	SpaceAfter=No
3	,	,	PUNCT	,	_	5	punct	_	_
4	San	San	PROPN	NNP	Number=Sing	5	compound	_	_
5	Diego	Diego	PROPN	NNP	Number=Sing	2	appos	_	_
6	--	--	PUNCT	:	_	2	punct	_	_
""")
    assert _capitalised_run(doc, 1) == 4


def test_a_dateline_in_capitals_is_no_name():
    """ "MACAU (Reuters) – said ...", the dateline read as the subject: the
    page's layout put it there, it names nobody."""
    r, = records(f"""
1	MACAU	MACAU	PROPN	NNP	Number=Sing	6	nsubj	_	_
2	(	(	PUNCT	-LRB-	_	3	punct	_	SpaceAfter=No
3	Reuters	Reuters	PROPN	NNP	Number=Sing	1	appos	_	SpaceAfter=No
4	)	)	PUNCT	-RRB-	_	3	punct	_	_
5	–	–	PUNCT	:	_	1	punct	_	_
""" + the_plan_was_sound(6))
    assert (r.speaker.mention, r.speaker.name) == ("MACAU", None)


def test_a_heading_in_capitals_is_nobody_a_pronoun_could_mean():
    """ "ABSTRACT." alone on its line, then "It said ...": the heading is no
    organisation for "it"."""
    r, = records(f"""
1	ABSTRACT	ABSTRACT	PROPN	NNP	Number=Sing	0	root	_	SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	_	_

# newpar
1	It	it	PRON	PRP	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	_
""" + the_plan_was_sound(2))
    assert (r.speaker.mention, r.speaker.name) == ("It", None)


def test_a_transcripts_speaker_label_in_capitals_is_written_as_a_name():
    """ "RAMOS: Secretary Clinton, did you lie?": a speaker label, the
    person the article names Ramos."""
    from quotes.conllu import parsed_from_conllu
    from quotes.entities import name_mention

    doc = parsed_from_conllu("""
1	RAMOS	RAMOS	PROPN	NNP	Number=Sing	0	root	_	SpaceAfter=No
2	:	:	PUNCT	:	_	1	punct	_	_
3	Secretary	Secretary	PROPN	NNP	Number=Sing	4	compound	_	_
4	Clinton	Clinton	PROPN	NNP	Number=Sing	1	appos	_	SpaceAfter=No
5	?	?	PUNCT	.	_	1	punct	_	_
""")
    assert name_mention(doc, doc.words[0]).name == "Ramos"


def test_state_initials_alone_are_no_name():
    """ "Harry Bond of Raleigh, N.C., said ..." with "N.C." read as the subject."""
    r, = records(_subject_said([("N.C.", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name is None
    r, = records(_subject_said([("U.S.", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "U.S."


def test_a_name_read_as_latin_1_is_mended():
    import unicodedata
    from quotes.names import unmangled

    once = "François Hollande".encode("utf-8").decode("latin-1")
    assert unmangled(once) == "François Hollande"
    assert unmangled(once.encode("utf-8").decode("latin-1")) == "François Hollande"
    assert unmangled("RaÃol M. Grijalva") == "RaÃol M. Grijalva"  # a byte lost: left as written
    assert unmangled(unicodedata.normalize("NFD", once)) == "François Hollande"  # "Ã" as "A" and a tilde


def test_a_place_word_makes_a_name_a_place():
    """ "Fort Pierce said ...": a town (its government), never a person a
    pronoun could mean."""
    r, = records(_subject_said([("Fort", "PROPN", "NNP", "compound"), ("Pierce", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.name, r.speaker.kind) == ("Fort Pierce", "organization")


def test_a_common_word_capitalised_only_by_its_place_is_no_name():
    """ "Rather said ..." at a sentence start names nobody
    (lexicons/common_words.txt); "Yesterday, Variety said ..." names the
    magazine: nothing but a name capitalises it there."""
    r, = records(_subject_said([("Rather", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.mention, r.speaker.name) == ("Rather", None)
    r, = records(f"""
1	Yesterday	yesterday	NOUN	NN	Number=Sing	4	obl:tmod	_	SpaceAfter=No
2	,	,	PUNCT	,	_	4	punct	_	_
3	Variety	Variety	PROPN	NNP	Number=Sing	4	nsubj	_	_
""" + the_plan_was_sound(4))
    assert r.speaker.name == "Variety"


def test_a_common_word_opening_a_line_inside_a_sentence_is_no_name():
    """A headline's second line ("...;\\nTalk compared to ...") that the
    tokenizer kept in one sentence with the first: "Talk" opens its line."""
    from dataclasses import replace
    from quotes.conllu import parsed_from_conllu
    from quotes.extract import extract_parsed

    doc = parsed_from_conllu(f"""
1	Roe	Roe	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	spoke	speak	VERB	VBD	{VERB}	0	root	_	SpaceAfter=No
3	;	;	PUNCT	:	_	2	punct	_	_
4	Talk	Talk	PROPN	NNP	Number=Sing	5	nsubj	_	_
5	said	say	VERB	VBD	{VERB}	2	parataxis	_	_
6	the	the	DET	DT	Definite=Def|PronType=Art	7	det	_	_
7	plan	plan	NOUN	NN	Number=Sing	9	nsubj	_	_
8	was	be	AUX	VBD	{VERB}	9	cop	_	_
9	sound	sound	ADJ	JJ	Degree=Pos	5	ccomp	_	SpaceAfter=No
10	.	.	PUNCT	.	_	2	punct	_	_
""")
    talk = doc.words[3]
    doc = replace(doc, text=doc.text[:talk.start - 1] + "\n" + doc.text[talk.start:])
    r, = extract_parsed(doc, "t", rules_only=True)
    assert (r.speaker.mention, r.speaker.name) == ("Talk", None)


def test_a_common_noun_in_capitals_is_no_name():
    """ "TV said ..." (a pronoun's antecedent, or a misread subject): a
    common noun written in capitals (lexicons/common_acronyms.txt)."""
    r, = records(_subject_said([("TV", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.mention, r.speaker.name) == ("TV", None)


def test_state_initials_without_their_last_period_are_no_name():
    """ "S.C" (the tokenizer took the last period for a sentence end)."""
    r, = records(_subject_said([("S.C", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name is None


def test_a_headline_word_before_a_country_is_not_part_of_its_name():
    """ "Poor Mexico said ..." is Mexico; "Northern Ireland" stays whole."""
    r, = records(_subject_said([("Poor", "ADJ", "JJ", "amod"), ("Mexico", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Mexico"
    r, = records(_subject_said([("Northern", "PROPN", "NNP", "compound"), ("Ireland", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Northern Ireland"


def test_a_common_word_before_a_full_name_is_not_part_of_it():
    """ "Comedian Sarah Silverman said ..." (a headline's or a lead's
    capitalised common word): the name is Sarah Silverman."""
    r, = records(_subject_said([("Comedian", "PROPN", "NNP", "compound"), ("Sarah", "PROPN", "NNP", "compound"),
                                ("Silverman", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Sarah Silverman"


def test_a_number_glued_by_a_hyphen_is_part_of_the_name():
    """ "EB-5 said ...", the tokenizer splitting the hyphen: the name is EB-5."""
    r, = records(f"""
1	EB	EB	PROPN	NNP	Number=Sing	4	nsubj	_	SpaceAfter=No
2	-	-	PUNCT	HYPH	_	1	punct	_	SpaceAfter=No
3	5	5	NUM	CD	NumForm=Digit|NumType=Card	1	nummod	_	_
""" + the_plan_was_sound(4))
    assert r.speaker.name == "EB-5"


def test_a_name_the_tokenizer_split_between_two_sentences_is_whole():
    """ "Retired Gen. Norman | Ham said ...", a sentence ended inside the
    name on one line: the name is Norman Ham, "Retired Gen." its role."""
    r, = records(f"""
1	Retired	retire	VERB	VBN	VerbForm=Part	0	root	_	_
2	Gen.	Gen.	PROPN	NNP	Number=Sing	3	compound	_	_
3	Norman	Norman	PROPN	NNP	Number=Sing	1	obj	_	_
""" + "\n" + _subject_said([("Ham", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.name, r.speaker.roles) == ("Norman Ham", ["Retired Gen."])


def test_a_date_before_a_name_is_not_part_of_the_mention():
    """ "2022-02-04 NATO chief Jens Stoltenberg said ...", the date read as
    the name's modifier (a scraped dateline on the same line)."""
    r, = records(_subject_said([("2022-02-04", "NUM", "CD", "nummod"), ("Jens", "PROPN", "NNP", "compound"),
                                ("Stoltenberg", "PROPN", "NNP", "nsubj")]))
    assert (r.speaker.mention, r.speaker.name) == ("Jens Stoltenberg", "Jens Stoltenberg")
    r, = records(_subject_said([("Whit", "NUM", "CD", "nummod"), ("Ayres", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "Whit Ayres"  # a given name the tagger read as a number stays


def test_a_capitalised_word_whose_fine_tag_says_proper_noun_stays_in_the_name():
    """ "The United Nations Security Council said ...", with "United" tagged
    VERB (coarse) and NNP (fine): the name keeps "United"."""
    r, = records("""
1	The	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
2	United	unite	VERB	NNP	Tense=Past|VerbForm=Part	5	amod	_	_
3	Nations	Nation	PROPN	NNPS	Number=Plur	5	flat	_	_
4	Security	Security	PROPN	NNP	Number=Sing	5	flat	_	_
5	Council	Council	PROPN	NNP	Number=Sing	6	nsubj	_	_
""" + the_plan_was_sound(6))
    assert r.speaker.name == "United Nations Security Council"


def test_a_lower_case_syllable_after_a_hyphen_ends_a_given_name():
    """ "Park Geun-hye said ...", the tokenizer splitting the hyphen: the
    name is whole; a word after a hyphen ("Obama-era") is no syllable."""
    r, = records("""
1	Park	Park	PROPN	NNP	Number=Sing	2	flat	_	_
2	Geun	Geun	PROPN	NNP	Number=Sing	5	nsubj	_	SpaceAfter=No
3	-	-	PUNCT	HYPH	_	4	punct	_	SpaceAfter=No
4	hye	hye	NOUN	NN	Number=Sing	2	flat	_	_
""" + the_plan_was_sound(5))
    assert r.speaker.name == "Park Geun-hye"
    from quotes.conllu import parsed_from_conllu
    from quotes.entities import _syllable
    doc = parsed_from_conllu("1\tera\tera\tNOUN\tNN\t_\t0\troot\t_\t_\n")
    assert not _syllable(doc.words[0])


def test_one_before_a_party_word_names_nobody():
    """ "One Republican said ...": someone of that party, no name; "One
    Nation said ..." keeps its name."""
    one = [("One", "NUM", "CD", "nummod")]
    r, = records(_subject_said(one + [("Republican", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name is None
    r, = records(_subject_said(one + [("Nation", "PROPN", "NNP", "nsubj")]))
    assert r.speaker.name == "One Nation"


def test_a_name_runs_on_through_what_its_acronym_spells():
    """ "Alliance to Reclaim Our Schools (AROS) said ...", the parse ending
    the name at "to" and reading "Reclaim" as a verb: the acronym in
    brackets spells the whole name, and "AROS said" later names it too."""
    first, second = records("""
1	Alliance	Alliance	PROPN	NNP	Number=Sing	9	nsubj	_	_
2	to	to	PART	TO	_	3	mark	_	_
3	Reclaim	reclaim	VERB	VB	VerbForm=Inf	1	acl	_	_
4	Our	we	PRON	PRP$	Number=Plur|Person=1|Poss=Yes|PronType=Prs	5	nmod:poss	_	_
5	Schools	Schools	PROPN	NNPS	Number=Plur	3	obj	_	_
6	(	(	PUNCT	-LRB-	_	7	punct	_	SpaceAfter=No
7	AROS	AROS	PROPN	NNP	Number=Sing	1	appos	_	SpaceAfter=No
8	)	)	PUNCT	-RRB-	_	7	punct	_	_
""" + the_plan_was_sound(9) + """
1	AROS	AROS	PROPN	NNP	Number=Sing	2	nsubj	_	_
""" + the_plan_was_sound(2))
    assert (first.speaker.name, first.speaker.kind) == ("Alliance to Reclaim Our Schools", "organization")
    assert second.speaker.name == "Alliance to Reclaim Our Schools"


def test_a_name_after_a_title_runs_on_through_what_its_acronym_spells():
    """ "The organizer Alliance to Reclaim Our Schools (AROS) said ...": the
    name after a title noun is the whole name the acronym spells."""
    r, = records("""
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	organizer	organizer	NOUN	NN	Number=Sing	11	nsubj	_	_
3	Alliance	Alliance	PROPN	NNP	Number=Sing	2	nmod	_	_
4	to	to	ADP	IN	_	5	case	_	_
5	Reclaim	Reclaim	PROPN	NNP	Number=Sing	3	nmod	_	_
6	Our	we	PRON	PRP$	Number=Plur|Person=1|Poss=Yes|PronType=Prs	7	nmod:poss	_	_
7	Schools	Schools	PROPN	NNPS	Number=Plur	5	flat	_	_
8	(	(	PUNCT	-LRB-	_	9	punct	_	SpaceAfter=No
9	AROS	AROS	PROPN	NNP	Number=Sing	7	appos	_	SpaceAfter=No
10	)	)	PUNCT	-RRB-	_	9	punct	_	_
""" + the_plan_was_sound(11))
    assert (r.speaker.name, r.speaker.roles) == ("Alliance to Reclaim Our Schools", ["organizer"])


def test_a_word_that_is_also_a_speech_verb_stays_before_an_organisation_word():
    """ "The State Department Refugee Processing Center said ...": "State"
    is a speech verb too, but not before "Department" ("Said Ellis" is)."""
    r, = records("""
1	The	the	DET	DT	Definite=Def|PronType=Art	6	det	_	_
2	State	State	PROPN	NNP	Number=Sing	3	compound	_	_
3	Department	Department	PROPN	NNP	Number=Sing	6	compound	_	_
4	Refugee	Refugee	PROPN	NNP	Number=Sing	6	compound	_	_
5	Processing	Processing	PROPN	NNP	Number=Sing	6	compound	_	_
6	Center	Center	PROPN	NNP	Number=Sing	7	nsubj	_	_
""" + the_plan_was_sound(7))
    assert (r.speaker.name, r.speaker.kind) == ("State Department Refugee Processing Center", "organization")


def test_a_headline_modal_read_as_a_name_word_ends_no_name():
    """ "National Museum Will Tell ...", a title-case headline with "Will"
    read as a proper noun: the name ends before the modal; "George Will"
    (a given name before it) keeps it."""
    from quotes.conllu import parsed_from_conllu
    from quotes.names import trim_edges
    doc = parsed_from_conllu("""
1	National	National	PROPN	NNP	Number=Sing	2	compound	_	_
2	Museum	Museum	PROPN	NNP	Number=Sing	4	nsubj	_	_
3	Will	Will	PROPN	NNP	Number=Sing	2	flat	_	_
4	Tell	tell	VERB	VB	VerbForm=Inf	0	root	_	_
5	George	George	PROPN	NNP	Number=Sing	7	nsubj	_	_
6	Will	Will	PROPN	NNP	Number=Sing	5	flat	_	_
7	Writes	write	VERB	VBZ	{VERB}	4	parataxis	_	_
""".replace("{VERB}", VERB))
    assert [w.text for w in trim_edges(doc.words[0:3])] == ["National", "Museum"]
    assert [w.text for w in trim_edges(doc.words[4:6])] == ["George", "Will"]


def test_an_academy_keeps_its_listed_complement_but_a_list_of_bodies_is_no_name():
    """ "The National Academies of Sciences, Engineering and Medicine said
    ...": one body ("academies" an organisation word); in "the Academy of
    Pediatrics, American Congress of ..." the comma starts another body."""
    r, = records("""
1	The	the	DET	DT	Definite=Def|PronType=Art	3	det	_	_
2	National	National	ADJ	NNP	Degree=Pos	3	amod	_	_
3	Academies	Academies	PROPN	NNPS	Number=Plur	10	nsubj	_	_
4	of	of	ADP	IN	_	5	case	_	_
5	Sciences	Sciences	PROPN	NNP	Number=Sing	3	nmod	_	SpaceAfter=No
6	,	,	PUNCT	,	_	7	punct	_	_
7	Engineering	Engineering	PROPN	NNP	Number=Sing	5	conj	_	_
8	and	and	CCONJ	CC	_	9	cc	_	_
9	Medicine	Medicine	PROPN	NNP	Number=Sing	7	conj	_	_
""" + the_plan_was_sound(10))
    assert r.speaker.name == "National Academies of Sciences, Engineering and Medicine"
    from quotes.conllu import parsed_from_conllu
    from quotes.names import _capitalised_run
    doc = parsed_from_conllu("""
1	Academy	Academy	PROPN	NNP	Number=Sing	0	root	_	_
2	of	of	ADP	IN	_	3	case	_	_
3	Pediatrics	Pediatrics	PROPN	NNPS	Number=Plur	1	nmod	_	SpaceAfter=No
4	,	,	PUNCT	,	_	6	punct	_	_
5	American	American	ADJ	NNP	Degree=Pos	6	amod	_	_
6	Congress	Congress	PROPN	NNP	Number=Sing	3	conj	_	_
""")
    assert _capitalised_run(doc, 2) == 2  # "Pediatrics", not "Pediatrics, American Congress"
