"""Evaluation against brat standoff attribution annotations (PolNeAR style).

A gold attribution is an `E` line linking Content, Cue and Source spans. A
predicted quote matches a gold one (one-to-one, same document) when their
overlap covers at least half of both spans.
"""
from __future__ import annotations

import hashlib
import pickle
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import orjson


QUOTE_CHARS = set("\"“”«»„")


@dataclass
class Gold:
    content: list[tuple[int, int]]
    cue: list[tuple[int, int]] = field(default_factory=list)
    source: list[tuple[int, int]] = field(default_factory=list)
    cue_text: str = ""
    content_text: str = ""


def _spans(field_: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (p.split() for p in field_.split(";"))]


def read_ann(path: Path) -> list[Gold]:
    """Gold attributions of one .ann file (those with a Content span)."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, offsets = cols[1].partition(" ")
            spans[cols[0]] = (label, _spans(offsets), cols[2] if len(cols) > 2 else "")
        elif line.startswith("E") and len(cols) >= 2:
            events.append(dict(arg.split(":", 1) for arg in cols[1].split()))
    out = []
    for ev in events:
        if "Content" not in ev or ev["Content"] not in spans:
            continue
        g = Gold(content=spans[ev["Content"]][1], content_text=spans[ev["Content"]][2])
        if ev.get("Cue") in spans:
            g.cue, g.cue_text = spans[ev["Cue"]][1], spans[ev["Cue"]][2]
        if ev.get("Source") in spans:
            g.source = spans[ev["Source"]][1]
        out.append(g)
    return out


def _length(spans) -> int:
    return sum(e - s for s, e in spans)


def overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def matches(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> bool:
    o = overlap(pred, gold)
    return o * 2 >= _length(pred) and o * 2 >= _length(gold) and o > 0


def is_direct(content: str) -> bool:
    """Gold content with a quotation mark (or the ''two apostrophes'' of some archives)."""
    return any(c in QUOTE_CHARS for c in content) or "''" in content


def is_mixed(content: str) -> bool:
    """Gold content with a quoted fragment inside a paraphrase: words
    outside its quotation marks as well as inside."""
    outside = re.split(r"[\"“”«»„]|''", content)[0::2]
    return is_direct(content) and any(re.search(r"[A-Za-z]{2,}", seg) for seg in outside)


def is_speech_cue(cue_text: str) -> bool:
    """A gold cue is a speech verb when one of its words is in our lexicon of
    reporting verbs, or it is "according to"."""
    from quotes.cues import lexicon_lemma
    if "according" in cue_text.lower():
        return True
    return any(lexicon_lemma(tok, "", "speech_verbs") for tok in re.findall(r"[A-Za-z]+", cue_text))


def align(preds, golds: list[Gold]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index), largest overlaps first."""
    cands = []
    for i, p in enumerate(preds):
        # a direct quote is its quoted words ("A," he said, "B."); other quotes, the whole clause
        ps = [(x.start, x.end) for x in p.parts] if p.type == "direct" and p.parts else [(p.start, p.end)]
        for j, g in enumerate(golds):
            if matches(ps, g.content):
                cands.append((overlap(ps, g.content), i, j))
    pairs, used_p, used_g = [], set(), set()
    for _, i, j in sorted(cands, reverse=True):
        if i not in used_p and j not in used_g:
            pairs.append((i, j))
            used_p.add(i)
            used_g.add(j)
    return pairs


def speaker_correct(pred, gold: Gold, text: str) -> bool:
    sp = pred.speaker
    if sp.start is not None and overlap([(sp.start, sp.end)], gold.source) > 0:
        return True
    if sp.name:
        last = sp.name.split()[-1].lower()
        return any(last in text[s:e].lower() for s, e in gold.source)
    return False


PARSE_CODE = ("parse.py", "mst.py", "fastpaths.py", "prepare.py", "lexicons/name_abbreviations.txt")


def _cache_key(text: str, model: str | None) -> str:
    """A parse depends on the text, the model files and stanza's version."""
    return hashlib.sha1("\n".join([text, *_model_stamp(model)]).encode()).hexdigest()


@cache
def _model_stamp(model: str | None) -> tuple[str, ...]:
    """The model set's folder, file sizes and times, stanza's version, the
    processors and our own parsing code (a change to it changes parses):
    read once per run, not once per document."""
    import stanza

    from quotes.parse import PROCESSORS, default_model, model_dir
    root = model_dir(model or default_model())
    stamps = [f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in sorted(root.glob("*.pt"))]
    code = [hashlib.sha1((Path(__file__).parent / name).read_bytes()).hexdigest() for name in PARSE_CODE]
    return (str(root), stanza.__version__, *stamps, *PROCESSORS, *code)


