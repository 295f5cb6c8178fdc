"""Attribution: link quoted spans and reported clauses to their cue and source.

Input: a ParsedDoc, the quoted spans from quotes.marks and the cues from
quotes.cues. Output: `Attribution`s (content span, type, cue, source word),
before any entity resolution. The rules read the dependency parse; positions
in text are used only where the parse cannot tell (a quote beside its cue).

One module per finder: `direct` (quotes in marks and the cue beside them),
`reported` (the clause a cue reports), `fragments` (quoted fragments no
clause took in); `speakers` finds the source word of a cue for all three;
`model` holds the Attribution and the quote index, `words` the word-list
helpers they share.
"""
from __future__ import annotations

from quotes.cues import CueWord, inflected_cue_form, verb_cues
from quotes.rules import find_cues
from quotes.marks import Quoted, find_quoted
from quotes.parse import ParsedDoc
from quotes.attribute.direct import direct_quotes, in_reported_clause, reports_clause_after
from quotes.attribute.fragments import fragment_quotes
from quotes.attribute.model import Attribution, Quotes
from quotes.attribute.reported import before_direct, indirect_quotes, trim_nested
from quotes.attribute.speakers import source_candidates


def _with_loose(cues: list[CueWord], loose: list[CueWord]) -> list[CueWord]:
    """Cues for direct quotes: a reporting verb beside a quote is a cue even
    when the tagger missed it ("...," the sources conclude)."""
    have = {c.head for c in cues}
    return sorted(cues + [c for c in loose if c.head not in have], key=lambda c: c.start)


def attribute(doc: ParsedDoc, quoted: list[Quoted] | None = None) -> list[Attribution]:
    """All attributions of a parsed document, in text order."""
    quoted = find_quoted(doc.text) if quoted is None else quoted
    quotes = Quotes(doc, quoted)
    cues = find_cues(doc, quotes.inside)
    loose = verb_cues(doc, quotes.inside, loose=True)
    direct = direct_quotes(doc, quotes, _with_loose(cues, loose))
    direct, indirect, used = _with_clauses(doc, quotes, cues, direct)
    taken = [(a.start, a.end) for a in direct + indirect]
    framing = _with_loose([c for c in cues if c.head not in used], verb_cues(doc, quotes.inside, verbs="fragment_verbs"))
    reported = {a.cue.head: a.start for a in indirect}
    mixed = fragment_quotes(doc, quotes, framing, taken, reported)
    kept = _outside_others(_one_each(direct + indirect + mixed))
    kept += _guesses(doc, quotes, _with_loose(cues, loose), kept, used)
    atts = sorted((_cue_noted(doc, a) for a in kept), key=lambda a: (a.start, a.end))
    return _other_sources(doc, quotes, atts)


def _guesses(doc: ParsedDoc, quotes: Quotes, cues: list[CueWord], kept: list[Attribution],
             used: set[int]) -> list[Attribution]:
    """Proposals for the learned choice to weigh, where no rule found one:
    the clause of a cue no attribution uses, or else the rest of its
    sentence, for every reporting verb form whatever its tag ("insists
    Sanders is ...", "denied the accusations"); none that overlaps a rule's
    attribution."""
    taken = used | {a.cue.head for a in kept if a.cue}
    cues = [c for c in cues if c.head not in taken and (c.kind != "verb" or inflected_cue_form(doc.words[c.head]))]
    out = indirect_quotes(doc, quotes, cues, set(), guess=True)
    return [a for a in out if not any(a.start < b.end and b.start < a.end for b in kept)]


def _other_sources(doc: ParsedDoc, quotes: Quotes, atts: list[Attribution]) -> list[Attribution]:
    """The source words the other speaker rules would take, and the
    previous attribution's source, for the learned choice to weigh."""
    prev = None
    for a in atts:
        if a.cue is not None:
            q = quotes.containing(a.start) if a.type == "direct" else None
            a.sources = [(i, r) for i, r in source_candidates(doc, a.cue, quotes.inside, q) if i != a.source]
        if prev is not None and prev not in (a.source, None) and all(prev != i for i, _ in a.sources):
            a.sources.append((prev, "previous-speaker"))
        prev = a.source if a.source is not None else prev
    return atts


def _cue_noted(doc: ParsedDoc, a: Attribution) -> Attribution:
    """Note the kind of the cue (and a verb cue the tagger did not call a verb)."""
    if a.cue:
        untagged = a.cue.kind == "verb" and doc.words[a.cue.head].upos != "VERB"
        a.rules[:0] = [f"cue:{a.cue.kind}"] + (["cue:untagged-verb"] if untagged else [])
    return a


def _with_clauses(doc: ParsedDoc, quotes: Quotes, cues: list[CueWord], direct: list[Attribution]
                  ) -> tuple[list[Attribution], list[Attribution], set[int]]:
    """The reported clauses of the cues no direct quote took, and the direct
    quotes that stay: one that ends a clause of its cue ("said that if X,
    "Y"") goes into that clause when the clause takes it in. Also the cues
    the direct quotes used."""
    inner = [a for a in direct if in_reported_clause(doc, a)]
    alone = [a for a in direct if a not in inner]
    used = {a.cue.head for a in alone if a.cue and not a.shares_cue and not reports_clause_after(doc, a.cue, quotes)}
    covered = [span for a in alone for span in (a.parts or [(a.start, a.end)])]  # not the gap of "A," she said, "B"
    indirect = [before_direct(doc, a, alone) for a in indirect_quotes(doc, quotes, cues, used)]
    indirect = trim_nested(doc, [a for a in indirect if not any(s < a.end and a.start < e for s, e in covered)])
    kept = alone + [a for a in inner if not any(b.start <= a.start and a.end <= b.end for b in indirect)]
    return kept, indirect, used


def _outside_others(atts: list[Attribution]) -> list[Attribution]:
    """ "the proposals send a clear message that X "Y," Mr. Kamin said": a
    reporting noun inside what someone else said is part of it, not a cue."""
    return [a for a in atts if not (a.cue and a.cue.kind == "noun" and any(
        b is not a and b.start <= a.cue.start < b.end for b in atts))]


def _one_each(atts: list[Attribution]) -> list[Attribution]:
    """One attribution for one span: two rules (or two cues) may read nearly
    the same words as a quote; the more confident reading stays."""
    kept: list[Attribution] = []
    for a in sorted(atts, key=lambda a: -a.confidence):
        same = any(min(a.end, b.end) - max(a.start, b.start) >= 0.8 * max(a.end - a.start, b.end - b.start)
                   for b in kept)
        if not same:
            kept.append(a)
    return kept
