"""quotes/embed.py runs all-MiniLM-L6-v2 itself; its vectors must be the
ones sentence-transformers computes from the same files."""
import numpy as np
import pytest

from quotes.embed import DIM, encode, model_dir

SENTENCES = ["We remain ready to engage in meaningful dialogue with Russia.",
             "the military organization is ready to have a useful dialogue with Moscow",
             "Russia must withdraw its troops.",
             "ok",
             " ".join(["A very long quote that runs on and on"] * 30)]  # cut at 128 tokens, as sentence-transformers does


def test_vectors_are_sentence_transformers_own(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # a local folder: nothing to fetch, and no network in CI
    st = pytest.importorskip("sentence_transformers")
    ref = st.SentenceTransformer(str(model_dir()), device="cpu")
    ref.max_seq_length = 128
    ours = encode(SENTENCES)
    theirs = ref.encode(SENTENCES, normalize_embeddings=True)
    assert ours.shape == (len(SENTENCES), DIM)
    assert np.abs(ours - theirs).max() < 1e-4


def test_paraphrase_is_nearer_than_another_statement():
    a, b, c = encode(SENTENCES[:3])
    assert np.allclose(np.linalg.norm([a, b, c], axis=1), 1, atol=1e-5)
    assert a @ b > a @ c
