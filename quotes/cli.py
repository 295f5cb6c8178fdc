"""Command line: `quotes extract`, `quotes models ...`, `quotes eval`, `quotes schema`.

Exit codes: 0 all inputs processed; 1 some input failed (each named on
stderr, the others still processed); 2 usage or setup error (bad arguments,
missing models, no network for a download).
"""
from __future__ import annotations

import argparse
import os
from contextlib import contextmanager
import sys
from pathlib import Path

import orjson

from quotes.prepare import DEFAULT_MAX_CHARS
from quotes.workers import BATCH_WORDS

EXIT_OK, EXIT_INPUT, EXIT_SETUP = 0, 1, 2


def _say(msg: str) -> None:
    print(f"quotes: {msg}", file=sys.stderr, flush=True)


class Fatal(Exception):
    """A setup error: printed as one line, exit code 2."""


@contextmanager
def _output(path: str | None):
    """stdout, or a temporary file renamed over `path` only when the command
    completes: a failed, interrupted or killed run leaves `path` as it was.
    Temporary files left by killed runs are removed first."""
    if not path or path == "-":
        yield sys.stdout.buffer
        return
    if os.path.exists(path) and not os.path.isfile(path):  # /dev/null, a pipe: no renaming there
        try:
            with open(path, "wb") as fh:
                yield fh
        except OSError as exc:
            raise Fatal(f"{path}: cannot write output ({exc.strerror})") from exc
        return
    _remove_stale(path)
    tmp = f"{path}.tmp-{os.getpid()}"
    try:
        fh = open(tmp, "wb")
    except OSError as exc:
        raise Fatal(f"{path}: cannot write output ({exc.strerror})") from exc
    try:
        with fh:
            yield fh
    except BaseException:
        os.unlink(tmp)
        raise
    os.replace(tmp, path)


def _remove_stale(path: str) -> None:
    """Delete `path`.tmp-PID files whose process no longer runs."""
    for tmp in Path(path).parent.glob(f"{Path(path).name}.tmp-*"):
        pid = tmp.name.rsplit("-", 1)[1]
        if pid.isdigit() and not _alive(int(pid)):
            tmp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def cmd_extract(args) -> int:
    from quotes.choice import default_chooser
    from quotes.inputs import InputError, read_documents
    from quotes.parse import load_pipeline
    from quotes.progress import progress
    from quotes.workers import extract_ordered

    if args.batch_words < 1:
        raise Fatal(f"--batch-words {args.batch_words}: must be at least 1")
    default_chooser()  # fail early on an unusable $QUOTES_ATTRIBUTION_MODEL
    if args.workers <= 1:
        load_pipeline(args.model)  # fail early, once, on missing models
    else:
        from quotes.parse import _pipeline_config, default_model
        _pipeline_config(args.model or default_model())  # check the model files before starting workers
    store = _store(args.db) if args.db else None
    if args.resume and not store:
        raise Fatal("--resume needs a store (--db) to know which documents are done")
    stream = not args.dedupe  # grouped output waits for the whole run

    def job_of(doc):
        if isinstance(doc, InputError) or (args.resume and store and store.has_document(doc.doc_id)):
            return None
        return doc.text, doc.doc_id, args.max_chars

    meta = {"date": args.date, "outlet": args.outlet, "url": args.url, "title": args.title}
    try:
        docs = read_documents(args.paths, stdin_id=args.doc_id, warn=_say, stdin_format=args.stdin_format,
                              stdin_meta=meta)
    except ValueError as exc:
        raise Fatal(str(exc)) from exc
    failed, run = 0, []
    try:
        with _output(args.output) as out:
            for doc, result in progress(extract_ordered(docs, job_of, args.workers, args.model, args.batch_words), args.paths):
                if isinstance(doc, InputError):
                    _say(str(doc))
                    failed += 1
                    continue
                if result is None:
                    records = store.document_records(doc.doc_id)  # done by an earlier, interrupted run
                else:
                    records, warnings = result
                    for w in warnings:
                        _say(f"{doc.source}: {w}")
                    records = [r.model_copy(update={"article": doc.article}) for r in records]
                    if store:
                        store.put_document(doc.doc_id, doc.source, records, text=doc.text, group=args.dedupe)
                if stream:
                    _write(out, records)
                else:
                    run.extend(records)
            if args.dedupe:
                _write(out, _grouped(run, store))
    finally:
        if store:
            store.close()
    return EXIT_INPUT if failed else EXIT_OK


