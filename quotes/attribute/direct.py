"""Direct quotes: full quotes in quotation marks, the cue beside each, and
quotes that resume or continue a speaker ("A," he said, "B.")."""
from __future__ import annotations

from quotes.cues import CueWord
from quotes.marks import TURN, Quoted
from quotes.parse import ParsedDoc, Word
from quotes.attribute.model import Attribution, Quotes, crosses_quote, title_line
from quotes.attribute.speakers import find_source, labelled_by, signed_by, source_near, turn_of
from quotes.attribute.words import WINDOW, has_verb, sent_at, speaker_between


def cue_beside(doc: ParsedDoc, q: Quoted, cues: list[CueWord], quotes: Quotes) -> tuple[CueWord | None, str]:
    """The cue next to a direct quote, in the same paragraph: after it ("...,"
    she said) or before it in the same sentence (He said: "..."); failing
    those, the last cue of the sentence just before ("..., he continued. "...")."""
    after = [c for c in cues if c.start >= q.end and c.kind != "noun"]
    if after:
        c = after[0]
        gap = doc.between(q.end, c.start)
        if (len(gap) <= WINDOW or _speaker_phrase(doc, gap, c)) and not crosses_quote(q.end, c.start, quotes) \
                and not _sentence_ends(gap) and not _new_sentence(doc, q, gap) and "\n" not in doc.text[q.end:c.start]:
            return c, "after"
    before = [c for c in cues if c.end <= q.open_mark and "\n" not in doc.text[c.end:q.open_mark]]
    if before:
        c = before[-1]
        c_sent, q_sent = doc.words[c.head].sent, sent_at(doc, q.start)
        if crosses_quote(c.end, q.open_mark, quotes):
            return None, ""
        if c_sent == q_sent or doc.text[:q.open_mark].rstrip().endswith(":"):
            return c, "before"
        if c_sent == q_sent - 1:
            return c, "previous"
    return None, ""


def _speaker_phrase(doc: ParsedDoc, gap: list[Word], cue: CueWord) -> bool:
    """The words between a quote and its cue name the speaker, however long
    the apposition ("...," Leonard E. Burman, director of the ... Center and
    a professor at ..., said): a name first, no verb, a comma last."""
    words = [w for w in gap if w.upos != "PUNCT"]
    return bool(words) and words[0].upos == "PROPN" and not has_verb(words) and gap[-1].text == ","


def _new_sentence(doc: ParsedDoc, q: Quoted, gap: list[Word]) -> bool:
    """A quote that ends its sentence inside the marks, followed by a
    capitalised determiner: the cue after it is the next sentence's
    ("...rules." The implication, according to the aide, is ...)."""
    words = [w for w in gap if w.upos != "PUNCT"]
    ended = doc.text[q.start:q.end].rstrip()[-1:] in (".", "!", "?")
    return ended and bool(words) and words[0].upos == "DET" and words[0].text[:1].isupper()


def reports_clause_after(doc: ParsedDoc, cue: CueWord, quotes: Quotes) -> bool:
    """ "...he lost." Jeff Weaver replied that Sanders is "driving this
    train.": a cue whose complement clause follows it, in plain words,
    reports that clause too, whatever it does for the quote before it ("A,"
    he said, "B." has its complement in marks; in "...," said Will Doyle
    the subject comes after the cue, whatever the parse made of it)."""
    kids = doc.children(cue.head)
    if not any(c.deprel.startswith("nsubj") and c.i < cue.head for c in kids):
        return False
    for c in kids:
        clause = any(k.deprel.startswith("nsubj") or (k.deprel == "mark" and k.lemma.lower() == "that")
                     for k in doc.children(c.i))  # not ", referring to ...": a participle says what the quote meant
        if c.deprel == "ccomp" and c.i > cue.last and clause:
            first = next((w for w in doc.subtree(c.i) if w.upos != "PUNCT"), None)
            if first is not None and first.i > cue.last and not quotes.inside(first):
                return True
    return False


def _sentence_ends(gap: list[Word]) -> bool:
    """True when a sentence ends between a quote and a later cue, other than
    the one ending inside the quote ("... price." he said is still one unit)."""
    return any(w.upos == "PUNCT" and w.text in ".!?" for w in gap)


