"""Training: recipes, hyper-parameter search by cross-validation grouped by article, metrics, the card.

A recipe is a TOML file (see ``training/default.toml``)::

    [model]       name, target, out (where the model goes)
    [data]        seed_set = "DIR" (articles.jsonl + quotes.jsonl) or rows = "FILE.jsonl"; refit_on
    [parameters]  fixed StanceModel parameters
    [search]      folds, select_by, jobs (configurations cross-validated at once, each in its own
                  process), and [search.grid]: lists of values to try

Only the training split is ever searched over: the seed set's held-out test split is scored once, after
the choice, and reported. ``speaker_pooling`` and ``none_margin`` are searched post hoc on the same
out-of-fold probabilities.
"""
from __future__ import annotations

import itertools
import time
import tomllib
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from joblib import Parallel, delayed

from stance.data import DataError, article_folds, file_hash, load_labelled_rows, read_seed_records, seed_set_hash
from stance.evaluate import BEARING_LABELS, head_metrics
from stance.model import StanceModel, argument_labels, combine_argument, pool_by_speaker, stance_decisions
from stance.records import ARGUMENT_LABELS, STANCE_LABELS
from stance.store import save_model

RECIPE_SECTIONS = {"model", "data", "parameters", "search"}
SELECT_BY = ("macro_f1", "f_avg", "macro_f1_both_heads")
POST_HOC = {"speaker_pooling": 0.5, "none_margin": 0.0}  # searched on out-of-fold probabilities, no refit
DEFAULT_RECIPE = Path(__file__).resolve().parent / "resources" / "rows_recipe.toml"


class RecipeError(ValueError):
    """A recipe that cannot be used; the message names the file and the key."""


