"""Quotation marks: find quoted spans in raw text, and split text into paragraphs.

Works on characters, before any parse, so offsets index the text exactly as
read. Only top-level quotes are returned; nested quotes stay inside them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> closing marks it accepts
DOUBLE_OPEN = {"“": "”\"", "«": "»", "„": "“”", "‹": "›", "\"": "\"”", "”": "”\""}
SINGLE_OPEN = "‘'"
QUOTE_MARKS = frozenset("\"“”«»„‘’'")  # every character that can open or close a quote
SINGLE_CLOSE = "’'"
LINE_SPACES = " \t\xa0\u2009\u202f"  # spaces within a line, with the no-break and thin spaces of web pages
OPENERS_BEFORE = set(LINE_SPACES + "\n\r([{—–-/:;,") | {""}
TURN = re.compile(r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)?: ")  # "PENCE: ", "SEN. KAINE: " opening a transcript turn
WRAPPED_LINE = 100  # text wrapped at a fixed width keeps its lines shorter than this
PARAGRAPH = re.compile(r"\n[ \t]*\n\s*|\r\n[ \t]*\r\n\s*")


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted span. start/end exclude the marks; parts are per-paragraph pieces."""
    start: int
    end: int
    parts: tuple[tuple[int, int], ...]
    closed: bool  # False when the paragraph ended before a closing mark

    @property
    def open_mark(self) -> int:
        return self.start - 1

    @property
    def outer_end(self) -> int:
        """Where the quote ends with its closing mark (at the paragraph end if none)."""
        return self.end + 1 if self.closed else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks of text separated by blank
    lines, and each line of a block whose lines are not wrapped at a fixed
    width (a line longer than WRAPPED_LINE), as many feeds and scrapers write
    paragraphs, a blank line only after the headline."""
    blocks, pos = [], 0
    for m in PARAGRAPH.finditer(text):
        if text[pos:m.start()].strip():
            blocks.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        blocks.append((pos, len(text.rstrip())))
    if len(blocks) == 1 and "\n" in text.strip():
        return _lines(text, 0, len(text))  # no blank lines: one paragraph per line
    out = []
    for s, e in blocks:
        unwrapped = "\n" in text[s:e] and max(len(line) for line in text[s:e].split("\n")) > WRAPPED_LINE
        out.extend(_lines(text, s, e) if unwrapped else [(s, e)])
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of text[start:end]."""
    out, pos = [], start
    for line in text[start:end].splitlines(keepends=True):
        if line.strip():
            out.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return out


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else ""


def _next(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else ""


def _can_open(text: str, i: int) -> bool:
    """Typographic openers open before a non-space; a straight quote must also
    follow a space or opening punctuation; a closing ” opens only a line
    (some sites open block quotes with it)."""
    if not _next(text, i).strip():
        return False
    if text[i] == "”":
        return _prev(text, i) in ("", "\n") and _next(text, i).isalnum()
    return text[i] != "\"" or _prev(text, i) in OPENERS_BEFORE or _prev(text, i) in DOUBLE_OPEN


def _can_close(text: str, i: int) -> bool:
    return bool(_prev(text, i).strip())


def _single_opens(text: str, i: int) -> bool:
    # ‘ or ' opens only at a word start: "Russia's" and "'90s" do not open
    nxt = _next(text, i)
    return _prev(text, i) in OPENERS_BEFORE and nxt.isalnum() and not (
        text[i] == "'" and text[i + 1:i + 3].isdigit())


def _single_closes(text: str, i: int) -> bool:
    # ’ closes when followed by a space, punctuation or the end, not by a letter
    nxt = _next(text, i)
    return _can_close(text, i) and not nxt.isalnum()


def _scan_paragraph(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Pair marks in text[start:end]. Returns closed (open, close) mark positions and
    the position of a mark left open at the paragraph end."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    closers = ""
    single = nested = False
    for i in range(start, end):
        ch = text[i]
        if nested:  # "... chanting “U-S-A!” ...: the ” closes the inner quote, not the outer "
            nested = ch != "”"
            continue
        if opened is not None and text[opened] == "\"" and ch == "“" and _can_open(text, i):
            nested = True
            continue
        if opened is None:
            if ch in DOUBLE_OPEN and _can_open(text, i):
                opened, closers, single = i, DOUBLE_OPEN[ch], False
            elif ch in SINGLE_OPEN and _single_opens(text, i):
                opened, closers, single = i, SINGLE_CLOSE, True
        elif ch == "“" and not single and text[opened] == "“" and i > opened + 1 and \
                text[:i].rstrip()[-1:] == "," and _next(text, i).islower():
            pairs.append((opened, i))  # "..., “he said": a closing mark typed as an opening one
            opened = None
        elif ch in closers and i > opened + 1:
            if single and not _single_closes(text, i):
                continue
            if not single and ch == "\"" and not _can_close(text, i) and _next(text, i).strip():
                continue  # a straight quote after a space opens, not closes (unless a space follows too)
            pairs.append((opened, i))
            opened = None
    if opened is not None and single:
        opened = None  # an unmatched single mark is an apostrophe, not a quote
    return pairs, opened


def find_quoted(text: str) -> list[Quoted]:
    """All top-level quoted spans of a text, joined across paragraphs where each
    paragraph reopens the quote and only the last one closes it."""
    out: list[Quoted] = []
    pending: list[tuple[int, int]] = []  # parts of a quote still open
    for p_start, p_end in paragraphs(text):
        pairs, left_open = _scan_paragraph(text, p_start, p_end)
        if pending:
            first = pairs[0][0] if pairs else left_open
            # the paragraph reopens the quote with the same mark: a “ after an open " starts a quote of its own
            reopens = first is not None and not text[p_start:first].strip() and text[first] == text[pending[0][0] - 1] \
                and not TURN.match(text, first + 1)  # a transcript's next speaker opens a quote of its own
            if reopens and pairs:
                o, c = pairs.pop(0)
                parts = (*pending, (o + 1, c))
                out.append(Quoted(parts[0][0], c, tuple(parts), True))
                pending = []
            elif reopens:
                pending.append((left_open + 1, p_end))
                continue
            else:
                out.append(Quoted(pending[0][0], pending[-1][1], tuple(pending), False))
                pending = []
        out.extend(Quoted(o + 1, c, ((o + 1, c),), True) for o, c in pairs)
        if left_open is not None:
            pending = [(left_open + 1, p_end)]
    if pending:
        out.append(Quoted(pending[0][0], pending[-1][1], tuple(pending), False))
    return sorted((q for q in out if q.end > q.start), key=lambda q: q.start)