def direct_quotes(doc: ParsedDoc, quotes: Quotes, cues: list[CueWord]) -> list[Attribution]:
    """One Attribution per full quote, merging "A," he said, "B." into one."""
    out: list[Attribution] = []
    paras = quotes.paragraphs
    for q in quotes.full:
        cue, side = cue_beside(doc, q, cues, quotes)
        prev = out[-1] if out else None
        if prev and _resumes(doc, prev, q, cue, side, quotes):
            prev.join(q)  # "A," he said, "B." and "A," he said. "B."
            continue
        source, turn, found_by = _source(doc, q, cue, side, prev, quotes)
        if cue is None and source is None and _headline(doc, q):
            continue
        conf = 0.9 if cue and source is not None else 0.6 if cue or source is not None else 0.3
        if side == "previous":
            conf -= 0.2
        att = Attribution("direct", q.start, q.end, list(q.parts), cue, source, conf)
        att.note("content:quoted", f"cue:{side or 'none'}", f"speaker:{found_by}")
        going_on = _continuation_end(doc, q, cue) if side == "after" else None
        if going_on is not None:  # "“A” to drive up the price, she said": the words after the quote are hers too
            att.type, att.start, att.end = "mixed", q.open_mark, going_on
            att.note("content:runs-on")
        if turn is not None:  # the quote is what follows the speaker's label
            att.start = TURN.match(doc.text, q.start).end()
        att.shares_cue = side == "previous"
        if cue is None and turn is None and prev is not None and _continues(doc, prev, q, paras, cues):
            if prev.cue and prev.end <= prev.cue.start < q.start and "\n" not in doc.text[prev.end:q.open_mark]:
                prev.join(q)  # "A," she said. "B." is one quote
                continue
            att.follows, att.confidence = True, 0.7
            att.note("speaker:follows")
        elif cue is None and source is None and _after_reported_paragraph(doc, q, paras, cues):
            att.follows, att.confidence = True, 0.6
            att.note("speaker:paragraph-before")
        _other_readings(doc, att, prev, q, cue, side, cues)
        out.append(att)
    return out


def _headline(doc: ParsedDoc, q: Quoted) -> bool:
    """ '"A darker mood than ever." What Kiev can expect from Ramstein': a
    quote opening a short line that goes on in words no sentence mark ends,
    as the headlines in a list of links do (a quote that is its line alone
    is someone's paragraph)."""
    line_end = doc.text.find("\n", q.outer_end)
    rest = doc.text[q.outer_end:len(doc.text) if line_end < 0 else line_end]
    return any(c.isalpha() for c in rest) and title_line(doc.text, q)


def _other_readings(doc: ParsedDoc, att: Attribution, prev: Attribution | None, q: Quoted,
                    cue: CueWord | None, side: str, cues: list[CueWord]) -> None:
    """Readings for the learned choice: the quote before and this one as one
    content (no other cue between them, in one paragraph), and
    this quote with the clause its cue opens ("said that if X, “Y”")."""
    if prev is not None and prev.type == "direct" and "\n" not in doc.text[prev.end:q.open_mark] and not any(
            prev.end <= c.start < q.open_mark and c is not prev.cue for c in cues):  # a record stays in its paragraph
        donor = att if prev.cue is None and att.cue is not None else None  # "A." "B," she said: hers
        prev.propose(prev.start, q.end, "alt:joined-next", prev.parts + list(q.parts), "direct", donor)
    if cue is not None and side == "before" and doc.words[cue.head].sent == sent_at(doc, q.start):
        lead = [w for w in doc.between(cue.end, q.open_mark) if w.upos != "PUNCT" and w.text.lower() != "that"]
        if lead:
            att.propose(lead[0].start, q.outer_end, "alt:with-clause", list(q.parts), "mixed")


