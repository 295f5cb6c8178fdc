"""Memoised tag names for stanza's POS tagger.

stanza's tagger spells each predicted feature-id vector back into a string
("Number=Sing|Person=3") one feature at a time, for every position of every
padded batch: with the compact models that was about a tenth of tagging
time. A vocabulary has a few hundred distinct vectors, so each is spelled
once by stanza's own code and looked up after; the strings are stanza's
(tests/test_selective.py checks them against the unpatched method).
"""
from __future__ import annotations

_ORIGINAL = None


def _memoised(self, id):
    try:
        key = tuple(id)
    except TypeError:  # a single id, for one-feature vocabularies
        return _ORIGINAL(self, id)
    cache = self.__dict__.setdefault("_quotes_names", {})
    name = cache.get(key)
    if name is None:
        name = cache[key] = _ORIGINAL(self, id)
    return list(name) if isinstance(name, list) else name  # a list is the caller's to change


def install() -> None:
    """Make stanza's CompositeVocab.id2unit memoise its answers."""
    global _ORIGINAL
    from stanza.models.common.vocab import CompositeVocab
    if _ORIGINAL is None:
        _ORIGINAL = CompositeVocab.id2unit
        CompositeVocab.id2unit = _memoised


def original(vocab, id):
    """stanza's own id2unit, installed or not (for comparison)."""
    from stanza.models.common.vocab import CompositeVocab
    return (_ORIGINAL or CompositeVocab.id2unit)(vocab, id)
