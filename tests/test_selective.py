"""Parsing only the sentences that can hold a quote, and parsing many
articles in one batch, change no record.

The tagger runs on everything; the dependency parser only on sentences that
parse_selector accepts. These tests extract the articles together and
selectively, and each alone in full, and compare the records, on the
seeds and, where the folder exists, on PolNeAR dev (set QUOTES_POLNEAR to
its path; default ../shared/data/polnear/dev).
"""
import os
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from quotes.rules import parse_selector
from quotes.extract import extract_document, extract_documents
from quotes.marks import find_quoted
from quotes.parse import Word, chunk_tree
from quotes.repairs import join_names

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = Path(os.environ.get("QUOTES_POLNEAR", ROOT.parent / "shared" / "data" / "polnear" / "dev"))


def same_both_ways(paths: list[Path]) -> None:
    """Records of the articles parsed together, selectively (as `quotes
    extract` runs), equal those of each article parsed alone in full."""
    texts = [(p.read_bytes().decode("utf-8"), p.stem) for p in paths]
    batched = extract_documents(texts)
    for (text, doc_id), (fast, _) in zip(texts, batched):
        full, _ = extract_document(text, doc_id, parse_all=True)
        assert [r.model_dump() for r in fast] == [r.model_dump() for r in full], doc_id


def test_seeds_same_records_with_selective_parse_and_batches():
    same_both_ways(sorted((ROOT / "seeds").glob("*.txt")))


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR dev not found")
def test_polnear_dev_same_records_with_selective_parse_and_batches():
    same_both_ways(sorted(POLNEAR.glob("*.txt")))


def words(spec: str) -> list[Word]:
    """Words from "text/UPOS/lemma" items."""
    out, pos = [], 0
    for k, item in enumerate(spec.split()):
        text, upos, lemma = item.split("/")
        out.append(Word(k, text, lemma, upos, "", "", -1, "dep", pos, pos + len(text), 0))
        pos += len(text) + 1
    return out


def located(text: str, spec: str, frm: int = 0) -> list[Word]:
    """Words from "text/UPOS" items found one after another in text from frm."""
    out = []
    for k, item in enumerate(spec.split()):
        tok, upos = item.rsplit("/", 1)
        frm = text.index(tok, frm)
        out.append(Word(k, tok, tok.lower(), upos, "", "", -1, "dep", frm, frm + len(tok), 0))
        frm += len(tok)
    return out


def test_selector_takes_cue_and_quote_sentences_only():
    text = 'NATO met . Stoltenberg warned Russia . The statement came late . "We are ready ," he smiled .'
    deep = parse_selector(find_quoted(text))
    assert not deep(located(text, "NATO/PROPN met/VERB ./PUNCT"))
    assert deep(located(text, "Stoltenberg/PROPN warned/VERB Russia/PROPN ./PUNCT"))
    assert not deep(located(text, "The/DET statement/NOUN came/VERB late/ADV ./PUNCT"))  # a reporting noun needs "that"
    assert deep(located(text, '"/PUNCT We/PRON are/AUX ready/ADJ ,/PUNCT "/PUNCT he/PRON smiled/VERB ./PUNCT', 60))
    report = words("The/DET/the report/NOUN/report came/VERB/come late/ADV/late ./PUNCT/.")
    assert not deep(report)  # a noun form of a reporting verb is no verb cue


def test_selector_skips_sentences_wholly_inside_a_quote():
    text = '"We are ready. They said no." Stoltenberg added.'
    deep = parse_selector(find_quoted(text))
    assert not deep(located(text, '"/PUNCT We/PRON are/AUX ready/ADJ ./PUNCT'))
    assert not deep(located(text, 'They/PRON said/VERB no/INTJ ./PUNCT "/PUNCT'))  # "said" inside the quote is no cue
    assert deep(located(text, "Stoltenberg/PROPN added/VERB ./PUNCT"))


def test_chunk_tree_gives_names_possessors_and_subject():
    ws = chunk_tree(words("NATO/PROPN/NATO Secretary/PROPN/Secretary General/PROPN/General Jens/PROPN/Jens "
                          "Stoltenberg/PROPN/Stoltenberg met/VERB/meet Russia/PROPN/Russia 's/PART/'s "
                          "defence/NOUN/defence minister/NOUN/minister ./PUNCT/."))
    rel = {w.text: (w.deprel, ws[w.head].text if w.head >= 0 else None) for w in ws}
    assert rel["Stoltenberg"] == ("nsubj", "met") and rel["met"] == ("root", None)
    assert rel["Jens"] == ("flat", "Stoltenberg") and rel["NATO"] == ("flat", "Stoltenberg")
    assert rel["Russia"] == ("nmod:poss", "minister") and rel["defence"] == ("compound", "minister")


def test_fast_decoder_gives_stanzas_trees():
    from quotes import mst
    mst.install()
    stanza_decoder = mst.stanza_decoder()
    assert stanza_decoder is not mst.chuliu_edmonds
    rng = np.random.default_rng(7)
    for _ in range(500):
        n = int(rng.integers(2, 60))
        scores = rng.normal(size=(n, n)) * rng.choice([0.5, 3.0, 10.0])  # few to many cycles
        theirs, ours = stanza_decoder(scores.copy()), mst.chuliu_edmonds(scores.copy())
        assert (theirs == ours).all()


def test_one_root_decoder_gives_stanzas_trees():
    from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

    from quotes import mst
    mst.install()
    rng = np.random.default_rng(11)
    roots = set()
    for _ in range(400):
        n = int(rng.integers(3, 50))
        logits = rng.normal(size=(n, n)) * rng.choice([1.0, 3.0])
        scores = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))  # log-probabilities, as the parser gives
        scores[:, 0] += rng.choice([0.0, 3.0])  # some sentences whose best free tree has several root words
        ours = mst.one_root(scores)
        assert (ours == chuliu_edmonds_one_root(scores)).all()
        roots.add(np.count_nonzero(mst.chuliu_edmonds(scores.copy())[1:] == 0) > 1)
    assert roots == {False, True}  # both ways through one_root were taken


