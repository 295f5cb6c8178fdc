"""Repairs of the parse errors the compact models make most, applied to each
dependency-parsed sentence before the rules read it (they are not part of a
stored parse: a change here needs no new parse). Each repair is a small pure
function from a sentence's words to its words; one that would close a loop
in the tree is not applied."""
from __future__ import annotations

from dataclasses import replace

from quotes.attribute.words import DASHES, has_verb
from quotes.lexicon import words as lexicon
from quotes.names import calendar_words
from quotes.parse import ParsedDoc, Selector, Word, chunk_tree


def repair(words: list[Word]) -> list[Word]:
    """A sentence's words with every repair applied in turn."""
    for step in REPAIRS:
        fixed = step(words)
        words = fixed if _acyclic(fixed) else words
    return words


def join_names(words: list[Word]) -> list[Word]:
    """One tree for each run of adjacent proper nouns ("NATO Secretary General
    Jens Stoltenberg"): the parser may hang every word of a name from the
    verb. The run's last word becomes its head, keeping the attachment of the
    run's last word that points outside it; the others attach to it as flat."""
    out = list(words)
    k = 0
    while k < len(out):
        j = k
        while step := _name_step(out, j):
            j += step
        if j > k:
            run = range(out[k].i, out[j].i + 1)
            outside = [w for w in out[k:j + 1] if w.head not in run]
            anchor = outside[-1] if outside else out[j]
            last = out[j]
            for m in range(k, j):
                out[m] = replace(out[m], head=last.i, deprel="flat")
            out[j] = replace(last, head=anchor.head, deprel=anchor.deprel)
            inner = set(run) - {last.i}
            out = [replace(w, head=last.i) if w.head in inner and w.i not in run else w for w in out]
        k = j + 1
    out = _possessors(out)
    return out if _acyclic(out) else words  # a repair that would loop is no repair


def _name_step(words: list[Word], j: int) -> int:
    """How far a name run goes on after word j: 1 to an adjacent proper noun,
    2 over a hyphen glued to both ("Secretary-General", "Thomas-Greenfield"), 0 not."""
    if words[j].upos != "PROPN":
        return 0
    nxt = words[j + 1] if j + 1 < len(words) else None
    if nxt is None or nxt.sent != words[j].sent:
        return 0
    if nxt.upos == "PROPN" and nxt.start - words[j].end <= 1:
        return 1
    after = words[j + 2] if j + 2 < len(words) else None
    glued = nxt.text == "-" and nxt.start == words[j].end and after is not None and after.start == nxt.end
    return 2 if glued and after.upos == "PROPN" and after.text[:1].isupper() else 0


def _acyclic(words: list[Word]) -> bool:
    """Every head chain of the sentence ends at a root."""
    index = {w.i: w for w in words}
    for w in words:
        seen = set()
        while w is not None and w.i not in seen:
            seen.add(w.i)
            w = index.get(w.head)
        if w is not None:
            return False
    return True


def _possessors(words: list[Word]) -> list[Word]:
    """ "North Macedonia 's Prime Minister Dimitar Kovacevski": a proper noun
    with "'s" right before a name run is that name's possessor."""
    out = list(words)
    base = out[0].i if out else 0
    for k in range(1, len(out) - 1):
        poss, head = out[k - 1], out[k + 1]
        if out[k].text in ("'s", "’s") and poss.upos == "PROPN" and head.upos == "PROPN":
            while head.deprel == "flat" and base <= head.head < base + len(out) and head.head > head.i:
                head = out[head.head - base]
            out[k - 1] = replace(poss, head=head.i, deprel="nmod:poss")
            out[k] = replace(out[k], head=poss.i, deprel="case")
    return out


FINITE = ("VBD", "VBZ", "VBP")
SUBORDINATING_CASES = ("after", "before", "since", "until", "as")


