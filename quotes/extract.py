"""From article text to quote records: the stages in order.

text -> quoted spans -> parse -> cues and attributions -> entities -> records.
"""
from __future__ import annotations

import gc
from dataclasses import replace
from contextlib import contextmanager

from quotes.attribute import Attribution, Quotes, attribute
from quotes.choice import Candidate, candidates, default_chooser, rules_readings
from quotes.entities import (Mention, counted, extend_left, find_mentions, mention_kind, noun_phrase, resolve,
                             text_of)
from quotes.lexicon import words as lexicon
from quotes.marks import Quoted, find_quoted
from quotes.rules import parse_selector
from quotes.parse import ParsedDoc, parse_many
from quotes.repairs import refocus
from quotes.prepare import DEFAULT_MAX_CHARS, prepare
from quotes.records import Cue, QuoteRecord, Span, Speaker, quote_id
from quotes.roles import normal_roles

EDGE = " \t\r\n,"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding whitespace and a trailing comma inside the marks."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def _whole_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A span holding one apostrophe of a ''two-apostrophe'' mark (which
    prepare read as one typographic mark) takes in the other too."""
    if 0 < start < end and text[start] == "'" and text[start - 1] == "'":
        start -= 1
    if start < end < len(text) and text[end - 1] == "'" and text[end] == "'":
        end += 1
    return start, end


def _mention_at(mentions: list[Mention], doc: ParsedDoc, word: int) -> Mention | None:
    w = doc.words[word]
    return next((m for m in mentions if m.head == word), None) or next(
        (m for m in mentions if m.start <= w.start and w.end <= m.end), None)


def _campaign(doc: ParsedDoc, head: int, np: list, mentions: list[Mention]) -> str | None:
    """ "Rubio's campaign", "his campaign" (his: Bernie Sanders): the
    "Rubio campaign", "Sanders campaign", named as newsrooms name them."""
    if doc.words[head].lemma.lower() != "campaign":
        return None
    for w in np:  # "Rubio's campaign", "his campaign", "the Rubio campaign"
        if w.head == head and (w.deprel == "nmod:poss" or (w.deprel == "compound" and w.upos == "PROPN")):
            m = _mention_at(mentions, doc, w.i)
            name = (m.entity.name if m and m.entity else m.name if m else None)
            if name:
                return f"{name.split()[-1]} campaign"
    return None


def _described_kind(head) -> str:
    """The kind a speaker's phrase says by its head: "the campaign" an
    organisation, "the employee" a person (lexicons/person_nouns.txt)."""
    lemma = head.lemma.lower()
    if lemma == "campaign":
        return "organization"
    return "person" if lemma in lexicon("person_nouns") and "Number=Plur" not in head.feats else "unknown"


def speaker_of(doc: ParsedDoc, att: Attribution, mentions: list[Mention]) -> Speaker:
    """The speaker record for an attribution's source word."""
    if att.source is None:
        return Speaker(name=None, mention=None)
    m = _mention_at(mentions, doc, att.source)
    if m is not None and att.cue and m.head == att.cue.head:
        m = None  # "Brookings Institution estimates that ...": the cue, tagged a noun, heads the phrase
    if m is None:
        np = extend_left(doc, noun_phrase(doc, att.source))
        if att.cue:
            np = [w for w in np if w.end <= att.cue.start or w.start >= att.cue.end] or np
        return Speaker(name=_campaign(doc, att.source, np, mentions), mention=text_of(doc, np),
                       start=np[0].start, end=np[-1].end, kind=_described_kind(doc.words[att.source]))
    ent = m.entity
    if ent is None:
        roles = [r for r in m.roles if not counted(r)]
        campaign = _campaign(doc, m.head, doc.between(m.start, m.end), mentions) if m.kind == "description" else None
        if campaign:  # "the Clinton campaign", which no body named before is
            return Speaker(name=campaign, mention=m.text, start=m.start, end=m.end, kind="organization")
        kind = mention_kind(m)
        if kind == "unknown" and m.kind == "description":
            kind = _described_kind(doc.words[m.head])  # "the campaign": some organisation
        return Speaker(name=None if m.weak else m.name, mention=m.text, start=m.start, end=m.end, kind=kind,
                       roles=roles, roles_norm=normal_roles(roles))
    other = _conjoined(doc, att.source, mentions, m)
    if other is not None:  # "Chaffetz and Rep. Bob Goodlatte asked": both speak, as one group
        return Speaker(name=f"{ent.name} and {other.entity.name}", start=m.start, end=other.end, kind="group",
                       mention=text_of(doc, doc.between(m.start, other.end)))
    return Speaker(name=ent.name, mention=m.text, start=m.start, end=m.end, kind=ent.kind,
                   roles=list(ent.roles), roles_norm=normal_roles(ent.roles))


