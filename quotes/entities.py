"""Entities: mentions, names, roles and coreference within one article.

A mention is a noun phrase that can name a speaker: a name ("NATO Secretary
General Jens Stoltenberg"), a pronoun ("he") or a description ("the NATO
chief"). Names cluster by shared surname; pronouns and descriptions resolve to
an earlier entity. Roles come from titles before a name, appositions,
predicates and resolved descriptions.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from quotes.attribute.words import has_verb
from quotes.lexicon import (aliases, description_key, given_name_gender, given_names_only, honorific_gender,
                            known_descriptions, known_people, marked, pairs, phrases, words as lexicon)
from quotes.marks import QUOTE_MARKS
from quotes.names import (ABBREVIATION, POSSESSIVE_END, STATE_INITIALS, calendar_words, clean_name, common_at_start,
                          common_word, contiguous, given_name_before, glued_hyphen, headline_trim, is_name,
                          initials, leading_names, line_break, name_text, nickname_before, org_complement,
                          spelled_before_acronym, text_of, trim_edges)
from quotes.parse import ParsedDoc, Word
from quotes.roles import normal_role

Kind = Literal["person", "organization", "group", "unknown"]
MentionKind = Literal["name", "pronoun", "description", "plural"]  # plural: "the two voters"
NP_RELS = {"det", "amod", "compound", "flat", "flat:name", "nmod:poss", "nummod", "nmod",
           "case", "fixed", "goeswith", "cc", "conj", "obl:npmod", "nmod:npmod", "compound:prt"}
NAME_RELS = NP_RELS - {"nmod", "obl:npmod", "nmod:npmod"}  # "Kovacevski in Brussels" is no name
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
THEY = {"they", "them", "their"}
GROUP_PRONOUNS = THEY | {"it", "its"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
LEADING = DETERMINERS | {"which", "who"}  # what _strip_det takes off a phrase's start
QUANTIFIERS = {"both", "all", "many", "some", "several", "each", "either", "neither", "most", "few",
               "two", "three", "four", "five"}
INITIAL = re.compile(r"[A-Z]\.")
WHEN_WORDS = {"now", "later", "also", "currently", "still"}  # not "then": "then secretary of state" is a past office
HOMETOWN = re.compile(r"\s+from(?:\s+[A-Z][\w.'’-]*,?)+$")  # "a nurse from Seattle"
SEAT = re.compile(r"(\s(?:at|of)\s.*\b([A-Z][a-z]+))\s+in(?:\s+[A-Z][\w.'’-]*,?)+$")
# "professor at Vanderbilt University in Nashville", "chairman of the Broward County GOP Executive
# Committee in Florida": a body's proper name (its last word an organisation word) is whole without
# its town or state (an embassy's is not: "the U.S. embassy in Tripoli")
SCHOOLS = frozenset({"university", "college", "school", "institute"})
POSTS = frozenset({"embassy", "consulate", "office", "bureau"})  # named by their city: "the U.S. Embassy in Tripoli"
POSSESSIVES = {"his", "her", "its", "their"}
POSSESSIVE_MARKS = ("'s", "’s", "'", "’")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    head: int
    kind: MentionKind
    text: str
    name: str | None = None  # for names: without titles and honorifics
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    entity: "Entity | None" = None
    subject: bool = False  # a clause subject or a quote's source: what pronouns refer back to
    sent: int = 0
    weak: bool = False  # a name only if the article names it so elsewhere: "Hicks said", not "Demonstrators said"
    pair: bool = False  # a plural description that counts two: "the two voters", "both candidates"


@dataclass(slots=True)
class Entity:
    name: str
    kind: Kind = "unknown"
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    gender: str | None = None
    speaker: bool = False  # the source of some quote
    last_subject: int = -10  # sentence of its latest subject mention
    last_speaker: int = -10  # sentence where it last spoke
    last_asked: int = -10  # sentence where someone last asked it something: the answer is its
    outside: bool = False  # named outside quotation marks at least once
    name_rank: tuple = ()  # how good a name `name` is: said outside quotes, not glued, long

    @property
    def aliases(self) -> set[str]:
        return {m.name for m in self.mentions if m.name} | {self.name}

    def add_role(self, role: str) -> None:
        role = re.sub(r"\s*['’]s$", "", role.strip(" ,"))  # "the president's decision": the role is "president"
        town = HOMETOWN.search(role)  # "a nurse from Seattle": where someone is from is not what they are
        if town and role[:town.start()].rsplit(" ", 1)[-1].lower() not in lexicon("constituency_titles"):
            role = role[:town.start()]  # but a "senator from Texas" represents it
        seat = SEAT.search(role)
        if seat and seat.group(2).lower() in (lexicon("organization_words") | SCHOOLS) - POSTS:
            role = role[:seat.end(1)]
        first, _, rest = role.partition(" ")
        if rest and first.lower() in WHEN_WORDS:  # "who was X and later senior adviser", "who is now chairman"
            role = rest
        first, _, rest = role.partition(" ")
        if rest and (first.lower() in POSSESSIVES or (first.islower() and first.endswith(("'s", "’s")))):
            role = rest  # "her senior policy adviser", "the channel's head of ...": whose is the entity's own
        low = role.lower()
        then = [r for r in self.roles if r.lower() == f"then {low}" or f"then {r.lower()}" == low]
        if then:  # "(then deputy national security adviser)" read twice: one role, as written with "then"
            self.roles[self.roles.index(then[0])] = max(then[0], role, key=len)
        elif role and not counted(role) and low != self.name.lower() and low not in {r.lower() for r in self.roles}:
            self.roles.append(role)


def counted(role: str) -> bool:
    """A counted description ("both candidates", "two voters") says how
    many, not what anyone is: no role."""
    return role.split(" ", 1)[0].lower() in QUANTIFIERS



def noun_phrase(doc: ParsedDoc, head: int, rels: set[str] = NP_RELS) -> list[Word]:
    """The contiguous noun phrase around a head word, without clauses,
    appositions or edge punctuation."""
    keep, todo = {head}, [head]
    while todo:
        k = todo.pop()
        for c in doc.children(k):
            if c.deprel in rels and (c.deprel not in ("conj", "cc") or k != head or (
                    doc.words[head].upos == "PROPN" and c.upos == "PROPN")):  # "A and B", not "A or her staff"
                keep.add(c.i)
                todo.append(c.i)
    lo = hi = head
    while lo - 1 in keep or (lo >= 2 and glued_hyphen(doc, lo - 1)):  # "vice-presidential", "highest-ranking":
        lo -= 1 if lo - 1 in keep else 2  # a glued hyphen makes one word, whatever the parse hung on it
    while hi + 1 in keep or (hi + 2 in keep and doc.words[hi + 1].upos == "CCONJ"):  # "and" hung on the verb
        hi += 1
    while lo < head and line_break(doc, doc.words[lo].end, doc.words[head].start):
        lo += 1  # a headline above is another phrase: "Ukraine\nUkrainian President Zelensky"
    while hi > head and line_break(doc, doc.words[head].end, doc.words[hi].start):
        hi -= 1
    words = doc.words[lo:hi + 1]
    while words and (words[0].upos == "PUNCT" or words[0].deprel in ("case", "cc", "fixed")) and words[0].i != head:
        words = words[1:]
    while words and (words[-1].upos == "PUNCT" or words[-1].deprel in ("case", "cc")) \
            and words[-1].i != head and words[-1].text not in ("'s", "’s"):
        words = words[:-1]
    return words


def _strip_det(words: list[Word]) -> list[Word]:
    """A phrase without its leading articles, and without a relative word
    the parse took in ("which [was] the highest-ranking officer")."""
    while words and words[0].lemma.lower() in LEADING and words[0].upos in ("DET", "PRON"):
        words = words[1:]
    return words


def split_title(words: list[Word]) -> tuple[list[Word], list[Word]]:
    """Split "NATO Secretary General Jens Stoltenberg" into its role words and
    its name words at the last title word."""
    titles = lexicon("titles") | set(honorific_gender())
    name_start = 0
    after_given = len(words) >= 2 and (words[-2].text.lower() in given_name_gender() or
                                       words[-2].text.lower() in honorific_gender())
    for k, w in enumerate(words[:-1] if after_given else words):  # "Charlie King", "Mr. King": a surname
        bare = w.text.lower().rstrip(".")
        if bare in titles or w.text.lower() in titles or (bare.endswith("s") and bare[:-1] in titles):
            name_start = k + 1  # "Professors Foner and Alba": a plural title too
    name_start += _title_complement(words[name_start:])
    given = given_name_gender()
    if 0 < name_start < len(words) - 2 and words[name_start - 1].text.lower() in honorific_gender() \
            and words[name_start].text.lower() not in given and words[name_start + 1].text.lower() in given:
        name_start += 1  # "Miss Universe Alicia Machado": the honorific's title, then the name
    if any(w.text.lower() in lexicon("organization_words") for w in words[name_start:]):
        return [], words  # "Justice Department", "Labor Party": the title word names the body
    return words[:name_start], words[name_start:]


def _title_complement(words: list[Word]) -> int:
    """How many words after a title belong to it: "of" and the capitalised
    words of its complement ("Chief of Staff", "Mayor of New York"), all
    but the last two names (given name and surname; a particle such as
    "de" goes with the word after it, an initial with the name around it),
    which name the person."""
    if len(words) < 2 or words[0].text not in ("of", "for"):  # "Undersecretary for Political Affairs"
        return 0
    units: list[int] = []  # index (in words) where each capitalised unit ends
    particles = lexicon("name_particles")
    for k, w in enumerate(words[1:], 1):
        if INITIAL.fullmatch(w.text):
            continue  # "John F. Kerry": a middle initial goes with the name around it
        if w.text[:1].isupper():
            units.append(k)
        elif w.text.lower() not in particles:
            break
    if not units:
        return 0
    keep = 1 if len(units) <= 2 else len(units) - 2
    return units[keep - 1] + 1


def name_mention(doc: ParsedDoc, head: Word, forced: bool = False) -> Mention | None:
    """A name mention headed by a proper noun (or by any word, when forced);
    None when no name remains."""
    full = noun_phrase(doc, head.i, NAME_RELS)
    while len(full) > 1 and full[0].i < head.i and (full[0].upos in ("PUNCT", "SYM") or any(
            c.isdigit() for c in full[0].text)):  # "Whit" tagged NUM stays in "Whit Ayres"
        full = full[1:]  # "2022-02-04 NATO Secretary-General ...": a dateline's date is not the mention's
    np = _strip_det(full)
    if not np:
        return None
    titles = lexicon("titles")
    np = [w for w in np if w.i >= head.i or not line_break(doc, w.end, head.start)]
    while np[-1].i + 2 < len(doc.words):  # "Thomas-Greenfield": the tokenizer splits the hyphen
        dash, part = doc.words[np[-1].i + 1], doc.words[np[-1].i + 2]
        if not (glued_hyphen(doc, dash.i) and (part.text[:1].isupper() or part.text.isdigit()  # "EB-5"
                                                or _syllable(part))):  # "Park Geun-hye"
            break
        np += [dash, part]
    while np[0].i > 0:  # the parse may leave "NATO Secretary General" outside the name
        prev = doc.words[np[0].i - 1]
        if _title_of(doc, prev, titles) and np[0].text[:1].isupper():  # "Secretary of State Tom Nides"
            np[:0] = doc.words[prev.i - 1:prev.i + 1]
            continue
        if nickname_before(doc, np[0].i):  # "John “Tig” Tiegen"
            np[:0] = doc.words[np[0].i - 4:np[0].i]
            continue
        if (prev.sent != np[0].sent and not _split_name(doc, prev, np[0])) or not prev.text[:1].isupper() or not (
                is_name(prev) or prev.text.lower() in titles or given_name_before(doc, prev)
                or (prev.upos == "ADJ" and prev.i > doc.sents[prev.sent].first)) \
                or line_break(doc, prev.end, np[0].start):
            break
        np.insert(0, prev)
    while 1 < np[0].i < head.i and glued_hyphen(doc, np[0].i - 1) and doc.words[np[0].i - 2].sent == head.sent:
        np[:0] = doc.words[np[0].i - 2:np[0].i]  # "vice-presidential nominee": the tokenizer splits the hyphen
    poss = [k for k, w in enumerate(np) if w.text in POSSESSIVE_MARKS and w.i < head.i]
    tail = np[poss[-1] + 1:] if poss else np
    if (cut := _titled_conjunct(tail, head.i, titles)) is not None:  # "Chaffetz and Rep. Bob Goodlatte"
        np, tail = np[:np.index(tail[cut])], tail[:cut]
    role, name = split_title(tail)
    name = [w for w in name if w.i <= head.i or is_name(w) or glued_hyphen(doc, w.i) or glued_hyphen(doc, w.i - 1)
            or (w.text in ("and", ",") and w.i + 1 < len(doc.words) and is_name(doc.words[w.i + 1]))]  # "A and B"
    name = contiguous(name, head.i)  # "Nevins [helped persuade] David Lynch" from a tag-only parse
    common = [k for k, w in enumerate(name) if w.i < head.i and w.text[:1].islower()
              and w.text.lower() not in lexicon("name_particles")]
    if common:  # "the moment Russia", "Moscow accuses NATO": the name starts after the common word
        name = name[common[-1] + 1:]
    while name and name[0].i < head.i and not name[0].text[:1].isupper():  # "― Edwin Monroy"
        name = name[1:]
    name = trim_edges(name)
    kept = headline_trim(doc, name, head.i)
    if kept and kept[-1] is not name[-1]:  # "Clinton [Wades In]": the mention ends with the name
        np = [w for w in np if w.i <= kept[-1].i]
    name, affiliation = clean_name(doc, kept)
    if not name or not (forced or any(is_name(w) for w in name)) or (not role and calendar_words(name)):
        return None
    name = org_complement(doc, name)
    if len(name) == 1 and not role and name[0].text.lower() in marked("organization_words", "generic"):
        return None  # "the Committee": a description of some committee named before
    honor = honorific_gender()
    gender = _name_gender(role, name)
    parts = _title_parts(np[:np.index(role[-1]) + 1], titles) if role else []
    if parts and parts[0][0].text.islower():  # "former State policy planning [director Anne-Marie Slaughter]"
        parts[0] = modifiers_before(doc, parts[0])
    elif parts and (k := parts[0][0].i - 1) >= 0 and doc.words[k].text.lower() in ROLE_MODIFIERS \
            and not line_break(doc, doc.words[k].end, parts[0][0].start):
        parts[0] = [doc.words[k]] + parts[0]  # "former [Colorado Rep.] Pat Schroeder"
    roles = [_role_text(doc, role) for part in parts if part[-1].text.lower() not in honor  # not "ways Mrs."
             for role in split_roles(part)]  # "journalist and author Hiro Aida"
    roles += [w.text.rstrip(".") for w in affiliation]
    titled = bool(role) and role[-1].text.lower() not in honorific_gender()  # "Marine John Tiegen", not "Mrs. Clinton"
    lead = role_before(doc, np[0].i if role else name[0].i, titled=titled)  # "[former secretary of] state Hillary Clinton"
    if lead:  # "Sanders strategist Tad Devine", "former secretary of state Hillary Clinton"
        roles[:0] = [_role_text(doc, part) for part in split_roles(lead)]
    start = min(full[0].start, np[0].start, name[0].start)  # the mention keeps its article: "the Pentagon"
    if parts:  # and the role's modifiers before the phrase: "former ... director Anne-Marie Slaughter"
        start = min(start, parts[0][0].start)
    end = max(np[-1].end, name[-1].end)
    first = name[0].i == doc.sents[name[0].sent].first
    weak = len(name) == 1 and not role and (common_word(doc, name[0]) or common_at_start(doc, name[0])
                                            or (first and name[0].xpos in ("NNS", "NNPS")))
    return Mention(start, end, head.i, "name", doc.text[start:end],
                   name=name_text(doc, name), roles=roles, gender=gender, weak=weak)


def _syllable(w: Word) -> bool:
    """A short lower-case part after a hyphen that is no English word: the
    second syllable of a given name ("Geun-hye", "Jong-un"), not "Obama-era"
    or "Trump-led"."""
    low = w.text.lower()
    return w.text.isalpha() and w.text.islower() and len(w.text) <= 4 and low not in lexicon("common_words") \
        and low not in lexicon("stopwords")


def _split_name(doc: ParsedDoc, prev: Word, first: Word) -> bool:
    """The tokenizer ended a sentence inside a name ("Retired U.S. Air Force
    Gen. Norman | Ham is speaking", "Texas Sen. | Ted Cruz"): prev ends its
    sentence with no final punctuation but a title's period, and first
    opens the next on the same line."""
    return prev.sent + 1 == first.sent and prev.i + 1 == first.i == doc.sents[first.sent].first \
        and not line_break(doc, prev.end, first.start) and (
            is_name(prev) or prev.text.rstrip(".").lower() in pairs("title_abbreviations"))


def _name_gender(role: list[Word], name: list[Word]) -> str | None:
    """The gender an honorific ("Mrs.") or a given name ("Hillary Clinton",
    "Bob" alone) gives a name; None when neither says ("Dr.", "Clinton")."""
    if any(w.text == "and" for w in name):
        return None  # "Trump and Sanders": two people, no one gender
    honor = honorific_gender()
    gender = next((honor[w.text.lower()] for w in role if w.text.lower() in honor), None)
    if gender is None and (len(name) >= 2 or name[0].text.lower() in given_names_only()):
        gender = given_name_gender().get(name[0].text.lower())
    return gender if gender != "-" else None


def _titled_conjunct(words: list[Word], head: int, titles: set[str]) -> int | None:
    """Where a second, titled person starts in a name phrase ("Chaffetz and
    Rep. Bob Goodlatte": at "and"), after the head's own name; None for one
    person or a joint name without titles ("Richard Alba and Nancy Foner")."""
    for k in range(1, len(words) - 1):
        w, nxt = words[k], words[k + 1]
        if w.text == "and" and words[k - 1].i >= head and is_name(words[k - 1]) \
                and words[k - 1].text.lower() not in titles and nxt.text.lower().rstrip(".") in titles:
            return k
    return None


ROLE_MODIFIERS = {"former", "then", "ex", "likely", "presumptive", "longtime", "acting", "retired", "outgoing",
                  "interim", "now"}


def role_before(doc: ParsedDoc, i: int, titled: bool = False) -> list[Word]:
    """The role written before a name that starts at word i, ending in a
    title in lower case, whatever the parse made of it ("strategist" read as
    a verb): "Sanders strategist Tad Devine", "former NFL star Herschel
    Walker", "journalist and author Hiro Aida", "former secretary of state
    Hillary Clinton", "Presidential candidate Ben Carson". When the name
    starts with a capitalised title (titled), a role joined to it by "and"
    is the same person's: "former CIA operative and Marine John Tiegen"
    ("the operative and John Tiegen" are two people)."""
    first = doc.sents[doc.words[i].sent].first
    k = i - 1
    if titled and k - 1 >= first and doc.words[k].text == "and" and _lower_title(doc.words[k - 1]):
        run = modifiers_before(doc, doc.words[k - 1:k])  # not "the president and Mrs. Clinton",
        opens = run and (run[0].i == first or doc.words[run[0].i - 1].upos == "PUNCT")  # "was president and ..."
        return run if opens else []
    if k >= first + 2 and doc.words[k - 1].text == "of" and doc.words[k].text.islower() \
            and doc.words[k].upos == "NOUN":
        k -= 2  # "secretary of state", "chief of staff"
    if k < first or not _lower_title(doc.words[k]) or line_break(doc, doc.words[k].end, doc.words[i].start):
        return []
    return modifiers_before(doc, doc.words[k:i])


def modifiers_before(doc: ParsedDoc, run: list[Word]) -> list[Word]:
    """A lower-case role run extended back over the words that modify it
    ("former State policy planning [director]")."""
    titles, first = _person_words(), doc.sents[run[0].sent].first
    for x in reversed(doc.words[first:run[0].i]):
        low = x.text.lower()
        joined = low == "and" and x.i > first and _lower_title(doc.words[x.i - 1])  # "journalist and author"
        modifier = (x.upos in ("ADJ", "NOUN", "PROPN", "NUM") or _gerund_modifier(x)) and not _possessive(doc, x) \
            and low not in titles
        if line_break(doc, x.end, run[0].start) or len(run) >= 8 or not (
                joined or modifier or low in ROLE_MODIFIERS or glued_hyphen(doc, x.i) or _lower_title(x)):
            break
        run.insert(0, x)
    while run and (run[0].upos in ("CCONJ", "PUNCT") or glued_hyphen(doc, run[0].i)):
        run = run[1:]
    return run


def _gerund_modifier(w: Word) -> bool:
    """A lower-case -ing word inside a title ("policy planning director",
    "managing editor"); a verb of the sentence ("saying") is none."""
    return w.xpos == "VBG" and w.text.islower() and w.text not in GERUND_VERBS


GERUND_VERBS = {"saying", "including", "according", "telling", "adding", "noting", "calling", "asking", "speaking"}


def _lower_title(w: Word) -> bool:
    """A title or person noun in lower case (so no surname: "Baker") and
    singular: "strategist", not "voters" or "Rep."."""
    return _person_noun(w) and w.xpos not in ("NNS", "NNPS")


def _title_parts(words: list[Word], titles: set[str]) -> list[list[Word]]:
    """ "Republican vice-presidential nominee Gov.": a capitalised title after
    a lower-case one is a role of its own."""
    cuts = [k for k in range(1, len(words)) if words[k - 1].text.islower() and words[k - 1].text in titles
            and words[k].text[:1].isupper() and words[k].text.lower().rstrip(".") in titles]
    return [words[a:b] for a, b in zip([0, *cuts], [*cuts, len(words)])]


def _title_of(doc: ParsedDoc, w: Word, titles: frozenset[str]) -> bool:
    """w is the "of" of a title's complement: "Secretary of", "chief of", "Undersecretary for"."""
    before = doc.words[w.i - 1] if w.i > 0 else None
    return w.text in ("of", "for") and before is not None and before.sent == w.sent and \
        before.text.lower().rstrip(".") in titles and not line_break(doc, before.end, w.start)


def extend_left(doc: ParsedDoc, np: list[Word]) -> list[Word]:
    """Take in the determiners and modifiers right before a phrase that the
    parse attached elsewhere ("the" and "defence" of "the defence minister")."""
    np = [w for w in np if not line_break(doc, w.end, np[-1].start)]
    while np[0].i > 0:
        prev = doc.words[np[0].i - 1]
        participle = prev.xpos == "VBN"  # "the allied sources", not "saying [the retired neurosurgeon]"
        if prev.sent != np[0].sent or line_break(doc, prev.end, np[0].start) or np[0].lemma in DETERMINERS or not (
                participle or prev.upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or _possessive(doc, prev)):
            break  # nothing before an article belongs to its phrase
        np.insert(0, prev)
    return np


def _possessive(doc: ParsedDoc, w: Word) -> bool:
    """The "'s" of a possessor named just before it: "Alliance's chief"."""
    prev = doc.words[w.i - 1] if w.i > 0 else None  # one token with it, or glued to it
    return w.text in ("'s", "’s") and prev is not None and prev.upos in ("PROPN", "NOUN") and \
        prev.start <= w.start <= prev.end


def _role_text(doc: ParsedDoc, words: list[Word]) -> str:
    """A role as written, with single spaces (no line breaks or no-break spaces)."""
    return " ".join(text_of(doc, words).split())


PARTIES = {"republican": "R", "gop": "R", "democrat": "D", "democratic": "D"}


def party_mention(doc: ParsedDoc, head: Word) -> Mention | None:
    """ "the Republican", "the Utah Republican": a party member described,
    not named (the words before the party are a place, not a given name)."""
    if head.text not in ("Republican", "Democrat"):
        return None
    np = extend_left(doc, [head])
    if np[0].text.lower() != "the" or len(np) > 4 or not all(w.text[:1].isupper() for w in np[1:]):
        return None
    return Mention(np[0].start, head.end, head.i, "description", text_of(doc, np), roles=[text_of(doc, np[1:])])


def _party_of(x: Mention | Entity) -> str | None:
    """R or D: the party a party description names ("the Utah Republican"),
    or the one an entity's roles give ("Democratic presidential candidate")."""
    if isinstance(x, Mention):
        return PARTIES.get(x.roles[-1].split()[-1].lower()) if x.kind == "description" and x.roles else None
    found = {PARTIES[w] for r in x.roles for w in r.lower().split() if w in PARTIES}
    return found.pop() if len(found) == 1 else None


def description_mention(doc: ParsedDoc, head: Word) -> Mention | None:
    """A definite description headed by a title noun ("the former Norwegian
    prime minister") or an organisation word ("the military organization")."""
    titles = lexicon("titles")
    np = extend_left(doc, noun_phrase(doc, head.i))
    if head.upos in ("NOUN", "PROPN") and head.lemma.lower() in lexicon("organization_words") and \
            np[0].lemma.lower() == "the" and np[-1].i == head.i:  # "the military organization"
        return Mention(np[0].start, np[-1].end, head.i, "description", text_of(doc, np))
    described = (head.lemma.lower() in lexicon("person_nouns") and np[0].lemma.lower() == "the"
                 and head.i > np[0].i + 1 or _kin_of_named(doc, np, head)) \
        and "Number=Plur" not in head.feats  # "the NFL legend", "the former ... winner", "Bennett's younger sister"
    if head.lemma.lower() not in titles and not described and not (  # "NATO Secretary General", headed by NATO
            head.upos == "PROPN" and np[-1].i > head.i and np[-1].lemma.lower() in titles):
        return None
    np = [w for w in np if w.i <= head.i or w.deprel in ("nmod", "case", "det", "amod", "compound", "flat")]
    if len(np) > 1 and np[-1].text in POSSESSIVE_MARKS:  # "the former secretary of state's [bid]" is Clinton
        np = np[:-1]
    named = next((c for c in doc.children(head.i) if c.deprel == "appos" and is_name(c)
                  and doc.subtree(c.i)[0].i == np[-1].i + 1 and doc.subtree(c.i)[0].upos != "PUNCT"), None)
    if named is not None:  # "nominee Gov. Mike Pence", the name read as the title's apposition
        np = np + doc.subtree(named.i)
    role = _strip_det(np)
    if not role:
        return None
    after = [w for w in np if w.i > head.i]
    complement = _complement_after(after) or _capitalised_complement(head, after)
    name = leading_names(after[complement:])
    if not (name and name[0].i == head.i + 1 + complement):
        name = _named_after_joined_title(doc, head, after)  # "Secretary of State and ... frontrunner Hillary Clinton"
        conj = next((c for c in doc.children(head.i) if c.deprel == "conj" and c.i > head.i), None)
        if not name and conj is not None:  # "journalist and author Hiro Aida", the second title a conjunct
            name = _named_after_joined_title(doc, head, doc.subtree(conj.i))
    while name and name[-1].i + 1 < len(doc.words) and is_name(doc.words[name[-1].i + 1]) \
            and doc.words[name[-1].i + 1].sent == head.sent:  # "candidates Hillary Clinton and Donald [Trump]"
        name.append(doc.words[name[-1].i + 1])
    if name:  # "campaign spokesman Jason Miller", "scientist Patrick Murray of Rutgers"
        first = name[0].i
        lead, name = split_title(name)  # "nominee Gov. Mike Pence": "Gov." is a title too, and a role of its own
        roles = [_role_text(doc, r) for part in (doc.words[role[0].i:first], lead) for r in split_roles(part)]
        if name:  # not when every word after the title is a title too
            name = spelled_before_acronym(doc, name)  # "the event organizer Alliance to Reclaim Our Schools (AROS)"
            return Mention(np[0].start, name[-1].end, head.i, "name", doc.text[np[0].start:name[-1].end],
                           name=name_text(doc, name), roles=roles, gender=_name_gender(lead, name))
    return Mention(np[0].start, np[-1].end, head.i, "description", text_of(doc, np),
                   roles=[_role_text(doc, role)])


def _kin_of_named(doc: ParsedDoc, np: list[Word], head: Word) -> bool:
    """ "Bennett's younger sister", "O'Brien's wife": a kinship noun after a
    name's possessive, that `kinship` reads too."""
    return head.lemma.lower() in lexicon("kin_nouns") and len(np) > 2 and np[0].upos == "PROPN" \
        and any(w.text in POSSESSIVE_MARKS for w in np[1:4]) and bool(KIN.fullmatch(text_of(doc, np)))


KIN = re.compile(r"(?P<who>.*?[A-Z][^ ]*?)['’]s? (?P<rest>[^'’]+)")  # "bin Laden's son", "O'Brien's wife"


def kinship(m: Mention) -> tuple[str, str] | None:
    """(possessor, kinship noun) of a mention "Bennett's younger sister" or
    "Bennett's sister Gale"; None for any other mention."""
    found = KIN.fullmatch(m.text)
    if not found:
        return None
    if m.kind == "description":
        rest = found["rest"]
    elif m.kind == "name" and m.name and found["rest"].endswith(" " + m.name):
        rest = found["rest"][:-len(m.name)]  # "sister" of "Bennett's sister Gale"
    else:
        return None
    words = rest.lower().split()
    noun = next((w for w in reversed(words) if w in lexicon("kin_nouns")), None)
    return (found["who"].lower(), noun) if noun and (m.kind == "name" or words[-1] == noun) else None


def plural_mention(doc: ParsedDoc, head: Word) -> Mention | None:
    """A definite plural description of people: "the two voters", "both
    candidates", "the friends" (no role: what they are together)."""
    if head.xpos != "NNS" or head.lemma.lower() not in _person_words():
        return None
    words = [w for w in extend_left(doc, noun_phrase(doc, head.i)) if w.i <= head.i]
    if words[0].text.lower() not in ("the", "both"):
        return None
    return Mention(words[0].start, head.end, head.i, "plural", text_of(doc, words),
                   pair=any(w.text.lower() in PAIR_WORDS for w in words))


PAIR_WORDS = {"two", "both"}
PAIR_WINDOW = 4  # sentences: how far back "the two voters" looks for its two people


def _capitalised_complement(head: Word, after: list[Word]) -> int:
    """How many words after a capitalised title are its complement when a
    full name follows them: "Chief [of Staff] Denis McDonough"; none in
    "Prime Minister of North Macedonia" (no full name after it)."""
    k = _title_complement(after) if head.text[:1].isupper() else 0
    return k if len(leading_names(after[k:])) >= 2 else 0


def _named_after_joined_title(doc: ParsedDoc, head: Word, words: list[Word]) -> list[Word]:
    """The name closing a title phrase joined to a second title by "and":
    the words after the first title's head in "Former Secretary of State and
    Democratic presidential frontrunner Hillary Clinton" end in a lower-case
    title, then the name."""
    run = []
    for w in reversed(words):
        if not is_name(w):
            break
        run.insert(0, w)
    before = doc.words[head.i + 1:run[0].i] if run else []
    ok = run and before and any(w.text == "and" for w in before) and before[-1].text.islower() \
        and _titled(before[-1]) and not any(w.upos in ("VERB", "AUX", "PRON") for w in before)
    return run if ok else []


def _complement_after(words: list[Word]) -> int:
    """How many of the words after a title are its complement in lower case,
    before a name: "[of state] Hillary Clinton", "[of staff] Denis McDonough"."""
    k = next((k for k, w in enumerate(words) if not (w.text.islower() and w.upos in ("NOUN", "ADJ", "ADP"))), 0)
    ok = 2 <= k <= 3 and words[0].text == "of" and all(w.upos != "ADP" for w in words[1:k]) and is_name(words[k])
    return k if ok else 0


def find_mentions(doc: ParsedDoc, speakers: frozenset[int] = frozenset()) -> list[Mention]:
    """Name, pronoun and description mentions, in text order. A capitalised
    speaker word is a name whatever its tag ("...," Stoltenberg said)."""
    out: list[Mention] = []
    taken: set[int] = set()
    for w in doc.words:
        if w.i in taken:
            continue
        m = None
        if w.i in speakers and w.text[:1].isupper() and w.upos not in ("PRON", "DET"):
            m = (party_mention(doc, w) or name_mention(doc, w) or description_mention(doc, w)
                 or name_mention(doc, w, forced=True))
        elif is_name(w) and not (w.deprel in ("flat", "compound", "flat:name") and is_name(doc.words[w.head])):
            m = party_mention(doc, w) or name_mention(doc, w) or description_mention(doc, w)  # "the NATO Secretary General"
        elif w.upos == "PRON" and w.text.lower() in PERSON_PRONOUNS | dict.fromkeys(GROUP_PRONOUNS):
            m = Mention(w.start, w.end, w.i, "pronoun", w.text, gender=PERSON_PRONOUNS.get(w.text.lower()))
        elif w.upos == "NOUN" or (w.i in speakers and w.upos not in ("PRON", "DET")):
            m = plural_mention(doc, w) or description_mention(doc, w)
        if m:
            out.append(m)
            taken.update(x.i for x in doc.between(m.start, m.end))
    return out


@lru_cache(maxsize=65536)
def _name_key(name: str) -> tuple[str, ...]:
    return tuple(t.lower().strip(".,") for t in name.replace("’s", "").replace("'s", "").split())


@lru_cache(maxsize=65536)  # resolution compares every mention's name with every entity's
def _same_name(a: str, b: str) -> bool:
    """Two names of one entity: one's words are a tail or subset of the other's."""
    ka, kb = _name_key(a), _name_key(b)
    if ("and" in ka) != ("and" in kb):
        return False  # "Mills and Clinton" names two people, neither of them Clinton alone
    if "and" in ka:  # "Foner and Alba", "Richard Alba and Nancy Foner": each person named in the other
        pa, pb = people_of(a), people_of(b)
        return len(pa) == len(pb) and all(any(_same_name(x, y) for y in pb) for x in pa)
    short, long = sorted((ka, kb), key=len)
    return bool(short) and (short == long[-len(short):] or set(short) <= set(long) and short[-1] == long[-1])


def people_of(name: str) -> list[str]:
    """The parts of a joint name: "Foner and Alba" -> Foner, Alba (also
    how the speaker evaluation compares groups)."""
    return [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", name) if p.strip()]


def _glued(name: str) -> int:
    """Words that look glued together by a lost space: "NATOJens", "Crimeawhich"."""
    return len(re.findall(r"[A-Z]{2,}[a-z]|[A-Z][a-z]{3,}(?:which|that|where|when|who)\b", name))


def mention_kind(m: Mention) -> Kind:
    """The kind of a mention no entity took: a person when a role of it has
    a title or a person noun in it ("The mayor of Mariupol", "the
    employee"), else unknown."""
    return "person" if any(set(_name_key(r)) & _person_words() for r in m.roles) else "unknown"


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """Titles and person nouns: the words that make a role or a person (asked per word of every role)."""
    return lexicon("titles") | lexicon("person_nouns")


def _kind_of(entity: Entity) -> Kind:
    """person: a gendered pronoun or honorific, a person's title, or a full
    name that speaks; organization: an organisation word, an acronym, or a
    country or capital (its government); group: people named together
    ("Richard Alba and Nancy Foner")."""
    name = entity.name
    if _joint(name):
        return "group"
    words = _name_key(name)
    org = lexicon("organization_words")
    if any(w in org for w in words) or name.lower() in org or (name.isupper() and len(name) > 1) \
            or any(ACRONYM.match(w) for w in name.split()) or " ".join(words) in phrases("places") \
            or (any(_the_name(m) for m in entity.mentions) and not _named_gender(entity)):
        return "organization"  # before gender: a pronoun wrongly resolved to "The New York Times" makes no person
    if entity.gender:
        return "person"
    persons = lexicon("titles") | lexicon("kin_nouns")  # "Bennett's sister Gale"
    if any(set(_name_key(r)) & persons for r in entity.roles):
        return "person"
    if any(_role_head(r) in org for r in entity.roles):
        return "organization"  # "Playing Field Promotions, a talent agency"
    if _place(entity):
        return "organization"  # "Russia said", "the United States": its government speaks
    if entity.speaker and len(words) >= 2 and all(t[:1].isupper() for t in name.split()):
        return "person"
    return "unknown"


def _role_head(role: str) -> str:
    """The last word of a role before its first preposition: "agency" in
    "sports and celebrity talent agency", "dean" in "loyalist and dean of
    the ... School of Public Service"."""
    words = _name_key(role)
    cut = next((k for k, w in enumerate(words) if w in ("of", "at", "for", "in", "with", "from", "on")), len(words))
    return words[cut - 1] if cut else ""


def _named_gender(entity: Entity) -> bool:
    """A name of the entity says its gender ("Bernie Sanders", "Mrs. Clinton"):
    then "the Sanders [show]", the parse's "the" before a name, makes no
    organisation."""
    return any(m.kind == "name" and m.gender for m in entity.mentions)


ACRONYM = re.compile(r"^[A-Z]{2,}$")  # "Stop TTIP": a campaign; a person's name has no acronym in it


def _the_name(m: Mention) -> bool:
    """ "the Pentagon", "The Hill": "the" right before a name; a person's
    name takes none ("the Rev. Al Sharpton" has a title between)."""
    return m.kind == "name" and bool(m.name) and m.text[:4].lower() == "the " and m.text[4:].startswith(m.name)


def _place(entity: Entity) -> bool:
    """A country, capital or a name a place word makes ("Fort Pierce"): an
    organisation when it speaks, but no "organization" in a description."""
    words = _name_key(entity.name)
    return any(" ".join(words[k:]) in phrases("places") for k in range(len(words))) or (len(words) >= 2 and (
        words[0] in marked("place_words", "first") or words[-1] in marked("place_words", "last")))


def _overlap(mention: Mention, entity: Entity) -> int:
    stop = DETERMINERS | {"of", "the", "former", "'s", "’s"}
    desc = {t for t in _name_key(mention.text)} - stop
    known = set()
    for r in entity.roles + [entity.name]:
        known |= set(_name_key(r))
    return len(desc & (known - stop))


def resolve(doc: ParsedDoc, mentions: list[Mention], speakers: frozenset[int] = frozenset(),
            inside=lambda w: False) -> list[Entity]:
    """Cluster names, then resolve pronouns and descriptions to the most
    recent compatible entity before them. `speakers` are the word indices of
    quote sources: a name that speaks is a person or an organisation."""
    entities: list[Entity] = []
    recent: list[Entity] = []  # most recent last
    for m in mentions:
        m.sent = doc.words[m.head].sent
        is_speaker = _speaks(doc, m, speakers)
        m.subject = is_speaker or doc.words[m.head].deprel.startswith("nsubj")
        ent = None
        if m.kind == "name":
            ent = _same_entity(m.name, m.gender, entities) or _named_pair(m, entities)
            if ent is None and m.weak:  # a capitalised plural starting a sentence: "Demonstrators said"
                continue
            if ent is None:
                ent = Entity(m.name)
                entities.append(ent)
                entities += [Entity(part, name_rank=_name_rank(part, inside(doc.words[m.head])))
                             for part in _joint(m.name)]  # "Professor Foner" later is Nancy Foner
            rank = _name_rank(m.name, inside(doc.words[m.head]))
            if rank > ent.name_rank:
                ent.name, ent.name_rank = m.name, rank
        elif m.kind == "pronoun" and is_speaker and _impersonal(doc, m):
            ent = None  # "It is noted that ...": nobody in particular
        elif m.kind == "pronoun":
            ent = _listed_people(doc, m, mentions, entities) or _resolve_pronoun(m, recent, m.sent)
        elif m.kind == "plural":
            ent = _people_described(m, mentions, entities, recent) if is_speaker or m.subject else None
        elif m.kind == "description" and kinship(m):
            ent = None  # "Bennett's younger sister": not Bennett, nor anyone by word overlap (_named_kin)
        elif (party := _party_of(m)) and (is_speaker or m.subject):
            ent = _salient_person([e for e in recent if _party_of(e) in (None, party)], m.sent, None)
        elif (known := _known_description(m, entities) or _title_holder(doc, m, entities)) is not None \
                and not _apposed_to_name(doc, m, mentions) and not _introduced(doc, m, mentions):
            ent = known  # "the former secretary of state", Hillary Clinton named; "the congressman", Rep. Grayson
        elif is_speaker and not _apposed_to_name(doc, m, mentions) and not _indefinite(m):
            ent = None if _introduced(doc, m, mentions) else _resolve_description(m, recent, doc)
        elif _definite_subject(doc, m) and not _apposed_to_name(doc, m, mentions):
            ent = _resolve_description(m, recent, doc, fallback=False) or _topic_person(doc, m, recent)
        if ent is None:
            continue
        m.entity = ent
        ent.mentions.append(m)
        ent.gender = ent.gender or m.gender
        if is_speaker:
            ent.speaker = True
        if is_speaker and not _in_adverbial_clause(doc, m.head):  # "only because Mr. Lynch agreed to [speak]"
            ent.last_speaker = m.sent
        ent.outside = ent.outside or not inside(doc.words[m.head])
        if _asked(doc, m):
            ent.last_asked = m.sent
        if m.subject and not _in_adverbial_clause(doc, m.head) and not inside(doc.words[m.head]):
            ent.last_subject = m.sent  # "If Trump does not win, he said ...": a conditional's subject is not the
            # topic, nor one inside a quote ("'When Donald Trump debates her ...,' he said")
        for r in m.roles if not inside(doc.words[m.head]) else ():  # a quote's "President Clinton" is the speaker's word
            ent.add_role(r)
        if ent in recent:
            recent.remove(ent)
        recent.append(ent)
    for e in entities:
        e.kind = _kind_of(e)
    _appositions(doc, mentions, inside)
    _comma_roles(doc, mentions, inside)
    _listed_after_plural(doc, mentions, entities, inside)
    _cataphora(doc, mentions, entities, speakers)
    _named_kin(mentions)
    entities = _join_aliases(entities)
    _headline_description(doc, mentions, entities)
    for e in entities:  # appositions may have given a person's title
        e.kind = _kind_of(e)
    _known_names(entities)
    _members_share_roles(entities)
    return entities


def _members_share_roles(entities: list[Entity]) -> None:
    """The people of a joint name hold its roles: "Richard Alba and Nancy
    Foner, sociologists at the City University of New York" are each one."""
    by_name = {e.name: e for e in entities}
    for e in entities:
        for part in _joint(e.name):
            if part in by_name:
                for role in e.roles:
                    by_name[part].add_role(role)


def _known_names(entities: list[Entity]) -> None:
    """A person the article names by the surname alone takes the full name
    lexicons/known_people.txt gives that surname ("Obama", "President Obama"
    -> Barack Obama): by the gender its names give ("Mrs. Obama"; a pronoun
    resolved to it may be wrong) among people of one surname, else the one
    marked default, else none."""
    taken = {e.name for e in entities}
    for e in entities:
        if e.kind == "organization" or len(e.name.split()) > 2:
            continue
        people = known_people().get(" ".join(_name_key(e.name)), [])
        gender = next((m.gender for m in e.mentions if m.kind == "name" and m.gender), None)
        fit = [p for p in people if p[1] == gender] if gender else [p for p in people if p[2]]
        if len(fit) == 1 and fit[0][0] not in taken:
            e.name, e.kind = fit[0][0], "person"


def _listed_people(doc: ParsedDoc, m: Mention, mentions: list[Mention], entities: list[Entity]) -> Entity | None:
    """ "they" after a sentence listing people ("David Autor at M.I.T., David
    Dorn at the University of Zurich and Gordon Hanson at the University of
    California, San Diego, found ... They"): the people listed, as one joint
    entity ("David Autor, David Dorn and Gordon Hanson")."""
    if m.text.lower() not in THEY:
        return None
    before = [x for x in mentions if x.start < m.start and m.sent - THEY_CHAIN <= x.sent and x.kind == "pronoun"
              and x.text.lower() in THEY and x.entity is not None]
    if before and _joint(before[-1].entity.name):  # "They examined ... after China ... they concluded"
        return before[-1].entity
    joint = _recent_joint(m, mentions, named=True)
    if joint:  # "Professors Foner and Alba suggest ... they write"
        return joint
    for sent in (m.sent, m.sent - 1, m.sent - 2):
        named = [x for x in mentions if x.sent == sent and x.kind == "name" and x.entity is not None
                 and x.start < m.start and _could_be_person(x.entity) and not _joint(x.entity.name)]
        for k in range(len(named) - 1):
            run = [named[k]]
            for x in named[k + 1:]:
                gap = doc.between(run[-1].end, x.start)
                if len(gap) > 12 or has_verb(gap) or not any(
                        w.text in (",", "and") for w in gap):
                    break
                run.append(x)
            if len(run) >= 2 and any(w.text == "and" for w in doc.between(run[-2].end, run[-1].start)):
                return _group([x.entity for x in run], entities)
    return None


def _recent_joint(m: Mention, mentions: list[Mention], named: bool = False, kind: str | None = None
                  ) -> Entity | None:
    """The joint entity of people ("Richard Alba and Nancy Foner") last
    mentioned (`named`: by name; `kind`: by a mention of that kind) in the
    two sentences before m, if any."""
    joint = [x for x in mentions if x.start < m.start and m.sent - 2 <= x.sent and x.entity is not None
             and _joint(x.entity.name) and (x.kind == "name" or not named) and kind in (None, x.kind)]
    return joint[-1].entity if joint else None


def _people_described(m: Mention, mentions: list[Mention], entities: list[Entity],
                      recent: list[Entity]) -> Entity | None:
    """The people a plural description names: the joint entity another
    plural description named in the last two sentences, else the one named
    there ("Richard Alba and Nancy Foner ... the two
    sociologists", "the two voters ... The friends"), else, for "the two
    X" or "both X", the two people most recently mentioned outside quotes
    in the last PAIR_WINDOW sentences."""
    joint = _recent_joint(m, mentions, kind="plural") or _recent_joint(m, mentions)  # "The two voters ... The friends"
    if joint or not m.pair:
        return joint
    people = [e for e in reversed(recent) if _could_be_person(e) and e.outside and not _joint(e.name)
              and m.sent - max(x.sent for x in e.mentions) <= PAIR_WINDOW][:2]
    if len(people) < 2:
        return None
    return _group(sorted(people, key=lambda e: e.mentions[0].start), entities)


def _named_pair(m: Mention, entities: list[Entity]) -> Entity | None:
    """ "Trump and Sanders" after both were named in full: the joint entity
    of the two people, not a new one named by surnames."""
    parts = people_of(m.name)
    if len(parts) < 2 or _joint(m.name):
        return None
    people = [_same_entity(p, None, entities) for p in parts]
    if any(e is None or _joint(e.name) or e.kind == "group" for e in people) or len(set(map(id, people))) < len(people):
        return None
    return _group(people, entities)


def _group(people: list[Entity], entities: list[Entity]) -> Entity:
    """The joint entity of these people ("A, B and C"), made once."""
    names = [e.name for e in people]
    joint = ", ".join(names[:-1]) + " and " + names[-1]
    ent = next((e for e in entities if e.name == joint), None)
    if ent is None:
        ent = Entity(joint, kind="group", name_rank=(0, True, len(_name_key(joint))))
        entities.append(ent)
    return ent


THEY_CHAIN = 4  # sentences: how far back a "they" that named listed people names them again


TOPICLESS_MARKS = {"if", "unless", "when", "whenever", "although", "though", "because", "since", "while", "after",
                   "before", "until", "once"}


def _in_adverbial_clause(doc: ParsedDoc, head: int) -> bool:
    """The word heads the subject of a clause a subordinator opens ("If
    Trump doesn't become the nominee, ...")."""
    verb = doc.words[doc.words[head].head] if doc.words[head].head >= 0 else None
    return verb is not None and any(c.deprel == "mark" and c.lemma.lower() in TOPICLESS_MARKS
                                    for c in doc.children(verb.i))


def _known_description(m: Mention, entities: list[Entity]) -> Entity | None:
    """The entity a definite description names by what the news calls a
    known person (lexicons/known_descriptions.txt): the person of that full
    name, or of its surname alone, named before in the article, unless the
    names' gender says otherwise."""
    if m.kind != "description" or not m.roles or _indefinite(m):
        return None
    full = known_descriptions().get(description_key(POSSESSIVE_END.sub("", m.roles[0])))  # "the ... of state’s bid"
    if full is None:
        return None
    gender = next((g for name, g, _ in known_people().get(full.split()[-1].lower(), []) if name == full), None)
    return next((e for e in reversed(entities) if _same_name(e.name, full) and e.gender in (None, gender)), None)


def _title_holder(doc: ParsedDoc, m: Mention, entities: list[Entity]) -> Entity | None:
    """The entity "the congressman" or "the senator" names: the one person
    named before who holds that title (or a synonym of it,
    lexicons/title_synonyms.txt), when only one does and no gender says
    otherwise."""
    head = doc.words[m.head]
    if not _definite(m) or not m.roles or "Number=Plur" in head.feats:
        return None
    role = m.roles[0]
    if re.search(r"['’]s\b|\b(former|ex|then|late)\b", role.lower()):
        return None  # "the congressman's [adviser]" is the adviser; "the former president" held it once
    title = _office(role)
    if title is None or title != _office(head.text):
        return None
    gender = honorific_gender().get(head.text.lower())
    holders = [e for e in entities if _kind_of(e) == "person" and e.gender in (None, gender or e.gender)
               and any(_office(r) == title for r in e.roles)]
    return holders[0] if len(holders) == 1 else None


@lru_cache(maxsize=4096)  # asked of every role of every entity for each "the <title>"
def _office(role: str) -> str | None:
    """The title a role ends in, written out and under one name of its
    office ("Rep." and "congressman" -> representative); None for no title."""
    words = normal_role(role).lower().split()
    if not words or words[-1] not in lexicon("titles"):
        return None
    return aliases("title_synonyms").get(words[-1], words[-1])


def _same_entity(name: str, gender: str | None, entities: list[Entity]) -> Entity | None:
    """The entity a name (of a mention, with its gender) names again: one of
    its names holds the other ("Grayson", "Alan Grayson"), and no honorific
    says otherwise ("Mrs. Clinton" is not Bill Clinton). A surname that
    several entities share names the one mentioned most so far (the
    article's Grayson), on a tie the latest."""
    alone = len(people_of(name)) < 2  # "Foner and Alba" may name the joint "Richard Alba and Nancy Foner"
    fits = [e for e in entities if any(_same_name(name, n) for n in e.aliases)
            and gender in (None, e.gender or gender) and not (alone and _joint(e.name))]
    if len(fits) > 1 and len(_name_key(name)) == 1:
        return max(reversed(fits), key=lambda e: len(e.mentions))
    return fits[-1] if fits else None


def _name_rank(name: str, quoted: bool) -> tuple:
    """How good a name is for its entity: not glued by a lost space
    ("NATOJens", "Crimeawhich Russia"), then a full name the article says
    itself over one only a quote says ("Alan Mark Grayson", with "Mark" only
    in a quote, is Alan Grayson), then longer."""
    key = _name_key(name)
    return (-_glued(name), len(key) >= 2 and not quoted, len(key))


@lru_cache(maxsize=65536)  # asked of every entity's name for each name mention
def _joint(name: str) -> tuple[str, ...]:
    """The people a joint name names ("Richard Alba and Nancy Foner"): each
    part a full name that starts with a given name; none for an
    organisation ("Parks and Recreation Department")."""
    parts = people_of(name)
    given = given_name_gender()
    ok = len(parts) >= 2 and all(len(p.split()) >= 2 and p.split()[0].lower() in given for p in parts)
    return tuple(parts) if ok else ()


def _given_name_bearer(e: Entity, entities: list[Entity]) -> Entity | None:
    """ "Brigid" and "Brigid Harrison": a given name alone names the one
    person the article names so in full (two of them: nobody in particular)."""
    key = _name_key(e.name)
    if len(key) != 1 or key[0] not in given_name_gender():
        return None
    bearers = [x for x in entities if x is not e and len(_name_key(x.name)) >= 2
               and _name_key(x.name)[0] == key[0] and not _joint(x.name)]
    return bearers[0] if len(bearers) == 1 else None


def _join_aliases(entities: list[Entity]) -> list[Entity]:
    """ "the Atlantic Alliance" and NATO in one article are one entity, named
    NATO (lexicons/aliases.txt); "Brigid" joins Brigid Harrison; "RNC" the
    Republican National Committee."""
    by_name = {e.name.lower(): e for e in entities}
    out = []
    for e in entities:
        canonical = aliases().get(" ".join(_name_key(e.name)))
        target = by_name.get(canonical.lower()) if canonical else (
            _given_name_bearer(e, entities) or _spelled_out(e, entities))
        if target is None or target is e:
            if e.mentions:  # the people of a joint name no single mention named are no entities
                out.append(e)
            continue
        for m in e.mentions:
            m.entity = target
            target.mentions.append(m)
        for r in e.roles:
            target.add_role(r)
        target.speaker = target.speaker or e.speaker
    return out


def _spelled_out(e: Entity, entities: list[Entity]) -> Entity | None:
    """The one organisation an acronym abbreviates in this article ("RNC":
    the Republican National Committee), by the initials of its capitalised
    words."""
    if not ACRONYM.match(e.name) or len(e.name) > 6:
        return None
    full = [x for x in entities if x is not e and len(x.name.split()) >= 2
            and initials(x.name.replace("-", " ").split()) == e.name]
    return full[0] if len(full) == 1 else None


def _speaks(doc: ParsedDoc, m: Mention, speakers: frozenset[int]) -> bool:
    """The mention holds the source word of some quote."""
    return any(m.start <= doc.words[i].start < m.end for i in speakers)


def _cataphora(doc: ParsedDoc, mentions: list[Mention], entities: list[Entity], speakers: frozenset[int]) -> None:
    """A speaking description still unresolved takes the one person the
    article later gives that title: a headline's "NATO Secretary General
    urged ..." or "said his secretary general" before "NATO Secretary
    General Jens Stoltenberg"."""
    for m in mentions:
        if m.kind != "description" or m.entity or not m.roles or not _speaks(doc, m, speakers) \
                or _introduced(doc, m, mentions):  # "A second CIA officer ... the officer said": someone new
            continue
        generic = _generic_orgs(m.roles[0])
        key = tuple(t for t in _name_key(m.roles[0]) if t not in POSSESSIVES  # "his secretary general",
                    and t not in generic)  # "Alliance's chief"
        if "former" in key or not key:
            continue
        holders = [e for e in entities if e.kind == "person" and any(
            _name_key(r)[-len(key):] == key for r in e.roles)]
        if len(holders) == 1:
            m.entity = holders[0]
            holders[0].mentions.append(m)


def _named_kin(mentions: list[Mention]) -> None:
    """ "Bennett's younger sister" still unresolved is the one person the
    article names with the same possessor and kinship noun ("Bennett's
    sister Gale", or "Bennett's sister, Gale Smith," resolved by its
    apposition), before or after it; the possessor is compared by the
    entity its name is ("Jim Lane's wife" is not "Tom Lane's wife")."""
    holders: dict[tuple, dict[int, Entity]] = defaultdict(dict)
    for x in mentions:
        if x.entity is not None and (key := _kin_key(x, mentions)):
            holders[key][id(x.entity)] = x.entity
    for m in mentions:
        key = _kin_key(m, mentions) if m.kind == "description" and m.entity is None else None
        if key and len(holders[key]) == 1:
            m.entity, = holders[key].values()
            m.entity.mentions.append(m)
            for r in m.roles:  # "younger sister": whose sister is in the name's own mention
                m.entity.add_role(found["rest"] if (found := KIN.fullmatch(r)) else r)


def _kin_key(m: Mention, mentions: list[Mention]) -> tuple | None:
    """(the possessor's entity, or its words if none, kinship noun) of a kinship mention."""
    kin = kinship(m)
    if kin is None:
        return None
    owner = next(iter(_possessors(m, mentions)), None)
    return (id(owner) if owner else kin[0], kin[1])


def _possessors(m: Mention, mentions: list[Mention]) -> list[Entity]:
    """The entities of the names that open a mention: "Bennett" of
    "Bennett's younger sister" (the possessor of a kinship mention)."""
    return [x.entity for x in mentions if x.kind == "name" and x.start == m.start and x.end < m.end
            and x.entity is not None]


def _headline_description(doc: ParsedDoc, mentions: list[Mention], entities: list[Entity]) -> None:
    """A headline that opens with a description as its subject names no one
    yet: it is the article's main person, the one mentioned most ("Ex-CIA
    chief in Benghazi breaks silence ..." over an article about him),
    unless the description says otherwise of that person, is plural or
    someone's, or the headline names that person too ("SEIU chief says
    Trump can win")."""
    headline = doc.sents[0] if doc.sents else None
    if headline is None or headline.last >= len(doc.words) or "\n" not in doc.text[headline.end:headline.end + 2]:
        return  # only a first sentence that is a line of its own
    people = [e for e in entities if e.kind == "person" and e.mentions]
    main = max(people, default=None, key=lambda e: (len(e.mentions), -e.mentions[0].start))
    if main is None or set(_name_key(main.name)) & {w.text.lower() for w in doc.words[:headline.last]}:
        return  # "SEIU chief says Trump can win": the headline's Trump is not its subject
    for m in mentions:
        if m.sent != 0 or m.kind != "description" or m.entity or not m.roles:
            continue
        head = doc.words[m.head]
        if not _opens_sentence(doc, m) or head.deprel not in ("nsubj", "dep") or _someones(m) \
                or head.lemma.lower() not in _person_words() or "Number=Plur" in head.feats \
                or _contradicts(m, main) or (m.gender and main.gender not in (None, m.gender)):
            continue
        m.entity = main
        main.mentions.append(m)
        main.add_role(text_of(doc, _with_place(doc, _strip_det(doc.between(m.start, m.end)))))


def _with_place(doc: ParsedDoc, words: list[Word]) -> list[Word]:
    """A role with the capitalised place or body after it, which a parse
    of the sentence's tags alone leaves out: "Ex-CIA chief [in Benghazi]",
    "Senator [from Vermont]"."""
    k = words[-1].i + 1
    if k + 1 < len(doc.words) and doc.words[k].text in ("in", "from", "of", "at") and is_name(doc.words[k + 1]):
        end = k + 1
        while end + 1 < len(doc.words) and is_name(doc.words[end + 1]) and doc.words[end + 1].sent == words[-1].sent:
            end += 1
        return words + doc.words[k:end + 1]
    return words


INDEFINITE = {"a", "an", "one", "another", "some", "several", "two", "three", "many"}


def _indefinite(m: Mention) -> bool:
    """ "a spokeswoman for the Treasury", "one former senior official": an
    indefinite description brings in someone new, never a person named before."""
    return m.text.split()[0].lower() in INDEFINITE


def _introduced(doc: ParsedDoc, m: Mention, mentions: list[Mention]) -> bool:
    """ "A second CIA officer backed Bob's account. ... the officer said":
    the description's head noun last came with an indefinite article, on
    someone new and unnamed within three sentences; "the officer" is that
    one, not a person named before."""
    head = doc.words[m.head].lemma.lower()  # resolve() has set the sentence of m and every mention before it
    same = [x for x in mentions if x.end <= m.start and x.kind == "description"
            and doc.words[x.head].lemma.lower() == head and m.sent - x.sent <= 3]
    return bool(same) and _indefinite(same[-1]) and same[-1].entity is None  # "Bob Roe, a CIA officer," has one


def _definite_subject(doc: ParsedDoc, m: Mention) -> bool:
    """ "The former secretary of state has ...": a definite description that
    is a clause's subject, or starts the sentence (a sentence read by its
    tags alone has no sure subject), refers back like a pronoun does."""
    w = doc.words[m.head]
    first = doc.word_at(m.start)
    return _definite(m) and bool(m.roles) and (
        w.deprel.startswith("nsubj") or (first is not None and first.i == doc.sents[w.sent].first))


POSSESSIVE_PRONOUNS = {"his", "her", "its", "their", "my", "our", "your"}


def _opens_sentence(doc: ParsedDoc, m: Mention) -> bool:
    """The mention's first word is its sentence's first word."""
    first = doc.word_at(m.start)
    return first is not None and first.i == doc.sents[m.sent].first


SOMEONES = re.compile(r"\w['’]s\b")


def _someones(m: Mention) -> bool:
    """A description of someone's someone: "the congressman's adviser"."""
    return SOMEONES.search(m.text) is not None


def _topic_person(doc: ParsedDoc, m: Mention, recent: list[Entity]) -> Entity | None:
    """ "Just ask former NFL star Herschel Walker. The former Heisman Trophy
    winner ...": a definite description that opens its sentence (or is the
    main verb's subject), sharing no word with anyone, is the one person
    mentioned in the sentence before; with two such people it is neither,
    nor is "the congressman's adviser" (someone of someone's)."""
    w = doc.words[m.head]
    opens = _opens_sentence(doc, m) and w.deprel.split(":")[0] in ("nsubj", "dep")
    if not (opens or (w.deprel == "nsubj" and doc.words[w.head].deprel == "root")) or _someones(m):
        return None
    near = [e for e in recent if _could_be_person(e) and e.outside and m.sent - max(x.sent for x in e.mentions) == 1]
    if len(near) != 1 or _contradicts(m, near[0]) or _modifies(m, near[0]) \
            or (m.gender and near[0].gender not in (None, m.gender)):
        return None
    return near[0]


def _resolve_description(m: Mention, recent: list[Entity], doc: ParsedDoc, fallback: bool = True) -> Entity | None:
    """The person whose names and roles share most words with a subject
    description ("the NATO chief" -> NATO Secretary General Jens Stoltenberg);
    failing that, the article's main person, the one mentioned most so far,
    or named first ("the former Norwegian prime minister"), unless it names
    a place none of that person's roles has, and no past ("the mayor of
    Mariupol"), nor for someone of someone's ("her boss"). A plural ("Russian
    officials") is nobody in particular; a description that contradicts a person's role
    ("Ukraine's defence minister" against Russian Defence Minister Sergei
    Shoigu) names someone else, so then no main-person fallback either. A
    description headed by an organisation word ("the military organization")
    names the organisation sharing most words with it, else the one
    mentioned most; "the newspaper" the news outlet named last."""
    head = doc.words[m.head]
    if "Number=Plur" in head.feats:
        return None
    if head.lemma.lower() in lexicon("organization_words"):  # "the military organization" -> NATO
        outlet = marked("organization_words", "outlet")
        is_outlet = head.lemma.lower() in outlet  # "the tabloid": one of the news outlets
        own = head.lemma.lower() in marked("organization_words", "own")  # "the campaign"
        orgs = [(_overlap(m, e), any(x.sent == m.sent for x in e.mentions), len(e.mentions), k, e)
                for k, e in enumerate(recent) if _kind_of(e) == "organization" and not _place(e)
                and (not is_outlet or outlet & set(_name_key(e.name)))
                and (not own or head.lemma.lower() in _name_key(e.name))]
        # outlets: the latest; any other body: the one its sentence names ("the FBI's probe, which
        # the agency said ..."), else the one named most
        rank = (lambda t: (t[0], t[3])) if is_outlet else (lambda t: t[:4])
        best = max(orgs, default=(0, False, 0, 0, None), key=rank)
        named = head.text[:1].isupper()  # "the Committee" is a committee, not the article's main body
        return best[4] if best[0] > 0 or not named else None
    people = [(k, e) for k, e in enumerate(recent) if _kind_of(e) == "person" and not _modifies(m, e)]
    fitting = [(k, e) for k, e in people if not _contradicts(m, e)]
    best = max(((_overlap(m, e), k, e) for k, e in fitting), default=None, key=lambda t: (t[0], t[1]))
    if best and best[0] > 0:
        return best[2]
    if len(fitting) < len(people) or not fallback or m.text.split()[0].lower() in POSSESSIVE_PRONOUNS:
        return None  # "her boss told her ...": someone of hers, not the article's main person
    # on a tie, the person named first: the one the story is about
    main = max(people, default=None, key=lambda t: (len(t[1].mentions), -t[1].mentions[0].start))
    if main is None:
        return None
    mine, theirs = _places(m.text), set().union(*(_places(r) for r in main[1].roles))
    if mine and theirs and not mine & theirs and "former" not in m.text.lower().split():
        return None  # "the mayor of Mariupol" holds an office of its own; "the former ... prime minister" a past one
    return main[1]


def _places(text: str) -> set[str]:
    """Capitalised modifiers of a title, reduced so that "Russia's" and
    "Russian" agree: the countries and bodies a role belongs to. A generic
    organisation word ("the Alliance's chief") names no body in particular."""
    titles = lexicon("titles")
    generic = {g[:5] for g in _generic_orgs(text)}  # "the Alliance's chief"
    return {t[:5] for t in _name_key(text) if t not in titles and t not in DETERMINERS} & {
        _bare(w)[:5] for w in text.split() if w[:1].isupper()} - generic


def _bare(word: str) -> str:
    """A word in lower case without its possessive "'s"."""
    return word.lower().replace("’s", "").replace("'s", "")


def _generic_orgs(text: str) -> set[str]:
    """Organisation words of a text not written as acronyms ("Alliance", not
    "NATO"): they name no body in particular."""
    return {_bare(w) for w in text.split() if _bare(w) in lexicon("organization_words") and not w.isupper()}


def _contradicts(m: Mention, e: Entity) -> bool:
    """The description has the title of one of e's roles (same last word)
    but belongs to another place ("Ukraine's defence minister" vs "Russian
    Defence Minister"), or is the former holder of e's title."""
    mine = _places(m.text)
    key = _name_key(_strip_former(m.text))
    former = "former" in m.text.lower().split()
    for role in e.roles:
        if _name_key(role)[-1:] == key[-1:] and mine and _places(role) and not (mine & _places(role)):
            return True
        if former and _name_key(role) == key:  # "the former NATO Secretary General" is not the current one
            return True
    return False


def _modifies(m: Mention, e: Entity) -> bool:
    """e's name modifies the description: "the Sanders aide", "the Platte
    River employee" are someone of Sanders's, not Sanders."""
    words = _name_key(m.text)[:-1]
    return bool(set(words) & set(_name_key(e.name)))


def _strip_former(text: str) -> str:
    words = text.split()
    return " ".join(w for w in words if w.lower() not in DETERMINERS and w.lower() != "former")


def _apposed_to_name(doc: ParsedDoc, m: Mention, mentions: list[Mention]) -> bool:
    """A description standing in apposition to a name belongs to that name
    ("Linda Thomas-Greenfield, Washington's UN envoy"), not to an earlier one."""
    names = {x.head for x in mentions if x.kind == "name"}
    w = doc.words[m.head]
    if w.deprel == "conj" and w.head >= 0:  # "Mr. Kaplan, a screenwriter and former studio executive"
        w = doc.words[w.head]
    return (w.deprel == "appos" and w.head in names) or any(
        c.deprel == "appos" and c.i in names for c in doc.children(m.head)) or any(
        _comma_apposed(doc, m, x) or _comma_apposed(doc, x, m) for x in mentions if x.kind == "name")


def _comma_apposed(doc: ParsedDoc, a: Mention, b: Mention) -> bool:
    """b follows a between commas: "Moscow's ambassador to the EU, Vladimir
    Chizov, told ..." - an apposition the parser may have missed; or
    closes the sentence ("Trump or his chief rival, Cruz.")."""
    return doc.text[a.end:b.start].strip() == "," and doc.text[b.end:b.end + 1] in (",", ".")


def _could_be_person(e: Entity) -> bool:
    """A person, or a full name of unknown kind ("Jens Stoltenberg met ...")."""
    kind = _kind_of(e)
    return kind == "person" or (kind == "unknown" and len(_name_key(e.name)) >= 2)


def _salient_person(recent: list[Entity], sent: int, gender: str | None) -> Entity | None:
    """The person a question was put to in the last two sentences ("X asked
    Sanders whether ... 'Sure,' he said"), else who spoke in this or the
    previous sentence, else the one who was a subject there ("Bob Sutton
    ... voiced confidence. 'X,' he said"), else the one person of the
    pronoun's gender named there ("a
    message from Wendy Sherman ... 'X,' she wrote"), else who spoke two
    sentences back, else the latest subject, else the most recent person.
    The one person named counts two sentences back when nobody of the
    pronoun's gender is named nearer (a quote's first sentence between)."""
    people = [e for e in reversed(recent)  # a name only quoted ("the Cold War") is no antecedent
              if _could_be_person(e) and (gender is None or e.gender in (None, gender)) and e.outside]
    asked = [e for e in people if sent - e.last_asked <= 2]  # "X asked Sanders whether ... 'Sure,' he said"
    speakers = sorted((e for e in people if sent - e.last_speaker <= 2), key=lambda e: -e.last_speaker)
    near = [e for e in speakers if sent - e.last_speaker <= 1]
    subjects = [e for e in people if sent - e.last_subject <= 1]
    named = [e for e in people if gender and e.gender == gender and sent - _last_named(e) <= 1] or [
        e for e in people if gender and e.gender == gender and sent - _last_named(e) == 2]  # a quote in between
    ever = sorted((e for e in people if e.last_subject >= 0), key=lambda e: -e.last_subject)
    return (asked or near or subjects or named[:1] * (len(named) == 1) or speakers or ever or people or [None])[0]


def _impersonal(doc: ParsedDoc, m: Mention) -> bool:
    """ "It is noted that ...", "it was reported that ...": "it" as the
    subject of a passive names no one."""
    w = doc.words[m.head]
    return w.text.lower() == "it" and w.deprel in ("nsubj:pass", "expl", "expl:pass")


ASKING = {"ask", "question", "press"}


def _asked(doc: ParsedDoc, m: Mention) -> bool:
    """The mention is whom a question was put to: "Conroy asked Sanders whether ..."."""
    w = doc.words[m.head]
    return w.deprel in ("obj", "iobj") and w.head >= 0 and doc.words[w.head].lemma.lower() in ASKING


def _last_named(e: Entity) -> int:
    """The sentence of the entity's latest name mention (-10 if none)."""
    return max((m.sent for m in e.mentions if m.kind == "name"), default=-10)


def _resolve_pronoun(m: Mention, recent: list[Entity], sent: int) -> Entity | None:
    """he/she: the salient person; they/it: the most recent organisation."""
    if m.text.lower() in GROUP_PRONOUNS:  # "they" are seldom a country: "they" of "China" is its people
        plural = m.text.lower() in THEY
        return next((e for e in reversed(recent) if _kind_of(e) == "organization" and not (plural and _place(e))),
                    None)
    return _salient_person(recent, sent, m.gender)


DASHES = ("--", "—", "–")


def _listed_after_plural(doc: ParsedDoc, mentions: list[Mention], entities: list[Entity], inside) -> None:
    """ "three economists -- David Autor at M.I.T., David Dorn ... and Gordon
    Hanson at ... --": a plural person noun before a dash is the role of
    every person the dashes set off, and of the group of them all."""
    for k, m in enumerate(mentions):
        first = doc.between(m.start, m.end)[0] if m.kind == "name" else None
        before = doc.words[first.i - 1] if first is not None and first.i > 0 else None
        noun = doc.words[before.i - 1] if before is not None and before.i > 0 else None
        if noun is None or before.text not in DASHES or noun.xpos != "NNS" or inside(noun) \
                or noun.lemma.lower() not in _person_words():
            continue
        close = next((w.i for w in doc.words[first.i:doc.sents[first.sent].last] if w.text in DASHES), None)
        listed = [x for x in mentions[k:] if x.kind == "name" and x.entity is not None
                  and (close is None or doc.words[x.head].i < close) and doc.words[x.head].sent == first.sent]
        if len(listed) < 2 and not (listed and _joint(listed[0].entity.name)):  # "Ann Lee and Bob Day"
            continue
        people = {id(x.entity): x.entity for x in listed}
        for e in people.values():
            e.add_role(noun.text)
        for e in entities:  # the group they form ("they" named them jointly)
            if _joint(e.name) and set(_joint(e.name)) <= {p.name for p in people.values()}:
                e.add_role(noun.text)


KNOWN_AS = re.compile(r",?\s+(?:who\s+is\s+|who\s+was\s+)?(?:known|identified|named|called|nicknamed)"
                      r"(?:\s+only)?(?:\s+as)?\s+")


def _appositions(doc: ParsedDoc, mentions: list[Mention], inside=lambda w: False) -> None:
    """Roles from appositions and predicates: "Linda Thomas-Greenfield,
    Washington's UN envoy"; "Moscow's ambassador ..., Vladimir Chizov"; "X is the Y"."""
    by_head = {m.head: m for m in mentions}
    titles = lexicon("titles")
    outer = sorted(mentions, key=lambda x: (x.start, -x.end))  # "Washington's UN envoy" before "Washington's"
    starts = [x.start for x in outer]
    for m in mentions:
        k = bisect.bisect_left(starts, m.end)
        nxt = outer[k] if k < len(outer) else None
        if nxt and _comma_apposed(doc, m, nxt) and {m.kind, nxt.kind} == {"name", "description"}:
            name, desc = (m, nxt) if m.kind == "name" else (nxt, m)
            if name.entity and not _own_kin(desc, name.entity, outer):
                for d in [desc] + ([_joined_before(doc, desc, outer)] if desc is m else []):
                    if d is None:
                        continue
                    for part in split_roles(_strip_det(_role_phrase(doc, d.head))):
                        name.entity.add_role(text_of(doc, _strip_det(part)))
                    d.entity = name.entity
            continue
        if nxt and m.kind == "description" and nxt.kind == "name" and nxt.entity and m.roles \
                and KNOWN_AS.fullmatch(doc.text[m.end:nxt.start]):  # "the base chief, known as Bob"
            nxt.entity.add_role(m.roles[0])
            m.entity = nxt.entity
            nxt.entity.mentions.append(m)
            continue
        for c in doc.children(m.head):
            other = by_head.get(c.i)
            if c.deprel == "appos" and m.entity and m.kind == "name":
                for a in [c, *(x for x in doc.children(c.i) if x.deprel == "conj")]:  # "a writer and former executive"
                    desc = by_head.get(a.i)
                    if desc is not None and desc.kind == "description" and desc.entity in (None, m.entity):
                        desc.entity = m.entity
                        m.entity.add_role(text_of(doc, _strip_det(_role_phrase(doc, a.i))))
                    elif a.upos == "NOUN" and a.lemma.lower() in titles:
                        m.entity.add_role(text_of(doc, _strip_det(_role_phrase(doc, a.i))))
            elif c.deprel == "appos":
                if other and other.entity and other.kind == "name" and m.kind == "description":
                    other.entity.add_role(text_of(doc, _strip_det(_role_phrase(doc, m.head))))
                    m.entity = other.entity
        w = _top(doc, m)
        if _states_role(doc, w, inside):
            subj = [by_head.get(c.i) for c in doc.children(w.i) if c.deprel == "nsubj"]
            if m.kind == "description" and subj and subj[0] and subj[0].entity:
                subj[0].entity.add_role(text_of(doc, _strip_det(_role_phrase(doc, w.i))))
            elif m.kind == "name" and m.entity:  # "Even the day after ..., the candidate ... was X": two subjects
                for desc in (x for x in subj if x and x.kind == "description"):
                    _named_by_copula(doc, desc, m.entity)


def _own_kin(desc: Mention, entity: Entity, mentions: list[Mention]) -> bool:
    """ "Mr. Bush's father, George Bush": a person is not their own kin (the
    father, merged with his son by surname, takes no role "Bush's father")."""
    return kinship(desc) is not None and any(e is entity for e in _possessors(desc, mentions))


def _joined_before(doc: ParsedDoc, desc: Mention, outer: list[Mention]) -> Mention | None:
    """The unresolved description joined by "and" to one apposed before a
    name: "The congressman's longtime adviser and former staffer, Susannah
    Randolph," (outer: the mentions by start, the longest first)."""
    if desc.text.split()[0].lower() in DETERMINERS | POSSESSIVE_PRONOUNS:
        return None  # "the governor and his spokesman, Bob Lane": two people
    joined = [x for x in outer if x.kind == "description" and x.entity is None
              and doc.text[x.end:desc.start] == " and "]
    return joined[0] if joined else None


def _top(doc: ParsedDoc, m: Mention) -> Word:
    """The mention's word that the rest hang from ("Donald" in "Donald J.
    Trump" read as flat), where the clause's relations attach."""
    w = doc.words[m.head]
    for _ in range(m.end - m.start):  # a bound, should a written parse loop
        if w.head < 0 or not m.start <= doc.words[w.head].start < m.end:
            break
        w = doc.words[w.head]
    return w


ORDINAL_WORDS = {"first", "second", "third", "last", "next", "only", "real"}


def _named_by_copula(doc: ParsedDoc, desc: Mention, entity: Entity) -> None:
    """ "the presidential candidate holding the spotlight was Donald J.
    Trump": a definite description headed by a title whose predicate is a
    name is that person, and says what they are (the words before its
    clause); "the real winner", "the first reporter" say no office."""
    if not _definite(desc) or (desc.entity is not None and desc.entity is not entity):
        return
    role = _before_clause(_strip_det(_role_phrase(doc, desc.head)))
    if role and _role_like(role, True) and doc.words[desc.head].lemma.lower() in lexicon("titles") \
            and not any(w.xpos == "JJS" or w.lemma.lower() in ORDINAL_WORDS for w in role):
        entity.add_role(text_of(doc, role))  # not "the real winner of the night", "the first reporter ..."
        desc.entity = entity


NOT_ROLE = {"who", "whom", "whose", "which", "that", "where", "when", "while", "but", "or", "as", "if", "because",
            "according", "although", "though", "after", "before", "since", "including", "like", "unlike"}
ROLE_ENDS = {",", ";", ":", "(", ")", "—", "–", "--", "―"}
ROLE_CUES = {"said", "says", "told", "added", "wrote"}


def _comma_roles(doc: ParsedDoc, mentions: list[Mention], inside=lambda w: False) -> None:
    """Roles from an apposition after a person's name, read from the words
    and their tags, whatever the parse made of it (a sentence that was not
    dependency-parsed has no appos relation): "Will Doyle, a professor of
    higher education at Vanderbilt University, said"; "X, an adviser to Y
    and a professor at Z," gives two. A phrase with a verb or pronoun in it
    ("Trump, speaking Monday") is no role, but "X, who is now chairman of Y"
    states one."""
    for m in mentions:
        if m.kind in ("name", "pronoun") and m.entity is not None and _kind_of(m.entity) == "person" \
                and not inside(doc.words[m.head]):  # "“We thought only Trump was an insensitive guy,”"
            for role in _copula_roles(doc, m) + _as_office(doc, m) + _career_as(doc, m):
                m.entity.add_role(_role_text(doc, role))
        if m.kind == "name" and m.entity is not None and _kind_of(m.entity) in ("person", "group"):
            for role in _apposition_after(doc, m) + _relative_role(doc, m) + _as_role(doc, m):
                m.entity.add_role(_role_text(doc, role))
        elif _bare_definite(doc, m) and m.entity is not None and _kind_of(m.entity) == "person":
            for role in _apposition_after(doc, m, indefinite=True):  # "The former Heisman Trophy winner, now a guest speaker"
                m.entity.add_role(_role_text(doc, role))


def _definite(m: Mention) -> bool:
    """A description led by "the"."""
    return m.kind == "description" and m.text.split()[0].lower() == "the"


def _bare_definite(doc: ParsedDoc, m: Mention) -> bool:
    """ "the former Heisman Trophy winner": a description with "the" that
    ends in its person noun (after "the president of Judicial Watch", an
    apposition says what Judicial Watch is)."""
    head = doc.words[m.head]
    return _definite(m) and head.end == m.end and _titled(head)


def _copula_roles(doc: ParsedDoc, m: Mention) -> list[list[Word]]:
    """ "(he was a former state senator, a half-term U.S. senator and a
    community organizer)", read by its tags: "is"/"was" and an article right
    after the person, then roles listed up to the clause's end."""
    w = doc.word_at(m.end - 1)
    if w is None or w.i + 3 >= doc.sents[w.sent].last:
        return []
    be, article = doc.words[w.i + 1], doc.words[w.i + 2]
    if be.text.lower() not in ("is", "was") or article.text.lower() not in ("a", "an"):
        return []
    words = []
    for x in doc.words[article.i:doc.sents[w.sent].last]:
        if x.text in (";", ":", "(", ")", "—", "–", "--", "―") or x.text in QUOTE_MARKS or x.text == ".":
            break
        words.append(x)
    parts, cur = [], []
    for k, x in enumerate(words):  # ", a X" parts a list as "and a X" does
        if x.text == "," and k + 1 < len(words) and words[k + 1].text.lower() in ("a", "an"):
            parts.append(cur)
            cur = []
        elif x.text == ",":
            break
        else:
            cur.append(x)
    parts.append(cur)
    roles = [_strip_det(r) for p in parts for r in split_roles(_before_clause(p))]
    return [r for r in roles if _role_like(r, True)]


def _as_role(doc: ParsedDoc, m: Mention) -> list[list[Word]]:
    """The role of "As chair of the committee, Levine has pushed ...": a
    sentence opened by "as" and a role, then a comma and the name."""
    w = doc.word_at(m.start)
    if w is None or w.i < 3 or doc.words[w.i - 1].text != ",":
        return []
    first = doc.sents[w.sent].first
    if doc.words[first].text.lower() != "as" or w.i - 1 - first < 2:
        return []
    words = _strip_det(doc.words[first + 1:w.i - 1])
    return [words] if _role_like(words) and not any(x.text in (",", ";") for x in words) else []


def _as_office(doc: ParsedDoc, m: Mention) -> list[list[Word]]:
    """ "Clinton used a personal email account as secretary of state": "as"
    and a title without an article or possessive, on the verb the person is
    the subject of, is the office they held then, up to a date; not when the
    verb has a person as its object ("Obama named her as secretary of
    state"), is a relative clause's ("whom Trump fired as campaign
    manager"), has a modal ("as president, he would"), or leaves the office
    ("resigned as chairman")."""
    w = _top(doc, m)
    if not w.deprel.startswith("nsubj") or w.head < 0:
        return []
    kids = doc.children(w.head)
    verb = doc.words[w.head]
    if verb.lemma.lower() in LEAVING or verb.deprel == "acl:relcl" or any(
            c.deprel in ("obj", "iobj") and (c.upos == "PROPN" or _titled(c) or c.upos == "PRON" and c.text.lower() != "it")
            or c.xpos == "MD" for c in kids):  # "as president, he would build a wall": not an office held
        return []
    for c in kids:
        marks = {x.text.lower(): x for x in doc.children(c.i) if x.i < c.i}
        if not (c.deprel.startswith("obl") and "as" in marks and c.lemma.lower() in lexicon("titles")) \
                or "Number=Plur" in c.feats or marks["as"].i == 0 \
                or any(x.deprel in ("det", "nmod:poss") for x in doc.children(c.i)) \
                or _someone_elses_time(doc, doc.words[marks["as"].i - 1], m):
            continue
        phrase = {x.i for x in noun_phrase(doc, c.i, NP_RELS - {"cc", "conj"})}
        words = []
        for x in doc.words[marks["as"].i + 1:doc.sents[c.sent].last]:
            if x.i not in phrase or x.text in ROLE_ENDS or calendar_words([x]) or x.upos == "NUM":
                break  # "as chairman [last year]", "as base chief [in December]"
            words.append(x)
        while words and words[-1].upos in ("ADP", "DET"):
            words.pop()
        return [words] if _role_like(words) and words and words[0].upos != "DET" else []
    return []


LEAVING = {"resign", "quit", "retire", "step", "leave"}  # "resigned as chairman": an office no longer held


CAREERS = {"career", "job", "tenure", "stint"}


def _career_as(doc: ParsedDoc, m: Mention) -> list[list[Word]]:
    """ "Bennett recently retired from his career as a mail carrier", read by
    its tags: after the person, in its clause (no comma, other person,
    person noun or second verb between), "his" or "her" fitting the
    person's gender, a career noun, "as" and a role up to a time word
    ("as a teacher next year")."""
    w = doc.word_at(m.end - 1)
    last = doc.sents[w.sent].last if w else 0
    verbs = 0
    for x in doc.words[w.i + 1:last] if w else ():
        verbs += x.upos == "VERB"
        if x.text in ROLE_ENDS or x.text in QUOTE_MARKS or x.upos == "PROPN" or verbs > 1 or _titled(x) or (
                x.upos == "PRON" and x.text.lower() not in PERSON_PRONOUNS):
            return []
        if x.text.lower() in PERSON_PRONOUNS and x.i + 3 < last and doc.words[x.i + 1].lemma.lower() in CAREERS \
                and doc.words[x.i + 2].text.lower() == "as":
            if m.entity is None or m.entity.gender != PERSON_PRONOUNS[x.text.lower()]:
                return []
            words = _clause_words(doc, x.i + 3, last)
            cut = next((k for k, y in enumerate(words) if y.text.lower() in TIME_OPENERS or calendar_words([y])),
                       len(words))
            words = _strip_det(_before_clause(words[:cut]))
            return [words] if _role_like(words) else []
    return []


TIME_OPENERS = {"next", "last", "this", "that", "until", "since", "before", "after", "when", "in", "for"}


def _someone_elses_time(doc: ParsedDoc, w: Word, m: Mention) -> bool:
    """ "during her time as secretary of state" said of a man: the office
    is hers, the noun before "as" someone else's."""
    owner = next((x for x in doc.children(w.i) if x.deprel == "nmod:poss"), None) if w.upos == "NOUN" else None
    if owner is None:
        return False
    gender = PERSON_PRONOUNS.get(owner.text.lower())
    return gender is None or m.entity is None or m.entity.gender not in (None, gender)


def _relative_role(doc: ParsedDoc, m: Mention) -> list[list[Word]]:
    """The roles a relative clause right after a name states: "David
    Axelrod, who was Obama's chief election strategist and later senior
    adviser" gives two (Entity.add_role leaves out "later"); "Sarah Aubrey,
    who oversees programming at TNT," one."""
    w = doc.word_at(m.end - 1)
    k = w.i + 1 if w else len(doc.words)
    last = doc.sents[w.sent].last if w else 0
    if k + 1 >= last or doc.words[k].text != ",":
        return []
    return _who_roles(doc, k + 1, last)


def _who_roles(doc: ParsedDoc, k: int, last: int) -> list[list[Word]]:
    """The roles of a relative clause opened by "who" at words[k]: what
    "who is/was" (or "who ... and is now") says the person is, or the
    clause of an office verb."""
    if k + 2 >= last or doc.words[k].text.lower() != "who":
        return []
    if office := _office_clause(doc, k + 1, last):
        return [office]
    be = k + 1
    if doc.words[be].lemma != "be":  # "who belonged to a club and is now vice president of ..."
        be = next((x.i + 1 for x in doc.words[k + 2:min(last - 1, k + 15)] if x.text in ROLE_ENDS
                   or (x.text.lower() == "and" and doc.words[x.i + 1].lemma == "be")), k + 1)
    if doc.words[be].lemma != "be" or doc.words[be].xpos == "MD":
        return []
    parts = (_strip_det(_before_ago(p)) for p in split_roles(_before_clause(_clause_words(doc, be + 1, last))))
    return [p for p in parts if _role_like(p, True) or (len(p) > 1 and p[0].text.lower() in WHEN_WORDS)]


def _before_ago(words: list[Word]) -> list[Word]:
    """A role without the time it was held: "a Bear Stearns assistant 25 years ago"."""
    if len(words) > 3 and words[-1].text.lower() == "ago" and words[-3].upos == "NUM":
        return words[:-3]
    return words


def _office_clause(doc: ParsedDoc, k: int, last: int) -> list[Word]:
    """ "who heads the pro-Clinton super PAC Correct the Record": the words of
    a relative clause from words[k], an office verb (lexicons/office_verbs.txt),
    to the next comma or the sentence end; none for any other verb."""
    if doc.words[k].text.lower() not in lexicon("office_verbs"):
        return []
    words = _clause_words(doc, k, last)
    return words if 2 <= len(words) <= 12 else []


def _clause_words(doc: ParsedDoc, k: int, last: int) -> list[Word]:
    """The words from words[k] up to a comma or other role end, a quotation
    mark, or the sentence's final period (last: the sentence's end)."""
    words = []
    for x in doc.words[k:last]:
        if x.text in ROLE_ENDS or x.text in QUOTE_MARKS or (x.text == "." and x.i == last - 1):
            break
        words.append(x)
    return words


def _apposition_after(doc: ParsedDoc, m: Mention, indefinite: bool = False) -> list[list[Word]]:
    """The role phrases of ", a Y," or "(Y)" right after a mention (several when
    joined by "and a"), past an age or a home town ("Stephanie Acs, 27, a
    Navy veteran"; "Misha Shah, 32, of Chicago, an account executive"), up
    to a relative clause or a verb ("a real estate agent today who ..."),
    past "now" or "also" ("now a guest speaker"). `indefinite`: only one led
    by "a" or "an" (after a description, whose apposition is less sure)."""
    w = doc.word_at(m.end - 1)
    k = w.i + 1 if w else len(doc.words)
    last = doc.sents[w.sent].last if w else 0
    while k + 2 < last and doc.words[k].text == "," and _aside(doc, k + 1, last):
        k = _aside(doc, k + 1, last)
    if k + 1 >= last or doc.words[k].text not in (",", "("):  # "Denis McDonough (then deputy ...)"
        return []
    words, j = [], k + 1
    while j < last:
        x = doc.words[j]
        if x.text == "," and _place_after_comma(doc, j, last):  # "a Neptune, N.J., native"
            words += [w for w in doc.words[j:j + 3] if w.i < last and w.text != "."]
            j += 3
            continue
        if x.text in ROLE_ENDS or x.text.lower() in ROLE_CUES or (x.text == "." and x.i == last - 1):
            break
        if x.text in QUOTE_MARKS or x.text == ".":  # "Marine John “Tig” Tiegen", "Rep. Pat ...": a name follows
            return []
        words.append(x)
        j += 1
    if len(words) > 1 and words[0].text.lower() in WHEN_WORDS and words[1].text.lower() in ("a", "an", "the"):
        words = words[1:]  # ", now a guest speaker"; not ", later that day,"
    led = bool(words) and words[0].text.lower() in ("a", "an", "the")
    if indefinite and not (led and words[0].text.lower() != "the" and j < last and doc.words[j].text in ROLE_ENDS):
        return []  # after a description: "a", and closed by a comma ("The senator, a staffer and ... were")
    who = next((x.i for x in words if x.text.lower() == "who"), None)
    roles = [p for p in (_strip_det(p) for p in split_roles(_before_clause(words))) if _role_like(p, led)]
    if roles and who is not None:  # "a Clinton confidant who heads the super PAC ...", "... who was a trader"
        roles += _who_roles(doc, who, last)
    return roles


def _place_after_comma(doc: ParsedDoc, k: int, last: int) -> bool:
    """words[k] is the comma of ", N.J.," or ", Fla.," inside a phrase (a
    state abbreviation between two commas, a word going on after them), or
    of ", Libya." ending the sentence after a city."""
    if k + 2 > last:
        return False
    place = doc.words[k + 1].text
    if k + 2 == last or (k + 3 == last and doc.words[k + 2].text == "."):
        return place.lower() in phrases("places")  # "the U.S. Embassy in Tripoli, Libya."
    return k + 3 < last and doc.words[k + 2].text == "," and bool(
        ABBREVIATION.match(place) or STATE_INITIALS.match(place))


def _aside(doc: ParsedDoc, k: int, last: int) -> int | None:
    """The index of the comma closing an age (", 27,") or a home town
    (", of Chicago,") that starts at word k, else None."""
    end = next((x.i for x in doc.words[k:min(k + 5, last)] if x.text == ","), None)
    if end is None:
        return None
    part = doc.words[k:end]
    age = len(part) == 1 and part[0].text.isdigit()
    town = part[0].text == "of" and len(part) > 1 and all(x.text[:1].isupper() for x in part[1:])
    return end if age or town else None


def _before_clause(words: list[Word]) -> list[Word]:
    """The words of a role phrase before a relative clause or a verb ("a
    national student loan debt expert who has published ...", "a Navy veteran
    attending school"; but "an aspiring trader" is one), without a trailing
    time word ("... agent today")."""
    thing = _thing_clause(words)
    cut = next((k for k, x in enumerate(words) if k and (thing is None or k < thing) and (
        x.text.lower() in ("who", "whom", "whose", "which", "that") or (
            x.xpos in ("VBG", "VBN") and words[k - 1].text.lower() not in ("a", "an")))), None)
    if cut is None:
        return words
    words = words[:cut]
    while words and (words[-1].upos not in ("NOUN", "PROPN") or calendar_words([words[-1]])
                     or words[-1].text.lower() in ("today", "now")):
        words = words[:-1]
    return words


def split_roles(words: list[Word]) -> list[list[Word]]:
    """A role phrase of several roles, parted at "and" before an article or
    between two phrases that each end in a title: "an adviser to Y and a
    professor at Z", "a screenwriter and former studio executive",
    "journalist and author"."""
    ends_titled = lambda ws: bool(ws) and _titled(_head_noun(ws))
    parts, cur = [], []
    for k, x in enumerate(words):
        if x.text == "and" and k + 1 < len(words) and cur and (
                words[k + 1].text.lower() in ("a", "an", "the") or (ends_titled(cur) and ends_titled(words[k + 1:]))):
            parts.append(cur)
            cur = []
        else:
            cur.append(x)
    parts.append(cur)
    return [p for p in parts if p]


def _titled(w: Word) -> bool:
    """A title or a person noun, also as the end of a hyphenated word ("co-founder")."""
    lemma = w.lemma.lower()
    return lemma in _person_words() or lemma.rsplit("-", 1)[-1] in _person_words()


def _head_noun(words: list[Word]) -> Word:
    """The head of a role phrase: its last noun before "of", "at", "for" ...
    ("professor of higher education" -> professor)."""
    cut = next((k for k, x in enumerate(words) if k and x.upos == "ADP"), len(words))
    nouns = [x for x in words[:cut] if x.upos in ("NOUN", "PROPN") or _person_noun(x)]  # "executive" read as ADJ
    return nouns[-1] if nouns else words[-1]


def _role_like(words: list[Word], led: bool = False) -> bool:
    """A noun phrase that starts in lower case, or ends in a title ("Bernie
    supporter"), or after an article holds a title ("the United Nations High
    Commissioner for Refugees") or is a party word ("a Republican"), and ends in a noun, with no verb or pronoun
    in it, at most 20 words."""
    if not 0 < len(words) <= 20:
        return False
    titles = lexicon("titles")
    thing = _thing_clause(words)
    lead = words[0].text[:1].islower() or (words[-1].text.islower() and words[-1].lemma.lower() in titles) or (
        led and (_titled(_head_noun(words)) or len(words) == 1 and words[0].text.lower() in lexicon("affiliations")))
    return lead and words[0].text.lower() not in NOT_ROLE and words[0].upos not in ("ADP", "SCONJ", "CCONJ") \
        and (words[-1].upos in ("NOUN", "PROPN") or _person_noun(words[-1])) and not any(
            (x.upos in ("VERB", "AUX", "PRON") or x.xpos in ("VBD", "VBZ", "VBP", "MD")) and not _person_noun(x)
            and not _acronym(x) and not _infinitive_of(words, k) and not (thing is not None and k >= thing)
            and not _participle_modifier(words, k) for k, x in enumerate(words)) \
        and not (words[-1].text.endswith(".") and words[-1].text.lower().rstrip(".") in titles)
    # the last: "Randolph, former Colorado Rep. [Pat Schroeder]", cut by a sentence split: another person's title


def _participle_modifier(words: list[Word], k: int) -> bool:
    """ "aspiring trader", "acting director": a role's first word, a
    participle before a noun, modifies it."""
    return k == 0 and words[0].xpos == "VBG" and len(words) > 1 and words[1].upos in ("NOUN", "PROPN")


def _thing_clause(words: list[Word]) -> int | None:
    """Where "that" or "which" opens a clause about a thing, not a person:
    "an account executive for a tech firm that sells networking" keeps it."""
    k = next((k for k, x in enumerate(words) if k and x.text.lower() in ("which", "that")), None)
    return k if k is not None and words[k - 1].upos == "NOUN" and not _titled(words[k - 1]) else None


def _infinitive_of(words: list[Word], k: int) -> bool:
    """words[k] is a verb after "to" that a noun before them governs: "an
    effort to cultivate new technologies" is still a role's phrase."""
    return 1 < k and words[k].xpos == "VB" and words[k - 1].text.lower() == "to" and words[k - 2].upos == "NOUN"


def _person_noun(w: Word) -> bool:
    """A title or person noun in lower case, whatever its tag ("the reviews
    director" with "director" read as a verb)."""
    return w.text.islower() and w.text in _person_words()


def _acronym(w: Word) -> bool:
    """An acronym the tagger read as a pronoun ("an IT professional")."""
    return len(w.text) > 1 and w.text.isupper() and w.upos == "PRON"


def _states_role(doc: ParsedDoc, w: Word, inside) -> bool:
    """ "X is the Y" as the article states it: a copula, no modal or negation
    ("she would be a bad president"), not inside a quote (an opinion)."""
    kids = doc.children(w.i)
    return any(c.deprel == "cop" for c in kids) and not inside(w) and not any(
        c.xpos == "MD" or c.lemma.lower() in ("not", "never") for c in kids)


def _role_phrase(doc: ParsedDoc, head: int) -> list[Word]:
    return [w for w in noun_phrase(doc, head) if w.upos != "PUNCT" or w.text in ("'s", "’s")]
