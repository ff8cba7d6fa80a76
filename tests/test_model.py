"""The stance model: fitting, probabilities, argument consistency, evidence, and the shipped default."""
from __future__ import annotations

import io

import joblib
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sklearn.base import clone

import stance
from stance.features import FEATURE_FAMILIES, build_features
from stance.model import (
    StanceModel,
    TemperatureCalibrated,
    argument_labels,
    article_rows,
    pool_by_speaker,
    stance_decisions,
)

# Constructed statements (not real quotes): a tiny training set for fast, deterministic unit tests.
ROWS = [
    {"text": "human rights must be on the summit agenda", "stance": "favor", "argument": "claim"},
    {"text": "no deal without closing the prison camps", "stance": "favor", "argument": "claim"},
    {"text": "ignoring the camps loses us leverage", "stance": "favor", "argument": "premise"},
    {"text": "abuses continue every day in the camps", "stance": "favor", "argument": "premise"},
    {"text": "denuclearization comes first, rights later", "stance": "against", "argument": "claim"},
    {"text": "talks without preconditions are the way", "stance": "against", "argument": "claim"},
    {"text": "raising rights would derail the talks", "stance": "against", "argument": "premise"},
    {"text": "rights pressure is a hostile provocation", "stance": "against", "argument": "premise"},
    {"text": "the summit is set for Tuesday in Hanoi", "stance": "none", "argument": "none"},
    {"text": "the delegation arrived by train", "stance": "none", "argument": "none"},
    {"text": "the weather was fine during the visit", "stance": "none", "argument": "none"},
    {"text": "the hotel was booked for two nights", "stance": "none", "argument": "none"},
] * 3


@pytest.fixture(scope="module")
def small_model() -> StanceModel:
    return StanceModel(char_ngrams=False, calibration_folds=3, speaker_pooling=1.0).fit(ROWS)


def test_predictions_and_probabilities(small_model):
    texts = ["rights must be on the agenda", "talks first and no preconditions", "the train arrived"]
    proba = small_model.predict_proba(texts)
    assert proba.shape == (3, 3) and np.allclose(proba.sum(axis=1), 1)
    assert small_model.predict(texts) == [str(c) for c in small_model.classes_[proba.argmax(axis=1)]]
    assert small_model.predict(texts) == ["favor", "against", "none"]


def test_argument_role_never_contradicts_the_stance(small_model):
    texts = ["rights must be on the agenda", "the train arrived", "derail the talks"]
    stance = small_model.predict(texts)
    for label, role in zip(stance, small_model.predict_argument(texts), strict=True):
        assert (label == "none") == (role == "none")
    proba = small_model.argument_proba(texts)
    assert np.allclose(proba.sum(axis=1), 1)


def test_evidence_names_features_that_pushed_toward_the_label(small_model):
    evidence = small_model.evidence(["no deal without closing the prison camps"])
    assert evidence and evidence[0] and all(isinstance(item, str) for item in evidence[0])


def test_fit_is_deterministic_and_survives_a_joblib_round_trip(small_model):
    again = StanceModel(char_ngrams=False, calibration_folds=3, speaker_pooling=1.0).fit(ROWS)
    texts = ["camps and leverage", "hostile talks", "hotel"]
    assert np.allclose(again.predict_proba(texts), small_model.predict_proba(texts))
    buffer = io.BytesIO()
    joblib.dump(small_model, buffer)
    restored = joblib.load(io.BytesIO(buffer.getvalue()))
    assert np.allclose(restored.predict_proba(texts), small_model.predict_proba(texts))


