"""Model files: written with a card, verified before unpickling, warned about on version mismatch."""
from __future__ import annotations

import json

import pytest

from stance.model import StanceModel
from stance.store import ModelError, default_model_path, load_model, model_paths, read_card, save_model

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

    joblib.dump(load_model(saved), saved, compress=3)
    card_file = model_paths(saved)[1]
    card = json.loads(card_file.read_text())
    card["sha256"] = hashlib.sha256(saved.read_bytes()).hexdigest()
    card_file.write_text(json.dumps(card))
    assert load_model(saved).predict(["rights first", "talks first"]) == ["favor", "against"]


def test_tampered_model_is_refused(saved):
    with open(saved, "ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ModelError, match="does not match its card"):
        load_model(saved)


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
        load_model(saved)


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
    load_model()  # verifies the checksum
