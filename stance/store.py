"""Model files: a model is a pickle file plus a JSON card, checked before anything is unpickled.

A model file is code: unpickling runs whatever it holds. ``load_model`` therefore refuses a file whose
SHA-256 differs from the one its card records, and only ever loads files next to a card. The card is
written by ``stance train`` (never by hand): data hash, recipe, hyper-parameters, metrics, versions.

Layout: ``DIR/model.joblib`` + ``DIR/card.json`` (the packaged default), or ``NAME.joblib`` +
``NAME.card.json`` (what ``stance train --out NAME.joblib`` writes). Beside them, the compiled form
(``inference.json`` + ``inference.npz``, or ``NAME.inference.*``): the same model as plain data, which
``load_model`` prefers. It needs no scikit-learn (whose import took most of a 2 s cold start) and
runs no code when loaded; its files are checksummed in the card too.

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

CARD_FORMAT = "stance-model/1"
PICKLE_HEADER = b"stance-model pickle+zlib\n"


class ModelError(ValueError):
    """A model file that must not or cannot be loaded; the message says which file and why."""


def library_versions() -> dict[str, str]:
    import joblib
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


def compiled_paths(model_file: Path) -> tuple[Path, Path]:
    """(spec, arrays) files of the compiled form that sits beside ``model_file``."""
    if model_file.name == "model.joblib":
        return model_file.with_name("inference.json"), model_file.with_name("inference.npz")
    stem = model_file.name.removesuffix(".joblib")
    return model_file.with_name(f"{stem}.inference.json"), model_file.with_name(f"{stem}.inference.npz")


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
    card.pop("compiled", None)
    spec_file, arrays_file = compiled_paths(model_file)
    try:
        from stance.model import compile_model

        spec, arrays = compile_model(model)
    except ValueError:  # calibration the compiled form does not cover: only the pickle is written
        for stale in (spec_file, arrays_file):
            stale.unlink(missing_ok=True)
    else:
        _atomic_write(spec_file, lambda temporary: temporary.write_text(json.dumps(spec, ensure_ascii=False),
                                                                         encoding="utf-8"))
        _atomic_write(arrays_file, lambda temporary: _write_arrays(temporary, arrays))
        card["compiled"] = {"spec_file": spec_file.name, "spec_sha256": _sha256(spec_file),
                            "arrays_file": arrays_file.name, "arrays_sha256": _sha256(arrays_file)}
    _atomic_write(card_file, lambda temporary: temporary.write_text(
        json.dumps(card, indent=2, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8"))
    return card


def _write_arrays(target: Path, arrays: dict[str, Any]) -> None:
    import numpy as np

    with target.open("wb") as handle:
        np.savez_compressed(handle, **arrays)


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


def load_model(path: str | Path | None = None, compiled: bool = True):  # -> CompiledModel | StanceModel
    """Load a model after checking its files against the checksums in its card.

    ``None`` loads the default model shipped inside the package. With ``compiled`` (the default) and a
    compiled form beside the model, that form is loaded (same predictions, no scikit-learn); otherwise the
    pickled ``StanceModel``. A file that does not match its card is refused; a pickle written by another
    scikit-learn version loads with a warning naming both versions.
    """
    location = default_model_path() if path is None else Path(path)
    model_file, _ = model_paths(location)
    card = read_card(location)
    if compiled and isinstance(card.get("compiled"), dict):
        return _load_compiled(model_file, card)
    return _load_pickle(model_file, card)


def _verified(file: Path, expected: str) -> bytes:
    if not file.is_file():
        raise ModelError(f"{file}: model file not found")
    data = file.read_bytes()
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected:
        raise ModelError(f"{file}: checksum {actual[:12]}… does not match its card ({expected[:12]}…); "
                         "the file was changed after training: refusing to load it")
    return data


def _load_compiled(model_file: Path, card: dict[str, Any]):  # -> stance.inference.CompiledModel
    import io

    import numpy as np

    from stance.inference import CompiledModel

    record = card["compiled"]
    spec_file, arrays_file = compiled_paths(model_file)
    spec = json.loads(_verified(spec_file, str(record.get("spec_sha256"))).decode("utf-8"))
    with np.load(io.BytesIO(_verified(arrays_file, str(record.get("arrays_sha256")))), allow_pickle=False) as stored:
        arrays = {name: stored[name] for name in stored.files}
    model = CompiledModel(spec, arrays)
    model.card_ = card
    return model


def _load_pickle(model_file: Path, card: dict[str, Any]):  # -> stance.model.StanceModel
    from stance.model import StanceModel

    data = _verified(model_file, card["sha256"])
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
            import joblib

            model = joblib.load(model_file)
    if not isinstance(model, StanceModel):
        raise ModelError(f"{model_file}: holds a {type(model).__name__}, not a StanceModel")
    model.card_ = card
    return model
