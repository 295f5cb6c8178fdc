"""Deduplication: give the same group_id to reports of one statement by one speaker.

1. Speakers are resolved across documents: "Stoltenberg", "Jens Stoltenberg"
   and "Mr Stoltenberg" become one key when the surname points to one full name.
2. Each quote becomes a set of content stems (numbers kept, stop words out).
3. Candidates come from an inverted index, blocked by speaker, probed with
   each quote's rarest stems (prefix filtering): any pair that shares at
   least `threshold` of the smaller set must share one of those stems, so no
   pair is compared that cannot match, and nothing is quadratic.
4. A candidate pair merges when the normalised texts contain one another, or
   when they share at least MIN_SHARED stems and `threshold` of the smaller set
   (NUMBERS_THRESHOLD when they share two numbers: figures pin a statement down;
   every number is probed too, so such pairs are always found).
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from typing import Iterable, Sequence

from quotes.lexicon import honorific_gender, words as lexicon
from quotes.records import QuoteRecord

THRESHOLD = 0.6
NUMBERS_THRESHOLD = 0.45
MIN_SHARED = 3
TOKEN = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*", re.UNICODE)


def normalise(text: str) -> str:
    """Lower case, accents kept, punctuation and quotation marks to spaces."""
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    return " ".join(TOKEN.findall(text))


SPELLINGS = (("enc", "ens"), ("our", "or"), ("is", "iz"))  # defence/defense, labour/labor, -ise/-ize


def stem(token: str) -> str:
    """A crude English stem: enough to equate "movements" and "movement",
    "included" and "include", British and American spellings."""
    if token[0].isdigit():
        return token.replace(",", "")
    for suffix in ("ing", "ed", "es", "s"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            token = token[: -len(suffix)]
            break
    if token.endswith("e") and len(token) > 3:
        token = token[:-1]
    for brit, amer in SPELLINGS:
        if token.endswith(brit) and len(token) > 5:
            return token[: -len(brit)] + amer
    return token


def content_stems(text: str) -> frozenset[str]:
    stop = lexicon("stopwords")
    return frozenset(stem(t) for t in normalise(text).split() if t not in stop)


def _name_tokens(name: str) -> list[str]:
    """Name words after the last title or honorific: "NATO Secretary General
    Jens Stoltenberg" -> ["jens", "stoltenberg"]."""
    drop = lexicon("titles") | {h.rstrip(".") for h in honorific_gender()}
    toks = normalise(name).split()
    cut = max((k + 1 for k, t in enumerate(toks) if t in drop), default=0)
    return toks[cut:] or toks


def speaker_keys(names: Iterable[str]) -> dict[str, str]:
    """Map each speaker name to a key shared by every form of that name: a
    surname alone, or with a matching first name, joins the full name that
    ends with it; if several full names fit, the most used one when it is
    used three times as often as any other or all fits are spellings of it
    ("NATOJens Stoltenberg"); otherwise the surname stays apart."""
    counts = Counter(names)
    full: dict[str, Counter] = defaultdict(Counter)
    for n, k in counts.items():
        toks = _name_tokens(n)
        if len(toks) >= 2:
            full[toks[-1]][" ".join(toks)] += k
    out = {}
    for n in counts:
        toks = _name_tokens(n)
        if not toks:
            out[n] = normalise(n)
            continue
        joined = " ".join(toks)
        fits = sorted(((k, f) for f, k in full.get(toks[-1], Counter()).items()
                       if set(toks) <= set(f.split())), reverse=True)
        if len(fits) == 1 or (len(fits) > 1 and (fits[0][0] >= 3 * fits[1][0] or all(
                _compatible(fits[0][1], f) for _, f in fits))):
            out[n] = fits[0][1]
        else:
            out[n] = joined
    return out


def _compatible(a: str, b: str) -> bool:
    """Two full names of one person as outlets spell them: same surname, and
    each given name equal to or glued onto the other ("natojens" ~ "jens")."""
    ta, tb = a.split(), b.split()
    if ta[-1] != tb[-1] or len(ta) != len(tb):
        return False
    return all(x.endswith(y) or y.endswith(x) for x, y in zip(ta[:-1], tb[:-1]))


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _similar(a: frozenset[str], b: frozenset[str], ta: str, tb: str, threshold: float) -> bool:
    if ta and tb and (ta in tb or tb in ta):
        return True
    both = a & b
    shared = len(both)
    if shared < MIN_SHARED:
        return False
    # two shared figures ("30,000", "S-400") mark one statement even when
    # outlets word the rest differently; such pairs need less overlap
    numbers = sum(1 for t in both if t[0].isdigit())
    need = NUMBERS_THRESHOLD if numbers >= 2 else threshold
    return shared >= need * min(len(a), len(b))


def _probe(order, blocks, stems, texts, df, uf: _UnionFind, threshold: float) -> None:
    """Index records in the given order; probe each with its rarest stems
    against those indexed before it and merge the similar ones."""
    index: dict[tuple, list[int]] = defaultdict(list)
    for i in order:
        b, s = blocks[i], stems[i]
        if b is None:
            continue  # a quote without a speaker joins only exact copies
        ordered = sorted(s, key=lambda t: (df[(b, t)], t))
        seen: set[int] = set()
        probes = ordered[: len(ordered) - math.ceil(threshold * len(ordered)) + 1]
        probes += [t for t in ordered[len(probes):] if t[0].isdigit()]  # for the shared-figures rule
        for t in probes:
            for j in index[(b, t)]:
                if j not in seen:
                    seen.add(j)
                    if uf.find(i) != uf.find(j) and _similar(s, stems[j], texts[i], texts[j], threshold):
                        uf.union(i, j)
        for t in s:
            index[(b, t)].append(i)


def group(records: Sequence[QuoteRecord], threshold: float = THRESHOLD,
          keys: dict[str, str] | None = None) -> list[str]:
    """group_id for each record: the smallest quote_id of its group. `keys`
    are the speaker keys of the records' names, when the caller has them."""
    if keys is None:
        keys = speaker_keys(r.speaker.name for r in records if r.speaker.name)
    texts = [normalise(r.text) for r in records]
    stems = [content_stems(r.text) for r in records]
    blocks = [keys[r.speaker.name] if r.speaker.name else None for r in records]
    df: dict[tuple, int] = defaultdict(int)
    for b, s in zip(blocks, stems):
        for t in s:
            df[(b, t)] += 1
    uf = _UnionFind(len(records))
    exact: dict[tuple, int] = {}
    for i, b in enumerate(blocks):
        uf.union(exact.setdefault((b, texts[i]), i), i)
    # a pair is found from its smaller side's prefix, which must be probed
    # against the larger one: one pass each way covers either order
    _probe(range(len(records)), blocks, stems, texts, df, uf, threshold)
    _probe(range(len(records) - 1, -1, -1), blocks, stems, texts, df, uf, threshold)
    roots: dict[int, str] = {}
    for i, r in enumerate(records):
        root = uf.find(i)
        roots[root] = min(roots.get(root, r.quote_id), r.quote_id)
    return [roots[uf.find(i)] for i in range(len(records))]


def assign_groups(records: list[QuoteRecord], threshold: float = THRESHOLD) -> list[QuoteRecord]:
    """Records with group_id set; the input order is kept."""
    return [r.model_copy(update={"group_id": g}) for r, g in zip(records, group(records, threshold))]