def parsed(path: Path, text: str, model: str | None, cache: Path | None):
    """The parse of one article (None for an empty one) and its quoted
    spans. With a cache folder, the full parse is kept there and reused
    (records from a full parse equal the selective run's); without one,
    only the sentences that can hold a quote are dependency-parsed, as
    `quotes extract` parses them."""
    from quotes.marks import find_quoted
    from quotes.parse import parse
    from quotes.prepare import prepare
    from quotes.rules import parse_selector

    prepared = prepare(text)
    if not prepared.text.strip():
        return None, []
    quoted = find_quoted(prepared.text)
    if cache is None:
        return parse(prepared.text, model, deep=parse_selector(quoted)), quoted
    stored = cache / f"{path.stem}.pkl"
    key = _cache_key(prepared.text, model)
    doc = None
    if stored.is_file():
        saved_key, saved = pickle.loads(stored.read_bytes())
        doc = saved if saved_key == key else None
    if doc is None:
        doc = parse(prepared.text, model)
        cache.mkdir(parents=True, exist_ok=True)
        stored.write_bytes(pickle.dumps((key, doc)))
    return doc, quoted


def predict(path: Path, text: str, model: str | None, cache: Path | None, rules_only: bool = False):
    """Records of one article (`rules_only`: the rules' own readings, without the learned choice)."""
    from quotes.extract import extract_parsed

    doc, quoted = parsed(path, text, model, cache)
    return [] if doc is None else extract_parsed(doc, path.stem, text, quoted, rules_only=rules_only)


def _errors(doc_id: str, text: str, preds, golds: list[Gold], pairs) -> list[dict]:
    """False positives, misses and wrong speakers of one document, for study."""
    out = []
    hit_p = {i for i, _ in pairs}
    hit_g = {j for _, j in pairs}
    show = lambda spans: " ... ".join(text[s:e] for s, e in spans)
    for i, p in enumerate(preds):
        if i not in hit_p:
            out.append(dict(doc=doc_id, kind="fp", type=p.type, start=p.start, text=p.text,
                            cue=p.cue.text if p.cue else None, speaker=p.speaker.mention))
    for j, g in enumerate(golds):
        if j not in hit_g:
            out.append(dict(doc=doc_id, kind="fn", direct=is_direct(g.content_text),
                            start=g.content[0][0], text=g.content_text, cue=g.cue_text,
                            source=show(g.source)))
    for i, j in pairs:
        if golds[j].source and not speaker_correct(preds[i], golds[j], text):
            out.append(dict(doc=doc_id, kind="speaker", start=preds[i].start, text=preds[i].text,
                            cue=preds[i].cue.text if preds[i].cue else None,
                            ours=preds[i].speaker.mention, gold=show(golds[j].source)))
    return out


class Tally:
    """Counts of one evaluation: matches, recall by kind of gold quote,
    speakers, each rule's share, and confidence against correctness."""

    BINS = 10

    def __init__(self):
        self.predicted = self.correct = 0
        self.gold = {"all": [0, 0], "direct": [0, 0], "mixed": [0, 0], "indirect": [0, 0], "speech_verb": [0, 0]}
        self.by_type: dict[str, list[int]] = {}  # record type: predicted, matched
        self.speaker = [0, 0]
        self.rules: dict[str, list[int]] = {}  # predicted, matched, speaker right, speaker pairs
        self.bins = [[0, 0.0, 0] for _ in range(self.BINS)]  # records, confidence sum, right

    def add(self, text: str, preds, golds: list[Gold]) -> list[tuple[int, int]]:
        """Score one document's predictions; returns the aligned pairs."""
        pairs = align(preds, golds)
        gold_of = {i: j for i, j in pairs}
        matched_g = set(gold_of.values())
        self.predicted += len(preds)
        self.correct += len(pairs)
        for j, g in enumerate(golds):
            hit = j in matched_g
            for kind, applies in (("all", True), ("direct", is_direct(g.content_text)),
                                  ("mixed", is_mixed(g.content_text)), ("indirect", not is_direct(g.content_text)),
                                  ("speech_verb", bool(g.cue_text) and is_speech_cue(g.cue_text))):
                if applies:
                    self.gold[kind][0] += hit
                    self.gold[kind][1] += 1
        for i, p in enumerate(preds):
            j = gold_of.get(i)
            spoken = j is not None and bool(golds[j].source)
            speaker_ok = spoken and speaker_correct(p, golds[j], text)
            self.speaker[0] += speaker_ok
            self.speaker[1] += spoken
            for rule in p.rules:
                counts = self.rules.setdefault(rule, [0, 0, 0, 0])
                counts[0] += 1
                counts[1] += j is not None
                counts[2] += speaker_ok
                counts[3] += spoken
            counts = self.by_type.setdefault(p.type, [0, 0])
            counts[0] += 1
            counts[1] += j is not None
            right = j is not None and (speaker_ok or not spoken)
            b = self.bins[min(int(p.confidence * self.BINS), self.BINS - 1)]
            b[0], b[1], b[2] = b[0] + 1, b[1] + p.confidence, b[2] + right
        return pairs

    def report(self) -> dict:
        ratio = lambda a, b: round(a / b, 4) if b else None
        n_gold = self.gold["all"][1]
        reliability = [{"bin": f"{k / self.BINS:.1f}-{(k + 1) / self.BINS:.1f}", "records": n,
                        "confidence": ratio(c, n), "right": ratio(r, n)} for k, (n, c, r) in enumerate(self.bins) if n]
        ece = sum(abs(c - r) for n, c, r in self.bins if n) / self.predicted if self.predicted else None
        return {
            "predicted": self.predicted, "gold": n_gold,
            "precision": ratio(self.correct, self.predicted), "recall": ratio(*self.gold["all"]),
            "direct_recall": ratio(*self.gold["direct"]), "direct_gold": self.gold["direct"][1],
            "mixed_recall": ratio(*self.gold["mixed"]), "mixed_gold": self.gold["mixed"][1],
            "indirect_recall": ratio(*self.gold["indirect"]), "indirect_gold": self.gold["indirect"][1],
            "by_type": {t: {"predicted": n, "precision": ratio(ok, n)} for t, (n, ok) in sorted(self.by_type.items())},
            "speech_verb_recall": ratio(*self.gold["speech_verb"]), "speech_verb_gold": self.gold["speech_verb"][1],
            "speaker_accuracy": ratio(*self.speaker), "speaker_pairs": self.speaker[1],
            "calibration_error": round(ece, 4) if ece is not None else None, "reliability": reliability,
            "rules": {rule: {"predicted": n, "precision": ratio(ok, n), "recall": ratio(ok, n_gold),
                             "speaker_accuracy": ratio(sp, spn)}
                      for rule, (n, ok, sp, spn) in sorted(self.rules.items())},
        }


