"""Attribution: link quoted spans and reported clauses to their cue and source.

Input: a ParsedDoc, the quoted spans from quotes.marks and the cues from
quotes.cues. Output: `Attribution`s (content span, type, cue, source word),
before any entity resolution. The rules read the dependency parse; positions
in text are used only where the parse cannot tell (a quote beside its cue).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

from quotes.cues import CueWord, find_cues, lexicon_lemma, verb_cues
from quotes.lexicon import words as lexicon
from quotes.marks import Quoted, find_quoted, paragraphs
from quotes.parse import ParsedDoc, Word

QuoteType = Literal["direct", "indirect", "mixed"]
SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
RELATIVES = {"who", "that", "which", "whom"}
INHERIT_SUBJECT = ("conj", "xcomp", "advcl", "parataxis")
SUBORDINATORS = ("after", "before", "when", "as", "since", "because", "while", "until", "once", "although", "though")
TRIM = set(" \t\r\n,;:—–-")
SIDE_RELS = ("obl:tmod", "obl:npmod")  # when the cue happened, not what was said
WINDOW = 12  # words between a quote and a cue beside it
AFTER_THAT = re.compile(r"\bthat\s*,?$", re.IGNORECASE)  # text ending in "that" or "that,"
QUOTE_MARKS = set("\"“”«»„‘’'")


@dataclass(slots=True)
class Attribution:
    type: QuoteType
    start: int
    end: int
    parts: list[tuple[int, int]]  # quoted fragments: empty for an indirect quote
    cue: CueWord | None
    source: int | None  # word index of the source's head word
    confidence: float
    follows: bool = False  # speaker carried over from the previous quote
    shares_cue: bool = False  # cue borrowed from the sentence before; it keeps its own content

    def end_at(self, end: int) -> None:
        """Cut the quote short at `end`, with the fragments inside it."""
        self.end = end
        self.parts = [(s, e) for s, e in self.parts if e <= end]
        if self.type == "mixed" and not self.parts:
            self.type = "indirect"

    def join(self, q: Quoted) -> None:
        """Take a later quoted span into this quote ("A," he said, "B.")."""
        self.parts.extend(q.parts)
        self.end = q.end


class Quotes:
    """Index of quoted spans: which words are quoted, which spans are full quotes."""

    def __init__(self, doc: ParsedDoc, quoted: list[Quoted]):
        self.spans = quoted
        self.starts = [q.start for q in quoted]
        self.full = [q for q in quoted if is_full_quote(doc, q)]

    def containing(self, pos: int) -> Quoted | None:
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and self.spans[k].start <= pos < self.spans[k].end:
            return self.spans[k]
        return None

    def inside(self, w: Word) -> bool:
        return self.containing(w.start) is not None


def is_full_quote(doc: ParsedDoc, q: Quoted) -> bool:
    """A quote of its own, not a fragment inside a reported clause: a long
    span, or a sentence-like one that starts a sentence, follows a colon or
    comma, or opens its paragraph ("NATO is ready to discuss "how to reduce
    risks"" holds a fragment; "We are ready," he said is a quote)."""
    text = doc.text[q.start:q.end].rstrip()
    n = len(text.split())
    before = doc.text[:q.open_mark].rstrip(" \t")
    introduced = not before or before[-1] in ".!?:,\n…\"”"
    if not introduced and text[:1].islower():  # said that the Alliance "does not see ..."
        return False
    if AFTER_THAT.search(before):  # said that, "Of course he will defend himself" against ...
        return False
    ends_clause = text[-1:] in ",.!?…"
    if n >= 8 and not (introduced or ends_clause) and _title_line(doc.text, q):
        return False  # "Answer to "How the Navy could repel a NATO attack at sea"": a title in a list
    if n >= 8 or len(q.parts) > 1:
        return True
    return introduced and ((n >= 3 and _has_verb(doc.between(q.start, q.end))) or (n >= 2 and ends_clause))


def _title_line(text: str, q: Quoted) -> bool:
    """The quote sits in a short line that no sentence mark ends: a headline
    or a link in a list."""
    start = text.rfind("\n", 0, q.open_mark) + 1
    end = text.find("\n", q.end)
    end = len(text) if end < 0 else end
    return len(text[start:end].split()) <= 16 and not any(c in text[q.end:end] for c in ".!?")


def _has_verb(words: list[Word]) -> bool:
    return any(w.upos in ("VERB", "AUX") for w in words)


def span_of(words: list[Word], text: str) -> tuple[int, int]:
    """Character span of words, trimmed of edge punctuation and spaces."""
    start, end = words[0].start, words[-1].end
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def source_of(doc: ParsedDoc, cue: CueWord, inside=lambda w: False) -> int | None:
    """The word that heads the cue's source: subject, passive agent, relative
    antecedent, or the nominal of "according to"; subjects are inherited
    through conj/xcomp/advcl chains ("..., adding that ..."), and a
    participle cue the parse hung elsewhere speaks for its sentence's first
    subject. Words inside quotation marks are never the source: "we" in a
    quote is not the speaker."""
    found = _source(doc, cue, inside)
    return found if found is not None else _participle_subject(doc, cue, inside)


def _participle_subject(doc: ParsedDoc, cue: CueWord, inside) -> int | None:
    """ "The Security Council met on Friday, calling the test ...": the
    first subject before a participle cue in its sentence."""
    w = doc.words[cue.head]
    if cue.kind != "verb" or w.xpos != "VBG":
        return None
    sent = doc.sents[w.sent]
    subj = [x for x in doc.words[sent.first:w.i] if x.deprel == "nsubj" and not inside(x)]
    return subj[0].i if subj else None


def _source(doc: ParsedDoc, cue: CueWord, inside) -> int | None:
    if cue.kind == "according":
        return according_source(doc, cue)
    if cue.kind == "noun":
        poss = [c for c in doc.children(cue.head) if c.deprel == "nmod:poss"]
        return poss[0].i if poss else None
    w = doc.words[cue.head]
    if w.upos != "VERB" and cue.kind == "verb" and w.i > 0 and doc.words[w.i - 1].upos in NOMINAL:
        return w.i - 1  # "Clinton's team says ...", with "says" tagged a noun: the nominal before it
    if not any(c.deprel.startswith("nsubj") for c in doc.children(cue.head)):
        antecedent = _relative_antecedent(doc, cue)
        if antecedent is not None:
            return antecedent
        chunk = _comma_subject(doc, cue)
        if chunk and not inside(chunk[-1]):
            return chunk[-1].i
        main = _main_subject(doc, cue, inside)
        if main is not None:
            return main
    i, seen = cue.head, set()
    while i >= 0 and i not in seen:
        seen.add(i)
        w = doc.words[i]
        kids = [c for c in doc.children(i) if not inside(c)]
        agent = [c for c in kids if c.deprel == "obl:agent" or (
            c.deprel == "obl" and any(g.lemma == "by" and g.deprel == "case" for g in doc.children(c.i)))]
        subj = [c for c in kids if c.deprel in ("nsubj",)] or agent or [
            c for c in kids if c.deprel in SUBJECTS]
        if subj:
            named = [c for c in subj if _personal(c)]
            s = named[0] if len(subj) > 1 and named else subj[0]  # "date 2022-02-04 NATO's Stoltenberg said"
            if s.text.lower() in RELATIVES and w.deprel.startswith("acl") and w.head >= 0:
                return w.head
            return _after_comma(doc, s.i, i, inside)
        if w.deprel.startswith("acl") and w.head >= 0 and _personal(doc.words[w.head]):
            return w.head  # "the minister, speaking on Monday, ..."
        if w.deprel not in INHERIT_SUBJECT or w.head < 0 or inside(doc.words[w.head]):
            return _coordinated_subject(doc, cue, inside)  # a quoted clause lends no subject
        i = _outer_cue(doc, w) if w.deprel == "conj" else w.head
    return None


def _outer_cue(doc: ParsedDoc, w: Word) -> int:
    """The verb a conjunct shares its subject with. "Moscow denied it is
    preparing to invade and said ...": a reporting verb the parser hung on
    the clause another reporting verb reports shares that verb's subject."""
    k, seen = doc.words[w.head].head, 0
    while k >= 0 and seen < 3:  # the clause may hang a level or two below its cue, misparsed
        outer = doc.words[k]
        if outer.upos == "VERB" and lexicon_lemma(outer.text, outer.lemma, "speech_verbs"):
            return outer.i
        k, seen = outer.head, seen + 1
    return w.head


