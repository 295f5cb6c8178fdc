"""Word vectors for the tagger (quotes.vectors), on small made-up inputs."""
import numpy as np

from quotes.vectors import mean_vectors, reduce, vocabulary, write_text


def test_vocabulary_is_lower_case_frequent_words_first_then_treebank_forms(tmp_path):
    tb = tmp_path / "tb.conllu"
    tb.write_text("# text = NATO met\n1\tNATO\tNATO\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
                  "2\tmet\tmeet\tVERB\t_\t_\t0\troot\t_\t_\n\n", encoding="utf-8")
    assert vocabulary(["The", "of", "new york", "met"], [tb]) == ["the", "of", "met", "nato"]


def test_a_words_vector_is_the_mean_of_its_tokens_and_reduction_keeps_the_count():
    table = np.array([[1.0, 0.0], [0.0, 1.0], [3.0, 3.0]], np.float32)
    pieces = {"ab": [0, 1], "c": [2], "none": []}
    vecs = mean_vectors(list(pieces), pieces.get, table)
    assert vecs.tolist() == [[0.5, 0.5], [3.0, 3.0], [0.0, 0.0]]
    rng = np.random.default_rng(0)
    small = reduce(rng.normal(size=(50, 8)).astype(np.float32), 3)
    assert small.shape == (50, 3) and abs(np.linalg.norm(small, axis=1).mean() - 3.0) < 1e-4


def test_vectors_are_written_in_word2vec_text_form(tmp_path):
    out = tmp_path / "v.txt"
    write_text(out, ["a", "b"], np.array([[0.5, -1.0], [0.0, 2.0]], np.float32))
    assert out.read_text().splitlines() == ["2 2", "a 0.5000 -1.0000", "b 0.0000 2.0000"]
