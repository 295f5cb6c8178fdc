"""Stanza pipeline loading and parsing into small typed objects.

This module alone talks to stanza: every later stage reads `ParsedDoc`, so
it can be tested on hand-built parses and never depends on stanza's classes.
A pipeline is loaded once per process per model set and reused.
"""
from __future__ import annotations

import bisect
import logging
import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable

from quotes import lexicon
from quotes.marks import QUOTE_MARKS
from quotes.prepare import DEFAULT_MAX_CHARS, chunks

PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")  # depparse last: it runs apart
MAX_PARSE_WORDS = 250  # longer sentences are not dependency-parsed
COMPACT_DIR = Path(__file__).parent / "models" / "compact"
STANZA_PACKAGE = "default"


class ModelError(RuntimeError):
    """The requested model set is missing or unusable."""


@dataclass(frozen=True, slots=True)
class Word:
    """One syntactic word; `head` is a document-wide index, -1 for the root."""
    i: int
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    start: int
    end: int
    sent: int


@dataclass(frozen=True, slots=True)
class Sentence:
    first: int  # index of its first word
    last: int  # index one past its last word
    start: int
    end: int


@dataclass(slots=True)
class ParsedDoc:
    text: str
    words: list[Word]
    sents: list[Sentence]
    kids: dict[int, list[int]] = field(init=False, repr=False)
    starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.kids = {}
        for w in self.words:
            self.kids.setdefault(w.head, []).append(w.i)
        self.starts = [w.start for w in self.words]

    def between(self, start: int, end: int) -> list[Word]:
        """Words lying wholly inside the characters [start, end)."""
        k = bisect.bisect_left(self.starts, start)
        out = []
        while k < len(self.words) and self.words[k].start < end:
            if self.words[k].end <= end:
                out.append(self.words[k])
            k += 1
        return out

    def word_at(self, pos: int) -> Word | None:
        """The first word ending after character pos."""
        k = max(bisect.bisect_right(self.starts, pos) - 1, 0)
        while k < len(self.words) and self.words[k].end <= pos:
            k += 1
        return self.words[k] if k < len(self.words) else None

    def children(self, i: int) -> list[Word]:
        """Dependents of word i, in text order."""
        return [self.words[k] for k in self.kids.get(i, ())]

    def subtree(self, i: int) -> list[Word]:
        """Word i and everything it dominates, in text order."""
        out, todo = [], [i]
        while todo:
            k = todo.pop()
            out.append(k)
            todo.extend(self.kids.get(k, ()))
        return [self.words[k] for k in sorted(out)]


def stanza_default_dir() -> Path:
    """Where `quotes models download` keeps stanza's official models."""
    base = os.environ.get("QUOTES_HOME") or os.path.join(
        os.environ.get("XDG_DATA_HOME", os.path.expanduser("~/.local/share")), "quotes")
    return Path(base) / "stanza_resources"


def default_model() -> str:
    """The model set used when none is named: $QUOTES_MODEL, else compact."""
    return os.environ.get("QUOTES_MODEL") or "compact"


def model_dir(model: str | None = None) -> Path:
    """Directory of the model set named by --model: compact, stanza-default or a path."""
    model = model or default_model()
    if model == "compact":
        return COMPACT_DIR
    if model == "stanza-default":
        return stanza_default_dir()
    return Path(model)


def _pipeline_config(model: str) -> dict:
    root = model_dir(model)
    if model == "stanza-default":
        if not (root / "en").is_dir():
            raise ModelError(f"{root}: stanza's English models are not downloaded; run `quotes models download`")
        return dict(lang="en", dir=str(root), package=STANZA_PACKAGE, tokenize_postprocessor=join_title_splits)
    missing = [p for p in PROCESSORS if not (root / f"{p}.pt").is_file()]
    if missing:
        raise ModelError(f"{root}: model set lacks {', '.join(p + '.pt' for p in missing)}")
    cfg = dict(lang="en", dir=str(root), tokenize_postprocessor=join_title_splits)
    for p in PROCESSORS:
        cfg[f"{p}_model_path"] = str(root / f"{p}.pt")
    vectors = root / "pos.pretrain.pt"  # the tagger's word vectors, if it was trained with them
    cfg["pos_pretrain_path"] = str(vectors) if vectors.is_file() else None
    # a parser widened to read them (quotes.training.widen_parser) reads the same file
    cfg["depparse_pretrain_path"] = cfg["pos_pretrain_path"] if reads_vectors(root / "depparse.pt") else None
    return cfg


