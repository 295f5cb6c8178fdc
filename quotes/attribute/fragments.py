"""Quoted fragments: mixed quotes around a short quoted phrase that no
reported clause took in ("called Trump a "pathological liar"")."""
from __future__ import annotations

from quotes.cues import CueWord
from quotes.lexicon import words as lexicon
from quotes.marks import Quoted
from quotes.parse import ParsedDoc, Word
from quotes.attribute.model import Attribution, Quotes, crosses_quote
from quotes.attribute.reported import clause_end, clause_start, cue_conjunct
from quotes.attribute.speakers import find_source, source_near
from quotes.attribute.words import (
    DASHES, QUOTE_MARKS, SIDE_RELS, WINDOW, in_title, lstrip_punct, participle_after, predicate_after,
    sent_at, speaker_between, states, strip_that)

FRAMES = ("as", "for", "to", "like")  # "criticized X as "Y"", "blasted X for "Y"", "likened X to "Y""
PREDICATES = ("VERB", "AUX", "ADJ", "NOUN", "ADV")  # what a subject after the person told hangs on ("he was "there"")


def fragment_quotes(doc: ParsedDoc, quotes: Quotes, cues: list[CueWord], taken: list[tuple[int, int]],
                    reported: dict[int, int]) -> list[Attribution]:
    """Mixed quotes around a quoted fragment that no clause took in: from
    the cue's complement to the end of its clause ("called Trump a
    "pathological liar" who is "utterly amoral"", one record per cue)."""
    out = []
    for q in quotes.spans:
        if q in quotes.full or any(s <= q.start < e for s, e in taken):
            continue
        before = [c for c in cues if c.end <= q.open_mark and doc.words[c.head].sent == sent_at(doc, q.start)]
        if not before:
            att = _fragment_before_cue(doc, q, cues, quotes)
            if att:
                out.append(att)
                taken.append((att.start, att.end))
            continue
        cue = before[-1]
        mark = doc.word_at(q.open_mark)
        if q.end <= reported.get(cue.head, -1) and mark is not None and in_title(doc, mark):
            continue  # "told MSNBC's “Morning Joe” that ...": a name between the cue and its clause
        gap = doc.between(cue.end, q.open_mark)
        if len([w for w in gap if w.upos != "PUNCT"]) > WINDOW or crosses_quote(cue.end, q.open_mark, quotes):
            continue
        if not _framed(gap, cue):
            continue
        gap = _without_particle(lstrip_punct(_complement(doc, gap, cue)))
        start = gap[0].start if gap else q.open_mark
        after = q.outer_end
        agent = _agent_after(doc, cue, after)
        end = after if agent else _fragment_end(doc, cue, after, clause_end(doc, cue, start, cues), quotes)
        end = max([end] + [f.outer_end for f in quotes.spans if f.start < end <= f.end])  # a quote ends whole
        parts = [(f.start, f.end) for f in quotes.spans if start <= f.open_mark and f.end <= end and f not in quotes.full]
        source, found_by = (agent.i, "agent-after") if agent else find_source(doc, cue, quotes.inside)
        att = Attribution("mixed", start, end, parts, cue, source, 0.6 if source is not None else 0.3,
                          rules=["content:fragment", f"speaker:{found_by}"])
        att.propose(q.open_mark, q.outer_end, "alt:fragment-alone", [(q.start, q.end)], "direct")
        out.append(att)
        taken.append((start, end))
    return out


def _without_particle(gap: list[Word]) -> list[Word]:
    """The gap without the preposition its verb takes ("referred [to]
    immigrants as "criminals"": PolNeAR's cue is "referred to"); a gap of a
    preposition alone stays ("compared to "a circus"")."""
    if len(gap) > 1 and gap[0].upos == "ADP" and gap[0].deprel == "case" and gap[1].text not in QUOTE_MARKS:
        return gap[1:]
    return gap


def _framed(gap: list[Word], cue: CueWord) -> bool:
    """A framing verb (lexicons/fragment_verbs.txt) frames the fragment it
    takes as object or through "as", "for", "to" ("blasted the media for
    being "dishonest""), not one inside another phrase ("sing the anthem
    in the face of the "hybrid threats"")."""
    if cue.lemma not in lexicon("fragment_verbs"):
        return True
    preps = [w for w in gap if w.upos == "ADP" or w.upos == "SCONJ" and w.text.lower() in FRAMES]  # "for helping"
    return not preps or preps[-1].text.lower() in FRAMES


def _agent_after(doc: ParsedDoc, cue: CueWord, end: int) -> Word | None:
    """The agent right after a passive cue's fragment ("was hailed as a
    "good signal" by Chancellor Scholz"): the source, and no part of the quote."""
    if not any(c.deprel == "aux:pass" for c in doc.children(cue.head)):
        return None
    nxt = next((w for w in doc.between(end, len(doc.text)) if w.upos != "PUNCT"), None)
    return doc.words[nxt.head] if nxt and nxt.lemma.lower() == "by" and nxt.deprel == "case" else None


