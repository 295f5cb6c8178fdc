"""Model training helpers that run without training anything."""
import torch

from quotes.parse import model_dir, default_model
from quotes.training import WIDENED, widen_parser


def _float_vectors(src, dst):
    state = torch.load(src, map_location="cpu", weights_only=False)
    state["emb"] = torch.as_tensor(state["emb"]).float()
    torch.save(state, dst)
    return dst


def _parse(model, vectors, sentences):
    import stanza
    from stanza.models.common.doc import Document

    nlp = stanza.Pipeline("en", dir=str(model_dir(default_model())), processors="depparse", depparse_pretagged=True, download_method=None,
                          use_gpu=False, logging_level="ERROR", depparse_model_path=str(model),
                          depparse_pretrain_path=str(vectors) if vectors else None)
    doc = nlp(Document([[dict(id=i + 1, text=w, upos=u, xpos=x, lemma=w.lower()) for i, (w, u, x) in enumerate(s)]
                        for s in sentences]))
    return [[(w.head, w.deprel) for w in s.words] for s in doc.sentences]


def test_a_widened_parser_reads_word_vectors_and_parses_as_before(tmp_path):
    """widen_parser gives the shipped parser (trained without word vectors)
    inputs for them with zero weights: same parses until training moves them."""
    root = model_dir(default_model())
    vectors = _float_vectors(root / "pos.pretrain.pt", tmp_path / "vectors.pt")
    wide = widen_parser(root / "depparse.pt", tmp_path / "wide.pt", vectors)
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
    assert _parse(wide, vectors, sentences) == _parse(root / "depparse.pt", None, sentences)


def test_a_widened_parsers_first_round_trains_only_what_was_added(tmp_path, monkeypatch):
    """The adapter round (quotes.training._freeze_all_but_vectors) masks the
    gradients of every weight the parser had before widening."""
    from stanza.models.common.pretrain import Pretrain
    from stanza.models.depparse import model
    from stanza.models.depparse.trainer import Trainer
    from quotes.training import _freeze_all_but_vectors

    root = model_dir(default_model())
    vectors = _float_vectors(root / "pos.pretrain.pt", tmp_path / "vectors.pt")
    wide = widen_parser(root / "depparse.pt", tmp_path / "wide.pt", vectors)
    monkeypatch.setattr(model.GraphParser, "__init__", model.GraphParser.__init__)  # restored afterwards
    _freeze_all_but_vectors()
    parser = Trainer.load(str(wide), Pretrain(str(vectors))).model
    dim = parser.args["transformed_dim"]
    sum((p * torch.randn_like(p)).sum() for p in parser.parameters() if p.requires_grad).backward()
    grads = {n: p.grad for n, p in parser.named_parameters() if p.requires_grad}
    assert grads["trans_pretrained.weight"].abs().sum() > 0
    for name in WIDENED:
        g = next(v for k, v in grads.items() if k.startswith(name))
        assert g[:, :dim].abs().sum() > 0 and not g[:, dim:].any()
    assert not any(g.any() for n, g in grads.items() if n != "trans_pretrained.weight" and not n.startswith(WIDENED))
