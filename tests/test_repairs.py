"""Parse repairs, on parses the compact models gave (written here as CoNLL-U,
before any repair), and what the rules read from the repaired sentences."""
from quotes.conllu import parsed_from_conllu
from quotes.entities import find_mentions
from quotes.parse import ParsedDoc
from quotes.repairs import repair
from helpers import rules_read as records

# 'The reaction came a day after Pentagon said about 2,000 soldiers will travel from the US to Europe.'
AFTER_PENTAGON = """
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	reaction	reaction	NOUN	NN	Number=Sing	3	nsubj	_	_
3	came	come	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
4	a	a	DET	DT	Definite=Ind|PronType=Art	5	det	_	_
5	day	day	NOUN	NN	Number=Sing	3	obj	_	_
6	after	after	ADP	IN	_	7	case	_	_
7	Pentagon	Pentagon	PROPN	NNP	Number=Sing	5	nmod	_	_
8	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	3	advcl	_	_
9	about	about	ADP	IN	_	11	case	_	_
10	2,000	2000	NUM	CD	NumForm=Digit|NumType=Card	11	nummod	_	_
11	soldiers	soldier	NOUN	NNS	Number=Plur	8	nsubj	_	_
12	will	will	AUX	MD	VerbForm=Fin	13	aux	_	_
13	travel	travel	VERB	VB	VerbForm=Inf	8	ccomp	_	_
14	from	from	ADP	IN	_	16	case	_	_
15	the	the	DET	DT	Definite=Def|PronType=Art	16	det	_	_
16	US	US	PROPN	NNP	Number=Sing	13	obl	_	_
17	to	to	ADP	IN	_	18	case	_	_
18	Europe	Europe	PROPN	NNP	Number=Sing	16	nmod	_	SpaceAfter=No
19	.	.	PUNCT	.	_	3	punct	_	_

"""

# 'However, NATO Commander Jens Stoltenberg said that the Alliance “does not see the withdrawal of Russian troops”, wh
WHILE_WALLACE = """
1	However	however	ADV	RB	_	7	advmod	_	SpaceAfter=No
2	,	,	PUNCT	,	_	1	punct	_	_
3	NATO	NATO	PROPN	NNP	Number=Sing	4	nmod:desc	_	_
4	Commander	Commander	PROPN	NNP	Number=Sing	5	nmod:desc	_	_
5	Jens	Jens	PROPN	NNP	Number=Sing	6	nmod:desc	_	_
6	Stoltenberg	Stoltenberg	PROPN	NNP	Number=Sing	7	nsubj	_	_
7	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
8	that	that	SCONJ	IN	_	14	mark	_	_
9	the	the	DET	DT	Definite=Def|PronType=Art	10	det	_	_
10	Alliance	Alliance	PROPN	NNP	Number=Sing	14	nsubj	_	_
11	“	"	PUNCT	``	_	14	punct	_	SpaceAfter=No
12	does	do	AUX	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	14	aux	_	_
13	not	not	PART	RB	Polarity=Neg	14	advmod	_	_
14	see	see	VERB	VB	VerbForm=Inf	7	ccomp	_	_
15	the	the	DET	DT	Definite=Def|PronType=Art	16	det	_	_
16	withdrawal	withdrawal	NOUN	NN	Number=Sing	14	obj	_	_
17	of	of	ADP	IN	_	19	case	_	_
18	Russian	Russian	PROPN	NNP	Number=Sing	19	compound	_	_
19	troops	troops	NOUN	NNS	Number=Plur	16	nmod	_	SpaceAfter=No
20	”	"	PUNCT	''	_	14	punct	_	SpaceAfter=No
21	,	,	PUNCT	,	_	25	punct	_	_
22	while	while	SCONJ	IN	_	25	mark	_	_
23	the	the	DET	DT	Definite=Def|PronType=Art	25	det	_	_
24	British	British	PROPN	NNP	Number=Sing	25	amod	_	_
25	Minister	Minister	PROPN	NNP	Number=Sing	32	nsubj	_	_
26	of	of	ADP	IN	_	27	case	_	_
27	Defense	Defense	PROPN	NNP	Number=Sing	25	nmod	_	SpaceAfter=No
28	,	,	PUNCT	,	_	29	punct	_	_
29	Ben	Ben	PROPN	NNP	Number=Sing	30	compound	_	_
30	Wallace	Wallace	PROPN	NNP	Number=Sing	25	appos	_	SpaceAfter=No
31	,	,	PUNCT	,	_	32	punct	_	_
32	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	7	ccomp	_	_
33	that	that	SCONJ	IN	_	37	mark	_	_
34	it	it	PRON	PRP	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	37	nsubj	_	_
35	is	be	AUX	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	37	cop	_	_
36	too	too	ADV	RB	_	37	advmod	_	_
37	early	early	ADJ	JJ	Degree=Pos	32	ccomp	_	_
38	to	to	PART	TO	_	39	mark	_	_
39	know	know	VERB	VB	VerbForm=Inf	37	xcomp	_	SpaceAfter=No
40	.	.	PUNCT	.	_	7	punct	_	_

"""

# "Trump campaign spokesman Jason Miller told The Washington Post that Trump's maternity-leave policy would extend to 
SPOKESMAN_MILLER = """
1	Trump	Trump	PROPN	NNP	Number=Sing	3	compound	_	_
2	campaign	campaign	NOUN	NN	Number=Sing	3	compound	_	_
3	spokesman	spokesman	NOUN	NN	Number=Sing	6	nsubj	_	_
4	Jason	Jason	PROPN	NNP	Number=Sing	5	nmod:desc	_	_
5	Miller	Miller	PROPN	NNP	Number=Sing	6	nsubj	_	_
6	told	tell	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
7	The	the	DET	DT	Definite=Def|PronType=Art	9	det	_	_
8	Washington	Washington	VERB	VBG	VerbForm=Ger	9	compound	_	_
9	Post	Post	PROPN	NNP	Number=Sing	6	obj	_	_
10	that	that	PRON	WDT	PronType=Rel	18	mark	_	_
11	Trump	Trump	PROPN	NNP	Number=Sing	13	nmod:poss	_	SpaceAfter=No
12	's	's	PART	POS	_	11	case	_	_
13	maternity	maternity	NOUN	NN	Number=Sing	16	compound	_	SpaceAfter=No
14	-	-	PUNCT	HYPH	_	13	punct	_	SpaceAfter=No
15	leave	leave	NOUN	NN	Number=Sing	16	compound	_	_
16	policy	policy	NOUN	NN	Number=Sing	18	nsubj	_	_
17	would	would	AUX	MD	VerbForm=Fin	18	aux	_	_
18	extend	extend	VERB	VB	VerbForm=Inf	6	ccomp	_	_
19	to	to	ADP	IN	_	21	case	_	_
20	single	single	ADJ	JJ	Degree=Pos	21	amod	_	_
21	mothers	mother	NOUN	NNS	Number=Plur	18	obl	_	SpaceAfter=No
22	.	.	PUNCT	.	_	6	punct	_	_

"""

# 'He runs a nonprofit group called the Virginia Conservation Legacy Fund.'
GROUP_CALLED = """
1	He	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	_
2	runs	run	VERB	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	_
3	a	a	DET	DT	Definite=Ind|PronType=Art	5	det	_	_
4	nonprofit	nonprofit	ADJ	JJ	Degree=Pos	5	amod	_	_
5	group	group	NOUN	NN	Number=Sing	2	obj	_	_
6	called	call	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	2	xcomp	_	_
7	the	the	DET	DT	Definite=Def|PronType=Art	11	det	_	_
8	Virginia	Virginia	PROPN	NNP	Number=Sing	11	compound	_	_
9	Conservation	Conservation	PROPN	NNP	Number=Sing	11	compound	_	_
10	Legacy	Legacy	PROPN	NNP	Number=Sing	11	compound	_	_
11	Fund	Fund	PROPN	NNP	Number=Sing	6	obj	_	SpaceAfter=No
12	.	.	PUNCT	.	_	2	punct	_	_

"""

