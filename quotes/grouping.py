"""Grouping: one group per statement of one speaker on one occasion, with
every report of it across articles.

1. Speakers are resolved across documents: "Stoltenberg", "Jens Stoltenberg"
   and "Mr Stoltenberg" become one key when the surname points to one full name.
2. Two quotes are candidates when they share a speaker key and their articles
   lie within `window` days of each other (an undated quote is a candidate of
   every quote of its speaker); a quote without a named speaker joins exact
   copies only.
3. A candidate pair is the same statement when `similar` says so: the words
   contain one another, or the meaning agrees (cosine of sentence embeddings,
   `quotes.embed`), with less meaning needed where content words and figures
   are shared.
4. Groups are the connected components of those pairs, except that a group
   never spans more than `window` days: a link that would stretch it further
   is not made (links are made strongest first). The group id is the
   smallest quote_id of the group.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Iterator, Sequence

import numpy as np

from quotes.lexicon import honorific_gender, words as lexicon
from quotes.records import QuoteRecord

WINDOW_DAYS = 7  # reports of one statement fall within days of each other
COS_SAME = 0.80  # meaning alone
COS_WORDS = 0.60  # meaning with shared content words
WORDS_SHARE = 0.4  # of the smaller stem set
COS_FIGURES = 0.50  # meaning with two shared figures ("30,000", "S-400")
FIGURES_SHARE = 0.45
COS_FLOOR = min(COS_SAME, COS_WORDS, COS_FIGURES)  # below it no pair is looked at further
MIN_SHARED = 3
MIN_CONTAINED = 3  # words: a shorter text inside another is no evidence
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


def name_family(name: str) -> str:
    """The surname a speaker key is chosen within (see speaker_keys)."""
    toks = _name_tokens(name)
    return toks[-1] if toks else normalise(name)


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
    counts = names if isinstance(names, Counter) else Counter(names)
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




def day_number(iso: str | None) -> int | None:
    """Days since year 1 of an ISO date (YYYY-MM-DD), None for None."""
    return date.fromisoformat(iso).toordinal() if iso else None


@dataclass(slots=True)
class Quote:
    """What grouping reads of a record."""
    quote_id: str
    key: str | None  # speaker key; None: no named speaker
    day: int | None  # day_number of the article's date; None: undated
    text: str  # normalised
    stems: frozenset[str]
    vec: np.ndarray | None  # unit sentence embedding (named speakers only)

    @classmethod
    def of(cls, record: QuoteRecord, key: str | None, vec: np.ndarray | None) -> "Quote":
        return cls(record.quote_id, key, day_number(record.article.date), normalise(record.text),
                   content_stems(record.text), vec)


def in_window(a: int | None, b: int | None, window: int) -> bool:
    return a is None or b is None or abs(a - b) <= window


def _contained(a: str, b: str) -> bool:
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return bool(short) and len(short.split()) >= MIN_CONTAINED and f" {short} " in f" {long_} "


def similar(a: Quote, b: Quote, cos: float) -> bool:
    """Are two candidate quotes (`cos`: their embeddings' cosine) one statement?"""
    if a.text == b.text or _contained(a.text, b.text):
        return True
    if cos >= COS_SAME:
        return True
    both = a.stems & b.stems
    if len(both) < MIN_SHARED:
        return False
    share = len(both) / min(len(a.stems), len(b.stems))
    # figures pin a statement down even when outlets word the rest differently
    if sum(1 for t in both if t[0].isdigit()) >= 2 and cos >= COS_FIGURES and share >= FIGURES_SHARE:
        return True
    return cos >= COS_WORDS and share >= WORDS_SHARE


class Groups:
    """Union-find over groups (each with an id and a day span) that keeps
    every joined group's day span within `window`."""

    def __init__(self, ids: Sequence[str], spans: Sequence[tuple[int | None, int | None]], window: int):
        self.parent = list(range(len(ids)))
        self.lo = [lo for lo, _ in spans]
        self.hi = [hi for _, hi in spans]
        self.gid = list(ids)
        self.window = window

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        """Join the groups of a and b unless the joined one would span more than the window."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        days = [d for d in (self.lo[ra], self.hi[ra], self.lo[rb], self.hi[rb]) if d is not None]
        if days and max(days) - min(days) > self.window:
            return False
        root, other = min(ra, rb), max(ra, rb)
        self.parent[other] = root
        self.lo[root] = min(days, default=None)
        self.hi[root] = max(days, default=None)
        self.gid[root] = min(self.gid[ra], self.gid[rb])
        return True

    def ids(self) -> list[str]:
        return [self.gid[self.find(i)] for i in range(len(self.parent))]


def _block_pairs(quotes: Sequence[Quote], block: list[int], window: int) -> Iterator[tuple[float, int, int]]:
    """(cosine, i, j) of every candidate pair of one speaker's quotes that is
    one statement. Dated quotes are compared within the window only, in
    day-sorted chunks; undated ones with the whole block."""
    dated = sorted((i for i in block if quotes[i].day is not None), key=lambda i: quotes[i].day)
    undated = [i for i in block if quotes[i].day is None]
    days = np.array([quotes[i].day for i in dated], dtype=np.int64)
    vecs = _matrix(quotes, dated)
    step = 512
    for s in range(0, len(dated), step):
        e = min(s + step, len(dated))
        hi = int(np.searchsorted(days, days[e - 1] + window, side="right"))
        cos = vecs[s:e] @ vecs[s:hi].T
        close = (days[s:hi][None, :] - days[s:e][:, None]) <= window
        later = np.arange(s, hi)[None, :] > np.arange(s, e)[:, None]
        yield from _similar_pairs(quotes, dated[s:e], dated[s:hi], cos, close & later)
    if undated:
        others = dated + undated
        cos = _matrix(quotes, undated) @ _matrix(quotes, others).T
        mask = np.ones(cos.shape, dtype=bool)
        mask[:, len(dated):] = np.arange(len(undated))[None, :] > np.arange(len(undated))[:, None]
        yield from _similar_pairs(quotes, undated, others, cos, mask)


def _matrix(quotes: Sequence[Quote], idx: list[int]) -> np.ndarray:
    from quotes.embed import DIM
    if not idx:
        return np.zeros((0, DIM), dtype=np.float32)
    return np.stack([quotes[i].vec for i in idx]).astype(np.float32, copy=False)


def _similar_pairs(quotes, rows: list[int], cols: list[int], cos: np.ndarray, mask: np.ndarray):
    """Pairs under `mask` that `similar` accepts; words are read only for
    pairs above COS_FLOOR or with one text inside the other."""
    look = mask & (cos >= COS_FLOOR)
    for r, c in zip(*np.nonzero(look)):
        i, j = rows[r], cols[c]
        if similar(quotes[i], quotes[j], float(cos[r, c])):
            yield float(cos[r, c]), i, j
    for r, c in zip(*np.nonzero(mask & ~look)):
        i, j = rows[r], cols[c]
        if _contained(quotes[i].text, quotes[j].text) or quotes[i].text == quotes[j].text:
            yield float(cos[r, c]), i, j


def pairs_between(quotes: Sequence[Quote], n_new: int, window: int = WINDOW_DAYS) -> list[tuple[float, int, int]]:
    """Links of the first n_new quotes (new ones, of one speaker key) with
    each other and with the rest (the candidates already stored)."""
    if quotes and quotes[0].key is None:
        return [(1.0, i, j) for i in range(n_new) for j in range(len(quotes))
                if (j >= n_new or j > i) and quotes[i].text == quotes[j].text
                and in_window(quotes[i].day, quotes[j].day, window)]
    rows, cols = list(range(n_new)), list(range(len(quotes)))
    cos = _matrix(quotes, rows) @ _matrix(quotes, cols).T
    days = np.array([-1 if q.day is None else q.day for q in quotes], dtype=np.int64)
    undated = days < 0
    close = (np.abs(days[:n_new, None] - days[None, :]) <= window) | undated[:n_new, None] | undated[None, :]
    c = np.arange(len(quotes))[None, :]
    order = (c >= n_new) | (c > np.arange(n_new)[:, None])
    return list(_similar_pairs(quotes, rows, cols, cos, close & order))


def _unnamed_pairs(quotes: Sequence[Quote], idx: list[int], window: int) -> Iterator[tuple[float, int, int]]:
    """Exact copies among quotes without a named speaker."""
    by_text: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        by_text[quotes[i].text].append(i)
    for same in by_text.values():
        for a in range(len(same)):
            for b in range(a + 1, len(same)):
                if in_window(quotes[same[a]].day, quotes[same[b]].day, window):
                    yield 1.0, same[a], same[b]


def link(quotes: Sequence[Quote], window: int = WINDOW_DAYS) -> list[str]:
    """group_id of each quote (blocks by speaker key, links strongest first)."""
    blocks: dict[str | None, list[int]] = defaultdict(list)
    for i, q in enumerate(quotes):
        blocks[q.key].append(i)
    pairs: list[tuple[float, int, int]] = []
    for key, block in blocks.items():
        pairs.extend(_unnamed_pairs(quotes, block, window) if key is None else _block_pairs(quotes, block, window))
    groups = Groups([q.quote_id for q in quotes], [(q.day, q.day) for q in quotes], window)
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], min(quotes[p[1]].quote_id, quotes[p[2]].quote_id))):
        groups.union(i, j)
    return groups.ids()


def quotes_of(records: Sequence[QuoteRecord], keys: dict[str, str] | None = None,
              vecs: np.ndarray | None = None) -> list[Quote]:
    """Grouping's view of records: speaker keys (computed over these records
    unless given) and embeddings of the named ones (computed unless given)."""
    if keys is None:
        keys = speaker_keys(r.speaker.name for r in records if r.speaker.name)
    if vecs is None:
        vecs = embed_named(records)
    return [Quote.of(r, keys[r.speaker.name] if r.speaker.name else None, v) for r, v in zip(records, vecs)]


def embed_named(records: Sequence[QuoteRecord]) -> list[np.ndarray | None]:
    """Embeddings of the records with a named speaker (None for the others)."""
    from quotes.embed import encode
    named = [i for i, r in enumerate(records) if r.speaker.name]
    out: list[np.ndarray | None] = [None] * len(records)
    for i, v in zip(named, encode([records[i].text for i in named])):
        out[i] = v
    return out


def group(records: Sequence[QuoteRecord], window: int = WINDOW_DAYS, keys: dict[str, str] | None = None,
          vecs=None) -> list[str]:
    """group_id for each record: the smallest quote_id of its group."""
    return link(quotes_of(records, keys, vecs), window)


def assign_groups(records: list[QuoteRecord], window: int = WINDOW_DAYS) -> list[QuoteRecord]:
    """Records with group_id set; the input order is kept."""
    return [r.model_copy(update={"group_id": g}) for r, g in zip(records, group(records, window))]
