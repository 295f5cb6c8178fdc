"""The attribution record and the index of quoted spans the finders share."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from quotes.cues import CueWord
from quotes.marks import LINE_SPACES, Quoted, paragraphs
from quotes.parse import ParsedDoc, Word
from quotes.attribute.words import has_verb

AFTER_THAT = re.compile(r"\bthat\s*,?$", re.IGNORECASE)  # text ending in "that" or "that,"
QuoteType = Literal["direct", "indirect", "mixed"]


@dataclass(frozen=True, slots=True)
class Reading:
    """Another reading of an attribution's content, for the learned choice:
    where it starts and ends, its quoted parts and type, and the rule that
    proposes it ("alt:sentence-end", "alt:joined-next", ...)."""
    start: int
    end: int
    parts: tuple[tuple[int, int], ...]
    type: QuoteType
    rule: str
    donor: Attribution | None = None  # whose cue and source the reading takes ("A." "B," she said: B's)


@dataclass(slots=True)
class Attribution:
    type: QuoteType
    start: int
    end: int
    parts: list[tuple[int, int]]  # quoted fragments: empty for an indirect quote
    cue: CueWord | None
    source: int | None  # word index of the source's head word
    confidence: float
    follows: bool = False  # speaker carried over from the previous quote
    shares_cue: bool = False  # cue borrowed from the sentence before; it keeps its own content
    rules: list[str] = field(default_factory=list)  # the rules behind it, "content:complement", "speaker:subject"
    readings: list[Reading] = field(default_factory=list)  # other readings of its content
    sources: list[tuple[int, str]] = field(default_factory=list)  # other source words, with the rule of each
    guess: bool = False  # proposed where no rule found an attribution, for the learned choice to weigh

    def propose(self, start: int, end: int, rule: str, parts=None, type_: QuoteType | None = None,
                donor: Attribution | None = None) -> None:
        """Add another reading of the content (not one equal to the rules' own or to one proposed)."""
        parts = tuple(p for p in self.parts if start <= p[0] and p[1] <= end) if parts is None else tuple(parts)
        kind = type_ or (self.type if self.type == "direct" else "mixed" if parts else "indirect")
        if end > start and (start, end) != (self.start, self.end) and all(
                (r.start, r.end) != (start, end) for r in self.readings):
            self.readings.append(Reading(start, end, parts, kind, rule, donor))

    def end_at(self, end: int) -> None:
        """Cut the quote short at `end`, with the fragments inside it; the
        uncut span stays as another reading."""
        self.propose(self.start, self.end, "alt:untrimmed", self.parts, self.type)
        self.end = end
        self.parts = [(s, e) for s, e in self.parts if e <= end]
        if self.type == "mixed" and not self.parts:
            self.type = "indirect"

    def join(self, q: Quoted) -> None:
        """Take a later quoted span into this quote ("A," he said, "B.")."""
        self.parts.extend(q.parts)
        self.end = q.end
        self.note("content:joined")

    def note(self, *rules: str) -> None:
        """Record rules that shaped this attribution (each once)."""
        self.rules.extend(r for r in rules if r not in self.rules)


class Quotes:
    """Index of quoted spans: which words are quoted, which spans are full
    quotes; and the document's paragraphs, which the finders share."""

    def __init__(self, doc: ParsedDoc, quoted: list[Quoted]):
        self.text = doc.text
        self.spans = quoted
        self.starts = [q.start for q in quoted]
        self.full = [q for q in quoted if is_full_quote(doc, q)]

    def containing(self, pos: int) -> Quoted | None:
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and self.spans[k].start <= pos < self.spans[k].end:
            return self.spans[k]
        return None

    def inside(self, w: Word) -> bool:
        return self.containing(w.start) is not None

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        return paragraphs(self.text) or [(0, len(self.text))]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [s for s, _ in self.paragraphs]

    def paragraph_at(self, pos: int) -> tuple[int, int]:
        """The paragraph holding `pos` (the one before it, for a position between two)."""
        return self.paragraphs[max(bisect.bisect_right(self._paragraph_starts, pos) - 1, 0)]


def is_full_quote(doc: ParsedDoc, q: Quoted) -> bool:
    """A quote of its own, not a fragment inside a reported clause: a long
    span, or a sentence-like one that starts a sentence, follows a colon or
    comma, or opens its paragraph ("NATO is ready to discuss "how to reduce
    risks"" holds a fragment; "We are ready," he said and "No," he replied
    are quotes)."""
    text = doc.text[q.start:q.end].rstrip()
    n = len(text.split())
    before = doc.text[:q.open_mark].rstrip(LINE_SPACES)
    introduced = not before or before[-1] in ".!?:,\n…\"”"
    if not introduced and text[:1].islower():  # said that the Alliance "does not see ..."
        return False
    if AFTER_THAT.search(before):  # said that, "Of course he will defend himself" against ...
        return False
    ends_clause = text[-1:] in ",.!?…"
    if n >= 8 and not (introduced or ends_clause) and title_line(doc.text, q):
        return False  # "Answer to "How the Navy could repel a NATO attack at sea"": a title in a list
    if n >= 8 or len(q.parts) > 1:
        return True
    return introduced and ((n >= 3 and has_verb(doc.between(q.start, q.end))) or ends_clause)  # "“No,” he replied"


def title_line(text: str, q: Quoted) -> bool:
    """The quote sits in a short line that no sentence mark ends: a headline
    or a link in a list."""
    start = text.rfind("\n", 0, q.open_mark) + 1
    end = text.find("\n", q.end)
    end = len(text) if end < 0 else end
    return len(text[start:end].split()) <= 16 and not any(c in text[q.end:end] for c in ".!?")


def crosses_quote(start: int, end: int, quotes: Quotes) -> bool:
    return any(start < q.start < end for q in quotes.full)