def _main_subject(doc: ParsedDoc, cue: CueWord, inside) -> int | None:
    """ "NATO voiced concern over the deployment, urging Moscow to ...": a
    participle after a comma speaks for the subject of the sentence's main
    verb, wherever the parser attached it."""
    w = doc.words[cue.head]
    if not w.text.lower().endswith("ing") or cue.head == 0 or doc.words[cue.head - 1].text != ",":
        return None
    sent = doc.sents[w.sent]
    root = next((x for x in doc.words[sent.first:cue.head] if x.head < 0 and x.upos in ("VERB", "AUX")), None)
    if root is None:
        return _headline_subject(doc, doc.words[sent.first:cue.head], inside)
    subj = [c for c in doc.children(root.i) if c.deprel in ("nsubj", "nsubj:pass") and not inside(c)]
    return _after_comma(doc, subj[0].i, root.i, inside) if subj else None


def _headline_subject(doc: ParsedDoc, words: list[Word], inside) -> int | None:
    """ "Alliance's chief stresses X, calling it Y": a headline's reporting
    verb, tagged as a noun, and the person named before it."""
    verb = next((x for x in words if x.head < 0 and lexicon_lemma(x.text, x.lemma, "speech_verbs")), None)
    named = [x for x in words if verb and x.i < verb.i and _personal(x) and not inside(x)]
    return named[-1].i if named else None


def _after_comma(doc: ParsedDoc, subj: int, verb: int, inside) -> int:
    """A parser reads a fronted phrase as the subject: "Last month, the
    administration announced", "The museum, Mr. Bush said, celebrated". When
    a comma parts the subject from its verb and a nominal stands after that
    comma, that nominal is the subject."""
    between = doc.words[subj + 1:verb]
    commas = [w.i for w in between if w.text == ","]
    if not commas or any(w.sent != doc.words[verb].sent for w in between):
        return subj
    nominal = [w for w in doc.words[commas[-1] + 1:verb] if w.upos in NOMINAL and not inside(w)]
    return nominal[-1].i if nominal else subj


def _coordinated_subject(doc: ParsedDoc, cue: CueWord, inside) -> int | None:
    """The subject of a reporting verb coordinated just before the cue, "he
    said, but cautioned: ...", whatever the parse attached the cue to."""
    k = cue.head - 1
    while k >= 0 and doc.words[k].sent == doc.words[cue.head].sent and doc.words[k].upos in ("PUNCT", "CCONJ", "ADV"):
        k -= 1
    if k < 0 or inside(doc.words[k]) or doc.words[k].sent != doc.words[cue.head].sent:
        return None
    subj = [c for c in doc.children(k) if c.deprel.startswith("nsubj") and not inside(c)]
    return subj[0].i if subj and lexicon_lemma(doc.words[k].text, doc.words[k].lemma, "speech_verbs") else None


def _comma_subject(doc: ParsedDoc, cue: CueWord, apposition: bool = True) -> list[Word] | None:
    """The noun phrase between a comma and its cue verb, "..., NATO
    Secretary General Jens Stoltenberg said" or (with `apposition`) "...,
    Washington's UN envoy, said", or after a subordinator ("a day after
    Pentagon said"): the subject, whatever the parse made of it. It must
    name someone (a proper noun or a title)."""
    w = doc.words[cue.head]
    end = w.i - 1 if apposition and w.i > 0 and doc.words[w.i - 1].text == "," and not w.text.endswith("ing") else w.i
    # "X, Washington's UN envoy, said", not "in Tulsa, Oklahoma, saying"
    k = end - 1
    while k >= 0 and doc.words[k].sent == w.sent and (
            doc.words[k].upos in ("PROPN", "NOUN", "DET", "ADJ", "NUM") or doc.words[k].text in ("'s", "’s")):
        k -= 1
    chunk = doc.words[k + 1:end]
    opener = doc.words[k].text.lower() if k >= 0 else ""
    if not chunk or not (opener == "," or opener in SUBORDINATORS and end == w.i) or \
            not any(_personal(x) for x in chunk):
        return None
    return chunk


def _personal(w: Word) -> bool:
    """A word that can name someone: a proper noun or a title ("minister")."""
    return w.upos == "PROPN" or w.lemma.lower() in lexicon("titles")


