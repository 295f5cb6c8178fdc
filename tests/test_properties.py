"""Property-based tests: quotation-mark pairing and offsets hold for any text."""
from hypothesis import HealthCheck, given, settings, strategies as st

from quotes.extract import extract_text
from quotes.marks import find_quoted, paragraphs

MARKS = "\"'“”‘’«»„"
news_text = st.text(alphabet=list(MARKS) + list("ab .,:\n\r"), max_size=200)
pieces = st.lists(st.one_of(st.sampled_from(list(MARKS)), st.sampled_from(
    ["Stoltenberg said", " ", ".", ",", "\n\n", "\r\n", "We are ready", "he warned that", "NATO’s", "Belarus’"])),
    max_size=25).map("".join)


@given(st.one_of(news_text, st.text(max_size=300)))
@settings(max_examples=400)
def test_quoted_spans_lie_inside_the_text(text):
    for q in find_quoted(text):
        assert 0 < q.start < q.end <= len(text)
        assert q.parts[0][0] == q.start and q.parts[-1][1] == q.end
        for s, e in q.parts:
            assert q.start <= s < e <= q.end
    for s, e in paragraphs(text):
        assert 0 <= s < e <= len(text) and text[s:e].strip()


@given(pieces)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_extraction_offsets_index_the_article(text):
    for r in extract_text(text, "p"):
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start:r.end] == r.text
        for p in r.parts:
            assert 0 <= p.start < p.end <= len(text)
