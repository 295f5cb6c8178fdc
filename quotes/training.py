"""Train the compact English model set with stanza's own training entry points.

The recipe trades accuracy for speed: it must finish in about an hour on two
CPU cores, so each processor gets a fixed step budget and small hidden sizes.
Jobs run as subprocesses (one core each) in two lanes: the parser, the most
expensive job, alone in one lane, and tokenize -> mwt -> lemma -> pos in the other.
Re-running over the same work folder resumes: finished processors are kept.
Continuation rounds (`more`) go to saved/<proc>-more-<n>/; the output folder
always gets the latest kept round of each processor.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from quotes.parse import reads_vectors

TREEBANK = "UD_English-Compact"
SHORT = "en_compact"
PROCESSORS = ("tokenize", "mwt", "lemma", "pos", "depparse")

# Arguments for stanza.utils.training.run_<module>; "--no_charlm" and
# "--no_pretrain" keep stanza from downloading anything.
RECIPE: dict[str, tuple[str, list[str]]] = {
    "tokenize": ("run_tokenizer", ["--steps", "3000", "--eval_steps", "500"]),
    "mwt": ("run_mwt", ["--num_epoch", "2"]),
    "lemma": ("run_lemma", ["--dict_only", "--no_lemma_classifier"]),
    "pos": ("run_pos", [  # with word vectors when the work folder has them (vector_args)
        "--batch_size", "32", "--hidden_dim", "128",
        "--char_hidden_dim", "100", "--deep_biaff_hidden_dim", "128",
        "--composite_deep_biaff_hidden_dim", "64", "--max_steps", "2000",
        "--eval_interval", "250", "--fix_eval_interval"]),
    "depparse": ("run_depparse", [
        "--no_pretrain", "--batch_size", "1000", "--hidden_dim", "200",
        "--char_hidden_dim", "100", "--deep_biaff_hidden_dim", "200",
        "--num_layers", "2", "--max_steps", "1800", "--eval_interval", "300"]),
}
LANES = (("depparse",), ("tokenize", "mwt", "lemma", "pos"))
UD_FILES = {  # our split -> source files in the UD folder
    "train": ("en_ewt-ud-train.conllu", "en_gum-ccby-ud-train.conllu"),
    "dev": ("en_ewt-ud-dev.conllu",),
    "test": ("en_ewt-ud-test.conllu",),
}


VECTORS_TEXT = Path("vectors") / "en_wl.txt"  # in the work folder: quotes.vectors.build writes it
VECTORS = Path("vectors") / "en_wl.pretrain.pt"  # stanza's own form of it, made on first use


class TrainingError(RuntimeError):
    pass


def vector_args(work: Path) -> list[str]:
    """The tagger's word-vector arguments: the work folder's vectors, else none."""
    if not (work / VECTORS_TEXT).exists():
        return ["--no_pretrain"]
    return ["--wordvec_pretrain_file", str(work / VECTORS), "--wordvec_file", str(work / VECTORS_TEXT)]


def build_vectors(work: Path, ud_dir: Path) -> Path:
    """Word vectors for the tagger in the work folder (quotes.vectors), once."""
    out = work / VECTORS_TEXT
    if not out.exists():
        try:
            from quotes.vectors import build
        except ImportError as exc:
            raise TrainingError(f"word vectors need the training extra: pip install -e '.[train]' ({exc})") from exc
        build(out, [ud_dir / name for name in UD_FILES["train"]])
    return out


def build_treebank(ud_dir: Path, work: Path) -> Path:
    """Write EWT+GUM train and EWT dev/test as one UD treebank folder."""
    udbase = work / "ud"
    tb = udbase / TREEBANK
    tb.mkdir(parents=True, exist_ok=True)
    for split, names in UD_FILES.items():
        with open(tb / f"{SHORT}-ud-{split}.conllu", "w", encoding="utf-8") as out:
            for name in names:
                src = ud_dir / name
                if not src.is_file():
                    raise TrainingError(f"{src}: missing UD file (need {', '.join(sorted(n for v in UD_FILES.values() for n in v))})")
                out.write(src.read_text(encoding="utf-8").rstrip("\n") + "\n\n")
    return udbase


def _env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(UDBASE=str(work / "ud"), DATA_ROOT=str(work / "data"),
               STANZA_RESOURCES_DIR=str(work / "resources"),
               OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    return env


def _run(args: list[str], work: Path, log: Path) -> None:
    with open(log, "a", encoding="utf-8") as fh:
        proc = subprocess.run([sys.executable, "-m", *args], cwd=work, env=_env(work),
                              stdout=fh, stderr=subprocess.STDOUT)
    if proc.returncode:
        raise TrainingError(f"{' '.join(args[:2])} failed (exit {proc.returncode}); see {log}")


def prepare(work: Path) -> None:
    """Run stanza's prepare_*_treebank scripts; lemma and depparse use gold tags."""
    (work / "resources").mkdir(parents=True, exist_ok=True)
    (work / "resources" / "resources.json").write_text("{}")
    (work / "logs").mkdir(exist_ok=True)
    for module, extra in (("tokenizer", []), ("mwt", []), ("pos", []),
                          ("lemma", ["--gold"]), ("depparse", ["--gold"])):
        _run([f"stanza.utils.datasets.prepare_{module}_treebank", TREEBANK, *extra],
             work, work / "logs" / "prepare.log")