def _grouped(run, store):
    """The run's records with their group ids: the store's (grouped as each
    document went in), or, without a store, grouped among themselves."""
    from quotes.grouping import assign_groups
    if store is None:
        return assign_groups(run)
    gids = store.group_ids([r.quote_id for r in run])
    return [r.model_copy(update={"group_id": gids.get(r.quote_id, r.group_id)}) for r in run]


def _write(out, records) -> None:
    from quotes.records import dumps
    for r in records:
        out.write(dumps(r))
    out.flush()


def _store(path: str):
    from quotes.store import Store, StoreError
    try:
        return Store(path)
    except StoreError as exc:
        raise Fatal(str(exc)) from exc


def cmd_search(args) -> int:
    """Statements matching the filters, newest first (by relevance with TEXT)."""
    import sqlite3
    from quotes import query
    if args.limit < 1:
        raise Fatal(f"--limit {args.limit}: must be at least 1")
    try:
        f = query.parse_filters(speaker=args.speaker, q=args.text, outlet=args.outlet, since=args.since,
                                until=args.until, type=args.type, role=args.role, min_confidence=args.min_confidence)
        db = query.connect(args.db)
    except query.QueryError as exc:
        raise Fatal(str(exc)) from exc
    try:
        page = query.search(db, f, page_size=args.limit)
    except sqlite3.DatabaseError as exc:
        raise Fatal(f"{args.db}: not a usable quotes store ({exc})") from exc
    finally:
        db.close()
    if args.json:
        for st in page.statements:
            sys.stdout.buffer.write(orjson.dumps(st.model_dump(mode="json")) + b"\n")
    else:
        print(format_hits(page))
    return EXIT_OK


