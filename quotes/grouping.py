"""Grouping: one group per statement of one speaker on one occasion, with
every report of it across articles.

1. Speakers are resolved across documents: "Stoltenberg", "Jens Stoltenberg"
   and "Mr Stoltenberg" become one key when the surname points to one full name.
2. Two quotes are candidates when they share a speaker key and their articles
   lie within `window` days of each other (an undated quote is a candidate of
   every quote of its speaker); a quote without a named speaker joins exact
   copies only.
3. A candidate pair is scored by the pair model (PairModel: a logistic
   regression fitted on labelled pairs, quotes/models/grouping.json) from
   the cosine of their sentence embeddings (quotes.embed), shared content
   words and figures, one text inside the other, the longest run of words
   they share, whether both are direct (verbatim), whether one is negated
   and the other not, the day gap and length;
   pairs under its cosine floor are not scored.
4. Two quotes of one speaker close together in one article, on one
   subject, are pieces of one remark (one_remark): an article quotes a
   passage in pieces. Their links come first.
5. Groups are made from the links, strongest first: a group never spans
   more than `window` days, a remark's pieces span at most PASSAGE
   characters of their article, two other quotes of one article are one
   statement only as near copies (a headline and its lead), and two groups
   that both hold a report of one article join only through a strong link.
   The group id is the smallest quote_id of the group.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import numpy as np

from quotes.lexicon import honorific_gender, words as lexicon
from quotes.records import QuoteRecord

MODEL_PATH = Path(__file__).parent / "models" / "grouping.json"
MIN_CONTAINED = 3  # words: a shorter text inside another is no evidence
SAME_ARTICLE_COS = 0.85  # two quotes of one article are one statement only when this close (a headline and its lead)
REMARK = 1.0  # the strength of a link between two pieces of one remark (one_remark); the model's stay below it
PASSAGE = 700  # characters: the most of one article the pieces of one remark may span
TOKEN = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*", re.UNICODE)


def normalise(text: str) -> str:
    """Lower case, accents kept, punctuation and quotation marks to spaces."""
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    return " ".join(TOKEN.findall(text))


SPELLINGS = (("enc", "ens"), ("our", "or"), ("is", "iz"))  # defence/defense, labour/labor, -ise/-ize


@lru_cache(maxsize=1 << 16)
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
    # one key per full name: forms that differ only by middle initials are merged first
    forms = Counter({f: k for fam in full.values() for f, k in fam.items()})
    full_key = _merge_initials({f: f for f in forms}, forms)
    out = {}
    for n in counts:
        toks = _name_tokens(n)
        if not toks:
            out[n] = normalise(n)
            continue
        joined = " ".join(toks)
        fits = sorted(((k, f) for f, k in full.get(toks[-1], Counter()).items()
                       if set(toks) <= set(f.split())), reverse=True)
        targets = {full_key[f] for _, f in fits}
        if len(targets) == 1 or (len(fits) > 1 and (fits[0][0] >= 3 * fits[1][0] or all(
                _compatible(fits[0][1], f) for _, f in fits))):
            out[n] = full_key[fits[0][1]]
        else:
            out[n] = joined
    return out


def _merge_initials(keys: dict[str, str], counts: Counter) -> dict[str, str]:
    """Keys that differ only by middle initials are one person ("Donald J.
    Trump", "Donald Trump"), unless two different initials occur (George
    W. Bush and George H. W. Bush are two): then they stay apart."""
    by_ends: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key in set(keys.values()):
        toks = key.split()
        if len(toks) >= 2:
            by_ends[(toks[0], toks[-1])].add(key)
    usage: Counter = Counter()
    for name, key in keys.items():
        usage[key] += counts[name]
    for same in by_ends.values():
        middles = {tuple(k.split()[1:-1]) for k in same}
        if len(same) < 2 or any(len(t) > 1 for m in middles for t in m) or len(middles - {()}) > 1:
            continue
        best = max(same, key=lambda k: (usage[k], k))
        keys = {name: best if key in same else key for name, key in keys.items()}
    return keys


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


class Quote:
    """What grouping reads of a record. Words are read lazily: most pairs
    are settled by their embeddings alone."""
    __slots__ = ("quote_id", "doc", "key", "day", "raw", "vec", "start", "end", "kind", "_text", "_stems", "_negated")

    def __init__(self, quote_id: str, doc: str, key: str | None, day: int | None, raw: str, vec: np.ndarray | None,
                 start: int | None = None, end: int | None = None, kind: str | None = None):
        self.quote_id = quote_id
        self.doc = doc
        self.key = key  # speaker key; None: no named speaker
        self.day = day  # day_number of the article's date; None: undated
        self.raw = raw  # the quote's text
        self.vec = vec  # unit sentence embedding (named speakers only)
        self.start, self.end = start, end  # offsets in the article (None: not known)
        self.kind = kind  # direct, indirect or mixed
        self._text: str | None = None
        self._stems: frozenset[str] | None = None
        self._negated: bool | None = None

    @property
    def text(self) -> str:
        """Normalised text."""
        if self._text is None:
            self._text = normalise(self.raw)
        return self._text

    @property
    def stems(self) -> frozenset[str]:
        if self._stems is None:
            self._stems = content_stems(self.raw)
        return self._stems

    @property
    def negated(self) -> bool:
        if self._negated is None:
            self._negated = negated(self.text)
        return self._negated

    @classmethod
    def of(cls, record: QuoteRecord, key: str | None, vec: np.ndarray | None) -> "Quote":
        return cls(record.quote_id, record.doc_id, key, day_number(record.article.date), record.text, vec,
                   record.start, record.end, record.type)


def in_window(a: int | None, b: int | None, window: int) -> bool:
    return a is None or b is None or abs(a - b) <= window


def _contained(a: str, b: str) -> bool:
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return bool(short) and len(short.split()) >= MIN_CONTAINED and f" {short} " in f" {long_} "


def common_run(a: str, b: str, cap: int | None = None) -> int:
    """Length in words of the longest run of words two normalised texts
    share (at most `cap`). Run lengths are kept only where words match:
    `ending[j]` is the length of the shared run ending at word j of `b` and
    at the current word of `a`, so the cost follows the matching pairs, not
    the product of the lengths (grouping computes this for every pair it
    scores)."""
    ta, tb = a.split(), b.split()
    cap = min(len(ta), len(tb), cap or len(ta))
    where: dict[str, list[int]] = {}
    for j, t in enumerate(tb):
        where.setdefault(t, []).append(j)
    best, ending = 0, {}
    for t in ta:
        ending = {j: ending.get(j - 1, 0) + 1 for j in where.get(t, ())}
        if ending:
            best = max(best, *ending.values())
            if best >= cap:
                return cap
    return best


RUN = 8  # words: a shared run this long is as good as any longer one
FEATURES = ("cosine", "cosine_squared", "word_share", "word_jaccard", "shared_words", "contained", "figures",
            "day_gap", "length", "cosine_x_word_share", "common_run", "both_direct", "both_direct_short_run",
            "negation_differs")


def pair_features(a: Quote, b: Quote, cos: float, window: int) -> list[float]:
    """What the pair model reads of two quotes of one speaker (FEATURES).
    Two direct quotes are verbatim: reports of one statement share its
    words in a run, while two different sayings on one topic need not
    (both_direct_short_run); one negated and the other not are less likely
    one statement (negation_differs: "not qualified" / "of course qualified")."""
    both = a.stems & b.stems
    small = min(len(a.stems), len(b.stems)) or 1
    share = len(both) / small
    gap = 0.5 if a.day is None or b.day is None else min(abs(a.day - b.day), window) / window
    contained = a.text == b.text or _contained(a.text, b.text)
    figures = min(sum(1 for t in both if t[0].isdigit()), 2)  # figures pin a statement down
    run = common_run(a.text, b.text, RUN) / RUN
    direct = float(a.kind == "direct" and b.kind == "direct")
    return [cos, cos * cos, share, len(both) / (len(a.stems | b.stems) or 1), min(len(both), 6) / 6,
            float(contained), float(figures), gap, math.log(small + 1), cos * share,
            run, direct, direct * (run < 0.5), float(a.negated != b.negated)]


def negated(text: str) -> bool:
    """Does a normalised text hold a negation (lexicons/negations.txt, or a
    word ending in n't)?"""
    neg = lexicon("negations")
    return any(t in neg or t.endswith("n't") for t in text.split())


def one_remark(a: Quote, b: Quote, cos: float, gap: int, min_cos: float) -> bool:
    """Are two quotes of one speaker in one article parts of one remark? They
    are when they stand close (at most `gap` characters apart) and speak of
    the same thing (cosine at least `min_cos`): an article quotes a passage
    in pieces, with a few words of its own between."""
    if a.doc != b.doc or None in (a.start, a.end, b.start, b.end):
        return False
    first, second = (a, b) if a.start <= b.start else (b, a)
    return second.start - first.end <= gap and cos >= min_cos


@dataclass(frozen=True)
class PairModel:
    """Logistic regression over pair_features: the probability that two
    quotes of one speaker report one statement. Links are made at
    `threshold`; pairs below `floor` cosine are not scored."""
    weights: tuple[float, ...]
    bias: float
    threshold: float
    window: int  # days: grouping's default window, and the day_gap feature's scale
    floor: float
    article_link: float = 1.0  # the probability at which a link may join two groups that share an article
    trained_on: str = ""
    remark_gap: int = -1  # characters: one_remark's gap (-1: quotes of one article are never one remark)
    remark_cos: float = 1.0

    def probability(self, a: Quote, b: Quote, cos: float) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, pair_features(a, b, cos, self.window)))
        return min(1 / (1 + math.exp(-z)), 0.999)  # below REMARK

    def save(self, path: Path) -> None:
        path.write_text(json.dumps({"features": FEATURES, "weights": self.weights, "bias": self.bias,
                                    "threshold": self.threshold, "window": self.window, "floor": self.floor,
                                    "article_link": self.article_link, "remark_gap": self.remark_gap,
                                    "remark_cos": self.remark_cos, "trained_on": self.trained_on},
                                   indent=2) + "\n")

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "PairModel":
        obj = json.loads(path.read_text())
        if tuple(obj["features"]) != FEATURES:
            raise ValueError(f"{path}: a pair model for other features ({', '.join(obj['features'])})")
        return cls(tuple(obj["weights"]), obj["bias"], obj["threshold"], obj["window"], obj["floor"],
                   obj["article_link"], obj.get("trained_on", ""), obj.get("remark_gap", -1),
                   obj.get("remark_cos", 1.0))


