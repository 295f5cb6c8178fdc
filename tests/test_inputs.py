"""Bad input gets a one-line message naming the file; the run goes on."""
import orjson
import pytest

from quotes.cli import main
from quotes.prepare import chunks, prepare

GOOD = "“We are ready to talk,” Stoltenberg said on Monday.\n"


def run(tmp_path, capsys, files: dict[str, bytes], *extra):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(folder), "-o", str(out), "--no-db", *extra])
    err = capsys.readouterr().err
    recs = [orjson.loads(l) for l in out.read_bytes().splitlines()]
    return code, err, recs


def check_offsets(folder, recs):
    for r in recs:
        text = (folder / f"{r['doc_id']}.txt").read_bytes().decode("utf-8", errors="replace")
        assert text[r["start"]:r["end"]] == r["text"]


def test_bad_files_are_named_and_the_rest_processed(tmp_path, capsys):
    code, err, recs = run(tmp_path, capsys, {
        "a_empty.txt": b"", "b_blank.txt": b"  \n\n \t\n", "c_binary.txt": b"\x89PNG\r\n\x00\x00\x01",
        "d_good.txt": GOOD.encode()})
    assert code == 1  # the binary file failed
    lines = err.strip().splitlines()
    assert any("c_binary.txt" in l and "binary" in l for l in lines)
    assert any("a_empty.txt" in l and "empty" in l for l in lines)
    assert any("b_blank.txt" in l and "empty" in l for l in lines)
    assert [r["doc_id"] for r in recs] == ["d_good"]


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path, capsys):
    code, err, recs = run(tmp_path, capsys, {"bad.txt": b"Caf\xe9 news. " + GOOD.encode()})
    assert code == 0 and "bad.txt" in err and "invalid UTF-8" in err
    assert len(recs) == 1 and recs[0]["text"] == "We are ready to talk"
    check_offsets(tmp_path / "in", recs)


@pytest.mark.parametrize("data", [
    "\ufeff" + GOOD,  # byte order mark
    "Headline here\r\n\r\n" + GOOD.replace("\n", "\r\n"),  # Windows newlines
    "<html><body><p>Headline</p>\n<p>" + GOOD + "</p></body></html>",  # markup
], ids=["bom", "crlf", "html"])
def test_offsets_index_the_original_bytes(tmp_path, capsys, data):
    code, err, recs = run(tmp_path, capsys, {"doc.txt": data.encode("utf-8")})
    assert code == 0
    assert [r["text"] for r in recs] == ["We are ready to talk"]
    check_offsets(tmp_path / "in", recs)


def test_mostly_russian_text_is_flagged_not_dropped(tmp_path, capsys):
    text = "Москва заявила, что учения завершатся в воскресенье. " * 20 + "\n\n" + GOOD
    code, err, recs = run(tmp_path, capsys, {"ru.txt": text.encode()})
    assert code == 0 and "ru.txt" in err and "not English" in err
    assert [r["text"] for r in recs] == ["We are ready to talk"]


def test_thousands_of_quotation_marks(tmp_path, capsys):
    text = ("“" * 3000) + " and " + ("” ' \" « »" * 500) + "\n\n" + GOOD
    code, err, recs = run(tmp_path, capsys, {"marks.txt": text.encode()})
    assert code == 0
    assert "We are ready to talk" in [r["text"] for r in recs]
    check_offsets(tmp_path / "in", recs)


def test_long_document_is_split_not_dropped(tmp_path, capsys):
    filler = "The talks went on for hours in the capital on Tuesday.\n\n" * 30
    text = filler + GOOD + "\n" + filler + GOOD
    code, err, recs = run(tmp_path, capsys, {"long.txt": text.encode()}, "--max-chars", "500")
    assert code == 0 and "pieces" in err
    assert [r["text"] for r in recs] == ["We are ready to talk"] * 2
    check_offsets(tmp_path / "in", recs)


def test_missing_path_is_an_input_error(tmp_path, capsys):
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(tmp_path / "nope.txt"), "-o", str(out), "--no-db"]) == 1
    assert "nope.txt: no such file or folder" in capsys.readouterr().err


def test_chunks_cover_a_20_mb_text_on_paragraph_breaks():
    para = "A paragraph of news text that says nothing at all, repeated. " * 8
    text = (para + "\n\n") * (20 * 2**20 // (len(para) + 2))
    pieces = chunks(text, 200_000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(e - s <= 200_000 for s, e in pieces)
    assert all(text[s - 2:s] == "\n\n" for s, _ in pieces[1:])


def test_prepare_keeps_length():
    text = "\ufeff<p class=\"x\">Hi\r\n</p><script>var a = '“';</script>"
    p = prepare(text)
    assert len(p.text) == len(text) and "<" not in p.text and "“" not in p.text


def test_20_mb_scraped_page_is_read_whole(tmp_path, capsys):
    boilerplate = '<div class="ad">\n</div>\n\n' * (20 * 2**20 // 25)  # 20 MB of markup around two quotes
    code, err, recs = run(tmp_path, capsys, {"big.txt": (GOOD + boilerplate + GOOD).encode()})
    assert code == 0 and "big.txt" in err and "pieces" in err
    assert [r["text"] for r in recs] == ["We are ready to talk"] * 2
    assert recs[1]["start"] > 20 * 2**20
    check_offsets(tmp_path / "in", recs)
