"""Speech cues: reporting verbs, reporting nouns and "according to".

Each finder is a small pure function over a ParsedDoc. Cues inside quoted
text never count: the words of a quote are not its attribution.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from quotes.lexicon import forms
from quotes.lexicon import words as lexicon
from quotes.parse import ParsedDoc, Word

CueKind = Literal["verb", "noun", "according", "as"]
CLAUSE_RELS = ("ccomp", "acl", "csubj")
CLAUSE_MARKS = ("that", "whether", "if")


@dataclass(frozen=True, slots=True)
class CueWord:
    head: int  # index of the word that governs the cue (verb, noun, "according")
    last: int  # index of the cue's last word ("to" in "according to")
    lemma: str
    kind: CueKind
    start: int
    end: int


def lemma_forms(text: str, lemma: str = "") -> set[str]:
    """The tagger's lemma plus regular de-inflections of the word, so that a
    verb the lemmatizer has not seen ("tweeted") still matches the lexicon."""
    low = text.lower()
    forms = {lemma.lower(), low} - {""}
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""),
                         ("s", ""), ("ing", ""), ("ing", "e")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)] + repl
            forms.add(stem)
            if len(stem) > 3 and stem[-1] == stem[-2]:  # "urged" is fine, "admitted" -> "admit"
                forms.add(stem[:-1])
    return forms


@lru_cache(maxsize=131072)  # called for every word, several times: news repeats its words
def lexicon_lemma(text: str, lemma: str, name: str) -> str | None:
    """The lexicon lemma a word matches: by its lemma, a listed irregular
    form, or a regular de-inflection; None if it is not in the lexicon."""
    listed = forms(name)
    for form in (lemma.lower(), text.lower()):
        if form in listed:
            return listed[form]
    hits = sorted((f for f in lemma_forms(text, lemma) if f in listed), key=len, reverse=True)
    return listed[hits[0]] if hits else None


def verb_cues(doc: ParsedDoc, inside, loose: bool = False, verbs: str = "speech_verbs") -> list[CueWord]:
    """Verbs whose lemma is a reporting verb ("said", "warned", "urges"). A
    past form ("said", "warned") counts even when the tagger calls it a noun:
    such forms are verbs in news text, and a missed cue loses a quote. With
    `loose`, any word form of a reporting verb counts, whatever its tag;
    `verbs` names the lexicon (fragment_verbs: "blasted", "likened")."""
    out = []
    for w in doc.words:
        if w.upos in ("AUX", "PUNCT") or inside(w) or (loose and _name_part(w)) or _imperative(doc, w):
            continue
        lemma = lexicon_lemma(w.text, w.lemma, verbs)
        if lemma in lexicon("bare_cues") and any(c.deprel == "obj" for c in doc.children(w.i)):
            continue  # "continuing its military buildup"
        if lemma and (loose or w.upos == "VERB" or _past_form(w.text, lemma, verbs)):
            out.append(CueWord(w.i, w.i, lemma, "verb", w.start, w.end))
    return out


def _imperative(doc: ParsedDoc, w: Word) -> bool:
    """A bare verb opening its sentence with no subject ("Answer to 'How
    the Navy could ...'", a link's title) tells someone to speak; nobody
    reports anything."""
    return w.xpos == "VB" and w.i == doc.sents[w.sent].first and not any(
        c.deprel.startswith("nsubj") for c in doc.children(w.i))


def _name_part(w: Word) -> bool:
    """A capitalised proper noun modifying a noun is part of a name or a
    title ("former State policy director"), whatever verb it spells."""
    return w.upos == "PROPN" and w.deprel == "compound" and w.text[:1].isupper()


def _past_form(text: str, lemma: str, verbs: str = "speech_verbs") -> bool:
    """A form only a verb has: "-ed", a listed irregular form, or "says"
    (the tagger calls it a plural noun in "Clinton's team says she'll ...")."""
    low = text.lower()
    return low != lemma and (low.endswith("ed") or forms(verbs).get(low) == lemma or low == "says")


def noun_cues(doc: ParsedDoc, inside) -> list[CueWord]:
    """Reporting nouns that govern a clause: "his statement that Russia ..."."""
    out = []
    for w in doc.words:
        if w.upos != "NOUN" or inside(w):
            continue
        lemma = lexicon_lemma(w.text, w.lemma, "speech_nouns")
        if lemma and (any(c.deprel.split(":")[0] in CLAUSE_RELS and _has_that(doc, c.i) for c in doc.children(w.i))
                      or _that_next(doc, w)):
            out.append(CueWord(w.i, w.i, lemma, "noun", w.start, w.end))
    return out


def _that_next(doc: ParsedDoc, w: Word) -> bool:
    """ "Trump's claim that there have been ...", the parse missing the
    clause: "that" right after the noun, then a subject."""
    nxt = doc.words[w.i + 1:w.i + 3]
    return len(nxt) == 2 and nxt[0].text.lower() == "that" and nxt[1].upos in ("PRON", "PROPN", "NOUN", "DET", "NUM")


def according_cues(doc: ParsedDoc, inside) -> list[CueWord]:
    """ "according to": the cue is both words, its source the nominal they mark."""
    out = []
    for w in doc.words[:-1]:
        nxt = doc.words[w.i + 1]
        if w.text.lower() == "according" and nxt.text.lower() == "to" and not inside(w):
            out.append(CueWord(w.i, nxt.i, "according to", "according", w.start, nxt.end))
    return out


def as_put_cues(doc: ParsedDoc, inside) -> list[CueWord]:
    """ "as a Homeland Security memo put it": the cue is "put it", its source
    the words between "as" and "put", what was said the clause beside it."""
    out = []
    for w in doc.words[:-1]:
        nxt = doc.words[w.i + 1]
        if w.lemma.lower() == "put" and nxt.text.lower() == "it" and not inside(w) and as_before(doc, w) is not None:
            out.append(CueWord(w.i, nxt.i, "put it", "as", w.start, nxt.end))
    return out


def as_before(doc: ParsedDoc, w: Word) -> Word | None:
    """The "as" opening "as X put it" before the verb w, within a few words
    and no punctuation between."""
    for x in reversed(doc.words[max(0, w.i - 8):w.i]):
        if x.sent != w.sent or x.upos == "PUNCT":
            return None
        if x.text.lower() == "as":
            return x if x.i < w.i - 1 else None
    return None


def _has_that(doc: ParsedDoc, i: int) -> bool:
    return any(c.deprel == "mark" and c.lemma.lower() in CLAUSE_MARKS
               for c in doc.children(i))


def verb_cue_form(w: Word) -> bool:
    """A word verb_cues can take as a cue, judged by its tag alone."""
    if w.upos in ("AUX", "PUNCT"):
        return False
    lemma = lexicon_lemma(w.text, w.lemma, "speech_verbs")
    return bool(lemma) and (w.upos == "VERB" or _past_form(w.text, lemma))


def inflected_cue_form(w: Word) -> bool:
    """An inflected form of a reporting verb whatever its tag ("insists",
    "saying" tagged as nouns; not "report" or "call", which are nouns far
    more often than verbs): a guess worth parsing for."""
    if w.upos in ("AUX", "PUNCT"):
        return False
    lemma = lexicon_lemma(w.text, w.lemma, "speech_verbs")
    return bool(lemma) and (verb_cue_form(w) or w.text.lower() != lemma)
