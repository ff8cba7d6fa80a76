"""The ``stance`` command: a thin layer over the library (see ``../shared/CONTRACT.md``).

Exit status: 0 success, 2 bad usage or bad input (one line on stderr naming file, line and field),
1 internal error. Set ``STANCE_DEBUG=1`` to see tracebacks.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from stance.data import DataError, read_jsonl
from stance.inputs import Document, InputError, read_documents
from stance.records import Quote
from stance.store import ModelError

_USER_ERRORS = (DataError, InputError, ModelError)
_BATCH = 256  # articles read ahead per worker: bounds memory
_CHUNK = 64  # articles labelled in one prediction call


class UsageError(ValueError):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="stance", description="Find, attribute and label the quotes of news "
                                     "articles by stance toward a target proposition.")
    commands = parser.add_subparsers(dest="command", required=True)

    def add_reading(command: argparse.ArgumentParser) -> None:
        command.add_argument("files", nargs="*", metavar="FILE", help="articles (none or '-': standard input)")
        command.add_argument("--format", choices=("jsonl", "csv", "table"),
                             help="output format (default: table on a terminal, jsonl otherwise)")
        command.add_argument("--input-format", choices=("auto", "text", "html", "jsonl"), default="auto",
                             help="auto: a .jsonl file, or one whose first line is a JSON object, is read as jsonl; "
                                  "HTML is detected and turned into text; jsonl: one article per line")
        command.add_argument("--text-field", default="text", help="with --input-format jsonl: the text field")
        command.add_argument("--on-error", choices=("skip", "stop"), default="skip",
                             help="a bad JSONL record is reported on stderr, then skipped or ends the run")
        command.add_argument("--jobs", type=int, default=1, help="worker processes (order is kept)")
        command.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                             help="progress on stderr (auto: only on a terminal)")

    analyze = commands.add_parser("analyze", help="extract and label the quotes of each article")
    add_reading(analyze)
    analyze.add_argument("--model", help="a model written by `stance train` (default: the shipped model)")
    quotes = commands.add_parser("quotes", help="extract the quotes of each article (no labels)")
    add_reading(quotes)

    train = commands.add_parser("train", help="train a model from a recipe or from labelled JSONL rows")
    train.add_argument("--config", help="a training recipe (TOML), e.g. training/default.toml")
    train.add_argument("--data", help="labelled rows (JSONL: text, stance, optional argument/context/target...)")
    train.add_argument("--out", help="where to write the model (NAME.joblib or a directory)")
    train.add_argument("--quiet", action="store_true", help="no per-configuration log on stderr")
    train.add_argument("--jobs", type=int, help="configurations to cross-validate at once, each in its "
                       "own process (default: the recipe's [search] jobs, else 1); the result does not change")

    predict = commands.add_parser("predict", help="label statements given as JSONL rows")
    predict.add_argument("--model", help="a model written by `stance train` (default: the shipped model)")
    predict.add_argument("--data", required=True, help="JSONL rows with a 'text' field")

    evaluate = commands.add_parser("evaluate", help="score a model on labelled JSONL rows")
    evaluate.add_argument("--model", help="a model written by `stance train` (default: the shipped model)")
    evaluate.add_argument("--data", required=True)
    evaluate.add_argument("--format", choices=("json", "table"), default="table")

    benchmark = commands.add_parser("benchmark", help="run the benchmark harness and write its reports")
    benchmark.add_argument("--out", default="benchmarks/results", help="report folder")
    benchmark.add_argument("--root", default=".", help="repository root (holds data/ and benchmarks/)")
    benchmark.add_argument("--quick", action="store_true", help="fewer repetitions and a smaller stream")
    benchmark.add_argument("--only", help="comma-separated sections: extraction,classification,semeval,speed")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        return _COMMANDS[args.command](args)
    except (*_USER_ERRORS, UsageError) as error:
        print(f"stance {args.command}: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("stance: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, not a traceback
        if os.environ.get("STANCE_DEBUG"):
            raise
        print(f"stance {args.command}: internal error: {type(error).__name__}: {error} "
              "(set STANCE_DEBUG=1 for the traceback)", file=sys.stderr)
        return 1


# --- analyze / quotes --------------------------------------------------------------------------------
_WORKER_MODEL: Any = None


def _init_worker(model_path: str | None, label: bool) -> None:
    """Load the model once per process (or forget it: `quotes` after `analyze` must not label)."""
    global _WORKER_MODEL
    _WORKER_MODEL = None
    if label:
        from stance.store import load_model

        _WORKER_MODEL = load_model(model_path)


def _process(texts: list[str]) -> list[list[Quote]]:
    """Quotes of a chunk of articles: labelled in one prediction call when a model is loaded."""
    if _WORKER_MODEL is not None:
        return _WORKER_MODEL.analyze_many(texts)
    from stance.extract import extract_quotes

    return [extract_quotes(text) for text in texts]


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Progress:
    def __init__(self, mode: str) -> None:
        self.enabled = mode == "always" or (mode == "auto" and sys.stderr.isatty())
        self.started = self.shown = time.monotonic()
        self.articles = self.quotes = 0

    def update(self, quotes: int) -> None:
        self.articles += 1
        self.quotes += quotes
        now = time.monotonic()
        if self.enabled and now - self.shown > 0.2:
            self.shown = now
            rate = self.articles / max(now - self.started, 1e-9)
            print(f"\r{self.articles} articles, {self.quotes} quotes ({rate:.0f} articles/s)", end="",
                  file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.enabled:
            print(f"\r{self.articles} articles, {self.quotes} quotes", file=sys.stderr)


def _run_reading(args: argparse.Namespace, label: bool) -> int:
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    model_path = getattr(args, "model", None)
    output_format = args.format or ("table" if sys.stdout.isatty() else "jsonl")
    writer = _Writer(output_format, label)
    progress = _Progress(args.progress)
    documents = read_documents(args.files, args.input_format, args.text_field)
    errors = 0
    pool = None
    if args.jobs > 1:
        pool = get_context("spawn").Pool(args.jobs, initializer=_init_worker, initargs=(model_path, label))
    else:
        _init_worker(model_path, label)
    try:
        for batch in _batches(documents, _BATCH * args.jobs):
            texts = [document.text for document in batch if document.error is None]
            chunks = [texts[i: i + _CHUNK] for i in range(0, len(texts), _CHUNK)]
            results = iter([quotes for chunk in (pool.map(_process, chunks) if pool else map(_process, chunks))
                            for quotes in chunk])
            for document in batch:
                if document.error is not None:
                    errors += 1
                    print(f"stance {args.command}: {document.error}" + (
                        "" if args.on_error == "skip" else " (stopping: --on-error stop)"), file=sys.stderr)
                    if args.on_error == "stop":
                        return 2
                    continue
                quotes = next(results)
                writer.write(document.source, quotes)
                progress.update(len(quotes))
    finally:
        if pool is not None:
            pool.terminate()
        progress.close()
        writer.close()
    if errors:
        print(f"stance {args.command}: {errors} bad record(s) skipped (listed above)", file=sys.stderr)
    return 0


class _Writer:
    """JSONL, CSV or a terminal table of quote records, one per quote, with its source."""

    def __init__(self, output_format: str, label: bool) -> None:
        self.format = output_format
        self.label = label
        self.csv: Any = None

    def write(self, source: str, quotes: list[Quote]) -> None:
        for quote in quotes:
            record = {"source": source, **quote.to_dict()}
            if not self.label:
                for key in ("stance", "argument", "stance_scores", "argument_scores", "evidence"):
                    record.pop(key)
            if self.format == "jsonl":
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif self.format == "csv":
                if self.csv is None:
                    self.csv = csv.DictWriter(sys.stdout, fieldnames=list(record))
                    self.csv.writeheader()
                self.csv.writerow({key: json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list))
                                   else value for key, value in record.items()})
            else:
                labels = f"{quote.stance or '-':8} {quote.argument or '-':8} " if self.label else ""
                text = quote.text if len(quote.text) <= 70 else quote.text[:67] + "..."
                sys.stdout.write(f"{labels}{quote.kind:12} {str(quote.speaker or '?')[:24]:24} “{text}”\n")

    def close(self) -> None:
        sys.stdout.flush()


def _analyze(args: argparse.Namespace) -> int:
    return _run_reading(args, label=True)


def _quotes(args: argparse.Namespace) -> int:
    return _run_reading(args, label=False)


# --- train / predict / evaluate / benchmark ------------------------------------------------------------
def _train(args: argparse.Namespace) -> int:
    from stance.train import DEFAULT_RECIPE, RecipeError, load_recipe, train

    if not args.config and not args.data:
        raise UsageError("give --config RECIPE.toml, --data ROWS.jsonl, or both")
    if args.data and not args.config and not args.out:
        raise UsageError("--data needs --out (where to write the model)")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    log = None if args.quiet else (lambda line: print(line, file=sys.stderr))
    try:
        recipe = load_recipe(args.config or DEFAULT_RECIPE)
        _, card = train(recipe, rows_path=args.data, out=args.out, log=log, jobs=args.jobs)
    except RecipeError as error:  # a user's file: one line naming it, as for bad data
        raise UsageError(str(error)) from None
    summary = {"model": card["model_file"], "sha256": card["sha256"],
               "hyperparameters": card["training"]["hyperparameters"],
               "metrics": {split: {head: {k: round(v[k], 4) for k in ("macro_f1", "f_avg", "accuracy")}
                                   for head, v in heads.items()} for split, heads in card["metrics"].items()}}
    print(json.dumps(summary, indent=2))
    return 0


def _statement_rows(path: str) -> list[dict[str, Any]]:
    rows = []
    for number, row in read_jsonl(path):
        if not isinstance(row.get("text"), str):
            raise DataError(f"{path}:{number}: field 'text': missing or not a string")
        rows.append(row)
    return rows


def _predict(args: argparse.Namespace) -> int:
    from stance.store import load_model

    model = load_model(args.model)
    rows = _statement_rows(args.data)
    out = io.StringIO()
    for row, labels in zip(rows, model.labels(rows), strict=True):
        out.write(json.dumps({**row, **labels}, ensure_ascii=False) + "\n")
    sys.stdout.write(out.getvalue())
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from stance.data import load_labelled_rows
    from stance.store import load_model
    from stance.train import evaluate_model

    model = load_model(args.model)
    metrics = evaluate_model(model, load_labelled_rows(args.data))
    if args.format == "json":
        print(json.dumps(metrics, indent=2))
        return 0
    for head, figures in metrics.items():
        print(f"{head}: n={figures['n']} macro_f1={figures['macro_f1']:.4f} f_avg={figures['f_avg']:.4f} "
              f"accuracy={figures['accuracy']:.4f} ece={figures.get('ece', float('nan')):.4f}")
        for label, values in figures["per_class"].items():
            print(f"  {label:8} precision={values['precision']:.3f} recall={values['recall']:.3f} "
                  f"f1={values['f1']:.3f} support={values['support']}")
    return 0


def _benchmark(args: argparse.Namespace) -> int:
    from stance.benchmark import SECTIONS, run

    only = tuple(part.strip() for part in args.only.split(",")) if args.only else SECTIONS
    unknown = set(only) - set(SECTIONS)
    if unknown:
        raise UsageError(f"--only: unknown section(s) {', '.join(sorted(unknown))}; choose from {', '.join(SECTIONS)}")
    return run(root=Path(args.root), out=Path(args.out), quick=args.quick, only=only)


_COMMANDS = {"analyze": _analyze, "quotes": _quotes, "train": _train, "predict": _predict,
             "evaluate": _evaluate, "benchmark": _benchmark}
