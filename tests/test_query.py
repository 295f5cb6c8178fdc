"""quotes.query: statements with their reports, filters, order, paging,
speaker forms, context, article and speaker views, on a store built from
records (with the store's own grouping) and read through a read-only
connection, as `quotes serve` and `quotes search` read it.

build_store() is the corpus test_web.py and test_browser.py use too."""
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from quotes import query
from quotes.cli import main
from quotes.records import Article
from quotes.store import Store

from helpers import record

XSS_SCRIPT = "<script>window.__pwned = 1</script>"
XSS_IMG = '"><img src=x onerror="window.__pwned = 2">'
PAGING_SPEAKER = "Petra Paging"
PAGING_N = 45  # statements of one speaker: three pages of 20


class Q:
    """A quote inside an article being built: record() arguments."""
    def __init__(self, text, speaker, **kw):
        self.text, self.speaker, self.kw = text, speaker, kw


def doc(doc_id: str, parts: list) -> tuple[str, list]:
    """Article text and its records from pieces: str as they are, Q as quotes at their offsets."""
    text, recs = "", []
    for p in parts:
        if isinstance(p, Q):
            recs.append(record(doc_id, p.text, p.speaker, start=len(text), **p.kw))
            text += p.text
        else:
            text += p
    return text, recs


STOLT = dict(roles=["NATO Secretary General"], mention="NATO Secretary General Jens Stoltenberg")
WORST = "We have to be prepared for the worst."


def corpus() -> list[dict]:
    """Five articles: one statement reported by two outlets, other statements,
    an article whose quote, outlet, title, role and URL carry markup and a
    javascript: URL, an undated article stored without text, and an outlet
    with many statements of one speaker (paging)."""
    arts = []

    def add(doc_id, parts, text=True, **article):
        body, recs = doc(doc_id, parts)
        arts.append(dict(doc_id=doc_id, records=recs, text=body if text else None, article=Article(**article)))

    add("a1", ["NATO urges de-escalation. Brussels.\n\n",
               "NATO Secretary General Jens Stoltenberg spoke on Thursday. He warned: \u201c",
               Q(WORST, "Jens Stoltenberg", **STOLT), "\u201d Then he left. ",
               "US Defense Secretary Lloyd Austin said ", Q("this is a powerful signal of US commitment", "Lloyd Austin",
                                                            type_="indirect", roles=["US Defense Secretary"]),
               ". The end."],
        outlet="Anadolu Agency", date="2022-02-03", title="NATO chief warns Russia", url="https://example.org/a1")
    add("a2", ["Brussels, Feb 4. The NATO chief said that ",
               Q("we have to be prepared for the worst", "Stoltenberg", type_="indirect", roles=["NATO chief"],
                 mention="the NATO chief"),
               ". Nobody else spoke."],
        outlet="Europa Press", date="2022-02-04", title="Stoltenberg: prepared for the worst",
        url="javascript:alert(document.cookie)")
    add("a3", ["Stoltenberg said ", Q("Russia has amassed more than 100,000 troops near Ukraine", "Jens Stoltenberg",
                                      type_="indirect", roles=["NATO Secretary General"], mention="Stoltenberg"),
               ". He also said: \u201c", Q("Or else we will see", "Jens Stoltenberg", roles=["NATO chief"], mention="he",
                                            confidence=0.35),
               "\u201d"],
        outlet="skai.gr", date="2022-02-16", title="Troops near Ukraine", url="https://example.org/a3")
    add("x1", ["An odd article. Mallory Evil wrote \u201c", Q(f"{XSS_SCRIPT} and {XSS_IMG} in a quote", "Mallory Evil",
                                                              roles=[XSS_IMG]),
               "\u201d and left."],
        outlet=f"Evil {XSS_IMG} Outlet", date="2022-03-01", title=XSS_SCRIPT, url='https://example.org/x?a="><b>')
    add("u1", [Q("Imported without its article text", "Jens Stoltenberg", **STOLT)], text=False)
    parts = []
    for k in range(PAGING_N):
        parts += [f"Paragraph {k}. ", Q(f"Statement {k:02d} of the paging test on subject {k * 7919 % 1000}",
                                        PAGING_SPEAKER, type_="indirect"), ". "]
    add("p1", parts, outlet="Paging Post", date="2021-06-01", title="Many statements")
    return arts