def _fragment_before_cue(doc: ParsedDoc, q: Quoted, cues: list[CueWord], quotes: Quotes) -> Attribution | None:
    """ 'This is "roughly the same advantage she has held all month,"
    reported Reuters.': a sentence ending in a fragment, its cue right
    after it (or after the speaker's name: '..., retired general Lloyd
    Newton said'), is a mixed quote from the sentence start."""
    end = q.outer_end
    cue = next((c for c in cues if c.start >= end), None)
    if cue is None or doc.words[cue.head].sent != sent_at(doc, q.start):
        return None
    gap = doc.between(end, cue.start)
    if len(gap) > 2 and not speaker_between(gap):
        return None
    start = clause_start(doc, cue, q.open_mark, cues)
    if start >= q.open_mark or not states(doc.between(start, end)):
        return None
    source, found_by = source_near(doc, q, cue), "beside-quote"
    if source is None:
        source, found_by = find_source(doc, cue, quotes.inside)
    return Attribution("mixed", start, end, [(q.start, q.end)], cue, source, 0.6 if source is not None else 0.3,
                       rules=["content:fragment-before-cue", f"speaker:{found_by}"])


def _new_clause(words: list[Word], k: int) -> bool:
    """words[k] is the comma of ", and he welcomed ...": a coordinated
    clause with a subject of its own (not "and that ...", a second reported
    clause of the same cue)."""
    return words[k].text == "," and _coordinated_clause(words[k + 1:k + 5])


def _coordinated_clause(after: list[Word]) -> bool:
    return len(after) > 1 and after[0].upos == "CCONJ" and after[1].text.lower() != "that" and any(
        w.deprel.startswith("nsubj") for w in after[1:])


def _fragment_end(doc: ParsedDoc, cue: CueWord, end: int, limit: int, quotes: Quotes) -> int:
    """How far the clause around a fragment ending at `end` goes on: up to
    `limit`, stopping before a new clause (", and he welcomed ...", ";"),
    a verb coordinated with the cue ("tweeted that X was "Y" and
    encouraged ..."), the cue's own time or circumstance ("blasted her as
    a "disgrace" Wednesday on ..." right after the fragment), a dash right
    after it, a participle after a comma (", implicitly putting ..."), a
    bracket or a line break. A comma inside the closing mark counts as one
    after it before a clause with a finite verb ("jobs, jobs, jobs," but he has ...)."""
    words = doc.between(end, limit)
    last = end
    side = {doc.subtree(c.i)[0].i for c in doc.children(cue.head) if c.deprel in SIDE_RELS}
    comma_inside = doc.text[:end].rstrip("".join(QUOTE_MARKS)).endswith(",")
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else w
        if "\n" in doc.text[last:w.start] or w.text in (";", "(", "[") or _new_clause(words, k) or \
                cue_conjunct(doc, [w, nxt], cue) or w.i in side or participle_after(words, k) or \
                (predicate_after(doc, words, k) and not quotes.inside(w)):
            break
        if last == end and _right_after(words[k:k + 4], comma_inside):
            break
        if w.upos != "PUNCT" or w.text in QUOTE_MARKS:
            last = w.end
    return last


def _right_after(words: list[Word], comma_inside: bool) -> bool:
    """What ends a fragment's clause only right after the fragment: the
    cue's circumstance (lexicons/cue_circumstances.txt), a dash, or, after a
    comma inside the closing mark, a coordinated clause with a finite verb."""
    w = words[0]
    return w.text.lower() in lexicon("cue_circumstances") or w.text in DASHES or comma_inside and \
        _coordinated_clause(words) and any("VerbForm=Fin" in x.feats for x in words)


def _complement(doc: ParsedDoc, gap: list[Word], cue: CueWord) -> list[Word]:
    """The words between a cue and a fragment that belong to what is
    reported: after a "that" ("tweeted in the early hours that X was "Y""),
    from the "to" of a request ("told his supporters to "go""), from the
    subject after the person told ("told voters this weekend he would
    consider it an "insult"", "told the Post he was "not quite there""),
    else all."""
    that = [k for k, w in enumerate(gap[:-1]) if w.text.lower() == "that" and (  # "hours that X was": a
        w.upos == "SCONJ" or gap[k + 1].upos not in ("VERB", "AUX"))]  # relative "that" needs its verb next
    if that:
        return gap[that[-1] + 1:]
    to = [k for k, w in enumerate(gap) if w.text.lower() == "to" and w.upos == "PART"]
    if to and cue.lemma in lexicon("request_verbs"):
        return gap[to[0]:]
    subj = [k for k, w in enumerate(gap) if k > 0 and w.deprel.startswith("nsubj") and w.head > w.i
            and doc.words[w.head].upos in PREDICATES]
    if subj and cue.lemma in lexicon("recipient_verbs"):  # "told African-Americans this weekend he would"
        first = doc.subtree(gap[subj[-1]].i)[0].i
        return [w for w in gap if w.i >= first]
    return strip_that(gap) or gap