def train_one(proc: str, work: Path) -> Path:
    """Train one processor; return the saved model file. A processor that
    finished in an earlier run over the same work folder is not trained again."""
    module, extra = RECIPE[proc]
    save_dir = work / "saved" / proc
    done = save_dir / "DONE"
    if not done.exists():
        save_dir.mkdir(parents=True, exist_ok=True)
        charlm = [] if proc == "mwt" else ["--no_charlm"]  # run_mwt has no charlm option
        vectors = vector_args(work) if proc == "pos" else []
        _run([f"stanza.utils.training.{module}", TREEBANK, *charlm, "--force",
              "--save_dir", str(save_dir), *extra, *vectors], work, work / "logs" / f"{proc}.log")
    model = _model_in(save_dir)
    if model is None:
        raise TrainingError(f"{proc}: training wrote no model into {save_dir}")
    done.write_text(model.name + "\n")
    return model


CONTINUED = ("pos", "depparse")  # the processors `more` can train further
# The tagger continues through _warm_main, which swaps its module's `Trainer`.
WARM_START = {"pos": "stanza.models.tagger"}
# The parser's entry point builds a GraphTrainer that swap never reaches (rounds
# made that way before 2026-11-29 trained from scratch): it starts from saved
# weights through stanza's own --continue_from, and fine-tunes with the optimizer
# of stanza's second stage: the first stage's Adadelta at lr 2.0 moves every
# weight by about 2e-3 a step while its accumulators are empty.
CONTINUE_ARGS = {"depparse": ["--optim", "adam", "--lr", "0.0002"]}
# A widened parser's first round trains only its new weights (the rest frozen: no gradient, no weight
# decay, so Adam leaves them where they are): a first round over every weight lost 0.5-0.9 dev LAS
# that 900 steps did not win back (model card, 2026-12-01).
ADAPTER_ARGS = ["--optim", "adam", "--lr", "0.001", "--weight_decay", "0"]


def _rounds(proc: str, work: Path) -> list[tuple[int, Path]]:
    """(number, folder) of the continuation rounds of `proc`, oldest first."""
    found = ((p.name.rsplit("-", 1)[1], p) for p in (work / "saved").glob(f"{proc}-more-*"))
    return sorted((int(n), p) for n, p in found if n.isdigit())


def _model_in(folder: Path) -> Path | None:
    models = sorted((p for p in folder.glob("*.pt") if "checkpoint" not in p.name),
                    key=lambda p: p.stat().st_mtime)  # checkpoints carry optimizer state
    return models[-1] if models else None