def build_store(path: Path) -> Path:
    """A store of the corpus, grouped by the store itself (embeddings included).
    Paging statements get a document each, ten days apart, and are stored
    ungrouped: paging tests count statements, whatever the grouper makes
    of forty-five look-alike sentences."""
    store = Store(path)
    try:
        for a in corpus():
            if a["doc_id"] == "p1":
                for k, r in enumerate(a["records"]):
                    day = date.fromordinal(date(2021, 1, 1).toordinal() + 10 * k).isoformat()
                    doc_id = f"p{k:02d}"
                    store.put_document(doc_id, doc_id + ".txt", [r.model_copy(update={"doc_id": doc_id})],
                                       article=a["article"].model_copy(update={"date": day}), text=a["text"],
                                       group=False)
                continue
            store.put_document(a["doc_id"], a["doc_id"] + ".txt", a["records"], article=a["article"], text=a["text"])
    finally:
        store.close()
    return path


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("query") / "q.db")


@pytest.fixture
def db(store_path):
    conn = query.connect(store_path)
    yield conn
    conn.close()


def search(db, page=1, **kw):
    return query.search(db, query.parse_filters(**kw), page)


def texts(page) -> list[str]:
    return [s.text for s in page.statements]


# -- statements and reports -----------------------------------------------------

def test_one_statement_two_outlets(db):
    page = search(db, speaker="Stoltenberg")
    worst = [s for s in page.statements if s.text == WORST]
    assert len(worst) == 1, texts(page)
    st = worst[0]
    assert [(r.outlet, r.date, r.type) for r in st.reports] == [
        ("Anadolu Agency", "2022-02-03", "direct"), ("Europa Press", "2022-02-04", "indirect")]
    assert st.speaker.name == "Jens Stoltenberg" and st.speaker.key == "jens stoltenberg"
    assert set(st.speaker.roles) == {"NATO Secretary General", "NATO chief"}
    assert (st.first_date, st.last_date) == ("2022-02-03", "2022-02-04")
    assert st.reports[0].title == "NATO chief warns Russia" and st.reports[0].url == "https://example.org/a1"


def test_newest_first_undated_last(db):
    page = search(db, speaker="Jens Stoltenberg")
    assert page.order == "newest"
    assert texts(page) == ["Or else we will see", "Russia has amassed more than 100,000 troops near Ukraine", WORST,
                           "Imported without its article text"]
    assert page.total == 4 and page.total_exact and not page.has_next


def test_every_report_listed_matched_ones_flagged(db):
    page = search(db, speaker="Stoltenberg", outlet="europa press")
    assert texts(page) == [WORST]
    assert [(r.outlet, r.matched) for r in page.statements[0].reports] == [
        ("Anadolu Agency", False), ("Europa Press", True)]


def test_words_rank_by_relevance(db):
    page = search(db, q="prepared worst")
    assert page.order == "relevance" and texts(page) == [WORST]
    assert texts(search(db, q='"prepared for the worst"')) == [WORST]
    assert texts(search(db, q='"worst prepared"')) == []  # a phrase keeps its order
    ranked = search(db, q="troops")
    assert texts(ranked) == ["Russia has amassed more than 100,000 troops near Ukraine"]
    # bm25: the statement where "statement" weighs most comes first among many that hold it
    many = search(db, q="statement paging")
    assert many.total == PAGING_N and all("paging" in t for t in texts(many))


def test_filters_since_until_type_outlet(db):
    assert texts(search(db, speaker="Stoltenberg", since="2022-02-05")) == [
        "Or else we will see", "Russia has amassed more than 100,000 troops near Ukraine"]
    assert texts(search(db, speaker="Stoltenberg", until="2022-02-03")) == [WORST]
    assert texts(search(db, speaker="Stoltenberg", since="2022-02", until="2022-02")) == texts(
        search(db, speaker="Stoltenberg", since="2022-02-01", until="2022-02-28"))
    assert texts(search(db, speaker="Stoltenberg", type="indirect", since="2022-02-10")) == [
        "Russia has amassed more than 100,000 troops near Ukraine"]
    assert texts(search(db, outlet="SKAI.GR")) == texts(search(db, outlet="skai.gr"))
    assert len(texts(search(db, outlet="skai.gr"))) == 2
    assert texts(search(db, outlet="skai")) == []  # an outlet is matched whole
    assert texts(search(db, role="us defense")) == ["this is a powerful signal of US commitment"]
    assert "Or else we will see" in texts(search(db, speaker="Stoltenberg", min_confidence="0.3"))
    assert "Or else we will see" not in texts(search(db, speaker="Stoltenberg", min_confidence="0.5"))
    assert len(texts(search(db, speaker="Stoltenberg", min_confidence="0.5"))) == 3