def _title_subject(words: list[Word]) -> list[Word]:
    """ "campaign spokesman Jason Miller told", "where Smith's sister Ann
    was crowned": of two subjects of one verb, a common noun right before a
    name, or before the name's own phrase, is that name's title."""
    out, base = list(words), words[0].i if words else 0
    for name in words:
        if name.upos != "PROPN" or not name.deprel.startswith("nsubj"):
            continue
        first = min([name.i] + [w.i for w in out if w.head == name.i and w.i < name.i])
        for k in {first - 1, name.i - 1}:
            title = out[k - base] if k - base >= 0 else None
            if title and title.upos == "NOUN" and title.head == name.head and title.deprel == name.deprel:
                out[title.i - base] = replace(title, head=name.i, deprel="compound")
    return out


def _clause_subject(words: list[Word]) -> list[Word]:
    """ "Pentagon said [about 2,000 soldiers] will travel": a subject after a
    reporting verb, right before that verb's subjectless clause, is the
    clause's subject."""
    out, base = list(words), words[0].i if words else 0
    for v in words:
        if v.upos != "VERB" or v.lemma not in lexicon("speech_verbs"):
            continue
        kids = [w for w in out if w.head == v.i]
        subj = next((w for w in kids if w.deprel == "nsubj" and w.i > v.i), None)
        comp = next((w for w in kids if w.deprel == "ccomp" and subj and w.i > subj.i), None)
        if comp and not any(w.head == comp.i and w.deprel.startswith("nsubj") for w in out):
            out[subj.i - base] = replace(subj, head=comp.i)
    return out


def _subordinated_subject(words: list[Word]) -> list[Word]:
    """ "a day after Pentagon said X": a nominal with a subordinating
    preposition right before a subjectless finite verb is that verb's
    subject, and the preposition its marker."""
    out, base = list(words), words[0].i if words else 0
    for v in words:
        k = v.i - base
        if v.xpos not in FINITE or k < 2 or any(w.head == v.i and w.deprel.startswith("nsubj") for w in out):
            continue
        noun = out[k - 1]
        case = next((w for w in out if w.head == noun.i and w.deprel == "case"), None)
        if noun.upos in ("NOUN", "PROPN") and noun.head != v.i and case is not None and \
                case.lemma.lower() in SUBORDINATING_CASES and all(
                w.head == noun.i for w in out[case.i - base + 1:k - 1]):
            out[k - 1] = replace(noun, head=v.i, deprel="nsubj")
            out[case.i - base] = replace(case, head=v.i, deprel="mark")
    return out


def _relative_clause_as_main(words: list[Word]) -> list[Word]:
    """ "Paradis, who has been active in politics, says ...": the parser made
    the relative clause's predicate the subject's own (two subjects, the name
    and "who"), with the main verb hung under it or above it. The relative
    clause runs from "who" to the next comma before a finite verb; its
    predicate becomes acl:relcl of the name, the verb after that comma takes
    the name as subject (and the predicate's place in the sentence, unless it
    was above it), and what hung from the relative clause outside it moves to
    the verb."""
    out, base = list(words), words[0].i if words else 0
    for rel in words:
        if rel.text.lower() not in ("who", "which") or not rel.deprel.startswith("nsubj"):
            continue
        pred = out[rel.head - base] if rel.head >= base else None
        subj = next((w for w in out if w.head == rel.head and w.deprel.startswith("nsubj") and w.i < rel.i
                     and w.upos in ("PROPN", "NOUN")), None)
        if pred is None or subj is None or rel.i == base or out[rel.i - base - 1].text != ",":
            continue
        end = next((w.i for w in out[rel.i - base + 1:-1] if w.text == "," and out[w.i - base + 1].xpos in FINITE
                    and out[w.i - base + 1].upos == "VERB"), None)
        if end is None or end < pred.i:
            continue
        verb = out[end - base + 1]
        if any(w.head == verb.i and w.deprel.startswith("nsubj") for w in out):
            continue
        if not _under(out, base, pred, verb.i):  # the verb hung under the relative clause: it takes its place
            out[verb.i - base] = replace(verb, head=pred.head, deprel=pred.deprel)
        out[pred.i - base] = replace(out[pred.i - base], head=subj.i, deprel="acl:relcl")
        out[subj.i - base] = replace(subj, head=verb.i, deprel="nsubj")
        for w in out:
            if w.i in (verb.i, pred.i):
                continue
            if (rel.i <= w.head <= end or w.head == pred.i) and (w.i > end or w.i < subj.i):
                out[w.i - base] = replace(w, head=verb.i)  # outside the relative clause
            elif rel.i < w.i <= end and not subj.i <= w.head <= end:
                out[w.i - base] = replace(w, head=pred.i)  # inside it: "who said [he votes]"
    return out


