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


# --- reading articles and their metadata (quotes.inputs, no pipeline) -----------

import io  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from quotes.inputs import Document, InputError, read_documents  # noqa: E402
from quotes.records import Article  # noqa: E402

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).parent.parent / "seeds"


def read(paths, **kw):
    """(documents, errors, warnings) of read_documents on the given paths."""
    warnings = []
    out = list(read_documents([str(p) for p in paths], warn=warnings.append, **kw))
    return ([d for d in out if isinstance(d, Document)], [str(e) for e in out if isinstance(e, InputError)],
            warnings)


def write(folder, files: dict[str, str]):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    return folder


def test_txt_date_comes_from_its_top_never_its_mtime(tmp_path):
    write(tmp_path, {"dated.txt": "BRUSSELS, Nov 28 (Reuters) - Posted 2021\n\n" + GOOD, "undated.txt": GOOD})
    for f in tmp_path.iterdir():
        os.utime(f, (1_600_000_000, 1_600_000_000))  # 2020-09-13
    docs, errors, _ = read([tmp_path])
    assert errors == []
    assert [(d.doc_id, d.date, d.outlet, d.url, d.title) for d in docs] == [
        ("dated", "2021-11-28", None, None, None), ("undated", None, None, None, None)]


def test_document_article():
    doc = Document("d", "text", "d.txt", date="2022-02-04", outlet="AP", url="https://x.org/d", title="T")
    assert doc.article == Article(title="T", outlet="AP", url="https://x.org/d", date="2022-02-04")
    assert Document("d", "text", "-").article == Article()


def test_jsonl_corpus_bad_lines_are_named_and_the_rest_read():
    docs, errors, warnings = read([DATA / "corpus.jsonl"])
    name = str(DATA / "corpus.jsonl")
    assert [(d.doc_id, d.source, d.date, d.outlet, d.url, d.title) for d in docs] == [
        ("a1", f"{name}:1", "2022-02-03", "Reuters", "https://example.com/a1", "NATO ready to talk"),
        ("corpus-3", f"{name}:3", "2022-02-04", None, None, None),  # no doc_id; date from its text
        ("a9", f"{name}:9", None, None, None, None)]  # "date": null says unknown: its text is not asked
    assert docs[1].text == "2022-02-04 Brussels\r\n\r\n“We will not accept it,” the minister said.\r\n"
    assert [e.split(": ", 1)[0] for e in errors] == [f"{name}:{n}" for n in (4, 5, 6, 7, 8, 10)]
    assert "04/02/2022" in errors[0] and "not JSON" in errors[1] and '"text"' in errors[2]
    assert '"text" is not a string' in errors[3] and "duplicate doc_id 'a1'" in errors[4]
    assert "not a JSON object" in errors[5]
    assert len(warnings) == 1 and f"{name}:9" in warnings[0] and "author" in warnings[0]
    assert all("\n" not in e for e in errors)


def test_html_page_article_text_and_metadata():
    docs, errors, _ = read([DATA / "article.html"])
    assert errors == [] and len(docs) == 1
    doc = docs[0]
    assert (doc.doc_id, doc.date, doc.outlet, doc.url, doc.title) == (
        "article", "2022-02-03", "Baltic Wire", "https://balticwire.example.com/2022/02/03/nato-belarus",
        "NATO chief warns Russia over Belarus build-up")
    assert "“We are ready to talk, but we are also ready to defend our allies,” he told reporters" in doc.text
    assert "Stoltenberg said after meeting the prime minister" in doc.text
    for junk in ("Subscribe now", "Tracking", "Unbelievable", "Most read", "Privacy", "Sport", "font-family"):
        assert junk not in doc.text, junk


def test_html_page_without_a_date_gets_none_not_today_nor_a_body_date():
    docs, errors, _ = read([DATA / "undated.html"])
    assert errors == [] and docs[0].date is None and docs[0].title == "Ministers meet in Vilnius"
    assert "12 March 2021" in docs[0].text  # the body names a day; it is not the page's date
    assert docs[0].outlet is None and docs[0].url is None
    assert "Home" not in docs[0].text and "newsroom" not in docs[0].text


def test_html_without_article_text_is_an_error(tmp_path):
    write(tmp_path, {"empty.htm": "<html><head><title>x</title></head><body><script>var a;</script><div> </div></body></html>"})
    docs, errors, _ = read([tmp_path / "empty.htm"])
    assert docs == [] and errors == [f"{tmp_path / 'empty.htm'}: no article text found in the HTML page"]