def format_hits(page) -> str:
    """Human-readable search results: one block per statement, its fullest
    text (in quotation marks when direct, after its type otherwise), then
    each report with outlet, date, type and doc id."""
    if not page.statements:
        return "no statements found"
    total = f"{'more than ' if not page.total_exact else ''}{page.total:,}"
    order = "by relevance" if page.order == "relevance" else "newest first"
    if page.ranked_window:
        order += f" (ranked among the {page.ranked_window:,} matching quotes stored last)"
    shown = f"; the first {len(page.statements)}" if page.has_next else ""
    blocks = [f"{total} statement{'s' if page.total != 1 else ''}, {order}{shown}"]
    for st in page.statements:
        roles = f" ({'; '.join(st.speaker.roles)})" if st.speaker.roles else ""
        # only a direct text is the speaker's own words, as on the page
        text = f"\u201c{st.text}\u201d" if st.type == "direct" else f"({st.type}) {st.text}"
        lines = [f"{st.speaker.name or 'unknown speaker'}{roles}", f"  {text}"]
        for r in st.reports:
            title = f" \u201c{r.title}\u201d" if r.title else ""
            also = "" if r.matched else " (also reported)"
            lines.append(f"  - {r.outlet or 'unknown outlet'}, {r.date or 'undated'}, {r.type}{title}"
                         f" [{r.doc_id} {r.start}:{r.end}]{also}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def cmd_serve(args) -> int:
    """The search page and JSON API over a store, until Ctrl-C."""
    import socket
    import sqlite3
    from quotes import query
    try:
        db = query.connect(args.db)
    except query.QueryError as exc:
        raise Fatal(str(exc)) from exc
    try:
        for sql in ("SELECT doc_id, outlet, title, url, text FROM documents LIMIT 1",
                    "SELECT group_id, speaker_key, day, record FROM quotes LIMIT 1",
                    "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'x' LIMIT 1", "SELECT alias FROM aliases LIMIT 1"):
            db.execute(sql).fetchall()  # the tables and columns the search reads
        missing = query.missing_indexes(db)
    except sqlite3.DatabaseError as exc:
        raise Fatal(f"{args.db}: not a usable quotes store ({exc})") from exc
    finally:
        db.close()
    try:  # a taken port: one line, not uvicorn's traceback
        with socket.create_server((args.host, args.port)):
            pass
    except OSError as exc:
        raise Fatal(f"cannot serve on {args.host}:{args.port} ({exc.strerror})") from exc
    if args.add_indexes and missing:
        _say(f"adding the read indexes {', '.join(missing)} to {args.db}")
        try:
            query.ensure_indexes(args.db)
        except sqlite3.OperationalError as exc:  # locked by a long extraction, or a read-only file
            raise Fatal(f"{args.db}: cannot add the read indexes ({exc}); serve without --add-indexes") from exc
    elif missing:
        _say(f"note: {args.db} lacks the read indexes {', '.join(missing)}; a large store searches faster "
             "after one run with --add-indexes")
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        _say(f"warning: serving on {args.host}: anyone who reaches this machine can read the store")
    import uvicorn
    from quotes.web.app import create_app
    host = f"[{args.host}]" if ":" in args.host else args.host
    _say(f"serving {args.db} at http://{host}:{args.port}/ (Ctrl-C stops)")
    uvicorn.run(create_app(args.db), host=args.host, port=args.port, log_level="warning")
    return EXIT_OK


def cmd_export(args) -> int:
    from quotes.export import export
    if not Path(args.db).is_file():
        raise Fatal(f"{args.db}: no such store; run `quotes extract` first")
    store = _store(args.db)
    try:
        with _output(args.output) as out:
            order = "rowid" if args.format == "jsonl" else "group_id, doc_id, rowid"
            n = export(store.records(order), args.format, out, index=args.index)
    finally:
        store.close()
    _say(f"exported {n} {'records' if args.format == 'jsonl' else 'groups'}")
    return EXIT_OK


def cmd_import(args) -> int:
    """Load records made elsewhere (a Dask run's partitions, an export) into
    the store, grouping them with what it holds."""
    from quotes.records import QuoteRecord
    from pydantic import ValidationError
    store = _store(args.db)
    failed = docs = n = 0

    def put(doc_id, run, seen):
        store.put_document(doc_id, run[0][1], [r for r, _ in run], replace=doc_id not in seen)
        seen.add(doc_id)

    try:
        seen: set[str] = set()
        for path in args.paths:
            try:
                fh = sys.stdin.buffer if path == "-" else open(path, "rb")
            except OSError as exc:
                _say(f"{path}: cannot read ({exc.strerror})")
                failed += 1
                continue
            with fh:
                run: list = []
                for line_no, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        r = QuoteRecord.model_validate_json(line)
                    except ValidationError as exc:
                        _say(f"{path}:{line_no}: not a quote record ({exc.errors()[0]['msg']}), skipped")
                        failed += 1
                        continue
                    if run and run[-1][0].doc_id != r.doc_id:
                        put(run[-1][0].doc_id, run, seen)
                        docs += 1
                        run = []
                    run.append((r, f"{path}:{line_no}"))
                    n += 1
                if run:
                    put(run[-1][0].doc_id, run, seen)
                    docs += 1
    finally:
        store.close()
    _say(f"imported {n:,} records of {len(seen):,} documents into {args.db}")
    return EXIT_INPUT if failed else EXIT_OK


def cmd_regroup(args) -> int:
    if not Path(args.db).is_file():
        raise Fatal(f"{args.db}: no such store; run `quotes extract` first")
    store = _store(args.db)
    try:
        n = store.regroup(say=_say)
    finally:
        store.close()
    _say(f"{n:,} groups in {args.db}")
    return EXIT_OK


def cmd_eval_groups(args) -> int:
    from quotes.evaluate_groups import LabelError, evaluate_groups, format_report
    labels, root = Path(args.labels), Path(args.root)
    if not labels.is_file():
        raise Fatal(f"{labels}: no such label file")
    try:
        report = evaluate_groups(labels, root, window=args.window, dated=not args.undated, folds=args.folds,
                                 fit=Path(args.fit) if args.fit else None)
    except LabelError as exc:
        raise Fatal(str(exc)) from exc
    print(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode() if args.json else format_report(report))
    return EXIT_OK


def cmd_models_path(args) -> int:
    from quotes.parse import model_dir
    print(model_dir(args.model))
    return EXIT_OK


def cmd_models_download(args) -> int:
    from quotes.parse import PROCESSORS, STANZA_PACKAGE, stanza_default_dir
    import stanza
    from stanza.resources.common import DEFAULT_RESOURCES_URL

    target = Path(args.dir) if args.dir else stanza_default_dir()
    url = args.url or DEFAULT_RESOURCES_URL
    _say(f"downloading stanza's English '{STANZA_PACKAGE}' models into {target}")
    try:
        stanza.download("en", model_dir=str(target), package=STANZA_PACKAGE,
                        processors=",".join(PROCESSORS), resources_url=url, logging_level="ERROR")
    except Exception as exc:  # requests raises many kinds; one line is what a user needs
        raise Fatal(f"cannot download stanza models from {url}: network unreachable or refused "
                    f"({type(exc).__name__}); use the bundled compact models (--model compact)") from exc
    print(target)
    return EXIT_OK


def cmd_models_train(args) -> int:
    from quotes.training import TrainingError, train
    out = Path(args.out)
    work = Path(args.work) if args.work else out / "_work"
    more = {}
    for spec in args.more:
        proc, _, steps = spec.partition("=")
        if proc not in ("pos", "depparse") or not steps.isdigit():
            raise Fatal(f"--more {spec}: expected pos=STEPS or depparse=STEPS")
        more[proc] = int(steps)
    try:
        train(Path(args.ud), out, work, say=_say, more=more, vectors=args.vectors)
    except TrainingError as exc:
        raise Fatal(str(exc)) from exc
    _say(f"models written to {out}; score them with `quotes models score --model {out}`")
    return EXIT_OK


def cmd_models_train_attribution(args) -> int:
    from quotes.train_attribution import TrainingDataError, train
    folder = Path(args.data)
    if not folder.is_dir():
        raise Fatal(f"{folder}: no such folder")
    if args.keep_quoted is not None and (args.min_precision is None or not 0 < args.keep_quoted < 1):
        raise Fatal(f"--keep-quoted {args.keep_quoted}: needs --min-precision, and a threshold between 0 and 1")
    try:
        card = train(folder, Path(args.out), model=args.model, cache=Path(args.cache) if args.cache else None,
                     limit=args.limit, folds=args.folds, say=_say, min_precision=args.min_precision,
                     keep_quoted=args.keep_quoted)
    except (TrainingDataError, OSError) as exc:
        raise Fatal(str(exc)) from exc
    cv = card["cross_validated"]
    _say(f"{args.out}: {card['articles']} articles, {card['proposals']} proposals; cross-validated "
         f"precision {cv['precision']}, recall {cv['recall']}, speaker {cv['speaker_accuracy']}, "
         f"calibration error {cv['calibration_error']}; use it with QUOTES_ATTRIBUTION_MODEL={args.out}")
    return EXIT_OK


def cmd_models_score(args) -> int:
    from quotes.training import score
    gold = Path(args.gold)
    if not gold.is_file():
        raise Fatal(f"{gold}: no such CoNLL-U file")
    print(orjson.dumps(score(gold, args.model), option=orjson.OPT_INDENT_2).decode())
    return EXIT_OK


def cmd_eval(args) -> int:
    from quotes.evaluate import evaluate, format_report
    from quotes.query import QueryError, parse_probability
    folder = Path(args.path)
    if not folder.is_dir():
        raise Fatal(f"{folder}: no such folder")
    if args.errors:
        try:
            Path(args.errors).parent.mkdir(parents=True, exist_ok=True)
            open(args.errors, "ab").close()
        except OSError as exc:
            raise Fatal(f"{args.errors}: cannot write the errors file ({exc.strerror})") from exc
    try:
        min_confidence = parse_probability(args.min_confidence, "--min-confidence") or 0.0
    except QueryError as exc:
        raise Fatal(str(exc)) from exc
    if args.speakers:
        return _eval_speakers(args, folder)
    try:
        report = evaluate(folder, model=args.model, limit=args.limit, say=_say,
                          cache=Path(args.cache) if args.cache else None,
                          errors=Path(args.errors) if args.errors else None, rules_only=args.rules_only,
                          min_confidence=min_confidence)
    except OSError as exc:
        raise Fatal(f"{exc.filename}: {exc.strerror}") from exc
    names = report.pop("speaker_names")
    if args.names:
        _write_names(Path(args.names), names)
    print(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode() if args.json else format_report(report))
    return EXIT_OK


def _write_names(path: Path, names: dict[str, int]) -> None:
    """The run's distinct speaker names, one per line with its record count, for reading."""
    try:
        path.write_text("".join(f"{n}\t{name}\n" for name, n in names.items()), encoding="utf-8")
    except OSError as exc:
        raise Fatal(f"{path}: cannot write the names file ({exc.strerror})") from exc
    _say(f"eval: {len(names)} distinct speaker names written to {path}")


def _eval_speakers(args, folder: Path) -> int:
    from quotes.evaluate_speakers import evaluate_speakers, format_report
    try:
        report = evaluate_speakers(folder, Path(args.speakers), model=args.model, say=_say,
                                   cache=Path(args.cache) if args.cache else None, rules_only=args.rules_only)
    except (OSError, KeyError, ValueError) as exc:
        raise Fatal(str(exc)) from exc
    if args.errors:
        Path(args.errors).write_bytes(b"".join(orjson.dumps(e) + b"\n" for e in report["errors"]))
    report.pop("errors")
    names = report.pop("speaker_names")
    if args.names:
        _write_names(Path(args.names), names)
    print(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode() if args.json else format_report(report))
    return EXIT_OK


def cmd_schema(args) -> int:
    from quotes.records import json_schema
    print(orjson.dumps(json_schema(), option=orjson.OPT_INDENT_2).decode())
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="quotes", description="Extract attributed quotes from news articles.")
    sub = p.add_subparsers(dest="command", required=True)
    model_help = ("model set: compact (bundled; the default unless $QUOTES_MODEL names another), "
                  "stanza-default (after `quotes models download`) or a folder")

    ex = sub.add_parser("extract", help="extract quotes as JSONL records")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders of .txt files, or - for stdin")
    ex.add_argument("-o", "--output", metavar="OUT.jsonl", help="output file (default: stdout)")
    ex.add_argument("--doc-id", default="stdin", help="doc_id for text read from stdin (default: stdin)")
    ex.add_argument("--stdin-format", choices=("auto", "text", "jsonl", "html"), default="auto",
                    help="what stdin holds (default auto: JSONL when every line is an article object, else text)")
    for field, what in (("date", "publication day, YYYY-MM-DD"), ("outlet", "the outlet's name"),
                        ("url", "the article's URL"), ("title", "the article's title")):
        ex.add_argument(f"--{field}", help=f"for stdin: {what}")
    ex.add_argument("--model", default=None, help=model_help)
    ex.add_argument("--db", default="quotes.db", help="SQLite store to add records to (default: quotes.db)")
    ex.add_argument("--no-db", dest="db", action="store_const", const=None, help="do not write a store")
    ex.add_argument("--workers", type=int, default=1, help="processes, each with its own parser (default 1)")
    ex.add_argument("--batch-words", type=int, default=BATCH_WORDS, metavar="N",
                    help=f"parse articles together in batches of about N words (default {BATCH_WORDS:,}; "
                    "1 parses one article at a time)")
    ex.add_argument("--resume", action="store_true",
                    help="skip documents the store already holds (after an interrupted run)")
    ex.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS,
                    help=f"parse longer documents in paragraph-aligned pieces of this size (default {DEFAULT_MAX_CHARS:,})")
    ex.add_argument("--dedupe", action=argparse.BooleanOptionalAction, default=True,
                    help="group the same statement across articles (default: on)")
    ex.set_defaults(func=cmd_extract)

    se = sub.add_parser("search", help="search the store's statements by speaker, words, outlet, date and type")
    se.add_argument("text", nargs="?", help='words in the quote (all of them; "a phrase" in quotes); orders by relevance')
    se.add_argument("--speaker", help="speaker: full name, surname, a mention (\"the NATO chief\") or a role")
    se.add_argument("--role", help="role substring, e.g. 'secretary general'")
    se.add_argument("--outlet", help="only reports by this outlet (case-insensitive)")
    se.add_argument("--since", help="only articles dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)")
    se.add_argument("--until", help="only articles dated on or before this day (YYYY-MM-DD, YYYY-MM or YYYY)")
    se.add_argument("--type", help="direct, indirect or mixed")
    se.add_argument("--min-confidence", metavar="P", help="only reports at least this likely right, span and "
                    "speaker (a probability: 0.7 keeps about 95%% right ones on PolNeAR dev)")
    se.add_argument("--limit", type=int, default=50, help="statements to show (default 50)")
    se.add_argument("--json", action="store_true", help="print statements as JSONL (as the API gives them)")
    se.add_argument("--db", default="quotes.db")
    se.set_defaults(func=cmd_search)

    sv = sub.add_parser("serve", help="serve the search page and JSON API over the store")
    sv.add_argument("--db", default="quotes.db")
    sv.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    sv.add_argument("--port", type=int, default=8000, help="default 8000")
    sv.add_argument("--add-indexes", action="store_true",
                    help="first add the indexes fast reads need (writes to the store once)")
    sv.set_defaults(func=cmd_serve)

    xp = sub.add_parser("export", help="export the store as JSONL, grouped quotes or Elasticsearch bulk")
    xp.add_argument("--format", choices=("jsonl", "quotes", "elasticsearch"), default="jsonl")
    xp.add_argument("-o", "--output", help="output file (default: stdout)")
    xp.add_argument("--index", default="quotes", help="index name for --format elasticsearch")
    xp.add_argument("--db", default="quotes.db")
    xp.set_defaults(func=cmd_export)

    im = sub.add_parser("import", help="load JSONL records (a Dask run's parts, an export) into the store and group them")
    im.add_argument("paths", nargs="+", metavar="RECORDS.jsonl", help="record files, or - for stdin")
    im.add_argument("--db", default="quotes.db")
    im.set_defaults(func=cmd_import)

    rg = sub.add_parser("regroup", help="recompute speaker keys and every group of the store from scratch")
    rg.add_argument("--db", default="quotes.db")
    rg.set_defaults(func=cmd_regroup)

    eg = sub.add_parser("eval-groups", help="pair precision and recall of grouping against hand labels")
    eg.add_argument("labels", help="label file (JSONL: doc, start, end, speaker, group)")
    eg.add_argument("--root", default=os.environ.get("QUOTES_POLNEAR_ROOT", "../shared/data/polnear"),
                    help="folder the labels' doc paths are under (default ../shared/data/polnear)")
    eg.add_argument("--window", type=int, default=None, help="days (default: the pair model's, 10)")
    eg.add_argument("--folds", type=int, default=5, help="cross-validation folds over the train split (default 5)")
    eg.add_argument("--fit", metavar="MODEL.json", help="fit the pair model on the train split's labels and write it "
                    "(quotes/models/grouping.json is the shipped one); figures are then this model's")
    eg.add_argument("--undated", action="store_true", help="withhold the articles' dates from the grouper")
    eg.add_argument("--json", action="store_true")
    eg.set_defaults(func=cmd_eval_groups)

    models = sub.add_parser("models", help="manage the parser models").add_subparsers(dest="models_command", required=True)
    mp = models.add_parser("path", help="print the directory of a model set")
    mp.add_argument("--model", default=None, help=model_help)
    mp.set_defaults(func=cmd_models_path)
    md = models.add_parser("download", help="download stanza's official English models (needs network)")
    md.add_argument("--dir", help="target folder (default: the stanza-default location)")
    md.add_argument("--url", help="stanza resources URL (default: stanza's own)")
    md.set_defaults(func=cmd_models_download)
    mt = models.add_parser("train", help="train the compact model set from UD treebanks (about an hour on 2 cores)")
    mt.add_argument("--ud", required=True, help="folder with en_ewt-ud-*.conllu and en_gum-ccby-ud-train.conllu")
    mt.add_argument("--out", required=True, help="folder for the trained models")
    mt.add_argument("--work", help="scratch folder for data and logs (default: OUT/_work); "
                    "a second run over the same folder resumes, keeping finished processors")
    mt.add_argument("--more", action="append", default=[], metavar="PROC=STEPS",
                    help="afterwards train pos or depparse STEPS more steps from its best weights, as a "
                         "new round (kept if its dev score improves); depparse continues on tags predicted "
                         "by the best tagger (repeatable; pos first)")
    mt.add_argument("--vectors", action="store_true",
                    help="give the tagger word vectors made from wordllama's static embeddings (needs the "
                         "training extra: pip install -e '.[train]'); the set gains pos.pretrain.pt, and a "
                         "parser continued with --more reads them too (widened from one that did not)")
    mt.set_defaults(func=cmd_models_train)
    ma = models.add_parser("train-attribution", help="train the model that chooses among the rules' proposals and "
                           "gives each record its confidence (minutes on 2 cores, plus parsing)")
    ma.add_argument("--data", required=True, help="brat folder of .txt + .ann files (PolNeAR train)")
    ma.add_argument("--out", required=True, help="model file to write (JSON); quotes/models/attribution.json ships")
    ma.add_argument("--cache", metavar="DIR", help="parse cache, as for `quotes eval --cache`")
    ma.add_argument("--model", default=None, help=model_help)
    ma.add_argument("--limit", type=int, help="only the first N articles")
    ma.add_argument("--folds", type=int, default=5, help="cross-validation folds by article (default 5)")
    ma.add_argument("--min-precision", type=float, metavar="P",
                    help="choose the thresholds (quoted and indirect readings) with the best direct and "
                         "speech-verb recall among those whose cross-validated precision reaches P (for example "
                         "that of the model it replaces), instead of the best F1 and F0.5")
    ma.add_argument("--keep-quoted", type=float, metavar="T",
                    help="with --min-precision: keep quoted threshold T (the replaced model's) unless another "
                         "gains more than 0.002 of that recall")
    ma.set_defaults(func=cmd_models_train_attribution)
    ms = models.add_parser("score", help="dev scores (tokens F1, UPOS, LAS) of a model set on a gold CoNLL-U file")
    ms.add_argument("gold", help="gold CoNLL-U file, for example en_ewt-ud-dev.conllu")
    ms.add_argument("--model", default=None, help=model_help)
    ms.set_defaults(func=cmd_models_score)

    ev = sub.add_parser("eval", help="precision and recall on a PolNeAR-style brat folder")
    ev.add_argument("path", help="folder of .txt + .ann files")
    ev.add_argument("--model", default=None, help=model_help)
    ev.add_argument("--limit", type=int, help="only the first N documents")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument("--cache", metavar="DIR", help="keep each document's parse here and reuse it on the next run "
                    "(same scores, seconds instead of minutes)")
    ev.add_argument("--errors", metavar="FILE", help="write every false positive, miss and wrong speaker as JSONL")
    ev.add_argument("--names", metavar="FILE", help="write the run's distinct speaker names, with their record "
                    "counts, one per line (to read them)")
    ev.add_argument("--rules-only", action="store_true", help="score the rules' own readings, with the rules' "
                    "own confidence, without the learned choice")
    ev.add_argument("--min-confidence", metavar="P",
                    help="score only records whose confidence is at least P (what a filter on confidence gives)")
    ev.add_argument("--speakers", metavar="LABELS", help="instead, score speaker names, kinds and roles against the "
                    "speaker labels in this folder (NAME.jsonl for DIR/NAME.txt; benchmarks/labels/speakers)")
    ev.set_defaults(func=cmd_eval)

    sc = sub.add_parser("schema", help="print the JSON Schema of a quote record")
    sc.set_defaults(func=cmd_schema)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from quotes.embed import EmbeddingError
    from quotes.parse import ModelError
    try:
        return args.func(args)
    except (Fatal, ModelError, EmbeddingError) as exc:
        _say(str(exc))
        return EXIT_SETUP
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
