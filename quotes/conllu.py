"""A parse written by hand, as CoNLL-U, turned into the ParsedDoc the rules read.

Rule tests build their parses this way, so a parser change cannot pass for
a rule regression (or hide one). The text is the tokens joined by spaces
(none after a token marked SpaceAfter=No), sentences by a space, and a
paragraph (`# newpar`) by a blank line; offsets index that text.
"""
from __future__ import annotations

from quotes.parse import ParsedDoc, Sentence, Word


class ConlluError(ValueError):
    pass


def _rows(block: str) -> tuple[bool, list[list[str]]]:
    """(starts a paragraph, word rows) of one sentence block; multiword
    ranges and empty nodes are skipped."""
    newpar, rows = False, []
    for line in block.strip("\n").splitlines():
        line = line.strip()
        if line.startswith("#"):
            newpar |= line.startswith("# newpar")
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        if len(cols) != 10:
            raise ConlluError(f"not a CoNLL-U word line (10 columns): {line!r}")
        if "-" in cols[0] or "." in cols[0]:
            continue
        rows.append(cols)
    return newpar, rows


def parsed_from_conllu(conllu: str) -> ParsedDoc:
    """A ParsedDoc of CoNLL-U sentences (blank-line separated)."""
    text, words, sents = "", [], []
    blocks = [b for b in conllu.strip().split("\n\n") if b.strip()]
    for n, block in enumerate(blocks):
        newpar, rows = _rows(block)
        if n:
            text += "\n\n" if newpar else " "
        first, s_start = len(words), len(text)
        for k, cols in enumerate(rows):
            start = len(text)
            text += cols[1]
            head = int(cols[6])
            words.append(Word(i=len(words), text=cols[1], lemma=cols[2], upos=cols[3], xpos=cols[4],
                              feats="" if cols[5] == "_" else cols[5], head=first + head - 1 if head else -1,
                              deprel=cols[7], start=start, end=len(text), sent=n))
            if k < len(rows) - 1 and "SpaceAfter=No" not in cols[9]:
                text += " "
        sents.append(Sentence(first=first, last=len(words), start=s_start, end=len(text)))
    return ParsedDoc(text=text, words=words, sents=sents)
