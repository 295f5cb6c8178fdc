"""Speakers: the word that heads a cue's source (subject, passive agent,
relative antecedent, "according to" nominal, the name beside a quote, a
signature or a label)."""
from __future__ import annotations

import re

from quotes.cues import CueWord, as_before, lexicon_lemma
from quotes.lexicon import words as lexicon
from quotes.marks import TURN, Quoted
from quotes.names import glued_hyphen
from quotes.parse import ParsedDoc, Word
from quotes.attribute.words import FUNCTION_TAGS, dated, INHERIT_SUBJECT, NOMINAL, RELATIVES, SUBJECTS, SUBORDINATORS, personal

SIGNATURE = re.compile(r"[\s”\"’.,]*[―—–-]\s*")


def find_source(doc: ParsedDoc, cue: CueWord, inside=lambda w: False) -> tuple[int | None, str]:
    """The word that heads the cue's source: subject, passive agent, relative
    antecedent, or the nominal of "according to"; subjects are inherited
    through conj/xcomp/advcl chains ("..., adding that ..."), and a
    participle cue the parse hung elsewhere speaks for its sentence's first
    subject. Words inside quotation marks are never the source: "we" in a
    quote is not the speaker. Also the name of the rule that found it
    ("subject", "agent", "comma-subject", ...; "none" when nothing did)."""
    found, rule = _source(doc, cue, inside)
    if found is not None:
        return found, rule
    found = _participle_subject(doc, cue, inside)
    return found, "participle-subject" if found is not None else "none"


def _participle_subject(doc: ParsedDoc, cue: CueWord, inside) -> int | None:
    """ "The Security Council met on Friday, calling the test ...": the
    first subject before a participle cue in its sentence; likewise before
    a cue the parse hung on a noun ("Protesters marching through the streets
    chanted ...", with "chanted" read as modifying "streets")."""
    w = doc.words[cue.head]
    head = doc.words[w.head] if w.head >= 0 else None
    misread = head is not None and (w.deprel.startswith("acl") and head.upos == "NOUN" or (
        w.deprel == "advcl" and head.xpos == "VBG" and head.deprel.startswith("acl")))  # "Protesters [walking] chanted"
    if cue.kind != "verb" or not (w.xpos == "VBG" or misread):
        return None
    sent = doc.sents[w.sent]
    subj = [x for x in doc.words[sent.first:w.i] if x.deprel == "nsubj" and not inside(x)]
    if not subj:  # "Protesters walking through the city chanted ...", the noun read as the root
        subj = [x for x in doc.words[sent.first:w.i] if x.head < 0 and x.upos in ("NOUN", "PROPN")]
    return subj[0].i if subj else None