PAST_FEATS = "Mood=Ind|Tense=Past|VerbForm=Fin"


def _coordinated_predicate(words: list[Word]) -> list[Word]:
    """ "said X ..., and expressed concern that Y", "tweeted that X and
    encouraged voters to read it": a past form after "and", tagged a
    participle modifying the noun after it (read as a conjunct or as the
    subject of a later verb), is a second predicate of the sentence's main
    verb, and the noun its object."""
    out, base = list(words), words[0].i if words else 0
    root = next((w for w in words if w.head < 0), None)
    if root is None or root.upos != "VERB" or root.xpos not in FINITE:
        return out
    for v in words[1:-1]:
        k = v.i - base
        cc, noun = out[k - 1], out[k + 1]
        if v.xpos in ("VBN", "VBD") and v.deprel == "amod" and v.head == noun.i and cc.upos == "CCONJ" and \
                noun.deprel in ("conj", "nsubj") and noun.upos == "NOUN" and v.i > root.i and \
                out[k - 2].head != noun.i:  # not "the tired and encouraged voters"
            out[k] = replace(v, upos="VERB", xpos="VBD", feats=PAST_FEATS, head=root.i, deprel="conj")
            out[k + 1] = replace(noun, head=v.i, deprel="obj")
            out[k - 1] = replace(cc, head=v.i, deprel="cc")
    return out


def _participle_aside(words: list[Word]) -> list[Word]:
    """ "told them he would consider it X, implicitly putting his name on the
    line": a participle after a comma, read as a conjunct or an adverbial
    clause of a verb in a clausal complement, is an aside of the verb the
    complement hangs on."""
    out, base = list(words), words[0].i if words else 0
    for w in words:
        k = w.i - base
        head = out[w.head - base] if w.deprel in ("conj", "advcl") and w.head >= base else None
        if w.xpos != "VBG" or head is None or head.upos != "VERB" or head.deprel != "ccomp" or \
                any(x.head == w.i and x.deprel == "cc" for x in out):
            continue
        j = k - 1
        while j > 0 and out[j].upos == "ADV":
            j -= 1
        if out[j].text == ",":
            out[k] = replace(w, head=head.head, deprel="advcl")
    return out


def _dated_relative(words: list[Word]) -> list[Word]:
    """ "expressed concern on Thursday that [Russia] is continuing ...": a
    "that" clause read as a relative clause on a day or month, "that" its
    subject, names no day; it is a clause of the verb the date hangs under
    (with a subject of its own, "on Sunday that the report was fake", the
    rules read it as it stands)."""
    out, base = list(words), words[0].i if words else 0
    for w in words:
        day = out[w.head - base] if w.deprel == "acl:relcl" and w.head >= base else None
        that = next((x for x in out if x.head == w.i and x.i < w.i), None)  # read as the clause's subject
        if day is None or not calendar_words([day]) or that is None or that.lemma.lower() != "that" \
                or not that.deprel.startswith("nsubj"):
            continue
        verb = day
        while verb.head >= base and verb.upos not in ("VERB", "AUX"):
            verb = out[verb.head - base]
        if verb.upos == "VERB":
            out[w.i - base] = replace(w, head=verb.i, deprel="advcl")
    return out


