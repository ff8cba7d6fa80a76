"""The stance model: a stance head and an argument head over the feature pipeline.

* **Stance head**: features (optionally conjoined with the target, so one model serves many targets)
  -> a linear classifier -> sigmoid calibration, fitted on folds grouped by article.
* **Argument head**: claim vs premise, fitted on the stance-bearing statements only. Its probabilities are
  combined with the stance head's, so that ``P(argument = none) == P(stance = none)`` and the two labels
  never contradict each other.
* **Speaker pooling**: the probabilities of quotes by the same speaker in the same article are mixed, since
  a speaker rarely changes sides within one story (``speaker_pooling`` is the weight of the quote's own).
* **Decision**: the label is the likeliest stance, except that ``none`` must lead the likeliest
  stance-bearing label by ``none_margin`` (chosen by grouped cross-validation; probabilities are unchanged).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin, clone
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_is_fitted

from stance.data import article_folds
from stance.features import (
    FEATURE_FAMILIES,
    CueLexicon,
    CuePairs,
    OncePerText,
    build_features,
    normalise_for_features,
)
from stance.inference import (  # re-exported: the decision helpers are part of this module's interface
    CompiledModel,
    Predictor,
    argument_labels,
    article_rows,
    as_records,
    combine_argument,
    pool_by_speaker,
    softmax_with_temperature,
    stance_decisions,
)

__all__ = ["StanceModel", "TargetConjoined", "TemperatureCalibrated", "argument_labels", "article_rows",
           "combine_argument", "compile_model", "pool_by_speaker", "stance_decisions"]

BEARING = ("favor", "against")


class TargetConjoined(TransformerMixin, BaseEstimator):
    """Shared features plus one copy per target seen in training ("frustratingly easy" adaptation).

    With a single target (or none) it is the inner feature union unchanged. A target unseen in training
    gets the shared copy only.
    """

    def __init__(self, features: FeatureUnion | None = None, field: str = "target", shared_weight: float = 0.7):
        self.features = features
        self.field = field
        self.shared_weight = shared_weight

    def fit(self, X: Sequence[Mapping[str, Any]], y: Any = None) -> TargetConjoined:
        self.features_ = clone(self.features if self.features is not None else build_features()).fit(X, y)
        targets = sorted({str(record.get(self.field) or "") for record in X})
        self.targets_ = targets if len(targets) > 1 else []
        return self

    def transform(self, X: Sequence[Mapping[str, Any]]) -> sp.csr_matrix:
        check_is_fitted(self, "features_")
        matrix = sp.csr_matrix(self.features_.transform(X))
        if not self.targets_:
            return matrix
        values = np.asarray([str(record.get(self.field) or "") for record in X], dtype=object)
        blocks = [matrix * self.shared_weight]
        for target in self.targets_:
            blocks.append(sp.diags((values == target).astype(np.float64)) @ matrix)
        return sp.hstack(blocks, format="csr")

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "features_")
        names = self.features_.get_feature_names_out()
        if not self.targets_:
            return names
        return np.concatenate([names] + [np.asarray([f"[{t}] {n}" for n in names], dtype=object)
                                         for t in self.targets_])


class TemperatureCalibrated(ClassifierMixin, BaseEstimator):
    """A linear classifier whose probabilities are ``softmax(decision / T)``, ``T`` fitted by log-loss on
    out-of-fold decision scores. Unlike per-class sigmoids it never changes which label is predicted.

    ``cv`` is a fold count or a list of (train, test) index pairs (folds grouped by article).
    """

    def __init__(self, estimator: Any = None, cv: Any = 5) -> None:
        self.estimator = estimator
        self.cv = cv

    def fit(self, X: Any, y: Sequence[str]) -> TemperatureCalibrated:
        y = np.asarray(y, dtype=object)
        base = self.estimator if self.estimator is not None else LogisticRegression(max_iter=5000)
        self.classes_ = np.unique(y)
        folds = self.cv if not isinstance(self.cv, int) else _folds(y, None, self.cv)
        scores = np.zeros((len(y), len(self.classes_)))
        covered = np.zeros(len(y), dtype=bool)
        for train, test in folds:
            fold_model = clone(base).fit(X[train], y[train])
            if len(fold_model.classes_) == len(self.classes_):
                scores[test] = _scores(fold_model, X[test])
                covered[test] = True
        self.temperature_ = _fit_temperature(scores[covered], y[covered], self.classes_)
        self.estimator_ = clone(base).fit(X, y)
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "estimator_")
        return _scores(self.estimator_, X)

    def predict_proba(self, X: Any) -> np.ndarray:
        return softmax_with_temperature(self.decision_function(X), self.temperature_)

    def predict(self, X: Any) -> np.ndarray:
        return self.classes_[self.decision_function(X).argmax(axis=1)]


def _scores(estimator: Any, X: Any) -> np.ndarray:
    """Decision scores with one column per class (a binary score becomes ``[-s/2, s/2]``)."""
    scores = np.asarray(estimator.decision_function(X), dtype=float)
    return np.column_stack([-scores / 2, scores / 2]) if scores.ndim == 1 else scores


def _fit_temperature(scores: np.ndarray, y: np.ndarray, classes: np.ndarray) -> float:
    """The temperature minimising the negative log-likelihood, searched on a log grid then refined."""
    if len(y) == 0:
        return 1.0
    index = np.searchsorted(classes, y)

    def loss(log_t: float) -> float:
        scaled = scores / np.exp(log_t)
        scaled = scaled - scaled.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(scaled).sum(axis=1))
        return float(np.mean(log_norm - scaled[np.arange(len(y)), index]))

    grid = np.linspace(-4.0, 4.0, 81)
    best = grid[int(np.argmin([loss(t) for t in grid]))]
    fine = np.linspace(best - 0.1, best + 0.1, 41)
    return float(np.exp(fine[int(np.argmin([loss(t) for t in fine]))]))


def _classifier(kind: str, C: float, class_weight: str | None) -> Any:
    if kind == "logistic":
        return LogisticRegression(C=C, class_weight=class_weight, max_iter=5000)
    if kind == "linear_svc":
        return LinearSVC(C=C, class_weight=class_weight, max_iter=10000, random_state=0)
    raise ValueError(f"unknown classifier {kind!r}: expected 'logistic' or 'linear_svc'")


def _folds(y: np.ndarray, groups: Sequence[str] | None, n_splits: int) -> Any:
    """Calibration folds: grouped by article when articles are known, stratified otherwise."""
    if groups is not None and len(set(groups)) >= n_splits:
        return article_folds(groups, n_splits)
    from sklearn.model_selection import StratifiedKFold  # imported here: it slows every cold start

    smallest = min(np.unique(y, return_counts=True)[1])
    return list(StratifiedKFold(max(2, min(n_splits, smallest))).split(np.zeros(len(y)), y))


def _linear_weights(classifier: Any, classes: np.ndarray) -> np.ndarray:
    """Coefficients per class (the mean over calibration folds): what the evidence is read from."""
    if hasattr(classifier, "calibrated_classifiers_"):  # CalibratedClassifierCV
        fitted = [fold.estimator for fold in classifier.calibrated_classifiers_]
    else:
        fitted = [classifier.estimator_ if isinstance(classifier, TemperatureCalibrated) else classifier]
    coefs = []
    for estimator in fitted:
        coef = np.asarray(estimator.coef_)
        coefs.append(np.vstack([-coef[0], coef[0]]) if coef.shape[0] == 1 and len(classes) == 2 else coef)
    return np.mean(coefs, axis=0)


class StanceModel(Predictor, BaseEstimator):
    """Stance (favor/against/none) and argument role (claim/premise/none) of quoted statements.

    >>> model = StanceModel(char_ngrams=False, calibration_folds=2).fit(
    ...     ["rights must come first", "rights must be raised", "talks first, rights later",
    ...      "no preconditions for talks", "the summit is on Tuesday", "he arrived in Hanoi"],
    ...     ["favor", "favor", "against", "against", "none", "none"])
    >>> model.predict(["rights must be raised at the summit"])[0] in model.classes_
    True
    """

    def __init__(self, classifier: str = "logistic", C: float = 1.0, argument_C: float | None = None,
                 argument_classifier: str | None = None,
                 class_weight: str | None = "balanced", word_ngrams: int = 2, word_weight: float = 1.0,
                 char_ngrams: bool = True, char_min: int = 3, char_max: int = 5,
                 max_char_features: int | None = 60000,
                 context: bool = True,
                 speaker: bool = True, cues: bool = True, article_weight: float = 1.0, shared_weight: float = 0.7,
                 calibration: str | None = "temperature", calibration_folds: int = 5, speaker_pooling: float = 0.5,
                 none_margin: float = 0.0, argument_ignores: Sequence[str] = (), target: str = "",
                 speaker_name_weight: float = 0.0, cue_pair_weight: float = 0.0) -> None:
        self.classifier = classifier
        self.C = C
        self.argument_C = argument_C
        self.argument_classifier = argument_classifier
        self.class_weight = class_weight
        self.word_ngrams = word_ngrams
        self.word_weight = word_weight
        self.char_ngrams = char_ngrams
        self.char_min = char_min
        self.char_max = char_max
        self.max_char_features = max_char_features
        self.context = context
        self.speaker = speaker
        self.cues = cues
        self.article_weight = article_weight
        self.shared_weight = shared_weight
        self.calibration = calibration
        self.calibration_folds = calibration_folds
        self.speaker_pooling = speaker_pooling
        self.none_margin = none_margin
        self.argument_ignores = argument_ignores
        self.target = target
        self.speaker_name_weight = speaker_name_weight
        self.cue_pair_weight = cue_pair_weight

    # -- fitting ----------------------------------------------------------------------------------
    def _classifier(self, C: float, kind: str | None = None) -> Any:
        kind = kind or self.classifier
        classifier = _classifier(kind, C, self.class_weight)
        if self.calibration == "temperature":
            return TemperatureCalibrated(classifier, cv=self.calibration_folds)
        if self.calibration is not None:
            from sklearn.calibration import CalibratedClassifierCV  # only for sigmoid/isotonic calibration

            return CalibratedClassifierCV(classifier, method=self.calibration, cv=self.calibration_folds,
                                          ensemble=False)
        if not hasattr(classifier, "predict_proba"):
            raise ValueError(f"classifier {kind!r} has no probabilities: set calibration='temperature'")
        return classifier

    def fit(self, rows: Sequence[str | Mapping[str, Any]], stance: Sequence[str] | None = None,
            argument: Sequence[str] | None = None, groups: Sequence[str] | None = None) -> StanceModel:
        """Fit on statements (strings or labelled-row dicts); labels default to the rows' own fields.

        One feature union is fitted on all rows; the stance classifier uses all of them and the argument
        classifier the stance-bearing ones. Calibration folds are grouped by ``groups`` (default: the rows'
        ``article_id``).
        """
        rows = list(rows)
        if stance is None:
            stance = [row["stance"] for row in rows]  # type: ignore[index]
        if argument is None and rows and isinstance(rows[0], Mapping) and rows[0].get("argument") is not None:
            argument = [row["argument"] for row in rows]  # type: ignore[index]
        if groups is None and rows and isinstance(rows[0], Mapping) and rows[0].get("article_id"):
            groups = [str(row.get("article_id")) for row in rows]  # type: ignore[union-attr]
        y = np.asarray(stance, dtype=object)
        if len(y) != len(rows):
            raise ValueError(f"{len(rows)} statements but {len(y)} stance labels")
        self.classes_ = np.unique(y)
        if len(self.classes_) < 2:
            raise ValueError(f"need at least two stance classes to train, got {list(self.classes_)}")
        if not 0.0 <= self.speaker_pooling <= 1.0:
            raise ValueError(f"speaker_pooling must lie in [0, 1], got {self.speaker_pooling}")
        if not 0.0 <= self.none_margin < 1.0:
            raise ValueError(f"none_margin must lie in [0, 1), got {self.none_margin}")
        records = as_records(rows)
        features = build_features(word_ngrams=self.word_ngrams, word_weight=self.word_weight,
                                  char_ngrams=self.char_ngrams, char_min=self.char_min, char_max=self.char_max,
                                  max_char_features=self.max_char_features,
                                  context=self.context, speaker=self.speaker, cues=self.cues,
                                  article_weight=self.article_weight, speaker_name_weight=self.speaker_name_weight,
                                  cue_pair_weight=self.cue_pair_weight)
        self.features_ = TargetConjoined(features, shared_weight=self.shared_weight).fit(records)
        matrix = self.features_.transform(records)
        self.stance_classifier_ = self._fit_classifier(self.C, matrix, y, groups)
        self.evidence_names_ = self.features_.get_feature_names_out()
        self.argument_classifier_ = None
        self.argument_columns_ = _columns_without(self.evidence_names_, self.argument_ignores)
        if argument is not None:
            a = np.asarray(argument, dtype=object)
            bearing = np.flatnonzero(np.isin(y, BEARING))
            if len(np.unique(a[bearing])) == 2:
                kept_groups = [groups[i] for i in bearing] if groups is not None else None
                self.argument_classifier_ = self._fit_classifier(
                    self.argument_C or self.C, matrix[bearing][:, self.argument_columns_], a[bearing], kept_groups,
                    self.argument_classifier)
        self.evidence_weights_ = _linear_weights(self.stance_classifier_, self.classes_)
        self.n_train_ = len(rows)
        return self

    def _fit_classifier(self, C: float, matrix: sp.csr_matrix, y: np.ndarray, groups: Sequence[str] | None,
                        kind: str | None = None) -> Any:
        classifier = self._classifier(C, kind)
        if self.calibration is None:
            return classifier.fit(matrix, y)
        classifier.set_params(cv=_folds(y, groups, self.calibration_folds))
        classifier.fit(matrix, y)
        classifier.set_params(cv=self.calibration_folds)  # the folds are not needed after fitting
        return classifier

    # -- prediction (the shared logic is stance.inference.Predictor) ----------------------------
    def _check_ready(self) -> None:
        check_is_fitted(self, "features_")

    def _matrix(self, rows: Sequence[Any]) -> sp.csr_matrix:
        check_is_fitted(self, "features_")
        return self.features_.transform(as_records(rows))

    def _raw_stance_proba(self, matrix: sp.csr_matrix) -> np.ndarray:
        return self.stance_classifier_.predict_proba(matrix)

    def _has_argument_head(self) -> bool:
        return self.argument_classifier_ is not None

    def _claim_proba(self, matrix: sp.csr_matrix) -> np.ndarray:
        inner = self.argument_classifier_.predict_proba(matrix[:, self.argument_columns_])
        return inner[:, list(self.argument_classifier_.classes_).index("claim")]

    def __setstate__(self, state: dict[str, Any]) -> None:
        # a model saved before the margin or the argument columns existed: arg-max, every column
        state.setdefault("none_margin", 0.0)
        state.setdefault("argument_ignores", ())
        state.setdefault("speaker_name_weight", 0.0)
        state.setdefault("cue_pair_weight", 0.0)
        if "features_" in state and "argument_columns_" not in state:
            state["argument_columns_"] = np.arange(len(state["evidence_names_"]))
        super().__setstate__(state)


def _columns_without(names: Sequence[str], families: Sequence[str]) -> np.ndarray:
    """Indices of the feature columns outside the given families (a target's copy "[t] family__..." too); a
    family the feature flags switched off has no columns to leave out (a search may try article_weight 0)."""
    unknown = set(families) - set(FEATURE_FAMILIES)
    if unknown:
        raise ValueError(f"argument_ignores: no feature family {sorted(unknown)}; known: {list(FEATURE_FAMILIES)}")
    prefixes = tuple(f"{family}__" for family in families)
    return np.asarray([i for i, name in enumerate(names) if not (
        prefixes and str(name).split("] ", 1)[-1].startswith(prefixes))], dtype=np.int64)


def compile_model(model: StanceModel) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The fitted model as plain data for :class:`stance.inference.CompiledModel`: (JSON spec, arrays).

    Raises ValueError for what the compiled form does not cover (calibration other than temperature).
    """
    check_is_fitted(model, "features_")
    spec: dict[str, Any] = {
        "classes": [str(label) for label in model.classes_], "speaker_pooling": model.speaker_pooling,
        "none_margin": model.none_margin, "target": model.target, "targets": list(model.features_.targets_),
        "shared_weight": model.features_.shared_weight, "blocks": [],
    }
    arrays: dict[str, np.ndarray] = {}
    union = model.features_.features_
    weights = union.transformer_weights or {}
    for index, (name, transformer) in enumerate(union.transformer_list):
        weight = float(weights.get(name, 1.0))
        if isinstance(transformer, CueLexicon):
            spec["blocks"].append({"kind": "cues", "name": name, "weight": weight, "field": transformer.field,
                                   "categories": list(transformer.categories_)})
            continue
        if isinstance(transformer, CuePairs):
            spec["blocks"].append({"kind": "cue_pairs", "name": name, "weight": weight,
                                   "fields": list(transformer.fields), "categories": list(transformer.categories_)})
            continue
        selector, vectorizer = transformer.named_steps["select"], transformer.named_steps["tfidf"]
        once = isinstance(vectorizer, OncePerText)
        vectorizer = vectorizer.vectorizer_ if once else vectorizer
        if vectorizer.preprocessor is not normalise_for_features or vectorizer.analyzer not in ("word", "char_wb"):
            raise ValueError(f"feature block {name!r}: no compiled form for this vectorizer")
        vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
        stop_words = vectorizer.get_stop_words()
        spec["blocks"].append({
            "kind": "text", "name": name, "weight": weight, "field": selector.field,
            "analyzer": vectorizer.analyzer, "ngram_range": list(vectorizer.ngram_range),
            "token_pattern": vectorizer.token_pattern if vectorizer.analyzer == "word" else None,
            "stop_words": sorted(stop_words) if stop_words else [], "binary": vectorizer.binary,
            "sublinear_tf": vectorizer.sublinear_tf, "norm": vectorizer.norm,
            "vocabulary": vocabulary})
        if vectorizer.use_idf:
            arrays[f"idf_{index}"] = np.asarray(vectorizer.idf_, dtype=np.float64)
    for head, classifier in (("stance", model.stance_classifier_), ("argument", model.argument_classifier_)):
        if classifier is None:
            spec[f"{head}_head"] = None
            continue
        if not isinstance(classifier, TemperatureCalibrated):
            raise ValueError("only temperature-calibrated models have a compiled form")
        estimator = classifier.estimator_
        spec[f"{head}_head"] = {"classes": [str(label) for label in classifier.classes_],
                                "temperature": classifier.temperature_}
        arrays[f"{head}_coef"] = np.asarray(estimator.coef_, dtype=np.float64)
        arrays[f"{head}_intercept"] = np.asarray(estimator.intercept_, dtype=np.float64)
    arrays["argument_columns"] = np.asarray(model.argument_columns_, dtype=np.int64)
    compiled = CompiledModel(spec, arrays)  # evidence names and weights are derived, not stored: check them
    if list(compiled.evidence_names_) != [str(name) for name in model.evidence_names_] or not np.array_equal(
            compiled.evidence_weights_, model.evidence_weights_):
        raise ValueError("the compiled form would name or weigh the evidence differently")
    return spec, arrays