def _source(doc: ParsedDoc, cue: CueWord, inside) -> tuple[int | None, str]:
    """The source word and the name of the rule that found it."""
    if cue.kind == "according":
        return according_source(doc, cue), "according"
    if cue.kind == "as":  # "as a Homeland Security memo put it": the nominal between
        nominal = [w for w in doc.words[as_before(doc, doc.words[cue.head]).i + 1:cue.head] if w.upos in NOMINAL]
        return (nominal[-1].i if nominal else None), "as-nominal"
    if cue.kind == "noun":
        poss = [c for c in doc.children(cue.head) if c.deprel == "nmod:poss"]
        return (poss[0].i if poss else None), "possessor"
    w = doc.words[cue.head]
    if w.upos != "VERB" and cue.kind == "verb" and w.i > 0 and doc.words[w.i - 1].upos in NOMINAL:
        return w.i - 1, "nominal-before"  # "Clinton's team says ...", with "says" tagged a noun
    if not any(c.deprel.startswith("nsubj") for c in doc.children(cue.head)):
        antecedent = _relative_antecedent(doc, cue)
        if antecedent is not None:
            return antecedent, "relative-antecedent"
        head = _comma_subject_head(doc, cue, inside)
        if head is not None:
            return head, "comma-subject"
        main = _main_subject(doc, cue, inside)
        if main is not None:
            return main, "main-subject"
    i, seen = cue.head, set()
    while i >= 0 and i not in seen:
        seen.add(i)
        w = doc.words[i]
        kids = [c for c in doc.children(i) if not inside(c) and not dated(c)]
        agent = [c for c in kids if c.deprel == "obl:agent" or (
            c.deprel == "obl" and any(g.lemma == "by" and g.deprel == "case" for g in doc.children(c.i)))]
        subj = [c for c in kids if c.deprel in ("nsubj",)] or agent or [
            c for c in kids if c.deprel in SUBJECTS]
        if subj:
            named = [c for c in subj if personal(c)]
            s = named[0] if len(subj) > 1 and named else subj[-1]  # "date 2022-02-04 NATO's Stoltenberg said"
            # and of two unnamed subjects the nearer: "a probe the agency said was ongoing"
            if s.text.lower() in RELATIVES and w.deprel.startswith("acl") and w.head >= 0:
                return w.head, "relative"
            rule = ("agent" if s in agent else "subject") + ("" if i == cue.head else "-inherited")
            found = _after_comma(doc, s.i, i, inside)
            return found, rule if found == s.i else "after-comma"
        if w.deprel.startswith("acl") and w.head >= 0 and personal(doc.words[w.head]):
            return w.head, "modified-noun"  # "the minister, speaking on Monday, ..."
        if w.deprel not in INHERIT_SUBJECT or w.head < 0 or inside(doc.words[w.head]):
            return _coordinated_subject(doc, cue, inside), "coordinated-subject"  # a quoted clause lends no subject
        controller = _object_controller(doc, w, inside)
        if controller is not None:
            return controller, "object-control"
        i = _outer_cue(doc, w) if w.deprel == "conj" else w.head
    return None, "none"


def _object_controller(doc: ParsedDoc, w: Word, inside) -> int | None:
    """ "This prompted the tabloid to run a cover saying ...": the object of
    the verb an infinitive complements does what the infinitive says."""
    if w.deprel != "xcomp" or w.xpos != "VB":
        return None
    obj = [c for c in doc.children(w.head) if c.deprel == "obj" and c.i < w.i and not inside(c)]
    return obj[0].i if obj else None


def _outer_cue(doc: ParsedDoc, w: Word) -> int:
    """The verb a conjunct shares its subject with. "Moscow denied it is
    preparing to invade and said ...": a reporting verb the parser hung on
    the clause another reporting verb reports shares that verb's subject."""
    k, seen = doc.words[w.head].head, 0
    while k >= 0 and seen < 3:  # the clause may hang a level or two below its cue, misparsed
        outer = doc.words[k]
        if outer.upos == "VERB" and lexicon_lemma(outer.text, outer.lemma, "speech_verbs"):
            return outer.i
        k, seen = outer.head, seen + 1
    return w.head


def _main_subject(doc: ParsedDoc, cue: CueWord, inside) -> int | None:
    """ "NATO voiced concern over the deployment, urging Moscow to ...": a
    participle after a comma speaks for the subject of the sentence's main
    verb, wherever the parser attached it."""
    w = doc.words[cue.head]
    if not w.text.lower().endswith("ing") or cue.head == 0 or doc.words[cue.head - 1].text != ",":
        return None
    sent = doc.sents[w.sent]
    root = next((x for x in doc.words[sent.first:cue.head] if x.head < 0 and x.upos in ("VERB", "AUX")), None)
    if root is None:
        return _headline_subject(doc, doc.words[sent.first:cue.head], inside)
    subj = [c for c in doc.children(root.i) if c.deprel in ("nsubj", "nsubj:pass") and not inside(c)]
    return _after_comma(doc, subj[0].i, root.i, inside) if subj else None


def _headline_subject(doc: ParsedDoc, words: list[Word], inside) -> int | None:
    """ "Alliance's chief stresses X, calling it Y": a headline's reporting
    verb, tagged as a noun, and the person named before it."""
    verb = next((x for x in words if x.head < 0 and lexicon_lemma(x.text, x.lemma, "speech_verbs")), None)
    named = [x for x in words if verb and x.i < verb.i and personal(x) and not inside(x)]
    return named[-1].i if named else None