def _subject_of_later_cue(words: list[Word]) -> list[Word]:
    """ "X said that A does not see Y, while the British Minister ..., said
    that ...": a second subject after its verb, led by a subordinator, is the
    subject of the next reporting verb that has none, and the subordinator
    its marker."""
    out, base = list(words), words[0].i if words else 0
    for w in words:
        mark = next((x for x in out if x.head == w.i and x.deprel == "mark" and x.i < w.i), None)
        verb = out[w.head - base] if w.deprel == "nsubj" and w.head >= base else None
        if mark is None or verb is None or w.i < verb.i or not any(
                x.head == verb.i and x.deprel.startswith("nsubj") and x.i < verb.i for x in out):
            continue
        cue = next((x for x in out[w.i - base + 1:] if x.upos == "VERB"), None)
        if cue is not None and cue.lemma in lexicon("speech_verbs") and not any(
                x.head == cue.i and x.deprel.startswith("nsubj") for x in out):
            out[w.i - base] = replace(w, head=cue.i)
            out[mark.i - base] = replace(mark, head=cue.i)
    return out


def _said_clause_as_noun_phrase(words: list[Word]) -> list[Word]:
    """ "said [the union expected production] to improve": a reporting
    verb's object read as a noun phrase whose modifier is a past form
    ("expected" as an adjective of "production") is a clause: the noun
    before the past form its subject, the noun after it its object."""
    out, base = list(words), words[0].i if words else 0
    for v in words:
        if v.upos != "VERB" or v.lemma not in lexicon("speech_verbs") or any(
                x.head == v.i and x.deprel in ("ccomp", "parataxis") for x in out):
            continue
        for b in out[v.i - base + 2:]:
            k = b.i - base
            if k + 1 >= len(out):
                break
            subj, obj = out[k - 1], out[k + 1]
            if b.xpos in ("VBD", "VBN") and b.deprel == "amod" and b.head == obj.i and obj.head == v.i and \
                    obj.deprel in ("obj", "iobj") and subj.upos in ("NOUN", "PROPN") and subj.head == obj.i \
                    and subj.deprel == "compound":  # not "the company's stated goal"
                out[k] = replace(b, upos="VERB", xpos="VBD", feats=PAST_FEATS, head=v.i, deprel="ccomp")
                out[k - 1] = replace(subj, head=b.i, deprel="nsubj")
                out[k + 1] = replace(obj, head=b.i, deprel="obj")
                break
    return out


def _adjective_relations(words: list[Word]) -> list[Word]:
    """ "stopped [short] of calling X Y": an adjective is no object but a
    predicate (xcomp), and a verb clause on an adjective is adverbial
    (advcl), so the clause's verb shares the sentence's subject."""
    out, base = list(words), words[0].i if words else 0
    for w in words:
        head = out[w.head - base] if w.head >= base else None
        if w.upos == "ADJ" and w.deprel == "obj":
            out[w.i - base] = replace(w, deprel="xcomp")
        elif w.upos == "VERB" and w.deprel == "acl" and head is not None and head.upos == "ADJ":
            out[w.i - base] = replace(w, deprel="advcl")
    return out


GENERAL_TITLES = {"secretary", "attorney", "surgeon", "inspector", "solicitor", "governor", "postmaster", "consul"}


def _general_read_as_adjective(words: list[Word]) -> list[Word]:
    """ "said his secretary general": "general" after a title noun is the
    title's last word, not a predicate with the title as its subject; the
    two are one noun phrase headed by "general", in the title's relation."""
    out, base = list(words), words[0].i if words else 0
    for w in words:
        if w.text.lower() != "general" or w.upos != "ADJ" or w.i == base:
            continue
        title = out[w.i - base - 1]
        if title.lemma.lower() not in GENERAL_TITLES or title.head != w.i or not title.deprel.startswith("nsubj"):
            continue
        out[w.i - base] = replace(w, upos="NOUN", xpos="NN", feats="Number=Sing", deprel=title.deprel)
        out[title.i - base] = replace(title, deprel="compound")
    return out