def _conjoined(doc: ParsedDoc, source: int, mentions: list[Mention], m: Mention) -> Mention | None:
    """The person named in a conjunct of the source's name, when the name
    mention stopped before it ("Chaffetz and Rep. Bob Goodlatte")."""
    for c in doc.children(source):
        joined = c.deprel in ("conj", "list") and c.start >= m.end
        if joined and any(w.text == "and" for w in doc.between(m.end, c.start)):
            other = _mention_at(mentions, doc, c.i)
            kinds = {m.entity.kind, other.entity.kind} if other is not None and other.entity is not None else set()
            if "person" in kinds and kinds <= {"person", "unknown"} and other.entity is not m.entity:
                return other
    return None


def to_records(doc: ParsedDoc, doc_id: str, atts: list[Attribution], mentions: list[Mention],
               text: str | None = None, readings: bool = False
               ) -> list[tuple[int, Attribution, QuoteRecord, bool]]:
    """Each attribution with its record, the record's text taken from `text`,
    the article as given (the parsed text may have markup masked; offsets
    are the same), its index among `atts` and True. With `readings`, also
    the other readings of each attribution, as records of their own with the
    same index, cue and speaker, and False."""
    out: list[tuple[int, Attribution, QuoteRecord, bool]] = []
    text = doc.text if text is None else text
    previous: QuoteRecord | None = None  # the last attribution's own record
    for k, att in enumerate(atts):
        own_speaker = previous.speaker.model_copy() if att.follows and previous else speaker_of(doc, att, mentions)
        confidence = att.confidence if own_speaker.name or own_speaker.mention else min(att.confidence, 0.3)
        for variant in [att] + (_variants(att) if readings else []):
            speaker = own_speaker
            if variant.cue is not att.cue or variant.source != att.source:  # a later quote's, or another rule's
                speaker = speaker_of(doc, variant, mentions)
                if variant.cue is att.cue and (speaker.start, speaker.end) == (own_speaker.start, own_speaker.end):
                    continue  # another source word naming the same speaker
            start, end = _whole_marks(text, *_trim(text, variant.start, variant.end))
            if end <= start:
                continue
            parts = [Span(start=s, end=e) for s, e in (_trim(text, *p) for p in variant.parts) if e > s]
            qid = quote_id(doc_id, start, end)
            record = QuoteRecord(quote_id=qid, doc_id=doc_id, type=variant.type, text=text[start:end],
                                 start=start, end=end, cue=_cue(variant, text), parts=parts, speaker=speaker,
                                 group_id=qid, confidence=round(confidence, 2), rules=list(variant.rules))
            out.append((k, variant, record, variant is att))
            if variant is att:
                previous = record
    return out


def _cue(att: Attribution, text: str) -> Cue | None:
    c = att.cue
    return Cue(text=text[c.start:c.end], lemma=c.lemma, start=c.start, end=c.end) if c else None


def _variants(att: Attribution) -> list[Attribution]:
    """The attribution as each of its other readings has it, then with each
    other source word."""
    out = [replace(att, start=r.start, end=r.end, parts=list(r.parts), type=r.type, rules=att.rules + [r.rule],
                   readings=[], cue=r.donor.cue if r.donor else att.cue, source=r.donor.source if r.donor else att.source)
           for r in att.readings if (r.start, r.end) != (att.start, att.end)]
    own = [r for r in att.rules if not r.startswith("speaker:")]
    return out + [replace(att, source=i, follows=False, rules=own + [f"speaker:{rule}", "alt:speaker"], readings=[],
                          sources=[]) for i, rule in att.sources]


