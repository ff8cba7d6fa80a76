"""Metrics for classification heads and for quote extraction.

``head_metrics`` gives what ``stance evaluate`` prints and the benchmark records for each head: macro-F1,
F_avg (the SemEval-2016 metric: mean F1 of the two stance-bearing labels), accuracy, per-class
precision/recall/F1, the confusion matrix and the expected calibration error. ``analysis_metrics`` scores what
a user gets from ``analyze``: labels of the quotes the extractor found, with the speakers it found.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

from stance.records import ARGUMENT_LABELS, STANCE_LABELS, Quote

BEARING_LABELS = {"stance": ("favor", "against"), "argument": ("claim", "premise")}


def expected_calibration_error(y_true: Sequence[str], proba: np.ndarray, classes: Sequence[str],
                               bins: int = 10) -> float:
    """ECE of the top-label confidence: the mean |accuracy - confidence| over equal-width bins."""
    proba = np.asarray(proba, dtype=float)
    if len(proba) == 0:
        return 0.0
    confidence = proba.max(axis=1)
    predicted = np.asarray(classes, dtype=object)[proba.argmax(axis=1)]
    correct = predicted == np.asarray(y_true, dtype=object)
    edges = np.linspace(0.0, 1.0, bins + 1)
    error = 0.0
    for low, high in zip(edges[:-1], edges[1:], strict=True):
        inside = (confidence > low) & (confidence <= high)
        if inside.any():
            error += inside.mean() * abs(correct[inside].mean() - confidence[inside].mean())
    return float(error)


def head_metrics(y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str],
                 bearing: Sequence[str], proba: np.ndarray | None = None,
                 proba_classes: Sequence[str] | None = None) -> dict[str, Any]:
    """All figures of one head; ``bearing`` names the labels averaged into ``f_avg``."""
    y_true, y_pred = list(y_true), list(y_pred)
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, y_pred, labels=list(labels), zero_division=0)
    present_bearing = [label for label in bearing if label in labels]
    result: dict[str, Any] = {
        "n": len(y_true),
        "macro_f1": float(f1_score(y_true, y_pred, labels=list(labels), average="macro", zero_division=0)),
        "f_avg": float(f1_score(y_true, y_pred, labels=present_bearing, average="macro", zero_division=0)),
        "accuracy": float(accuracy_score(y_true, y_pred)) if y_true else 0.0,
        "per_class": {label: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
                      for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)},
        "confusion": {"labels": list(labels),
                      "matrix": confusion_matrix(y_true, y_pred, labels=list(labels)).tolist()},
    }
    if proba is not None and proba_classes is not None:
        result["ece"] = expected_calibration_error(y_true, proba, proba_classes)
    return result


# --- extraction -----------------------------------------------------------------------------------
def normalise_speaker(name: str | None) -> str:
    """Case, accents, punctuation and a leading article folded; letters of every script kept, so that two
    Korean names differ as two English ones do.

    >>> normalise_speaker("Ji Seong-ho") == normalise_speaker("ji seong ho")
    True
    >>> normalise_speaker("Tomás Ojea Quintana"), normalise_speaker("김보근") == normalise_speaker("정동영")
    ('tomas ojea quintana', False)
    """
    decomposed = unicodedata.normalize("NFKD", name or "")
    text = unicodedata.normalize("NFC", "".join(char for char in decomposed if not unicodedata.combining(char)))
    text = re.sub(r"[^\w\s]|_", " ", text.lower())
    text = re.sub(r"^(the|a|an) ", "", text.strip())
    return " ".join(text.split())


def extraction_metrics(gold: Mapping[str, Sequence[Mapping[str, Any]]],
                       predicted: Mapping[str, Sequence[Quote]]) -> dict[str, Any]:
    """Quote precision/recall/F1 (a quote counts when its span matches exactly), speaker and kind
    accuracy over the matched quotes, and recall per gold kind."""
    tp = fp = fn = speaker_ok = kind_ok = 0
    per_kind: dict[str, list[int]] = {}
    for article_id, gold_quotes in gold.items():
        found = {(q.start, q.end): q for q in predicted.get(article_id, [])}
        expected = {(q["start"], q["end"]): q for q in gold_quotes}
        for span, quote in expected.items():
            hit = span in found
            per_kind.setdefault(quote["kind"], [0, 0])[0 if hit else 1] += 1
            if not hit:
                fn += 1
                continue
            tp += 1
            speaker_ok += normalise_speaker(found[span].speaker) == normalise_speaker(quote.get("speaker"))
            kind_ok += found[span].kind == quote["kind"]
        fp += sum(1 for span in found if span not in expected)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "articles": len(gold),
        "gold_quotes": tp + fn,
        "predicted_quotes": tp + fp,
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "speaker_accuracy": speaker_ok / tp if tp else 0.0,
        "kind_accuracy": kind_ok / tp if tp else 0.0,
        "recall_by_kind": {kind: hits / (hits + misses) for kind, (hits, misses) in sorted(per_kind.items())},
    }


def analysis_metrics(gold: Mapping[str, Sequence[Mapping[str, Any]]],
                     analysed: Mapping[str, Sequence[Quote]]) -> dict[str, Any]:
    """Both heads scored on every gold quote from ``analyze`` output (extracted quotes, extracted speakers).

    A gold quote is matched by its exact span; one the extractor missed counts as labelled ``none`` (the user
    never sees it), so the figures fold extraction and attribution errors into the labels' own.
    """
    truth: dict[str, list[str]] = {"stance": [], "argument": []}
    labelled: dict[str, list[str]] = {"stance": [], "argument": []}
    matched = 0
    for article_id, gold_quotes in gold.items():
        found = {(q.start, q.end): q for q in analysed.get(article_id, [])}
        for row in gold_quotes:
            quote = found.get((row["start"], row["end"]))
            matched += quote is not None
            for head in truth:
                truth[head].append(row[head])
                labelled[head].append((getattr(quote, head) if quote is not None else None) or "none")
    labels = {"stance": STANCE_LABELS, "argument": ARGUMENT_LABELS}
    result: dict[str, Any] = {"gold_quotes": len(truth["stance"]), "matched": matched}
    for head in truth:
        result[head] = head_metrics(truth[head], labelled[head], list(labels[head]), BEARING_LABELS[head])
    return result
