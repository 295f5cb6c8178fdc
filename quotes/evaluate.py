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


PARSE_CODE = ("parse.py", "mst.py", "fastpaths.py", "prepare.py")


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


def predict(path: Path, text: str, model: str | None, cache: Path | None):
    """Records of one article; with a cache folder, its full parse is kept
    there and reused (records from a full parse equal the selective run's)."""
    from quotes.extract import extract_parsed, extract_text
    from quotes.marks import find_quoted
    from quotes.parse import parse
    from quotes.prepare import prepare

    if cache is None:
        return extract_text(text, path.stem, model)
    prepared = prepare(text)
    if not prepared.text.strip():
        return []
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
    return extract_parsed(doc, path.stem, text, find_quoted(prepared.text))


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


def evaluate(folder: Path, model: str | None = None, limit: int | None = None, say=print,
             cache: Path | None = None, errors: Path | None = None) -> dict:
    """Run extraction over a brat folder and score it. `cache`: a folder
    that keeps the parses for the next run; `errors`: a JSONL file that
    gets every false positive, miss and wrong speaker."""
    from quotes.parse import load_pipeline

    files = sorted(folder.glob("*.txt"))[:limit]
    if not files:
        raise FileNotFoundError(f"{folder}: no .txt files")
    load_pipeline(model)
    t0 = time.time()
    n_pred = n_pred_ok = 0
    totals = {"all": [0, 0], "direct": [0, 0], "speech_verb": [0, 0]}
    spk_ok = spk_n = words = 0
    if errors:
        errors.parent.mkdir(parents=True, exist_ok=True)
    err_out = open(errors, "wb") if errors else None
    for k, txt in enumerate(files, 1):
        text = txt.read_bytes().decode("utf-8")
        words += len(text.split())
        golds = read_ann(txt.with_suffix(".ann"))
        preds = predict(txt, text, model, cache)
        pairs = align(preds, golds)
        matched_g = {j for _, j in pairs}
        n_pred += len(preds)
        n_pred_ok += len(pairs)
        for j, g in enumerate(golds):
            hit = j in matched_g
            totals["all"][0] += hit
            totals["all"][1] += 1
            if is_direct(g.content_text):
                totals["direct"][0] += hit
                totals["direct"][1] += 1
            if g.cue_text and is_speech_cue(g.cue_text):
                totals["speech_verb"][0] += hit
                totals["speech_verb"][1] += 1
        for i, j in pairs:
            if golds[j].source:
                spk_n += 1
                spk_ok += speaker_correct(preds[i], golds[j], text)
        if err_out:
            err_out.writelines(orjson.dumps(e) + b"\n" for e in _errors(txt.stem, text, preds, golds, pairs))
        if k % 10 == 0 or k == len(files):
            say(f"eval: {k}/{len(files)} documents, {words / (time.time() - t0):.0f} words/s")
    if err_out:
        err_out.close()
    ratio = lambda a, b: round(a / b, 4) if b else None
    return {
        "documents": len(files), "predicted": n_pred, "gold": totals["all"][1],
        "precision": ratio(n_pred_ok, n_pred),
        "recall": ratio(*totals["all"]),
        "direct_recall": ratio(*totals["direct"]), "direct_gold": totals["direct"][1],
        "speech_verb_recall": ratio(*totals["speech_verb"]), "speech_verb_gold": totals["speech_verb"][1],
        "speaker_accuracy": ratio(spk_ok, spk_n), "speaker_pairs": spk_n,
        "seconds": round(time.time() - t0, 1),
    }


def format_report(r: dict) -> str:
    return "\n".join([
        f"documents           {r['documents']}",
        f"predicted quotes    {r['predicted']}   gold attributions {r['gold']}",
        f"precision           {r['precision']}",
        f"recall (all)        {r['recall']}",
        f"recall (direct)     {r['direct_recall']}   of {r['direct_gold']}",
        f"recall (speech verb){r['speech_verb_recall']}   of {r['speech_verb_gold']}",
        f"speaker accuracy    {r['speaker_accuracy']}   of {r['speaker_pairs']} matched",
        f"time                {r['seconds']} s",
    ])
