"""Small builders shared by tests that need records without running the parser."""
from quotes.conllu import parsed_from_conllu
from quotes.extract import extract_parsed
from quotes.records import QuoteRecord, Span, Speaker, quote_id


def record(doc_id: str, text: str, speaker: str | None, start: int = 0, roles=(), mention=None,
           kind="person", type_="direct", confidence=0.9) -> QuoteRecord:
    qid = quote_id(doc_id, start, start + len(text))
    return QuoteRecord(
        quote_id=qid, doc_id=doc_id, type=type_, text=text, start=start, end=start + len(text),
        cue=None, parts=[Span(start=start, end=start + len(text))],
        speaker=Speaker(name=speaker, mention=mention or speaker, kind=kind if speaker else "unknown",
                        roles=list(roles)),
        group_id=qid, confidence=confidence)


def brat_ann(text: str, rows: list[tuple[str, str, str]]) -> str:
    """brat lines (PolNeAR style) for (content, cue, source) triples found in text."""
    lines, t = [], 0
    for k, (content, cue, source) in enumerate(rows, 1):
        ids = []
        for label, span in (("Content", content), ("Cue", cue), ("Source", source)):
            t += 1
            s = text.index(span)
            lines.append(f"T{t}\t{label} {s} {s + len(span)}\t{span}")
            ids.append(f"{label}:T{t}")
        lines.append(f"E{k}\t{ids[1]} {ids[0]} {ids[2]}")
    return "\n".join(lines) + "\n"


def rules_read(conllu: str) -> list[QuoteRecord]:
    """The rules' own records (no learned choice) of a parse written as CoNLL-U."""
    return extract_parsed(parsed_from_conllu(conllu), "t", rules_only=True)