# 'US President Joe Biden said late last night that some 150,000 Russian troops were still stationed in northern, sout
EXPRESSED_CONCERN = """
1	US	US	PROPN	NNP	Number=Sing	5	nsubj	_	_
2	President	President	PROPN	NNP	Number=Sing	1	flat	_	_
3	Joe	Joe	PROPN	NNP	Number=Sing	2	flat	_	_
4	Biden	Biden	PROPN	NNP	Number=Sing	5	nsubj	_	_
5	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
6	late	late	ADJ	JJ	Degree=Pos	8	amod	_	_
7	last	last	ADJ	JJ	Degree=Pos	8	amod	_	_
8	night	night	NOUN	NN	Number=Sing	5	obj	_	_
9	that	that	PRON	WDT	PronType=Rel	16	mark	_	_
10	some	some	DET	DT	PronType=Ind	13	det	_	_
11	150,000	150000	NUM	CD	NumForm=Digit|NumType=Card	13	nummod	_	_
12	Russian	Russian	PROPN	NNP	Number=Sing	13	compound	_	_
13	troops	troops	NOUN	NNS	Number=Plur	16	nsubj:pass	_	_
14	were	be	AUX	VBD	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	16	aux:pass	_	_
15	still	still	ADV	RB	_	16	advmod	_	_
16	stationed	station	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	5	ccomp	_	_
17	in	in	ADP	IN	_	18	case	_	_
18	northern	northern	ADJ	JJ	Degree=Pos	16	obl	_	SpaceAfter=No
19	,	,	PUNCT	,	_	20	punct	_	_
20	southern	southern	ADJ	JJ	Degree=Pos	23	amod	_	_
21	and	and	CCONJ	CC	_	23	cc	_	_
22	eastern	eastern	ADJ	JJ	Degree=Pos	23	amod	_	_
23	Ukraine	Ukraine	PROPN	NNP	Number=Sing	18	conj	_	SpaceAfter=No
24	,	,	PUNCT	,	_	26	punct	_	_
25	and	and	CCONJ	CC	_	26	cc	_	_
26	expressed	express	VERB	VBN	Tense=Past|VerbForm=Part	27	amod	_	_
27	concern	concern	NOUN	NN	Number=Sing	23	conj	_	_
28	that	that	SCONJ	IN	_	32	mark	_	_
29	the	the	DET	DT	Definite=Def|PronType=Art	30	det	_	_
30	invasion	invasion	NOUN	NN	Number=Sing	32	nsubj	_	_
31	could	could	AUX	MD	VerbForm=Fin	32	aux	_	_
32	happen	happen	VERB	VB	VerbForm=Inf	27	acl:relcl	_	_
33	at	at	ADP	IN	_	35	case	_	_
34	any	any	DET	DT	PronType=Ind	35	det	_	_
35	moment	moment	NOUN	NN	Number=Sing	32	obl	_	SpaceAfter=No
36	.	.	PUNCT	.	_	5	punct	_	_

"""

# 'The senator tweeted late on Sunday that the report was “fake” and “a hoax” and encouraged voters to “read it” thems
TWEETED_AND_ENCOURAGED = """
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	senator	senator	NOUN	NN	Number=Sing	3	nsubj	_	_
3	tweeted	tweet	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
4	late	late	ADJ	JJ	Degree=Pos	3	xcomp	_	_
5	on	on	ADP	IN	_	6	case	_	_
6	Sunday	Sunday	PROPN	NNP	Number=Sing	3	obl	_	_
7	that	that	SCONJ	IN	_	12	mark	_	_
8	the	the	DET	DT	Definite=Def|PronType=Art	9	det	_	_
9	report	report	NOUN	NN	Number=Sing	12	nsubj	_	_
10	was	be	AUX	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	12	cop	_	_
11	“	"	PUNCT	``	_	12	punct	_	SpaceAfter=No
12	fake	fake	ADJ	JJ	Degree=Pos	3	ccomp	_	SpaceAfter=No
13	”	"	PUNCT	``	_	12	punct	_	_
14	and	and	CCONJ	CC	_	17	cc	_	_
15	“	"	PUNCT	``	_	17	punct	_	SpaceAfter=No
16	a	a	DET	DT	Definite=Ind|PronType=Art	17	det	_	_
17	hoax	hoax	NOUN	NN	Number=Sing	12	conj	_	SpaceAfter=No
18	”	"	PUNCT	``	_	17	punct	_	_
19	and	and	CCONJ	CC	_	20	cc	_	_
20	encouraged	encourage	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	21	amod	_	_
21	voters	voter	NOUN	NNS	Number=Plur	17	conj	_	_
22	to	to	PART	TO	_	24	mark	_	_
23	“	"	PUNCT	``	_	24	punct	_	SpaceAfter=No
24	read	read	VERB	VB	VerbForm=Inf	21	acl	_	_
25	it	it	PRON	PRP	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	24	obj	_	SpaceAfter=No
26	”	"	PUNCT	``	_	27	punct	_	_
27	themselves	themselves	NOUN	NNS	Number=Plur	24	obj	_	SpaceAfter=No
28	.	.	PUNCT	.	_	3	punct	_	_

"""

# 'Some average Americans would actually see their taxes go up under Trump’s plan, according to an analysis by Lily Ba
ACCORDING_APPOSITION = """
1	Some	some	DET	DT	PronType=Ind	3	det	_	_
2	average	average	NOUN	NN	Number=Sing	3	compound	_	_
3	Americans	American	NOUN	NNS	Number=Plur	6	nsubj	_	_
4	would	would	AUX	MD	VerbForm=Fin	6	aux	_	_
5	actually	actually	ADV	RB	_	6	advmod	_	_
6	see	see	VERB	VB	VerbForm=Inf	0	root	_	_
7	their	their	PRON	PRP$	Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs	8	nmod:poss	_	_
8	taxes	tax	NOUN	NNS	Number=Plur	6	obj	_	_
9	go	go	VERB	VBP	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	6	xcomp	_	_
10	up	up	ADP	RP	_	9	compound:prt	_	_
11	under	under	ADP	IN	_	14	case	_	_
12	Trump	Trump	PROPN	NNP	Number=Sing	14	nmod:poss	_	SpaceAfter=No
13	’s	's	PART	POS	_	12	case	_	_
14	plan	plan	NOUN	NN	Number=Sing	9	obl	_	SpaceAfter=No
15	,	,	PUNCT	,	_	16	punct	_	_
16	according	accord	VERB	VBG	Tense=Pres|VerbForm=Part	19	case	_	_
17	to	to	ADP	IN	_	19	case	_	_
18	an	a	DET	DT	Definite=Ind|PronType=Art	19	det	_	_
19	analysis	analysis	NOUN	NN	Number=Sing	9	obl	_	_
20	by	by	ADP	IN	_	22	case	_	_
21	Lily	Lily	PROPN	NNP	Number=Sing	22	compound	_	_
22	Batchelder	Batchelder	PROPN	NNP	Number=Sing	19	nmod	_	SpaceAfter=No
23	,	,	PUNCT	,	_	28	punct	_	_
24	a	a	DET	DT	Definite=Ind|PronType=Art	28	det	_	_
25	former	former	ADJ	JJ	Degree=Pos	28	amod	_	_
26	Democratic	Democratic	ADJ	NNP	Degree=Pos	27	amod	_	_
27	tax	tax	NOUN	NN	Number=Sing	28	compound	_	_
28	aide	aide	NOUN	NN	Number=Sing	30	nsubj	_	_
29	now	now	ADV	RB	PronType=Dem	30	advmod	_	_
30	teaching	teach	VERB	VBG	Tense=Pres|VerbForm=Part	6	conj	_	_
31	at	at	ADP	IN	_	34	case	_	_
32	New	New	PROPN	NNP	Number=Sing	34	compound	_	_
33	York	York	PROPN	NNP	Number=Sing	34	compound	_	_
34	University	University	PROPN	NNP	Number=Sing	30	obl	_	SpaceAfter=No
35	,	,	PUNCT	,	_	39	punct	_	_
36	whose	whose	SCONJ	IN	_	39	mark	_	_
37	conclusions	conclusion	NOUN	NNS	Number=Plur	39	nsubj:pass	_	_
38	were	be	AUX	VBD	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	39	aux:pass	_	_
39	seconded	seconded	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	30	advcl	_	_
40	by	by	ADP	IN	_	43	case	_	_
41	the	the	DET	DT	Definite=Def|PronType=Art	43	det	_	_
42	Tax	Tax	PROPN	NNP	Number=Sing	43	compound	_	_
43	Foundation	Foundation	PROPN	NNP	Number=Sing	39	obl	_	SpaceAfter=No
44	.	.	PUNCT	.	_	6	punct	_	_

"""

# 'Protesters walking through the city chanted "Not my president" and kept going until dawn.'
PROTESTERS = """
1	Protesters	Protesters	NOUN	NNS	Number=Plur	0	root	_	_
2	walking	walk	VERB	VBG	Tense=Pres|VerbForm=Part	1	acl	_	_
3	through	through	ADP	IN	_	5	case	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	city	city	NOUN	NN	Number=Sing	2	obl	_	_
6	chanted	chanted	VERB	VBD	Tense=Past|VerbForm=Part	2	advcl	_	_
7	"	"	PUNCT	``	_	10	punct	_	SpaceAfter=No
8	Not	not	PART	RB	Polarity=Neg	10	advmod	_	_
9	my	my	PRON	PRP$	Case=Gen|Number=Sing|Person=1|Poss=Yes|PronType=Prs	10	nmod:poss	_	_
10	president	president	NOUN	NN	Number=Sing	6	obj	_	SpaceAfter=No
11	"	"	PUNCT	``	_	10	punct	_	_
12	and	and	CCONJ	CC	_	13	cc	_	_
13	kept	keep	VERB	VBN	Mood=Ind|Tense=Past|VerbForm=Fin	10	conj	_	_
14	going	go	VERB	VBG	Tense=Pres|VerbForm=Part	13	xcomp	_	_
15	until	until	ADP	IN	_	16	case	_	_
16	dawn	dawn	NOUN	NN	Number=Sing	14	obl	_	SpaceAfter=No
17	.	.	PUNCT	.	_	6	punct	_	_

"""