def best_model(proc: str, work: Path) -> tuple[Path, Path]:
    """The model a further round starts from and the log that scored it: the
    latest continuation round when there is one, else the first model."""
    for _, folder in reversed(_rounds(proc, work)):
        model = _model_in(folder)
        if model:
            return model, work / "logs" / f"{folder.name}.log"
    return train_one(proc, work), work / "logs" / f"{proc}.log"


def retag(work: Path, tagger: Path) -> None:
    """Replace the gold tags of the parser's train and dev data with the tags
    `tagger` predicts: a parser trained on gold tags loses about 12 LAS points
    on the tags it gets in use. The gold files stay in data/pos."""
    for split in ("train", "dev"):
        _run(["stanza.models.tagger", "--mode", "predict", "--lang", "en", "--shorthand", SHORT,
              *vector_args(work), "--save_dir", str(tagger.parent), "--save_name", tagger.name,
              "--eval_file", str(work / "data" / "pos" / f"{SHORT}.{split}.in.conllu"),
              "--output_file", str(work / "data" / "depparse" / f"{SHORT}.{split}.in.conllu")],
             work, work / "logs" / "retag.log")


def continue_one(proc: str, work: Path, steps: int) -> Path | None:
    """Train a processor further: stanza's own trainer, started from the
    weights of the best model in the work folder, for `steps` more steps,
    into a new round folder saved/<proc>-more-<n>/. The parser continues on
    tags predicted by the best tagger, and reads the tagger's word vectors
    when the work folder has them (a parser trained without them is widened
    first: widen_parser). Returns the new model if it is better
    than its starting point (its first round is always taken: the old dev
    score was measured on gold tags), else None."""
    module, extra = RECIPE[proc]
    src, src_log = best_model(proc, work)
    rounds = _rounds(proc, work)
    n = rounds[-1][0] + 1 if rounds else 1
    if proc == "depparse":
        retag(work, best_model("pos", work)[0])
    save_dir = work / "saved" / f"{proc}-more-{n}"
    log = work / "logs" / f"{save_dir.name}.log"
    save_dir.mkdir(parents=True, exist_ok=True)
    (save_dir / "STEPS").write_text(f"{steps}\n")  # for the model card's record of rounds
    vectors = vector_args(work)
    parser_vectors = proc == "depparse" and vectors != ["--no_pretrain"]  # the parser reads the tagger's vectors
    widened = parser_vectors and not reads_vectors(src)
    if widened:
        (work / "widened").mkdir(exist_ok=True)  # not in save_dir, whose newest model is the round's result
        src = widen_parser(src, work / "widened" / f"{save_dir.name}.pt", work / VECTORS)
    extra = [a for a in extra if not (parser_vectors and a == "--no_pretrain")]
    extra[extra.index("--max_steps") + 1] = str(steps)
    train_args = [f"stanza.utils.training.{module}", TREEBANK, "--no_charlm", "--force", "--save_dir",
                  str(save_dir), *extra, *(vectors if proc == "pos" or parser_vectors else [])]
    if proc in WARM_START:
        _run(["quotes.training", "warm", proc, str(src), *train_args], work, log)
    elif widened:  # first the new weights alone: training them all at once lost dev LAS
        _run(["quotes.training", "adapter", str(src), *train_args[1:], "--continue_from", str(src), *ADAPTER_ARGS],
             work, log)
    else:
        _run(["quotes.training", "own-vocab", str(src), *train_args[1:], "--continue_from", str(src),
              *CONTINUE_ARGS[proc]], work, log)
    model = _model_in(save_dir)
    if model is None:
        raise TrainingError(f"{proc}: continued training wrote no model into {save_dir}")
    first_parser_round = proc == "depparse" and n == 1
    if first_parser_round or best_dev(log) > best_dev(src_log):
        return model
    shutil.rmtree(save_dir)  # a worse round must not become the next start
    return None


WIDENED = ("parserlstm.lstm.0.lstm.weight_ih", "parserlstm.highway.0.weight", "parserlstm.gate.0.weight")


