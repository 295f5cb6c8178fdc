"""Choice: which of the rules' attributions to keep, and how sure to be of each.

The rules (quotes.attribute) propose attributions; this stage describes each
proposal by features of its parse and text (the rules behind it, the cue's
lemma and tags, where the cue and the source stand, the span's length and
quotation marks, ...) and asks two gradient-boosted tree models trained on
PolNeAR train (`quotes models train-attribution`, quotes/models/attribution.md):

- `span`: the probability that the content span is one a reader would mark;
  a proposal below the model's threshold for its kind (with quoted words or
  without) is dropped;
- `record`: the probability that span and speaker are both right; calibrated
  by isotonic regression on cross-validated predictions, it becomes the
  record's `confidence`.

The models live in one JSON file (LightGBM's own text format inside it,
with the feature list, the category codes and the calibration), never a
pickle.
"""
from __future__ import annotations

import bisect
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import orjson

from quotes.attribute import Attribution
from quotes.marks import paragraphs
from quotes.parse import ModelError, ParsedDoc, Word
from quotes.records import QuoteRecord

MODEL_PATH = Path(__file__).parent / "models" / "attribution.json"

CATEGORICAL = ("type", "cue_lemma", "cue_kind", "cue_upos", "cue_xpos", "cue_deprel", "content_rule",
               "speaker_rule", "cue_side", "source_upos", "source_deprel", "speaker_kind", "first_upos",
               "last_char", "word_after", "word_before", "upos_after", "root_deprel", "root_upos", "root_head")
NUMERIC = ("rule_confidence", "words", "quoted_share", "parts", "finite_verbs", "cue_before", "cue_after",
           "cue_inside", "cue_gap", "source_found", "source_gap", "source_inside", "speaker_named",
           "speaker_roles", "speaker_words", "speaker_pronoun", "follows", "shares_cue", "sentences",
           "starts_sentence", "ends_sentence", "starts_paragraph", "paragraph_share", "position",
           "first_paragraph", "upper_first", "cues_in_sentence", "overlaps", "rules", "guess", "roots",
           "root_under_cue", "left_in_sentence", "commas")


@dataclass(slots=True)
class Candidate:
    """A proposal, or another reading of one: the attribution, its record,
    its features, and which proposal it reads (`proposal`; `main` for the
    rules' own reading)."""
    att: Attribution
    record: QuoteRecord
    features: dict
    proposal: int = 0
    main: bool = True


def candidates(doc: ParsedDoc, readings: list[tuple[int, Attribution, QuoteRecord, bool]]) -> list[Candidate]:
    """Features of each reading (proposal index, attribution, record, whether
    it is the rules' own) of one document."""
    paras = [s for s, _ in paragraphs(doc.text)]
    spans = [(r.start, r.end) for _, _, r, main in readings if main]
    cue_sents = [doc.words[a.cue.head].sent for _, a, _, main in readings if a.cue and main]
    return [Candidate(a, r, _features(doc, a, r, main, paras, spans, cue_sents), k, main)
            for k, a, r, main in readings]


CUE_SIDES = ("cue:after", "cue:before", "cue:previous", "cue:none")


def _cue_side(a: Attribution) -> str:
    """Where a direct quote's cue stands: after, before, previous (sentence) or none."""
    return next((x.split(":", 1)[1] for x in a.rules if x in CUE_SIDES), "none")


