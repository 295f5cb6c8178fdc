"""Benchmark: group 100,000 synthetic quote records (target: under a minute).

Synthetic corpus: 2,000 speakers, 20,000 distinct statements drawn from a
3,000-word vocabulary, each reported 5 times on average with edits that
outlets make (case, punctuation, dropped or swapped words, truncation).
Prints the time, the number of groups, and how many true statements were
split or merged, so speed is never bought with wrong groups.

    .venv/bin/python benchmarks/dedupe_100k.py [N]
"""
from __future__ import annotations

import random
import resource
import sys
import time
from collections import defaultdict

sys.path.insert(0, "tests")
from helpers import record  # noqa: E402
from quotes.grouping import group  # noqa: E402


def corpus(n: int, seed: int = 7):
    rng = random.Random(seed)
    vocab = [f"w{k}" for k in range(3000)]
    speakers = [f"First{k} Last{k}" for k in range(2000)]
    statements = []
    for k in range(n // 5):
        words = rng.choices(vocab, k=rng.randint(8, 25))
        statements.append((rng.choice(speakers), words))
    recs, truth = [], []
    for i in range(n):
        sid = rng.randrange(len(statements))
        speaker, words = statements[sid]
        words = list(words)
        edit = rng.random()
        if edit < 0.2:
            words = words[: max(5, len(words) * 3 // 4)]  # shortened
        elif edit < 0.4:
            words[rng.randrange(len(words))] = rng.choice(vocab)  # one word changed
        text = " ".join(words)
        if rng.random() < 0.3:
            text = text.upper() + "."
        name = speaker if rng.random() < 0.6 else speaker.split()[-1]
        recs.append(record(f"doc{i // 10}", text, name, start=(i % 10) * 200))
        truth.append(sid)
    return recs, truth


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    recs, truth = corpus(n)
    t0 = time.perf_counter()
    groups = group(recs)
    secs = time.perf_counter() - t0
    by_truth, by_group = defaultdict(set), defaultdict(set)
    for t, g in zip(truth, groups):
        by_truth[t].add(g)
        by_group[g].add(t)
    split = sum(len(v) > 1 for v in by_truth.values())
    merged = sum(len(v) > 1 for v in by_group.values())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"records {n}  seconds {secs:.1f}  groups {len(set(groups))}  true statements {len(by_truth)}")
    print(f"statements split over >1 group {split}  groups mixing statements {merged}  peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