def widen_parser(src: Path, dst: Path, vectors: Path, seed: int = 1) -> Path:
    """A parser trained without word vectors, made to read them: stanza puts
    the projected vectors first in its LSTM's input, so the first layer's
    input weights (LSTM, highway and gate) get zero columns for them and the
    widened parser parses exactly as before until training moves those
    columns; the projection starts random. Weights come back in float32."""
    import torch

    state = torch.load(src, map_location="cpu", weights_only=False)
    weights = {k: v.float() if torch.is_tensor(v) and v.is_floating_point() else v for k, v in state["model"].items()}
    dim = state["config"]["transformed_dim"]
    emb = torch.as_tensor(torch.load(vectors, map_location="cpu", weights_only=False)["emb"]).float()
    rng = torch.Generator().manual_seed(seed)
    for k in [k for k in weights if k.startswith(WIDENED)]:
        weights[k] = torch.cat([torch.zeros(weights[k].shape[0], dim), weights[k]], 1)
    old = weights["drop_replacement"]  # what word dropout puts in a dropped word's place
    weights["drop_replacement"] = torch.cat([torch.randn(dim, generator=rng) / (old.numel() + dim) ** 0.5, old])
    weights["trans_pretrained.weight"] = (torch.rand(dim, emb.shape[1], generator=rng) * 2 - 1) / emb.shape[1] ** 0.5
    state["model"] = weights
    state["config"].update(pretrain=True, wordvec_pretrain_file=str(vectors))
    torch.save(state, dst)
    return dst


def _warm_main(proc: str, weights: str, module: str, argv: list[str]) -> None:
    """Run stanza's training entry point with its Trainer built from saved weights."""
    import importlib
    import runpy

    mod = importlib.import_module(WARM_START[proc])
    base = mod.Trainer

    class WarmTrainer(base):
        def __init__(self, args=None, vocab=None, pretrain=None, model_file=None, **kw):
            if model_file is None and args is not None and args.get("mode") == "train":
                model_file = weights  # the new run's first model: start from the old weights
            super().__init__(args=args, vocab=vocab, pretrain=pretrain, model_file=model_file, **kw)

    mod.Trainer = WarmTrainer
    sys.argv = [module, *argv]
    runpy.run_module(module, run_name="__main__")


def _own_vocab_main(weights: str, argv: list[str], adapter: bool = False) -> None:
    """Run stanza's parser training with the data read through the saved
    model's vocabulary. stanza builds a new one from the training data even
    with --continue_from; on tags from another tagger its tag and feature ids
    then disagree with the model's embeddings (an index error, or ids
    silently scrambled). `adapter`: train only what widen_parser added."""
    import runpy

    import torch
    from stanza.models import parser
    from stanza.models.pos.vocab import MultiVocab

    saved = MultiVocab.load_state_dict(torch.load(weights, map_location="cpu", weights_only=False)["vocab"])
    loader = parser.DataLoader

    def own(doc, size, args, pretrain, vocab=None, **kw):
        return loader(doc, size, args, pretrain, vocab=vocab or saved, **kw)

    parser.DataLoader = own
    if adapter:
        _freeze_all_but_vectors()
    sys.argv = ["run_depparse", *argv]
    runpy.run_module("stanza.utils.training.run_depparse", run_name="__main__")


def _freeze_all_but_vectors() -> None:
    """Parsers built from now on get their gradients masked to the vector
    projection and the first layer's vector columns (widen_parser)."""
    import torch
    from stanza.models.depparse import model

    init = model.GraphParser.__init__

    def masked(self, *args, **kw):
        init(self, *args, **kw)
        dim = self.args["transformed_dim"]
        for name, p in self.named_parameters():
            if not p.requires_grad or name.startswith("trans_pretrained"):
                continue
            keep = torch.zeros_like(p)
            if name.startswith(WIDENED):
                keep[:, :dim] = 1
            p.register_hook(lambda g, keep=keep: g * keep)

    model.GraphParser.__init__ = masked