# -- speakers -------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Stoltenberg", "jens stoltenberg", "the NATO chief", "NATO chief", "a NATO chief",
                                  "The Nato Chief", "NATO Secretary General Jens Stoltenberg", "NATO Secretary General"])
def test_any_form_of_the_speaker(db, name):
    assert query.speaker_keys(db, name) == ["jens stoltenberg"]
    assert WORST in texts(search(db, speaker=name))


def test_mention_without_article_is_stored_so(store_path):
    conn = sqlite3.connect(store_path)
    aliases = {a for (a,) in conn.execute("SELECT alias FROM aliases")}
    conn.close()
    assert "nato chief" in aliases and "the nato chief" not in aliases


def test_older_store_with_articled_aliases(tmp_path):
    """Stores written before aliases dropped "the" still hold "the nato chief"."""
    path = build_store(tmp_path / "old.db")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE aliases SET alias = 'the nato chief' WHERE alias = 'nato chief'")
    conn.commit()
    conn.close()
    ro = query.connect(path)
    try:
        assert query.speaker_keys(ro, "NATO chief") == query.speaker_keys(ro, "the NATO chief") == ["jens stoltenberg"]
    finally:
        ro.close()


def test_unknown_speaker_finds_nothing(db):
    page = search(db, speaker="Nobody Atall")
    assert page.speaker_keys == [] and page.statements == [] and page.total == 0


def test_suggestions(db):
    names = [(s.text, s.kind) for s in query.suggest(db, "stol")]
    assert names[0] == ("Jens Stoltenberg", "name")
    roles = {s.text for s in query.suggest(db, "NATO Sec") if s.kind == "role"}
    assert roles == {"NATO Secretary General"}
    assert [s.text for s in query.suggest(db, "the nato ch")] == ["NATO chief"]  # a role and a mention: once
    assert [(s.text, s.kind) for s in query.suggest(db, "nato secretary general j")] == [
        ("nato secretary general jens stoltenberg", "mention")]
    assert query.suggest(db, "s") == []  # one letter: too many to be useful


# -- bad input and hostile input -------------------------------------------------

@pytest.mark.parametrize("kw, message", [
    (dict(since="notadate"), "since 'notadate': not a date"),
    (dict(until="2022-13-01"), "until '2022-13-01': not a date"),
    (dict(since="2022-02-30"), "since '2022-02-30': not a date"),
    (dict(since="2022-03-01", until="2022-02-01"), "since 2022-03-01 is after until 2022-02-01"),
    (dict(type="quoted"), "type 'quoted': must be one of direct, indirect, mixed"),
    (dict(min_confidence="high"), "min_confidence 'high': must be a number from 0 to 1"),
    (dict(min_confidence="1.5"), "min_confidence '1.5': must be a number from 0 to 1"),
    (dict(min_confidence="nan"), "min_confidence 'nan': must be a number from 0 to 1"),
])
def test_bad_filters_are_one_line_errors(kw, message):
    with pytest.raises(query.QueryError) as exc:
        query.parse_filters(**kw)
    assert str(exc.value).startswith(message) and "\n" not in str(exc.value)


@pytest.mark.parametrize("text", ["0", "-1", "abc", "1.5", "10001"])
def test_bad_page(text):
    with pytest.raises(query.QueryError, match="page"):
        query.parse_page(text)


def test_partial_dates():
    assert query.parse_date("2022", "until", last=True) == date(2022, 12, 31)
    assert query.parse_date("2024-02", "until", last=True) == date(2024, 2, 29)
    assert query.parse_date("2022-12", "until", last=True) == date(2022, 12, 31)
    assert query.parse_date("2022-02", "since") == date(2022, 2, 1)


HOSTILE = ["'", '"', ";--", "OR", "NEAR(", "*", "%", "_", "' OR '1'='1", '"); DROP TABLE quotes; --',
           "worst\" OR (", "text : worst", "NEAR(worst prepared, 2)", "prep*", "a_c%", "^worst", "-worst", "\\"]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("field", ["speaker", "q", "outlet", "role"])
