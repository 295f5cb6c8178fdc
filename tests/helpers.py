"""Small builders shared by tests that need records without running the parser."""
from quotes.records import QuoteRecord, Span, Speaker, quote_id


def record(doc_id: str, text: str, speaker: str | None, start: int = 0, roles=(), mention=None,
           kind="person", type_="direct") -> QuoteRecord:
    qid = quote_id(doc_id, start, start + len(text))
    return QuoteRecord(
        quote_id=qid, doc_id=doc_id, type=type_, text=text, start=start, end=start + len(text),
        cue=None, parts=[Span(start=start, end=start + len(text))],
        speaker=Speaker(name=speaker, mention=mention or speaker, kind=kind if speaker else "unknown",
                        roles=list(roles)),
        group_id=qid, confidence=0.9)