@lru_cache(maxsize=1)
def default_model() -> PairModel:
    return PairModel.load()


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-regularised logistic regression (Newton's method)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], l2)
    reg[-1] = 0.0  # the bias is not shrunk
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


class Groups:
    """Union-find over groups (each with an id, a day span and its articles)
    that keeps every joined group's day span within `window`, and two
    quotes of one article apart unless a link between them says they are
    one statement (reports of one press conference are many statements:
    chains of links through other outlets must not fuse them). A remark
    joined from pieces of one article spans at most `passage` characters
    of it: adjacent quotes on one subject must not chain a whole interview."""

    def __init__(self, ids: Sequence[str], spans: Sequence[tuple[int | None, int | None]], window: int,
                 docs: Sequence[frozenset[str]], passage: int = PASSAGE):
        self.parent = list(range(len(ids)))
        self.lo = [lo for lo, _ in spans]
        self.hi = [hi for _, hi in spans]
        self.gid = list(ids)
        self.docs = list(docs)
        self.window = window
        self.passage = passage
        self.extent: dict[int, tuple[int, int]] = {}  # group -> the offsets its remark pieces span in their article

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int, same_article: bool = False, piece: tuple[int, int] | None = None) -> bool:
        """Join the groups of a and b unless the joined one would span more
        than the window or hold two reports of one article (`same_article`:
        the link itself is between two quotes of one article), or, for a
        link between two pieces of one remark (`piece`: the offsets both
        span), more than `passage` characters of that article."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        days = [d for d in (self.lo[ra], self.hi[ra], self.lo[rb], self.hi[rb]) if d is not None]
        if days and max(days) - min(days) > self.window:
            return False
        if not same_article and not self.docs[ra].isdisjoint(self.docs[rb]):
            return False
        extent = None
        if piece:
            spans = [piece] + [self.extent[r] for r in (ra, rb) if r in self.extent]
            extent = (min(lo for lo, _ in spans), max(hi for _, hi in spans))
            if extent[1] - extent[0] > self.passage:
                return False
        root, other = min(ra, rb), max(ra, rb)
        self.parent[other] = root
        self.lo[root] = min(days, default=None)
        self.hi[root] = max(days, default=None)
        self.gid[root] = min(self.gid[ra], self.gid[rb])
        self.docs[root] = self.docs[ra] | self.docs[rb]
        if extent:
            self.extent[root] = extent
        return True

    def join(self, quotes: Sequence[Quote], pairs, article_link: float, node=lambda i: i) -> None:
        """Make the links (strength, i, j) between quotes, strongest first;
        `node(i)`: the group quote i stands in. A link joins groups that
        share an article only when it is between two quotes of one article
        or at least `article_link` strong (an article quoting two sentences
        of one remark). Links between pieces of one remark (REMARK strong,
        one article, a named speaker) come first, so a group's pieces are
        all of one article when they are joined."""
        for p, i, j in strongest_first(quotes, pairs):
            a, b = quotes[i], quotes[j]
            piece = None
            if p >= REMARK and a.doc == b.doc and a.key is not None and None not in (a.start, b.start):
                piece = (min(a.start, b.start), max(a.end, b.end))
            self.union(node(i), node(j), a.doc == b.doc or p >= article_link, piece)

    def ids(self) -> list[str]:
        return [self.gid[self.find(i)] for i in range(len(self.parent))]


def _block_pairs(quotes: Sequence[Quote], block: list[int], window: int,
                 model: PairModel) -> Iterator[tuple[float, int, int]]:
    """(probability, i, j) of every pair of one speaker's quotes that the
    model links. Dated quotes are compared within the window only, in
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
        yield from _similar_pairs(quotes, dated[s:e], dated[s:hi], cos, close & later, model)
    if undated:
        others = dated + undated
        cos = _matrix(quotes, undated) @ _matrix(quotes, others).T
        mask = np.ones(cos.shape, dtype=bool)
        mask[:, len(dated):] = np.arange(len(undated))[None, :] > np.arange(len(undated))[:, None]
        yield from _similar_pairs(quotes, undated, others, cos, mask, model)