def _after_comma(doc: ParsedDoc, subj: int, verb: int, inside) -> int:
    """A parser reads a fronted phrase as the subject: "Last month, the
    administration announced", "The museum, Mr. Bush said, celebrated". When
    a comma parts the subject from its verb and a nominal stands after that
    comma, that nominal is the subject."""
    between = doc.words[subj + 1:verb]
    commas = [w.i for w in between if w.text == ","]
    if not commas or any(w.sent != doc.words[verb].sent for w in between):
        return subj
    nominal = [w for w in doc.words[commas[-1] + 1:verb] if w.upos in NOMINAL and not inside(w)]
    return nominal[-1].i if nominal else subj


def _coordinated_subject(doc: ParsedDoc, cue: CueWord, inside) -> int | None:
    """The subject of a reporting verb coordinated just before the cue, "he
    said, but cautioned: ..." or "she called X "outrageous" and called for
    ...", whatever the parse attached the cue to."""
    sent = doc.words[cue.head].sent
    k = cue.head - 1
    while k >= 0 and doc.words[k].sent == sent and doc.words[k].upos in ("PUNCT", "CCONJ", "ADV"):
        k -= 1
    if k >= 0 and doc.words[cue.head - 1].upos == "CCONJ":  # "she called X "outrageous" and called for ..."
        k = next((x.i for x in reversed(doc.words[doc.sents[sent].first:k + 1])
                  if x.upos == "VERB" and not inside(x)), k)
    if k < 0 or inside(doc.words[k]) or doc.words[k].sent != sent:
        return None
    subj = [c for c in doc.children(k) if c.deprel.startswith("nsubj") and not inside(c)]
    return subj[0].i if subj and lexicon_lemma(doc.words[k].text, doc.words[k].lemma, "speech_verbs") else None


def comma_subject(doc: ParsedDoc, cue: CueWord, apposition: bool = True) -> list[Word] | None:
    """The noun phrase between a comma and its cue verb, "..., NATO
    Secretary General Jens Stoltenberg said" or (with `apposition`) "...,
    Washington's UN envoy, said", or after a subordinator ("a day after
    Pentagon said"): the subject, whatever the parse made of it. It must
    name someone (a proper noun or a title)."""
    w = doc.words[cue.head]
    end = w.i - 1 if apposition and w.i > 0 and doc.words[w.i - 1].text == "," and not w.text.endswith("ing") else w.i
    # "X, Washington's UN envoy, said", not "in Tulsa, Oklahoma, saying"
    k = end - 1
    while k >= 0 and doc.words[k].sent == w.sent and (
            doc.words[k].upos in ("PROPN", "NOUN", "DET", "ADJ", "NUM") or doc.words[k].text in ("'s", "’s")
            or _of_place(doc, k)):
        k -= 1
    chunk = doc.words[k + 1:end]
    opener = doc.words[k].text.lower() if k >= 0 else ""
    if not chunk or not (opener == "," or opener in SUBORDINATORS and end == w.i) or \
            not any(personal(x) for x in chunk):
        return None
    return chunk


def _of_place(doc: ParsedDoc, k: int) -> bool:
    """words[k] is the "of" of "Gov. Earl Ray Tomblin of West Virginia"."""
    return doc.words[k].text == "of" and 0 < k < len(doc.words) - 1 and \
        doc.words[k - 1].upos == doc.words[k + 1].upos == "PROPN"


def _comma_subject_head(doc: ParsedDoc, cue: CueWord, inside) -> int | None:
    """The head word of the cue's comma_subject, unless it lies in a quote."""
    chunk = comma_subject(doc, cue)
    return _chunk_head(chunk).i if chunk and not inside(chunk[-1]) else None


def _chunk_head(chunk: list[Word]) -> Word:
    """The head of a comma_subject chunk: its last word, or the last before "of"."""
    of = next((k for k, w in enumerate(chunk) if w.text == "of"), len(chunk))
    return chunk[of - 1] if of > 0 else chunk[-1]