def test_html_offsets_index_the_extracted_text(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(DATA / "article.html"), "-o", str(out), "--no-db"]) == 0
    recs = [orjson.loads(l) for l in out.read_bytes().splitlines()]
    text = read([DATA / "article.html"])[0][0].text
    assert {r["text"] for r in recs} >= {"We are ready to talk, but we are also ready to defend our allies"}
    assert all(text[r["start"]:r["end"]] == r["text"] for r in recs)
    assert not any("Unbelievable" in r["text"] or "Tracking" in r["text"] for r in recs)


def test_folder_reads_txt_html_htm_and_jsonl_sorted_not_the_sidecar(tmp_path):
    folder = write(tmp_path / "in", {
        "b.txt": GOOD, "a.html": (DATA / "article.html").read_text(), "c.htm": (DATA / "undated.html").read_text(),
        "d.jsonl": '{"doc_id": "d1", "text": "x"}\n', "notes.md": "not read", "articles.jsonl": ""})
    write(folder / "sub", {"e.txt": GOOD})
    docs, errors, _ = read([folder])
    assert errors == [] and [d.doc_id for d in docs] == ["a", "b", "c", "d1", "e"]


def test_sidecar_overrides_what_the_files_give(tmp_path):
    folder = write(tmp_path / "in", {
        "dated.txt": "2022-02-01\n\n" + GOOD, "plain.txt": GOOD, "page.html": (DATA / "article.html").read_text(),
        "other.txt": GOOD,
        "articles.jsonl": "\n".join([
            '{"doc_id": "dated", "date": "2022-02-03", "outlet": "Reuters", "title": "Ready to talk"}',
            '{"file": "plain.txt", "url": "https://example.org/plain"}',
            '{"doc_id": "page", "outlet": null}',  # null: the page's site name is wrong, say unknown
            '{"doc_id": "missing", "date": "2022-02-03"}',
            '{"doc_id": "other", "date": "03.02.2022"}',
            'not json',
            '{"doc_id": "plain", "outlet": "AP"}',
            '{"file": "other.txt", "doc_id": "plain"}',
            '{"doc_id": "other", "text": "an article?"}',
            '{"doc_id": "other", "author": "X"}',
            '{"outlet": "AP"}']) + "\n"})
    docs, errors, warnings = read([folder])
    assert errors == []
    got = {d.doc_id: (d.date, d.outlet, d.url, d.title) for d in docs}
    assert got == {
        "dated": ("2022-02-03", "Reuters", None, "Ready to talk"),
        "other": (None, None, None, None),
        "page": ("2022-02-03", None, "https://balticwire.example.com/2022/02/03/nato-belarus",
                 "NATO chief warns Russia over Belarus build-up"),
        "plain": (None, None, "https://example.org/plain", None)}
    sidecar = str(folder / "articles.jsonl")
    assert [w.split(": ", 1)[0] for w in warnings] == [f"{sidecar}:{n}" for n in range(4, 12)]
    assert "missing" in warnings[0] and "03.02.2022" in warnings[1] and "not JSON" in warnings[2]
    assert "already given" in warnings[3] and "not the stem" in warnings[4] and "metadata sidecar" in warnings[5]
    assert "author" in warnings[6] and "neither" in warnings[7]


def test_sidecar_applies_to_a_file_named_alone(tmp_path):
    folder = write(tmp_path, {"x.txt": GOOD, "articles.jsonl": '{"doc_id": "x", "outlet": "AP"}\n'})
    docs, _, warnings = read([folder / "x.txt"])
    assert docs[0].outlet == "AP" and warnings == []


def test_seeds_sidecar():
    docs, errors, warnings = read([SEEDS])
    assert errors == [] and warnings == []
    assert [(d.doc_id[:3], d.date, d.outlet, d.title, d.url) for d in docs] == [
        ("000", "2022-02-03", "Europa Press", None, None), ("001", "2022-02-03", "Anadolu Agency", None, None),
        ("002", "2022-02-16", "skai.gr", None, None), ("003", "2022-02-04", None, None, None),
        ("004", "2021-11-28", "Interfax", None, None)]
    assert all(d.text == Path(d.source).read_bytes().decode("utf-8") for d in docs)


