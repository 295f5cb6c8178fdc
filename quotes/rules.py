"""The registry of rules: every rule that proposes or shapes an attribution,
what it finds, and which sentences it needs parsed.

A rule either has a trigger of its own, a test on a sentence's words by
their tags alone (before any dependency parse) that tells whether the rule
can fire there, or it works only on sentences another rule selects: "cue",
the sentence of its cue; "quote", the sentences of its quote. The sentences
to parse (`parse_selector`) are those some trigger accepts, and the cues of
a document (`find_cues`) are what the cue rules find. An attribution lists
the rules behind it (`Attribution.rules`), and `quotes eval` scores each.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Callable, Literal

from quotes.cues import (CLAUSE_MARKS, CueWord, according_cues, as_put_cues, inflected_cue_form, lexicon_lemma,
                         noun_cues, verb_cue_form, verb_cues)
from quotes.marks import Quoted
from quotes.parse import ParsedDoc, Word

Trigger = Callable[[list[Word], "QuotedIndex"], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    finds: str
    needs: Literal["trigger", "cue", "quote"]
    trigger: Trigger | None = None
    find: Callable[[ParsedDoc, Callable], list[CueWord]] | None = None  # a cue rule's finder


class QuotedIndex:
    """Quoted spans (marks included), for asking whether a sentence touches one."""

    def __init__(self, quoted: list[Quoted]):
        self.spans = sorted((q.open_mark, q.end + 1) for q in quoted)  # top-level: ends ascend too
        self.ends = [b for _, b in self.spans]

    def touched(self, start: int, end: int) -> tuple[int, int] | None:
        """The first span overlapping [start, end), if any."""
        k = bisect.bisect_right(self.ends, start)
        return self.spans[k] if k < len(self.spans) and self.spans[k][0] < end else None


def _quote_in(words: list[Word], quoted: QuotedIndex) -> bool:
    """The sentence overlaps a quoted span without lying wholly inside it
    (a quote's own words hold no cue of its attribution)."""
    span = quoted.touched(words[0].start, words[-1].end)
    return span is not None and not (span[0] <= words[0].start and words[-1].end <= span[1])


def _verb_trigger(words: list[Word], quoted: QuotedIndex) -> bool:
    return any(verb_cue_form(w) for w in words)


def _noun_trigger(words: list[Word], quoted: QuotedIndex) -> bool:
    marked = any(w.lemma.lower() in CLAUSE_MARKS for w in words)
    return marked and any(lexicon_lemma(w.text, w.lemma, "speech_nouns") for w in words)


def _loose_trigger(words: list[Word], quoted: QuotedIndex) -> bool:
    return any(inflected_cue_form(w) for w in words)


def _word_trigger(word: str) -> Trigger:
    return lambda words, quoted: any(w.text.lower() == word for w in words)


RULES: dict[str, Rule] = {r.name: r for r in [
    # cues
    Rule("cue:verb", "a reporting verb (lexicons/speech_verbs.txt) by its tag or a past form", "trigger",
         _verb_trigger, verb_cues),
    Rule("cue:noun", "a reporting noun governing a that/whether/if clause", "trigger", _noun_trigger, noun_cues),
    Rule("cue:according", "\"according to\"", "trigger", _word_trigger("according"), according_cues),
    Rule("cue:as", "\"as X put it\"", "trigger", _word_trigger("put"), as_put_cues),
    Rule("cue:untagged-verb", "an inflected reporting verb the tagger did not call a verb (\"insists\" as a noun)",
         "trigger", _loose_trigger),
    Rule("cue:after", "a direct quote's cue after it (\"...,\" she said)", "quote"),
    Rule("cue:before", "a direct quote's cue before it in its sentence (He said: \"...\")", "quote"),
    Rule("cue:previous", "the last cue of the sentence before a direct quote", "quote"),
    Rule("cue:none", "a direct quote without a cue", "quote"),
    # contents
    Rule("content:quoted", "a full quote in quotation marks", "trigger", _quote_in),
    Rule("content:joined", "a quote that resumes after its cue (\"A,\" he said, \"B.\")", "quote"),
    Rule("content:runs-on", "plain words after a quote up to its speaker (\"“A” to do X, she said\")", "quote"),
    Rule("content:complement", "the cue's clausal complement (said [that] X)", "cue"),
    Rule("content:complement-with-object", "a complement with the object the parse split off", "cue"),
    Rule("content:request", "object and infinitive of a request (urged Moscow to X)", "cue"),
    Rule("content:commitment", "the infinitive of a commitment (pledged to X)", "cue"),
    Rule("content:object-clause", "an object running into a verb, a misparsed clause", "cue"),
    Rule("content:noun-clause", "the that-clause of the cue's object (expressed concern that X)", "cue"),
    Rule("content:said-object", "an object of \"say\" that runs into a verb", "cue"),
    Rule("content:that-after", "a \"that\" after the cue or its recipient, to the sentence end", "cue"),
    Rule("content:object", "what an object cue takes (called for X, called X a Y)", "cue"),
    Rule("content:said-rest", "the clause after a \"says\" tagged a noun", "cue"),
    Rule("content:clause-before", "the clause a parenthetical cue interrupts (X, he said)", "cue"),
    Rule("content:before-comma", "the clause before \", NAME said\"", "cue"),
    Rule("content:rest-of-sentence", "the rest of a cue's sentence, when no rule finds what it reports", "cue"),
    Rule("content:parenthetical", "the sentence around a cue set between commas", "cue"),
    Rule("content:according", "the sentence around \"according to X\"", "cue"),
    Rule("content:as-put-it", "the clause beside \"as X put it\"", "cue"),
    Rule("content:fragment", "a clause around a quoted fragment (called it a \"new normality\")", "quote"),
    Rule("content:fragment-before-cue", "a sentence ending in a fragment, its cue after it", "quote"),
    # where a content starts and ends
    Rule("start:clause-start", "a reported clause before its cue starts at the sentence or an earlier cue", "cue"),
    Rule("end:clause-end", "a reported clause runs to the sentence end or a later cue", "cue"),
    Rule("end:before-participle", "ends before \", warning of ...\" (another cue's participle)", "cue"),
    Rule("end:before-parallel-verb", "ends before \"and rejected ...\" (a verb parallel to the cue)", "cue"),
    Rule("end:before-contrast", "ends before \", while Y said ...\" (another speaker's clause)", "cue"),
    Rule("end:before-direct", "ends before a direct quote joined by \"and\"", "cue"),
    Rule("end:before-nested-cue", "ends before a later cue with its own clause", "cue"),
    # other readings of a content, for the learned choice
    Rule("alt:as-parsed", "a reported clause as the parse gives it, not run on to the sentence end", "cue"),
    Rule("alt:sentence-end", "a reported clause run on to the end of its sentence", "cue"),
    Rule("alt:uncut", "a reported clause not cut before a participle or a parallel verb", "cue"),
    Rule("alt:untrimmed", "a reported clause not cut before a later cue or direct quote", "cue"),
    Rule("alt:first-clause", "a reported clause cut at a comma, semicolon or dash after its first finite verb", "cue"),
    Rule("alt:before-relative", "a reported clause cut before \", who ...\" or \", which ...\"", "cue"),
    Rule("alt:before-conjunct", "a reported clause cut before a coordinated verb with no subject of its own", "cue"),
    Rule("alt:joined-next", "a direct quote and the next one as one content", "quote"),
    Rule("alt:with-clause", "a direct quote with the clause its cue opens (said that if X, \"Y\")", "quote"),
    Rule("alt:fragment-alone", "a quoted fragment without the clause around it", "quote"),
    # speakers
    Rule("speaker:subject", "the cue's subject", "cue"),
    Rule("speaker:subject-inherited", "a subject inherited through conj, xcomp, advcl or parataxis", "cue"),
    Rule("speaker:object-control", "the object of the verb above an infinitive (urged Moscow to say)", "cue"),
    Rule("speaker:agent", "a passive cue's agent (by X)", "cue"),
    Rule("speaker:agent-inherited", "an agent inherited through the verbs above the cue", "cue"),
    Rule("speaker:agent-after", "the agent right after a passive cue's fragment", "quote"),
    Rule("speaker:after-comma", "the nominal after a fronted phrase's comma (Last month, the agency said)", "cue"),
    Rule("speaker:relative", "the noun a \"who\" cue clause modifies", "cue"),
    Rule("speaker:relative-antecedent", "the name before \", who ..., said\"", "cue"),
    Rule("speaker:comma-subject", "the name between a comma and its cue (\"..., NATO's chief said\")", "cue"),
    Rule("speaker:main-subject", "the main verb's subject, for a participle after a comma", "cue"),
    Rule("speaker:modified-noun", "the noun a participle cue modifies (the minister, speaking ...)", "cue"),
    Rule("speaker:coordinated-subject", "the subject of a reporting verb coordinated before the cue", "cue"),
    Rule("speaker:participle-subject", "the first subject before a participle cue", "cue"),
    Rule("speaker:nominal-before", "the nominal before a \"says\" tagged a noun", "cue"),
    Rule("speaker:possessor", "a reporting noun's possessor (his statement that ...)", "cue"),
    Rule("speaker:according", "the noun phrase after \"according to\"", "cue"),
    Rule("speaker:as-nominal", "the nominal of \"as X put it\"", "cue"),
    Rule("speaker:beside-quote", "the nominal between a quote and its cue, or just after the cue", "quote"),
    Rule("speaker:previous-quote", "the speaker of the quote before, for a quote after its cue's sentence", "quote"),
    Rule("speaker:turn", "a transcript label (PENCE: ...)", "quote"),
    Rule("speaker:signature", "a name signing a quote after a dash", "quote"),
    Rule("speaker:label", "a short label and colon before a quote (Finland: «...»)", "quote"),
    Rule("speaker:follows", "the previous quote's speaker, for a bare quote that continues it", "quote"),
    Rule("speaker:paragraph-before", "the speaker the paragraph before reports", "quote"),
    Rule("speaker:name-before", "the name nearest before the cue in its sentence", "cue"),
    Rule("speaker:name-after", "the first name within six words after the cue (said X)", "cue"),
    Rule("speaker:previous-speaker", "the source of the attribution before", "cue"),
    Rule("speaker:none", "no source found", "cue"),
    Rule("alt:speaker", "another rule's source word for the same content", "cue"),
]}


def parse_selector(quoted: list[Quoted]) -> Callable[[list[Word]], bool]:
    """Which sentences need a dependency parse: those the trigger of some
    rule accepts; every other rule works inside those (its cue's or its
    quote's sentences), so nothing fires on a sentence left unparsed."""
    index = QuotedIndex(quoted)
    triggers = [r.trigger for r in RULES.values() if r.trigger is not None]

    def deep(words: list[Word]) -> bool:
        if not words:
            return False
        span = index.touched(words[0].start, words[-1].end)
        if span is not None and span[0] <= words[0].start and words[-1].end <= span[1]:
            return False  # all quoted: no cue, no attribution
        return any(t(words, index) for t in triggers)
    return deep


def find_cues(doc: ParsedDoc, inside) -> list[CueWord]:
    """All cues of a document in text order, from the cue rules' finders;
    `inside(word)` is true for quoted words."""
    cues = [c for r in RULES.values() if r.find is not None for c in r.find(doc, inside)]
    return sorted(cues, key=lambda c: c.start)