def _matrix(quotes: Sequence[Quote], idx: list[int]) -> np.ndarray:
    from quotes.embed import DIM
    if not idx:
        return np.zeros((0, DIM), dtype=np.float32)
    return np.stack([quotes[i].vec for i in idx]).astype(np.float32, copy=False)


def _similar_pairs(quotes, rows: list[int], cols: list[int], cos: np.ndarray, mask: np.ndarray, model: PairModel):
    """(probability, i, j) of the pairs under `mask` that the model links;
    pairs below its cosine floor are not looked at (words are read only
    for the others)."""
    for r, c in zip(*np.nonzero(mask & (cos >= model.floor))):
        i, j = rows[r], cols[c]
        p = link_strength(quotes[i], quotes[j], float(cos[r, c]), model)
        if p is not None:
            yield p, i, j


def link_strength(a: Quote, b: Quote, cos: float, model: PairModel) -> float | None:
    """The strength of the link the model makes between two quotes, None for
    none. Within one article: parts of one remark (strength 1), near copies
    (a headline and its lead) as the model scores them, nothing else."""
    if a.doc == b.doc:
        if one_remark(a, b, cos, model.remark_gap, model.remark_cos):
            return REMARK
        if cos < SAME_ARTICLE_COS and not (a.text == b.text or _contained(a.text, b.text)):
            return None
    p = model.probability(a, b, cos)
    return p if p >= model.threshold else None