def test_duplicate_doc_ids_across_inputs_are_errors(tmp_path):
    write(tmp_path / "a", {"x.txt": GOOD})
    write(tmp_path / "b", {"x.txt": "Other text.\n", "c.jsonl": '{"doc_id": "x", "text": "t"}\n'})
    docs, errors, _ = read([tmp_path / "a", tmp_path / "b"])
    assert [d.source for d in docs] == [str(tmp_path / "a" / "x.txt")]
    assert errors == [f"{tmp_path / 'b' / 'c.jsonl'}:1: duplicate doc_id 'x' (first read from {tmp_path / 'a' / 'x.txt'}), skipped",
                      f"{tmp_path / 'b' / 'x.txt'}: duplicate doc_id 'x' (first read from {tmp_path / 'a' / 'x.txt'}), skipped"]


class Stdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


def read_stdin(monkeypatch, data: str, **kw):
    monkeypatch.setattr(sys, "stdin", Stdin(data.encode("utf-8")))
    return read(["-"], **kw)


def test_stdin_text_is_dated_by_its_top_or_none(monkeypatch):
    docs, _, _ = read_stdin(monkeypatch, GOOD)
    assert [(d.doc_id, d.source, d.date, d.text) for d in docs] == [("stdin", "-", None, GOOD)]
    docs, _, _ = read_stdin(monkeypatch, "February 4, 2022\n" + GOOD)
    assert docs[0].date == "2022-02-04"


def test_stdin_meta_overrides_the_text(monkeypatch):
    meta = {"date": "2022-02-05", "outlet": "AP", "url": None, "title": "Talks"}
    docs, _, _ = read_stdin(monkeypatch, "February 4, 2022\n" + GOOD, stdin_meta=meta)
    assert docs[0].article == Article(title="Talks", outlet="AP", url=None, date="2022-02-05")


@pytest.mark.parametrize("kw, message", [
    ({"stdin_meta": {"date": "4 Feb 2022"}}, 'date "4 Feb 2022" is not a day YYYY-MM-DD'),
    ({"stdin_meta": {"date": "2022-02-30"}}, 'date "2022-02-30" is not a day YYYY-MM-DD'),
    ({"stdin_meta": {"author": "X"}}, "unknown article field(s) author"),
    ({"stdin_format": "xml"}, "stdin format 'xml'"),
])
def test_bad_stdin_options_are_value_errors_at_once(kw, message):
    with pytest.raises(ValueError) as exc:
        read_documents(["-"], **kw)  # raises before anything is read
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_stdin_meta_without_stdin_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="standard input"):
        read_documents([str(tmp_path)], stdin_meta={"outlet": "AP"})
    read_documents([str(tmp_path)], stdin_meta={"outlet": None})  # nothing given: fine


def test_stdin_auto_reads_jsonl_when_every_line_is_an_article(monkeypatch):
    lines = '{"doc_id": "s1", "text": "One.", "outlet": "AFP"}\n\n{"text": "Two.", "date": "2022-02-04"}\n'
    docs, errors, _ = read_stdin(monkeypatch, lines, stdin_meta={"outlet": "AP", "date": "2022-02-01"})
    assert errors == []
    assert [(d.doc_id, d.source, d.date, d.outlet, d.text) for d in docs] == [
        ("s1", "<stdin>:1", "2022-02-01", "AFP", "One."), ("stdin-3", "<stdin>:3", "2022-02-04", "AP", "Two.")]


@pytest.mark.parametrize("data", [
    '{"doc_id": "s1", "text": "One."}\nA line of prose.\n',
    '{"doc_id": "s1", "body": "One."}\n',
    '["text"]\n',
    '',
])
def test_stdin_auto_reads_text_otherwise(monkeypatch, data):
    docs, errors, _ = read_stdin(monkeypatch, data)
    assert errors == [] and [(d.doc_id, d.text) for d in docs] == [("stdin", data)]


def test_stdin_forced_jsonl_names_bad_lines(monkeypatch):
    docs, errors, _ = read_stdin(monkeypatch, '{"text": "One."}\nprose\n{"text": "Two.", "date": "x"}\n',
                                 stdin_format="jsonl")
    assert [d.doc_id for d in docs] == ["stdin-1"]
    assert [e.split(": ", 1)[0] for e in errors] == ["<stdin>:2", "<stdin>:3"]


def test_stdin_html(monkeypatch):
    docs, _, _ = read_stdin(monkeypatch, (DATA / "article.html").read_text(), stdin_format="html")
    assert docs[0].doc_id == "stdin" and docs[0].outlet == "Baltic Wire" and "Stoltenberg" in docs[0].text