def test_none_needs_its_margin_and_the_margin_leaves_probabilities_alone(small_model):
    classes = ["against", "favor", "none"]
    proba = np.array([[0.2, 0.35, 0.45], [0.1, 0.2, 0.7], [0.5, 0.1, 0.4]])
    assert stance_decisions(classes, proba) == ["none", "none", "against"]
    assert stance_decisions(classes, proba, none_margin=0.15) == ["favor", "none", "against"]
    assert stance_decisions(["against", "favor"], proba[:, :2], none_margin=0.15) == ["favor", "favor", "against"]
    texts = ["camps and leverage", "hostile talks", "hotel", "the weather"]
    leaning = clone(small_model).set_params(none_margin=0.3).fit(ROWS)
    assert np.allclose(leaning.predict_proba(texts), small_model.predict_proba(texts))
    expected = stance_decisions(list(small_model.classes_), small_model.predict_proba(texts), 0.3)
    assert leaning.predict(texts) == expected
    with pytest.raises(ValueError, match="none_margin"):
        clone(small_model).set_params(none_margin=1.5).fit(ROWS)


def test_a_model_saved_before_the_margin_existed_decides_by_argmax(small_model):
    state = small_model.__getstate__()
    del state["none_margin"]
    old = StanceModel.__new__(StanceModel)
    old.__setstate__(state)
    texts = ["camps and leverage", "hostile talks", "hotel"]
    assert old.none_margin == 0.0 and old.predict(texts) == small_model.predict(texts)


def test_temperature_calibration_keeps_the_argmax():
    from sklearn.svm import LinearSVC

    rng = np.random.default_rng(0)
    X = rng.normal(size=(90, 4))
    y = np.array(["a", "b", "c"])[(X[:, 0] > 0.5).astype(int) + (X[:, 1] > 0.5).astype(int)]
    calibrated = TemperatureCalibrated(LinearSVC(), cv=3).fit(X, y)
    plain = LinearSVC().fit(X, y)
    assert (calibrated.predict(X) == plain.predict(X)).all()
    assert (calibrated.classes_[calibrated.predict_proba(X).argmax(axis=1)] == plain.predict(X)).all()
    assert calibrated.temperature_ > 0


def test_speaker_pooling_mixes_only_the_same_speaker_in_the_same_article():
    rows = [{"speaker": "A", "article_id": "1"}, {"speaker": "A", "article_id": "1"},
            {"speaker": "A", "article_id": "2"}]
    proba = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])
    pooled = pool_by_speaker(rows, proba, 0.5)
    assert np.allclose(pooled[0], [0.75, 0.25]) and np.allclose(pooled[2], proba[2])


def test_article_rows_carry_the_paragraph_the_speaker_and_the_article():
    text = "Kim said “rights first.”\n\n“Then talks,” Kim added. Lee said “no.”"
    rows = article_rows(text, stance.extract_quotes(text), article_id="x")
    assert [row["speaker"] for row in rows] == ["Kim", "Kim", "Lee"]
    assert rows[1]["speaker_text"] == "rights first."
    assert all(row["article"] is text and row["article_id"] == "x" for row in rows)
    assert "QUOTE" in rows[2]["frame"] and "no." not in rows[2]["frame"]


def test_argument_labels_follow_the_stance():
    assert argument_labels(["none", "favor", "against"], np.array([[0.1, 0.1, 0.8], [0.2, 0.1, 0.7],
                                                                 [0.1, 0.3, 0.6]])) == ["none", "claim", "premise"]


def test_training_errors_are_clear():
    with pytest.raises(ValueError, match="at least two stance classes"):
        StanceModel().fit(["a", "b"], ["favor", "favor"])
    with pytest.raises(ValueError, match="2 statements but 1 stance labels"):
        StanceModel().fit(["a", "b"], ["favor"])


def test_default_model_labels_the_seed_article(default_model, example_text):
    """Issue 4: the defectors' and Maxwell's demands are favor; the scheduling remarks none."""
    by_text = {q.text[:30]: q for q in default_model.analyze(example_text)}
    for start in ("Mr. Trump, please discuss huma", "If you want to give a gift of ", "North Korea is pressed for tim",
                  "losing leverage", "As we focus on North Korea’s w"):
        assert by_text[start].stance == "favor", start
    for start in ("we’re setting that up right no", "Singapore was fantastic, but w"):
        assert by_text[start].stance == "none", start
    for quote in by_text.values():
        assert abs(sum(quote.stance_scores.values()) - 1) < 1e-3
        assert (quote.stance == "none") == (quote.argument == "none")