def source_near(doc: ParsedDoc, q: Quoted, cue: CueWord) -> int | None:
    """When the parse gives no subject, the nominal standing between a quote
    and its cue ("...," Stoltenberg said) or the noun phrase just after the
    cue ("...," said the defence minister) is the speaker."""
    between = doc.between(q.end, cue.start)
    gap = [w for w in between if w.upos not in FUNCTION_TAGS]
    if gap:
        return _named_before_apposition(between) or gap[-1].i
    run = []
    for w in doc.words[cue.last + 1:cue.last + 7]:
        misread = w.upos in ("VERB", "AUX") and w.text[:1].isupper()  # "said Will Doyle", "Will" read as a modal
        if w.sent != doc.words[cue.head].sent or (w.upos in ("PUNCT", "ADP", "VERB", "AUX") and not misread):
            break
        run.append(w)
    nominal = [w for w in run if w.upos in NOMINAL or (w.text.islower() and w.text in lexicon("titles"))]
    return nominal[-1].i if nominal else None  # "said his secretary general", "general" tagged ADJ


def _named_before_apposition(words: list[Word]) -> int | None:
    """ "...," Mr. Kaplan, a screenwriter and former studio executive, said:
    the words between a quote and its cue parted by commas hold a name and
    its apposition; the speaker is the first comma-part that holds a proper
    noun, at the last word of its first noun run ("Sen. Marco Rubio of
    Florida" -> Rubio). A part opened by a preposition or conjunction runs
    the quote's sentence on ("...” than that of the CIA chief, Zuckoff
    said): no speaker."""
    parts, part = [], []
    for w in words:
        if w.text == ",":
            parts.append(part)
            part = []
        elif w.upos != "PUNCT":
            part.append(w)
    parts = [p for p in parts + [part] if p]
    if len(parts) < 2:
        return None
    named = next((p for p in parts if any(w.upos == "PROPN" for w in p)  # not the quote's sentence run on:
                  and p[0].upos not in ("ADP", "SCONJ", "CCONJ", "ADV")), None)  # "... than that of the CIA chief"
    if named is None:
        return None
    run = []
    for w in named:
        if w.upos in ("NOUN", "PROPN"):
            run.append(w)
        elif run:
            break
    return run[-1].i if run else None


def signed_by(doc: ParsedDoc, q: Quoted) -> int | None:
    """A quote signed with a dash and a name closing its paragraph
    (“...” ― Christina Lastra.): the name's last word."""
    m = SIGNATURE.match(doc.text, q.end)
    if not m:
        return None
    end = doc.text.find("\n", m.end())
    words = doc.between(m.end(), len(doc.text) if end < 0 else end)
    while words and words[-1].upos == "PUNCT":
        words = words[:-1]
    if not words or len(words) > 6 or any(w.upos != "PROPN" for w in words):
        return None
    return words[-1].i


def labelled_by(doc: ParsedDoc, q: Quoted) -> int | None:
    """A quote opening its line after a short capitalised label and a colon,
    as headlines write it ("Finland: «We will help the US»"): the label's last word."""
    line = doc.text.rfind("\n", 0, q.open_mark) + 1
    label = doc.text[line:q.open_mark].rstrip()
    if not label.endswith(":") or not label[:1].isupper() or len(label.split()) > 3:
        return None
    words = [w for w in doc.between(line, q.open_mark) if w.upos != "PUNCT"]
    return words[-1].i if words and all(w.text[:1].isupper() for w in words) else None


def turn_of(doc: ParsedDoc, q: Quoted) -> int | None:
    """A transcript turn quoted whole ("PENCE: Well, look, ..."): the
    speaker's label's last word, at the start of the quote."""
    m = TURN.match(doc.text, q.start)
    words = [w for w in doc.between(q.start, m.end() - 2) if w.upos != "PUNCT"] if m else []
    return words[-1].i if words else None


def according_phrase(doc: ParsedDoc, cue: CueWord) -> list[Word]:
    """ "according to X": the words from "according" to the comma or sentence end."""
    sent = doc.sents[doc.words[cue.head].sent]
    out = []
    for w in doc.words[cue.head:sent.last]:
        if w.i > cue.last and w.upos == "PUNCT" and w.text in ",;:.!?()—–":
            break
        out.append(w)
    return out


def according_source(doc: ParsedDoc, cue: CueWord) -> int | None:
    """The head of the first noun phrase after "according to"."""
    phrase = [w for w in according_phrase(doc, cue) if w.i > cue.last]
    ids = {w.i for w in phrase}
    for w in phrase:
        if w.upos in NOMINAL or w.text[:1].isupper():
            while w.head in ids and doc.words[w.head].upos in NOMINAL and w.head > w.i:
                w = doc.words[w.head]
            return w.i
    return None


