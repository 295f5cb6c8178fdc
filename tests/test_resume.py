"""A run killed mid-way resumes to exactly the records of an uninterrupted run."""
import signal
import sqlite3
import subprocess
import sys
import time

from quotes.store import Store

ARTICLE = ("“We are ready to talk about arms control, transparency and risk reduction,” {name} said in {city}.\n\n"
           "{name} warned that any new aggression would have a high price for Moscow.\n")
PEOPLE = [("Jens Stoltenberg", "Brussels"), ("Antony Blinken", "Washington"), ("Liz Truss", "London"),
          ("Annalena Baerbock", "Berlin"), ("Sergei Lavrov", "Moscow"), ("Zbigniew Rau", "Warsaw")]


def extract(folder, db, out, *extra):
    return subprocess.Popen([sys.executable, "-m", "quotes.cli", "extract", str(folder), "--db", str(db),
                             "--no-dedupe", "--batch-words", "1", "-o", str(out), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def stored(db):
    s = Store(db)
    try:
        return sorted(r.model_dump_json() for r in s.records())
    finally:
        s.close()


def test_kill_and_resume(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    articles = 40  # enough that a kill after two stored documents lands mid-run, however fast they go
    for k in range(articles):
        name, city = PEOPLE[k % len(PEOPLE)]
        (folder / f"{k:02d}.txt").write_text(ARTICLE.format(name=name, city=city), encoding="utf-8")

    whole = tmp_path / "whole.db"
    assert extract(folder, whole, tmp_path / "whole.jsonl").wait(timeout=300) == 0

    killed = tmp_path / "killed.db"
    out = tmp_path / "out.jsonl"
    proc = extract(folder, killed, out)
    deadline = time.time() + 300
    done = 0
    while time.time() < deadline and done < 2:
        time.sleep(0.2)
        if killed.exists():
            try:
                with sqlite3.connect(killed, timeout=1) as c:
                    done = c.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                pass
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 2 <= done < articles, "the kill must land mid-run"
    partial = set(stored(killed))  # readable, and every stored document is whole
    assert partial and partial <= set(stored(whole))
    assert not out.exists()  # never a half-written output
    assert [p.name for p in tmp_path.glob("out.jsonl.tmp-*")] == [f"out.jsonl.tmp-{proc.pid}"]

    resumed = extract(folder, killed, out, "--resume")
    assert resumed.wait(timeout=300) == 0
    assert stored(killed) == stored(whole)
    assert out.read_bytes() == (tmp_path / "whole.jsonl").read_bytes()  # all records, in input order
    assert not list(tmp_path.glob("out.jsonl.tmp-*"))  # the killed run's leftover is cleaned up