_TEXTS = st.text(max_size=200) | st.lists(st.sampled_from(
    ["“", "”", '"', "‘", "’", " said Kim Tae-hoon", " he said", ". ", "\n", "rights", " talks", " must", "«", "»",
     "the ministry said", ", according to Human Rights Watch"]), max_size=60).map("".join)


@given(_TEXTS)
def test_analyze_any_text(text):
    quotes = stance.analyze(text)
    for quote in quotes:
        assert text[quote.start:quote.end] == quote.text
        assert quote.stance in ("favor", "against", "none") and quote.argument in ("claim", "premise", "none")
        assert abs(sum(quote.stance_scores.values()) - 1) < 1e-3
    assert stance.analyze(text) == quotes


def test_search_tries_margins_and_pooling_without_refitting():
    from stance.train import search

    recipe = {"parameters": {"char_ngrams": False, "calibration_folds": 2},
              "search": {"folds": 3, "grid": {"C": [1.0], "none_margin": [0.0, 0.2], "speaker_pooling": [1.0, 0.5]}}}
    rows = [dict(row, article_id=f"a{i % 9}") for i, row in enumerate(ROWS)]
    found = search(recipe, rows)
    tried = [(entry["parameters"]["none_margin"], entry["parameters"]["speaker_pooling"]) for entry in found["table"]]
    assert sorted(tried) == [(0.0, 0.5), (0.0, 1.0), (0.2, 0.5), (0.2, 1.0)]
    assert found["parameters"]["none_margin"] in (0.0, 0.2) and found["parameters"]["C"] == 1.0


def test_search_in_parallel_finds_what_the_serial_search_finds():
    from stance.train import search

    recipe = {"parameters": {"char_ngrams": False, "calibration_folds": 2},
              "search": {"folds": 3, "grid": {"C": [0.3, 1.0, 3.0], "none_margin": [0.0, 0.2]}}}
    rows = [dict(row, article_id=f"a{i % 9}") for i, row in enumerate(ROWS)]

    def without_time(found):
        return [{k: v for k, v in entry.items() if k != "seconds"} for entry in found["table"]]

    serial, parallel = search(recipe, rows, jobs=1), search(recipe, rows, jobs=2)
    assert without_time(parallel) == without_time(serial) and len(serial["table"]) == 6
    assert parallel["parameters"] == serial["parameters"]


def test_the_argument_head_can_ignore_feature_families():
    rows = [dict(row, speaker_text="the speaker's other words") for row in ROWS]
    model = StanceModel(char_ngrams=False, calibration_folds=2, argument_ignores=("speaker_words",)).fit(rows)
    kept = [model.evidence_names_[i] for i in model.argument_columns_]
    assert kept and not any(name.startswith("speaker_words__") for name in kept)
    assert len(kept) < len(model.evidence_names_)
    assert model.argument_classifier_.estimator_.coef_.shape[1] == len(kept)
    assert model.predict_argument(["rights must come first"])[0] in ("claim", "premise", "none")
    with pytest.raises(ValueError, match="no feature family"):
        StanceModel(char_ngrams=False, calibration_folds=2, argument_ignores=("nonsense",)).fit(rows)
    switched_off = StanceModel(char_ngrams=False, calibration_folds=2, article_weight=0.0,
                               argument_ignores=("speaker_words", "article_words")).fit(rows)
    assert not any(name.startswith("article_words__") for name in switched_off.evidence_names_)
    assert len(switched_off.argument_columns_) < len(switched_off.evidence_names_)


def test_every_feature_branch_is_a_known_family():
    union = build_features(char_ngrams=True, context=True, speaker=True, cues=True, article_weight=1.0,
                           speaker_name_weight=0.7, cue_pair_weight=0.5)
    assert sorted(name for name, _ in union.transformer_list) == sorted(FEATURE_FAMILIES)
