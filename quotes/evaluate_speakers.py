"""Speakers against hand labels: names, kinds and roles of attributed sources.

A label folder holds NAME.jsonl for articles NAME.txt of a brat folder, one
line per attribution with a Source: `{"source": [start, end], "name": ...,
"kind": "person|organization|group|other", "roles": [[s, e], ...],
"roles_norm": [...], "entity": "e3"}` (benchmarks/labels/speakers/README.md).
Each predicted quote matched to a gold attribution (as `quotes eval`
matches them) is judged by its speaker:

- name accuracy: sources that are named persons, organisations, or
  named people speaking jointly ("A and B"); the record's name must equal
  the label's (case and punctuation aside);
- other sources (no proper name: polls, documents, "officials"): right
  when the record gives no name;
- kind: person, organization, or other (our "unknown" and the labels'
  "group" and "other");
- roles, per entity and article (the union of its records' roles): a
  predicted role is right when it is one of the entity's labelled roles
  (as written, or in its normalised form, a leading article aside);
  recall counts the entity's distinct written roles found;
- names per person: the distinct names records give one labelled person
  across articles; keys per person: the distinct speaker keys a store of
  these articles' records gives them (grouping.speaker_keys: "Trump" and
  "Donald J. Trump" share one), what search and grouping use. Both count
  a record that names someone else (or no one) as one more name;
- keys per person where named: the distinct speaker keys of the records
  that do name the labelled person (the label's name, or part of it:
  "Trump" for "Donald J. Trump"), people joined across articles by the
  labels' `persons.json` ({"label name": "the person's one name"}, for the
  names labels spell differently in different articles): whether one
  person is one speaker in the store.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import orjson

from quotes.evaluate import align, predict, read_ann
from quotes.entities import people_of
from quotes.grouping import normalise, speaker_keys

ARTICLES = ("the ", "a ", "an ")


def _norm(text: str) -> str:
    t = normalise(text)
    for a in ARTICLES:
        if t.startswith(a):
            return t[len(a):]
    return t


def _same_name(ours: str, gold: str) -> bool:
    """One name, or one group of people in any order ("A and B" is "B and A")."""
    parts = lambda name: sorted(_norm(p) for p in people_of(name))
    return _norm(ours) == _norm(gold) or parts(ours) == parts(gold)


def _names_part(ours: str, gold: str) -> bool:
    """Our name is the label's or part of it ("Trump" of "Donald J. Trump")."""
    return _same_name(ours, gold) or set(_norm(ours).split()) <= set(_norm(gold).split())


def read_labels(path: Path) -> dict[tuple[int, int], dict]:
    """Labels of one article, by source span."""
    out = {}
    for n, line in enumerate(path.read_bytes().splitlines(), 1):
        if line.strip():
            obj = orjson.loads(line)
            out[tuple(obj["source"])] = obj
    return out


def _kind(kind: str) -> str:
    return kind if kind in ("person", "organization") else "other"


class Tally:
    def __init__(self):
        self.n = defaultdict(lambda: [0, 0])  # measure -> [right, all]
        self.roles_pred = self.roles_pred_ok = self.roles_gold = self.roles_gold_found = 0
        self.person_names: dict[str, set[str]] = defaultdict(set)
        self.person_named: dict[str, set[str]] = defaultdict(set)  # the names of records that name that person
        self.names: Counter = Counter()  # every predicted speaker name, as a store would count them
        self.errors: list[dict] = []

    def add(self, measure: str, ok: bool) -> None:
        self.n[measure][0] += ok
        self.n[measure][1] += 1

    def ratio(self, measure: str) -> float | None:
        ok, n = self.n[measure]
        return round(ok / n, 4) if n else None