def test_sql_and_fts_syntax_are_plain_text(db, store_path, field, value):
    page = search(db, **{field: value})
    if field == "q":
        # only letters and digits are searched: "OR" finds the word "or", "NEAR(" the word "near"
        words = query._tokens(value)
        for st in page.statements:
            assert any(all(w.lower() in r.text.lower() for w in words) for r in st.reports if r.matched)
        if not words:
            assert page.statements == []
    elif field == "role":  # a literal substring: only the article whose role holds markup has '"'
        assert all(any(value.lower() in r.lower() for r in st.speaker.roles) for st in page.statements)
        assert len(page.statements) == (value.lower() in XSS_IMG.lower())
    else:
        assert page.statements == [], (field, value, texts(page))
    assert query.suggest(db, value) is not None
    conn = sqlite3.connect(store_path)
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == sum(len(a["records"]) for a in corpus())
    conn.close()


def test_or_is_a_word_not_an_operator(db):
    assert texts(search(db, q="OR")) == ["Or else we will see"]
    assert texts(search(db, q="worst OR troops")) == []  # all three words, none has them


def test_like_wildcards_are_literal(db):
    assert texts(search(db, role="%")) == []
    assert texts(search(db, role="NATO_")) == []  # "_" would match the space of "NATO chief"
    assert texts(search(db, role="NATO%General")) == []
    assert len(texts(search(db, role="NATO"))) == 4


def test_connection_is_read_only(db):
    with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only"):
        db.execute("DELETE FROM quotes")


def test_missing_store_is_an_error(tmp_path):
    with pytest.raises(query.StoreMissing, match="no such store"):
        query.connect(tmp_path / "none.db")
    assert not (tmp_path / "none.db").exists()


def test_reads_while_a_writer_holds_a_transaction(store_path):
    writer = Store(store_path)
    reader = query.connect(store_path)
    try:
        writer.db.execute("BEGIN IMMEDIATE")
        writer.db.execute("DELETE FROM quotes WHERE doc_id = 'a3'")
        assert len(texts(search(reader, speaker="Jens Stoltenberg"))) == 4  # the committed state
        writer.db.execute("ROLLBACK")
    finally:
        reader.close()
        writer.close()


# -- paging ---------------------------------------------------------------------

def test_pages_of_twenty(db):
    pages = [search(db, speaker=PAGING_SPEAKER, page=n) for n in (1, 2, 3, 4)]
    assert [len(p.statements) for p in pages] == [20, 20, 5, 0]
    assert [p.has_next for p in pages] == [True, True, False, False]
    assert all(p.total == PAGING_N for p in pages)
    seen = [t for p in pages for t in texts(p)]
    assert len(set(seen)) == PAGING_N
    assert seen == [f"Statement {k:02d} of the paging test on subject {k * 7919 % 1000}"
                    for k in reversed(range(PAGING_N))]  # newest first: a statement every ten days
    everything = list(query.iter_statements(db, query.parse_filters(speaker=PAGING_SPEAKER), batch=7))
    assert [s.text for s in everything] == seen


def test_count_is_capped(db, monkeypatch):
    monkeypatch.setattr(query, "COUNT_CAP", 10)
    page = search(db, speaker=PAGING_SPEAKER)
    assert (page.total, page.total_exact, page.has_next) == (10, False, True)


def test_common_words_alone_rank_the_latest_matches(db, monkeypatch):
    monkeypatch.setattr(query, "RANK_WINDOW", 10)
    page = search(db, q="statement paging")
    assert page.ranked_window == 10 and page.total == PAGING_N
    assert len(page.statements) == 10 and not page.has_next
    assert {s.reports[0].doc_id for s in page.statements} == {f"p{k:02d}" for k in range(PAGING_N - 10, PAGING_N)}
    every = list(query.iter_statements(db, query.parse_filters(q="statement paging")))
    assert len(every) == PAGING_N  # downloads rank every match
    assert search(db, q="statement paging", outlet="Paging Post").ranked_window is None  # with filters: all ranked
    assert search(db, q="worst").ranked_window is None