ADVERBS = {"further", "also", "later", "again", "then", "still", "now", "too", "once"}


def _adverb_read_as_noun(words: list[Word]) -> list[Word]:
    """ "The director [further] stated": an adverb read as the noun a
    phrase hangs on. The noun before it heads the phrase again (with its
    determiner and modifiers), and the adverb modifies the verb."""
    out, base = list(words), words[0].i if words else 0
    for w in words:
        if w.text.lower() not in ADVERBS or w.upos not in ("NOUN", "PROPN") or w.i == base:
            continue
        noun = out[w.i - base - 1]
        if noun.head != w.i or noun.upos not in ("NOUN", "PROPN"):
            continue
        out[noun.i - base] = replace(noun, head=w.head, deprel=w.deprel)
        out[w.i - base] = replace(w, upos="ADV", xpos="RB", feats="_", head=w.head if w.head >= 0 else noun.i,
                                  deprel="advmod")
        for k, x in enumerate(out):
            if x.head == w.i and x.i != noun.i and x.i < w.i:
                out[k] = replace(x, head=noun.i)
    return out


def _participle_before_subject(words: list[Word]) -> list[Word]:
    """ "..., retired police chief Anna Berg said": a past form right before
    the subject of a reporting verb, read as the verb the report hangs on,
    modifies that subject; the reporting verb takes its place and its other
    dependents."""
    out, base = list(words), words[0].i if words else 0
    for x in words:
        before = out[x.i - base - 1] if x.i > base else None
        if x.xpos not in ("VBN", "VBD") or not x.text.islower() or x.lemma in lexicon("speech_verbs") or (
                before is not None and before.upos != "PUNCT") or any(
                c.head == x.i and c.deprel.startswith("nsubj") for c in out):
            continue  # only a subjectless past form after a quote or a comma
        cue = next((c for c in out if c.head == x.i and c.deprel in ("ccomp", "parataxis") and c.i > x.i
                    and c.upos == "VERB" and c.lemma in lexicon("speech_verbs")), None)
        subj = cue and next((c for c in out if c.head == cue.i and c.deprel.startswith("nsubj")), None)
        if subj is None or min(w.i for w in out if _under(out, base, w, subj.i)) != x.i + 1:
            continue
        for w in out:
            if w.head == x.i and w.i != cue.i:
                out[w.i - base] = replace(w, head=cue.i)
        out[cue.i - base] = replace(cue, head=x.head, deprel=x.deprel)
        out[x.i - base] = replace(x, head=subj.i, deprel="amod")
    return out


def _name_aside_verb(words: list[Word]) -> list[Word]:
    """ "Bob Sutton, chairman of the county committee, voiced confidence
    that ...": the parse made the name the root and "voiced" an adjective
    of "confidence"; a lower-case past form right after the comma that
    closes the name's apposition is the verb, the name its subject, the
    noun after it its object."""
    out, base = list(words), words[0].i if words else 0
    root = next((w for w in words if w.head < 0), None)
    if root is None or root.upos != "PROPN" or root.i - base > 4:
        return out
    aside = next((c for c in words if c.head == root.i and c.deprel == "appos" and c.i > root.i), None)
    if aside is None:
        return out
    end = max(w.i for w in words if _under(out, base, w, aside.i))
    if end + 2 - base >= len(words) or words[end + 1 - base].text != ",":
        return out
    verb = words[end + 2 - base]
    noun = words[verb.i + 1 - base] if verb.i + 1 - base < len(words) else None
    if verb.xpos not in ("VBD", "VBN") or not verb.text.islower() or verb.deprel != "amod" or noun is None \
            or verb.head != noun.i or noun.upos != "NOUN":
        return out
    for w in words:
        if w.head == root.i and w.i > verb.i:
            out[w.i - base] = replace(w, head=verb.i)
    out[verb.i - base] = replace(verb, head=-1, deprel="root", upos="VERB")
    out[noun.i - base] = replace(out[noun.i - base], head=verb.i, deprel="obj")
    out[root.i - base] = replace(root, head=verb.i, deprel="nsubj")
    return out