# 'Republican vice-presidential nominee Gov. Mike Pence said the debate would be fair.'
NOMINEE_GOV = """
1	Republican	Republican	ADJ	JJ	Degree=Pos	5	amod	_	_
2	vice	vice	ADJ	JJ	Degree=Pos	5	amod	_	SpaceAfter=No
3	-	-	PUNCT	HYPH	_	2	punct	_	SpaceAfter=No
4	presidential	presidential	ADJ	JJ	Degree=Pos	5	amod	_	_
5	nominee	nominee	NOUN	NN	Number=Sing	9	nsubj	_	_
6	Gov.	Gov.	PROPN	NNP	Number=Sing	7	compound	_	_
7	Mike	Mike	PROPN	NNP	Number=Sing	8	nmod:desc	_	_
8	Pence	Pence	PROPN	NNP	Number=Sing	9	nsubj	_	_
9	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
10	the	the	DET	DT	Definite=Def|PronType=Art	11	det	_	_
11	debate	debate	NOUN	NN	Number=Sing	14	nsubj	_	_
12	would	would	AUX	MD	VerbForm=Fin	14	aux	_	_
13	be	be	AUX	VB	VerbForm=Inf	14	cop	_	_
14	fair	fair	ADJ	JJ	Degree=Pos	9	ccomp	_	SpaceAfter=No
15	.	.	PUNCT	.	_	9	punct	_	_

"""

# 'The president told African-Americans this weekend he would consider it a "personal insult" if they did not vote for
PARTICIPLE_ASIDE = """
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	president	president	NOUN	NN	Number=Sing	3	nsubj	_	_
3	told	tell	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
4	African	African	PROPN	NNP	Number=Sing	3	obj	_	SpaceAfter=No
5	-	-	PUNCT	HYPH	_	6	punct	_	SpaceAfter=No
6	Americans	American	PROPN	NNPS	Number=Plur	3	obj	_	_
7	this	this	DET	DT	Number=Sing|PronType=Dem	8	det	_	_
8	weekend	weekend	NOUN	NN	Number=Sing	3	obj	_	_
9	he	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	11	nsubj	_	_
10	would	would	AUX	MD	VerbForm=Fin	11	aux	_	_
11	consider	consider	VERB	VB	VerbForm=Inf	3	ccomp	_	_
12	it	it	PRON	PRP	Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs	11	obj	_	_
13	a	a	DET	DT	Definite=Ind|PronType=Art	16	det	_	_
14	"	"	PUNCT	``	_	16	punct	_	SpaceAfter=No
15	personal	personal	ADJ	JJ	Degree=Pos	16	amod	_	_
16	insult	insult	NOUN	NN	Number=Sing	11	obj	_	SpaceAfter=No
17	"	"	PUNCT	''	_	22	punct	_	_
18	if	if	SCONJ	IN	_	22	mark	_	_
19	they	they	PRON	PRP	Case=Nom|Number=Plur|Person=3|PronType=Prs	22	nsubj	_	_
20	did	do	AUX	VBD	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	22	aux	_	_
21	not	not	PART	RB	Polarity=Neg	22	advmod	_	_
22	vote	vote	VERB	VB	VerbForm=Inf	11	advcl	_	_
23	for	for	ADP	IN	_	25	case	_	_
24	Mrs.	Mrs.	PROPN	NNP	Number=Sing	25	compound	_	_
25	Clinton	Clinton	PROPN	NNP	Number=Sing	22	obl	_	SpaceAfter=No
26	,	,	PUNCT	,	_	28	punct	_	_
27	implicitly	implicitly	ADV	RB	_	28	advmod	_	_
28	putting	put	VERB	VBG	Tense=Pres|VerbForm=Part	11	conj	_	_
29	his	his	PRON	PRP$	Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs	30	nmod:poss	_	_
30	name	name	NOUN	NN	Number=Sing	28	obj	_	_
31	on	on	ADP	IN	_	33	case	_	_
32	the	the	DET	DT	Definite=Def|PronType=Art	33	det	_	_
33	line	line	NOUN	NN	Number=Sing	28	obl	_	SpaceAfter=No
34	.	.	PUNCT	.	_	3	punct	_	_

"""



def arcs(conllu: str) -> dict[str, tuple[str, str]]:
    """word -> (relation, head word) after the repairs, per sentence."""
    doc = parsed_from_conllu(conllu)
    out = {}
    for s in doc.sents:
        for w in repair(doc.words[s.first:s.last]):
            out[w.text] = (w.deprel, doc.words[w.head].text if w.head >= 0 else "ROOT")
    return out


def test_a_subject_after_a_reporting_verb_goes_to_its_clause_and_a_noun_after_a_subordinator_speaks():
    a = arcs(AFTER_PENTAGON)
    assert a["soldiers"] == ("nsubj", "travel") and a["Pentagon"] == ("nsubj", "said") and a["after"] == ("mark", "said")
    r, = records(AFTER_PENTAGON)
    assert r.speaker.name == "Pentagon" and r.text == "about 2,000 soldiers will travel from the US to Europe"


def test_a_subordinator_hung_on_a_later_cues_subject_ends_the_clause_before_it():
    assert [r.text for r in records(WHILE_WALLACE)] == [
        "the Alliance “does not see the withdrawal of Russian troops”", "it is too early to know"]


def test_a_common_noun_subject_right_before_a_name_subject_is_its_title():
    assert arcs(SPOKESMAN_MILLER)["spokesman"] == ("compound", "Miller")
    r, = records(SPOKESMAN_MILLER)
    assert r.speaker.name == "Jason Miller" and r.text == "Trump's maternity-leave policy would extend to single mothers"


def test_a_participle_that_names_the_noun_before_it_is_no_cue():
    assert records(GROUP_CALLED) == []


def test_a_past_form_after_and_read_as_a_modifier_is_a_second_predicate_with_a_that_clause_on_its_object():
    a = arcs(EXPRESSED_CONCERN)
    assert a["expressed"] == ("conj", "said") and a["concern"] == ("obj", "expressed")
    first, second = records(EXPRESSED_CONCERN)
    assert first.text == "some 150,000 Russian troops were still stationed in northern, southern and eastern Ukraine"
    assert second.cue.lemma == "express" and second.speaker.name == "Joe Biden"
    assert second.text == "the invasion could happen at any moment"


def test_a_second_predicate_misread_as_a_modifier_ends_the_reported_clause():
    r, = records(TWEETED_AND_ENCOURAGED)
    assert r.text == "the report was “fake” and “a hoax”"


def test_according_to_a_source_with_an_apposition_reports_the_clause_before_it():
    r, = records(ACCORDING_APPOSITION)
    assert r.text == "Some average Americans would actually see their taxes go up under Trump’s plan"


def test_a_cue_hung_on_a_participle_of_the_root_noun_speaks_for_that_noun():
    r, = records(PROTESTERS)
    assert r.speaker.mention == "Protesters" and r.text == '"Not my president"'


def test_an_abbreviated_title_after_a_lower_case_one_is_a_role_of_its_own():
    r, = records(NOMINEE_GOV)
    assert r.speaker.name == "Mike Pence" and r.speaker.roles == ["Republican vice-presidential nominee", "Gov."]


def test_a_participle_after_a_comma_read_as_a_conjunct_in_the_complement_is_an_aside_of_the_cue():
    a = arcs(PARTICIPLE_ASIDE)
    assert a["putting"] == ("advcl", "told")
    r, = records(PARTICIPLE_ASIDE)
    assert r.text == 'he would consider it a "personal insult" if they did not vote for Mrs. Clinton'


# 'NATO Secretary General urged Russia to withdraw its troops.' as the compact parser's
# 2026-11-29 round reads it: the infinitive hung on the cue as advcl, not xcomp.
URGED_ADVCL = """
1	NATO	NATO	PROPN	NNP	Number=Sing	3	flat	_	_
2	Secretary	Secretary	PROPN	NNP	Number=Sing	3	flat	_	_
3	General	General	PROPN	NNP	Number=Sing	4	nsubj	_	_
4	urged	urge	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
5	Russia	Russia	PROPN	NNP	Number=Sing	4	obj	_	_
6	to	to	PART	TO	_	7	mark	_	_
7	withdraw	withdraw	VERB	VB	VerbForm=Inf	4	advcl	_	_
8	its	its	PRON	PRP$	Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs	9	nmod:poss	_	_
9	troops	troops	NOUN	NNS	Number=Plur	7	obj	_	SpaceAfter=No
10	.	.	PUNCT	.	_	4	punct	_	_
"""