@pytest.mark.parametrize("kw", [dict(speaker="Stoltenberg", q="worst"), dict(speaker="Stoltenberg", q="troops Ukraine"),
                                dict(speaker=PAGING_SPEAKER, q="statement"), dict(speaker="NATO chief", q="or"),
                                dict(speaker=PAGING_SPEAKER, q="statement", since="2021-06-01", type="indirect")])
def test_speaker_first_or_words_first_find_the_same(db, monkeypatch, kw):
    monkeypatch.setattr(query, "SEEK_COST", 0)  # the speaker's quotes first
    plan = query._Plan.of(db, query.parse_filters(**kw))
    assert plan.fts_last
    first = [(p.total, sorted(texts(p))) for p in (search(db, page=n, **kw) for n in (1, 2, 3))]
    monkeypatch.setattr(query, "SEEK_COST", 10 ** 9)  # every match of the words first
    assert not query._Plan.of(db, query.parse_filters(**kw)).fts_last
    assert [(p.total, sorted(texts(p))) for p in (search(db, page=n, **kw) for n in (1, 2, 3))] == first


def test_unknown_outlet_finds_nothing(db):
    page = search(db, outlet="No Such Outlet", q="worst")
    assert page.statements == [] and page.total == 0 and page.speaker_keys is None


# -- context and views ------------------------------------------------------------

def test_context_is_the_sentence_with_the_quote_marked(db):
    st = next(s for s in search(db, speaker="Lloyd Austin").statements)
    ctx = st.reports[0].context
    assert "".join(s.text for s in ctx) == "US Defense Secretary Lloyd Austin said this is a powerful signal of US commitment."
    assert [s.text for s in ctx if s.mark] == ["this is a powerful signal of US commitment"]


def test_context_of_a_direct_quote_keeps_its_marks(db):
    report = next(r for r in search(db, q="prepared worst").statements[0].reports if r.doc_id == "a1")
    assert "".join(s.text for s in report.context) == f"He warned: \u201c{WORST}\u201d"
    assert [s.text for s in report.context if s.mark] == [WORST]


def test_no_context_without_article_text(db):
    st = search(db, q="imported").statements[0]
    assert st.reports[0].context is None and st.reports[0].date is None


def test_context_cut_in_long_sentences():
    text = "word " * 200 + "QUOTE HERE" + " more" * 200
    start = text.index("QUOTE")
    segs = query.context(text, start, start + 10)
    joined = "".join(s.text for s in segs)
    assert joined.startswith("\u2026") and joined.endswith("\u2026")
    assert len(joined) <= 10 + 2 * query.CONTEXT_CHARS + 2
    assert [s.text for s in segs if s.mark] == ["QUOTE HERE"]
    assert query.context(text, 5, 3000) is None  # a span the text does not hold


def test_article_view(db):
    view = query.article(db, "a1")
    assert (view.outlet, view.date, view.title) == ("Anadolu Agency", "2022-02-03", "NATO chief warns Russia")
    assert [q.speaker for q in view.quotes] == ["Jens Stoltenberg", "Lloyd Austin"]
    assert view.quotes[0].reports == 2 and view.quotes[1].reports == 1
    runs = query.article_runs(view)
    assert "".join(r.text for r in runs) == view.text
    assert [r.text for r in runs if r.quotes] == [WORST, "this is a powerful signal of US commitment"]
    assert [r.anchors for r in runs if r.anchors] == [[q.quote_id] for q in view.quotes]
    assert query.article(db, "no-such-doc") is None


def test_speaker_view(db):
    view = query.speaker(db, "jens stoltenberg")
    assert view.name == "Jens Stoltenberg" and set(view.names) == {"Jens Stoltenberg", "Stoltenberg"}
    assert [(m.month, m.statements, m.reports) for m in view.months] == [("2022-02", 3, 4)]
    assert (view.statements, view.reports, view.undated) == (4, 5, 1)
    assert view.roles[0] == "NATO Secretary General"
    assert query.speaker(db, "nobody at all") is None


# -- the read indexes ---------------------------------------------------------------

