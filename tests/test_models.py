"""The shipped compact models load offline and parse; downloads fail cleanly."""
import subprocess
import sys

import pytest

from quotes.cli import main
from quotes.parse import COMPACT_DIR, PROCESSORS, ModelError, load_pipeline, parse


def test_compact_models_are_shipped():
    for p in PROCESSORS:
        assert (COMPACT_DIR / f"{p}.pt").is_file()
    assert (COMPACT_DIR / "pos.pretrain.pt").is_file()  # the tagger's word vectors
    total = sum(f.stat().st_size for f in COMPACT_DIR.glob("*.pt"))
    assert total < 60 * 2**20


def test_pipeline_loads_once_and_parses_a_sentence():
    assert load_pipeline("compact") is load_pipeline("compact")
    doc = parse("Stoltenberg said Russia was moving troops into Belarus.")
    words = {w.text: w for w in doc.words}
    assert words["said"].upos == "VERB" and words["said"].lemma == "say"
    assert words["said"].deprel == "root"
    assert words["Stoltenberg"].deprel == "nsubj" and words["Stoltenberg"].head == words["said"].i
    assert words["moving"].deprel == "ccomp" and words["moving"].head == words["said"].i
    text = doc.text
    assert all(text[w.start:w.end] == w.text for w in doc.words)


def test_models_path_prints_the_active_set(capsys):
    assert main(["models", "path"]) == 0
    assert capsys.readouterr().out.strip() == str(COMPACT_DIR)


def test_download_without_network_fails_in_one_line(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "quotes.cli", "models", "download", "--dir", str(tmp_path / "m"),
         "--url", "http://127.0.0.1:9"],  # port 9 (discard) refuses: no network to reach
        capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    errors = [l for l in proc.stderr.splitlines() if "cannot download" in l]
    assert len(errors) == 1 and "127.0.0.1:9" in errors[0]
    assert "Traceback" not in proc.stderr


def test_missing_model_set_is_a_clear_error(tmp_path, capsys):
    assert main(["extract", "--no-db", "--model", str(tmp_path), "-"]) == 2
    err = capsys.readouterr().err
    assert str(tmp_path) in err and "tokenize.pt" in err


def test_a_model_set_with_word_vectors_hands_them_to_the_tagger_and_a_parser_that_reads_them(tmp_path):
    import torch
    from quotes.parse import _pipeline_config
    for p in PROCESSORS:
        (tmp_path / f"{p}.pt").write_bytes(b"")
    torch.save({"config": {"pretrain": False}}, tmp_path / "depparse.pt")
    assert _pipeline_config(str(tmp_path))["pos_pretrain_path"] is None
    (tmp_path / "pos.pretrain.pt").write_bytes(b"")
    cfg = _pipeline_config(str(tmp_path))
    assert (cfg["pos_pretrain_path"], cfg["depparse_pretrain_path"]) == (str(tmp_path / "pos.pretrain.pt"), None)
    torch.save({"config": {"pretrain": True}}, tmp_path / "depparse.pt")  # widened: quotes.training.widen_parser
    assert _pipeline_config(str(tmp_path))["depparse_pretrain_path"] == str(tmp_path / "pos.pretrain.pt")
    (tmp_path / "depparse.pt").write_bytes(b"")
    with pytest.raises(ModelError, match="depparse.pt: not a readable parser model"):
        _pipeline_config(str(tmp_path))



def test_common_words_are_lower_case_words_of_the_treebank_that_name_nothing(tmp_path):
    """lexicons/common_words.txt is made from the UD training treebanks: a
    word written in lower case and (almost) never as a name is in; a name
    and a given name are out."""
    from pathlib import Path
    from quotes.training import common_words

    rows = [("Frustration", "PROPN"), ("frustration", "NOUN"), ("frustration", "NOUN"), ("Obama", "PROPN"),
            ("obama", "NOUN"), ("obama", "NOUN"), ("grew", "VERB"), ("rose", "NOUN"), ("rose", "NOUN"),
            ("hall", "NOUN"), ("hall", "NOUN"), ("Hall", "PROPN"), ("latest", "ADJ"), ("latest", "ADJ")]
    lines = [f"{k}\t{w}\t{w.lower()}\t{u}\t_\t_\t0\troot\t_\t_" for k, (w, u) in enumerate(rows, 1)]
    (tmp_path / "en_x-ud-train.conllu").write_text("\n".join(lines) + "\n\n")
    got = common_words(Path(tmp_path))
    assert got == ["grew", "latest"]
    assert "frustration" not in got  # as often a name as not: out
    assert "obama" not in got and "rose" not in got  # a name; a given name
    assert "rather" in (Path(__file__).parent.parent / "quotes/lexicons/common_words.txt").read_text().split()
