"""Word-list helpers and tag sets the attribution finders share."""
from __future__ import annotations

from quotes.cues import lexicon_lemma
from quotes.lexicon import words as lexicon
from quotes.names import calendar_words
from quotes.marks import QUOTE_MARKS, Quoted
from quotes.parse import ParsedDoc, Word

SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
RELATIVES = {"who", "that", "which", "whom"}
INHERIT_SUBJECT = ("conj", "xcomp", "advcl", "parataxis")
SUBORDINATORS = ("after", "before", "when", "as", "since", "because", "while", "until", "once", "although", "though")
TRIM = set(" \t\r\n,;:—–-")
SIDE_RELS = ("obl:tmod", "obl:npmod")  # when the cue happened, not what was said
WINDOW = 12  # words between a quote and a cue beside it
NOMINAL = ("NOUN", "PROPN", "PRON")
FUNCTION_TAGS = ("PUNCT", "ADV", "AUX", "DET", "ADP", "CCONJ", "SCONJ", "PART", "SYM")
DASHES = ("-", "–", "—", "--")


def has_verb(words: list[Word]) -> bool:
    return any(w.upos in ("VERB", "AUX") for w in words)


def span_of(words: list[Word], text: str) -> tuple[int, int]:
    """Character span of words, trimmed of edge punctuation and spaces."""
    start, end = words[0].start, words[-1].end
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def personal(w: Word) -> bool:
    """A word that can name someone: a proper noun or a title ("minister")."""
    return w.upos == "PROPN" or w.lemma.lower() in lexicon("titles")


def dated(w: Word) -> bool:
    """A day or month the parse made a subject ("on Monday announced"): it
    dates the report and never speaks."""
    return w.upos in ("PROPN", "NOUN") and calendar_words([w])


def sent_at(doc: ParsedDoc, pos: int) -> int:
    w = doc.word_at(pos)
    return w.sent if w else (doc.words[-1].sent if doc.words else 0)


def states(words: list[Word]) -> bool:
    """A main clause, perhaps after a fronted phrase and its comma ("After
    some challenges, the work has been meeting standards")."""
    comma = next((k for k, w in enumerate(words) if w.text == ","), None)
    return main_clause(words) or (comma is not None and main_clause(words[comma + 1:]))


def main_clause(words: list[Word]) -> bool:
    """Words that can be a reported statement: they hold a finite verb and do
    not open as a modifier ("In July, ...", "When Congress cut funding, ...")."""
    lead = next((w for w in words if w.upos not in ("CCONJ", "PUNCT", "ADV")), None)
    return lead is not None and lead.upos not in ("ADP", "SCONJ") and any(
        "VerbForm=Fin" in w.feats for w in words)


def after_dateline(words: list[Word]) -> list[Word]:
    """Drop a leading dateline: verbless words up to a dash among the first
    dozen ("November 28. INTERFAX/BNS - The Alliance is concerned ...")."""
    for k, w in enumerate(words[:12]):
        if w.text in DASHES and k + 1 < len(words):
            if not has_verb(words[:k]):
                return words[k + 1:]
            break
    return words


def strip_that(words: list[Word]) -> list[Word]:
    """The clause without its complementizer: "[that] Russia moved troops"."""
    while words and (words[0].text.lower() == "that" and len(words) > 1 or words[0].upos == "PUNCT"):
        words = words[1:]
    return words


def rstrip_punct(words: list[Word]) -> list[Word]:
    """The words without trailing punctuation, quotation marks kept."""
    while words and words[-1].upos == "PUNCT" and words[-1].text not in QUOTE_MARKS:
        words = words[:-1]
    return words


def lstrip_punct(words: list[Word]) -> list[Word]:
    """The words without leading punctuation, quotation marks kept."""
    while words and words[0].upos == "PUNCT" and words[0].text not in QUOTE_MARKS:
        words = words[1:]
    return words


def mostly_quoted(start: int, end: int, inside: list[Quoted]) -> bool:
    return sum(q.end - q.start for q in inside) >= 0.6 * (end - start)


def _word_after(words: list[Word], k: int) -> Word | None:
    """The first word after words[k], an adverb or two skipped ("and then", ", implicitly")."""
    return next((w for w in words[k + 1:k + 3] if w.upos != "ADV"), None)


def participle_after(words: list[Word], k: int) -> bool:
    """words[k] is the comma of ", implicitly putting his name on the line"."""
    after = _word_after(words, k)
    return words[k].text == "," and after is not None and after.xpos == "VBG"


def predicate_after(doc: ParsedDoc, words: list[Word], k: int) -> bool:
    """words[k] is the "and" of "and called for compensation": a finite verb
    with no subject of its own, a second predicate of the sentence's subject."""
    after = _word_after(words, k)
    if words[k].upos != "CCONJ" or after is None or after.upos != "VERB":
        return False
    kids = doc.children(after.i)
    if any(c.deprel.startswith("nsubj") for c in kids):
        return False
    if "VerbForm=Fin" in after.feats:
        return True
    reporting = lexicon_lemma(after.text, after.lemma, "speech_verbs") or after.lemma in lexicon("request_verbs")
    return bool(reporting) and after.xpos == "VBN" and not any(  # a reporting "called" tagged VBN
        c.deprel.startswith("aux") for c in kids)


def in_title(doc: ParsedDoc, mark: Word) -> bool:
    """A quotation mark around a name ("told MSNBC's “Morning Joe” that"):
    a proper noun right inside it."""
    opening = mark.text in "“‘«„" or doc.words[mark.i - 1].upos == "PUNCT"
    k = mark.i + 1 if opening else mark.i - 1
    if not 0 <= k < len(doc.words) or doc.words[k].text in QUOTE_MARKS:
        return False
    if doc.words[k].upos == "PROPN":
        return True
    step = 1 if opening else -1  # a show's title the tagger misreads: capitalised words after an outlet's "'s"
    inner = []
    while 0 <= k < len(doc.words) and doc.words[k].text not in QUOTE_MARKS and len(inner) < 6:
        inner.append(doc.words[k])
        k += step
    first = min(inner[0].i, inner[-1].i)
    closed = 0 <= k < len(doc.words) and doc.words[k].text in QUOTE_MARKS
    return closed and all(w.text[:1].isupper() for w in inner) and any(
        w.upos == "PROPN" for w in inner) and first >= 2 and doc.words[first - 2].text in ("'s", "’s")


def speaker_between(gap: list[Word]) -> bool:
    """The words between a quote and its cue only name someone: a short run
    without a verb that holds a name or a title."""
    words = [w for w in gap if w.upos != "PUNCT"]
    verbs = [w for k, w in enumerate(words) if w.deprel != "amod" and not (k == 0 and w.xpos == "VBN")]
    # "retired Air Force general Lloyd Newton"
    return 0 < len(words) <= 8 and words[0].upos not in ("ADP", "SCONJ", "CCONJ") and not has_verb(verbs) and \
        any(personal(w) for w in words)
