"""The progress line: shown on a terminal with counts, rate and time left; silent otherwise."""
import io

from quotes.inputs import read_documents
from quotes.progress import progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


def docs(tmp_path, n=3):
    for k in range(n):
        (tmp_path / f"{k}.txt").write_text("one two three four\n" * (k + 1), encoding="utf-8")
    return [str(tmp_path)]


def test_terminal_shows_documents_rate_and_time_left(tmp_path):
    paths, term = docs(tmp_path), Terminal()
    seen = [d for d, _ in progress(((d, None) for d in read_documents(docs(tmp_path))), paths, term)]
    assert len(seen) == 3  # everything passes through
    lines = term.getvalue().split("\r")
    assert "1/3 documents, 4 words" in lines[1] and "left" in lines[1]
    assert "3/3 documents, 24 words" in lines[3] and "left" not in lines[3]


def test_silent_when_not_a_terminal(tmp_path):
    paths, pipe = docs(tmp_path), io.StringIO()
    seen = list(progress(((d, None) for d in read_documents(paths)), paths, pipe))
    assert len(seen) == 3 and pipe.getvalue() == ""
