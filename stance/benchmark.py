"""The benchmark harness behind ``stance benchmark``: every figure the README claims, measured the same
way each run, written to ``report.json`` and ``report.md``, and gated by ``benchmarks/thresholds.toml``.

Sections: extraction (on the hand-annotated quotes of ``data/``), classification (k-fold CV grouped by
article on the training split, and the held-out test split, beside three baselines on the same folds),
the public SemEval-2016 Task 6A benchmark (when ``../shared/datasets`` is present), and speed, memory
and robustness. Speed figures are reported, never gated.
"""
from __future__ import annotations

import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from stance.baselines import BASELINES, CueRuleBaseline
from stance.data import article_folds, read_jsonl, read_seed_records
from stance.evaluate import BEARING_LABELS, analysis_metrics, extraction_metrics, head_metrics
from stance.extract import extract_quotes
from stance.inference import cue_hits
from stance.model import StanceModel, argument_labels
from stance.records import ARGUMENT_LABELS, STANCE_LABELS
from stance.store import default_model_path, load_model, read_card
from stance.train import evaluate_model, load_recipe, out_of_fold, score, train

SEMEVAL_SVM_BASELINE = 68.98


def _machine() -> dict[str, Any]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}


def _median_seconds(action: Callable[[], Any], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


# --- extraction ----------------------------------------------------------------------------------------
_STRAIGHT_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def straight_marks(text: str) -> str:
    """Curly quotation marks and apostrophes typed as straight ones, as many sites and feeds give them."""
    return text.translate(_STRAIGHT_MARKS)


def no_break_spaces(text: str) -> str:
    """Every space a no-break space (U+00A0), as HTML ``&nbsp;`` decodes."""
    return text.replace(" ", "\u00a0")


def hard_wrapped(text: str, width: int = 72) -> str:
    """Each line broken at the last space before ``width`` characters, as wire copy and e-mail releases are."""
    out = list(text)
    column, last_space = 0, -1
    for index, char in enumerate(text):
        if char == "\n":
            column, last_space = 0, -1
            continue
        column += 1
        if char == " ":
            last_space = index
        if column > width and last_space >= 0:
            out[last_space] = "\n"
            column, last_space = index - last_space, -1
    return "".join(out)


def narrow_wrapped(text: str) -> str:
    """Lines hard-wrapped at 50 characters, as narrow newsletter and e-mail columns are."""
    return hard_wrapped(text, 50)


def windows_line_endings(text: str) -> str:
    """Line breaks as CR LF."""
    return text.replace("\n", "\r\n")


# each reformatting keeps every character's offset, except CR LF, which moves it by the line breaks before it
REFORMATTINGS: dict[str, Callable[[str], str]] = {
    "straight_marks": straight_marks, "no_break_spaces": no_break_spaces, "hard_wrapped_72": hard_wrapped,
    "hard_wrapped_50": narrow_wrapped, "windows_line_endings": windows_line_endings}


def _moved_by_line_breaks(text: str, quotes: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Gold quotes with their offsets in ``windows_line_endings(text)``."""
    return [{**quote, "start": quote["start"] + text.count("\n", 0, quote["start"]),
             "end": quote["end"] + text.count("\n", 0, quote["end"])} for quote in quotes]


def extraction_section(data_dir: Path) -> dict[str, Any]:
    """Extraction on the gold as written, and (``robustness``) on the same gold reformatted each way of
    ``REFORMATTINGS``: the words and marks a reader sees are unchanged, so the figures should be too."""
    articles = {row["article_id"]: row["text"] for _, row in read_jsonl(data_dir / "articles.jsonl")}
    gold: dict[str, list[dict[str, Any]]] = {article_id: [] for article_id in articles}
    for _, row in read_jsonl(data_dir / "quotes.jsonl"):
        gold[row["article_id"]].append(row)
    section = extraction_metrics(gold, {article_id: extract_quotes(text) for article_id, text in articles.items()})
    section["robustness"] = {}
    for name, reformat in REFORMATTINGS.items():
        moved = gold if reformat is not windows_line_endings else {
            article_id: _moved_by_line_breaks(articles[article_id], quotes) for article_id, quotes in gold.items()}
        metrics = extraction_metrics(moved, {article_id: extract_quotes(reformat(text))
                                             for article_id, text in articles.items()})
        section["robustness"][name] = {key: metrics[key] for key in (
            "precision", "recall", "speaker_accuracy", "kind_accuracy")}
    return section


# --- classification ------------------------------------------------------------------------------------
def classification_section(data_dir: Path, parameters: Mapping[str, Any], folds: int = 5) -> dict[str, Any]:
    """The model (with the shipped hyper-parameters) and the baselines, on the same grouped folds."""
    records = read_seed_records(data_dir)
    train_rows = [r for r in records if r["split"] == "train"]
    test_rows = [r for r in records if r["split"] == "test"]
    splits = article_folds([r["article_id"] for r in train_rows], folds)
    pooling = parameters.get("speaker_pooling", 1.0)
    model_parameters = {k: v for k, v in parameters.items() if k != "speaker_pooling"}
    started = time.perf_counter()
    cv = score(train_rows, out_of_fold(model_parameters, train_rows, splits), pooling,
               parameters.get("none_margin", 0.0))
    cv_seconds = time.perf_counter() - started
    started = time.perf_counter()
    fitted = StanceModel(**parameters).fit(train_rows)
    training_seconds = time.perf_counter() - started
    section: dict[str, Any] = {
        "rows": {"train": len(train_rows), "test": len(test_rows)},
        "folds": folds, "grouped_by": "article_id",
        "model": {"cross_validation": cv, "test": evaluate_model(fitted, test_rows),
                  "test_end_to_end": _end_to_end(fitted, test_rows)},
        "baselines": {},
        "training_seconds": training_seconds, "cross_validation_seconds": cv_seconds,
    }
    for name, baseline in BASELINES.items():
        section["baselines"][name] = {
            "cross_validation": _baseline_scores(baseline, train_rows, splits),
            "test": _baseline_scores(baseline, train_rows + test_rows,
                                     [(np.arange(len(train_rows)), np.arange(len(train_rows), len(train_rows)
                                                                             + len(test_rows)))]),
        }
    return section


def _end_to_end(model: StanceModel, rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """``analyze`` on the rows' articles (quotes and speakers found by the extractor), scored on their gold."""
    gold: dict[str, list[Mapping[str, Any]]] = {}
    texts: dict[str, str] = {}
    for row in rows:
        gold.setdefault(row["article_id"], []).append(row)
        texts[row["article_id"]] = row["article"]
    analysed = model.analyze_many([texts[article_id] for article_id in gold])
    return analysis_metrics(gold, dict(zip(gold, analysed, strict=True)))


def _baseline_scores(baseline: Any, rows: Sequence[Mapping[str, Any]],
                     splits: Sequence[tuple[np.ndarray, np.ndarray]]) -> dict[str, Any]:
    index = np.concatenate([test for _, test in splits])
    stance = np.empty(len(rows), dtype=object)
    argument = np.empty(len(rows), dtype=object)
    for train_index, test_index in splits:
        train_rows = [rows[i] for i in train_index]
        test_rows = [rows[i] for i in test_index]
        stance_model = baseline().fit(train_rows, [r["stance"] for r in train_rows])
        stance[test_index] = stance_model.predict(test_rows)
        if isinstance(stance_model, CueRuleBaseline):
            argument[test_index] = stance_model.predict_argument(test_rows, list(stance[test_index]))
        else:
            bearing = [r for r in train_rows if r["stance"] != "none"]
            inner = baseline().fit(bearing, [r["argument"] for r in bearing]).predict(test_rows)
            claim_first = np.asarray([[label == "claim", label != "claim"] for label in inner])
            argument[test_index] = argument_labels(list(stance[test_index]), claim_first)
    truth = [rows[i] for i in index]
    return {
        "stance": head_metrics([r["stance"] for r in truth], list(stance[index]), list(STANCE_LABELS),
                               BEARING_LABELS["stance"]),
        "argument": head_metrics([r["argument"] for r in truth], list(argument[index]), list(ARGUMENT_LABELS),
                                 BEARING_LABELS["argument"]),
    }


# --- SemEval-2016 Task 6A ----------------------------------------------------------------------------
def semeval_rows(path: Path, header: bool) -> list[dict[str, str]]:
    """Rows of an original SemEval-2016 Task 6 file (TSV, CRLF); the '#SemST' marker is removed."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    rows = []
    for line in lines[1:] if header else lines:
        if line.strip():
            identifier, target, tweet, stance = line.split("\t")[:4]
            rows.append({"id": identifier, "target": target, "text": tweet.replace("#SemST", "").strip(),
                         "stance": stance.strip().lower()})
    return rows


def semeval_section(root: Path, work: Path) -> dict[str, Any]:
    folder = (root / ".." / "shared" / "datasets" / "semeval2016_task6").resolve()
    if not folder.is_dir():
        return {"skipped": f"{folder} not found: the public benchmark needs ../shared/datasets"}
    import datasets

    train_file, test_file = work / "semeval_train.jsonl", work / "semeval_test.jsonl"
    for target_file, sources in ((train_file, [("trainingdata-all-annotations.txt", True),
                                               ("trialdata-all-annotations.txt", True)]),
                                 (test_file, [("testdata-taskA-all-annotations.txt", False)])):
        with target_file.open("w", encoding="utf-8") as out:
            for name, header in sources:
                for row in semeval_rows(folder / name, header):
                    out.write(json.dumps(row) + "\n")
    loaded = datasets.load_dataset("json", data_files={"train": str(train_file), "test": str(test_file)})
    started = time.perf_counter()
    model, card = train(load_recipe(root / "training" / "semeval.toml"), rows_path=train_file,
                        out=work / "semeval.joblib")
    seconds = time.perf_counter() - started
    test_rows = [dict(row) for row in loaded["test"]]
    metrics = evaluate_model(model, test_rows)["stance"]
    per_target = {}
    for target in sorted({row["target"] for row in test_rows}):
        subset = [row for row in test_rows if row["target"] == target]
        per_target[target] = evaluate_model(model, subset)["stance"]["f_avg"] * 100
    return {
        "train_tweets": loaded["train"].num_rows, "test_tweets": loaded["test"].num_rows,
        "pooled_f_avg": metrics["f_avg"] * 100, "published_svm_baseline": SEMEVAL_SVM_BASELINE,
        "macro_f1": metrics["macro_f1"], "accuracy": metrics["accuracy"], "ece": metrics.get("ece"),
        "per_target_f_avg": per_target,
        "cv_pooled_f_avg_train": card["metrics"]["cross_validation"]["stance"]["f_avg"] * 100,
        "hyperparameters": card["training"]["hyperparameters"], "training_seconds": seconds,
    }


# --- speed, memory, robustness -----------------------------------------------------------------------
def _typical_articles(data_dir: Path, size: int = 5000, count: int = 200) -> list[str]:
    """Article-sized texts (~5 KB) made by joining the seed set's real excerpts, each excerpt used once
    until all have been (a paragraph met twice would flatter the extractor's caches)."""
    texts = [row["text"] for _, row in read_jsonl(data_dir / "articles.jsonl")]
    generator = random.Random(0)
    order: list[str] = []
    articles = []
    for _ in range(count):
        pieces: list[str] = []
        while sum(len(p) for p in pieces) < size:
            if not order:
                order = generator.sample(texts, len(texts))
            pieces.append(order.pop())
        articles.append("\n\n".join(pieces)[: size + 1000])
    return articles


def _adversarial(size: int) -> str:
    """One giant paragraph full of unmatched and mixed quotation marks."""
    unit = 'He said "no “yes ” maybe\' «non» 「はい」 "" “ ” said the official, "and '
    return (unit * (size // len(unit) + 1))[:size]


def _same_names(size: int) -> str:
    """Thousands of short paragraphs naming the same few people, each quoting one by surname: every "Mest
    said" weighs every earlier mention unless the lookup is bounded."""
    unit = ('Otto Mest, an Arlandian who died in 2017, was named by Ada Mest. "We go," Mest said. The late Tor '
            'Mest spoke.\n\n')
    return (unit * (size // len(unit) + 1))[:size]


_SYLLABLES = ("ka", "lo", "mi", "ren", "tas", "vu", "bel", "dor", "fin", "gal", "hen", "jor", "kes", "lum", "nar",
              "pol", "quin", "ros", "sil", "tor")


def _many_names(size: int) -> str:
    """Thousands of short paragraphs, each naming people no other paragraph names and quoting one by a surname
    the text gives nowhere else: every lookup of a new word must not scan the whole mention table."""
    def name(number: int) -> str:
        return "".join(_SYLLABLES[number // 20 ** power % 20] for power in range(4)).title()

    paragraphs, total, number = [], 0, 0
    while total < size:
        paragraph = (f"{name(number)} {name(number + 1)} met {name(number + 2)} {name(number + 3)}. "
                     f'"We go," {name(number + 4)} said.\n\n')
        paragraphs.append(paragraph)
        total += len(paragraph)
        number += 5
    return "".join(paragraphs)[:size]


def _subprocess_seconds(command: list[str], repeats: int, stdin: bytes | None = None) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(command, input=stdin, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _streaming_peak(count: int, work: Path) -> dict[str, Any]:
    """Peak memory of ``stance analyze`` streaming ``count`` JSONL articles (a child process's max RSS)."""
    path = work / "stream.jsonl"
    sentence = ('“Human rights must be on the table,” said activist Kim Min-ji. Officials said the talks would '
                'focus on denuclearization first. ')
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps({"id": i, "text": sentence * (1 + i % 3)}) + "\n")
    code = ("import resource,sys,subprocess;"
            "p=subprocess.run([sys.executable,'-m','stance','analyze','--input-format','jsonl',sys.argv[1]],"
            "stdout=subprocess.DEVNULL,stderr=subprocess.PIPE);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    peak_kb, returncode = (int(x) for x in result.stdout.split())
    return {"articles": count, "peak_rss_mb": peak_kb / 1024, "seconds": seconds, "exit_status": returncode,
            "articles_per_second": count / seconds}


def _unseen_extraction_rate(articles: list[str], warm_up: int, chunks: int) -> float:
    """Articles per second of single passes over text the extractor has not met before (the median of
    ``chunks`` passes, after ``warm_up`` articles have filled the caches with the common names): repeating
    one set of articles would let the name caches answer every lookup of the second pass."""
    for article in articles[:warm_up]:
        extract_quotes(article)
    size = (len(articles) - warm_up) // chunks
    rates = []
    for index in range(chunks):
        chunk = articles[warm_up + index * size: warm_up + (index + 1) * size]
        started = time.perf_counter()
        for article in chunk:
            extract_quotes(article)
        rates.append(len(chunk) / (time.perf_counter() - started))
    return statistics.median(rates)


def speed_section(data_dir: Path, seed_article: str, quick: bool, work: Path) -> dict[str, Any]:
    repeats = 3 if quick else 5
    # about as many ~5 KB articles as the seed set's excerpts make without reusing one
    unseen = _typical_articles(data_dir, count=110 if quick else 450)
    articles = _typical_articles(data_dir, count=50 if quick else 300)
    model = load_model()
    records = read_seed_records(data_dir)
    batch = (records * (1 + 5000 // len(records)))[:5000]
    sizes = [1, 2, 4, 8]
    stress_repeats = 1 if quick else 3  # each stress text is large: fewer timed passes
    linear = {f"{mb}MB": _median_seconds(lambda mb=mb: extract_quotes(_adversarial(mb * 1_000_000)), stress_repeats)
              for mb in sizes}
    same_names = _median_seconds(lambda: extract_quotes(_same_names(1_000_000)), stress_repeats)
    many_names = _median_seconds(lambda: extract_quotes(_many_names(1_000_000)), stress_repeats)
    started = time.perf_counter()
    unseen_rate = _unseen_extraction_rate(unseen, warm_up=20 if quick else 90, chunks=3)
    extraction_time = _median_seconds(lambda: [extract_quotes(a) for a in articles], repeats)
    # each pass with the cue cache emptied: new quotes meet no remembered cue hits, as the batch's second pass would
    prediction_time = _median_seconds(lambda: (cue_hits.cache_clear(), model.predict_proba(batch)), repeats)
    analysis_time = _median_seconds(lambda: model.analyze_many(articles[:50]), repeats)
    single_time = _median_seconds(lambda: model.analyze(articles[0]), repeats * 3)
    python = [sys.executable]
    section = {
        "machine": _machine(),
        "typical_article_bytes": int(statistics.mean(len(a.encode()) for a in articles)),
        "extraction_articles_per_second": unseen_rate,
        "extraction_articles_per_second_repeated": len(articles) / extraction_time,
        "prediction_quotes_per_second": len(batch) / prediction_time,
        "end_to_end_articles_per_second": 50 / analysis_time,
        "analyze_one_article_ms": single_time * 1000,
        "adversarial_1mb_seconds": linear["1MB"],
        "adversarial_seconds_by_size": linear,
        "same_names_1mb_seconds": same_names,
        "many_names_1mb_seconds": many_names,
        "model_size_mb": (default_model_path() / "model.joblib").stat().st_size / 1e6,
        "compiled_model_size_mb": sum((default_model_path() / name).stat().st_size
                                      for name in ("inference.json", "inference.npz")) / 1e6,
        "import_seconds": _subprocess_seconds(python + ["-c", "import stance"], repeats),
        "cold_start_analyze_seconds": _subprocess_seconds(python + ["-m", "stance", "analyze", seed_article],
                                                          repeats),
        "peak_rss_mb_benchmark_process": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "streaming": _streaming_peak(10_000 if quick else 100_000, work),
        "seconds": 0.0,
    }
    section["seconds"] = time.perf_counter() - started
    return section


# --- thresholds and reports ------------------------------------------------------------------------
def _lookup(report: Mapping[str, Any], dotted: str) -> Any:
    value: Any = report
    for key in dotted.split("."):
        if not isinstance(value, Mapping) or key not in value:
            return None
        value = value[key]
    return value


def check_thresholds(report: Mapping[str, Any], thresholds: Mapping[str, float]) -> list[str]:
    """The names of the quality figures that fell below their floor (or are missing)."""
    failures = []
    for dotted, floor in thresholds.items():
        value = _lookup(report, dotted)
        if value is None:
            if not dotted.startswith("semeval.") or "skipped" not in report.get("semeval", {}):
                failures.append(f"{dotted}: missing from the report (floor {floor})")
        elif value < floor:
            failures.append(f"{dotted} = {value:.4f} is below its floor {floor}")
    return failures


def summary_rows(report: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(figure, value, comparison) rows of the headline table."""
    cls = report["classification"]
    rows = [
        ("quote precision / recall", f"{report['extraction']['precision']:.3f} / {report['extraction']['recall']:.3f}",
         f"{report['extraction']['gold_quotes']} gold quotes, {report['extraction']['articles']} articles"),
        ("speaker accuracy", f"{report['extraction']['speaker_accuracy']:.3f}", "matched quotes"),
    ]
    robustness = report["extraction"].get("robustness", {})
    if robustness:
        worst = min(robustness, key=lambda name: robustness[name]["recall"] * robustness[name]["speaker_accuracy"])
        rows.append(("recall / speaker, reformatted gold (worst)",
                     f"{robustness[worst]['recall']:.3f} / {robustness[worst]['speaker_accuracy']:.3f}",
                     f"{worst.replace('_', ' ')}, the worst of: " + ", ".join(robustness).replace("_", " ")))
    for head in ("stance", "argument"):
        model_cv = cls["model"]["cross_validation"][head]["macro_f1"]
        model_test = cls["model"]["test"][head]["macro_f1"]
        tfidf = cls["baselines"]["tfidf_quote_only"]["cross_validation"][head]["macro_f1"]
        rule = cls["baselines"]["cue_rule"]["cross_validation"][head]["macro_f1"]
        majority = cls["baselines"]["majority"]["cross_validation"][head]["macro_f1"]
        rows.append((f"{head} macro-F1 (CV / test)", f"{model_cv:.3f} / {model_test:.3f}",
                     f"TF-IDF {tfidf:.3f}, cue rule {rule:.3f}, majority {majority:.3f} (CV)"))
    end_to_end = cls["model"]["test_end_to_end"]
    rows.append(("stance / argument macro-F1, end to end (test)",
                 f"{end_to_end['stance']['macro_f1']:.3f} / {end_to_end['argument']['macro_f1']:.3f}",
                 f"`analyze` on the test articles: the extractor's quotes and speakers; the "
                 f"{end_to_end['gold_quotes'] - end_to_end['matched']} of {end_to_end['gold_quotes']} gold quotes "
                 "it missed count as none"))
    rows.append(("stance ECE (CV)", f"{cls['model']['cross_validation']['stance'].get('ece', float('nan')):.3f}",
                 "expected calibration error"))
    semeval = report.get("semeval", {})
    if "pooled_f_avg" in semeval:
        rows.append(("SemEval-2016 6A pooled F_avg", f"{semeval['pooled_f_avg']:.2f}",
                     f"published SVM baseline {SEMEVAL_SVM_BASELINE}"))
    else:
        rows.append(("SemEval-2016 6A pooled F_avg", "skipped", semeval.get("skipped", "")))
    speed = report["speed"]
    rows += [
        ("extraction", f"{speed['extraction_articles_per_second']:.0f} articles/s",
         f"~{speed['typical_article_bytes'] / 1000:.1f} KB articles it has not seen, one core (the same articles "
         f"a second time: {speed['extraction_articles_per_second_repeated']:.0f} articles/s)"),
        ("prediction", f"{speed['prediction_quotes_per_second']:.0f} quotes/s", "batch, all features"),
        ("end to end", f"{speed['end_to_end_articles_per_second']:.0f} articles/s",
         f"analyze_many, 50 articles a call; one article alone {speed['analyze_one_article_ms']:.0f} ms"),
        ("1 MB adversarial input", f"{speed['adversarial_1mb_seconds']:.2f} s",
         "sizes 1/2/4/8 MB: " + ", ".join(f"{v:.2f}" for v in speed["adversarial_seconds_by_size"].values()) + " s"),
        ("1 MB of paragraphs naming the same people", f"{speed['same_names_1mb_seconds']:.2f} s",
         "some 9,000 short paragraphs, each quoting one of three people by their shared surname"),
        ("1 MB of paragraphs naming different people", f"{speed['many_names_1mb_seconds']:.2f} s",
         "some 12,000 short paragraphs, each naming four new people and quoting a fifth by a surname found nowhere "
         "else"),
        ("cold start `stance analyze`", f"{speed['cold_start_analyze_seconds']:.2f} s",
         f"import stance {speed['import_seconds']:.2f} s"),
        ("model size", f"{speed['model_size_mb']:.1f} MB",
         f"stance/models/default/model.joblib; compiled form (what loads) {speed['compiled_model_size_mb']:.1f} MB"),
        ("training (seed set)", f"{cls['training_seconds']:.1f} s", f"{cls['rows']['train']} quotes"),
        ("streaming peak memory", f"{speed['streaming']['peak_rss_mb']:.0f} MB",
         f"{speed['streaming']['articles']} JSONL articles through `stance analyze`"),
    ]
    return rows


def render_markdown(report: Mapping[str, Any]) -> str:
    lines = ["# stance benchmark report", "",
             f"Machine: {report['speed']['machine']['cpu']}, {report['speed']['machine']['cores']} cores, "
             f"Python {report['speed']['machine']['python']}. Generated by `stance benchmark`; do not edit.", "",
             "| figure | value | compared with |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in summary_rows(report)]
    cls = report["classification"]
    lines += ["", "## Classification (seed set, CV grouped by article on the training split)", "",
              "| system | stance macro-F1 | stance F_avg | argument macro-F1 | stance accuracy |",
              "|---|---|---|---|---|"]
    systems = {"model": cls["model"]["cross_validation"]} | {
        name: figures["cross_validation"] for name, figures in cls["baselines"].items()}
    for name, figures in systems.items():
        lines.append(f"| {name} | {figures['stance']['macro_f1']:.3f} | {figures['stance']['f_avg']:.3f} | "
                     f"{figures['argument']['macro_f1']:.3f} | {figures['stance']['accuracy']:.3f} |")
    lines += ["", "Per class (model, CV):", ""]
    for head in ("stance", "argument"):
        figures = cls["model"]["cross_validation"][head]
        for label, values in figures["per_class"].items():
            lines.append(f"- {head} `{label}`: precision {values['precision']:.3f}, recall {values['recall']:.3f}, "
                         f"F1 {values['f1']:.3f} (n={values['support']})")
        lines.append(f"- {head} confusion (rows = truth, columns = predicted, order {figures['confusion']['labels']}):"
                     f" {figures['confusion']['matrix']}")
    extraction = report["extraction"]
    lines += ["", "## Extraction", "",
              f"F1 {extraction['f1']:.3f}; kind accuracy {extraction['kind_accuracy']:.3f}; recall by kind: "
              + ", ".join(f"{k} {v:.3f}" for k, v in extraction["recall_by_kind"].items()), ""]
    if extraction.get("robustness"):
        lines += ["The same gold reformatted (same words and marks to a reader):", "",
                  "| reformatting | precision | recall | speaker | kind |", "|---|---|---|---|---|"]
        lines += [f"| {name.replace('_', ' ')} | {f['precision']:.3f} | {f['recall']:.3f} | {f['speaker_accuracy']:.3f}"
                  f" | {f['kind_accuracy']:.3f} |"
                  for name, f in [("none", extraction), *extraction["robustness"].items()]] + [""]
    if report.get("threshold_failures"):
        lines += ["## Below threshold", ""] + [f"- {failure}" for failure in report["threshold_failures"]]
    return "\n".join(lines) + "\n"


SECTIONS = ("extraction", "classification", "semeval", "speed")


def run(root: Path, out: Path, quick: bool = False, thresholds_file: Path | None = None,
        only: Sequence[str] = SECTIONS) -> int:
    """Run the sections, write both reports, print the summary; 1 if a quality floor is broken.

    A partial run (``only``) checks the floors of its own sections and leaves the README alone.
    """
    unknown = set(only) - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown benchmark section(s) {sorted(unknown)}; choose from {', '.join(SECTIONS)}")
    root = root.resolve()
    data_dir = root / "data"
    card = read_card(default_model_path())
    parameters = {k: v for k, v in card["training"]["hyperparameters"].items()}
    seed_article = str(Path(__file__).resolve().parent / "resources" / "example_article.txt")
    report: dict[str, Any] = {"version": 1, "quick": quick, "sections": list(only)}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        if "speed" in only:  # first, while the heap is small: later sections leave models for the GC to scan
            report["speed"] = speed_section(data_dir, seed_article, quick, work)
        if "extraction" in only:
            report["extraction"] = extraction_section(data_dir)
        if "classification" in only:
            report["classification"] = classification_section(data_dir, parameters)
        if "semeval" in only:
            report["semeval"] = semeval_section(root, work)
    report = {key: report[key] for key in ("version", "quick", "sections", *SECTIONS) if key in report}
    thresholds_path = thresholds_file or root / "benchmarks" / "thresholds.toml"
    thresholds = {}
    if thresholds_path.is_file():
        thresholds = {name: floor for name, floor in _flatten(tomllib.loads(thresholds_path.read_text(
            encoding="utf-8"))).items() if name.split(".")[0] in only}
    report["threshold_failures"] = check_thresholds(report, thresholds)
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=2, default=float) + "\n", encoding="utf-8")
    complete = set(only) == set(SECTIONS)
    if complete:
        (out / "report.md").write_text(render_markdown(report), encoding="utf-8")
        update_readme(root / "README.md", report)
        width = max(len(a) for a, _, _ in summary_rows(report))
        print("stance benchmark summary")
        for figure, value, comparison in summary_rows(report):
            print(f"  {figure:{width}}  {value:>22}  {comparison}")
    else:
        for name, floor in thresholds.items():
            print(f"  {name} = {_lookup(report, name):.4f} (floor {floor})")
    for failure in report["threshold_failures"]:
        print(f"BELOW THRESHOLD: {failure}", file=sys.stderr)
    print(f"reports: {out / 'report.json'}" + (f", {out / 'report.md'}" if complete else ""))
    return 1 if report["threshold_failures"] else 0


def update_readme(readme: Path, report: Mapping[str, Any]) -> None:
    """Regenerate the README's headline table (between its benchmark markers) from this run."""
    start, end = "<!-- benchmark:start -->", "<!-- benchmark:end -->"
    if not readme.is_file():
        return
    text = readme.read_text(encoding="utf-8")
    if start not in text or end not in text:
        return
    machine = report["speed"]["machine"]
    table = [start, f"Measured by `stance benchmark` on {machine['cpu']} ({machine['cores']} cores); "
             "full report: [benchmarks/results/report.md](benchmarks/results/report.md).", "",
             "| figure | value | compared with |", "|---|---|---|"]
    table += [f"| {a} | {b} | {c} |" for a, b, c in summary_rows(report)] + [end]
    before, rest = text.split(start, 1)
    readme.write_text(before + "\n".join(table) + rest.split(end, 1)[1], encoding="utf-8")


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, float]:
    flat: dict[str, float] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = float(value)
    return flat