def test_a_request_verbs_infinitive_read_as_advcl_is_still_the_request():
    r, = records(URGED_ADVCL)
    assert r.text == "Russia to withdraw its troops" and r.rules[0:2] == ["cue:verb", "content:request"]


# 'NATO Secretary-General Jens Stoltenberg expressed concern on Thursday that is continuing its
# military buildup around Ukraine.' (a seed's sentence that lost its subject) as the compact
# parser's 2026-11-29 round reads it: the clause a relative clause on "Thursday".
CONCERN_ON_THURSDAY = """
1	Stoltenberg	Stoltenberg	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	expressed	express	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
3	concern	concern	NOUN	NN	Number=Sing	2	obj	_	_
4	on	on	ADP	IN	_	5	case	_	_
5	Thursday	Thursday	PROPN	NNP	Number=Sing	3	nmod	_	_
6	that	that	PRON	WDT	PronType=Rel	8	nsubj	_	_
7	is	be	AUX	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	8	aux	_	_
8	continuing	continue	VERB	VBG	Tense=Pres|VerbForm=Part	5	acl:relcl	_	_
9	its	its	PRON	PRP$	Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs	11	nmod:poss	_	_
10	military	military	ADJ	JJ	Degree=Pos	11	amod	_	_
11	buildup	buildup	NOUN	NN	Number=Sing	8	obj	_	SpaceAfter=No
12	.	.	PUNCT	.	_	2	punct	_	_
"""


def test_a_that_clause_read_as_a_relative_clause_on_a_day_is_a_clause_of_the_verb():
    assert arcs(CONCERN_ON_THURSDAY)["continuing"] == ("advcl", "expressed")
    r, = records(CONCERN_ON_THURSDAY)
    assert r.text == "is continuing its military buildup"


# 'However, NATO Commander Jens Stoltenberg said that the Alliance “does not see the withdrawal of
# Russian troops”, while the British Minister of Defense, Ben Wallace, said that it is too early to
# know.' as the compact parser's 2026-11-29 round reads it: the Minister a second subject of "see".
WHILE_MINISTER = """
1	Stoltenberg	Stoltenberg	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
3	that	that	SCONJ	IN	_	9	mark	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	Alliance	Alliance	PROPN	NNP	Number=Sing	9	nsubj	_	_
6	“	"	PUNCT	``	_	9	punct	_	SpaceAfter=No
7	does	do	AUX	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	9	aux	_	_
8	not	not	PART	RB	Polarity=Neg	9	advmod	_	_
9	see	see	VERB	VB	VerbForm=Inf	2	ccomp	_	_
10	the	the	DET	DT	Definite=Def|PronType=Art	11	det	_	_
11	withdrawal	withdrawal	NOUN	NN	Number=Sing	9	obj	_	SpaceAfter=No
12	”	"	PUNCT	''	_	9	punct	_	SpaceAfter=No
13	,	,	PUNCT	,	_	17	punct	_	_
14	while	while	SCONJ	IN	_	17	mark	_	_
15	the	the	DET	DT	Definite=Def|PronType=Art	17	det	_	_
16	British	British	PROPN	NNP	Number=Sing	17	flat	_	_
17	Minister	Minister	PROPN	NNP	Number=Sing	9	nsubj	_	_
18	of	of	ADP	IN	_	19	case	_	_
19	Defense	Defense	PROPN	NNP	Number=Sing	17	nmod	_	SpaceAfter=No
20	,	,	PUNCT	,	_	22	punct	_	_
21	Ben	Ben	PROPN	NNP	Number=Sing	22	flat	_	_
22	Wallace	Wallace	PROPN	NNP	Number=Sing	19	conj	_	SpaceAfter=No
23	,	,	PUNCT	,	_	17	punct	_	_
24	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	2	ccomp	_	_
25	that	that	SCONJ	IN	_	29	mark	_	_
26	it	it	PRON	PRP	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	29	nsubj	_	_
27	is	be	AUX	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	29	cop	_	_
28	too	too	ADV	RB	_	29	advmod	_	_
29	early	early	ADJ	JJ	Degree=Pos	24	ccomp	_	SpaceAfter=No
30	.	.	PUNCT	.	_	2	punct	_	_
"""


def test_a_second_subject_after_a_subordinator_is_the_subject_of_the_later_cue():
    a = arcs(WHILE_MINISTER)
    assert a["Minister"] == ("nsubj", "said") and a["while"] == ("mark", "said")
    first, second = records(WHILE_MINISTER)
    assert first.text == "the Alliance “does not see the withdrawal”"
    assert second.text == "it is too early" and second.speaker.mention == "the British Minister of Defense"


def test_a_clause_on_a_day_with_a_subject_of_its_own_stays_as_parsed():
    """ "tweeted on Sunday that the report was fake": "that" marks a clause
    with its own subject; the rules read that parse as it stands."""
    a = arcs("""
1	He	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	_
2	tweeted	tweet	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
3	on	on	ADP	IN	_	4	case	_	_
4	Sunday	Sunday	PROPN	NNP	Number=Sing	2	obl	_	_
5	that	that	SCONJ	IN	_	9	mark	_	_
6	the	the	DET	DT	Definite=Def|PronType=Art	7	det	_	_
7	report	report	NOUN	NN	Number=Sing	9	nsubj	_	_
8	was	be	AUX	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	9	cop	_	_
9	fake	fake	ADJ	JJ	Degree=Pos	4	acl:relcl	_	SpaceAfter=No
10	.	.	PUNCT	.	_	2	punct	_	_
""")
    assert a["fake"] == ("acl:relcl", "Sunday")


# 'Phil Smith said the union expected production to improve.' as the compact parser's
# 2026-11-29 round reads it: "the union expected production" one noun phrase, the cue's object.
UNION_EXPECTED = """
1	Phil	Phil	PROPN	NNP	Number=Sing	2	flat	_	_
2	Smith	Smith	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	union	union	NOUN	NN	Number=Sing	7	compound	_	_
6	expected	expect	VERB	VBN	Tense=Past|VerbForm=Part	7	amod	_	_
7	production	production	NOUN	NN	Number=Sing	3	iobj	_	_
8	to	to	PART	TO	_	9	mark	_	_
9	improve	improve	VERB	VB	VerbForm=Inf	7	acl	_	SpaceAfter=No
10	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_a_past_form_read_as_a_modifier_inside_the_cues_object_heads_the_reported_clause():
    a = arcs(UNION_EXPECTED)
    assert a["expected"] == ("ccomp", "said") and a["union"] == ("nsubj", "expected")
    r, = records(UNION_EXPECTED)
    assert r.text == "the union expected production to improve" and r.speaker.name == "Phil Smith"


# 'The campaign stressed the threat that a Trump presidency would constitute.' as the compact
# parser's 2026-11-29 round reads it: "that" the object of "constitute", hung on the cue as advcl.
THREAT_THAT = """
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	campaign	campaign	NOUN	NN	Number=Sing	3	nsubj	_	_
3	stressed	stress	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	threat	threat	NOUN	NN	Number=Sing	3	obj	_	_
6	that	that	SCONJ	IN	_	11	obj	_	_
7	a	a	DET	DT	Definite=Ind|PronType=Art	9	det	_	_
8	Trump	Trump	PROPN	NNP	Number=Sing	9	compound	_	_
9	presidency	presidency	NOUN	NN	Number=Sing	11	nsubj	_	_
10	would	would	AUX	MD	VerbForm=Fin	11	aux	_	_
11	constitute	constitute	VERB	VB	VerbForm=Inf	3	advcl	_	SpaceAfter=No
12	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_a_clause_whose_that_is_its_object_is_a_relative_clause_not_a_reported_one():
    # "stress" reports its object (lexicons/object_cues.txt): the whole object, never the relative alone
    assert [r.text for r in records(THREAT_THAT)] == ["the threat that a Trump presidency would constitute"]


def test_a_participle_after_a_comma_read_as_an_adverbial_clause_in_the_complement_is_an_aside_too():
    """The same sentence as the compact parser's 2026-11-29 round reads it: "putting" an advcl."""
    conllu = PARTICIPLE_ASIDE.replace("28\tputting\tput\tVERB\tVBG\tTense=Pres|VerbForm=Part\t11\tconj",
                                      "28\tputting\tput\tVERB\tVBG\tTense=Pres|VerbForm=Part\t11\tadvcl")
    assert conllu != PARTICIPLE_ASIDE
    assert arcs(conllu)["putting"] == ("advcl", "told")
    r, = records(conllu)
    assert r.text == 'he would consider it a "personal insult" if they did not vote for Mrs. Clinton'