def _source(doc: ParsedDoc, q: Quoted, cue: CueWord | None, side: str, prev: Attribution | None,
            quotes: Quotes) -> tuple[int | None, int | None, str]:
    """The quote's source word, and the label's word when it is a transcript
    turn: the words between the quote and its cue ("...," Stoltenberg said),
    the cue's source, the previous quote's source for a quote after its
    cue's sentence, or without a cue a turn label, a signature or a label;
    and the name of the rule that found it."""
    if cue is None:
        for rule, find in (("turn", turn_of), ("signature", signed_by), ("label", labelled_by)):
            found = find(doc, q)
            if found is not None:
                return found, found if rule == "turn" else None, rule
        return None, None, "none"
    source = source_near(doc, q, cue) if side == "after" else None
    if source is not None:
        return source, None, "beside-quote"
    source, rule = find_source(doc, cue, quotes.inside)
    if side == "previous" and source is None and prev is not None and cue is prev.cue:
        return prev.source, None, "previous-quote"  # "“A” of the plan, X said. “B.”": B is X's too
    return source, None, rule


def _continuation_end(doc: ParsedDoc, q: Quoted, cue: CueWord) -> int | None:
    """ "“You squeezed employees to the breaking point” to drive up the stock
    price, she said": a quote that ends without punctuation and runs on in
    plain words up to a comma and the speaker's name before the cue; where
    those words end."""
    if doc.text[q.end - 1:q.end] in ",.!?;:" or not q.closed:
        return None
    gap = doc.between(q.outer_end, cue.start)
    comma = max((k for k, w in enumerate(gap) if w.text == ","), default=None)
    rest = gap[comma + 1:] if comma else []
    if not comma or gap[0].upos == "PUNCT" or not (
            speaker_between(rest) or len(rest) == 1 and rest[0].upos == "PRON"):
        return None
    return gap[comma - 1].end


def in_reported_clause(doc: ParsedDoc, a: Attribution) -> bool:
    """A quote that ends a clause its cue reports ("acknowledged that there
    are still some who feel that way, "but not among the vast majority"",
    "said that if he won, "she would sign it""): a "that" right after the
    cue, then a finite verb, before the quote opens in the same sentence."""
    if a.cue is None or a.cue.end > a.start or a.shares_cue or a.cue.kind != "verb":
        return False
    gap = doc.between(a.cue.end, a.start - 1)
    that = next((k for k, w in enumerate(gap[:3]) if w.text.lower() == "that"), None)
    return that is not None and not any(w.text in ".!?" for w in gap) and any(
        "VerbForm=Fin" in w.feats for w in gap[that + 1:])


def _resumes(doc: ParsedDoc, prev: Attribution, q: Quoted, cue: CueWord | None, side: str, quotes: Quotes) -> bool:
    """The quote goes on after its cue: "A," he said, "B." or "A," said X,
    speaking of Y. "B." (the cue's sentence sits between the two parts)."""
    if not (prev.cue and cue) or prev.type != "direct":
        return False
    if side == "before":  # not "B." Reid said X, but he added: "C.": his clause comes between
        return cue is prev.cue and prev.end < q.start and not reports_clause_after(doc, cue, quotes)
    return side == "previous" and prev.end <= prev.cue.start and \
        doc.words[cue.head].sent == doc.words[prev.cue.head].sent and "\n" not in doc.text[prev.end:q.open_mark]


def _after_reported_paragraph(doc: ParsedDoc, q: Quoted, paras, cues: list[CueWord]) -> bool:
    """A quote that is a paragraph of its own, right after a paragraph that
    reports someone ("He stressed that ..." / "“Even if ...”"): that
    speaker goes on."""
    k = next((k for k, (s, e) in enumerate(paras) if s <= q.open_mark < e), None)
    if not k or not _whole_paragraph(doc, q, paras[k]):
        return False
    start, end = paras[k - 1]
    return any(start <= c.start < end for c in cues)


def _whole_paragraph(doc: ParsedDoc, q: Quoted, para: tuple[int, int]) -> bool:
    return not doc.text[para[0]:q.open_mark].strip() and not doc.text[q.end:para[1]].strip(" ”\"»’.,")


def _continues(doc: ParsedDoc, prev: Attribution, q: Quoted, paras, cues: list[CueWord]) -> bool:
    """A bare quote continues the previous speaker when no other cue comes
    between them and it is in the same paragraph, or is a paragraph of its own."""
    if any(prev.end <= c.start < q.start and c is not prev.cue for c in cues):
        return False
    if "\n" not in doc.text[prev.end:q.open_mark]:
        return True
    para = next(((s, e) for s, e in paras if s <= q.open_mark < e), None)
    return para is not None and _whole_paragraph(doc, q, para)