def _gerund_name_subject(words: list[Word]) -> list[Word]:
    """ "Playing Field Promotions, a talent agency, says that ...": a
    capitalised -ing word opening the sentence, read as a clause of a verb
    that has no subject, with a name as its object right after it, is the
    first word of that name, and the name is the verb's subject."""
    out, base = list(words), words[0].i if words else 0
    first = words[0] if words else None
    if first is None or first.xpos != "VBG" or not first.text[:1].isupper() or first.deprel != "advcl":
        return out
    verb = words[first.head - base] if 0 <= first.head - base < len(words) else None
    name = next((c for c in words if c.head == first.i and c.deprel == "obj" and c.upos == "PROPN"), None)
    if verb is None or verb.upos != "VERB" or name is None or any(
            c.head == verb.i and c.deprel.startswith(("nsubj", "expl")) for c in words):
        return out
    span = [w for w in words if _under(out, base, w, name.i)]
    if min(w.i for w in span) != first.i + 1 or not all(w.text[:1].isupper() for w in span):
        return out  # only a run of capitalised words right after it
    for w in words:
        if w.head == first.i and w.i > name.i:
            out[w.i - base] = replace(w, head=name.i, deprel="appos" if w.deprel == "conj" else w.deprel)
    out[name.i - base] = replace(name, head=verb.i, deprel="nsubj")
    out[first.i - base] = replace(first, head=name.i, deprel="compound", upos="PROPN", xpos="NNP")
    return out


def _dateline_subject(words: list[Word]) -> list[Word]:
    """ "NEW YORK, Nov. 19 (UPI) — Former Secretary of State ... Hillary
    Clinton is calling for ...": a verbless dateline (a date or a word in
    capitals) before a dash is no subject; the words after the dash that the
    parse hung on it are the sentence's subject."""
    out, base = list(words), words[0].i if words else 0
    dash = next((w for k, w in enumerate(words[:12]) if w.text in DASHES and k and words[k - 1].end < w.start
                 and _open_brackets(words[:k]) == 0), None)  # not "Sanders (I-Vt.)"
    root = next((w for w in words if w.head < 0), None)
    line = words[:dash.i - base] if dash is not None else []
    dated = any(calendar_words([w]) or (w.text.isupper() and len(w.text) > 1) for w in line)  # not "Mehmet Oz — ..."
    if not dated or root is None or root.i < dash.i or has_verb(line):
        return out
    subjects = [w for w in line if w.head == root.i and w.deprel.startswith("nsubj")]
    moved = [w for w in out[dash.i - base + 1:root.i - base] if w.head >= base and w.head < dash.i]
    if subjects and moved:
        for w in moved:
            out[w.i - base] = replace(w, head=root.i, deprel="nsubj")
        for w in subjects:
            out[w.i - base] = replace(w, deprel="dep")
    return out