# 'Trump further described ... but stopped short of calling Shelby’s actions racially motivated.' as the
# compact parser's 2026-11-29 round reads it: "short" an object, "calling" a clause on it, "motivated" on "stopped".
STOPPED_SHORT = """
1	Trump	Trump	PROPN	NNP	Number=Sing	3	nsubj	_	_
2	further	far	ADV	RB	_	3	advmod	_	_
3	described	describe	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	incident	incident	NOUN	NN	Number=Sing	3	obj	_	_
6	as	as	ADP	IN	_	10	case	_	_
7	a	a	DET	DT	Definite=Ind|PronType=Art	10	det	_	_
8	“	"	PUNCT	``	_	10	punct	_	SpaceAfter=No
9	terrible	terrible	ADJ	JJ	Degree=Pos	10	amod	_	_
10	situation	situation	NOUN	NN	Number=Sing	3	obl	_	SpaceAfter=No
11	,	,	PUNCT	,	_	14	punct	_	SpaceAfter=No
12	”	"	PUNCT	''	_	14	punct	_	_
13	but	but	CCONJ	CC	_	14	cc	_	_
14	stopped	stop	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	3	conj	_	_
15	short	short	ADJ	JJ	Degree=Pos	14	obj	_	_
16	of	of	SCONJ	IN	_	17	mark	_	_
17	calling	call	VERB	VBG	Tense=Pres|VerbForm=Ger	15	acl	_	_
18	Shelby	Shelby	PROPN	NNP	Number=Sing	20	nmod:poss	_	SpaceAfter=No
19	’s	's	PART	POS	_	18	case	_	_
20	actions	action	NOUN	NNS	Number=Plur	17	obj	_	_
21	racially	racially	ADV	RB	_	22	advmod	_	_
22	motivated	motivate	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	14	advcl	_	SpaceAfter=No
23	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_a_clause_on_an_adjective_shares_the_subject_and_a_predicate_after_the_object_is_what_it_was_called():
    a = arcs(STOPPED_SHORT)
    assert a["short"] == ("xcomp", "stopped") and a["calling"] == ("advcl", "short")
    assert a["motivated"] == ("xcomp", "calling")
    described, called = records(STOPPED_SHORT)
    assert (called.cue.lemma, called.text, called.speaker.mention) == ("call", "Shelby’s actions racially motivated",
                                                                       "Trump")


def test_a_name_read_as_the_apposition_of_the_title_before_it_belongs_to_the_mention():
    """The same sentence as the compact parser's 2026-11-29 round reads it:
    "Gov. Mike Pence" hung on "nominee" as its apposition."""
    sing = "PROPN\tNNP\tNumber=Sing"
    conllu = (NOMINEE_GOV.replace(f"6\tGov.\tGov.\t{sing}\t7\tcompound", f"6\tGov.\tGov.\t{sing}\t8\tflat")
              .replace(f"7\tMike\tMike\t{sing}\t8\tnmod:desc", f"7\tMike\tMike\t{sing}\t8\tflat")
              .replace(f"8\tPence\tPence\t{sing}\t9\tnsubj", f"8\tPence\tPence\t{sing}\t5\tappos"))
    assert conllu.count("\tflat\t") == 2 and "\tappos\t" in conllu
    r, = records(conllu)
    assert (r.speaker.name, r.speaker.mention) == ("Mike Pence", "Republican vice-presidential nominee Gov. Mike Pence")
    assert r.speaker.roles == ["Republican vice-presidential nominee", "Gov."]


# 'The mayor "is the only leader with the experience to keep this city safe," retired police chief Anna Berg
# said.' as the compact parser's 2026-11-29 round reads it: "retired" the root, "said" its clause.
RETIRED_CHIEF = """
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	mayor	mayor	NOUN	NN	Number=Sing	7	nsubj	_	_
3	"	"	PUNCT	``	_	7	punct	_	SpaceAfter=No
4	is	be	AUX	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	7	cop	_	_
5	the	the	DET	DT	Definite=Def|PronType=Art	7	det	_	_
6	only	only	ADJ	JJ	Degree=Pos	7	amod	_	_
7	leader	leader	NOUN	NN	Number=Sing	18	ccomp	_	_
8	with	with	ADP	IN	_	10	case	_	_
9	the	the	DET	DT	Definite=Def|PronType=Art	10	det	_	_
10	experience	experience	NOUN	NN	Number=Sing	7	nmod	_	_
11	to	to	PART	TO	_	12	mark	_	_
12	keep	keep	VERB	VB	VerbForm=Inf	7	acl	_	_
13	this	this	DET	DT	Number=Sing|PronType=Dem	14	det	_	_
14	city	city	NOUN	NN	Number=Sing	15	obl:unmarked	_	_
15	safe	safe	ADJ	JJ	Degree=Pos	12	xcomp	_	SpaceAfter=No
16	,	,	PUNCT	,	_	7	punct	_	SpaceAfter=No
17	"	"	PUNCT	``	_	18	punct	_	_
18	retired	retire	VERB	VBD	Tense=Past|VerbForm=Part|Voice=Pass	0	root	_	_
19	police	police	NOUN	NN	Number=Sing	21	compound	_	_
20	chief	chief	ADJ	JJ	Degree=Pos	21	amod	_	_
21	Anna	Anna	PROPN	NNP	Number=Sing	22	nmod:desc	_	_
22	Berg	Berg	PROPN	NNP	Number=Sing	23	nsubj	_	_
23	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	18	ccomp	_	SpaceAfter=No
24	.	.	PUNCT	.	_	7	punct	_	_
"""


def test_a_past_form_right_before_a_reporting_verbs_subject_modifies_it():
    a = arcs(RETIRED_CHIEF)
    assert a["retired"][0] == "amod" and a["said"] == ("root", "ROOT")
    r, = records(RETIRED_CHIEF)
    assert (r.speaker.name, r.cue.lemma) == ("Anna Berg", "say")
    assert r.text == 'The mayor "is the only leader with the experience to keep this city safe,"'


# 'The mayor "is the only leader with the experience to keep this city safe," after Anna Berg, the police
# chief, said so.' as the compact parser's 2026-11-29 round reads it: the quote the complement of "said".
AFTER_SAID_SO = """
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	mayor	mayor	NOUN	NN	Number=Sing	7	nsubj	_	_
3	"	"	PUNCT	``	_	7	punct	_	SpaceAfter=No
4	is	be	AUX	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	7	cop	_	_
5	the	the	DET	DT	Definite=Def|PronType=Art	7	det	_	_
6	only	only	ADJ	JJ	Degree=Pos	7	amod	_	_
7	leader	leader	NOUN	NN	Number=Sing	26	ccomp	_	_
8	with	with	ADP	IN	_	10	case	_	_
9	the	the	DET	DT	Definite=Def|PronType=Art	10	det	_	_
10	experience	experience	NOUN	NN	Number=Sing	7	nmod	_	_
11	to	to	PART	TO	_	12	mark	_	_
12	keep	keep	VERB	VB	VerbForm=Inf	7	acl	_	_
13	this	this	DET	DT	Number=Sing|PronType=Dem	14	det	_	_
14	city	city	NOUN	NN	Number=Sing	15	obl:unmarked	_	_
15	safe	safe	ADJ	JJ	Degree=Pos	12	xcomp	_	SpaceAfter=No
16	,	,	PUNCT	,	_	19	punct	_	SpaceAfter=No
17	"	"	PUNCT	''	_	19	punct	_	_
18	after	after	ADP	IN	_	19	case	_	_
19	Anna	Anna	PROPN	NNP	Number=Sing	26	obl	_	_
20	Berg	Berg	PROPN	NNP	Number=Sing	19	flat	_	SpaceAfter=No
21	,	,	PUNCT	,	_	24	punct	_	_
22	the	the	DET	DT	Definite=Def|PronType=Art	24	det	_	_
23	police	police	NOUN	NN	Number=Sing	24	compound	_	_
24	chief	chief	NOUN	NN	Number=Sing	26	nsubj	_	SpaceAfter=No
25	,	,	PUNCT	,	_	24	punct	_	_
26	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
27	so	so	ADV	RB	_	26	advmod	_	SpaceAfter=No
28	.	.	PUNCT	.	_	26	punct	_	_
"""


def test_said_so_reports_nothing_else():
    """ "... after Anna Berg, the police chief, said so": "so" is what was said."""
    assert arcs(AFTER_SAID_SO)["leader"] == ("ccomp", "said")
    assert records(AFTER_SAID_SO) == []


# A dateline before a dash and two titles joined by "and" before a name, as the compact parser's
# 2026-11-29 round reads it: the dateline the subject, the rest hung on it.
DATELINE_TITLES = """
1	NEW	new	PROPN	NNP	Number=Sing	2	compound	_	_
2	YORK	YORK	PROPN	NNP	Number=Sing	21	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	4	punct	_	_
4	Nov.	November	PROPN	NNP	Number=Sing	2	conj	_	_
5	19	19	NUM	CD	NumForm=Digit|NumType=Card	2	appos	_	_
6	(	(	PUNCT	-LRB-	_	7	punct	_	SpaceAfter=No
7	UPI	UPI	PROPN	NNP	Number=Sing	5	appos	_	SpaceAfter=No
8	)	)	PUNCT	-RRB-	_	7	punct	_	_
9	—	—	PUNCT	:	_	11	punct	_	_
10	Former	former	ADJ	NNP	Degree=Pos	11	amod	_	_
11	Secretary	Secretary	PROPN	NNP	Number=Sing	2	appos	_	_
12	of	of	ADP	IN	_	13	case	_	_
13	State	State	PROPN	NNP	Number=Sing	11	nmod	_	_
14	and	and	CCONJ	CC	_	17	cc	_	_
15	Democratic	Democratic	PROPN	NNP	Number=Sing	17	amod	_	_
16	presidential	presidential	NOUN	NN	Number=Sing	17	compound	_	_
17	frontrunner	frontrunner	NOUN	NN	Number=Sing	11	nmod	_	_
18	Hillary	Hillary	PROPN	NNP	Number=Sing	17	flat	_	_
19	Clinton	Clinton	PROPN	NNP	Number=Sing	11	nmod	_	_
20	is	be	AUX	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	21	aux	_	_
21	calling	call	VERB	VBG	Tense=Pres|VerbForm=Part	0	root	_	_
22	for	for	ADP	IN	_	25	case	_	_
23	the	the	DET	DT	Definite=Def|PronType=Art	25	det	_	_
24	United	Unite	VERB	NNP	Tense=Past|VerbForm=Part|Voice=Pass	25	amod	_	_
25	States	State	PROPN	NNPS	Number=Plur	21	obl	_	_
26	to	to	PART	TO	_	27	mark	_	_
27	step	step	VERB	VB	VerbForm=Inf	21	advcl	_	_
28	up	up	ADP	RP	_	27	compound:prt	_	_
29	military	military	ADJ	JJ	Degree=Pos	30	amod	_	_
30	efforts	effort	NOUN	NNS	Number=Plur	27	obj	_	_
31	in	in	ADP	IN	_	33	case	_	_
32	the	the	DET	DT	Definite=Def|PronType=Art	33	det	_	_
33	fight	fight	NOUN	NN	Number=Sing	27	obl	_	_
34	against	against	ADP	IN	_	37	case	_	_
35	the	the	DET	DT	Definite=Def|PronType=Art	37	det	_	_
36	Islamic	Islamic	ADJ	NNP	Degree=Pos	37	amod	_	_
37	State	State	PROPN	NNP	Number=Sing	33	nmod	_	SpaceAfter=No
38	.	.	PUNCT	.	_	21	punct	_	_
"""


def test_a_dateline_is_no_subject_and_two_joined_titles_before_a_name_are_two_roles():
    a = arcs(DATELINE_TITLES)
    assert a["YORK"][0] == "dep" and a["Secretary"] == ("nsubj", "calling")
    r, = records(DATELINE_TITLES)
    assert r.speaker.name == "Hillary Clinton"
    assert r.speaker.roles == ["Former Secretary of State", "Democratic presidential frontrunner"]


# 'Sen. Bernie Sanders (I-Vt.) said he will make his records available.' (the party and state in brackets)
SANDERS_I_VT = """
1	Sen.	Sen.	PROPN	NNP	Number=Sing	9	nsubj	_	_
2	Bernie	Bernie	PROPN	NNP	Number=Sing	1	flat	_	_
3	Sanders	Sanders	PROPN	NNP	Number=Sing	1	flat	_	_
4	(	(	PUNCT	-LRB-	_	5	punct	_	SpaceAfter=No
5	I	I	PRON	PRP	Case=Nom|Number=Sing|Person=1|PronType=Prs	9	nsubj	_	SpaceAfter=No
6	-	-	PUNCT	,	_	5	punct	_	SpaceAfter=No
7	Vt.	Vt.	PROPN	NNP	Number=Sing	5	flat	_	SpaceAfter=No
8	)	)	PUNCT	-RRB-	_	7	punct	_	_
9	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
10	he	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	12	nsubj	_	_
11	will	will	AUX	MD	VerbForm=Fin	12	aux	_	_
12	make	make	VERB	VB	VerbForm=Inf	9	ccomp	_	_
13	his	his	PRON	PRP$	Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs	16	nmod:poss	_	_
14	medical	medical	ADJ	JJ	Degree=Pos	16	amod	_	_
15	health	health	NOUN	NN	Number=Sing	16	compound	_	_
16	records	record	NOUN	NNS	Number=Plur	12	obj	_	SpaceAfter=No
17	.	.	PUNCT	.	_	9	punct	_	_
"""


def test_a_hyphen_inside_brackets_is_no_dateline_dash():
    r, = records(SANDERS_I_VT)
    assert r.speaker.name == "Bernie Sanders" and r.speaker.roles == ["Sen."]


def test_a_name_before_a_dash_is_no_dateline():
    """ "Jane Roe — Harvard-trained lawyer and TV host — said ...": no date and
    no word in capitals before the dash, so the name stays the subject."""
    a = arcs("""