def evaluate(folder: Path, model: str | None = None, limit: int | None = None, say=print,
             cache: Path | None = None, errors: Path | None = None, rules_only: bool = False,
             min_confidence: float = 0.0) -> dict:
    """Run extraction over a brat folder and score it. `cache`: a folder
    that keeps the parses for the next run; `errors`: a JSONL file that
    gets every false positive, miss and wrong speaker; `rules_only`: score
    the rules' own readings, without the learned choice; `min_confidence`:
    score only the records at least that confident."""
    from quotes.parse import load_pipeline

    files = sorted(folder.glob("*.txt"))[:limit]
    if not files:
        raise FileNotFoundError(f"{folder}: no .txt files")
    load_pipeline(model)
    t0 = time.time()
    tally, words, names = Tally(), 0, Counter()
    if errors:
        errors.parent.mkdir(parents=True, exist_ok=True)
    err_out = open(errors, "wb") if errors else None
    for k, txt in enumerate(files, 1):
        text = txt.read_bytes().decode("utf-8")
        words += len(text.split())
        golds = read_ann(txt.with_suffix(".ann"))
        preds = [p for p in predict(txt, text, model, cache, rules_only) if p.confidence >= min_confidence]
        pairs = tally.add(text, preds, golds)
        names.update(p.speaker.name for p in preds if p.speaker.name)
        if err_out:
            err_out.writelines(orjson.dumps(e) + b"\n" for e in _errors(txt.stem, text, preds, golds, pairs))
        if k % 10 == 0 or k == len(files):
            say(f"eval: {k}/{len(files)} documents, {words / (time.time() - t0):.0f} words/s")
    if err_out:
        err_out.close()
    return {"documents": len(files), **tally.report(), "seconds": round(time.time() - t0, 1),
            "speaker_names": dict(sorted(names.items()))}


def format_report(r: dict) -> str:
    lines = [
        f"documents           {r['documents']}",
        f"predicted quotes    {r['predicted']}   gold attributions {r['gold']}",
        f"precision           {r['precision']}",
        f"recall (all)        {r['recall']}",
        f"recall (direct)     {r['direct_recall']}   of {r['direct_gold']}",
        f"recall (mixed)      {r['mixed_recall']}   of {r['mixed_gold']}",
        f"recall (indirect)   {r['indirect_recall']}   of {r['indirect_gold']}",
        f"recall (speech verb) {r['speech_verb_recall']}   of {r['speech_verb_gold']}",
        f"speaker accuracy    {r['speaker_accuracy']}   of {r['speaker_pairs']} matched",
        f"calibration error   {r['calibration_error']}   (expected, confidence against span and speaker right)",
        f"time                {r['seconds']} s",
        "precision by type   " + ", ".join(f"{t} {v['precision']} of {v['predicted']}" for t, v in r["by_type"].items()),
        "",
        "confidence   records  mean   right",
    ]
    lines += [f"{b['bin']:<12} {b['records']:>7}  {b['confidence']:.2f}   {b['right']:.2f}" for b in r["reliability"]]
    lines += ["", f"{'rule':<36} {'records':>7} {'precision':>9} {'recall':>7} {'speaker':>7}"]
    show = lambda v: "-" if v is None else f"{v:.3f}"
    lines += [f"{name:<36} {v['predicted']:>7} {show(v['precision']):>9} {show(v['recall']):>7} "
              f"{show(v['speaker_accuracy']):>7}" for name, v in r["rules"].items()]
    return "\n".join(lines)