def join_title_splits(sentences: list[list]) -> list[list]:
    """stanza's tokenizer postprocessor: a sentence the tokenizer ended at
    the period of a title before a name ("Texas Sen" "." | "Ted Cruz said
    ...") is joined to the next one, and the title to its period ("Sen."),
    as the tokenizer writes it mid-sentence. Tokens are strings or (string,
    True) for a multi-word token, as stanza hands them over."""
    out: list[list] = []
    for sent in sentences:
        prev = out[-1] if out else None
        if prev and sent and _title_period(prev) and isinstance(sent[0], str) and sent[0][:1].isupper():
            if prev[-1] == ".":
                prev[-2:] = [prev[-2] + "."]
            prev.extend(sent)
        else:
            out.append(list(sent))
    return out


def _title_period(sent: list) -> bool:
    """The sentence ends in a title-case title and its period ("Sen" "." or "then-Sen.")."""
    if sent[-1] == "." and len(sent) > 1 and isinstance(sent[-2], str):
        word = sent[-2]
    elif isinstance(sent[-1], str) and sent[-1].endswith(".") and len(sent[-1]) > 1:
        word = sent[-1][:-1]
    else:
        return False
    word = word.rsplit("-", 1)[-1]
    return word.istitle() and word.lower() in lexicon.words("name_abbreviations")  # "Sen", not "DR" or "rep"


def reads_vectors(model: Path) -> bool:
    """Was this parser model trained with word vectors?"""
    import torch
    try:
        return bool(torch.load(model, map_location="cpu", weights_only=False)["config"].get("pretrain"))
    except Exception as exc:  # torch raises many kinds; the user needs one line
        raise ModelError(f"{model}: not a readable parser model ({exc})") from exc


def load_pipeline(model: str | None = None):
    """Load (once per process) the stanza pipeline for a model set."""
    return _load(model or default_model())


class Pipeline:
    """stanza in two steps: tokenize, mwt, pos and lemma on the whole text,
    then depparse on the sentences chosen, in one batch. A "sentence" of
    thousands of tokens (junk, tables, runs of quotation marks) would need
    memory quadratic in its length: it is never dependency-parsed."""

    def __init__(self, tagger, parser):
        self.tagger = tagger
        self.parser = parser

    def tag(self, text: str):
        return self.tagger(text)

    def tag_many(self, texts: list[str]) -> list:
        """Tagged stanza Documents of several texts from one bulk call: the
        tagger batches sentences across texts, which is faster than a call each."""
        from stanza.models.common.doc import Document

        return self.tagger.bulk_process([Document([], text=t) for t in texts]) if texts else []

    def depparse(self, sentences: list) -> None:
        """Set head and deprel on the words of these stanza sentences."""
        from stanza.models.common.doc import Document

        if not sentences:
            return
        parsed = self.parser(Document([s.to_dict() for s in sentences]))
        for mine, theirs in zip(sentences, parsed.sentences):
            for w, p in zip(mine.words, theirs.words):
                w.head, w.deprel = p.head, p.deprel

    def __call__(self, text: str):
        """The whole pipeline on a text, every short sentence parsed."""
        doc = self.tag(text)
        self.depparse([s for s in doc.sentences if len(s.words) <= MAX_PARSE_WORDS])
        return doc


@lru_cache(maxsize=4)
def _load(model: str) -> Pipeline:
    import stanza  # deferred: importing torch costs seconds

    from quotes import fastpaths, mst

    cfg = _pipeline_config(model)
    mst.install()  # same trees, decoded about 4x faster than stanza decodes them
    fastpaths.install()  # same tags and lemmas, less work
    logging.getLogger("stanza").setLevel(logging.ERROR)
    common = dict(download_method=None, use_gpu=False, logging_level="ERROR")
    tag_cfg = {k: v for k, v in cfg.items() if not k.startswith("depparse_")}
    parse_cfg = {k: v for k, v in cfg.items() if not k.startswith(PROCESSORS[:-1])}
    try:
        vectors = _vectors(cfg.get("pos_pretrain_path"))
        return Pipeline(stanza.Pipeline(processors=",".join(PROCESSORS[:-1]), **common, **tag_cfg, **vectors),
                        stanza.Pipeline(processors="depparse", depparse_pretagged=True, **common, **parse_cfg,
                                        **vectors))
    except Exception as exc:  # stanza raises many kinds; the user needs one line
        raise ModelError(f"{model_dir(model)}: cannot load model set ({exc})") from exc


def _vectors(path: str | None) -> dict:
    """The pipelines' foundation cache holding the word vectors (float_vectors)."""
    if path is None:
        return {}
    from stanza.models.common.foundation_cache import FoundationCache

    cache = FoundationCache()
    cache.pretrains[path] = float_vectors(path)
    return {"foundation_cache": cache}


