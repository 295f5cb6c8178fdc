"""Model training helpers that run without training anything."""
import pytest
import torch

from quotes.parse import _vectors, default_model, float_vectors, model_dir
from quotes.training import WIDENED, widen_parser

ROOT = model_dir(default_model())
VECTORS = str(ROOT / "pos.pretrain.pt")


@pytest.fixture(scope="module")
def wide(tmp_path_factory):
    """The shipped parser, widened to read the shipped tagger's word vectors."""
    return widen_parser(ROOT / "depparse.pt", tmp_path_factory.mktemp("wide") / "wide.pt", ROOT / "pos.pretrain.pt")


def _parse(model, sentences, vectors: bool):
    import stanza
    from stanza.models.common.doc import Document

    nlp = stanza.Pipeline("en", dir=str(ROOT), processors="depparse", depparse_pretagged=True,
                          download_method=None, use_gpu=False, logging_level="ERROR",
                          depparse_model_path=str(model), depparse_pretrain_path=VECTORS if vectors else None,
                          **(_vectors(VECTORS) if vectors else {}))
    doc = nlp(Document([[dict(id=i + 1, text=w, upos=u, xpos=x, lemma=w.lower()) for i, (w, u, x) in enumerate(s)]
                        for s in sentences]))
    return [[(w.head, w.deprel) for w in s.words] for s in doc.sentences]


def test_a_widened_parser_reads_word_vectors_and_parses_as_before(wide):
    """widen_parser gives the shipped parser (trained without word vectors)
    inputs for them with zero weights: same parses until training moves them."""
    state = torch.load(wide, map_location="cpu", weights_only=False)
    assert state["config"]["pretrain"] and "trans_pretrained.weight" in state["model"]
    first = next(v for k, v in state["model"].items() if k.startswith(WIDENED[0]))
    assert first.shape[1] == 375 + state["config"]["transformed_dim"]
    assert not first[:, :state["config"]["transformed_dim"]].any()
    sentences = [[("NATO", "PROPN", "NNP"), ("said", "VERB", "VBD"), ("Russia", "PROPN", "NNP"),
                  ("must", "AUX", "MD"), ("withdraw", "VERB", "VB"), ("its", "PRON", "PRP$"),
                  ("troops", "NOUN", "NNS"), (".", "PUNCT", ".")],
                 [("The", "DET", "DT"), ("talks", "NOUN", "NNS"), ("were", "AUX", "VBD"), ("useful", "ADJ", "JJ"),
                  (",", "PUNCT", ","), ("he", "PRON", "PRP"), ("told", "VERB", "VBD"), ("reporters", "NOUN", "NNS"),
                  (".", "PUNCT", ".")]]
    assert _parse(wide, sentences, vectors=True) == _parse(ROOT / "depparse.pt", sentences, vectors=False)


def test_a_widened_parsers_first_round_trains_only_what_was_added(wide, monkeypatch):
    """The adapter round (quotes.training._freeze_all_but_vectors) masks the
    gradients of every weight the parser had before widening."""
    from stanza.models.depparse import model
    from stanza.models.depparse.trainer import Trainer
    from quotes.training import _freeze_all_but_vectors

    monkeypatch.setattr(model.GraphParser, "__init__", model.GraphParser.__init__)  # restored afterwards
    _freeze_all_but_vectors()
    parser = Trainer.load(str(wide), float_vectors(VECTORS)).model
    dim = parser.args["transformed_dim"]
    sum((p * torch.randn_like(p)).sum() for p in parser.parameters() if p.requires_grad).backward()
    grads = {n: p.grad for n, p in parser.named_parameters() if p.requires_grad}
    assert grads["trans_pretrained.weight"].abs().sum() > 0
    for name in WIDENED:
        g = next(v for k, v in grads.items() if k.startswith(name))
        assert g[:, :dim].abs().sum() > 0 and not g[:, dim:].any()
    assert not any(g.any() for n, g in grads.items() if n != "trans_pretrained.weight" and not n.startswith(WIDENED))
