"""Baselines reported beside the model on the same folds: majority class, a cue-lexicon rule, and plain
TF-IDF + logistic regression on the quote's own words."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from stance.features import CueLexicon, as_records


class MajorityBaseline:
    """Always the most frequent training label."""

    def fit(self, rows: Sequence[Mapping[str, Any]], labels: Sequence[str]) -> MajorityBaseline:
        self.label_ = Counter(labels).most_common(1)[0][0]
        return self

    def predict(self, rows: Sequence[Mapping[str, Any]]) -> list[str]:
        return [self.label_] * len(rows)


class CueRuleBaseline:
    """Hand-written rule over the cue lexicons of the quote and its frame (no learning).

    favor: rights words with conditionality, leverage or modality cues; against: harm or DPRK-rhetoric
    cues, or diplomacy with priority cues and no rights words; none otherwise. Argument: none with
    stance none, claim with a modality cue, else premise.
    """

    def fit(self, rows: Sequence[Mapping[str, Any]], labels: Sequence[str]) -> CueRuleBaseline:
        self.quote_cues_ = CueLexicon("text").fit(rows)
        self.frame_cues_ = CueLexicon("frame").fit(rows)
        return self

    def _cues(self, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, float]]:
        records = as_records(rows)
        quote = self.quote_cues_.transform(records).toarray()
        frame = self.frame_cues_.transform(records).toarray()
        return [dict(zip(self.quote_cues_.categories_, q + f, strict=True)) for q, f in zip(quote, frame, strict=True)]

    def predict(self, rows: Sequence[Mapping[str, Any]]) -> list[str]:
        labels = []
        for cues in self._cues(rows):
            if cues["harm"] or cues["dprk_rhetoric"] or (cues["diplomacy"] and cues["priority"] and not cues["rights"]):
                labels.append("against")
            elif cues["rights"] and (cues["conditionality"] or cues["leverage"] or cues["modality"]):
                labels.append("favor")
            else:
                labels.append("none")
        return labels

    def predict_argument(self, rows: Sequence[Mapping[str, Any]], stance: Sequence[str]) -> list[str]:
        return ["none" if label == "none" else ("claim" if cues["modality"] else "premise")
                for label, cues in zip(stance, self._cues(rows), strict=True)]


class TfidfBaseline:
    """TF-IDF of the quote's words (1-2 grams) and a class-balanced logistic regression."""

    def fit(self, rows: Sequence[Mapping[str, Any]], labels: Sequence[str]) -> TfidfBaseline:
        self.pipeline_ = Pipeline([("tfidf", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
                                   ("classifier", LogisticRegression(class_weight="balanced", max_iter=5000))])
        self.pipeline_.fit([str(row["text"]) for row in rows], list(labels))
        return self

    def predict(self, rows: Sequence[Mapping[str, Any]]) -> list[str]:
        return [str(label) for label in self.pipeline_.predict([str(row["text"]) for row in rows])]


BASELINES = {"majority": MajorityBaseline, "cue_rule": CueRuleBaseline, "tfidf_quote_only": TfidfBaseline}