def float_vectors(path: str):
    """stanza's Pretrain of word vectors stored in half precision, as float32
    (its pretrain loader keeps the stored type, which its float32 layers refuse)."""
    from stanza.models.common.pretrain import Pretrain

    vectors = Pretrain(path)
    vectors.load()
    vectors._emb = vectors.emb.float()
    return vectors


Selector = Callable[[list[Word]], bool]


def _words(sent, offset: int, base: int, s_i: int) -> list[Word]:
    """Our Words of one stanza sentence, shifted by a character offset and a word index."""
    out = []
    for token in sent.tokens:
        for w in token.words:
            out.append(Word(
                i=base + w.id - 1, text=w.text, lemma=w.lemma or w.text.lower(),
                upos=w.upos or "X", xpos=w.xpos or "", feats=w.feats or "",
                head=base + w.head - 1 if w.head else -1, deprel=w.deprel or "dep",
                start=offset + token.start_char, end=offset + token.end_char, sent=s_i))
    return out


def chunk_tree(words: list[Word]) -> list[Word]:
    """A tree from tags alone, for sentences that are not dependency-parsed:
    runs of determiners, adjectives, numbers and nouns form noun phrases
    headed by their last word ("NATO Secretary General Jens Stoltenberg"),
    "X 's Y" makes X a possessor of Y, the first verb is the root, and the
    nearest noun phrase or pronoun before it is its subject. Enough for the
    mentions and subjects that coreference reads; everything else hangs
    from the root."""
    if not words:
        return words
    base = words[0].i
    heads = [None] * len(words)
    rels = ["dep"] * len(words)
    chunk_heads: list[int] = []
    k = 0
    while k < len(words):
        if words[k].upos not in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
            k += 1
            continue
        j = k
        while j + 1 < len(words) and words[j + 1].upos in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
            j += 1
        head = j
        for m in range(k, j):
            heads[m] = head
            rels[m] = {"DET": "det", "ADJ": "amod", "NUM": "nummod"}.get(words[m].upos) or (
                "flat" if words[m].upos == words[head].upos == "PROPN" else "compound")
        if chunk_heads and k >= 2 and words[k - 1].text in ("'s", "’s", "'", "’") \
                and chunk_heads[-1] == k - 2:  # "Russia 's Defence Ministry"
            heads[k - 2], rels[k - 2] = head, "nmod:poss"
            heads[k - 1], rels[k - 1] = k - 2, "case"
        chunk_heads.append(head)
        k = j + 1
    verbs = [m for m, w in enumerate(words) if w.upos == "VERB"] or [m for m, w in enumerate(words) if w.upos == "AUX"]
    root = verbs[0] if verbs else (chunk_heads[0] if chunk_heads else 0)
    before = [m for m in chunk_heads + [m for m, w in enumerate(words) if w.upos == "PRON"]
              if m < root and heads[m] is None and words[m].upos in ("NOUN", "PROPN", "PRON")]
    if before:
        subj = max(before)
        if not any(w.upos == "VERB" for w in words[subj + 1:root]):
            heads[subj], rels[subj] = root, "nsubj"
    out = []
    for m, w in enumerate(words):
        head, rel = (heads[m], rels[m]) if m != root else (None, "root")
        if m != root and head is None:
            head, rel = root, "dep"
        out.append(replace(w, head=base + head if head is not None else -1, deprel=rel))
    return out


def _tagged(sents: list[tuple[object, int]], deep: Selector | None) -> tuple[list, list[int]]:
    """One document's (stanza sentence, offset) pairs as (sentence, Words)
    pairs, and which of them to dependency-parse: those `deep` accepts (all,
    when it is None) and no longer than MAX_PARSE_WORDS."""
    tagged, base = [], 0
    for k, (sent, offset) in enumerate(sents):
        _possessive_apostrophes(sent)
        _reporting_s_forms(sent)
        ws = _words(sent, offset, base, k)
        base += len(ws)
        tagged.append((sent, offset, ws))
    chosen = [k for k, (sent, _, ws) in enumerate(tagged)
              if len(sent.words) <= MAX_PARSE_WORDS and (deep is None or deep(ws))]
    return tagged, chosen


