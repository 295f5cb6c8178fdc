"""Make raw article text safe to parse without moving a single offset.

Every change here keeps the text's length: markup and stray control
characters become spaces, so what the parser reads lines up character for
character with what the user gave us, and records index the original.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

TAG = re.compile(r"<(?:script|style)\b.*?</(?:script|style)\s*>|<!--.*?-->|</?[A-Za-z][^<>]{0,500}>",
                 re.DOTALL | re.IGNORECASE)
TWO_APOSTROPHES = re.compile(r"(?<!')''(?!')")  # ''quoted'': the quotation marks of some wires and archives
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\u200b\u2028\u2029\r]")
DEFAULT_MAX_CHARS = 200_000


@dataclass
class Prepared:
    text: str  # same length as the input
    warnings: list[str] = field(default_factory=list)


def _blank(m: re.Match) -> str:
    # keep newlines so paragraphs inside markup still separate
    return "".join(c if c == "\n" else " " for c in m.group(0))


def _quote_mark(m: re.Match) -> str:
    """''...'' as typographic marks of the same width: an opener sits against
    the word after it, a closer against the word before it."""
    text, i = m.string, m.start()
    before = text[i - 1] if i else " "
    after = text[i + 2] if i + 2 < len(text) else " "
    if not before.strip() or before in "([{—–-/":
        return " “" if after.strip() else m.group(0)
    return "” "


def latin_share(text: str) -> float:
    """Share of letters that are Latin script (1.0 for a text without letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    return sum(c < "\u0250" for c in letters) / len(letters)


def prepare(text: str) -> Prepared:
    """Mask HTML markup and control characters (a BOM, carriage returns) with
    spaces; read ''two apostrophes'' as quotation marks."""
    out = Prepared(text)
    if TAG.search(text):
        out.text = TAG.sub(_blank, text)
        out.warnings.append("HTML markup masked")
    out.text = CONTROL.sub(" ", out.text)
    out.text = TWO_APOSTROPHES.sub(_quote_mark, out.text)
    share = latin_share(out.text)
    if share < 0.5:
        out.warnings.append(f"mostly not English ({100 * (1 - share):.0f}% non-Latin letters); quotes may be missed")
    return out


def chunks(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces of at most max_chars, cut at paragraph breaks where
    possible, else at a line or sentence end, else at a space; they cover the
    whole text, so nothing is dropped."""
    out, start = [], 0
    n = len(text)
    while n - start > max_chars:
        window = text[start:start + max_chars]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            k = window.rfind(sep)
            if k > max_chars // 4:
                cut = k + len(sep)
                break
        cut = cut if cut > 0 else max_chars
        out.append((start, start + cut))
        start += cut
    out.append((start, n))
    return out
