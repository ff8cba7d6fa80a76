"""Model files: a model is a pickle file plus a JSON card, checked before anything is unpickled.

A model file is code: unpickling runs whatever it holds. ``load_model`` therefore refuses a file whose
SHA-256 differs from the one its card records, and only ever loads files next to a card. The card is
written by ``stance train`` (never by hand): data hash, recipe, hyper-parameters, metrics, versions.

Layout: ``DIR/model.joblib`` + ``DIR/card.json`` (the packaged default), or ``NAME.joblib`` +
``NAME.card.json`` (what ``stance train --out NAME.joblib`` writes).

The file is a zlib-compressed pickle behind a short header, read by the standard library's C unpickler:
joblib's pure-Python unpickler took 0.35 s of a 2 s cold start on the 140,000-entry vocabularies. Files
written by joblib (earlier versions of stance) still load.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import platform
import tempfile
import warnings
import zlib
from importlib import resources
from pathlib import Path
from typing import Any

import joblib

CARD_FORMAT = "stance-model/1"
PICKLE_HEADER = b"stance-model pickle+zlib\n"


class ModelError(ValueError):
    """A model file that must not or cannot be loaded; the message says which file and why."""


def library_versions() -> dict[str, str]:
    import numpy
    import scipy
    import sklearn

    from stance import __version__

    return {"stance": __version__, "python": platform.python_version(), "scikit-learn": sklearn.__version__,
            "numpy": numpy.__version__, "scipy": scipy.__version__, "joblib": joblib.__version__}


def model_paths(path: str | Path) -> tuple[Path, Path]:
    """(model file, card file) for a model directory or a ``.joblib`` path."""
    path = Path(path)
    if path.is_dir() or path.suffix == "":
        return path / "model.joblib", path / "card.json"
    return path, path.with_name(path.name.removesuffix(".joblib") + ".card.json")


def default_model_path() -> Path:
    return Path(str(resources.files("stance").joinpath("models", "default")))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _atomic_write(target: Path, write: Any) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(handle)
    try:
        write(Path(temporary))
        os.chmod(temporary, 0o644)  # mkstemp makes 0600; a model must be readable by whoever installs it
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def save_model(model: Any, path: str | Path, card: dict[str, Any]) -> dict[str, Any]:
    """Write the model and its card (each to a temporary file renamed on success); return the card."""
    model_file, card_file = model_paths(path)
    payload = PICKLE_HEADER + zlib.compress(pickle.dumps(model, protocol=pickle.HIGHEST_PROTOCOL), 6)
    _atomic_write(model_file, lambda temporary: temporary.write_bytes(payload))
    card = dict(card)
    card.update({"format": CARD_FORMAT, "model_file": model_file.name, "sha256": _sha256(model_file),
                 "size_bytes": model_file.stat().st_size, "versions": library_versions()})
    _atomic_write(card_file, lambda temporary: temporary.write_text(
        json.dumps(card, indent=2, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8"))
    return card


def read_card(path: str | Path) -> dict[str, Any]:
    model_file, card_file = model_paths(path)
    if not card_file.is_file():
        raise ModelError(f"{card_file}: model card not found; refusing to load {model_file} without one "
                         "(a model file is code: load only models written by `stance train`)")
    try:
        card = json.loads(card_file.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ModelError(f"{card_file}: not a valid model card ({error})") from None
    if not isinstance(card, dict) or card.get("format") != CARD_FORMAT or not isinstance(card.get("sha256"), str):
        raise ModelError(f"{card_file}: not a stance model card (expected format {CARD_FORMAT!r} and a sha256)")
    return card


def load_model(path: str | Path | None = None):  # -> stance.model.StanceModel
    """Load a model after checking its file against the checksum in its card.

    ``None`` loads the default model shipped inside the package. A file that does not match its card is
    refused; a model written by another scikit-learn version loads with a warning naming both versions.
    """
    from stance.model import StanceModel

    location = default_model_path() if path is None else Path(path)
    model_file, _ = model_paths(location)
    card = read_card(location)
    if not model_file.is_file():
        raise ModelError(f"{model_file}: model file not found")
    data = model_file.read_bytes()
    actual = hashlib.sha256(data).hexdigest()
    if actual != card["sha256"]:
        raise ModelError(f"{model_file}: checksum {actual[:12]}… does not match its card ({card['sha256'][:12]}…); "
                         "the file was changed after training: refusing to unpickle it")
    trained_with = card.get("versions", {}).get("scikit-learn")
    running = library_versions()["scikit-learn"]
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*Trying to unpickle estimator.*")
        if trained_with and trained_with != running:
            warnings.warn(f"{model_file} was trained with scikit-learn {trained_with} and is loaded with "
                          f"{running}: predictions may differ; retrain with `stance train`", stacklevel=2)
        if data.startswith(PICKLE_HEADER):
            model = pickle.loads(zlib.decompress(data[len(PICKLE_HEADER):]))
        else:  # written by joblib
            model = joblib.load(model_file)
    if not isinstance(model, StanceModel):
        raise ModelError(f"{model_file}: holds a {type(model).__name__}, not a StanceModel")
    model.card_ = card
    return model
