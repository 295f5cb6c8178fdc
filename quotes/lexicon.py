"""Word lists the rules read: reporting verbs and nouns, titles, honorifics.

The lists are data files in quotes/lexicons/, one entry per line, `#` comments.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"


def _lines(name: str) -> list[str]:
    """The lines of lexicons/<name>.txt without their `#` comments, blank ones left out."""
    text = (LEXICON_DIR / f"{name}.txt").read_text(encoding="utf-8")
    return [line for line in (raw.split("#", 1)[0] for raw in text.splitlines()) if line.strip()]


@cache
def words(name: str) -> frozenset[str]:
    """The entries of lexicons/<name>.txt (first field of each line, lower case)."""
    return frozenset(line.split()[0].lower() for line in _lines(name))


@cache
def phrases(name: str) -> frozenset[str]:
    """The entries of lexicons/<name>.txt as whole lines (lower case), for
    lists whose entries may hold several words ("united states")."""
    return frozenset(" ".join(line.lower().split()) for line in _lines(name))


@cache
def aliases(name: str = "aliases") -> dict[str, str]:
    """Alias (lower case) -> canonical name, from lines "Canonical: alias, alias"."""
    out = {}
    for line in _lines(name):
        if ":" in line:
            canonical, _, rest = line.partition(":")
            out.update((a.strip().lower(), canonical.strip()) for a in rest.split(",") if a.strip())
    return out


@cache
def forms(name: str) -> dict[str, str]:
    """Every form listed in lexicons/<name>.txt mapped to its lemma (first field)."""
    out = {}
    for line in _lines(name):
        fields = line.lower().split()
        for f in fields:
            out.setdefault(f, fields[0])
    return out


@cache
def pairs(name: str) -> dict[str, str]:
    """First field -> second field of each line of lexicons/<name>.txt (lower case)."""
    return {f[0].lower(): f[1].lower() for f in (line.split() for line in _lines(name)) if len(f) >= 2}


@cache
def marked(name: str, mark: str) -> frozenset[str]:
    """The entries of lexicons/<name>.txt whose line carries `mark` after the entry."""
    return frozenset(f[0].lower() for f in (line.split() for line in _lines(name)) if mark in f[1:])


@cache
def given_name_gender() -> dict[str, str]:
    """Given name (lower case) -> gender hint ('m', 'f', or '-' for either)."""
    return {f[0].lower(): f[1] for f in (line.split() for line in _lines("given_names")) if len(f) >= 2}


@cache
def given_names_only() -> frozenset[str]:
    """Given names that are not also common surnames: "Bob" alone is a
    person's given name, "Clinton" alone may be a surname."""
    return frozenset(f[0].lower() for f in (line.split() for line in _lines("given_names")) if len(f) == 2)


@cache
def honorific_gender() -> dict[str, str]:
    """Honorific -> gender hint ('m', 'f' or '-')."""
    out = {}
    for line in _lines("honorifics"):
        fields = line.split()
        if len(fields) == 2:
            out[fields[0].lower()] = fields[1]
    return out


@cache
def known_people() -> dict[str, list[tuple[str, str, bool]]]:
    """Surname (lower case) -> [(full name, gender, default)] from
    lexicons/known_people.txt ("full name | surname | gender | default")."""
    out: dict[str, list[tuple[str, str, bool]]] = {}
    for line in _lines("known_people"):
        fields = [f.strip() for f in line.split("|")]
        full, surname, gender = fields[:3]
        out.setdefault(surname.lower(), []).append((full, gender, fields[3:4] == ["default"]))
    return out


def description_key(text: str) -> str:
    """A description reduced to its letters, lower case ("GOP front-runner" = "gop frontrunner")."""
    return re.sub(r"[^a-z]", "", text.lower())


@cache
def known_descriptions() -> dict[str, str]:
    """description_key -> full name, from lexicons/known_descriptions.txt ("full name: description, ...")."""
    out = {}
    for line in _lines("known_descriptions"):
        full, _, rest = line.partition(":")
        out.update((description_key(d), full.strip()) for d in rest.split(",") if d.strip())
    return out