def relative_pronoun(doc: ParsedDoc, c: Word) -> Word | None:
    """The "who" or "which" subject of the clause headed by c."""
    return next((k for k in doc.children(c.i)
                 if k.deprel.startswith("nsubj") and k.text.lower() in ("who", "which")), None)


def _relative_antecedent(doc: ParsedDoc, cue: CueWord) -> int | None:
    """ "Derek Mitchell, who served as ambassador, said": with the relative
    clause parsed as the cue's, its antecedent (the name before ", who")."""
    for c in doc.children(cue.head):
        who = relative_pronoun(doc, c)
        if c.i < cue.head and who is not None and who.i >= 2 and doc.words[who.i - 1].text == ",":
            w = doc.words[who.i - 2]
            while w.deprel in ("flat", "compound") and 0 <= w.head < w.i:
                w = doc.words[w.head]
            return w.i if w.upos in NOMINAL else None
    return None


def source_candidates(doc: ParsedDoc, cue: CueWord, inside, q: Quoted | None = None) -> list[tuple[int, str]]:
    """Every word some speaker rule would take as the cue's source, each
    rule on its own (find_source runs them as a cascade and takes the
    first): for the learned choice to weigh. Also the name nearest before
    the cue in its sentence and the first name after it ("said X")."""
    w = doc.words[cue.head]
    kids = [c for c in doc.children(cue.head) if not inside(c)]
    found = [
        ("subject", next((c.i for c in kids if c.deprel.startswith("nsubj")), None)),
        ("agent", next((c.i for c in kids if c.deprel == "obl:agent"), None)),
        ("comma-subject", _comma_subject_head(doc, cue, inside) if cue.kind == "verb" else None),
        ("relative-antecedent", _relative_antecedent(doc, cue)),
        ("main-subject", _main_subject(doc, cue, inside)),
        ("participle-subject", _participle_subject(doc, cue, inside)),
        ("coordinated-subject", _coordinated_subject(doc, cue, inside) if cue.kind == "verb" else None),
        ("beside-quote", source_near(doc, q, cue) if q is not None and q.end <= cue.start else None),
        ("name-before", _name_near(doc, w, inside, before=True)),
        ("name-after", _name_near(doc, w, inside, before=False)),
    ]
    out: list[tuple[int, str]] = []
    for rule, i in found:  # "who" names nobody: the rules take its antecedent
        if i is not None and i != cue.head and doc.words[i].text.lower() not in RELATIVES and all(
                i != j for j, _ in out):
            out.append((i, rule))
    return out


def _hyphen_modifier(doc: ParsedDoc, x: Word) -> bool:
    """A name glued by a hyphen to a lower-case word: "his Orlando-based
    district" names a place the word describes, nobody who speaks."""
    k = x.i + 1
    return k + 1 < len(doc.words) and glued_hyphen(doc, k) and doc.words[k + 1].text[:1].islower()


def _noun_modifier(doc: ParsedDoc, x: Word) -> bool:
    """A name modifying a common noun after it: "the Sanders aide", "Trump
    supporters" are someone of his, not him."""
    return x.deprel == "compound" and x.head > x.i and doc.words[x.head].upos == "NOUN"


def _name_near(doc: ParsedDoc, w: Word, inside, before: bool) -> int | None:
    """The last word naming someone before w in its sentence (or the first
    within six words after it), a name's last word."""
    sent = doc.sents[w.sent]
    words = doc.words[sent.first:w.i] if before else doc.words[w.i + 1:min(sent.last, w.i + 7)]
    names = [x for x in words if personal(x) and not inside(x) and x.upos != "PRON" and not _hyphen_modifier(doc, x)
             and not _noun_modifier(doc, x)]
    if not names:
        return None
    k = names[-1] if before else names[0]
    while k.i + 1 < sent.last and doc.words[k.i + 1].upos == "PROPN" and not inside(doc.words[k.i + 1]):
        k = doc.words[k.i + 1]  # "Jens Stoltenberg": the name's last word
    return k.i
