"""Output-identical shortcuts through stanza's tagger, installed with the pipeline.

- Feature names: the POS tagger spells each predicted feature-id vector back
  into a string ("Number=Sing|Person=3") one feature at a time, for every
  position of every padded batch (about a tenth of tagging time with the
  compact models). A vocabulary has a few hundred distinct vectors, so each
  is spelled once by stanza's own code and looked up after.
- Dictionary lemmas: with a dictionary-only lemmatizer (the compact set's),
  stanza still builds its seq2seq batches (character ids of every word)
  before looking each (word, tag) pair up; the lookup alone gives the same
  lemmas.

tests/test_selective.py checks both against stanza's own code.
"""
from __future__ import annotations

_ORIGINAL: dict[str, object] = {}


def _memoised(self, id):
    try:
        key = tuple(id)
    except TypeError:  # a single id, for one-feature vocabularies
        return _ORIGINAL["id2unit"](self, id)
    cache = self.__dict__.setdefault("_quotes_names", {})
    name = cache.get(key)
    if name is None:
        name = cache[key] = _ORIGINAL["id2unit"](self, id)
    return list(name) if isinstance(name, list) else name  # a list is the caller's to change


def _dict_lemmas(self, document):
    if self.use_identity or not self.config.get("dict_only", False):
        return _ORIGINAL["lemma"](self, document)
    from stanza.models.common import doc
    lemmas = self.trainer.predict_dict(document.get([doc.TEXT, doc.UPOS]))
    document.set([doc.LEMMA], [x if x else "_" for x in lemmas])  # stanza maps empty lemmas to "_"
    return document


def install() -> None:
    """Patch stanza's CompositeVocab.id2unit and LemmaProcessor.process."""
    from stanza.models.common.vocab import CompositeVocab
    from stanza.pipeline.lemma_processor import LemmaProcessor
    if not _ORIGINAL:
        _ORIGINAL["id2unit"], _ORIGINAL["lemma"] = CompositeVocab.id2unit, LemmaProcessor.process
        CompositeVocab.id2unit, LemmaProcessor.process = _memoised, _dict_lemmas


def original(name: str):
    """stanza's own function ("id2unit" or "lemma"), installed or not (for comparison)."""
    from stanza.models.common.vocab import CompositeVocab
    from stanza.pipeline.lemma_processor import LemmaProcessor
    return _ORIGINAL.get(name) or {"id2unit": CompositeVocab.id2unit, "lemma": LemmaProcessor.process}[name]
