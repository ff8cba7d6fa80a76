"""The feature transformers follow scikit-learn's estimator contract (the checks that apply to text input)."""
from __future__ import annotations

import io

import joblib
import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline
from sklearn.utils.estimator_checks import (
    check_get_params_invariance,
    check_no_attributes_set_in_init,
    check_parameters_default_constructible,
    check_set_params,
)

from stance.features import (
    CueLexicon,
    CuePairs,
    FieldSelector,
    OncePerText,
    as_records,
    build_features,
    quote_record,
)
from stance.model import StanceModel, TargetConjoined

ARTICLE = "He said “Human rights must be on the table” today.\n\nOfficials said “The summit is on Tuesday”."
RECORDS = as_records([
    {"text": "Human rights must be on the table", "context": "He said “Human rights must be on the table” today.",
     "target": "a", "article": ARTICLE},
    {"text": "Talks first, rights later", "context": "", "target": "b"},
    {"text": "The summit is on Tuesday", "context": "Officials said “The summit is on Tuesday”.", "target": "a",
     "article": ARTICLE},
])

ESTIMATORS = [FieldSelector("frame"), CueLexicon("text"), CuePairs(),
              Pipeline([("select", FieldSelector("article")), ("tfidf", OncePerText(TfidfVectorizer()))]),
              TargetConjoined(build_features(char_ngrams=False, cue_pair_weight=0.5)), StanceModel(char_ngrams=False)]
TRANSFORMERS = ESTIMATORS[:5]


@pytest.mark.parametrize("estimator", ESTIMATORS + [OncePerText(TfidfVectorizer())], ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("check", [check_no_attributes_set_in_init, check_get_params_invariance, check_set_params,
                                   check_parameters_default_constructible], ids=lambda c: c.__name__)
def test_sklearn_checks_that_apply_to_text_estimators(estimator, check):
    check(type(estimator).__name__, estimator)


@pytest.mark.parametrize("estimator", TRANSFORMERS, ids=lambda e: type(e).__name__)
def test_transformers_fit_clone_pickle_and_refuse_unfitted_use(estimator):
    with pytest.raises(NotFittedError):
        clone(estimator).transform(RECORDS)
    params = estimator.get_params()
    fitted = clone(estimator).fit(RECORDS)
    assert clone(estimator).get_params().keys() == params.keys()
    buffer = io.BytesIO()
    joblib.dump(fitted, buffer)
    restored = joblib.load(io.BytesIO(buffer.getvalue()))
    before, after = fitted.transform(RECORDS), restored.transform(RECORDS)
    if isinstance(before, list):
        assert before == after
    else:
        assert np.allclose(before.toarray(), after.toarray())
        assert len(fitted.get_feature_names_out()) == before.shape[1]


def test_quote_words_are_kept_apart_from_the_frame():
    record = quote_record("rights first", "Kim warned that “rights first” would fail.")
    assert "rights first" not in record["frame"] and "QUOTE" in record["frame"]
    assert record["verbs"] == "warned"


def test_the_frame_is_the_quotes_sentence_without_the_other_speakers_quotes():
    paragraph = ("“Talks must go on,” Moon said. Mr. Kim, the envoy, warned that “rights first” would fail at the "
                 "U.S. summit. “We disagree,” Lee said.")
    record = quote_record("rights first", paragraph)
    assert record["frame"] == "Mr. Kim, the envoy, warned that “ QUOTE ” would fail at the U.S. summit."
    assert quote_record("A", "He said “A”. Then he left.")["frame"] == "He said “ QUOTE ”."


def test_target_conjoined_adds_a_copy_per_target():
    fitted = TargetConjoined(build_features(char_ngrams=False)).fit(RECORDS)
    shared = fitted.features_.transform(RECORDS).shape[1]
    assert fitted.transform(RECORDS).shape[1] == shared * 3
    assert any(name.startswith("[a] ") for name in fitted.get_feature_names_out())


def test_unknown_cue_category_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown categories"):
        CueLexicon("text", categories=["nonsense"]).fit(RECORDS)
    with pytest.raises(ValueError, match="unknown categories"):
        CuePairs(categories=["rights", "nonsense"]).fit(RECORDS)
    with pytest.raises(ValueError, match="unknown fields"):
        CuePairs(fields=("text", "nonsense")).fit(RECORDS)


def test_cue_pairs_mark_two_categories_met_in_the_quote_and_its_frame_together():
    records = as_records([
        {"text": "human rights must come first", "context": "Kim said “human rights must come first” at the summit."},
        {"text": "human rights must come first"},
        {"text": "the summit is on Tuesday"}])
    pairs = CuePairs(categories=["rights", "diplomacy", "priority"]).fit(records)
    assert list(pairs.get_feature_names_out()) == ["rights+diplomacy", "rights+priority", "diplomacy+priority"]
    # the quote holds rights and priority; its frame adds the summit; the bare quote lacks it; one cue makes no pair
    assert pairs.transform(records).toarray().tolist() == [[1, 1, 1], [0, 1, 0], [0, 0, 0]]
    union = build_features(char_ngrams=False, cue_pair_weight=0.5).fit(records)
    assert "cue_pairs__diplomacy+rights" in union.get_feature_names_out()  # every category, in sorted order
    assert not any(name.startswith("cue_pairs") for name in build_features(char_ngrams=False).fit(
        records).get_feature_names_out())


def test_an_article_shared_by_its_quotes_counts_once():
    texts = ["rights abuses in the camps", "rights abuses in the camps", "summit logistics in Hanoi"]
    once = OncePerText(TfidfVectorizer()).fit(texts)
    plain = TfidfVectorizer().fit(list(dict.fromkeys(texts)))
    assert np.allclose(once.transform(texts).toarray(), plain.transform(texts).toarray())
    rows = once.transform(texts).toarray()
    assert np.allclose(rows[0], rows[1]) and not np.allclose(rows[0], rows[2])
    with pytest.raises(ValueError, match="no vectorizer"):
        OncePerText().fit(texts)


def test_the_article_is_a_feature_family_of_its_own():
    names = build_features(char_ngrams=False).fit(RECORDS).get_feature_names_out()
    assert "article_words__officials" in names
    without = build_features(char_ngrams=False, article_weight=0).fit(RECORDS).get_feature_names_out()
    assert not any(name.startswith("article_words") for name in without)


def test_the_speakers_name_is_a_family_of_its_own_switched_on_by_its_weight():
    records = as_records([{"text": "Rights first", "speaker": "North Korea's Foreign Ministry"},
                          {"text": "Talks first"}])
    assert [record["speaker"] for record in records] == ["North Korea's Foreign Ministry", ""]
    assert not any(name.startswith("speaker_name") for name in build_features(char_ngrams=False).fit(
        records).get_feature_names_out())
    union = build_features(char_ngrams=False, speaker_name_weight=0.5).fit(records)
    names = list(union.get_feature_names_out())
    assert {"speaker_name__foreign ministry", "speaker_name__north korea's foreign", "speaker_name____empty__"
            } <= set(names)
    row = union.transform(records).toarray()[0]
    assert np.isclose(np.linalg.norm(row[[names.index(n) for n in names if n.startswith("speaker_name")]]), 0.5)


def test_character_ngram_lengths_follow_char_min_and_char_max():
    names = build_features(char_min=3, char_max=4, context=False, speaker=False, cues=False,
                           article_weight=0).fit(RECORDS).get_feature_names_out()
    lengths = {len(name.split("__", 1)[1]) for name in names if name.startswith("quote_chars__")}
    assert lengths == {3, 4}
