"""The attribution record and the index of quoted spans the finders share."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

from quotes.cues import CueWord
from quotes.marks import Quoted
from quotes.parse import ParsedDoc, Word
from quotes.attribute.words import has_verb

AFTER_THAT = re.compile(r"\bthat\s*,?$", re.IGNORECASE)  # text ending in "that" or "that,"
QuoteType = Literal["direct", "indirect", "mixed"]


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

    def end_at(self, end: int) -> None:
        """Cut the quote short at `end`, with the fragments inside it."""
        self.end = end
        self.parts = [(s, e) for s, e in self.parts if e <= end]
        if self.type == "mixed" and not self.parts:
            self.type = "indirect"

    def join(self, q: Quoted) -> None:
        """Take a later quoted span into this quote ("A," he said, "B.")."""
        self.parts.extend(q.parts)
        self.end = q.end


class Quotes:
    """Index of quoted spans: which words are quoted, which spans are full quotes."""

    def __init__(self, doc: ParsedDoc, quoted: list[Quoted]):
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


def is_full_quote(doc: ParsedDoc, q: Quoted) -> bool:
    """A quote of its own, not a fragment inside a reported clause: a long
    span, or a sentence-like one that starts a sentence, follows a colon or
    comma, or opens its paragraph ("NATO is ready to discuss "how to reduce
    risks"" holds a fragment; "We are ready," he said is a quote)."""
    text = doc.text[q.start:q.end].rstrip()
    n = len(text.split())
    before = doc.text[:q.open_mark].rstrip(" \t")
    introduced = not before or before[-1] in ".!?:,\n…\"”"
    if not introduced and text[:1].islower():  # said that the Alliance "does not see ..."
        return False
    if AFTER_THAT.search(before):  # said that, "Of course he will defend himself" against ...
        return False
    ends_clause = text[-1:] in ",.!?…"
    if n >= 8 and not (introduced or ends_clause) and _title_line(doc.text, q):
        return False  # "Answer to "How the Navy could repel a NATO attack at sea"": a title in a list
    if n >= 8 or len(q.parts) > 1:
        return True
    return introduced and ((n >= 3 and has_verb(doc.between(q.start, q.end))) or (n >= 2 and ends_clause))


def _title_line(text: str, q: Quoted) -> bool:
    """The quote sits in a short line that no sentence mark ends: a headline
    or a link in a list."""
    start = text.rfind("\n", 0, q.open_mark) + 1
    end = text.find("\n", q.end)
    end = len(text) if end < 0 else end
    return len(text[start:end].split()) <= 16 and not any(c in text[q.end:end] for c in ".!?")


def crosses_quote(start: int, end: int, quotes: Quotes) -> bool:
    return any(start < q.start < end for q in quotes.full)
