"""The feature pipeline: quote records in, one sparse matrix out.

A *record* is a plain dict describing one quoted statement (see :func:`stance.inference.quote_record`):

``text``
    the quoted words;
``frame``
    the reporter's sentence around the quote with the quote itself replaced by ``" QUOTE "``, so that the
    reporter's words ("lamented", "most urgent") are kept apart from the speaker's own (the rest of the
    paragraph often holds other speakers' quotes);
``verbs``
    the reporting verbs standing within a few words of the quote;
``speaker_text``
    the same speaker's other quotes in the same article;
``speaker``
    who the speaker is, as the article names them: people and bodies tend to keep their side from one
    story to the next (a foreign ministry, a rights group);
``article``
    the whole article the quote stands in: what the article is about (a quote in a story on rights
    abuses leans differently from the same words in a summit-logistics story);
``target``
    the target proposition, when a model serves several.

Every transformer here follows the scikit-learn estimator contract (``__init__`` stores parameters,
``fit`` learns attributes ending in ``_``) and lives at module level, so a fitted pipeline pickles.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin, clone
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.utils.validation import check_is_fitted

from stance.inference import (  # the record helpers live with the scikit-learn-free prediction code
    EMPTY_FIELD,
    QUOTE_PLACEHOLDER,
    RECORD_FIELDS,
    as_records,
    cue_counts,
    cue_lexicons,
    cue_pair_names,
    cue_pairs,
    field_values,
    normalise_for_features,
    quote_record,
)

__all__ = ["EMPTY_FIELD", "FEATURE_FAMILIES", "QUOTE_PLACEHOLDER", "RECORD_FIELDS", "CueLexicon", "CuePairs",
           "FieldSelector",
           "OncePerText", "as_records", "build_features", "cue_lexicons", "normalise_for_features", "quote_record"]


class FieldSelector(TransformerMixin, BaseEstimator):
    """Pick one field of every record, as a list of strings for a text vectorizer.

    An empty field becomes the token ``__empty__``: a vectorizer never meets an empty vocabulary, and
    "this statement came with no context" is itself a feature.
    """

    def __init__(self, field: str = "text") -> None:
        self.field = field

    def fit(self, X: Sequence[Mapping[str, Any]], y: Any = None) -> FieldSelector:
        if self.field not in RECORD_FIELDS:
            raise ValueError(f"FieldSelector: unknown field {self.field!r}; expected one of {RECORD_FIELDS}")
        self.n_records_ = len(X)
        return self

    def transform(self, X: Sequence[Mapping[str, Any]]) -> list[str]:
        check_is_fitted(self, "n_records_")
        return field_values(X, self.field)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.asarray([self.field], dtype=object)


def _known_categories(owner: str, categories: Sequence[str] | None) -> list[str]:
    """The cue categories asked for (None: every category of the packaged lexicon), each checked to exist."""
    lexicons = cue_lexicons()
    names = list(categories) if categories is not None else sorted(lexicons)
    unknown = [name for name in names if name not in lexicons]
    if unknown:
        raise ValueError(f"{owner}: unknown categories {unknown}; known: {sorted(lexicons)}")
    return names


class CueLexicon(TransformerMixin, BaseEstimator):
    """Counts of cue-lexicon hits (conditionality, priority, rights, ...) in one field, log-scaled.

    ``categories=None`` takes every category of the packaged lexicon file.
    """

    def __init__(self, field: str = "text", categories: Sequence[str] | None = None) -> None:
        self.field = field
        self.categories = categories

    def fit(self, X: Sequence[Mapping[str, Any]], y: Any = None) -> CueLexicon:
        names = _known_categories("CueLexicon", self.categories)
        self.categories_ = names
        self.n_features_out_ = len(names)
        return self

    def transform(self, X: Sequence[Mapping[str, Any]]) -> sp.csr_matrix:
        check_is_fitted(self, "categories_")
        return cue_counts(X, self.field, self.categories_)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "categories_")
        return np.asarray([f"{self.field}_cue_{name}" for name in self.categories_], dtype=object)


class CuePairs(TransformerMixin, BaseEstimator):
    """Which pairs of cue categories occur together (1 or 0) anywhere in the given fields: "rights" beside
    "diplomacy" or "conditionality" in a quote and its frame is the target's own proposition, an AND that a
    linear model cannot build from the single counts of :class:`CueLexicon`.

    ``categories=None`` takes every category of the packaged lexicon file.
    """

    def __init__(self, fields: Sequence[str] = ("text", "frame"), categories: Sequence[str] | None = None) -> None:
        self.fields = fields
        self.categories = categories

    def fit(self, X: Sequence[Mapping[str, Any]], y: Any = None) -> CuePairs:
        unknown_fields = [field for field in self.fields if field not in RECORD_FIELDS]
        if unknown_fields:
            raise ValueError(f"CuePairs: unknown fields {unknown_fields}; expected some of {RECORD_FIELDS}")
        names = _known_categories("CuePairs", self.categories)
        self.categories_ = names
        self.n_features_out_ = len(cue_pair_names(names))
        return self

    def transform(self, X: Sequence[Mapping[str, Any]]) -> sp.csr_matrix:
        check_is_fitted(self, "categories_")
        return cue_pairs(X, self.fields, self.categories_)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "categories_")
        return np.asarray(cue_pair_names(self.categories_), dtype=object)


class OncePerText(TransformerMixin, BaseEstimator):
    """Fit and apply a text vectorizer once per distinct text.

    The quotes of one article share its text: counted once, the article weighs as one document in the
    IDF however many quotes it holds, and a batch of 13 quotes from one article is vectorized once.
    """

    def __init__(self, vectorizer: Any = None) -> None:
        self.vectorizer = vectorizer

    def fit(self, X: Sequence[str], y: Any = None) -> OncePerText:
        if self.vectorizer is None:
            raise ValueError("OncePerText: no vectorizer given")
        self.vectorizer_ = clone(self.vectorizer).fit(list(dict.fromkeys(X)))
        return self

    def transform(self, X: Sequence[str]) -> sp.csr_matrix:
        check_is_fitted(self, "vectorizer_")
        index: dict[str, int] = {}
        rows = [index.setdefault(text, len(index)) for text in X]
        return sp.csr_matrix(self.vectorizer_.transform(list(index)))[rows]

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "vectorizer_")
        return self.vectorizer_.get_feature_names_out()


_TOKEN_PATTERN = r"(?u)[#@]?\b\w[\w’'-]*\b"
# the branch names build_features may use, whichever its flags switch on
FEATURE_FAMILIES = ("quote_words", "quote_chars", "frame_words", "verbs", "quote_cues", "frame_cues", "cue_pairs",
                    "speaker_words", "speaker_name", "article_words")


def _text_branch(field: str, **vectorizer: Any) -> Pipeline:
    vectorizer.setdefault("preprocessor", normalise_for_features)
    return Pipeline([("select", FieldSelector(field)), ("tfidf", TfidfVectorizer(**vectorizer))])


def build_features(word_ngrams: int = 2, word_weight: float = 1.0, char_ngrams: bool = True,
                   char_min: int = 3, char_max: int = 5, char_weight: float = 1.0,
                   max_char_features: int | None = 60000,
                   context: bool = True, speaker: bool = True, cues: bool = True,
                   article_weight: float = 1.0, speaker_name_weight: float = 0.0,
                   cue_pair_weight: float = 0.0) -> FeatureUnion:
    """The feature union; each flag switches a family off, for ablations and for other kinds of data.

    Quote words (1..``word_ngrams``-grams) and characters (``char_min``..``char_max``-grams within word
    boundaries, at most ``max_char_features`` of them; 0 or None for no limit); the frame's words (1-2
    grams, the quote's own words replaced); the reporting verbs; the cue lexicons over quote
    and frame, and (weighted ``cue_pair_weight``, 0: left out) which pairs of their categories occur together in
    the quote and its frame; the same speaker's other quotes; the words of the speaker's name (1-3 grams, so
    "Foreign Ministry" is shared by every country's), weighted ``speaker_name_weight`` (0: left out); and the
    words of the whole article, weighted ``article_weight`` (0: left out).
    """
    branches: list[tuple[str, Any]] = [
        ("quote_words", _text_branch("text", ngram_range=(1, word_ngrams), sublinear_tf=True,
                                     token_pattern=_TOKEN_PATTERN)),
    ]
    weights = {"quote_words": word_weight}
    if char_ngrams:
        branches.append(("quote_chars", _text_branch("text", analyzer="char_wb", ngram_range=(char_min, char_max),
                                                     sublinear_tf=True, max_features=max_char_features or None)))
        weights["quote_chars"] = char_weight
    if context:
        branches.append(("frame_words", _text_branch("frame", ngram_range=(1, 2), sublinear_tf=True,
                                                     stop_words="english", token_pattern=_TOKEN_PATTERN)))
        branches.append(("verbs", _text_branch("verbs", binary=True, use_idf=False, norm=None)))
    if cues:
        branches.append(("quote_cues", CueLexicon("text")))
        if context:
            branches.append(("frame_cues", CueLexicon("frame")))
        if cue_pair_weight:
            branches.append(("cue_pairs", CuePairs(("text", "frame") if context else ("text",))))
            weights["cue_pairs"] = cue_pair_weight
    if speaker:
        branches.append(("speaker_words", _text_branch("speaker_text", sublinear_tf=True, stop_words="english",
                                                       token_pattern=_TOKEN_PATTERN)))
    if speaker_name_weight:
        branches.append(("speaker_name", _text_branch("speaker", ngram_range=(1, 3), sublinear_tf=True,
                                                      token_pattern=_TOKEN_PATTERN)))
        weights["speaker_name"] = speaker_name_weight
    if article_weight:
        vectorizer = TfidfVectorizer(preprocessor=normalise_for_features, sublinear_tf=True, stop_words="english",
                                     token_pattern=_TOKEN_PATTERN, max_features=20000)
        branches.append(("article_words", Pipeline([("select", FieldSelector("article")),
                                                    ("tfidf", OncePerText(vectorizer))])))
        weights["article_words"] = article_weight
    return FeatureUnion(branches, transformer_weights=weights)
