"""quotes: quote attribution for news text.

    from quotes import extract_text
    records = extract_text(article_text, doc_id="a1")
"""
import os

__version__ = "0.7.0"

# torch's OpenMP threads spin while they wait for work; on a machine whose other
# cores are busy they spin against the job that holds them, and parsing ran 50x
# slower (a 742-word article: 28.8 s instead of 0.5 s, 2026-11-30). Waiting
# passively costs nothing measurable when the cores are free. Set before torch
# loads; a user's own setting wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def extract_text(text: str, doc_id: str = "doc", model: str | None = None):
    """Quote records (quotes.records.QuoteRecord) of one article."""
    from quotes.extract import extract_text as _extract
    return _extract(text, doc_id, model)
