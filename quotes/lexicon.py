"""Word lists the rules read: reporting verbs and nouns, titles, honorifics.

The lists are data files in quotes/lexicons/, one entry per line, `#` comments.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"


@cache
def words(name: str) -> frozenset[str]:
    """The entries of lexicons/<name>.txt (first field of each line, lower case)."""
    path = LEXICON_DIR / f"{name}.txt"
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(line.split()[0].lower())
    return frozenset(out)


@cache
def phrases(name: str) -> frozenset[str]:
    """The entries of lexicons/<name>.txt as whole lines (lower case), for
    lists whose entries may hold several words ("united states")."""
    out = set()
    for line in (LEXICON_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = " ".join(line.split("#", 1)[0].lower().split())
        if line:
            out.add(line)
    return frozenset(out)


@cache
def aliases(name: str = "aliases") -> dict[str, str]:
    """Alias (lower case) -> canonical name, from lines "Canonical: alias, alias"."""
    out = {}
    for line in (LEXICON_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0]
        if ":" in line:
            canonical, _, rest = line.partition(":")
            out.update((a.strip().lower(), canonical.strip()) for a in rest.split(",") if a.strip())
    return out


@cache
def forms(name: str) -> dict[str, str]:
    """Every form listed in lexicons/<name>.txt mapped to its lemma (first field)."""
    out = {}
    for line in (LEXICON_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].lower().split()
        for f in fields:
            out.setdefault(f, fields[0])
    return out


@cache
def honorific_gender() -> dict[str, str]:
    """Honorific -> gender hint ('m', 'f' or '-')."""
    out = {}
    for line in (LEXICON_DIR / "honorifics.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) == 2:
            out[fields[0].lower()] = fields[1]
    return out