def _dated_subject(words: list[Word]) -> list[Word]:
    """ "and on Monday announced", "GOP rival Ted Cruz on Wednesday
    announced": a day or month with a preposition is when, never the verb's
    subject; and a finite verb without a subject, right after "[on] <day>",
    takes the noun phrase just before it (hung elsewhere by the parse) as
    subject."""
    out, base = list(words), words[0].i if words else 0
    for v in words:
        if v.xpos not in FINITE or v.upos != "VERB":
            continue
        for c in out:
            if c.head == v.i and c.deprel.startswith("nsubj") and calendar_words([c]) and \
                    any(w.head == c.i and w.deprel == "case" for w in out):
                out[c.i - base] = replace(c, deprel="obl")
        k = v.i - base
        if k < 2 or any(w.head == v.i and w.deprel.startswith("nsubj") for w in out) \
                or not calendar_words([out[k - 1]]):
            continue
        j = k - 2 if out[k - 2].upos == "ADP" else k - 1
        if j < 1 or out[j - 1].upos != "PROPN":
            continue
        top = out[j - 1]
        while top.head >= base and top.head < top.i and top.deprel in ("flat", "compound", "flat:name"):
            top = out[top.head - base]
        if any(w.head == top.i and w.deprel == "case" for w in out):
            continue  # "in Iowa on Monday": a place, not who
        out[top.i - base] = replace(top, head=v.i, deprel="nsubj")
        out[k - 1] = replace(out[k - 1], head=v.i, deprel="obl")
    return out


def _finite_conjunct(words: list[Word]) -> list[Word]:
    """ "Scott has freed funds to address the problem and on Monday
    announced ...": a finite verb is no conjunct of an infinitive or -ing
    form; it coordinates with the nearest finite clause above that one."""
    out, base = list(words), words[0].i if words else 0
    for v in words:
        head = out[v.head - base] if v.head >= base else None
        if v.xpos not in FINITE or v.deprel != "conj" or head is None or head.xpos not in ("VB", "VBG"):
            continue
        up = head
        while up.head >= base and not (up.upos in ("VERB", "AUX") and _finite_clause(out, up, base)):
            up = out[up.head - base]
        if up is not head and _finite_clause(out, up, base) and up.i < v.i:
            out[v.i - base] = replace(v, head=up.i)
    return out


def _finite_clause(words: list[Word], v: Word, base: int) -> bool:
    """v heads a finite clause with a subject ("has freed", "announced")."""
    finite = v.xpos in FINITE or any(w.head == v.i and w.deprel in ("aux", "aux:pass") and w.xpos in FINITE + ("MD",)
                                     for w in words)
    return finite and any(w.head == v.i and w.deprel.startswith("nsubj") for w in words)


def _subject_of_participle_aside(words: list[Word]) -> list[Word]:
    """ "Clinton, speaking to reporters Tuesday, said ...": the name before
    a participle set off by commas, read as the participle's subject, is the
    subject of the finite verb the participle hangs on."""
    out, base = list(words), words[0].i if words else 0
    for v in words:
        if v.xpos not in FINITE or v.upos != "VERB" or any(
                w.head == v.i and w.deprel.startswith("nsubj") for w in out):
            continue
        for part in [w for w in out if w.head == v.i and w.deprel == "advcl" and w.xpos == "VBG" and w.i < v.i]:
            subj = next((w for w in out if w.head == part.i and w.deprel.startswith("nsubj") and w.i < part.i), None)
            if subj is not None and out[part.i - base - 1].text == "," and out[v.i - base - 1].text == ",":
                out[subj.i - base] = replace(subj, head=v.i)
                break
    return out


def _open_brackets(words: list[Word]) -> int:
    return sum(w.text == "(" for w in words) - sum(w.text == ")" for w in words)


def _naming_complement(words: list[Word]) -> list[Word]:
    """ "calling Shelby's actions [racially motivated]": the adjective or
    participle right after the object of a cue of lexicons/object_cues.txt,
    hung elsewhere, is the cue's complement (what the actions were called)."""
    out, base = list(words), words[0].i if words else 0
    for v in words:
        obj = next((x for x in out if x.head == v.i and x.deprel == "obj" and x.i > v.i), None)
        if v.upos != "VERB" or v.lemma not in lexicon("object_cues") or obj is None:
            continue
        end = max(x.i for x in out if _under(out, base, x, obj.i))
        k = end + 1 - base
        while k < len(out) and out[k].upos == "ADV" and out[k].head == k + 1 + base:
            k += 1
        pred = out[k] if k < len(out) else None
        if pred is not None and (pred.upos == "ADJ" or pred.xpos == "VBN") and not _under(out, base, pred, v.i):
            out[k] = replace(pred, head=v.i, deprel="xcomp")
    return out


