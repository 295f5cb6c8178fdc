"""Output-identical shortcuts through stanza's tagger and parser, installed with the pipeline.

- Feature names: the POS tagger spells each predicted feature-id vector back
  into a string ("Number=Sing|Person=3") one feature at a time, for every
  position of every padded batch (about a tenth of tagging time with the
  compact models). A vocabulary has a few hundred distinct vectors, so each
  is spelled once by stanza's own code and looked up after.
- Dictionary lemmas: with a dictionary-only lemmatizer (the compact set's),
  stanza still builds its seq2seq batches (character ids of every word)
  before looking each (word, tag) pair up; the lookup alone gives the same
  lemmas.
- Labels after arcs: stanza's graph parser scores every label of every
  (dependent, head) pair, then decodes the tree and reads the labels of the
  chosen arcs. The tree needs the arc scores alone; the labels are then
  scored at the chosen arcs only, the label weights contracted once with
  each distinct head, and for every pair only in a sentence whose labels
  break a head constraint (two subjects of one verb), which stanza's repair
  reads. With mst.one_root, the parser runs about twice as fast. Labels
  are the same up to float rounding in a near-tie.

tests/test_selective.py checks each against stanza's own code.
"""
from __future__ import annotations

from functools import partial

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


class _ArcsOnly:
    """The parser as stanza's forward_scores sees it, but for its label
    scorer, which hands back what it was given, so the labels can be scored
    after the tree. A view: the model itself is not changed, so threads
    sharing it are safe."""

    def __init__(self, model):
        self._model = model

    def __getattr__(self, name):
        return getattr(self._model, name)

    @staticmethod
    def deprel(input1, input2):
        return input1, input2


def _arcs_first(self, word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma,
                head, deprel, word_orig_idx, sentlens, wordlens, text, resolve_head_constraints=False):
    """GraphParser.predict with the labels scored after the tree: stanza's
    own forward_scores gives the arc scores (called on _ArcsOnly), the trees
    are decoded, then each word's label is scored at its head only, with
    the label scorer's weights."""
    import torch
    import torch.nn.functional as F

    from quotes.mst import one_root
    args = (word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma, head,
            deprel, word_orig_idx, sentlens, wordlens, text)
    if self.training or self.args.get("use_arc_embedding"):
        return _ORIGINAL["predict"](self, *args, resolve_head_constraints=resolve_head_constraints)
    scorer = self.deprel
    arcs, (hidden1, hidden2), *_ = type(self).forward_scores(_ArcsOnly(self), *args)
    arcs = F.log_softmax(arcs, 2).cpu().numpy()  # over the padded width, as stanza does
    ones = lambda h: torch.cat([h, h.new_ones(*h.shape[:-1], 1)], -1)
    x = ones(scorer.hidden_func(scorer.W1(hidden1)))
    y = ones(scorer.hidden_func(scorer.W2(hidden2)))
    weight, bias = scorer.scorer.W_bilin.weight, scorer.scorer.W_bilin.bias
    trees = [one_root(arcs[i][:n, :n]) for i, n in enumerate(sentlens)]
    best = _labels_at_heads(x, y, weight, bias, trees)

    def all_labels(i: int, n: int):  # stanza's two steps, for one sentence
        return torch.einsum("LJO,MJ->LMO", torch.einsum("LI,IJO->LJO", x[i, :n], weight), y[i, :n]) + bias
    return [_tokens(self.vocab["deprel"], tree, best[i], resolve_head_constraints, partial(all_labels, i, n),
                    arcs[i][:n, :n]) for i, (n, tree) in enumerate(zip(sentlens, trees))]


def _labels_at_heads(x, y, weight, bias, trees) -> list:
    """Each word's best label at its head: the bilinear form x[word] W y[head]
    (stanza's label scorer), with W contracted once with each distinct head
    (about half as many as words) rather than with every word."""
    import numpy as np
    import torch

    width = y.size(1)
    sent = torch.cat([torch.full((len(t) - 1,), i, dtype=torch.long) for i, t in enumerate(trees)])
    word = torch.cat([torch.arange(1, len(t)) for t in trees])
    head = torch.cat([torch.as_tensor(t[1:], dtype=torch.long) for t in trees])
    heads, which = torch.unique(sent * width + head, return_inverse=True)
    at_heads = torch.einsum("IJO,HJ->HIO", weight, y[heads // width, heads % width])
    scores = torch.einsum("WI,WIO->WO", x[sent, word], at_heads[which]) + bias
    return np.split(scores.argmax(1).cpu().numpy(), np.cumsum([len(t) - 1 for t in trees])[:-1])


def _tokens(vocab, tree, raw, resolve: bool, all_labels, arcs) -> list[list]:
    """[head, deprel] of each word of one sentence; all_labels() scores the
    labels of every pair, for stanza's repair of a broken head constraint."""
    import torch.nn.functional as F
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.depparse.head_constraints import (find_head_constraint_violations,
                                                         resolve_head_constraint_violations)

    deprels = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in raw])
    if resolve and find_head_constraint_violations(tree, deprels):
        tree, raw = resolve_head_constraint_violations(arcs, F.log_softmax(all_labels(), 2).cpu().numpy(), tree, vocab)
        deprels = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in raw])
    return [[tree[j + 1], deprels[j]] for j in range(len(deprels))]


def _stanza() -> dict:
    from stanza.models.common.vocab import CompositeVocab
    from stanza.models.depparse.model import GraphParser
    from stanza.pipeline.lemma_processor import LemmaProcessor
    return {"id2unit": (CompositeVocab, "id2unit", _memoised), "lemma": (LemmaProcessor, "process", _dict_lemmas),
            "predict": (GraphParser, "predict", _arcs_first)}


def install() -> None:
    """Patch stanza's CompositeVocab.id2unit, LemmaProcessor.process and GraphParser.predict."""
    if not _ORIGINAL:
        for name, (cls, attr, ours) in _stanza().items():
            _ORIGINAL[name] = getattr(cls, attr)
            setattr(cls, attr, ours)


def original(name: str):
    """stanza's own function ("id2unit", "lemma" or "predict"), installed or not (for comparison)."""
    cls, attr, _ = _stanza()[name]
    return _ORIGINAL.get(name) or getattr(cls, attr)