def pairs_between(quotes: Sequence[Quote], n_new: int, window: int | None = None,
                  model: PairModel | None = None) -> list[tuple[float, int, int]]:
    """Links of the first n_new quotes (new ones, of one speaker key) with
    each other and with the rest (the candidates already stored)."""
    model = model or default_model()
    window = model.window if window is None else window
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
    return list(_similar_pairs(quotes, rows, cols, cos, close & order, model))


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


def link(quotes: Sequence[Quote], window: int | None = None, model: PairModel | None = None) -> list[str]:
    """group_id of each quote (blocks by speaker key, links strongest first)."""
    model = model or default_model()
    window = model.window if window is None else window
    blocks: dict[str | None, list[int]] = defaultdict(list)
    for i, q in enumerate(quotes):
        blocks[q.key].append(i)
    pairs: list[tuple[float, int, int]] = []
    for key, block in blocks.items():
        pairs.extend(_unnamed_pairs(quotes, block, window) if key is None else _block_pairs(quotes, block, window, model))
    return components(quotes, pairs, window, model)


def components(quotes: Sequence[Quote], pairs: list[tuple[float, int, int]], window: int,
               model: PairModel | None = None) -> list[str]:
    """Group ids from links (strength, i, j), made as Groups.join makes them."""
    groups = Groups([q.quote_id for q in quotes], [(q.day, q.day) for q in quotes], window,
                    [frozenset((q.doc,)) for q in quotes])
    groups.join(quotes, pairs, (model or default_model()).article_link)
    return groups.ids()


def strongest_first(quotes: Sequence[Quote], pairs: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """Links in the order they are made: strongest first, ties by quote id (so any arrival order gives one result)."""
    return sorted(pairs, key=lambda p: (-p[0], min(quotes[p[1]].quote_id, quotes[p[2]].quote_id)))


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


def group(records: Sequence[QuoteRecord], window: int | None = None, keys: dict[str, str] | None = None,
          vecs=None, model: PairModel | None = None) -> list[str]:
    """group_id for each record: the smallest quote_id of its group."""
    return link(quotes_of(records, keys, vecs), window, model)


def assign_groups(records: list[QuoteRecord], window: int | None = None) -> list[QuoteRecord]:
    """Records with group_id set; the input order is kept."""
    return [r.model_copy(update={"group_id": g}) for r, g in zip(records, group(records, window))]