_STEP = re.compile(r"(?:STEP|Step|step)\s+(\d+)")


def _progress(work: Path, stop: threading.Event, say) -> None:
    """Print each job's latest step once a minute, so a long run shows life."""
    while not stop.wait(60):
        parts = []
        for proc in PROCESSORS:  # the newest log: the first run's or a continuation round's
            logs = sorted((work / "logs").glob(f"{proc}*.log"), key=lambda p: p.stat().st_mtime)
            if logs:
                log = logs[-1]
                steps = _STEP.findall(log.read_text(errors="replace")[-4000:])
                parts.append(f"{proc}:{steps[-1] if steps else 'start'}")
        if parts:
            say("training " + " ".join(parts))


_DEV = re.compile(r"dev_score = ([0-9.]+)")


def best_dev(log: Path) -> float:
    """The best dev score a stanza training log reports (0 if none)."""
    if not log.exists():
        return 0.0
    return max((float(x) for x in _DEV.findall(log.read_text(errors="replace"))), default=0.0)


def train(ud_dir: Path, out_dir: Path, work: Path, say=print, more: dict[str, int] | None = None,
          vectors: bool = False) -> dict[str, Path]:
    """Prepare data, train all processors in two parallel lanes, copy models to
    out_dir. `more` continues some processors for extra steps afterwards
    (see continue_one); out_dir gets the best round of each processor.
    `vectors` gives the tagger word vectors (quotes.vectors; a tagger
    trained without them cannot continue with them: start a new work folder)."""
    t0 = time.time()
    work = work.resolve()  # the jobs run inside it: relative paths would break
    work.mkdir(parents=True, exist_ok=True)
    if not (work / "data" / "depparse").is_dir():
        build_treebank(ud_dir, work)
        say(f"preparing data in {work}")
        prepare(work)
    if vectors:
        say(f"word vectors: {build_vectors(work, ud_dir)}")
    results: dict[str, Path] = {}
    errors: list[BaseException] = []

    def lane(procs):
        try:
            for proc in procs:
                say(f"training {proc} (log: {work / 'logs' / (proc + '.log')})")
                results[proc] = train_one(proc, work)
                say(f"finished {proc} after {(time.time() - t0) / 60:.1f} min")
        except BaseException as exc:  # surfaced below, after the other lane ends
            errors.append(exc)

    stop = threading.Event()
    threads = [threading.Thread(target=lane, args=(l,)) for l in LANES]
    ticker = threading.Thread(target=_progress, args=(work, stop, say), daemon=True)
    ticker.start()
    for t in threads:
        t.start()
    try:
        for t in threads:
            t.join()
        if errors:
            raise errors[0]
        for proc, steps in (more or {}).items():
            say(f"training {proc} for {steps} more steps (logs: {work / 'logs' / (proc + '-more-*.log')})")
            path = continue_one(proc, work, steps)
            say(f"{proc}: {'kept' if path else 'discarded (no better on dev)'} the {steps} more steps")
    finally:
        stop.set()
    for proc in PROCESSORS:  # the best round of every processor, this run's or an earlier one's
        if proc in results:
            results[proc] = best_model(proc, work)[0]
    out_dir.mkdir(parents=True, exist_ok=True)
    for proc, path in results.items():
        shrink(path, out_dir / f"{proc}.pt")
    if (work / VECTORS).exists() and "pos" in results:
        shrink_vectors(work / VECTORS, out_dir / "pos.pretrain.pt")
    (out_dir / "resources.json").write_text("{}\n")
    (out_dir / "training.json").write_text(json.dumps(
        {"minutes": round((time.time() - t0) / 60, 1), "recipe": RECIPE,
         "continued_steps": {p: [int((r / "STEPS").read_text()) for _, r in _rounds(p, work) if (r / "STEPS").exists()]
                             for p in CONTINUED},
         "stanza": _stanza_version()}, indent=2) + "\n")
    return {p: out_dir / f"{p}.pt" for p in PROCESSORS}