def _features(doc: ParsedDoc, a: Attribution, r: QuoteRecord, main: bool, paras: list[int],
              spans: list[tuple[int, int]], cue_sents: list[int]) -> dict:
    words = doc.between(r.start, r.end) or [doc.word_at(r.start) or doc.words[-1]]
    cue = doc.words[a.cue.head] if a.cue else None
    src = doc.words[a.source] if a.source is not None else None
    para = max(bisect.bisect_right(paras, r.start) - 1, 0)
    rule = lambda prefix: next((x.split(":", 1)[1] for x in a.rules if x.startswith(prefix)), "none")
    text = doc.text
    f = {
        "type": r.type, "cue_lemma": a.cue.lemma if a.cue else "none", "cue_kind": a.cue.kind if a.cue else "none",
        "cue_upos": cue.upos if cue else "none", "cue_xpos": cue.xpos if cue else "none",
        "cue_deprel": cue.deprel if cue else "none", "content_rule": rule("content:"),
        "speaker_rule": rule("speaker:"), "cue_side": _cue_side(a) if r.type == "direct" else "clause",
        "source_upos": src.upos if src else "none", "source_deprel": src.deprel if src else "none",
        "speaker_kind": r.speaker.kind, "first_upos": words[0].upos, "last_char": _char_class(text[r.end - 1]),
        "rule_confidence": a.confidence, "words": len(words),
        "quoted_share": sum(p.end - p.start for p in r.parts) / max(r.end - r.start, 1), "parts": len(r.parts),
        "finite_verbs": sum("VerbForm=Fin" in w.feats for w in words),
        "cue_before": float(bool(a.cue) and a.cue.end <= r.start), "cue_after": float(bool(a.cue) and a.cue.start >= r.end),
        "cue_inside": float(bool(a.cue) and r.start <= a.cue.start < r.end),
        "cue_gap": _gap(doc, a.cue.start, a.cue.end, r.start, r.end) if a.cue else -1,
        "source_found": float(src is not None),
        "source_gap": abs(src.i - cue.i) if src and cue else -1,
        "source_inside": float(src is not None and r.start <= src.start < r.end),
        "speaker_named": float(bool(r.speaker.name)), "speaker_roles": len(r.speaker.roles),
        "speaker_words": len((r.speaker.mention or "").split()),
        "speaker_pronoun": float(src is not None and src.upos == "PRON"),
        "follows": float(a.follows), "shares_cue": float(a.shares_cue),
        "sentences": words[-1].sent - words[0].sent + 1,
        "starts_sentence": float(_starts_sentence(doc, words[0])),
        "ends_sentence": float(words[-1].i + 1 >= doc.sents[words[-1].sent].last - 1),
        "starts_paragraph": float(not text[paras[para]:r.start].strip(" \"“”‘’'«»")) if paras else 0.0,
        "paragraph_share": para / max(len(paras), 1), "position": r.start / max(len(text), 1),
        "first_paragraph": float(para == 0), "upper_first": float(text[r.start:r.start + 1].isupper()),
        "cues_in_sentence": cue_sents.count(cue.sent) if cue else 0,
        "overlaps": sum(s < r.end and r.start < e for s, e in spans) - main,
        "rules": len(a.rules), "guess": float(a.guess),
        "word_after": _edge_word(doc, r.end, after=True), "word_before": _edge_word(doc, r.start, after=False),
        "upos_after": _edge_upos(doc, r.end, after=True),
        **(_shape(doc, words, a.cue.head if a.cue else None) if r.type == "indirect" else NO_SHAPE),
    }
    for x in a.rules:
        f[f"rule={x}"] = 1.0
    return f


EDGE_WORDS = {",", ";", ":", ".", "--", "—", "–", "(", "and", "but", "or", "which", "who", "while", "because",
              "as", "that", "if", "when", "after", "before", "saying", "adding", "according", "said", "says"}


def _edge(doc: ParsedDoc, pos: int, after: bool) -> Word | None:
    """The first word after character `pos` (or the last before it), quotation marks skipped."""
    if after:
        w = doc.word_at(pos)
        while w is not None and w.text in "\"“”‘’'«»" and w.i + 1 < len(doc.words):
            w = doc.words[w.i + 1]
        return w
    k = bisect.bisect_left(doc.starts, pos) - 1
    while k >= 0 and doc.words[k].text in "\"“”‘’'«»":
        k -= 1
    return doc.words[k] if k >= 0 else None


def _edge_word(doc: ParsedDoc, pos: int, after: bool) -> str:
    w = _edge(doc, pos, after)
    return "none" if w is None else w.text.lower() if w.text.lower() in EDGE_WORDS else "other"


def _edge_upos(doc: ParsedDoc, pos: int, after: bool) -> str:
    w = _edge(doc, pos, after)
    return "none" if w is None else w.upos


# Quoted readings get no span shape: their edges are the quotation marks (with
# these features they lost direct and mixed recall on train, attribution.md).
NO_SHAPE = {"root_deprel": "none", "root_upos": "none", "root_head": "none", "roots": -1, "root_under_cue": -1.0,
            "left_in_sentence": -1, "commas": -1}


def _shape(doc: ParsedDoc, words: list[Word], cue: int | None) -> dict:
    """How a reported clause's span sits in its parse: its top word (the
    first whose head lies outside it) and that word's head, how many such
    tops it has (a span cut across clauses has several), whether one hangs on
    the cue, and how far the sentence runs on after it: where a reported
    clause should end."""
    inside = {w.i for w in words}
    tops = [w for w in words if w.head not in inside]
    top = tops[0] if tops else words[0]
    head = "cue" if cue is not None and top.head == cue else "root" if top.head < 0 else doc.words[top.head].deprel
    return {"root_deprel": top.deprel, "root_upos": top.upos, "root_head": head, "roots": min(len(tops), 6),
            "root_under_cue": float(cue is not None and any(w.head == cue for w in tops)),
            "left_in_sentence": min(doc.sents[words[-1].sent].last - words[-1].i - 1, 30),
            "commas": min(sum(w.text == "," for w in words), 8)}


def _char_class(c: str) -> str:
    return c if c in ".,!?;:" else "quote" if c in "\"”“'’»«" else "alnum" if c.isalnum() else "other"


def _starts_sentence(doc: ParsedDoc, w: Word) -> bool:
    first = doc.sents[w.sent].first
    return all(x.upos == "PUNCT" for x in doc.words[first:w.i])