def test_read_indexes_serve_the_same_results(tmp_path):
    path = build_store(tmp_path / "idx.db")
    conn = query.connect(path)
    before = [texts(search(conn, speaker="Stoltenberg")), texts(search(conn)), texts(search(conn, q="worst")),
              query.outlets(conn)]
    assert before[-1] == ["Anadolu Agency", "Europa Press", f"Evil {XSS_IMG} Outlet", "Paging Post", "skai.gr"]
    conn.close()
    with sqlite3.connect(path) as old:  # a store written before the store created these indexes
        for name in ("quotes_speaker_day_group", "quotes_day_group", "names_key", "documents_outlet"):
            old.execute(f"DROP INDEX {name}")
    conn = query.connect(path)
    assert query.missing_indexes(conn) != []
    conn.close()
    query.ensure_indexes(path)
    conn = query.connect(path)
    try:
        assert query.missing_indexes(conn) == []
        plan = " ".join(r[-1] for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT q.group_id, q.day FROM quotes q WHERE q.speaker_key IN (?)"
            " ORDER BY q.day DESC, q.group_id DESC", ("jens stoltenberg",)))
        assert "quotes_speaker_day_group" in plan and "TEMP B-TREE" not in plan
        assert [texts(search(conn, speaker="Stoltenberg")), texts(search(conn)), texts(search(conn, q="worst")),
                query.outlets(conn)] == before
    finally:
        conn.close()


# -- the command line -----------------------------------------------------------------

def test_cli_search_names_outlet_and_date(store_path, capsys):
    assert main(["search", "--db", str(store_path), "--speaker", "NATO chief"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("4 statements, newest first")
    assert "- Anadolu Agency, 2022-02-03, direct \u201cNATO chief warns Russia\u201d [a1 " in out
    assert "- Europa Press, 2022-02-04, indirect" in out
    assert f"\n  \u201c{WORST}\u201d\n" in out  # the speaker's words, in quotation marks
    assert "\n  (indirect) Russia has amassed more than 100,000 troops near Ukraine\n" in out  # a paraphrase
    assert main(["search", "--db", str(store_path), "--speaker", "the NATO chief"]) == 0
    assert capsys.readouterr().out == out


def test_cli_search_words_and_filters(store_path, capsys):
    assert main(["search", "--db", str(store_path), "prepared worst", "--outlet", "Europa Press", "--json"]) == 0
    import json
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [s["text"] for s in lines] == [WORST]
    assert [(r["outlet"], r["matched"]) for r in lines[0]["reports"]] == [("Anadolu Agency", False),
                                                                          ("Europa Press", True)]
    assert main(["search", "--db", str(store_path), "--speaker", "Stoltenberg", "--min-confidence", "0.5"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 statements") and "Or else we will see" not in out


@pytest.mark.parametrize("args, message", [
    (["--since", "notadate"], "quotes: since 'notadate': not a date"),
    (["--until", "2022-02-31"], "quotes: until '2022-02-31': not a date"),
    (["--type", "quoted"], "quotes: type 'quoted': must be one of"),
    (["--min-confidence", "high"], "quotes: min_confidence 'high': must be a number from 0 to 1"),
    (["--limit", "0"], "quotes: --limit 0: must be at least 1"),
])
def test_cli_search_bad_input(store_path, capsys, args, message):
    assert main(["search", "--db", str(store_path), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1


def test_cli_search_missing_store(tmp_path, capsys):
    assert main(["search", "--db", str(tmp_path / "none.db"), "x"]) == 2
    assert "no such store" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_a_remark_quoted_in_pieces_shows_the_piece_the_words_matched(tmp_path):
    """An article quotes one remark in two pieces (one group); a search for
    words of the shorter piece shows that piece as the statement, and both
    reports under it."""
    from test_grouping import PIECE_1, PIECE_2
    text = "Stoltenberg said: \u201c" + PIECE_1 + ".\u201d He added: \u201c" + PIECE_2 + ".\u201d"
    recs = [record("r1", PIECE_1, "Jens Stoltenberg", start=text.index(PIECE_1)),
            record("r1", PIECE_2, "Jens Stoltenberg", start=text.index(PIECE_2))]
    store = Store(tmp_path / "r.db")
    try:
        store.put_document("r1", "r1.txt", recs, article=Article(outlet="Wire", date="2022-02-03"), text=text)
    finally:
        store.close()
    conn = query.connect(tmp_path / "r.db")
    try:
        assert len(PIECE_1) < len(PIECE_2)
        assert texts(search(conn, speaker="Stoltenberg")) == [PIECE_2]  # the fullest report
        page = search(conn, q="deeply concerned")
        assert texts(page) == [PIECE_1] and len(page.statements[0].reports) == 2
    finally:
        conn.close()