def judge(doc: str, text: str, preds, golds, labels: dict, tally: Tally) -> None:
    """Score one article's matched speakers into `tally`."""
    entity_roles: dict[str, set[str]] = defaultdict(set)
    entity_label: dict[str, dict] = {}
    tally.names.update(p.speaker.name for p in preds if p.speaker.name)
    for i, j in align(preds, golds):
        src = golds[j].source
        label = labels.get((src[0][0], src[-1][1])) if src else None
        if label is None:
            continue
        sp = preds[i].speaker
        named = label["name"] is not None and label["kind"] in ("person", "organization", "group")
        if named:
            ok = sp.name is not None and _same_name(sp.name, label["name"])
            tally.add("name", ok)
            if label["kind"] == "person":
                tally.person_names[label["name"]].add(sp.name or "")
                if sp.name and _names_part(sp.name, label["name"]):
                    tally.person_named[label["name"]].add(sp.name)
        else:
            ok = sp.name is None
            tally.add("other", ok)
        tally.add("kind", _kind(sp.kind) == _kind(label["kind"]))
        if not ok:
            tally.errors.append({"doc": doc, "start": preds[i].start, "ours": sp.name, "mention": sp.mention,
                                 "gold": label["name"], "kind": label["kind"]})
        if named:
            key = f"{doc}#{label['entity']}"
            entity_roles[key] |= {_norm(r) for r in sp.roles}
            entity_label[key] = label
    for key, roles in entity_roles.items():
        label = entity_label[key]
        written = {_norm(text[s:e]) for s, e in label["roles"]}
        normalised = {_norm(r) for r in label.get("roles_norm", [])}
        tally.roles_pred += len(roles)
        tally.roles_pred_ok += len(roles & (written | normalised))
        tally.roles_gold += len(written)
        tally.roles_gold_found += len(written & roles)


def evaluate_speakers(folder: Path, labels_dir: Path, model: str | None = None, cache: Path | None = None,
                      say=print, rules_only: bool = False) -> dict:
    files = sorted(labels_dir.glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"{labels_dir}: no speaker label files (*.jsonl)")
    tally = Tally()
    for k, lab in enumerate(files, 1):
        txt = folder / f"{lab.stem}.txt"
        if not txt.is_file():
            raise FileNotFoundError(f"{txt}: no article for the labels {lab}")
        text = txt.read_bytes().decode("utf-8")
        judge(lab.stem, text, predict(txt, text, model, cache, rules_only), read_ann(txt.with_suffix(".ann")),
              read_labels(lab), tally)
        if k % 10 == 0 or k == len(files):
            say(f"eval: {k}/{len(files)} labelled articles")
    names = [len(v) for v in tally.person_names.values()]
    key_of = speaker_keys(tally.names)
    keys = [len({key_of[n] for n in v if n}) for v in tally.person_names.values() if v - {""}]
    persons = orjson.loads((labels_dir / "persons.json").read_bytes()) if (labels_dir / "persons.json").is_file() else {}
    named: dict[str, set[str]] = defaultdict(set)
    for label_name, ours in tally.person_named.items():
        named[persons.get(label_name, label_name)] |= {key_of[n] for n in ours}
    return {
        "articles": len(files),
        "name_accuracy": tally.ratio("name"), "named_sources": tally.n["name"][1],
        "other_accuracy": tally.ratio("other"), "other_sources": tally.n["other"][1],
        "kind_accuracy": tally.ratio("kind"),
        "role_precision": round(tally.roles_pred_ok / tally.roles_pred, 4) if tally.roles_pred else None,
        "role_recall": round(tally.roles_gold_found / tally.roles_gold, 4) if tally.roles_gold else None,
        "predicted_roles": tally.roles_pred, "labelled_roles": tally.roles_gold,
        "persons": len(names), "persons_with_one_name": sum(1 for n in names if n == 1),
        "names_per_person": round(sum(names) / len(names), 3) if names else None,
        "keys_per_person": round(sum(keys) / len(keys), 3) if keys else None,
        "persons_with_one_key": sum(1 for n in keys if n == 1),
        "named_persons": len(named), "named_persons_with_one_key": sum(1 for v in named.values() if len(v) == 1),
        "keys_per_named_person": round(sum(map(len, named.values())) / len(named), 3) if named else None,
        "errors": tally.errors,
        "speaker_names": dict(sorted(tally.names.items())),
    }


def format_report(r: dict) -> str:
    return "\n".join([
        f"labelled articles   {r['articles']}",
        f"name accuracy       {r['name_accuracy']}   of {r['named_sources']} named persons and organisations",
        f"other sources       {r['other_accuracy']}   of {r['other_sources']} (no name expected)",
        f"kind accuracy       {r['kind_accuracy']}",
        f"role precision      {r['role_precision']}   of {r['predicted_roles']} predicted (per entity and article)",
        f"role recall         {r['role_recall']}   of {r['labelled_roles']} labelled",
        f"names per person    {r['names_per_person']}   ({r['persons_with_one_name']} of {r['persons']} persons "
        f"with one name across articles)",
        f"keys per person     {r['keys_per_person']}   ({r['persons_with_one_key']} of {r['persons']} persons "
        f"with one speaker key in a store of these records)",
        f"keys where named    {r['keys_per_named_person']}   ({r['named_persons_with_one_key']} of "
        f"{r['named_persons']} persons, across articles, one speaker key over the records that name them)",
    ])