def _gap(doc: ParsedDoc, cs: int, ce: int, s: int, e: int) -> int:
    """Words between a cue and a span (0 when the cue is inside it)."""
    if ce <= s:
        return len(doc.between(ce, s))
    if cs >= e:
        return len(doc.between(e, cs))
    return 0


class Chooser:
    """The two trained models, their features and their calibration."""

    def __init__(self, spec: dict):
        import lightgbm  # imported here: 2 s, and only extraction needs it

        self.spec = spec
        self.columns: list[str] = spec["columns"]
        self.codes = codes_of(spec["categories"])
        self.thresholds: dict[str, float] = spec["thresholds"]
        self.boosters = {name: lightgbm.Booster(model_str=spec[name]["model"]) for name in ("span", "record")}

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Chooser:
        try:
            return cls(orjson.loads(path.read_bytes()))
        except (OSError, orjson.JSONDecodeError, KeyError, ValueError) as e:
            raise ModelError(f"{path}: not a usable attribution model ({e})") from e

    def matrix(self, rows: list[dict]) -> np.ndarray:
        return encode(rows, self.columns, self.codes)

    def raw(self, rows: list[dict]) -> dict[str, np.ndarray]:
        x = self.matrix(rows)
        return {name: b.predict(x) for name, b in self.boosters.items()}

    def probabilities(self, rows: list[dict]) -> dict[str, np.ndarray]:
        """Calibrated probabilities of each model for each row."""
        return {name: calibrate(p, self.spec[name]["calibration"]) for name, p in self.raw(rows).items()}

    def choose(self, cands: list[Candidate]) -> list[QuoteRecord]:
        """The records `select` keeps, by this model's probabilities."""
        if not cands:
            return []
        p = self.probabilities([c.features for c in cands])
        return select(cands, p["span"], p["record"], self.thresholds)


def rules_readings(cands: list[Candidate]) -> list[QuoteRecord]:
    """The rules' own readings of their own attributions (guesses left out)."""
    return [c.record for c in cands if c.main and not c.att.guess]


def select(cands: list[Candidate], span: np.ndarray, record: np.ndarray, thresholds: dict[str, float]
           ) -> list[QuoteRecord]:
    """For each proposal the reading rated best by `span` (and of that
    span's readings with other speakers, the one rated best by `record`),
    kept when its rating reaches the threshold of its kind ("quoted": direct
    and mixed quotes; "indirect"), with `record` as its confidence. A kept
    reading that takes in another proposal's content without a cue of its
    own ("A," he said. "B.") leaves no record for that one."""
    best: dict[int, int] = {}
    for i, c in enumerate(cands):
        if "alt:speaker" not in c.record.rules and (c.proposal not in best or span[i] > span[best[c.proposal]]):
            best[c.proposal] = i
    for i, c in enumerate(cands):  # the speaker: of the readings of the chosen span, the surest record
        b = cands[best[c.proposal]].record
        if (c.record.start, c.record.end) == (b.start, b.end) and record[i] > record[best[c.proposal]]:
            best[c.proposal] = i
    kept = [i for i in best.values()
            if span[i] >= thresholds["indirect" if cands[i].record.type == "indirect" else "quoted"]]
    spans = [(cands[i].record.start, cands[i].record.end, cands[i].record.cue, cands[i].record.type) for i in kept]
    out = []
    for i in kept:
        r = cands[i].record
        if any(s <= r.start and r.end <= e and (r.start, r.end) != (s, e) and (
                r.cue is None or r.cue == cue or r.type == kind == "direct") for s, e, cue, kind in spans):
            continue  # the second quote of "A," he said. "B." read as one content
        out.append(r.model_copy(update={"confidence": round(float(record[i]), 2)}))
    return sorted(out, key=lambda r: (r.start, r.end))


def encode(rows: list[dict], columns: list[str], codes: dict[str, dict]) -> np.ndarray:
    """Rows of features as the models' columns: categories by their code
    (an unseen value is missing), numbers as they are, absent rules 0."""
    out = np.zeros((len(rows), len(columns)), dtype=np.float64)
    for k, row in enumerate(rows):
        for j, name in enumerate(columns):
            value = row.get(name, 0.0)
            if name in codes:
                value = codes[name].get(value, np.nan)
            out[k, j] = value
    return out


def codes_of(categories: dict[str, list]) -> dict[str, dict]:
    return {name: {v: k for k, v in enumerate(values)} for name, values in categories.items()}


def calibrate(p: np.ndarray, table: dict) -> np.ndarray:
    """Isotonic calibration stored as its step points, read by interpolation."""
    return np.clip(np.interp(p, table["x"], table["y"]), 0.0, 1.0)


@lru_cache(maxsize=1)
def default_chooser() -> Chooser:
    """The shipped model, or the file $QUOTES_ATTRIBUTION_MODEL names."""
    path = os.environ.get("QUOTES_ATTRIBUTION_MODEL")
    return Chooser.load(Path(path) if path else MODEL_PATH)