def cue_beside(doc: ParsedDoc, q: Quoted, cues: list[CueWord], quotes: Quotes) -> tuple[CueWord | None, str]:
    """The cue next to a direct quote, in the same paragraph: after it ("...,"
    she said) or before it in the same sentence (He said: "..."); failing
    those, the last cue of the sentence just before ("..., he continued. "...")."""
    after = [c for c in cues if c.start >= q.end and c.kind != "noun"]
    if after:
        c = after[0]
        gap = doc.between(q.end, c.start)
        if (len(gap) <= WINDOW or _speaker_phrase(doc, gap, c)) and not _crosses_quote(q.end, c.start, quotes) \
                and not _sentence_ends(gap) and "\n" not in doc.text[q.end:c.start]:
            return c, "after"
    before = [c for c in cues if c.end <= q.open_mark and "\n" not in doc.text[c.end:q.open_mark]]
    if before:
        c = before[-1]
        c_sent, q_sent = doc.words[c.head].sent, _sent_at(doc, q.start)
        if _crosses_quote(c.end, q.open_mark, quotes):
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
    return bool(words) and words[0].upos == "PROPN" and not _has_verb(words) and gap[-1].text == ","


def _sentence_ends(gap: list[Word]) -> bool:
    """True when a sentence ends between a quote and a later cue, other than
    the one ending inside the quote ("... price." he said is still one unit)."""
    return any(w.upos == "PUNCT" and w.text in ".!?" for w in gap)


def _crosses_quote(start: int, end: int, quotes: Quotes) -> bool:
    return any(start < q.start < end for q in quotes.full)


def _sent_at(doc: ParsedDoc, pos: int) -> int:
    w = doc.word_at(pos)
    return w.sent if w else (doc.words[-1].sent if doc.words else 0)


NOMINAL = ("NOUN", "PROPN", "PRON")
FUNCTION_TAGS = ("PUNCT", "ADV", "AUX", "DET", "ADP", "CCONJ", "SCONJ", "PART", "SYM")


def source_near(doc: ParsedDoc, q: Quoted, cue: CueWord) -> int | None:
    """When the parse gives no subject, the nominal standing between a quote
    and its cue ("...," Stoltenberg said) or the noun phrase just after the
    cue ("...," said the defence minister) is the speaker."""
    gap = [w for w in doc.between(q.end, cue.start) if w.upos not in FUNCTION_TAGS]
    if gap:
        return gap[-1].i
    run = []
    for w in doc.words[cue.last + 1:cue.last + 7]:
        if w.sent != doc.words[cue.head].sent or w.upos in ("PUNCT", "ADP", "VERB", "AUX"):
            break
        run.append(w)
    nominal = [w for w in run if w.upos in NOMINAL]
    return nominal[-1].i if nominal else None


SIGNATURE = re.compile(r"[\s”\"’.,]*[―—–-]\s*")


def signed_by(doc: ParsedDoc, q: Quoted) -> int | None:
    """A quote signed with a dash and a name closing its paragraph
    (“...” ― Christina Lastra.): the name's last word."""
    m = SIGNATURE.match(doc.text, q.end)
    if not m:
        return None
    end = doc.text.find("\n", m.end())
    words = doc.between(m.end(), len(doc.text) if end < 0 else end)
    while words and words[-1].upos == "PUNCT":
        words = words[:-1]
    if not words or len(words) > 6 or any(w.upos != "PROPN" for w in words):
        return None
    return words[-1].i


def labelled_by(doc: ParsedDoc, q: Quoted) -> int | None:
    """A quote opening its line after a short capitalised label and a colon,
    as headlines write it ("Finland: «We will help the US»"): the label's last word."""
    line = doc.text.rfind("\n", 0, q.open_mark) + 1
    label = doc.text[line:q.open_mark].rstrip()
    if not label.endswith(":") or not label[:1].isupper() or len(label.split()) > 3:
        return None
    words = [w for w in doc.between(line, q.open_mark) if w.upos != "PUNCT"]
    return words[-1].i if words and all(w.text[:1].isupper() for w in words) else None


def _according_phrase(doc: ParsedDoc, cue: CueWord) -> list[Word]:
    """ "according to X": the words from "according" to the comma or sentence end."""
    sent = doc.sents[doc.words[cue.head].sent]
    out = []
    for w in doc.words[cue.head:sent.last]:
        if w.i > cue.last and w.upos == "PUNCT" and w.text in ",;:.!?()—–":
            break
        out.append(w)
    return out


def according_source(doc: ParsedDoc, cue: CueWord) -> int | None:
    """The head of the first noun phrase after "according to"."""
    phrase = [w for w in _according_phrase(doc, cue) if w.i > cue.last]
    ids = {w.i for w in phrase}
    for w in phrase:
        if w.upos in NOMINAL or w.text[:1].isupper():
            while w.head in ids and doc.words[w.head].upos in NOMINAL and w.head > w.i:
                w = doc.words[w.head]
            return w.i
    return None