1	Jane	Jane	PROPN	NNP	Number=Sing	12	nsubj	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	1	flat	_	_
3	—	—	PUNCT	:	_	4	punct	_	_
4	Harvard	Harvard	PROPN	NNP	Number=Sing	2	flat	_	SpaceAfter=No
5	-	-	PUNCT	HYPH	_	4	punct	_	SpaceAfter=No
6	trained	train	VERB	VBN	Tense=Past|VerbForm=Part	7	amod	_	_
7	lawyer	lawyer	NOUN	NN	Number=Sing	2	list	_	_
8	and	and	CCONJ	CC	_	10	cc	_	_
9	TV	TV	NOUN	NN	Number=Sing	10	compound	_	_
10	host	host	NOUN	NN	Number=Sing	7	conj	_	_
11	—	—	PUNCT	:	_	12	punct	_	_
12	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
13	so	so	ADV	RB	_	12	advmod	_	SpaceAfter=No
14	.	.	PUNCT	.	_	12	punct	_	_
""")
    assert a["Roe"] == ("nsubj", "said") and a["Harvard"] == ("flat", "Roe")


# 'The director further stated that the plan was sound.', "further" read as the noun the subject hangs on
DIRECTOR_FURTHER = """
1	The	the	DET	DT	Definite=Def|PronType=Art	3	det	_	_
2	director	director	NOUN	NN	Number=Sing	3	compound	_	_
3	further	further	NOUN	NN	Number=Sing	4	nsubj:pass	_	_
4	stated	state	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	0	root	_	_
5	that	that	SCONJ	IN	_	9	mark	_	_
6	the	the	DET	DT	Definite=Def|PronType=Art	7	det	_	_
7	plan	plan	NOUN	NN	Number=Sing	9	nsubj	_	_
8	was	be	AUX	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	9	cop	_	_
9	sound	sound	ADJ	JJ	Degree=Pos	4	ccomp	_	SpaceAfter=No
10	.	.	PUNCT	.	_	4	punct	_	_
"""


def test_an_adverb_read_as_a_noun_leaves_the_subject_to_the_noun_before_it():
    doc = parsed_from_conllu(DIRECTOR_FURTHER)
    director, further = repair(doc.words)[1:3]
    assert (director.head, director.deprel) == (3, "nsubj:pass")
    assert (further.upos, further.head, further.deprel) == ("ADV", 3, "advmod")
    assert repair(doc.words)[0].head == 1  # "The" goes with "director"
    r, = records(DIRECTOR_FURTHER)
    assert r.speaker.mention == "The director"


def test_a_chunked_sentence_keeps_x_of_y_as_one_noun_phrase():
    """chunk_tree leaves "of Russia" on the root; of_phrases hangs it from
    "leader", which takes over the subject ("The leader of Russia met
    Biden") or the possessor ("the secretary of state's bid")."""
    from quotes.parse import chunk_tree
    from quotes.repairs import of_phrases
    ws = of_phrases(chunk_tree(parsed_from_conllu("""
1	The	the	DET	DT	_	2	det	_	_
2	leader	leader	NOUN	NN	_	5	nsubj	_	_
3	of	of	ADP	IN	_	4	case	_	_
4	Russia	Russia	PROPN	NNP	_	2	nmod	_	_
5	met	meet	VERB	VBD	_	0	root	_	_
6	the	the	DET	DT	_	7	det	_	_
7	secretary	secretary	NOUN	NN	_	5	obj	_	_
8	of	of	ADP	IN	_	9	case	_	_
9	state	state	NOUN	NN	_	11	nmod:poss	_	SpaceAfter=No
10	's	's	PART	POS	_	9	case	_	_
11	aides	aide	NOUN	NNS	_	7	nmod	_	SpaceAfter=No
12	.	.	PUNCT	.	_	5	punct	_	_
""").words))
    rel = {w.text: (w.deprel, ws[w.head].text if w.head >= 0 else None) for w in ws if w.text not in ("the", "of")}
    assert rel["leader"] == ("nsubj", "met") and rel["Russia"] == ("nmod", "leader")
    assert rel["secretary"] == ("nmod:poss", "aides") and rel["state"] == ("nmod", "secretary")


# 'Jane Roe, who has been active for years, says she will vote.': "who" and
# the name both subjects of "active", "says" hung under it as parataxis.
ROE_WHO_ACTIVE = """
1	Jane	Jane	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	7	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	2	punct	_	_
4	who	who	PRON	WP	PronType=Rel	7	nsubj	_	_
5	has	have	AUX	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	7	aux	_	_
6	been	be	AUX	VBN	Tense=Past|VerbForm=Part	7	cop	_	_
7	active	active	ADJ	JJ	Degree=Pos	0	root	_	_
8	for	for	ADP	IN	_	9	case	_	_
9	years	year	NOUN	NNS	Number=Plur	7	obl	_	SpaceAfter=No
10	,	,	PUNCT	,	_	11	punct	_	_
11	says	say	VERB	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	7	parataxis	_	_
12	she	she	PRON	PRP	Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs	14	nsubj	_	_
13	will	will	AUX	MD	VerbForm=Fin	14	aux	_	_
14	vote	vote	VERB	VB	VerbForm=Inf	11	ccomp	_	SpaceAfter=No
15	.	.	PUNCT	.	_	7	punct	_	_
"""

# 'Bob Ames, who said he votes often, said the plan was sound.': the first
# "said" has both subjects, and sits under "votes", under the second "said".
AMES_WHO_SAID = """
1	Bob	Bob	PROPN	NNP	Number=Sing	2	compound	_	_
2	Ames	Ames	PROPN	NNP	Number=Sing	5	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	2	punct	_	_
4	who	who	PRON	WP	PronType=Rel	5	nsubj	_	_
5	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	7	ccomp	_	_
6	he	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	7	nsubj	_	_
7	votes	vote	VERB	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	10	ccomp	_	_
8	often	often	ADV	RB	_	7	advmod	_	SpaceAfter=No
9	,	,	PUNCT	,	_	10	punct	_	_
10	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
11	the	the	DET	DT	Definite=Def|PronType=Art	12	det	_	_
12	plan	plan	NOUN	NN	Number=Sing	14	nsubj	_	_
13	was	be	AUX	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	14	cop	_	_
14	sound	sound	ADJ	JJ	Degree=Pos	10	ccomp	_	SpaceAfter=No
15	.	.	PUNCT	.	_	10	punct	_	_
"""


def test_a_relative_clause_read_as_the_main_clause_gives_the_name_back_to_the_verb_after_it():
    roe, active, says = (repair(parsed_from_conllu(ROE_WHO_ACTIVE).words)[k] for k in (1, 6, 10))
    assert (roe.head, roe.deprel) == (10, "nsubj") and (active.head, active.deprel) == (1, "acl:relcl")
    assert (says.head, says.deprel) == (-1, "root")
    r, = records(ROE_WHO_ACTIVE)
    assert (r.text, r.speaker.mention, r.speaker.name) == ("she will vote", "Jane Roe", "Jane Roe")
    first, second = sorted(records(AMES_WHO_SAID), key=lambda r: r.start)
    assert (first.text, first.speaker.name) == ("he votes often", "Bob Ames")
    assert (second.text, second.speaker.mention) == ("the plan was sound", "Bob Ames")


# 'Ann Lee has freed funds to fix the roads and on Monday announced that more was coming.'
LEE_ON_MONDAY = """
1	Ann	Ann	PROPN	NNP	Number=Sing	2	compound	_	_
2	Lee	Lee	PROPN	NNP	Number=Sing	4	nsubj	_	_
3	has	have	AUX	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	4	aux	_	_
4	freed	free	VERB	VBN	Tense=Past|VerbForm=Part	0	root	_	_
5	funds	fund	NOUN	NNS	Number=Plur	4	obj	_	_
6	to	to	PART	TO	_	7	mark	_	_
7	fix	fix	VERB	VB	VerbForm=Inf	5	acl	_	_
8	the	the	DET	DT	Definite=Def|PronType=Art	9	det	_	_
9	roads	road	NOUN	NNS	Number=Plur	7	obj	_	_
10	and	and	CCONJ	CC	_	13	cc	_	_
11	on	on	ADP	IN	_	12	case	_	_
12	Monday	Monday	PROPN	NNP	Number=Sing	13	nsubj	_	_
13	announced	announce	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	7	conj	_	_
14	that	that	SCONJ	IN	_	17	mark	_	_
15	more	more	ADJ	JJR	Degree=Cmp	17	nsubj	_	_
16	was	be	AUX	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	17	aux	_	_
17	coming	come	VERB	VBG	Tense=Pres|VerbForm=Part	13	ccomp	_	SpaceAfter=No
18	.	.	PUNCT	.	_	4	punct	_	_
"""

# 'To answer them, Senate rival Bob Ames on Tuesday announced that he was running.'
AMES_ON_TUESDAY = """
1	To	to	PART	TO	_	2	mark	_	_
2	answer	answer	VERB	VB	VerbForm=Inf	10	advcl	_	_
3	them	they	PRON	PRP	Case=Acc|Number=Plur|Person=3|PronType=Prs	2	obj	_	SpaceAfter=No
4	,	,	PUNCT	,	_	6	punct	_	_
5	Senate	Senate	PROPN	NNP	Number=Sing	6	compound	_	_
6	rival	rival	NOUN	NN	Number=Sing	3	conj	_	_
7	Bob	Bob	PROPN	NNP	Number=Sing	6	flat	_	_
8	Ames	Ames	PROPN	NNP	Number=Sing	7	flat	_	_
9	on	on	ADP	IN	_	10	case	_	_
10	Tuesday	Tuesday	PROPN	NNP	Number=Sing	8	nmod	_	_
11	announced	announce	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
12	that	that	SCONJ	IN	_	15	mark	_	_
13	he	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	15	nsubj	_	_
14	was	be	AUX	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	15	aux	_	_
15	running	run	VERB	VBG	Tense=Pres|VerbForm=Part	11	ccomp	_	SpaceAfter=No
16	.	.	PUNCT	.	_	11	punct	_	_
"""


def test_a_day_is_no_subject_and_a_finite_verb_joins_the_finite_clause():
    """The day with its preposition is when; "announced" coordinates with
    "has freed", whose subject it shares."""
    monday, announced = repair(parsed_from_conllu(LEE_ON_MONDAY).words)[11:13]
    assert monday.deprel == "obl" and (announced.head, announced.deprel) == (3, "conj")
    r, = records(LEE_ON_MONDAY)
    assert (r.text, r.speaker.name) == ("more was coming", "Ann Lee")


def test_a_subjectless_verb_after_on_a_day_takes_the_name_before_as_subject():
    r, = records(AMES_ON_TUESDAY)
    assert (r.text, r.speaker.name, r.speaker.roles) == ("he was running", "Bob Ames", ["Senate rival"])


# 'Jane Roe, speaking to reporters Tuesday, said the plan was sound.'
ROE_SPEAKING = """
1	Jane	Jane	PROPN	NNP	Number=Sing	2	compound	_	_
2	Roe	Roe	PROPN	NNP	Number=Sing	4	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	2	punct	_	_
4	speaking	speak	VERB	VBG	Tense=Pres|VerbForm=Part	9	advcl	_	_
5	to	to	ADP	IN	_	6	case	_	_
6	reporters	reporter	NOUN	NNS	Number=Plur	4	obl	_	_
7	Tuesday	Tuesday	PROPN	NNP	Number=Sing	4	obl	_	SpaceAfter=No
8	,	,	PUNCT	,	_	9	punct	_	_
9	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
10	the	the	DET	DT	Definite=Def|PronType=Art	11	det	_	_
11	plan	plan	NOUN	NN	Number=Sing	13	nsubj	_	_
12	was	be	AUX	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	13	cop	_	_
13	sound	sound	ADJ	JJ	Degree=Pos	9	ccomp	_	SpaceAfter=No
14	.	.	PUNCT	.	_	9	punct	_	_
"""


def test_the_name_before_a_participle_aside_is_the_subject_of_the_verb_after_it():
    roe = repair(parsed_from_conllu(ROE_SPEAKING).words)[1]
    assert (roe.head, roe.deprel) == (8, "nsubj")
    r, = records(ROE_SPEAKING)
    assert (r.text, r.speaker.mention) == ("the plan was sound", "Jane Roe")


# 'Mr. Lee said Smith's sister Ann was crowned queen.' The parse makes "sister" and "Ann" two
# subjects of "crowned", the possessive hung on the name.
SISTER_ANN = """
1	Mr.	Mr.	PROPN	NNP	Number=Sing	2	compound	_	_
2	Lee	Lee	PROPN	NNP	Number=Sing	3	nsubj	_	_
3	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
4	Smith	Smith	PROPN	NNP	Number=Sing	7	nmod:poss	_	SpaceAfter=No
5	's	's	PART	POS	_	4	case	_	_
6	sister	sister	NOUN	NN	Number=Sing	9	nsubj:pass	_	_
7	Ann	Ann	PROPN	NNP	Number=Sing	9	nsubj:pass	_	_
8	was	be	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	9	aux:pass	_	_
9	crowned	crown	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	3	ccomp	_	_
10	queen	queen	NOUN	NN	Number=Sing	9	xcomp	_	SpaceAfter=No
11	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_a_title_between_a_possessive_and_a_name_subject_is_the_names_title():
    assert arcs(SISTER_ANN)["sister"] == ("compound", "Ann")
    doc = parsed_from_conllu(SISTER_ANN)
    doc = ParsedDoc(text=doc.text, words=repair(doc.words), sents=doc.sents)
    ann = next(m for m in find_mentions(doc) if m.name == "Ann")
    assert ann.roles == ["sister"] and ann.text == "Smith's sister Ann"


# '"We are ready," said the secretary general.' with "general" read as an adjective predicate
# and the title as its subject.
SECRETARY_GENERAL = """
1	"	"	PUNCT	``	_	4	punct	_	SpaceAfter=No
2	We	we	PRON	PRP	Case=Nom|Number=Plur|Person=1|PronType=Prs	4	nsubj	_	_
3	are	be	AUX	VBP	Mood=Ind|Tense=Pres|VerbForm=Fin	4	cop	_	_
4	ready	ready	ADJ	JJ	Degree=Pos	0	root	_	SpaceAfter=No
5	,	,	PUNCT	,	_	4	punct	_	SpaceAfter=No
6	"	"	PUNCT	''	_	4	punct	_	_
7	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	4	parataxis	_	_
8	the	the	DET	DT	Definite=Def|PronType=Art	9	det	_	_
9	secretary	secretary	NOUN	NN	Number=Sing	10	nsubj	_	_
10	general	general	ADJ	JJ	Degree=Pos	7	xcomp	_	SpaceAfter=No
11	.	.	PUNCT	.	_	7	punct	_	_
"""


def test_general_after_a_title_is_the_titles_last_word():
    assert arcs(SECRETARY_GENERAL)["secretary"] == ("compound", "general")
    assert arcs(SECRETARY_GENERAL)["general"] == ("nsubj", "said")
    r, = records(SECRETARY_GENERAL)
    assert r.speaker.mention == "the secretary general"


# 'The senator tweeted that the report was "fake" and encouraged voters to "read it".' with
# "encouraged" read as a participle modifying "voters", the subject of "read".
ENCOURAGED_VOTERS = """
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	senator	senator	NOUN	NN	Number=Sing	3	nsubj	_	_
3	tweeted	tweet	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
4	that	that	SCONJ	IN	_	9	mark	_	_
5	the	the	DET	DT	Definite=Def|PronType=Art	6	det	_	_
6	report	report	NOUN	NN	Number=Sing	9	nsubj	_	_
7	was	be	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	9	cop	_	_
8	"	"	PUNCT	``	_	9	punct	_	SpaceAfter=No
9	fake	fake	ADJ	JJ	Degree=Pos	3	ccomp	_	SpaceAfter=No
10	"	"	PUNCT	''	_	9	punct	_	_
11	and	and	CCONJ	CC	_	13	cc	_	_
12	encouraged	encourage	VERB	VBN	Tense=Past|VerbForm=Part	13	amod	_	_
13	voters	voter	NOUN	NNS	Number=Plur	16	nsubj	_	_
14	to	to	PART	TO	_	16	mark	_	_
15	"	"	PUNCT	``	_	16	punct	_	SpaceAfter=No
16	read	read	VERB	VB	VerbForm=Inf	3	advcl	_	_
17	it	it	PRON	PRP	Case=Acc|Number=Sing|Person=3|PronType=Prs	16	obj	_	SpaceAfter=No
18	"	"	PUNCT	''	_	16	punct	_	SpaceAfter=No
19	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_a_past_form_after_and_read_as_modifying_a_later_subject_is_a_second_predicate():
    assert arcs(ENCOURAGED_VOTERS)["encouraged"] == ("conj", "tweeted")
    assert arcs(ENCOURAGED_VOTERS)["voters"] == ("obj", "encouraged")
    r, = [r for r in records(ENCOURAGED_VOTERS) if "content:complement" in r.rules]
    assert r.text == 'the report was "fake"'


# 'Bob Sutton, chairman of the county committee, voiced confidence.' as the compact parser of
# version 0.10.0 reads it: the name the root, "voiced" an adjective of "confidence".
SUTTON_VOICED = """
1	Bob	Bob	PROPN	NNP	Number=Sing	2	flat	_	_
2	Sutton	Sutton	PROPN	NNP	Number=Sing	0	root	_	SpaceAfter=No
3	,	,	PUNCT	,	_	4	punct	_	_
4	chairman	chairman	NOUN	NN	Number=Sing	2	appos	_	_
5	of	of	ADP	IN	_	8	case	_	_
6	the	the	DET	DT	Definite=Def|PronType=Art	8	det	_	_
7	county	county	NOUN	NN	Number=Sing	8	compound	_	_
8	committee	committee	NOUN	NN	Number=Sing	4	nmod	_	SpaceAfter=No
9	,	,	PUNCT	,	_	2	punct	_	_
10	voiced	voice	VERB	VBN	Tense=Past|VerbForm=Part	11	amod	_	_
11	confidence	confidence	NOUN	NN	Number=Sing	2	list	_	SpaceAfter=No
12	.	.	PUNCT	.	_	2	punct	_	_

1	“	“	PUNCT	``	_	4	punct	_	SpaceAfter=No
2	Trump	Trump	PROPN	NNP	Number=Sing	4	nsubj	_	_
3	will	will	AUX	MD	VerbForm=Fin	4	aux	_	_
4	win	win	VERB	VB	VerbForm=Inf	8	ccomp	_	SpaceAfter=No
5	,	,	PUNCT	,	_	4	punct	_	SpaceAfter=No
6	”	”	PUNCT	''	_	4	punct	_	_
7	he	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	8	nsubj	_	_
8	said	say	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	SpaceAfter=No
9	.	.	PUNCT	.	_	8	punct	_	_
"""


def test_a_past_form_after_a_names_apposition_is_the_verb_and_the_name_its_subject():
    a = arcs(SUTTON_VOICED)
    assert a["voiced"] == ("root", "ROOT") and a["Sutton"] == ("nsubj", "voiced")
    assert a["confidence"] == ("obj", "voiced") and a["chairman"] == ("appos", "Sutton")
    r, = [x for x in records(SUTTON_VOICED) if x.type == "direct"]
    assert r.speaker.name == "Bob Sutton" and r.speaker.roles == ["chairman of the county committee"]


# 'Playing Field Promotions, a talent agency, says that the plan was sound.' as the compact
# parser of version 0.10.0 reads it: "Playing" a clause of "says", the name its object.
PLAYING_FIELD = """
1	Playing	play	VERB	VBG	VerbForm=Ger	9	advcl	_	_
2	Field	Field	PROPN	NNP	Number=Sing	3	flat	_	_
3	Promotions	Promotions	PROPN	NNPS	Number=Plur	1	obj	_	SpaceAfter=No
4	,	,	PUNCT	,	_	7	punct	_	_
5	a	a	DET	DT	Definite=Ind|PronType=Art	7	det	_	_
6	talent	talent	NOUN	NN	Number=Sing	7	compound	_	_
7	agency	agency	NOUN	NN	Number=Sing	1	conj	_	SpaceAfter=No
8	,	,	PUNCT	,	_	1	punct	_	_
9	says	say	VERB	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	_
10	that	that	SCONJ	IN	_	14	mark	_	_
11	the	the	DET	DT	Definite=Def|PronType=Art	12	det	_	_
12	plan	plan	NOUN	NN	Number=Sing	14	nsubj	_	_
13	was	be	AUX	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	14	cop	_	_
14	sound	sound	ADJ	JJ	Degree=Pos	9	ccomp	_	SpaceAfter=No
15	.	.	PUNCT	.	_	9	punct	_	_
"""


def test_a_capitalised_gerund_opening_a_subjectless_sentence_before_a_name_starts_the_name():
    a = arcs(PLAYING_FIELD)
    assert a["Promotions"] == ("nsubj", "says") and a["Playing"] == ("compound", "Promotions")
    assert a["agency"] == ("appos", "Promotions")
    r, = records(PLAYING_FIELD)
    assert (r.speaker.name, r.speaker.roles) == ("Playing Field Promotions", ["talent agency"])
