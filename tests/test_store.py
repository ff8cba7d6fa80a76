"""Model files: written with a card and a compiled form, verified before loading, warned about on version
mismatch; the compiled form predicts what the pickled model predicts."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from stance.inference import CompiledModel
from stance.model import StanceModel
from stance.store import (
    ModelError,
    compiled_paths,
    default_model_path,
    load_model,
    model_paths,
    read_card,
    save_model,
)

ROWS = [("rights first", "favor"), ("rights must come", "favor"), ("talks first", "against"),
        ("no conditions", "against"), ("on Tuesday", "none"), ("in Hanoi", "none")] * 2


@pytest.fixture()
def saved(tmp_path):
    model = StanceModel(char_ngrams=False, calibration_folds=2).fit([t for t, _ in ROWS], [s for _, s in ROWS])
    path = tmp_path / "m.joblib"
    save_model(model, path, {"name": "test"})
    return path


def test_round_trip_and_card(saved):
    model = load_model(saved)
    card = read_card(saved)
    assert model.predict(["rights first"]) == ["favor"]
    assert {"sha256", "versions", "format", "size_bytes"} <= set(card)
    assert model_paths(saved)[1].name == "m.card.json"


def test_a_model_written_by_joblib_still_loads(saved):
    """Earlier versions of stance wrote the model file with joblib."""
    import hashlib

    import joblib

    joblib.dump(load_model(saved, compiled=False), saved, compress=3)
    card_file = model_paths(saved)[1]
    card = json.loads(card_file.read_text())
    card["sha256"] = hashlib.sha256(saved.read_bytes()).hexdigest()
    card_file.write_text(json.dumps(card))
    assert load_model(saved, compiled=False).predict(["rights first", "talks first"]) == ["favor", "against"]


@pytest.mark.parametrize("which", ["pickle", "spec", "arrays"])
def test_tampered_model_is_refused(saved, which):
    target = {"pickle": saved, "spec": compiled_paths(saved)[0], "arrays": compiled_paths(saved)[1]}[which]
    with open(target, "ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ModelError, match="does not match its card"):
        load_model(saved, compiled=which != "pickle")


def test_model_without_card_is_refused(saved):
    model_paths(saved)[1].unlink()
    with pytest.raises(ModelError, match="card not found"):
        load_model(saved)


def test_other_sklearn_version_warns_with_both_versions(saved):
    card_path = model_paths(saved)[1]
    card = json.loads(card_path.read_text())
    card["versions"]["scikit-learn"] = "0.0.1"
    card_path.write_text(json.dumps(card))
    with pytest.warns(UserWarning, match=r"scikit-learn 0\.0\.1 and is loaded with"):
        load_model(saved, compiled=False)


def test_shipped_card_structure_and_checksum():
    card = read_card(default_model_path())
    assert card["target"].startswith("Talks, deals and concessions with North Korea")
    assert len(card["training"]["data"]["sha256"]) == 64
    for split in ("cross_validation", "test"):
        for head in ("stance", "argument"):
            figures = card["metrics"][split][head]
            assert 0 <= figures["macro_f1"] <= 1 and figures["n"] > 0
    assert card["training"]["selection"]["grouped_by"] == "article_id"
    assert card["size_bytes"] < 20_000_000
    assert {"spec_sha256", "arrays_sha256"} <= set(card["compiled"])
    assert isinstance(load_model(), CompiledModel)  # verifies the checksums


# Constructed statements (not real quotes), with articles, speakers and two targets.
TRAINING = [
    {"text": t, "stance": s, "argument": a, "target": target, "speaker": f"S{i % 3}", "article_id": f"a{i % 4}",
     "context": f"Officials said “{t}” on Monday.", "article": f"Story {i % 4} on rights and talks. {t}"}
    for target in ("rights", "talks")
    for i, (t, s, a) in enumerate([
        ("rights first in every deal", "favor", "claim"), ("the camps must close", "favor", "premise"),
        ("no preconditions for the summit", "against", "claim"), ("rights talk derails talks", "against", "premise"),
        ("the summit is on Tuesday", "none", "none"), ("the train arrived late", "none", "none")] * 2)
]


@pytest.mark.parametrize("variant", ["two targets, both heads", "one target, stance only", "two classes",
                                     "a logistic argument head"])
def test_compiled_form_predicts_what_the_pickled_model_predicts(tmp_path, variant):
    rows = TRAINING if variant != "one target, stance only" else [
        {k: v for k, v in row.items() if k not in ("argument", "target")} for row in TRAINING]
    if variant == "two classes":
        rows = [row for row in TRAINING if row["stance"] != "none"]
    both_heads = variant in ("two targets, both heads", "a logistic argument head")
    logistic = variant == "a logistic argument head"
    model = StanceModel(calibration_folds=2, none_margin=0.1, speaker_pooling=0.5, classifier="linear_svc",
                        speaker_name_weight=0.7 if both_heads else 0.0, cue_pair_weight=0.5 if both_heads else 0.0,
                        argument_classifier="logistic" if logistic else None, argument_C=30.0 if logistic else None,
                        argument_ignores=("speaker_words", "speaker_name") if both_heads else ()).fit(rows)
    if logistic:
        assert type(model.argument_classifier_.estimator_).__name__ == "LogisticRegression"
        assert type(model.stance_classifier_.estimator_).__name__ == "LinearSVC"
    path = tmp_path / "m.joblib"
    save_model(model, path, {"name": "test"})
    compiled, pickled = load_model(path), load_model(path, compiled=False)
    assert isinstance(compiled, CompiledModel) and isinstance(pickled, StanceModel)
    probe = rows + ["rights and #HumanRights first", "", {"text": "talks", "target": "unseen"}]
    assert np.allclose(compiled.predict_proba(probe), pickled.predict_proba(probe), atol=1e-12)
    assert compiled.labels(probe) == pickled.labels(probe)
    assert compiled.evidence(probe) == pickled.evidence(probe)
    assert compiled.predict_argument(probe) == pickled.predict_argument(probe)
    text = "Kim said “rights first in every deal.”\n\n“The summit is on Tuesday,” Lee said."
    assert compiled.analyze(text) == pickled.analyze(text)


def test_loading_the_compiled_default_model_does_not_import_scikit_learn():
    code = ("import sys, stance; labelled = stance.analyze('“Rights first,” Kim said.'); "
            "print(len(labelled), 'sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["1", "False"]


def test_a_model_without_a_compiled_form_loads_as_the_pickle(tmp_path):
    model = StanceModel(char_ngrams=False, calibration="sigmoid", calibration_folds=2).fit(
        [t for t, _ in ROWS], [s for _, s in ROWS])
    path = tmp_path / "sigmoid.joblib"
    card = save_model(model, path, {"name": "test"})
    assert "compiled" not in card and not any(file.exists() for file in compiled_paths(path))
    loaded = load_model(path)
    assert isinstance(loaded, StanceModel) and loaded.predict(["rights first"]) == model.predict(["rights first"])


def test_the_word_cache_of_the_compiled_form_changes_nothing(tmp_path, monkeypatch):
    import stance.inference

    model = StanceModel(calibration_folds=2).fit(TRAINING)
    path = tmp_path / "m.joblib"
    save_model(model, path, {"name": "test"})
    expected = load_model(path, compiled=False).predict_proba(TRAINING)
    monkeypatch.setattr(stance.inference, "_WORD_CACHE", 2)  # the cache starts afresh again and again
    compiled = load_model(path)
    for _ in range(2):  # a cold, then a warm cache
        assert np.allclose(compiled.predict_proba(TRAINING), expected, atol=1e-12)
