"""Reported clauses: what a cue reports without quotation marks ("said
[that] X", "urged Moscow to X", "X, he said", "according to Y, X"), and
where such a clause starts and ends."""
from __future__ import annotations

from quotes.cues import CueWord, as_before, inflected_cue_form, lexicon_lemma
from quotes.lexicon import words as lexicon
from quotes.names import calendar_words
from quotes.parse import ParsedDoc, Word
from quotes.attribute.model import Attribution, Quotes, QuoteType
from quotes.attribute.speakers import according_phrase, comma_subject, find_source, relative_pronoun
from quotes.attribute.words import (
    DASHES, INHERIT_SUBJECT, NOMINAL, QUOTE_MARKS, SUBORDINATORS, WINDOW, after_dateline, has_verb, in_title,
    lstrip_punct, main_clause, mostly_quoted, participle_after, predicate_after, rstrip_punct, span_of, states,
    strip_that)


def according_content(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """The rest of the sentence around an "according to X" phrase."""
    phrase = {w.i for w in according_phrase(doc, cue)}
    sent = doc.sents[doc.words[cue.head].sent]
    rest = [w for w in doc.words[sent.first:sent.last] if w.i not in phrase]
    before = [w for w in rest if w.i < cue.head]
    after = [w for w in rest if w.i > cue.head]
    apposition = len(after) > 2 and after[0].text == "," and after[1].upos == "DET" and any(
        w.upos in NOMINAL for w in after[2:5])
    opened = next((w for w in after if w.upos != "PUNCT"), None)
    hangs_on_before = (apposition or any(w.head in phrase and w.upos in NOMINAL for w in after)  # Y's apposition
                       or (opened is not None and opened.upos == "SCONJ" and after[0].text == ","))  # ", although"
    if before and hangs_on_before and main_clause(before):
        return before  # "X, according to an analysis by Y, a former aide ...", "X, according to Pew, although Z"
    side = after if len([w for w in after if w.upos != "PUNCT"]) >= len([w for w in before if w.upos != "PUNCT"]) else before
    return side or None


def as_content(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """What "as X put it" reports: after it, when it opens the sentence ("As
    Ms. Simonyan put it in a statement, RT is ..."), else the clause just
    before it, from the last comma that opens a clause ("while most must
    meet requirements, the primary requirement is ..., as a memo put it")."""
    sent = doc.sents[doc.words[cue.head].sent]
    start = as_before(doc, doc.words[cue.head]).i
    before = doc.words[sent.first:start]
    if not [w for w in before if w.upos not in ("PUNCT", "CCONJ", "ADV")]:
        comma = next((w.i for w in doc.words[cue.last + 1:sent.last] if w.text == ","), None)
        return rstrip_punct(doc.words[comma + 1:sent.last]) if comma is not None else None
    for k in range(len(before) - 1, -1, -1):
        if before[k].text == "," and main_clause(before[k + 1:]):
            before = before[k + 1:]
            break
    while before and before[0].upos in ("CCONJ", "PUNCT"):
        before = before[1:]
    return before if main_clause(before) else None


def clause_content(doc: ParsedDoc, cue: CueWord) -> tuple[list[Word] | None, str]:
    """Words of the reported clause of a cue: its clausal complement ("said
    [that] X"), an object + infinitive ("urged Moscow to X"), the clause it
    interrupts ("X, he said"), or the clause "according to" modifies; and
    the name of the rule that found them."""
    kids = doc.children(cue.head)
    if cue.kind == "verb" and cue.last + 1 < len(doc.words) and doc.words[cue.last + 1].text.lower() == "so" \
            and doc.words[cue.last + 1].head == cue.head:
        return None, "said-so"  # "after Anna Berg said so": what was said is told before, as a clause of its own
    if cue.kind == "according":
        return according_content(doc, cue), "according"
    if cue.kind == "as":
        return as_content(doc, cue), "as-put-it"
    asked = question_content(doc, cue)
    if asked:
        return asked, "question"
    comps = [c for c in kids if c.deprel in ("ccomp", "acl") or (c.deprel == "csubj:pass") or (
        c.deprel == "advcl" and c.i > cue.head and _that_clause(doc, c.i))]  # "told X that ..." as advcl
    if cue.kind == "noun":
        comps = [c for c in kids if c.deprel.split(":")[0] in ("acl", "ccomp")]
    comps = sorted((c for c in comps if not (c.i < cue.head and _relative(doc, c))), key=lambda c: c.i < cue.head)
    if comps:
        words = _after_mark(doc, comps[0].i)
        words = _stub_joined(doc, comps, words)
        if comps[0].i > cue.head:  # a clause after its cue starts after it, whatever the parser hung on it
            words = [w for w in words if w.i > cue.last]
        words = strip_that(words)
        deps = doc.children(comps[0].i)
        # a preposition hung on the clause as its mark is a misparse, no subordinator ("said the
        # majority of voters passing [by] were polite")
        marked = any(k.deprel == "mark" and k.upos != "ADP" for k in deps)
        subjectless = not marked and not any(k.deprel.startswith(("nsubj", "expl")) for k in deps)
        # a bare clause right after the object of a verb that tells nobody: the object is the
        # clause's subject read as an object ("said [the fading attention] this time helped")
        unmarked = not marked and cue.lemma not in lexicon("recipient_verbs")
        if cue.kind == "verb" and (subjectless or unmarked) and words:
            obj = _object_before(doc, cue, words[0].i, SUBJECT_MISREAD if subjectless else ("obj",))
            if obj:
                return doc.words[doc.subtree(obj.i)[0].i:words[-1].i + 1], "complement-with-object"
        return words, "complement"
    request = cue.lemma in lexicon("request_verbs")  # "urged Russia to withdraw", the infinitive read as advcl too
    xcomp = [c for c in kids if (c.deprel == "xcomp" or (request and c.deprel == "advcl" and c.i > cue.head)) and any(
        g.deprel == "mark" and g.lemma == "to" for g in doc.children(c.i))]
    # what is asked of whom follows the cue: "In April, Trump called ..." has "April" as an obl before it
    objs = [c for c in kids if c.deprel in ("obj", "iobj", "obl") and cue.head < c.i < (xcomp[0].i if xcomp else -1)]
    if xcomp and objs and request:  # "urged [Moscow] to take steps", "called [on Obama] to ...": both
        obj = [w for w in doc.subtree(objs[0].i) if not (w.deprel == "case" and w.head == objs[0].i)]
        first = min(obj[0].i, doc.subtree(xcomp[0].i)[0].i)
        return doc.words[first:doc.subtree(xcomp[0].i)[-1].i + 1], "request"
    if xcomp and not objs and cue.lemma in lexicon("commitment_verbs"):  # "pledged to push for ..."
        return doc.subtree(xcomp[0].i), "commitment"
    for rule, find in (("object-clause", _object_clause), ("noun-clause", _noun_clause), ("said-object", _said_object),
                       ("that-after", _that_after), ("object", _object_content), ("topic", _topic_content),
                       ("said-rest", _said_rest)):
        clause = find(doc, cue)
        if clause:
            return clause, rule
    w = doc.words[cue.head]
    if w.deprel == "parataxis" and 0 <= w.head < w.i and doc.words[w.head].upos in ("VERB", "AUX", "ADJ"):
        exclude = {x.i for x in doc.subtree(w.i)}  # "Russia is ready, he said": the clause before
        words = [x for x in doc.subtree(w.head) if x.i not in exclude and x.i < w.i]
        comma = max((k for k, x in enumerate(words) if x.text == ","), default=None)
        named = comma is not None and comma + 1 < len(words) and words[-1].i == w.i - 1 and \
            words[comma + 1].upos == "PROPN"
        if named and not has_verb(words[comma + 1:]) and not any(
                c.deprel.startswith("nsubj") for c in doc.children(w.i)):
            words = words[:comma]  # "..., Mr. Van Voorhis said" with the name hung on the clause
        return after_dateline(words), "clause-before"
    return _clause_before_comma(doc, cue), "before-comma"


def _stub_joined(doc: ParsedDoc, comps: list[Word], words: list[Word]) -> list[Word]:
    """One clause the parse split into two complements: a complement of one
    or two words with the next right after it ("said [having] [Mr. Putin
    treat him ...]"), or one that is a word inside the next ("says [Clinton
    was (busy) giving speeches]"): both, as one content."""
    nxt = comps[1] if len(comps) > 1 and comps[1].deprel == "ccomp" and comps[1].i > comps[0].i else None
    if nxt is None or not words:
        return words
    span = doc.subtree(nxt.i)
    if span[0].i < words[0].i and span[-1].i > words[-1].i:  # "says [Clinton was (busy) giving ...]":
        return doc.words[span[0].i:span[-1].i + 1]  # the first complement is a word inside the second
    if len(words) > 2 or span[0].i != words[-1].i + 1:
        return words
    return doc.words[words[0].i:span[-1].i + 1]


def _relative(doc: ParsedDoc, c: Word) -> bool:
    """ "Derek Mitchell, who served as ambassador, said ...": a clause whose
    subject is a relative pronoun describes someone; it reports nothing."""
    return relative_pronoun(doc, c) is not None


def _after_mark(doc: ParsedDoc, i: int) -> list[Word]:
    """The clause headed by word i from after its "that": words the parser
    hung on the clause before it ("tweeted [in the early hours] that X")
    belong to the cue."""
    words = doc.subtree(i)
    mark = _that_mark(doc, i)
    return [w for w in words if w.i > mark.i] if mark else words


def _that_mark(doc: ParsedDoc, i: int) -> Word | None:
    """The "that" marking the clause headed by word i, if any."""
    return next((c for c in doc.children(i) if c.deprel == "mark" and c.lemma.lower() == "that"), None)


def _that_clause(doc: ParsedDoc, i: int) -> bool:
    return _that_mark(doc, i) is not None


def _object_clause(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """ "said [troop numbers] are likely to climb": a declarative cue whose
    object runs straight into a verb attached to the cue (xcomp, advcl) is
    a misparsed clause; read the object and the verb's words together."""
    if cue.lemma in lexicon("request_verbs"):
        return None
    for verb in (c for c in doc.children(cue.head) if c.deprel in ("xcomp", "advcl")):
        verb_words = doc.subtree(verb.i)
        first = verb_words[0].i
        obj = _object_before(doc, cue, first) or _object_before(doc, cue, _before_date(doc, first))
        marked = any(c.deprel == "mark" and c.lemma.lower() != "to" for c in doc.children(verb.i))
        relative = verb_words[0].text.lower() == "that" and verb_words[0].deprel in ("obj", "iobj")
        aside = verb_words[0].text == "," or (  # "stresses X, calling it Y": a participle aside, no clause
            verb_words[0].i > 0 and doc.words[verb_words[0].i - 1].text == ",")
        if obj and obj.i > cue.head and not marked and not relative and not aside:  # "the threat that a presidency would constitute"
            if verb_words[0].text.lower() == "that" and len(verb_words) > 2:
                return verb_words[1:]  # "expressed concern that [Russia] is continuing ...": the object is the cue's
            return doc.words[doc.subtree(obj.i)[0].i:verb_words[-1].i + 1]
    return None


def _said_object(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """ "said the findings raised more questions", parsed as an object (or
    indirect object) and a modifier: "say" takes no object but its words,
    so an object right after it that runs into a verb is the reported
    clause, up to the end of the cue's words."""
    subject = any(c.deprel.startswith("nsubj") and c.i < cue.head for c in doc.children(cue.head))
    if cue.lemma != "say" or (not subject and doc.words[cue.head - 1].text == ","):
        return None  # "..., said Brian Baker": an inverted cue's object is its subject
    obj = next((c for c in doc.children(cue.head) if c.deprel in ("obj", "iobj") and c.i > cue.head), None)
    if obj is None:
        return None
    words = rstrip_punct([w for w in doc.subtree(cue.head) if w.i > cue.head])
    if not words or doc.subtree(obj.i)[0].i != words[0].i:
        return None
    words = _after_that(words)  # "said late last night that ...": the clause starts after its "that"
    return words if has_verb(words) else None


def _said_rest(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """ "Clinton's team says she'll continue ...", with "says" parsed as a
    noun: after a "say" that has words before it (not ", says X"), a clause
    that starts with its subject is what was said, to the sentence end."""
    sent = doc.sents[doc.words[cue.head].sent]
    if cue.lemma != "say" or cue.head == sent.first or doc.words[cue.head - 1].text == ",":
        return None
    words = rstrip_punct(doc.words[cue.last + 1:sent.last])
    starts = words and words[0].upos in ("PRON", "PROPN", "NOUN", "DET", "NUM")
    return words if starts and main_clause(words) else None


def _that_after(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """ "told The Washington Post that X would ...", with "that" misparsed as
    a pronoun: a "that" right after a verb cue, or after the person a cue
    tells, with no finite verb or clause break between them, opens the reported
    clause (to the sentence end). After any other noun it is a relative
    ("emphasized the threat that a Trump presidency would constitute")."""
    if cue.kind == "according":
        return None
    sent = doc.sents[doc.words[cue.head].sent]
    for w in doc.words[cue.head + 1:min(sent.last, cue.head + 2 * WINDOW)]:  # a long recipient, but no verb
        if w.text.lower() == "that" and (w.i == cue.head + 1 or cue.lemma in lexicon("recipient_verbs")):
            words = rstrip_punct(doc.words[w.i + 1:sent.last])
            return words if main_clause(words) else None
        finite = w.upos == "AUX" or (w.upos == "VERB" and "VerbForm=Fin" in w.feats)  # not "an invited crowd"
        if finite or w.text in (",", ";", ":", "(") or w.text in QUOTE_MARKS and not in_title(doc, w):
            return None
    return None


def _object_content(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """ "called for the repeal of Obamacare", "called climate change a
    hoax": for the verbs of lexicons/object_cues.txt, what an active cue
    takes after it (past "for" or "on") is what was said."""
    w, kids = doc.words[cue.head], doc.children(cue.head)
    subject = any(c.deprel == "nsubj" for c in kids) or w.deprel in INHERIT_SUBJECT
    if cue.lemma not in lexicon("object_cues") or not subject or any(
            c.deprel in ("aux:pass", "nsubj:pass", "compound:prt") for c in kids):
        return None  # "a group called X", "has been called a charlatan", "called out X"
    if _naming_participle(doc, w):
        return None
    other = {x.i for c in kids if c.deprel in ("conj", "parataxis", "cc") for x in doc.subtree(c.i)}
    words = [x for x in doc.subtree(cue.head) if x.i > cue.head and x.i not in other]  # not "and describe ..."
    stop = (k for k, x in enumerate(words) if x.text in DASHES or participle_after(words, k) or
            predicate_after(doc, words, k))  # not ", citing her work", "and called for ..."
    words = rstrip_punct(words[:next(stop, len(words))])
    if words and words[0].text.lower() in ("for", "on") and cue.lemma == "call":
        words = words[1:]
    core = [doc.subtree(c.i)[0].i for c in kids if c.i > cue.head and c.deprel in ("obj", "iobj", "xcomp", "ccomp")]
    if core and cue.lemma != "call":  # "announced on Friday the arrest of X": from the object on
        words = [x for x in words if x.i >= min(core)]
    if not words or words[0].upos == "ADP":
        return None  # "reported from Hawaii", "called into a radio show": no object, nothing said
    return words if any(x.upos in NOMINAL for x in words) else None


QUESTION_WORDS = frozenset({"if", "whether", "why", "how", "what", "who", "whom", "which", "when", "where"})
OBJECT_TAGS = ("PRON", "PROPN", "NOUN", "DET", "ADJ", "NUM")


def question_content(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """ "asked [Mr. Sanders] whether he would run", "Asked if X, Y said",
    "asked about her vote", "was asked to leave": for the verbs of
    lexicons/question_verbs.txt, the question (from its "if", "whether" or
    wh-word), the topic (after "about") or the request (from "to") that
    follows the cue, past an object of a few words (the request rule reads
    "asked Russia to ..." whole). Read from the words, not from where the
    parse hung them: it often hangs the question on the answer's verb. The
    clause runs as far as its head's words go."""
    if cue.kind != "verb" or cue.lemma not in lexicon("question_verbs"):
        return None
    sent = doc.sents[doc.words[cue.head].sent]
    for w in doc.words[cue.last + 1:min(sent.last, cue.last + 6)]:
        low = w.text.lower()
        if low in QUESTION_WORDS or low == "about" or (low == "to" and w.upos == "PART" and w.i == cue.last + 1):
            head = _clause_head(doc, w, cue)
            words = [x for x in doc.subtree(head.i) if x.i >= w.i + (low == "about")] if head else []
            return rstrip_punct(words) or None
        if w.upos not in OBJECT_TAGS:
            return None  # "asked, when ...", "asked for a photo", "asked Russia to": no question
    return None


def _clause_head(doc: ParsedDoc, w: Word, cue: CueWord) -> Word | None:
    """The head of the clause (or noun phrase) that word w opens after a
    cue: w's own head, climbing through clauses complementing one another
    ("who [he thought] would win") but never to the cue or before it."""
    if w.head <= cue.last:
        return None
    head = doc.words[w.head]
    while head.deprel in ("ccomp", "xcomp") and head.head > cue.last and doc.words[head.head].i > w.i:
        head = doc.words[head.head]
    return head


TOPIC_PREPOSITIONS = ("about", "of")


def _topic_content(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """ "spoke about how the consulate had been taken over", "wrote about
    the merger", "spoke favorably of Trump": what a cue with no clause
    talks about, the noun phrase (or gerund) after "about" or "of" right
    after it (past "out" or an adverb). Not that of a participle aside
    (", speaking of the campaign"): it says what the quote beside it is
    about."""
    verb = doc.words[cue.head]
    if verb.xpos == "VBG" and verb.deprel in ("advcl", "xcomp", "acl", "conj"):
        return None
    after = doc.words[cue.last + 1:cue.last + 4]
    k = next((k for k, w in enumerate(after) if w.text.lower() in TOPIC_PREPOSITIONS), None)
    if k is None or any(w.upos not in ("ADV", "ADP") for w in after[:k]):  # "spoke out about", "spoke warmly of"
        return None
    prep = after[k]
    if prep.head <= prep.i or doc.words[prep.head].upos not in NOMINAL + ("VERB", "NUM"):
        return None
    words = [x for x in doc.subtree(prep.head) if x.i > prep.i]
    return rstrip_punct(words) or None


def _noun_clause(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """ "expressed concern that the invasion could happen": a that-clause,
    with a subject of its own, on the noun right after a verb cue (its
    object, or what the parse made an indirect object: "said late last
    night that ...")."""
    for obj in (c for c in doc.children(cue.head) if c.deprel in ("obj", "iobj") and c.upos == "NOUN"
                and c.i > cue.head):
        for clause in (c for c in doc.children(obj.i) if c.deprel.startswith("acl") and c.i > obj.i):
            mark = _that_mark(doc, clause.i)
            if mark is not None and mark.upos == "SCONJ" and mark.i == obj.i + 1 and any(
                    c.deprel.startswith("nsubj") for c in doc.children(clause.i)):
                return _after_mark(doc, clause.i)
    return None


def _naming_participle(doc: ParsedDoc, w: Word) -> bool:
    """ "a group called the Virginia Conservation Legacy Fund": a bare past
    participle right after a noun names it, whatever the parser hung it on."""
    kids = doc.children(w.i)
    return w.xpos == "VBN" and w.i > 0 and doc.words[w.i - 1].upos in ("NOUN", "PROPN") and not any(
        c.deprel.startswith(("aux", "nsubj")) for c in kids)


def _before_date(doc: ParsedDoc, first: int) -> int:
    """Where a day named just before word `first` starts ("concern [on
    Thursday] that ..."), else `first`."""
    day = first - 1
    if day >= 1 and calendar_words([doc.words[day]]):
        return day - 1 if doc.words[day - 1].text.lower() == "on" else day
    return first


# what a parser hangs on "said" when it misses the subject of the bare clause after it: "said
# [life for the next generation] would be worse" (iobj), "said [much of his talk] was about
# Israel" (advmod), "said [the bulk of it] went ..." (obl)
SUBJECT_MISREAD = ("obj", "iobj", "advmod", "obl")


def _object_before(doc: ParsedDoc, cue: CueWord, first: int, relations=("obj",)) -> Word | None:
    """The cue's dependent (an object, or one of `relations`, subtypes
    included) whose words start after the cue and end right before word
    `first`."""
    return next((c for c in doc.children(cue.head)
                 if c.deprel.split(":")[0] in relations and doc.subtree(c.i)[0].i > cue.last
                 and doc.subtree(c.i)[-1].i + 1 == first), None)


def _clause_before_comma(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """ "CLAUSE, the spokesman said.": when the parse links the cue oddly, a
    subject between a comma and the cue marks everything before the comma
    as the reported clause."""
    subj = [c for c in doc.children(cue.head) if c.deprel.startswith("nsubj") and c.i < cue.head]
    if subj:  # the parse may hang the comma before it on the subject
        first = min(x.i for x in doc.subtree(subj[0].i) if x.upos != "PUNCT")
    else:
        chunk = comma_subject(doc, cue, apposition=False)  # before "X, his envoy," stands a name, not a clause
        if not chunk:
            return None
        first = chunk[0].i
    sent = doc.sents[doc.words[cue.head].sent]
    if first - 1 <= sent.first or doc.words[first - 1].text != ",":
        return None
    words = after_dateline(doc.words[sent.first:first - 1])
    return words if main_clause(words) else None


def indirect_quotes(doc: ParsedDoc, quotes: Quotes, cues: list[CueWord], used: set[int],
                    guess: bool = False) -> list[Attribution]:
    """Reported clauses of cues not already used by a direct quote (`guess`:
    failing a clause, the rest of the cue's sentence, as a guess)."""
    out = []
    for cue in cues:
        para = quotes.paragraph_at(cue.start)
        asked = question_content(doc, cue) if cue.head in used else None
        if cue.head in used and not asked:
            continue  # ""We'll see," he said when asked whether ...": the question is his cue's too
        source, found_by = find_source(doc, cue, quotes.inside)
        around = None if asked else _parenthetical(doc, cue, source)
        words, rule = (asked, "question") if asked else (around, "parenthetical") if around else clause_content(doc, cue)
        if not words and guess:  # "denied the accusations", "insists X is Y"
            words, rule = _rest_of_sentence(doc, cue, quotes), "rest-of-sentence"
        if not words:
            continue
        words = [w for w in words if w.upos != "PUNCT" or w is not words[-1]]
        if not words or len(words) < 2:
            continue
        start, end = span_of(words, doc.text)
        if end <= start:
            continue
        rules = [f"content:{rule}", f"speaker:{found_by}"]
        others = [(start, end, "alt:as-parsed")]  # the readings the rules below set aside
        if not around:  # "X, he said, Y" already holds the sentence around the cue
            if start > cue.end:  # "said [that] X ...": the reported clause runs to the sentence end
                # a topic is its noun phrase; an object stops before "but he has ...", a clause of its own
                reach = end if rule == "topic" else clause_end(doc, cue, start, cues, own_subject=rule == "object")
                if rule == "object":  # "dismissed the plan as a “recipe for chaos” — a phrase he ..."
                    reach = min(reach, _dash_after(doc, start, reach))
                end, rules = _noted(end, max(end, reach), rules, "end:clause-end")
                others.append((start, _sentence_end(doc, cue), "alt:sentence-end"))
            elif end <= cue.start and cue.kind == "verb":  # "X, he said": X starts the sentence
                start, rules = _noted(start, min(start, clause_start(doc, cue, end, cues)), rules, "start:clause-start")
                if not states(doc.between(start, end)):
                    continue  # "In a message posted Friday, Cruz said": a fronted phrase says nothing
        others.append((start, end, "alt:uncut"))
        end, rules = _noted(end, _before_participle_cue(doc, cue, start, end, cues), rules, "end:before-participle")
        end, rules = _noted(end, _before_parallel_verb(doc, cue, start, end), rules, "end:before-parallel-verb")
        end, rules = _noted(end, _before_contrast(doc, cue, start, end, cues), rules, "end:before-contrast")
        start, end = _in_paragraph(doc, para, start, end)
        if end <= start:
            continue
        start, end, inside = _whole_quotes(start, end, quotes)
        if any(q in quotes.full for q in inside) and mostly_quoted(start, end, inside):
            continue
        kind: QuoteType = "mixed" if inside else "indirect"
        conf = 0.8 if source is not None else 0.4
        parts = [(q.start, q.end) for q in inside]  # the quoted fragments of a mixed quote
        att = Attribution(kind, start, end, parts, cue, source, 0.3 if guess else conf, rules=rules, guess=guess)
        others += [(start, cut, "alt:first-clause") for cut in _clause_cuts(doc, start, end, quotes)]
        others += [(start, cut, "alt:before-relative") for cut in _relative_cuts(doc, start, end, quotes)]
        others += [(start, cut, "alt:before-conjunct") for cut in _conjunct_cuts(doc, start, end, quotes)]
        first = inside[0] if inside else None
        if first and first.open_mark <= start and first.outer_end < end:  # "yelled [“You lie!”] at Wilson"
            att.propose(first.open_mark, first.outer_end, "alt:fragment-alone", [(first.start, first.end)], "direct")
        for s, e, alt in others:
            s, e, within = _whole_quotes(*_in_paragraph(doc, para, s, e), quotes)
            if not (any(q in quotes.full for q in within) and mostly_quoted(s, e, within)):
                att.propose(s, e, alt, [(q.start, q.end) for q in within])
        out.append(att)
    return out


def _in_paragraph(doc: ParsedDoc, para: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The part of a span inside its cue's paragraph: where a feed writes a
    paragraph per line, the parser can run two paragraphs into one sentence
    ("... “were not going to be like Trump.”" and the next line's "“She
    said ...,” Meeks added"), and a clause would run on into the next."""
    if para[0] <= start and end <= para[1]:
        return start, end
    words = [w for w in doc.between(start, end) if para[0] <= w.start and w.end <= para[1]]
    return span_of(words, doc.text) if words else (start, start)


def _rest_of_sentence(doc: ParsedDoc, cue: CueWord, quotes: Quotes) -> list[Word] | None:
    """The words after a cue to the end of its sentence, when they are at
    least three and hold no full quote (a quote has its own finder)."""
    sent = doc.sents[doc.words[cue.head].sent]
    words = rstrip_punct(doc.words[cue.last + 1:sent.last])
    if len([w for w in words if w.upos != "PUNCT"]) < 3 or words[0].upos == "PUNCT" or \
            any(q in quotes.full for q in quotes.spans if words[0].start <= q.start < words[-1].end):
        return None
    rest = _after_that(words, THAT_REACH)  # "said late last night that X": X
    return rest or words


THAT_REACH = 5  # words after a cue within which a "that" opens its clause ("said late last night that")


def _after_that(words: list[Word], reach: int | None = None) -> list[Word]:
    """The words after the first "that" opening a clause among the first
    `reach` words (all words when None); all of them when there is none."""
    that = next((k for k, w in enumerate(words[:reach]) if w.text.lower() == "that" and w.upos == "SCONJ"), -1)
    return words[that + 1:]


def _clause_cuts(doc: ParsedDoc, start: int, end: int, quotes: Quotes, most: int = 2) -> list[int]:
    """Where a reported clause could end early: before the first commas,
    semicolons, dashes or brackets that follow a finite verb of it ("he
    opposes X, his administration carves out Y")."""
    cuts, finite = [], False
    for w in doc.between(start, end):
        if w.text in (",", ";", "--", "—", "–", "(") and finite and not quotes.inside(w):
            cuts.append(doc.words[w.i - 1].end)
            if len(cuts) == most:
                break
        finite = finite or "VerbForm=Fin" in w.feats
    return cuts


def _dash_after(doc: ParsedDoc, start: int, end: int) -> int:
    """The end of a quoted fragment right before a dash (not a hyphen) between
    `start` and `end`, else `end`: what follows the dash glosses the fragment."""
    words = doc.between(start, end)
    return next((words[k - 1].end for k in range(1, len(words)) if words[k].text in ("—", "–", "--")
                 and words[k - 1].text in QUOTE_MARKS), end)


RELATIVE_OPENERS = ("who", "which", "where", "whom", "whose")


def _relative_cuts(doc: ParsedDoc, start: int, end: int, quotes: Quotes) -> list[int]:
    """Where a reported clause could end before a relative clause set off by
    a comma (", who shot President Reagan in 1981", ", where he trailed"):
    often the writer's gloss on a name, not what was said."""
    words = doc.between(start, end)
    return [words[k - 1].end for k in range(3, len(words) - 1)
            if words[k].text == "," and words[k + 1].text.lower() in RELATIVE_OPENERS
            and not quotes.inside(words[k])][:1]


def _conjunct_cuts(doc: ParsedDoc, start: int, end: int, quotes: Quotes) -> list[int]:
    """Where a reported clause could end before a coordinated verb without a
    subject of its own ("Trump would meet party officials [but would not
    offer details]"): it may say what the speaker did, not what was said."""
    words = doc.between(start, end)
    inside = {w.i for w in words}
    for k in range(2, len(words) - 1):
        w = words[k]
        if w.upos != "CCONJ" or quotes.inside(w) or w.head not in inside:
            continue
        verb = doc.words[w.head]
        if verb.deprel == "conj" and verb.upos in ("VERB", "AUX") and verb.head in inside and not any(
                c.deprel.startswith("nsubj") for c in doc.children(verb.i)):
            before = words[k - 1] if words[k - 1].text != "," else words[k - 2]
            return [before.end]
    return []


def _whole_quotes(start: int, end: int, quotes: Quotes) -> tuple[int, int, list]:
    """A span widened to hold whole every quoted span it touches, marks
    included, and those quoted spans."""
    inside = [q for q in quotes.spans if q.start < end and start < q.end]
    for q in inside:
        start, end = min(start, q.open_mark), max(end, q.outer_end)
    return start, end, inside


def _sentence_end(doc: ParsedDoc, cue: CueWord) -> int:
    """Where the cue's sentence ends, before its closing punctuation."""
    sent = doc.sents[doc.words[cue.head].sent]
    words = rstrip_punct(doc.words[sent.first:sent.last])
    return words[-1].end if words else sent.end


def _noted(old: int, new: int, rules: list[str], rule: str) -> tuple[int, list[str]]:
    """An offset a rule moved, with the rule noted when it did."""
    return new, rules + [rule] if new != old else rules


def _before_parallel_verb(doc: ParsedDoc, cue: CueWord, start: int, end: int) -> int:
    """ "has assured that it will not negotiate and has flatly rejected ...",
    "said X and accused the West ...": a verb after "and" with the cue's own
    auxiliary, or in the cue's tense and attached to the cue (or itself a
    reporting verb), and without a subject of its own, continues the cue's
    sentence, not what was said."""
    verb = doc.words[cue.head]
    aux = {c.lemma for c in doc.children(verb.i) if c.deprel == "aux"}
    words = doc.between(start, end)
    for k, w in enumerate(words[:-1]):
        if w.upos != "CCONJ" or cue.kind != "verb":
            continue
        nxt = next((x for x in words[k + 1:k + 4] if x.upos != "ADV"), None)
        if nxt is None or any(c.deprel.startswith("nsubj") for c in doc.children(nxt.i)):
            continue
        same_form = nxt.upos == "VERB" and not aux and nxt.xpos == verb.xpos and verb.xpos in ("VBD", "VBZ") and (
            nxt.head == cue.head or lexicon_lemma(nxt.text, nxt.lemma, "speech_verbs"))  # not "X complied and left"
        same_aux = nxt.upos == "AUX" and nxt.lemma in aux
        if (same_form or same_aux) and k > 0 and has_verb(words[:k]):
            return words[k - 1].end if words[k - 1].upos != "PUNCT" else words[k - 2].end
    return end


def _before_participle_cue(doc: ParsedDoc, cue: CueWord, start: int, end: int, cues: list[CueWord]) -> int:
    """ "asked Russia to lower the tension, warning of the new deployment": a
    reported clause ends before a comma that opens another cue's participle."""
    heads = {c.head for c in cues if c is not cue}
    for w in doc.between(start, end):
        if w.text.lower().endswith("ing") and w.i > 0 and doc.words[w.i - 1].text == "," and (
                w.i in heads or inflected_cue_form(w)):  # "warning" tagged as a noun is no cue, still an aside
            return _end_before(doc, start, end, w.i - 1)
    return end


CONTRAST = {"while", "whereas"}


def _before_contrast(doc: ParsedDoc, cue: CueWord, start: int, end: int, cues: list[CueWord]) -> int:
    """ "X said that A, while Y said that B": a reported clause ends before a
    comma and "while" that lead to another cue of the sentence, whatever
    the parse hung on what."""
    sent = doc.words[cue.head].sent
    for w in doc.between(start, end):
        if w.lemma.lower() in CONTRAST and w.i > 0 and doc.words[w.i - 1].text == "," and any(
                c is not cue and c.head > w.i and doc.words[c.head].sent == sent for c in cues):
            return _end_before(doc, start, end, w.i - 1)
    return end


def _end_before(doc: ParsedDoc, start: int, end: int, comma: int) -> int:
    """The end of a content cut at the comma word `comma`, when what stays
    holds a verb; else the content's own end."""
    words = rstrip_punct(doc.between(start, doc.words[comma].start))
    return words[-1].end if words and (has_verb(words) or _infinitive(words)) else end


def _infinitive(words: list[Word]) -> bool:
    """ "Russia to lower the tension" with "lower" tagged as an adjective:
    a word after the infinitive "to" is a verb whatever its tag."""
    return any(a.text.lower() == "to" and a.upos == "PART" and b.upos not in ("PUNCT", "DET")
               for a, b in zip(words, words[1:]))


def _parenthetical(doc: ParsedDoc, cue: CueWord, source: int | None) -> list[Word] | None:
    """ "The museum, Mr. Obama said, would make visitors ...": a cue set
    between commas inside a sentence (its source word `source`) reports the
    whole sentence around it."""
    if cue.kind != "verb" or source is None or source > cue.head or \
            any(w.text == "," for w in doc.words[source + 1:cue.head]):  # "X, his envoy, said" is no aside
        return None
    left = doc.subtree(source)[0].i - 1
    right = next((w.i for w in doc.words[cue.last + 1:cue.last + 6] if w.text in ",;" or w.upos == "VERB"), None)
    sent = doc.sents[doc.words[cue.head].sent]
    if left <= sent.first or doc.words[left].text != "," or right is None or doc.words[right].text != ",":
        return None
    before = after_dateline(doc.words[sent.first:left])
    after = doc.words[right + 1:sent.last]
    if not has_verb(before + after) or len([w for w in after if w.upos != "PUNCT"]) < 2:
        return None
    lead = next((w for w in before if w.upos not in ("CCONJ", "PUNCT")), None)
    if lead and lead.upos in ("ADP", "ADV") and not has_verb(before):
        return after  # "In that context, he said, NATO would ...": the phrase only sets the scene
    return before + after


def before_direct(doc: ParsedDoc, a: Attribution, direct: list[Attribution]) -> Attribution:
    """ "urges her husband to come out of the car and repeatedly says, "Don't
    you do it"": a reported clause that runs into a later direct quote,
    joined to it by "and", ends before it (and before that quote's cue)."""
    cuts = [d.cue.start if d.cue and a.start < d.cue.start < d.start else d.start - 1 for d in direct
            if a.start < d.start - 1 < a.end or (d.cue and a.start < d.cue.start < d.start and (
                d.cue.start <= a.end or not doc.text[a.end:d.cue.start].strip()))]  # the clause ends at the cue
    if not cuts:
        return a
    cut = min(cuts)
    words = doc.between(a.start, cut)
    joined = False
    while words and words[-1].upos in ("PUNCT", "CCONJ", "ADV") and words[-1].text not in QUOTE_MARKS:
        joined, words = joined or words[-1].upos == "CCONJ", words[:-1]
    if joined and has_verb(words):  # not "X was right when he said "..."": a report inside the clause
        a.end_at(words[-1].end)
        a.note("end:before-direct")
    return a


def trim_nested(doc: ParsedDoc, atts: list[Attribution]) -> list[Attribution]:
    """ "warned that there would be a price, saying that sanctions would be
    imposed": a reported clause that runs over a later cue and its own
    reported clause ends at the comma before that cue."""
    dropped = set()
    for a in atts:
        inner = [b for b in atts if b is not a and b.cue and a.start < b.cue.start and b.end <= a.end]
        if not inner:
            continue
        cut = min(b.cue.start for b in inner)
        words = doc.between(a.start, cut)
        while words and (words[-1].upos in ("PUNCT", "CCONJ") and words[-1].text not in QUOTE_MARKS):
            words = words[:-1]
        if not has_verb(words):  # "adding that the phrase suggests X": the later cue is part of the content
            dropped.update(id(b) for b in inner if b.cue.start == cut)
            continue
        if words and words[-1].end > a.start:
            a.end_at(words[-1].end)
            a.note("end:before-nested-cue")
    return [a for a in atts if id(a) not in dropped]


def _mark_before(doc: ParsedDoc, cue: CueWord, after: int) -> int:
    """Where a later cue's clause opens: at its subordinator (", while the
    British minister, Ben Wallace, said ..."), else at the cue. The parser
    may hang the subordinator on the cue's subject."""
    heads = [cue.head] + [c.i for c in doc.children(cue.head) if c.deprel.startswith("nsubj")]
    marks = [c.start for h in heads for c in doc.children(h) if c.deprel == "mark" and after < c.start < cue.start]
    return min(marks, default=cue.start)


def clause_end(doc: ParsedDoc, cue: CueWord, start: int, cues: list[CueWord], own_subject: bool = False) -> int:
    """Where a reported clause starting at `start` ends: the sentence end, or
    the last comma before the next cue of the sentence ("..., and Y said Z"),
    or a verb coordinated with the cue (`own_subject`: see cue_conjunct)."""
    sent = doc.sents[doc.words[cue.head].sent]
    last = _fronted_end(doc, cue, sent.last)
    words = [w for w in doc.words[sent.first:last] if w.start >= start]
    later = [c for c in cues if c.start > start and doc.words[c.head].sent == doc.words[cue.head].sent]
    if later:
        stop = _mark_before(doc, later[0], start)  # ", while X said ...": that clause opens at "while"
        commas = [w for w in words if w.text in (",", ";") and w.start < stop]
        words = [w for w in words if w.start < (commas[-1].start if commas else stop)]
    stop = next((k for k, w in enumerate(words[:-1]) if cue_conjunct(doc, words[k:k + 2], cue, own_subject) or _cue_aside(words, k, cue)),
                None)
    words = rstrip_punct(words[:stop])
    while words and words[-1].upos == "CCONJ":  # "X and [said Y]": the "and" joins the later cue
        words = rstrip_punct(words[:-1])
    return words[-1].end if words else start


def _fronted_end(doc: ParsedDoc, cue: CueWord, last: int) -> int:
    """ "Though she called it "outrageous", Clinton restricted ...": a cue
    inside a subordinate clause that opens its sentence reports nothing
    past that clause's words (the main clause follows)."""
    w, seen = doc.words[cue.head], 0
    while w.head >= 0 and seen < 4:
        if w.deprel == "advcl" and w.i < w.head and any(
                c.deprel == "mark" and c.lemma.lower() in SUBORDINATORS for c in doc.children(w.i)):
            return min(last, doc.subtree(w.i)[-1].i + 1)
        w, seen = doc.words[w.head], seen + 1
    return last


def _cue_aside(words: list[Word], k: int, cue: CueWord) -> bool:
    """words[k] is the comma of ", implicitly putting his name on the line",
    a participle hung on the cue."""
    after = next((w for w in words[k + 1:k + 3] if w.upos != "ADV"), None)
    return words[k].text == "," and after is not None and after.xpos == "VBG" and after.head == cue.head


def cue_conjunct(doc: ParsedDoc, pair: list[Word], cue: CueWord, own_subject: bool = False) -> bool:
    """ "and left the room" after "told reporters that ...": a verb
    coordinated with the cue ends its reported clause; with `own_subject`
    (for the object of an object cue), also one with a subject of its own
    ("but he has also attacked ..." after "is promising X")."""
    if pair[0].upos != "CCONJ":
        return False
    joined = doc.words[pair[0].head] if own_subject and pair[0].head >= 0 else pair[1]  # the verb "and" joins
    return any(w.head == cue.head and w.deprel == "conj" for w in (pair[1], joined))


def clause_start(doc: ParsedDoc, cue: CueWord, end: int, cues: list[CueWord]) -> int:
    """Where a reported clause ending at `end` before its cue starts: the
    sentence start, or just after an earlier cue of the sentence."""
    sent = doc.sents[doc.words[cue.head].sent]
    earlier = [c.end for c in cues if c.end <= end and doc.words[c.head].sent == doc.words[cue.head].sent
               and c is not cue and c.kind != "noun"]  # "send a clear message that ...": no cue of its own here
    words = [w for w in doc.words[sent.first:sent.last] if w.end <= end and w.start >= max(earlier, default=0)]
    words = lstrip_punct(after_dateline(words))
    return words[0].start if words else end