def load_recipe(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    try:
        recipe = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise RecipeError(f"{path}: cannot read: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise RecipeError(f"{path}: not valid TOML: {error}") from None
    unknown = set(recipe) - RECIPE_SECTIONS
    if unknown:
        raise RecipeError(f"{path}: unknown section(s) {sorted(unknown)}; expected {sorted(RECIPE_SECTIONS)}")
    allowed = set(StanceModel().get_params())
    for section in ("parameters", "search.grid"):
        values = recipe.get("parameters", {}) if section == "parameters" else recipe.get("search", {}).get("grid", {})
        for key, value in values.items():
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                raise RecipeError(f"{path}: [{section}] {key}: not a StanceModel parameter ({known})")
            if section == "search.grid" and (not isinstance(value, list) or not value):
                raise RecipeError(f"{path}: [search.grid] {key}: expected a non-empty list of values")
    jobs = recipe.get("search", {}).get("jobs", 1)
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise RecipeError(f"{path}: [search] jobs: expected a whole number >= 1, got {jobs!r}")
    select_by = recipe.get("search", {}).get("select_by", "macro_f1")
    if select_by not in SELECT_BY:
        raise RecipeError(f"{path}: [search] select_by: {select_by!r} is not one of {SELECT_BY}")
    recipe["_path"] = str(path)
    return recipe


def _grid(recipe: Mapping[str, Any]) -> list[dict[str, Any]]:
    grid = dict(recipe.get("search", {}).get("grid", {}))
    for post_hoc in POST_HOC:
        grid.pop(post_hoc, None)
    keys = sorted(grid)
    return [dict(zip(keys, values, strict=True)) for values in itertools.product(*(grid[k] for k in keys))] or [{}]


def _folds(rows: Sequence[Mapping[str, Any]], n_splits: int) -> list[tuple[np.ndarray, np.ndarray]]:
    groups = [str(row.get("article_id") or row.get("id") or i) for i, row in enumerate(rows)]
    try:
        return article_folds(groups, n_splits)
    except DataError as error:
        raise DataError(f"training data: {error}") from None


def out_of_fold(params: Mapping[str, Any], rows: Sequence[Mapping[str, Any]],
                folds: Sequence[tuple[np.ndarray, np.ndarray]]) -> dict[str, Any]:
    """Out-of-fold stance probabilities (and argument probabilities) of one configuration, unpooled."""
    model = StanceModel(**{**params, "speaker_pooling": 1.0})
    stance_proba: np.ndarray | None = None
    argument_proba: np.ndarray | None = None
    classes = None
    has_argument = rows[0].get("argument") is not None
    for train, test in folds:
        fitted = model.fit([rows[i] for i in train])
        held_out = [rows[i] for i in test]
        proba = fitted.predict_proba(held_out)
        if classes is None:
            classes = list(fitted.classes_)
            stance_proba = np.zeros((len(rows), len(classes)))
            argument_proba = np.zeros((len(rows), len(ARGUMENT_LABELS))) if has_argument else None
        if list(fitted.classes_) != classes:
            raise DataError(f"a fold lacks a stance class ({sorted(set(classes) ^ set(fitted.classes_))}): "
                            "too few examples of it for the requested number of folds")
        stance_proba[test] = proba
        if argument_proba is not None:
            argument = fitted.argument_proba(held_out, proba)
            if argument is not None:
                argument_proba[test] = argument
    return {"classes": classes, "stance": stance_proba, "argument": argument_proba}


def score(rows: Sequence[Mapping[str, Any]], predictions: Mapping[str, Any], pooling: float,
          none_margin: float = 0.0) -> dict[str, Any]:
    """Metrics of out-of-fold predictions after speaker pooling, labelled with ``none_margin``."""
    classes = predictions["classes"]
    stance_proba = pool_by_speaker(rows, predictions["stance"], pooling)
    argument_proba = None
    if predictions["argument"] is not None:
        none = stance_proba[:, classes.index("none")] if "none" in classes else np.zeros(len(rows))
        bearing = predictions["argument"][:, :2]
        claim = bearing[:, 0] / np.maximum(bearing.sum(axis=1), 1e-12)  # P(claim | stance-bearing), unpooled
        argument_proba = combine_argument(none, claim)
    return _head_figures(rows, classes, stance_proba, argument_proba, none_margin)


def _head_figures(rows: Sequence[Mapping[str, Any]], classes: Sequence[str], stance_proba: np.ndarray,
                  argument_proba: np.ndarray | None, none_margin: float) -> dict[str, Any]:
    """Metrics of both heads from their probabilities (labels as the model decides; argument follows)."""
    labels = [label for label in STANCE_LABELS if label in classes or any(r["stance"] == label for r in rows)]
    stance_labels = stance_decisions(classes, stance_proba, none_margin)
    result = {"stance": head_metrics([r["stance"] for r in rows], stance_labels, labels, BEARING_LABELS["stance"],
                                     stance_proba, classes)}
    if argument_proba is not None and all(r.get("argument") is not None for r in rows):
        result["argument"] = head_metrics([r["argument"] for r in rows], argument_labels(stance_labels, argument_proba),
                                          list(ARGUMENT_LABELS), BEARING_LABELS["argument"], argument_proba,
                                          list(ARGUMENT_LABELS))
    return result


def _selection_value(metrics: Mapping[str, Any], select_by: str) -> float:
    if select_by == "macro_f1_both_heads" and "argument" in metrics:
        return (metrics["stance"]["macro_f1"] + metrics["argument"]["macro_f1"]) / 2
    return metrics["stance"]["f_avg" if select_by == "f_avg" else "macro_f1"]


def _timed_out_of_fold(params: Mapping[str, Any], rows: Sequence[Mapping[str, Any]],
                       folds: Sequence[tuple[np.ndarray, np.ndarray]]) -> tuple[dict[str, Any], float]:
    started = time.perf_counter()
    return out_of_fold(params, rows, folds), time.perf_counter() - started


def search(recipe: Mapping[str, Any], rows: Sequence[Mapping[str, Any]], log: Any = None,
           jobs: int | None = None) -> dict[str, Any]:
    """Try every grid configuration by grouped CV on ``rows``; return the best and the whole table.

    ``jobs`` (default: the recipe's ``[search] jobs``, else 1) configurations run at once, each in its own
    process; the results, and the choice among equals (the first in grid order), do not depend on it.
    """
    base = dict(recipe.get("parameters", {}))
    search_section = recipe.get("search", {})
    folds = _folds(rows, int(search_section.get("folds", 5)))
    select_by = search_section.get("select_by", "macro_f1")
    grid = search_section.get("grid", {})
    post_hoc = list(itertools.product(*(grid.get(name, [base.get(name, default)])
                                        for name, default in POST_HOC.items())))
    configs = _grid(recipe)
    jobs = jobs or int(search_section.get("jobs", 1))
    runs = Parallel(n_jobs=min(jobs, len(configs)), return_as="generator")(
        delayed(_timed_out_of_fold)({**base, **config}, rows, folds) for config in configs)
    table, best = [], None
    for config, (predictions, seconds) in zip(configs, runs, strict=True):
        for pooling, margin in post_hoc:
            metrics = score(rows, predictions, pooling, margin)
            value = _selection_value(metrics, select_by)
            chosen = {**config, "speaker_pooling": pooling, "none_margin": margin}
            entry = {"parameters": chosen, select_by: round(value, 4),
                     "stance_macro_f1": round(metrics["stance"]["macro_f1"], 4), "seconds": round(seconds, 2)}
            if "argument" in metrics:
                entry["argument_macro_f1"] = round(metrics["argument"]["macro_f1"], 4)
            table.append(entry)
            if log:
                log(f"  {entry}")
            if best is None or value > best[0]:
                best = (value, {**base, **chosen}, metrics)
    assert best is not None
    return {"parameters": best[1], "cv_metrics": best[2], "table": table, "select_by": select_by,
            "folds": len(folds)}


def _label_counts(rows: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, int]]:
    counts = {"stance": dict(Counter(row["stance"] for row in rows))}
    if rows and rows[0].get("argument") is not None:
        counts["argument"] = dict(Counter(row["argument"] for row in rows))
    return counts


def evaluate_model(model: StanceModel, rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Metrics of a fitted model on labelled rows (what ``stance evaluate`` prints)."""
    stance_proba = model.predict_proba(rows)
    return _head_figures(rows, [str(c) for c in model.classes_], stance_proba, model.argument_proba(rows, stance_proba),
                         model.none_margin)


def _resolve(recipe: Mapping[str, Any], value: str) -> Path:
    path = Path(value)
    return path if path.is_absolute() else Path(recipe["_path"]).resolve().parent / path


def train(recipe: Mapping[str, Any], rows_path: str | Path | None = None, out: str | Path | None = None,
          log: Any = None, jobs: int | None = None) -> tuple[StanceModel, dict[str, Any]]:
    """Run a recipe: search on the training split, score the test split once, refit, save with a card.

    ``rows_path`` (``stance train --data``) replaces the recipe's data with a labelled-rows file; such
    data has no held-out split, so its card reports cross-validated figures only. ``jobs`` overrides the
    recipe's ``[search] jobs``.
    """
    data = recipe.get("data", {})
    if rows_path is not None:
        train_rows, test_rows = load_labelled_rows(rows_path), []
        data_record = {"rows": str(rows_path), "sha256": file_hash(rows_path)}
    elif "seed_set" in data:
        directory = _resolve(recipe, data["seed_set"])
        records = read_seed_records(directory)
        train_rows = [r for r in records if r["split"] == "train"]
        test_rows = [r for r in records if r["split"] == "test"]
        data_record = {"seed_set": str(data["seed_set"]), "sha256": seed_set_hash(directory)}
    elif "rows" in data:
        path = _resolve(recipe, data["rows"])
        train_rows, test_rows = load_labelled_rows(path), []
        data_record = {"rows": str(data["rows"]), "sha256": file_hash(path)}
    else:
        raise RecipeError(f"{recipe['_path']}: [data] needs seed_set = DIR or rows = FILE (or use --data)")
    target = recipe.get("model", {}).get("target", "")
    started = time.perf_counter()
    chosen = search(recipe, train_rows, log, jobs)
    parameters = {**chosen["parameters"], "target": target}
    metrics: dict[str, Any] = {"cross_validation": chosen["cv_metrics"]}
    if test_rows:
        metrics["test"] = evaluate_model(StanceModel(**parameters).fit(train_rows), test_rows)
    refit_on = data.get("refit_on", "all")
    final_rows = train_rows + test_rows if refit_on == "all" else train_rows
    model = StanceModel(**parameters).fit(final_rows)
    card = {
        "name": recipe.get("model", {}).get("name", "model"),
        "target": target,
        "recipe": {k: v for k, v in recipe.items() if not k.startswith("_")},
        "training": {"data": data_record, "rows": {"train": len(train_rows), "test": len(test_rows),
                                                   "fitted_on": len(final_rows)},
                     "refit_on": refit_on, "label_counts": _label_counts(final_rows),
                     "hyperparameters": {k: v for k, v in parameters.items() if k != "target"},
                     "selection": {"select_by": chosen["select_by"], "folds": chosen["folds"],
                                   "grouped_by": "article_id", "table": chosen["table"]},
                     "seconds": round(time.perf_counter() - started, 1)},
        "metrics": metrics,
    }
    destination = out if out is not None else recipe.get("model", {}).get("out")
    if destination is None:
        raise RecipeError(f"{recipe['_path']}: [model] out is not set and no --out was given")
    destination = Path(destination) if out is not None else _resolve(recipe, str(destination))
    card = save_model(model, destination, card)
    model.card_ = card
    return model, card