def shrink(src: Path, dst: Path) -> None:
    """Save a model with its float weights in half precision: half the size,
    and stanza's load_state_dict casts them back to float32 on loading."""
    import torch

    state = torch.load(src, map_location="cpu", weights_only=False)
    weights = state.get("model") if isinstance(state, dict) else None
    if isinstance(weights, dict):
        state["model"] = {k: v.half() if torch.is_tensor(v) and v.is_floating_point() else v
                          for k, v in weights.items()}
    torch.save(state, dst)


def shrink_vectors(src: Path, dst: Path) -> None:
    """stanza's pretrain file with its vectors in half precision (stanza reads
    them back as float32)."""
    import torch

    state = torch.load(src, map_location="cpu", weights_only=False)
    emb = state["emb"]
    state["emb"] = emb.astype("float16") if hasattr(emb, "astype") else emb.half()
    torch.save(state, dst)


def _stanza_version() -> str:
    import stanza
    return stanza.__version__


def conllu_text(path: Path) -> str:
    """Raw text of a CoNLL-U file: sentences joined by spaces, paragraphs
    (newpar/newdoc) by blank lines, as a tokenizer would meet them."""
    paras: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("# newpar", "# newdoc")) and paras[-1]:
            paras.append([])
        elif line.startswith("# text = "):
            paras[-1].append(line[len("# text = "):])
    return "\n\n".join(" ".join(p) for p in paras if p) + "\n"


def score(gold: Path, model: str | None = None) -> dict[str, float]:
    """End-to-end dev scores of a model set on a gold CoNLL-U file: the pipeline
    reads raw text, so tokenization errors count against every score."""
    import io

    from stanza.models.common.utils import ud_scores

    from quotes.parse import load_pipeline

    doc = load_pipeline(model)(conllu_text(gold))
    system = io.StringIO("{:C}\n\n".format(doc))
    result = ud_scores(str(gold), system)
    return {k: round(100 * result[k].f1, 2) for k in ("Tokens", "Sentences", "Words", "UPOS", "Lemmas", "UAS", "LAS")}


def common_words(ud_dir: Path) -> list[str]:
    """Words the UD training treebanks write in lower case and as a
    capitalised proper noun at most a tenth as often, less given names,
    surnames, places, organisation words and titles: a one-word name made of
    one of them only by a sentence or headline start ("Today, ...",
    "Frustration Grows") names nothing (lexicons/common_words.txt)."""
    from collections import Counter
    from quotes.lexicon import given_name_gender, known_people, phrases, words

    low, cap = Counter(), Counter()
    for path in sorted(ud_dir.glob("*train*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit() or not cols[1].isalpha():
                continue
            if cols[1].islower() and cols[3] != "PROPN":
                low[cols[1]] += 1
            elif cols[1][0].isupper() and cols[3] == "PROPN":
                cap[cols[1].lower()] += 1
    skip = set(given_name_gender()) | set(known_people()) | phrases("places") | words("organization_words") | words("titles")
    return sorted(w for w, n in low.items() if cap[w] <= 0.1 * n and w not in skip and len(w) > 2)


if __name__ == "__main__" and len(sys.argv) == 3 and sys.argv[1] == "common-words":
    print("# Common words: never a one-word name when only a sentence or headline start capitalises them.\n"
          "# From the UD English EWT and GUM training treebanks (CC BY-SA 4.0), made by\n"
          "# `python -m quotes.training common-words ../shared/data/ud` (quotes/training.py: common_words).")
    print("\n".join(common_words(Path(sys.argv[2]))))
elif __name__ == "__main__" and len(sys.argv) > 4 and sys.argv[1] == "warm":
    _warm_main(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
elif __name__ == "__main__" and len(sys.argv) > 3 and sys.argv[1] in ("own-vocab", "adapter"):
    _own_vocab_main(sys.argv[2], sys.argv[3:], adapter=sys.argv[1] == "adapter")