def _under(out: list[Word], base: int, w: Word, top: int) -> bool:
    """w is `top` or lies in its subtree (heads followed within the sentence)."""
    seen = 0
    while w.i != top and w.head >= base and seen < len(out):
        w, seen = out[w.head - base], seen + 1
    return w.i == top


NOMINAL = ("DET", "ADJ", "NUM", "NOUN", "PROPN")  # the tags a chunk_tree noun phrase is made of


def of_phrases(words: list[Word]) -> list[Word]:
    """A chunk tree with "X of Y" as one noun phrase: Y's head hangs from X's
    as nmod, "of" from Y's, so "the former secretary of state" is one
    description (chunk_tree leaves "of state" on the root). X takes over Y's
    part in the sentence: the subject ("the leader of Russia met") or the
    possessor ("the former secretary of state's bid")."""
    out = list(words)
    for m in range(1, len(out) - 1):
        if out[m].text.lower() != "of" or out[m - 1].upos not in ("NOUN", "PROPN") \
                or out[m + 1].upos not in NOMINAL:
            continue
        j = m + 1
        while j + 1 < len(out) and out[j + 1].upos in NOMINAL:
            j += 1
        x, y = out[m - 1], out[j]
        if y.deprel in ("nsubj", "nmod:poss"):
            out[m - 1] = replace(x, head=y.head, deprel=y.deprel)
        out[j] = replace(y, head=x.i, deprel="nmod")
        out[m] = replace(out[m], head=y.i, deprel="case")
    return out


def aside_subject(words: list[Word]) -> list[Word]:
    """A chunk tree of "Bob Sutton, chairman of the county committee, voiced
    ...": the sentence opens with a name and a comma, and an aside runs up
    to the comma before the first verb; the name, not the aside's last noun,
    is the verb's subject (pronouns after it look for the subject)."""
    root = next((w for w in words if w.head < 0), None)
    if root is None or root.upos != "VERB":
        return words
    r = root.i - words[0].i
    v = r  # the verb group: "is saddled", "has also said"
    while v > 0 and words[v - 1].upos in ("AUX", "ADV", "PART"):
        v -= 1
    c = next((k for k, w in enumerate(words) if w.text == ","), None)
    if c is None or c < 1 or c >= v - 1 or words[v - 1].text != "," or words[c - 1].upos != "PROPN" \
            or any(w.upos not in NOMINAL for w in words[:c]) or any(w.upos in ("VERB", "AUX") for w in words[c:v]):
        return words
    out = [replace(w, head=root.i, deprel="dep") if w.head == root.i and w.deprel.startswith("nsubj") else w
           for w in words]
    out[c - 1] = replace(out[c - 1], head=root.i, deprel="nsubj")
    return out


def refocus(doc: ParsedDoc, deep: Selector) -> ParsedDoc:
    """The document as the rules read it: the sentences `deep` accepts
    repaired, the others re-treed by chunk_tree (as if never parsed)."""
    words: list[Word] = []
    for s in doc.sents:
        ws = doc.words[s.first:s.last]
        words.extend(repair(ws) if deep(ws) else aside_subject(of_phrases(chunk_tree(ws))))
    return ParsedDoc(text=doc.text, words=words, sents=list(doc.sents))


REPAIRS = (join_names, _title_subject, _clause_subject, _subordinated_subject, _relative_clause_as_main,
           _coordinated_predicate,
           _participle_aside, _dated_relative, _subject_of_later_cue, _said_clause_as_noun_phrase,
           _adjective_relations, _naming_complement, _participle_before_subject, _name_aside_verb, _gerund_name_subject,
           _dateline_subject,
           _adverb_read_as_noun, _dated_subject, _finite_conjunct, _subject_of_participle_aside,
           _general_read_as_adjective)