def according_content(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """The rest of the sentence around an "according to X" phrase."""
    phrase = {w.i for w in _according_phrase(doc, cue)}
    sent = doc.sents[doc.words[cue.head].sent]
    rest = [w for w in doc.words[sent.first:sent.last] if w.i not in phrase]
    before = [w for w in rest if w.i < cue.head]
    after = [w for w in rest if w.i > cue.head]
    if before and _main_clause(before) and any(w.head in phrase and w.upos in NOMINAL for w in after):
        return before  # "X, according to an analysis by Y, a former aide ...": after it, Y's apposition
    side = after if len([w for w in after if w.upos != "PUNCT"]) >= len([w for w in before if w.upos != "PUNCT"]) else before
    return side or None


def clause_content(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """Words of the reported clause of a cue: its clausal complement ("said
    [that] X"), an object + infinitive ("urged Moscow to X"), the clause it
    interrupts ("X, he said"), or the clause "according to" modifies."""
    kids = doc.children(cue.head)
    if cue.kind == "according":
        return according_content(doc, cue)
    comps = [c for c in kids if c.deprel in ("ccomp", "acl") or (c.deprel == "csubj:pass") or (
        c.deprel == "advcl" and c.i > cue.head and _that_clause(doc, c.i))]  # "told X that ..." as advcl
    if cue.kind == "noun":
        comps = [c for c in kids if c.deprel.split(":")[0] in ("acl", "ccomp")]
    comps = sorted((c for c in comps if not (c.i < cue.head and _relative(doc, c))), key=lambda c: c.i < cue.head)
    if comps:
        words = _after_mark(doc, comps[0].i)
        if comps[0].i > cue.head:  # a clause after its cue starts after it, whatever the parser hung on it
            words = [w for w in words if w.i > cue.last]
        words = _strip_that(words)
        subjectless = not any(k.deprel.startswith(("nsubj", "mark", "expl")) for k in doc.children(comps[0].i))
        if cue.kind == "verb" and subjectless and words:  # "said [troop numbers] are likely to climb"
            obj = _object_before(doc, cue, words[0].i)
            if obj:
                words = doc.words[doc.subtree(obj.i)[0].i:words[-1].i + 1]
        return words
    xcomp = [c for c in kids if c.deprel == "xcomp" and any(
        g.deprel == "mark" and g.lemma == "to" for g in doc.children(c.i))]
    objs = [c for c in kids if c.deprel in ("obj", "iobj", "obl") and c.i < (xcomp[0].i if xcomp else -1)]
    if xcomp and objs and cue.lemma in lexicon("request_verbs"):  # "urged [Moscow] to take steps": both
        first = min(doc.subtree(objs[0].i)[0].i, doc.subtree(xcomp[0].i)[0].i)
        return doc.words[first:doc.subtree(xcomp[0].i)[-1].i + 1]
    if xcomp and not objs and cue.lemma in lexicon("commitment_verbs"):  # "pledged to push for ..."
        return doc.subtree(xcomp[0].i)
    clause = _object_clause(doc, cue) or _said_object(doc, cue) or _that_after(doc, cue) or \
        _object_content(doc, cue) or _said_rest(doc, cue)
    if clause:
        return clause
    w = doc.words[cue.head]
    if w.deprel == "parataxis" and 0 <= w.head < w.i and doc.words[w.head].upos in ("VERB", "AUX", "ADJ"):
        exclude = {x.i for x in doc.subtree(w.i)}  # "Russia is ready, he said": the clause before
        words = [x for x in doc.subtree(w.head) if x.i not in exclude and x.i < w.i]
        comma = max((k for k, x in enumerate(words) if x.text == ","), default=None)
        named = comma is not None and words[-1].i == w.i - 1 and words[comma + 1].upos == "PROPN"
        if named and not _has_verb(words[comma + 1:]) and not any(
                c.deprel.startswith("nsubj") for c in doc.children(w.i)):
            words = words[:comma]  # "..., Mr. Van Voorhis said" with the name hung on the clause
        return words
    return _clause_before_comma(doc, cue)


def _relative(doc: ParsedDoc, c: Word) -> bool:
    """ "Derek Mitchell, who served as ambassador, said ...": a clause whose
    subject is a relative pronoun describes someone; it reports nothing."""
    return _relative_pronoun(doc, c) is not None


def _relative_pronoun(doc: ParsedDoc, c: Word) -> Word | None:
    """The "who" or "which" subject of the clause headed by c."""
    return next((k for k in doc.children(c.i)
                 if k.deprel.startswith("nsubj") and k.text.lower() in ("who", "which")), None)


def _relative_antecedent(doc: ParsedDoc, cue: CueWord) -> int | None:
    """ "Derek Mitchell, who served as ambassador, said": with the relative
    clause parsed as the cue's, its antecedent (the name before ", who")."""
    for c in doc.children(cue.head):
        who = _relative_pronoun(doc, c)
        if c.i < cue.head and who is not None and who.i >= 2 and doc.words[who.i - 1].text == ",":
            w = doc.words[who.i - 2]
            while w.deprel in ("flat", "compound") and 0 <= w.head < w.i:
                w = doc.words[w.head]
            return w.i if w.upos in NOMINAL else None
    return None


def _after_mark(doc: ParsedDoc, i: int) -> list[Word]:
    """The clause headed by word i from after its "that": words the parser
    hung on the clause before it ("tweeted [in the early hours] that X")
    belong to the cue."""
    words = doc.subtree(i)
    mark = _that_mark(doc, i)
    return [w for w in words if w.i > mark.i] if mark else words


def _that_mark(doc: ParsedDoc, i: int) -> Word | None:
    """The "that" marking the clause headed by word i, if any."""
    return next((c for c in doc.children(i) if c.deprel == "mark" and c.lemma.lower() == "that"), None)


def _that_clause(doc: ParsedDoc, i: int) -> bool:
    return _that_mark(doc, i) is not None


def _object_clause(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """ "said [troop numbers] are likely to climb": a declarative cue whose
    object runs straight into a verb attached to the cue (xcomp, advcl) is
    a misparsed clause; read the object and the verb's words together."""
    if cue.lemma in lexicon("request_verbs"):
        return None
    for verb in (c for c in doc.children(cue.head) if c.deprel in ("xcomp", "advcl")):
        verb_words = doc.subtree(verb.i)
        obj = _object_before(doc, cue, verb_words[0].i)
        marked = any(c.deprel == "mark" and c.lemma.lower() != "to" for c in doc.children(verb.i))
        if obj and obj.i > cue.head and not marked:
            if verb_words[0].text.lower() == "that" and len(verb_words) > 2:
                return verb_words[1:]  # "expressed concern that [Russia] is continuing ...": the object is the cue's
            return doc.words[doc.subtree(obj.i)[0].i:verb_words[-1].i + 1]
    return None


def _said_object(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """ "said the findings raised more questions", parsed as an object and a
    modifier: "say" takes no object but its words, so an object right after
    it that runs into a verb is the reported clause, up to the end of the
    cue's words."""
    subject = any(c.deprel.startswith("nsubj") and c.i < cue.head for c in doc.children(cue.head))
    if cue.lemma != "say" or (not subject and doc.words[cue.head - 1].text == ","):
        return None  # "..., said Brian Baker": an inverted cue's object is its subject
    obj = next((c for c in doc.children(cue.head) if c.deprel == "obj" and c.i > cue.head), None)
    if obj is None:
        return None
    words = _rstrip_punct([w for w in doc.subtree(cue.head) if w.i > cue.head])
    if not words or doc.subtree(obj.i)[0].i != words[0].i:
        return None
    that = next((k for k, w in enumerate(words) if w.text.lower() == "that" and w.upos == "SCONJ"), -1)
    words = words[that + 1:]  # "said late last night that ...": the clause starts after its "that"
    return words if _has_verb(words) else None


def _said_rest(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """ "Clinton's team says she'll continue ...", with "says" parsed as a
    noun: after a "say" that has words before it (not ", says X"), a clause
    that starts with its subject is what was said, to the sentence end."""
    sent = doc.sents[doc.words[cue.head].sent]
    if cue.lemma != "say" or cue.head == sent.first or doc.words[cue.head - 1].text == ",":
        return None
    words = _rstrip_punct(doc.words[cue.last + 1:sent.last])
    starts = words and words[0].upos in ("PRON", "PROPN", "NOUN", "DET", "NUM")
    return words if starts and _main_clause(words) else None


def _that_after(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """ "told The Washington Post that X would ...", with "that" misparsed as
    a pronoun: a "that" right after a verb cue, or after the person a cue
    tells, with no finite verb or clause break between them, opens the reported
    clause (to the sentence end). After any other noun it is a relative
    ("emphasized the threat that a Trump presidency would constitute")."""
    if cue.kind == "according":
        return None
    sent = doc.sents[doc.words[cue.head].sent]
    for w in doc.words[cue.head + 1:min(sent.last, cue.head + WINDOW)]:
        if w.text.lower() == "that" and (w.i == cue.head + 1 or cue.lemma in lexicon("recipient_verbs")):
            words = _rstrip_punct(doc.words[w.i + 1:sent.last])
            return words if _main_clause(words) else None
        finite = w.upos == "AUX" or (w.upos == "VERB" and "VerbForm=Fin" in w.feats)  # not "an invited crowd"
        if finite or w.text in (",", ";", ":", "(") or w.text in QUOTE_MARKS:
            return None
    return None


def _object_content(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """ "called for the repeal of Obamacare", "called climate change a
    hoax": for the verbs of lexicons/object_cues.txt, what an active cue
    takes after it (past "for" or "on") is what was said."""
    w, kids = doc.words[cue.head], doc.children(cue.head)
    subject = any(c.deprel == "nsubj" for c in kids) or w.deprel in INHERIT_SUBJECT
    if cue.lemma not in lexicon("object_cues") or not subject or any(
            c.deprel in ("aux:pass", "nsubj:pass", "compound:prt") for c in kids):
        return None  # "a group called X", "has been called a charlatan", "called out X"
    other = {x.i for c in kids if c.deprel in ("conj", "parataxis", "cc") for x in doc.subtree(c.i)}
    words = [x for x in doc.subtree(cue.head) if x.i > cue.head and x.i not in other]  # not "and describe ..."
    words = words[:next((k for k, x in enumerate(words) if x.text in DASHES), len(words))]
    words = _rstrip_punct(words)
    if words and words[0].text.lower() in ("for", "on") and cue.lemma == "call":
        words = words[1:]
    core = [doc.subtree(c.i)[0].i for c in kids if c.i > cue.head and c.deprel in ("obj", "iobj", "xcomp", "ccomp")]
    if core and cue.lemma != "call":  # "announced on Friday the arrest of X": from the object on
        words = [x for x in words if x.i >= min(core)]
    if not words or words[0].upos == "ADP":
        return None  # "reported from Hawaii", "called into a radio show": no object, nothing said
    return words if any(x.upos in NOMINAL for x in words) else None


def _object_before(doc: ParsedDoc, cue: CueWord, first: int) -> Word | None:
    """The cue's object whose words end right before word `first`."""
    return next((c for c in doc.children(cue.head)
                 if c.deprel == "obj" and doc.subtree(c.i)[-1].i + 1 == first), None)


def _clause_before_comma(doc: ParsedDoc, cue: CueWord) -> list[Word] | None:
    """ "CLAUSE, the spokesman said.": when the parse links the cue oddly, a
    subject between a comma and the cue marks everything before the comma
    as the reported clause."""
    subj = [c for c in doc.children(cue.head) if c.deprel.startswith("nsubj") and c.i < cue.head]
    if subj:
        first = min(x.i for x in doc.subtree(subj[0].i))
    else:
        chunk = _comma_subject(doc, cue, apposition=False)  # before "X, his envoy," stands a name, not a clause
        if not chunk:
            return None
        first = chunk[0].i
    sent = doc.sents[doc.words[cue.head].sent]
    if first - 1 <= sent.first or doc.words[first - 1].text != ",":
        return None
    words = _after_dateline(doc.words[sent.first:first - 1])
    return words if _main_clause(words) else None


def _states(words: list[Word]) -> bool:
    """A main clause, perhaps after a fronted phrase and its comma ("After
    some challenges, the work has been meeting standards")."""
    comma = next((k for k, w in enumerate(words) if w.text == ","), None)
    return _main_clause(words) or (comma is not None and _main_clause(words[comma + 1:]))


def _main_clause(words: list[Word]) -> bool:
    """Words that can be a reported statement: they hold a finite verb and do
    not open as a modifier ("In July, ...", "When Congress cut funding, ...")."""
    lead = next((w for w in words if w.upos not in ("CCONJ", "PUNCT", "ADV")), None)
    return lead is not None and lead.upos not in ("ADP", "SCONJ") and any(
        "VerbForm=Fin" in w.feats for w in words)


DASHES = ("-", "–", "—")


def _after_dateline(words: list[Word]) -> list[Word]:
    """Drop a leading dateline: verbless words up to a dash among the first
    dozen ("November 28. INTERFAX/BNS - The Alliance is concerned ...")."""
    for k, w in enumerate(words[:12]):
        if w.text in DASHES and k + 1 < len(words):
            if not _has_verb(words[:k]):
                return words[k + 1:]
            break
    return words


def _strip_that(words: list[Word]) -> list[Word]:
    """The clause without its complementizer: "[that] Russia moved troops"."""
    while words and (words[0].text.lower() == "that" and len(words) > 1 or words[0].upos == "PUNCT"):
        words = words[1:]
    return words


def direct_quotes(doc: ParsedDoc, quotes: Quotes, cues: list[CueWord]) -> list[Attribution]:
    """One Attribution per full quote, merging "A," he said, "B." into one."""
    out: list[Attribution] = []
    paras = paragraphs(doc.text)
    for q in quotes.full:
        cue, side = cue_beside(doc, q, cues, quotes)
        prev = out[-1] if out else None
        if prev and _resumes(doc, prev, q, cue, side):
            prev.join(q)  # "A," he said, "B." and "A," he said. "B."
            continue
        source = None
        if cue and side == "after":  # "...," Stoltenberg said: the words between name the speaker
            source = source_near(doc, q, cue)
        if cue and source is None:
            source = source_of(doc, cue, quotes.inside)
        if cue is None:
            source = signed_by(doc, q) or labelled_by(doc, q)
        conf = 0.9 if cue and source is not None else 0.6 if cue or source is not None else 0.3
        if side == "previous":
            conf -= 0.2
        att = Attribution("direct", q.start, q.end, list(q.parts), cue, source, conf)
        att.shares_cue = side == "previous"
        if cue is None and prev is not None and _continues(doc, prev, q, paras, cues):
            if prev.cue and prev.end <= prev.cue.start < q.start and "\n" not in doc.text[prev.end:q.open_mark]:
                prev.join(q)  # "A," she said. "B." is one quote
                continue
            att.follows, att.confidence = True, 0.7
        elif cue is None and source is None and _after_reported_paragraph(doc, q, paras, cues):
            att.follows, att.confidence = True, 0.6
        out.append(att)
    return out


def _resumes(doc: ParsedDoc, prev: Attribution, q: Quoted, cue: CueWord | None, side: str) -> bool:
    """The quote goes on after its cue: "A," he said, "B." or "A," said X,
    speaking of Y. "B." (the cue's sentence sits between the two parts)."""
    if not (prev.cue and cue):
        return False
    if side == "before":
        return cue is prev.cue and prev.end < q.start
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


def indirect_quotes(doc: ParsedDoc, quotes: Quotes, cues: list[CueWord], used: set[int]) -> list[Attribution]:
    """Reported clauses of cues not already used by a direct quote."""
    out = []
    for cue in cues:
        if cue.head in used:
            continue
        source = source_of(doc, cue, quotes.inside)
        around = _parenthetical(doc, cue, source)
        words = around or clause_content(doc, cue)
        if not words:
            continue
        words = [w for w in words if w.upos != "PUNCT" or w is not words[-1]]
        if not words or len(words) < 2:
            continue
        start, end = span_of(words, doc.text)
        if end <= start:
            continue
        if not around:  # "X, he said, Y" already holds the sentence around the cue
            if start > cue.end:  # "said [that] X ...": the reported clause runs to the sentence end
                end = max(end, _clause_end(doc, cue, start, cues))
            elif end <= cue.start and cue.kind == "verb":  # "X, he said": X starts the sentence
                start = min(start, _clause_start(doc, cue, end, cues))
                if not _states(doc.between(start, end)):
                    continue  # "In a message posted Friday, Cruz said": a fronted phrase says nothing
        end = _before_participle_cue(doc, cue, start, end, cues)
        end = _before_parallel_verb(doc, cue, start, end)
        inside = [q for q in quotes.spans if q.start < end and start < q.end]
        for q in inside:  # a quoted fragment is kept whole, with its marks
            start, end = min(start, q.open_mark), max(end, q.outer_end)
        if any(q in quotes.full for q in inside) and _mostly_quoted(start, end, inside):
            continue
        kind: QuoteType = "mixed" if inside else "indirect"
        conf = 0.8 if source is not None else 0.4
        parts = [(q.start, q.end) for q in inside]  # the quoted fragments of a mixed quote
        out.append(Attribution(kind, start, end, parts, cue, source, conf))
    return out


def _before_parallel_verb(doc: ParsedDoc, cue: CueWord, start: int, end: int) -> int:
    """ "has assured that it will not negotiate and has flatly rejected ...",
    "said X and accused the West ...": a verb after "and" with the cue's own
    auxiliary, or in the cue's tense and attached to the cue (or itself a
    reporting verb), and without a subject of its own, continues the cue's
    sentence, not what was said."""
    verb = doc.words[cue.head]
    aux = {c.lemma for c in doc.children(verb.i) if c.deprel == "aux"}
    words = doc.between(start, end)
    for k, w in enumerate(words[:-1]):
        if w.upos != "CCONJ" or cue.kind != "verb":
            continue
        nxt = next((x for x in words[k + 1:k + 4] if x.upos != "ADV"), None)
        if nxt is None or any(c.deprel.startswith("nsubj") for c in doc.children(nxt.i)):
            continue
        same_form = nxt.upos == "VERB" and not aux and nxt.xpos == verb.xpos and verb.xpos in ("VBD", "VBZ") and (
            nxt.head == cue.head or lexicon_lemma(nxt.text, nxt.lemma, "speech_verbs"))  # not "X complied and left"
        same_aux = nxt.upos == "AUX" and nxt.lemma in aux
        if (same_form or same_aux) and k > 0 and _has_verb(words[:k]):
            return words[k - 1].end if words[k - 1].upos != "PUNCT" else words[k - 2].end
    return end


def _before_participle_cue(doc: ParsedDoc, cue: CueWord, start: int, end: int, cues: list[CueWord]) -> int:
    """ "asked Russia to lower the tension, warning of the new deployment": a
    reported clause ends before a comma that opens another cue's participle."""
    for c in cues:
        w = doc.words[c.head]
        if c is not cue and start < c.start < end and w.text.lower().endswith("ing") and w.i > 0 \
                and doc.words[w.i - 1].text == ",":
            words = _rstrip_punct(doc.between(start, doc.words[w.i - 1].start))
            return words[-1].end if _has_verb(words) else end
    return end


def _parenthetical(doc: ParsedDoc, cue: CueWord, source: int | None) -> list[Word] | None:
    """ "The museum, Mr. Obama said, would make visitors ...": a cue set
    between commas inside a sentence (its source word `source`) reports the
    whole sentence around it."""
    if cue.kind != "verb" or source is None or source > cue.head or \
            any(w.text == "," for w in doc.words[source + 1:cue.head]):  # "X, his envoy, said" is no aside
        return None
    left = doc.subtree(source)[0].i - 1
    right = next((w.i for w in doc.words[cue.last + 1:cue.last + 6] if w.text in ",;" or w.upos == "VERB"), None)
    sent = doc.sents[doc.words[cue.head].sent]
    if left <= sent.first or doc.words[left].text != "," or right is None or doc.words[right].text != ",":
        return None
    before = _after_dateline(doc.words[sent.first:left])
    after = doc.words[right + 1:sent.last]
    if not _has_verb(before + after) or len([w for w in after if w.upos != "PUNCT"]) < 2:
        return None
    lead = next((w for w in before if w.upos not in ("CCONJ", "PUNCT")), None)
    if lead and lead.upos in ("ADP", "ADV") and not _has_verb(before):
        return after  # "In that context, he said, NATO would ...": the phrase only sets the scene
    return before + after


def _before_direct(doc: ParsedDoc, a: Attribution, direct: list[Attribution]) -> Attribution:
    """ "urges her husband to come out of the car and repeatedly says, "Don't
    you do it"": a reported clause that runs into a later direct quote,
    joined to it by "and", ends before it (and before that quote's cue)."""
    cuts = [d.cue.start if d.cue and a.start < d.cue.start < d.start else d.start - 1 for d in direct
            if a.start < d.start - 1 < a.end or (d.cue and a.start < d.cue.start < min(a.end, d.start))]
    if not cuts:
        return a
    cut = min(cuts)
    words = doc.between(a.start, cut)
    joined = False
    while words and words[-1].upos in ("PUNCT", "CCONJ", "ADV") and words[-1].text not in QUOTE_MARKS:
        joined, words = joined or words[-1].upos == "CCONJ", words[:-1]
    if joined and _has_verb(words):  # not "X was right when he said "..."": a report inside the clause
        a.end_at(words[-1].end)
    return a


def _trim_nested(doc: ParsedDoc, atts: list[Attribution]) -> list[Attribution]:
    """ "warned that there would be a price, saying that sanctions would be
    imposed": a reported clause that runs over a later cue and its own
    reported clause ends at the comma before that cue."""
    dropped = set()
    for a in atts:
        inner = [b for b in atts if b is not a and b.cue and a.start < b.cue.start and b.end <= a.end]
        if not inner:
            continue
        cut = min(b.cue.start for b in inner)
        words = doc.between(a.start, cut)
        while words and (words[-1].upos in ("PUNCT", "CCONJ") and words[-1].text not in QUOTE_MARKS):
            words = words[:-1]
        if not _has_verb(words):  # "adding that the phrase suggests X": the later cue is part of the content
            dropped.update(id(b) for b in inner if b.cue.start == cut)
            continue
        if words and words[-1].end > a.start:
            a.end_at(words[-1].end)
    return [a for a in atts if id(a) not in dropped]


def _mark_before(doc: ParsedDoc, cue: CueWord, after: int) -> int:
    """Where a later cue's clause opens: at its subordinator (", while the
    British minister, Ben Wallace, said ..."), else at the cue."""
    marks = [c.start for c in doc.children(cue.head) if c.deprel == "mark" and after < c.start < cue.start]
    return min(marks, default=cue.start)


def _clause_end(doc: ParsedDoc, cue: CueWord, start: int, cues: list[CueWord]) -> int:
    """Where a reported clause starting at `start` ends: the sentence end, or
    the last comma before the next cue of the sentence ("..., and Y said Z")."""
    sent = doc.sents[doc.words[cue.head].sent]
    words = [w for w in doc.words[sent.first:sent.last] if w.start >= start]
    later = [c for c in cues if c.start > start and doc.words[c.head].sent == doc.words[cue.head].sent]
    if later:
        stop = _mark_before(doc, later[0], start)  # ", while X said ...": that clause opens at "while"
        commas = [w for w in words if w.text in (",", ";") and w.start < stop]
        words = [w for w in words if w.start < (commas[-1].start if commas else stop)]
    stop = next((k for k, w in enumerate(words[:-1]) if _cue_conjunct(words[k:k + 2], cue)), None)
    words = _rstrip_punct(words[:stop])
    return words[-1].end if words else start


def _rstrip_punct(words: list[Word]) -> list[Word]:
    """The words without trailing punctuation, quotation marks kept."""
    while words and words[-1].upos == "PUNCT" and words[-1].text not in QUOTE_MARKS:
        words = words[:-1]
    return words


def _lstrip_punct(words: list[Word]) -> list[Word]:
    """The words without leading punctuation, quotation marks kept."""
    while words and words[0].upos == "PUNCT" and words[0].text not in QUOTE_MARKS:
        words = words[1:]
    return words


def _cue_conjunct(pair: list[Word], cue: CueWord) -> bool:
    """ "and left the room" after "told reporters that ...": a verb
    coordinated with the cue ends its reported clause."""
    return pair[0].upos == "CCONJ" and pair[1].head == cue.head and pair[1].deprel == "conj"


def _clause_start(doc: ParsedDoc, cue: CueWord, end: int, cues: list[CueWord]) -> int:
    """Where a reported clause ending at `end` before its cue starts: the
    sentence start, or just after an earlier cue of the sentence."""
    sent = doc.sents[doc.words[cue.head].sent]
    earlier = [c.end for c in cues if c.end <= end and doc.words[c.head].sent == doc.words[cue.head].sent
               and c is not cue]
    words = [w for w in doc.words[sent.first:sent.last] if w.end <= end and w.start >= max(earlier, default=0)]
    words = _lstrip_punct(_after_dateline(words))
    return words[0].start if words else end


def _mostly_quoted(start: int, end: int, inside: list[Quoted]) -> bool:
    return sum(q.end - q.start for q in inside) >= 0.6 * (end - start)


def fragment_quotes(doc: ParsedDoc, quotes: Quotes, cues: list[CueWord], taken: list[tuple[int, int]]) -> list[Attribution]:
    """Mixed quotes around a quoted fragment that no clause took in: from
    the cue's complement to the end of its clause ("called Trump a
    "pathological liar" who is "utterly amoral"", one record per cue)."""
    out = []
    for q in quotes.spans:
        if q in quotes.full or any(s <= q.start < e for s, e in taken):
            continue
        before = [c for c in cues if c.end <= q.open_mark and doc.words[c.head].sent == _sent_at(doc, q.start)]
        if not before:
            att = _fragment_before_cue(doc, q, cues, quotes)
            if att:
                out.append(att)
                taken.append((att.start, att.end))
            continue
        cue = before[-1]
        gap = doc.between(cue.end, q.open_mark)
        if len(gap) > WINDOW or _crosses_quote(cue.end, q.open_mark, quotes):
            continue
        if not _framed(gap, cue):
            continue
        gap = _lstrip_punct(_complement(doc, gap, cue))
        start = gap[0].start if gap else q.open_mark
        after = q.outer_end
        agent = _agent_after(doc, cue, after)
        end = after if agent else _fragment_end(doc, cue, after, _clause_end(doc, cue, start, cues))
        parts = [(f.start, f.end) for f in quotes.spans if start <= f.open_mark and f.end <= end and f not in quotes.full]
        source = agent.i if agent else source_of(doc, cue, quotes.inside)
        out.append(Attribution("mixed", start, end, parts, cue, source, 0.6 if source is not None else 0.3))
        taken.append((start, end))
    return out


FRAMES = ("as", "for", "to", "like")  # "criticized X as "Y"", "blasted X for "Y"", "likened X to "Y""


def _framed(gap: list[Word], cue: CueWord) -> bool:
    """A framing verb (lexicons/fragment_verbs.txt) frames the fragment it
    takes as object or through "as", "for", "to" ("blasted the media for
    being "dishonest""), not one inside another phrase ("sing the anthem
    in the face of the "hybrid threats"")."""
    if cue.lemma not in lexicon("fragment_verbs"):
        return True
    preps = [w for w in gap if w.upos == "ADP"]
    return not preps or preps[-1].text.lower() in FRAMES


def _agent_after(doc: ParsedDoc, cue: CueWord, end: int) -> Word | None:
    """The agent right after a passive cue's fragment ("was hailed as a
    "good signal" by Chancellor Scholz"): the source, and no part of the quote."""
    if not any(c.deprel == "aux:pass" for c in doc.children(cue.head)):
        return None
    nxt = next((w for w in doc.between(end, len(doc.text)) if w.upos != "PUNCT"), None)
    return doc.words[nxt.head] if nxt and nxt.lemma.lower() == "by" and nxt.deprel == "case" else None


def _fragment_before_cue(doc: ParsedDoc, q: Quoted, cues: list[CueWord], quotes: Quotes) -> Attribution | None:
    """ 'This is "roughly the same advantage she has held all month,"
    reported Reuters.': a sentence ending in a fragment, its cue right
    after it, is a mixed quote from the sentence start."""
    end = q.outer_end
    cue = next((c for c in cues if c.start >= end), None)
    if cue is None or len(doc.between(end, cue.start)) > 2 or doc.words[cue.head].sent != _sent_at(doc, q.start):
        return None
    start = _clause_start(doc, cue, q.open_mark, cues)
    if start >= q.open_mark or not _states(doc.between(start, end)):
        return None
    source = source_near(doc, q, cue)
    source = source_of(doc, cue, quotes.inside) if source is None else source
    return Attribution("mixed", start, end, [(q.start, q.end)], cue, source, 0.6 if source is not None else 0.3)


def _new_clause(words: list[Word], k: int) -> bool:
    """words[k] is the comma of ", and he welcomed ...": a coordinated
    clause with a subject of its own (not "and that ...", a second reported
    clause of the same cue)."""
    after = words[k + 1:k + 5]
    return words[k].text == "," and len(after) > 1 and after[0].upos == "CCONJ" and \
        after[1].text.lower() != "that" and any(w.deprel.startswith("nsubj") for w in after[1:])


def _fragment_end(doc: ParsedDoc, cue: CueWord, end: int, limit: int) -> int:
    """How far the clause around a fragment ending at `end` goes on: up to
    `limit`, stopping before a new clause (", and he welcomed ...", ";"),
    a verb coordinated with the cue ("tweeted that X was "Y" and
    encouraged ..."), the cue's own time or circumstance ("blasted her as
    a "disgrace" Wednesday on ..." right after the fragment), a participle
    after a comma (", implicitly putting ..."), a bracket or a line break."""
    words = doc.between(end, limit)
    last = end
    side = {doc.subtree(c.i)[0].i for c in doc.children(cue.head) if c.deprel in SIDE_RELS}
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else w
        if "\n" in doc.text[last:w.start] or w.text in (";", "(", "[") or _new_clause(words, k) or \
                _cue_conjunct([w, nxt], cue) or w.i in side or _participle_after(words, k) or \
                (last == end and w.text.lower() in lexicon("cue_circumstances")):
            break
        if w.upos != "PUNCT" or w.text in QUOTE_MARKS:
            last = w.end
    return last


def _participle_after(words: list[Word], k: int) -> bool:
    """words[k] is the comma of ", implicitly putting his name on the line"."""
    after = next((w for w in words[k + 1:k + 3] if w.upos != "ADV"), None)
    return words[k].text == "," and after is not None and after.xpos == "VBG"


def _complement(doc: ParsedDoc, gap: list[Word], cue: CueWord) -> list[Word]:
    """The words between a cue and a fragment that belong to what is
    reported: after a "that" ("tweeted in the early hours that X was "Y""),
    from the "to" of a request ("told his supporters to "go""), from the
    subject after the person told ("told voters this weekend he would
    consider it an "insult""), else all."""
    that = [k for k, w in enumerate(gap[:-1]) if w.text.lower() == "that" and (  # "hours that X was": a
        w.upos == "SCONJ" or gap[k + 1].upos not in ("VERB", "AUX"))]  # relative "that" needs its verb next
    if that:
        return gap[that[-1] + 1:]
    to = [k for k, w in enumerate(gap) if w.text.lower() == "to" and w.upos == "PART"]
    if to and cue.lemma in lexicon("request_verbs"):
        return gap[to[0]:]
    subj = [k for k, w in enumerate(gap) if k > 0 and w.deprel.startswith("nsubj") and w.head > w.i
            and doc.words[w.head].upos in ("VERB", "AUX", "ADJ", "NOUN")]
    if subj and cue.lemma in lexicon("recipient_verbs"):  # "told African-Americans this weekend he would"
        first = doc.subtree(gap[subj[-1]].i)[0].i
        return [w for w in gap if w.i >= first]
    return _strip_that(gap) or gap


def _with_loose(cues: list[CueWord], loose: list[CueWord]) -> list[CueWord]:
    """Cues for direct quotes: a reporting verb beside a quote is a cue even
    when the tagger missed it ("...," the sources conclude)."""
    have = {c.head for c in cues}
    return sorted(cues + [c for c in loose if c.head not in have], key=lambda c: c.start)


def attribute(doc: ParsedDoc, quoted: list[Quoted] | None = None) -> list[Attribution]:
    """All attributions of a parsed document, in text order."""
    quoted = find_quoted(doc.text) if quoted is None else quoted
    quotes = Quotes(doc, quoted)
    cues = find_cues(doc, quotes.inside)
    direct = direct_quotes(doc, quotes, _with_loose(cues, verb_cues(doc, quotes.inside, loose=True)))
    used = {a.cue.head for a in direct if a.cue and not a.shares_cue}
    covered = [(a.start, a.end) for a in direct]
    indirect = [_before_direct(doc, a, direct) for a in indirect_quotes(doc, quotes, cues, used)]
    indirect = _trim_nested(doc, [a for a in indirect if not any(s < a.end and a.start < e for s, e in covered)])
    taken = covered + [(a.start, a.end) for a in indirect]
    framing = _with_loose([c for c in cues if c.head not in used], verb_cues(doc, quotes.inside, verbs="fragment_verbs"))
    mixed = fragment_quotes(doc, quotes, framing, taken)
    return sorted(_one_each(direct + indirect + mixed), key=lambda a: (a.start, a.end))


def _one_each(atts: list[Attribution]) -> list[Attribution]:
    """One attribution for one span: two rules (or two cues) may read nearly
    the same words as a quote; the more confident reading stays."""
    kept: list[Attribution] = []
    for a in sorted(atts, key=lambda a: -a.confidence):
        same = any(min(a.end, b.end) - max(a.start, b.start) >= 0.8 * max(a.end - a.start, b.end - b.start)
                   for b in kept)
        if not same:
            kept.append(a)
    return kept