def test_memoised_feature_names_are_stanzas():
    from quotes import fastpaths
    from quotes.parse import load_pipeline
    vocab = load_pipeline().tagger.processors["pos"]._trainer.vocab["feats"]
    assert type(vocab).id2unit is fastpaths._memoised  # installed with the pipeline
    sizes = [len(v) for v in vocab._id2unit.values()]
    rng = np.random.default_rng(3)
    for _ in range(300):
        ids = [int(rng.integers(0, n)) for n in sizes]
        assert vocab.id2unit(ids) == vocab.id2unit(list(ids)) == fastpaths.original("id2unit")(vocab, ids)


def test_dictionary_lemmas_are_stanzas():
    from stanza.models.common.doc import Document

    from quotes import fastpaths
    from quotes.parse import load_pipeline
    nlp = load_pipeline()
    lemma = nlp.tagger.processors["lemma"]
    assert type(lemma).process is fastpaths._dict_lemmas
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    upto_pos = [nlp.tagger.processors[p] for p in ("tokenize", "mwt", "pos")]

    def tagged():
        docs = [Document([], text=t) for t in texts]
        for proc in upto_pos:
            docs = proc.bulk_process(docs)
        return docs
    ours = [lemma.process(d) for d in tagged()]
    theirs = [fastpaths.original("lemma")(lemma, d) for d in tagged()]
    assert [w.lemma for d in ours for w in d.iter_words()] == [w.lemma for d in theirs for w in d.iter_words()]


def test_cycles_of_a_head_list():
    from quotes.mst import cycles
    assert cycles([0, 2, 1, 4, 5, 3, 0]) == [[1, 2], [3, 4, 5]]
    assert cycles([0, 0, 1, 2]) == []


def test_join_names_gives_one_head_per_name_and_possessor():
    ws = words("NATO/PROPN/NATO Secretary/PROPN/Secretary General/PROPN/General said/VERB/say "
               "North/PROPN/North Macedonia/PROPN/Macedonia ’s/PART/'s Prime/PROPN/Prime Kovacevski/PROPN/Kovacevski")
    ws = [w if w.text != "said" else replace(w, head=-1, deprel="root") for w in ws]
    ws = [replace(w, head=3, deprel="nsubj") if w.i < 3 else w for w in ws]  # every name word a subject
    out = {w.text: (w.deprel, w.head) for w in join_names(ws)}
    assert out["General"] == ("nsubj", 3) and out["NATO"] == ("flat", 2) and out["Secretary"] == ("flat", 2)
    assert out["Macedonia"] == ("nmod:poss", 8) and out["’s"] == ("case", 5)


def test_join_names_never_builds_a_cycle():
    ws = words("Alicia/PROPN/Alicia Machado/PROPN/Machado case/NOUN/case")
    ws = [replace(ws[0], head=2, deprel="nmod"), replace(ws[1], head=2, deprel="nmod"),
          replace(ws[2], head=0, deprel="appos")]  # a looping misparse: repair would close the loop
    assert join_names(ws) == ws


@pytest.mark.parametrize("repair", [False, True])
def test_labels_scored_after_the_arcs_are_stanzas(monkeypatch, repair):
    """fastpaths._arcs_first gives the heads and labels of stanza's own
    GraphParser.predict on the seeds, with stanza's head-constraint repair
    off (the compact set's setting) and on (which reads every pair's labels)."""
    from stanza.models.depparse import head_constraints
    from stanza.models.depparse.model import GraphParser

    from quotes import fastpaths
    from quotes.parse import load_pipeline
    nlp = load_pipeline()
    assert GraphParser.predict is fastpaths._arcs_first  # installed with the pipeline
    monkeypatch.setitem(nlp.parser.processors["depparse"].config, "resolve_head_constraints", repair)
    repaired = []
    resolve = head_constraints.resolve_head_constraint_violations
    monkeypatch.setattr(head_constraints, "resolve_head_constraint_violations",
                        lambda *a: repaired.append(1) or resolve(*a))
    sentences = seed_sentences(nlp)
    ours = [parsed(nlp, ss) for ss in sentences]
    monkeypatch.setattr(GraphParser, "predict", fastpaths.original("predict"))
    assert [parsed(nlp, ss) for ss in sentences] == ours
    assert bool(repaired) == repair  # the repair ran, and only when asked


def test_the_parser_can_be_shared_by_threads():
    """The labels-after-arcs shortcut changes no model state while it runs,
    so two threads parsing with one pipeline (a Dask worker with several
    threads) get what each would alone."""
    from concurrent.futures import ThreadPoolExecutor

    from quotes.parse import load_pipeline
    nlp = load_pipeline()
    sentences = seed_sentences(nlp) * 3
    alone = [parsed(nlp, ss) for ss in sentences]
    with ThreadPoolExecutor(2) as pool:
        assert list(pool.map(lambda ss: parsed(nlp, ss), sentences)) == alone


def seed_sentences(nlp) -> list[list]:
    """The seeds' tagged sentences, an article's as one list of stanza dicts."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return [[s.to_dict() for s in d.sentences] for d in nlp.tag_many(texts)]


def parsed(nlp, sentences: list) -> list[tuple]:
    """(head, deprel) of every word of these tagged sentences, from the pipeline's parser."""
    from stanza.models.common.doc import Document
    return [(w.head, w.deprel) for s in nlp.parser(Document(sentences)).sentences for w in s.words]