def proposals(doc: ParsedDoc, doc_id: str, original: str | None = None,
              quoted: list[Quoted] | None = None) -> list[Candidate]:
    """Every attribution the rules propose for a document already parsed
    (`quoted`: its quoted spans, when the caller has found them), with its
    record and features. Only the parses of the sentences parse_selector
    accepts are read: the others count by their tags alone."""
    quoted = find_quoted(doc.text) if quoted is None else quoted
    doc = refocus(doc, parse_selector(quoted))
    atts = attribute(doc, quoted)
    speakers = frozenset(a.source for a in atts if a.source is not None)
    mentions = find_mentions(doc, speakers)
    resolve(doc, mentions, speakers, Quotes(doc, quoted).inside)
    return candidates(doc, to_records(doc, doc_id, atts, mentions, original, readings=True))


def extract_parsed(doc: ParsedDoc, doc_id: str, original: str | None = None,
                   quoted: list[Quoted] | None = None, rules_only: bool = False) -> list[QuoteRecord]:
    """Records of a document already parsed: the proposals the learned
    model keeps, with its confidence (`rules_only`: the rules' own readings,
    guesses left out, with the rules' own confidence)."""
    cands = proposals(doc, doc_id, original, quoted)
    return rules_readings(cands) if rules_only else default_chooser().choose(cands)


@contextmanager
def _one_collection():
    """Python's cycle collector, paused for a batch and run once after it:
    stanza builds hundreds of thousands of small objects per batch, and
    collecting as they come cost about 15% of the run time."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)  # every object of the batch is still in the youngest generation


def extract_documents(texts: list[tuple[str, str]], model: str | None = None,
                      max_chars: int = DEFAULT_MAX_CHARS, parse_all: bool = False, rules_only: bool = False
                      ) -> list[tuple[list[QuoteRecord], list[str]]]:
    """Records of several articles, (text, doc_id) each, parsed together
    (one tagger and one parser call: faster than one article at a time),
    and warnings about each text for the user. Only sentences that can hold
    a quote are dependency-parsed, unless `parse_all` (which gives the same
    records, slower: a check)."""
    with _one_collection():
        prepared = [prepare(text) for text, _ in texts]
        quoted = [find_quoted(p.text) for p in prepared]
        live = [k for k, p in enumerate(prepared) if p.text.strip()]
        docs = parse_many([prepared[k].text for k in live], model, max_chars,
                          [None if parse_all else parse_selector(quoted[k]) for k in live])
        parsed = dict(zip(live, docs))
        return [_records(text, doc_id, p, parsed.get(k), quoted[k], max_chars, rules_only)
                for k, ((text, doc_id), p) in enumerate(zip(texts, prepared))]


def _records(text: str, doc_id: str, prepared, doc: ParsedDoc | None, quoted: list[Quoted],
             max_chars: int, rules_only: bool = False) -> tuple[list[QuoteRecord], list[str]]:
    """One article's records and warnings, from its parse (None: empty text)."""
    if doc is None:
        return [], prepared.warnings + ["empty document, no quotes"]
    warnings = prepared.warnings
    if len(text) > max_chars:
        warnings.append(f"{len(text):,} characters: parsed in pieces of at most {max_chars:,}")
    return extract_parsed(doc, doc_id, text, quoted, rules_only), warnings


def extract_document(text: str, doc_id: str, model: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
                     parse_all: bool = False, rules_only: bool = False) -> tuple[list[QuoteRecord], list[str]]:
    """Records of one article, and warnings about its text (see extract_documents)."""
    return extract_documents([(text, doc_id)], model, max_chars, parse_all, rules_only)[0]


def extract_text(text: str, doc_id: str = "doc", model: str | None = None,
                 rules_only: bool = False) -> list[QuoteRecord]:
    """Quote records of one article (`rules_only`: every proposal of the rules)."""
    return extract_document(text, doc_id, model, rules_only=rules_only)[0]
