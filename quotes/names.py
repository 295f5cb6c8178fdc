"""Names: the words of a mention that name an entity, as an index of
speakers writes them.

A parse hands over a noun phrase; these functions cut it to the name: no
function word a sentence start capitalised ("In Tulsa"), no headline word
("Clinton Wades In"), no dateline, party tag, day or nickname, with an
organisation's complement ("Federal Bureau of Investigation"), on single
spaces. Coreference and roles are in quotes/entities.py.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from quotes.lexicon import forms, given_name_gender, known_people, marked, phrases, words as lexicon
from quotes.parse import ParsedDoc, Word


def text_of(doc: ParsedDoc, words: list[Word]) -> str:
    return doc.text[words[0].start:words[-1].end]


NAME_TAGS = {"PROPN", "NOUN", "ADJ", "NUM", "X", "PUNCT", "SYM"}
PROPER_XPOS = ("NNP", "NNPS")  # a fine tag that says proper noun, whatever the coarse one says


NOT_NAME_LEAD = {"unlike", "neither", "both", "either", "no", "no.", "in", "and", "but", "or", "like", "with",
                 "without", "as", "if"}
# sentence adverbs a tagger may read as a proper noun at a sentence start ("Meanwhile, ...")
DISCOURSE = {"meanwhile", "however", "moreover", "furthermore", "nevertheless", "nonetheless", "instead",
             "indeed", "meantime", "still", "yet", "also", "then", "afterward", "afterwards", "besides", "otherwise"}


ABBREVIATION = re.compile(r"^[A-Z][a-z]{1,4}\.$")  # "Md.", "Calif.": a state in a tag or a dateline, not a name


HEADLINE_MODALS = {"Will", "Would", "Could", "Should", "Must", "Can", "Might"}  # not "May": Theresa May


def trim_edges(name: list[Word]) -> list[Word]:
    """A name without the words a capitalised sentence or headline start
    left before it ("In Tulsa", "Unlike Obama", "And Ed Schultz", "Said
    Ellis", "Poor Mexico", "Universe Alicia Machado") and the days after it
    ("Florida Friday")."""
    if " ".join(w.text for w in name).lower() in phrases("places"):
        return name  # "United States" with "United" tagged as a verb
    verbs, org = forms("speech_verbs"), lexicon("organization_words")
    while len(name) > 1 and ((name[0].upos not in NAME_TAGS and name[0].xpos not in PROPER_XPOS)
                             or (name[0].text.lower() in verbs and name[1].text.lower() not in org)  # "State Department"
                             or name[0].text.lower() in NOT_NAME_LEAD) \
            and name[0].text.lower() not in given_name_gender() \
            and name[0].text.lower() not in phrases("places"):  # "Will Doyle", "Washington Post" ("Washington" a verb)
        name = name[1:]
    if len(name) == 2 and name[0].text.lower() == "one" and name[1].text.lower() in lexicon("affiliations"):
        name = name[1:]  # "One Republican said": someone of a party, not a name ("One Nation" stays)
    rest = " ".join(w.text for w in name[1:]).lower()
    if len(name) > 1 and name[0].text.lower() in lexicon("common_words") and (
            rest in phrases("places") or len(name) > 2 and name[1].text.lower() in given_name_gender()):
        name = name[1:]  # "Poor Mexico", "[Miss] Universe Alicia Machado": a word before a country or a full name
    while len(name) > 1 and name[-1].text in HEADLINE_MODALS and name[-2].text.lower() not in given_name_gender():
        name = name[:-1]  # "Museum Will [Tell]": a title-case headline's modal ("George Will" stays)
    while len(name) > 1 and calendar_words(name[-1:]) and (
            name[-2].text.lower() not in given_name_gender() or name[-2].text.lower() in phrases("places")):
        name = name[:-1]  # "Theresa May" stays
    return name


def headline_trim(doc: ParsedDoc, name: list[Word], head: int) -> list[Word]:
    """In a headline written in title case ("Clinton Wades In, Urges
    Britain ..."), capitalisation says nothing: a name keeps only the run of
    words the article capitalises elsewhere too ("Clinton", not "Wades"):
    the run with the head in it, else the last; with no such word, nothing
    but a full name or a place."""
    if not name or not _title_case_line(doc, name[0]):
        return name
    line_start, line_end = _line_around(doc, name[0].start, name[-1].end)
    rest = doc.text[:line_start] + " " + doc.text[line_end:]
    known = [re.search(rf"(?<![\w-]){re.escape(w.text)}(?![\w-])", rest) is not None for w in name]
    runs, cur = [], []
    for w, ok in zip(name, known):
        if ok:
            cur.append(w)
        elif cur:
            runs.append(cur)
            cur = []
    runs += [cur] if cur else []
    if not runs:  # no word of it capitalised elsewhere: a headline's "Reveals", "Comeback Kid"
        full = len(name) >= 2 and name[0].text.lower() in given_name_gender()
        return name if full or " ".join(w.text for w in name).lower() in phrases("places") else []
    return next((r for r in runs if any(w.i == head for w in r)), runs[-1])


def _title_case_line(doc: ParsedDoc, w: Word) -> bool:
    """The line holding w is a headline in title case: 4 to 25 words, every
    one longer than three letters capitalised ("Senate Majority Leader Mitch
    McConnell spoke on Tuesday." is a sentence: "spoke")."""
    line = doc.text[slice(*_line_around(doc, w.start, w.end))].strip()
    words = [x for x in re.findall(r"[A-Za-z][\w'’-]*", line)]
    long = [x for x in words if len(x) > 3]
    return 4 <= len(words) <= 25 and bool(long) and all(x[0].isupper() for x in long)


def _line_around(doc: ParsedDoc, start: int, end: int) -> tuple[int, int]:
    """Where the line holding text[start:end] starts and ends."""
    line_end = doc.text.find("\n", end)
    return doc.text.rfind("\n", 0, start) + 1, line_end if line_end >= 0 else len(doc.text)


def org_complement(doc: ParsedDoc, name: list[Word]) -> list[Word]:
    """An organisation's name with its capitalised complement ("Federal
    Bureau" + "of Investigation") and the capitalised head a complement
    belongs to ("Office of" + "Professional Responsibility"), whatever
    the parse hung where."""
    org = marked("organization_words", "generic")  # "NATO on Thursday" is no name
    words = doc.words
    if name[-1].text.lower() in org:
        k = name[-1].i + 1
        if k + 1 < len(words) and words[k].text in ("of", "for", "on") and words[k + 1].text[:1].isupper():
            run = _capitalised_run(doc, k + 1)
            if not any(calendar_words([w]) for w in words[k + 1:run + 1]):
                name = name + words[k:run + 1]
    name = spelled_before_acronym(doc, name)
    k = name[0].i
    if k >= 2 and words[k - 1].text == "of" and words[k - 2].text.lower() in org and words[k - 2].text[:1].isupper() \
            and words[k - 2].sent == name[0].sent:
        lo = k - 2
        while lo > 0 and words[lo - 1].text[:1].isupper() and words[lo - 1].upos in ("PROPN", "ADJ", "NOUN") \
                and words[lo - 1].i > doc.sents[name[0].sent].first:
            lo -= 1
        name = words[lo:k] + name
    return name


CONNECTIVES = {"of", "for", "to", "on", "and", "the", "against", "&"}  # inside a spelled-out name


def initials(words: list[str]) -> str:
    """The capitals an acronym takes from a name's words: "Alliance to
    Reclaim Our Schools" -> AROS."""
    return "".join(w[0] for w in words if w.lower() not in CONNECTIVES).upper()


def spelled_before_acronym(doc: ParsedDoc, name: list[Word]) -> list[Word]:
    """A name with the rest of what the acronym in brackets after it spells:
    "Alliance" + "to Reclaim Our Schools (AROS)", where the parse ended the
    name at the lower-case word and a verb ("Reclaim") is no name word."""
    words, k = doc.words, name[-1].i + 1
    j = k
    while j < len(words) and words[j].sent == name[-1].sent and (
            words[j].text[:1].isupper() or words[j].text in CONNECTIVES):
        j += 1
    if j == k or j + 2 >= len(words) or words[j].text != "(" or words[j + 2].text != ")" \
            or not words[k].text in CONNECTIVES or not words[j - 1].text[:1].isupper():
        return name
    acronym = words[j + 1].text
    ok = acronym.isupper() and initials([w.text for w in name + words[k:j]]) == acronym
    return name + words[k:j] if ok else name


def _capitalised_run(doc: ParsedDoc, k: int) -> int:
    """The index of the last word of the capitalised words from k on, "and"
    and commas between them included ("Civil Liberties, Justice and Home Affairs")."""
    words, end = doc.words, k
    while end + 1 < len(words) and words[end + 1].sent == words[k].sent:
        nxt = words[end + 1]
        if nxt.text[:1].isupper() and nxt.upos in ("PROPN", "NOUN", "ADJ"):
            end += 1
        elif nxt.text in ("and", ",", "&") and end + 2 < len(words) and words[end + 2].text[:1].isupper() \
                and words[end + 2].upos in ("PROPN", "NOUN", "ADJ") and not given_name_before(doc, words[end + 2]) \
                and (nxt.text != "," or _list_goes_on(words, end + 2)):
            end += 2  # not "of Technology, David Dorn": a person named after the body
        else:
            break
    return end


def _list_goes_on(words: list[Word], k: int) -> bool:
    """After a comma, the capitalised words from k on continue the name
    ("Civil Liberties, Justice and Home Affairs", "University of California,
    San Diego") unless a verb follows them: then they are the subject the
    comma led to ("As chair of Parks and Recreation, Levine has pushed"); nor
    when they name a body of their own ("the American Academy of Pediatrics,
    American Congress of Obstetricians ...": a list of bodies)."""
    org = lexicon("organization_words")
    if words[k].text.lower() in org:
        return False
    while k + 1 < len(words) and words[k + 1].text[:1].isupper() and words[k + 1].sent == words[k].sent:
        k += 1
        if words[k].text.lower() in org:
            return False
    return not (k + 1 < len(words) and words[k + 1].upos in ("VERB", "AUX"))


NICKNAME = re.compile(r'\s*[“"][^“”"]{1,20}[”"]\s*')  # "John “Tig” Tiegen" is John Tiegen


def common_word(doc: ParsedDoc, w: Word) -> bool:
    """A capitalised word the article also writes in lower case: a common
    word capitalised by a sentence start or a headline ("Frustration
    grows", "Talk of ..."), not a name by itself."""
    word = w.text.rstrip(".")
    if not word.isalpha() or word.isupper() or word.islower() or word.lower() in given_name_gender():
        return False
    return word.lower() in _tokens(doc.text)


def common_at_start(doc: ParsedDoc, w: Word) -> bool:
    """A common word (lexicons/common_words.txt) that only its place
    capitalises: the first word of its sentence ("Today, children ...") or
    of its line, or a word of a title-case headline ("Frustration Grows");
    "According to Variety" names a magazine."""
    if w.text.lower() not in lexicon("common_words") or w.text.isupper():
        return False
    opening = doc.words[doc.sents[w.sent].first:w.i]
    line_start = not doc.text[_line_around(doc, w.start, w.end)[0]:w.start].strip(" \"“‘'")
    return all(x.upos == "PUNCT" for x in opening) or line_start or _title_case_line(doc, w)


@lru_cache(maxsize=4)  # one article's words, asked for each of its one-word names
def _tokens(text: str) -> frozenset[str]:
    """The words of a text as written, hyphenated ones whole."""
    return frozenset(re.findall(r"[\w-]+", text))


def name_text(doc: ParsedDoc, words: list[Word]) -> str:
    """A name as an index writes it: no possessive, no nickname, single
    spaces ("James\u00a0Comey’s" is James Comey)."""
    name = " ".join(NICKNAME.sub(" ", POSSESSIVE_END.sub("", text_of(doc, words))).split()).lstrip(">*•·#|-–— ")
    if layout(doc, words) == "transcript":
        name = name.title()  # "WALLACE:" is the Wallace the article names
    return unmangled(name)


MANGLED = re.compile("[ÃÂ][\u0080-\u00bf]")


def unmangled(name: str) -> str:
    """A name whose UTF-8 was read as Latin-1 once or twice ("FranÃ§ois"),
    as written; left alone when a byte was lost on the way. Composed
    first: "A" and a combining tilde are the "Ã" of a mangled "ç"."""
    name = unicodedata.normalize("NFC", name)
    for _ in range(2):
        if not MANGLED.search(name):
            break
        try:
            name = name.encode("latin-1").decode("utf-8")
        except UnicodeError:
            break
    return name


def nickname_before(doc: ParsedDoc, k: int) -> bool:
    """A nickname in double quotation marks between a given name and the
    surname at words[k]: "John “Tig” Tiegen"."""
    if k < 4:
        return False
    given, opening, nick, closing = doc.words[k - 4:k]
    return opening.text in ("“", '"') and closing.text in ("”", '"') and nick.text[:1].isupper() and \
        given.text.lower() in given_name_gender() and given.text[:1].isupper() and given.sent == doc.words[k].sent


def contiguous(words: list[Word], head: int) -> list[Word]:
    """The run of words without gaps that holds the head (all of them when
    the head is not among them)."""
    at = next((k for k, w in enumerate(words) if w.i == head), None)
    if at is None:
        return words
    lo = hi = at
    while lo > 0 and words[lo - 1].i == words[lo].i - 1:
        lo -= 1
    while hi + 1 < len(words) and words[hi + 1].i == words[hi].i + 1:
        hi += 1
    return words[lo:hi + 1]


def calendar_words(words: list[Word]) -> bool:
    """Days and months only: "Monday", "Feb." date a report, they name nobody."""
    days = forms("calendar")
    return all(w.text.lower().rstrip(".") in days for w in words)


def given_name_before(doc: ParsedDoc, w: Word) -> bool:
    """A given name the tagger read as another word ("said Will Doyle", with
    "Will" an auxiliary); not at a sentence start, where "Will Trump ..." asks."""
    return w.text.lower() in given_name_gender() and w.i > doc.sents[w.sent].first


POSSESSIVE_END = re.compile(r"\s*(?:['’]s|(?<=s)['’])$")  # "Donald Trump's", "Trump’s": the name is "Donald Trump"


DASHES = {"―", "—", "–", "--"}


PARTY_STATE = re.compile(r"^[RDI]\s*-\s*[A-Z][A-Za-z.]*$")  # "(R-Utah)", "D-Md.": a tag, not a name


def clean_name(doc: ParsedDoc, name: list[Word]) -> tuple[list[Word], list[Word]]:
    """The words that name a person or body, and the affiliation words
    before them: what a dateline left before a dash goes ("WASHINGTON ―
    Donald Trump"); "Republican Donald Trump" is Donald Trump, a
    Republican; a party-state tag or a plural common noun capitalised at a
    sentence start ("Officials said") names nobody."""
    dash = [k for k, w in enumerate(name) if w.text in DASHES]
    if dash:
        name = name[dash[-1] + 1:]
    affiliation: list[Word] = []
    org = lexicon("organization_words")
    outlet = max((k for k, w in enumerate(name[:-1]) if w.text.lower() in org), default=None)
    if outlet is not None and outlet >= 1 and _person_words(name[outlet + 1:]):
        name = name[outlet + 1:]  # "the Washington Post Trump": the outlet the sentence named before the person
    while len(name) >= 3 and name[0].text.lower().rstrip(".") in lexicon("affiliations") \
            and not any(w.text.lower() in org for w in name):  # "Republican National Committee" stays whole
        affiliation.append(name[0])
        name = name[1:]
    if name and PARTY_STATE.match(" ".join(w.text for w in name).replace(" - ", "-")):
        return [], affiliation
    if len(name) == 1 and name[0].xpos in ("NNS", "NNPS") and name[0].lemma.lower() != name[0].text.lower():
        return [], affiliation
    if len(name) == 1 and (ABBREVIATION.match(name[0].text) or name[0].text.lower() in DISCOURSE
                           or name[0].text.lower() in lexicon("common_acronyms")) \
            or (name and not name[0].text[:1].isalpha()):
        return [], affiliation  # "Md.", "Meanwhile", "TV", "$WFC" (a ticker)
    plurals = len(name) >= 2  # "Republicans" alone may join a group
    if all(w.upos == "ADJ" or _kind_of_people(w, plurals) for w in name) \
            and not any(w.text.lower() in org for w in name) \
            and " ".join(w.text.lower() for w in name) not in phrases("places"):
        return [], affiliation  # "Democratic", "the Republican", "African American": who, it does not say
    caps = len(name) == 1 and name[0].text.isupper() and len(name[0].text) > 4
    if (caps and name[0].text.lower() in phrases("places")) or STATE_INITIALS.match(text_of(doc, name)) \
            or layout(doc, name) in ("heading", "dateline", "aside"):
        return [], affiliation  # "WASHINGTON", "MACAU (Reuters) –": a dateline; "Raleigh, N.C.": a state
    return name, affiliation


DATELINE_END = re.compile(r"^(?:,[^\n]{0,30}?)?(?:\s*\([^)\n]{0,40}\))?\s*(?:[―—–]|-{1,2}\s)")  # ", Ill. —", " (Reuters) –"
STATE_INITIALS = re.compile(r"^(?!U\.[SKN]\.?$|E\.U\.?$)[A-Z]\.[A-Z]\.?$")  # "N.C.", "D.C.": a state, not "U.S."


def layout(doc: ParsedDoc, name: list[Word]) -> str | None:
    """What put a run of capitals where it is, when the page's layout did
    rather than a sentence: a heading alone on its line ("ABSTRACT.",
    "FULL TEXT"), a dateline before a dash or parenthesis ("MACAU (Reuters)
    –"), a word in parentheses ("(REDACTED)"), or a transcript's speaker
    label before a colon ("RAMOS: Secretary Clinton, ...", "heading" when
    the label is the page's own: "VIDEO:")."""
    text = doc.text
    if not name or not all(w.text.isupper() for w in name) or sum(c.isalpha() for c in text_of(doc, name)) < 3:
        return None
    start, end = name[0].start, name[-1].end
    line_start, line_end = _line_around(doc, start, end)
    before = text[line_start:start].strip(" \t\"“”'‘’*•>")
    after = text[end:line_end].strip(" \t")
    label = text_of(doc, name).lower() in phrases("section_labels")
    if text[start - 1:start] == "(" and after[:1] == ")":
        return "aside"
    if before:
        return None
    if not after.strip(".:\"”") or label:
        return "heading"
    if DATELINE_END.match(after):
        return "dateline"
    return "transcript" if after[0] == ":" else None


def _person_words(words: list[Word]) -> bool:
    """Words that name a person: a known surname alone, or a given name first."""
    if len(words) == 1:
        return words[0].text.lower() in known_people()
    return words[0].text.lower() in given_name_gender() and words[0].text[:1].isupper()


def _kind_of_people(w: Word, plurals: bool = True) -> bool:
    """A party, affiliation or demonym word ("Greek", "Orthodox", with
    `plurals` "Republicans" too), not in capitals."""
    low = w.text.lower()
    words = _people_words()
    return not w.text.isupper() and (low in words or (plurals and low.endswith("s") and low[:-1] in words))


@lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    return lexicon("affiliations") | lexicon("demonyms")


def line_break(doc: ParsedDoc, start: int, end: int) -> bool:
    """A line break between two words: a headline, a dateline or a list item
    ends there, whatever the tokenizer made of the sentence."""
    return "\n" in doc.text[start:end]


def glued_hyphen(doc: ParsedDoc, k: int) -> bool:
    """words[k] is a hyphen written between two words, with no spaces."""
    w = doc.words[k]
    return w.text == "-" and 0 < k < len(doc.words) - 1 and \
        doc.words[k - 1].end == w.start and w.end == doc.words[k + 1].start


def leading_names(words: list[Word]) -> list[Word]:
    """The names at the start of a phrase's words, up to the first word that
    is none ("Patrick Murray" of "Patrick Murray of Rutgers"); a hyphen
    glued between two names joins them ("Anne-Marie Slaughter")."""
    run = []
    for k, w in enumerate(words):
        glued = w.text == "-" and run and 0 < k < len(words) - 1 and run[-1].end == w.start \
            and w.end == words[k + 1].start and is_name(words[k + 1])
        if not (is_name(w) or glued):
            break
        run.append(w)
    return run


def is_name(w: Word) -> bool:
    """A proper noun, or a capitalised noun the lemmatizer did not know (it
    lower-cases the lemmas of common nouns): "Stoltenberg" even when tagged NOUN;
    or a capitalised word whose fine tag says proper noun whatever its coarse
    one ("United" tagged VERB and NNP in "The United Nations Security Council")."""
    return w.upos == "PROPN" or (w.upos in ("NOUN", "X") and w.text[:1].isupper()
                                 and w.lemma[:1].isupper() and w.text.lower() not in lexicon("titles")) or (
        w.xpos in PROPER_XPOS and w.upos in ("VERB", "ADJ", "NOUN") and w.text[:1].isupper())
