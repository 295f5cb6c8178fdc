"""Word vectors for the compact tagger, made from static token embeddings that
a package ships (wordllama's, MIT licence; nothing is downloaded): a word's
vector is the mean of its tokens' vectors, reduced by PCA. stanza looks words
up in lower case, so the vectors are of lower-cased words.

Only training needs this module (`pip install -e '.[train]'`); the tagger then
reads the vectors from pos.pretrain.pt beside its model.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

import numpy as np

WORDLLAMA_WEIGHTS = "weights/l2_supercat_256.safetensors"
WORDLLAMA_TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"


def vocabulary(frequent: Iterable[str], conllu_files: Iterable[Path]) -> list[str]:
    """The words to give vectors, lower case, each once: the frequent words of
    the language first, then every word form of the training treebanks."""
    seen: dict[str, None] = {}
    for w in frequent:
        if w and " " not in w:
            seen.setdefault(w.lower())
    for path in conllu_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 2 and cols[0].isdigit():
                seen.setdefault(cols[1].lower())
    return list(seen)


def mean_vectors(words: list[str], encode: Callable[[str], list[int]], table: np.ndarray) -> np.ndarray:
    """Each word's vector: the mean of its tokens' rows of `table`."""
    out = np.zeros((len(words), table.shape[1]), np.float32)
    for k, w in enumerate(words):
        ids = encode(w)
        if ids:
            out[k] = table[ids].mean(0)
    return out


def reduce(vectors: np.ndarray, dim: int, norm: float = 3.0, fit_rows: int = 20000) -> np.ndarray:
    """Centred and projected on the first `dim` principal axes (fitted on the
    first `fit_rows` words, the most frequent), scaled to a mean length of
    `norm` (the range of common pretrained vectors)."""
    centred = vectors - vectors.mean(0)
    _, _, axes = np.linalg.svd(centred[:fit_rows], full_matrices=False)
    out = centred @ axes[:dim].T
    return (out * (norm / np.linalg.norm(out, axis=1).mean())).astype(np.float32)


def write_text(path: Path, words: list[str], vectors: np.ndarray) -> None:
    """word2vec's text format, which stanza's Pretrain reads."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"{len(words)} {vectors.shape[1]}\n")
        for w, v in zip(words, vectors):
            out.write(w + " " + " ".join(f"{x:.4f}" for x in v) + "\n")


def build(out: Path, ud_files: Iterable[Path], words: int = 60000, dim: int = 128) -> Path:
    """Write the vectors of the `words` most frequent English words (wordfreq)
    and of every word form in `ud_files` to `out` (word2vec text)."""
    from importlib.resources import files

    from safetensors.numpy import load_file
    from tokenizers import Tokenizer
    from wordfreq import top_n_list

    package = files("wordllama")
    table = next(iter(load_file(str(package / WORDLLAMA_WEIGHTS)).values())).astype(np.float32)
    tokenizer = Tokenizer.from_file(str(package / WORDLLAMA_TOKENIZER))
    vocab = vocabulary(top_n_list("en", words), ud_files)
    encode = lambda w: tokenizer.encode(w, add_special_tokens=False).ids
    write_text(out, vocab, reduce(mean_vectors(vocab, encode, table), dim))
    return out
