"""quotes: quote attribution for news text.

    from quotes import extract_text
    records = extract_text(article_text, doc_id="a1")
"""
__version__ = "0.18.1"


def extract_text(text: str, doc_id: str = "doc", model: str | None = None):
    """Quote records (quotes.records.QuoteRecord) of one article."""
    from quotes.extract import extract_text as _extract
    return _extract(text, doc_id, model)
