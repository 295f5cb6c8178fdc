"""Roles: one normalised form per role, for display and search.

A record keeps each role as the article wrote it ("Gov.", "GOP
presidential frontrunner", "NATO Secretary-General"): that is the
evidence. Its normalised form writes abbreviations out, puts title words
in lower case and picks one spelling ("governor", "Republican
presidential front-runner", "NATO secretary general"), so one role is one
entry however outlets spell it.
"""
from __future__ import annotations

import re

from quotes.lexicon import aliases, pairs, words as lexicon

LEADING = {"the", "a", "an", "his", "her", "its", "their", "our", "my"}


def normal_role(role: str) -> str:
    """The display and search form of one role as written."""
    words = role.replace("\u00a0", " ").split()
    while len(words) > 1 and words[0].lower() in LEADING:
        words = words[1:]
    out, lowered = [], False  # right to left: a department word is lower case before a title only
    for w in reversed(words):
        w, lowered = _word(w, lowered)
        out.append(w)
    text = " ".join(reversed(out))
    spellings = aliases("role_spellings")
    for variant in sorted(spellings, key=len, reverse=True):  # longer phrases first: "front runner"
        canonical = spellings[variant]
        text = re.sub(rf"(?<![\w-]){re.escape(variant)}(?![\w-])", canonical, text, flags=re.IGNORECASE)
    return text


def normal_roles(roles: list[str]) -> list[str]:
    """The distinct normalised forms of a list of roles, in order."""
    out: list[str] = []
    for r in roles:
        n = normal_role(r)
        if n and n.lower() not in {x.lower() for x in out}:
            out.append(n)
    return out


def _word(w: str, before_lowered: bool) -> tuple[str, bool]:
    """One word of a role and whether it is now in lower case: an
    abbreviated title written out; a title in lower case, and a modifier or
    department word right before a lower-case word ("Foreign" of "Russian
    Foreign Minister", not "State" of "State Department spokesman"); names,
    nationalities and acronyms as written."""
    bare = w.rstrip(".").lower()
    full = pairs("title_abbreviations").get(bare)
    if full and (w.endswith(".") or w[:1].isupper()):
        return full, True
    if w.isupper() and len(w) > 1:
        return w, False  # "NATO", "CIA"
    titles = lexicon("titles")
    if bare in titles or bare.rstrip("s") in titles or (before_lowered and bare in lexicon("role_words")):
        return w.lower(), True
    return w, w.islower()
