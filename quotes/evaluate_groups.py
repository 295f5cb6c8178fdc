"""Grouping against hand labels: pair precision, recall and F1.

A label file holds one JSON line per labelled quote occurrence:
`{"doc": "train/nyt_2016-03-04_slug", "start": 1234, "end": 1300,
"speaker": "Donald Trump", "group": "g17"}`; `doc` names `ROOT/doc.txt`.
Every pair of labelled occurrences from different articles is judged: the
same group is a positive. The grouper sees what an extraction would give
it: the text at the offsets, the speaker name, and the article's date
(from the file name `<outlet>_<YYYY-MM-DD>_<slug>`, as PolNeAR names them,
or the labels' "date").
"""
from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import orjson

from quotes.grouping import WINDOW_DAYS, group
from quotes.records import Article, QuoteRecord, Span, Speaker, quote_id

DATED_NAME = re.compile(r"^([a-z-]+)_(\d{4}-\d{2}-\d{2})_")


class LabelError(ValueError):
    pass


def read_labels(path: Path) -> list[dict]:
    out = []
    for n, line in enumerate(path.read_bytes().splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
            _ = (obj["doc"], int(obj["start"]), int(obj["end"]), obj["speaker"], obj["group"])
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise LabelError(f"{path}:{n}: not a grouping label ({exc})") from exc
        out.append(obj)
    return out


def label_records(labels: list[dict], root: Path, dated: bool = True) -> list[QuoteRecord]:
    """One record per label, as extraction would give it."""
    texts: dict[str, str] = {}
    out = []
    for lab in labels:
        doc = lab["doc"]
        if doc not in texts:
            path = root / f"{doc}.txt"
            if not path.is_file():
                raise LabelError(f"{path}: no such article (labels name {doc})")
            texts[doc] = path.read_bytes().decode("utf-8")
        start, end = int(lab["start"]), int(lab["end"])
        m = DATED_NAME.match(Path(doc).name)
        day = lab.get("date") or (m.group(2) if m else None)
        out.append(QuoteRecord(
            quote_id=quote_id(doc, start, end), doc_id=doc, type="direct", text=texts[doc][start:end],
            start=start, end=end, cue=None, parts=[Span(start=start, end=end)],
            speaker=Speaker(name=lab["speaker"], mention=lab["speaker"], kind="person"),
            group_id=quote_id(doc, start, end), confidence=1.0,
            article=Article(outlet=m.group(1) if m else None, date=day if dated else None)))
    return out


def pair_scores(labels: list[dict], predicted: list[str]) -> dict[str, dict]:
    """Precision, recall and F1 over cross-article pairs, for all pairs and
    for pairs within each split (the first folder of `doc`)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    for i, j in combinations(range(len(labels)), 2):
        a, b = labels[i], labels[j]
        if a["doc"] == b["doc"]:
            continue
        gold, pred = a["group"] == b["group"], predicted[i] == predicted[j]
        if not (gold or pred):
            continue
        split_a, split_b = a["doc"].split("/")[0], b["doc"].split("/")[0]
        for part in {"all", split_a if split_a == split_b else "across"}:
            c = counts[part]
            c[0] += gold and pred
            c[1] += pred and not gold
            c[2] += gold and not pred
    return {part: _prf(*c) for part, c in sorted(counts.items())}


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def label_counts(labels: list[dict]) -> dict[str, dict]:
    """Positive and same-speaker negative cross-article pairs, by split."""
    out: dict[str, dict] = defaultdict(lambda: {"positive": 0, "same_speaker_negative": 0})
    for a, b in combinations(labels, 2):
        if a["doc"] == b["doc"] or a["speaker"] != b["speaker"]:
            continue
        sa, sb = a["doc"].split("/")[0], b["doc"].split("/")[0]
        for part in {"all", sa if sa == sb else "across"}:
            out[part]["positive" if a["group"] == b["group"] else "same_speaker_negative"] += 1
    return dict(sorted(out.items()))


def evaluate_groups(label_path: Path, root: Path, window: int = WINDOW_DAYS, dated: bool = True) -> dict:
    labels = read_labels(label_path)
    records = label_records(labels, root, dated)
    predicted = group(records, window=window)
    return {"labels": str(label_path), "occurrences": len(labels), "window_days": window, "dated": dated,
            "pairs": label_counts(labels), "scores": pair_scores(labels, predicted)}


def format_report(r: dict) -> str:
    lines = [f"{r['occurrences']} labelled quotes ({r['labels']}); window {r['window_days']} days"
             f"{'' if r['dated'] else '; dates withheld'}",
             f"{'pairs':<8} {'positive':>9} {'negative*':>10} {'precision':>10} {'recall':>7} {'F1':>6}"]
    for part, s in r["scores"].items():
        c = r["pairs"].get(part, {})
        lines.append(f"{part:<8} {c.get('positive', 0):>9} {c.get('same_speaker_negative', 0):>10} "
                     f"{s['precision']:>10.3f} {s['recall']:>7.3f} {s['f1']:>6.3f}")
    lines.append("(* negatives: same speaker, different statement; pairs across articles only)")
    return "\n".join(lines)