def _possessive_apostrophes(sent) -> None:
    """Tag the apostrophe of a plural possessive ("the nurses' union",
    "Belarus’ defence") as one: the compact tagger reads it as an opening
    quotation mark, and the parse of the sentence then goes astray. Only an
    apostrophe glued to a word ending in "s", with a word after a space, and
    no single quote left open before it (which it might close)."""
    tokens = sent.tokens
    open_single = False
    for k, token in enumerate(tokens):
        glued = k > 0 and tokens[k - 1].end_char == token.start_char
        if token.text in ("‘", "'") and not glued:
            open_single = True
            continue
        last = token.words[-1]
        if last.text not in ("'", "’") or k + 1 == len(tokens):
            continue
        before = token.words[-2].text if len(token.words) > 1 else tokens[k - 1].text if glued else ""
        nxt = tokens[k + 1]
        if before[-1:] in ("s", "S") and nxt.start_char > token.end_char and nxt.text[:1].isalnum() \
                and not open_single:
            last.upos, last.xpos = "PART", "POS"
        else:
            open_single = False


S_FORM_FEATS = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def _reporting_s_forms(sent) -> None:
    """Tag "states" in "A document on the website states that ..." (or
    "tells" in "Johnson tells MSNBC on Friday that ...") as the verb it is:
    the compact tagger reads a reporting verb's -s form after a noun as a
    plural noun. Only before a "that" a few words on, with no verb or
    punctuation (quotation marks aside) between."""
    words = sent.words
    for k, w in enumerate(words[1:], 1):
        lemma = _reporting_lemma(w.text) if w.xpos == "NNS" else None
        if lemma and words[k - 1].upos in ("NOUN", "PROPN", "PRON") and _that_follows(words[k + 1:k + 11]):
            w.upos, w.xpos, w.feats, w.lemma = "VERB", "VBZ", S_FORM_FEATS, lemma


def _reporting_lemma(text: str) -> str | None:
    """The reporting verb an -s form belongs to ("states" -> "state")."""
    from quotes.lexicon import words as lexicon

    low = text.lower()
    verbs = lexicon("speech_verbs")
    return next((low[:-len(end)] for end in ("s", "es") if low.endswith(end) and low[:-len(end)] in verbs), None)


def _that_follows(words: list) -> bool:
    quoted = False  # a title in quotation marks may hold a verb: "Morning Joe"
    for w in words:
        if w.text in QUOTE_MARKS:
            quoted = not quoted
            continue
        if quoted:
            continue
        if w.upos in ("VERB", "AUX") or w.upos == "PUNCT":
            return False
        if w.text.lower() == "that":
            return True
    return False


def _assemble(text: str, tagged: list, chosen: list[int]) -> ParsedDoc:
    """A ParsedDoc from tagged sentences, the chosen ones now parsed; the
    others get a chunk_tree."""
    words: list[Word] = []
    sents: list[Sentence] = []
    chosen_set = set(chosen)
    for k, (sent, offset, ws) in enumerate(tagged):
        if not ws:
            continue
        base, s_i = len(words), len(sents)
        if k in chosen_set:
            words.extend(_words(sent, offset, base, s_i))  # again: the parse has set heads
        else:
            same = ws[0].i == base and ws[0].sent == s_i  # no empty sentence before shifted it
            words.extend(chunk_tree(ws if same else _words(sent, offset, base, s_i)))
        sents.append(Sentence(base, len(words), words[base].start, words[-1].end))
    return ParsedDoc(text=text, words=words, sents=sents)


def parse(text: str, model: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
          deep: Selector | None = None) -> ParsedDoc:
    """Parse a text with the pipeline of a model set; a text longer than
    max_chars is parsed in paragraph-aligned pieces and joined again. With
    `deep`, only the sentences it accepts are dependency-parsed."""
    return parse_many([text], model, max_chars, [deep])[0]


def parse_many(texts: list[str], model: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
               deeps: list[Selector | None] | None = None) -> list[ParsedDoc]:
    """parse() of several texts with one tagger call and one parser call:
    stanza sorts and batches the sentences of all of them together, which
    runs about a third faster than a call per short article."""
    nlp = load_pipeline(model)
    deeps = deeps or [None] * len(texts)
    pieces = [(d, start, text[start:end]) for d, text in enumerate(texts)
              for start, end in chunks(text, max_chars) if text[start:end].strip()]
    per_doc: list[list[tuple[object, int]]] = [[] for _ in texts]
    for (d, start, _), tagged_doc in zip(pieces, nlp.tag_many([p[2] for p in pieces])):
        per_doc[d].extend((sent, start) for sent in tagged_doc.sentences)
    plans = [_tagged(sents, deep) for sents, deep in zip(per_doc, deeps)]
    nlp.depparse([tagged[k][0] for tagged, chosen in plans for k in chosen])
    return [_assemble(text, tagged, chosen) for text, (tagged, chosen) in zip(texts, plans)]
