"""Labelled data: validated reading of JSONL rows, the bundled seed set, and splits grouped by article.

Every reader here stops at the first bad row with a :class:`DataError` whose message names the file,
the line and the field, so that nothing is silently dropped.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from stance.extract import paragraph_span
from stance.records import ARGUMENT_LABELS, QUOTE_KINDS, STANCE_LABELS

REPOSITORY_DATA = Path(__file__).resolve().parent.parent / "data"
TEST_SHARE = 5  # one article in five (by a hash of its id) is held out for the test split


class DataError(ValueError):
    """A labelled file that cannot be used as it is; the message names file, line and field."""


def _normalise_label(value: Any, allowed: Sequence[str], path: Path, line: int, field: str) -> str:
    label = str(value).strip().lower() if isinstance(value, str) else None
    if label not in allowed:
        raise DataError(f"{path}:{line}: field '{field}': unknown label {value!r} (expected {', '.join(allowed)})")
    return label


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line; bad JSON or a non-object is a :class:`DataError`."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise DataError(f"{path}: cannot read: {error.strerror or error}") from None
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as error:
                    raise DataError(f"{path}:{number}: bad JSON at column {error.colno}: {error.msg}") from None
                if not isinstance(row, dict):
                    raise DataError(f"{path}:{number}: expected a JSON object, got {type(row).__name__}")
                yield number, row
        except UnicodeDecodeError as error:
            raise DataError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None


def load_labelled_rows(path: str | Path, require_argument: bool = False) -> list[dict[str, Any]]:
    """Rows of the public labelled-row format (``text`` and ``stance`` required; see CONTRACT.md).

    Labels are normalised to lower case ("FAVOR" -> "favor"). Extra fields are kept.
    """
    path = Path(path)
    rows: list[dict[str, Any]] = []
    seen_ids: dict[str, int] = {}
    for number, row in read_jsonl(path):
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            raise DataError(f"{path}:{number}: field 'text': missing or empty")
        if "stance" not in row:
            raise DataError(f"{path}:{number}: field 'stance': missing")
        row = dict(row)
        row["stance"] = _normalise_label(row["stance"], STANCE_LABELS, path, number, "stance")
        if row.get("argument") is not None:
            row["argument"] = _normalise_label(row["argument"], ARGUMENT_LABELS, path, number, "argument")
        elif require_argument:
            raise DataError(f"{path}:{number}: field 'argument': missing")
        for field in ("context", "speaker", "target", "article_id", "speaker_text", "article"):
            if row.get(field) is not None and not isinstance(row[field], str):
                raise DataError(f"{path}:{number}: field '{field}': expected a string")
        if "id" in row:
            key = str(row["id"])
            if key in seen_ids:
                raise DataError(f"{path}:{number}: field 'id': duplicate id {key!r} (first on line {seen_ids[key]})")
            seen_ids[key] = number
        row["_line"] = number
        rows.append(row)
    if not rows:
        raise DataError(f"{path}: no labelled rows")
    if any("argument" in row and row["argument"] is not None for row in rows) and not all(
            row.get("argument") is not None for row in rows):
        first = next(row["_line"] for row in rows if row.get("argument") is None)
        raise DataError(f"{path}:{first}: field 'argument': missing (other rows have it; label all or none)")
    return rows


def is_test_article(article_id: str) -> bool:
    """The deterministic held-out split: stable when articles are added, no article on both sides."""
    digest = hashlib.sha1(article_id.encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % TEST_SHARE == 0


def article_folds(groups: Sequence[str], n_splits: int = 5) -> list[tuple[np.ndarray, np.ndarray]]:
    """K folds grouped by article (no article in two folds), deterministic, balanced by quote count."""
    groups = np.asarray(groups)
    unique, counts = np.unique(groups, return_counts=True)
    if len(unique) < n_splits:
        raise DataError(f"cannot make {n_splits} folds from {len(unique)} articles")
    order = sorted(range(len(unique)), key=lambda i: (-counts[i], hashlib.sha1(str(unique[i]).encode()).hexdigest()))
    sizes = np.zeros(n_splits, dtype=int)
    fold_of: dict[str, int] = {}
    for i in order:
        fold = int(np.argmin(sizes))
        fold_of[str(unique[i])] = fold
        sizes[fold] += counts[i]
    assignment = np.asarray([fold_of[str(group)] for group in groups])
    indices = np.arange(len(groups))
    return [(indices[assignment != fold], indices[assignment == fold]) for fold in range(n_splits)]


# --- the seed set ------------------------------------------------------------------------------------
def _seed_paths(data_dir: str | Path | None) -> tuple[Path, Path]:
    """The seed set's files: ``data_dir``, else the repository's data/ (editable install), else ./data."""
    if data_dir is not None:
        base = Path(data_dir)
    else:
        base = REPOSITORY_DATA if (REPOSITORY_DATA / "quotes.jsonl").is_file() else Path.cwd() / "data"
    articles, quotes = base / "articles.jsonl", base / "quotes.jsonl"
    for path in (articles, quotes):
        if not path.is_file():
            raise DataError(f"{path}: not found (the seed set lives in the repository's data/ folder; "
                            "pass data_dir= when running from elsewhere)")
    return articles, quotes


def read_seed_records(data_dir: str | Path | None = None) -> list[dict[str, Any]]:
    """Validated quote rows of the seed set, each with its paragraph (``context``), the same speaker's
    other quotes in the article (``speaker_text``) and the article's text (``article``)."""
    articles_path, quotes_path = _seed_paths(data_dir)
    articles: dict[str, dict[str, Any]] = {}
    for number, row in read_jsonl(articles_path):
        for field in ("article_id", "url", "text"):
            if not isinstance(row.get(field), str) or not row[field]:
                raise DataError(f"{articles_path}:{number}: field '{field}': missing or empty")
        if row["article_id"] in articles:
            raise DataError(f"{articles_path}:{number}: field 'article_id': duplicate {row['article_id']!r}")
        articles[row["article_id"]] = row
    quotes: list[dict[str, Any]] = []
    seen: set[str] = set()
    required = ("id", "article_id", "start", "end", "text", "kind", "stance", "argument", "ambiguous")
    for number, row in read_jsonl(quotes_path):
        for field in required:
            if field not in row:
                raise DataError(f"{quotes_path}:{number}: field '{field}': missing")
        if row["id"] in seen:
            raise DataError(f"{quotes_path}:{number}: field 'id': duplicate id {row['id']!r}")
        seen.add(row["id"])
        article = articles.get(row["article_id"])
        if article is None:
            raise DataError(f"{quotes_path}:{number}: field 'article_id': unknown article {row['article_id']!r}")
        start, end = row["start"], row["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(article["text"])):
            raise DataError(f"{quotes_path}:{number}: field 'start': offsets {start!r}..{end!r} outside the article")
        if article["text"][start:end] != row["text"]:
            raise DataError(f"{quotes_path}:{number}: field 'text': does not match the article text at {start}..{end}")
        if row["kind"] not in QUOTE_KINDS:
            raise DataError(f"{quotes_path}:{number}: field 'kind': unknown kind {row['kind']!r}")
        row = dict(row)
        row["stance"] = _normalise_label(row["stance"], STANCE_LABELS, quotes_path, number, "stance")
        row["argument"] = _normalise_label(row["argument"], ARGUMENT_LABELS, quotes_path, number, "argument")
        p_start, p_end = paragraph_span(article["text"], start, end)
        row["context"] = article["text"][p_start:p_end]
        row["article"] = article["text"]
        quotes.append(row)
    by_speaker: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in quotes:
        if row.get("speaker"):
            by_speaker.setdefault((row["article_id"], row["speaker"]), []).append(row)
    for row in quotes:
        same = by_speaker.get((row["article_id"], row.get("speaker")), []) if row.get("speaker") else []
        row["speaker_text"] = " ".join(other["text"] for other in same if other["id"] != row["id"])
        row["split"] = "test" if is_test_article(row["article_id"]) else "train"
    return quotes


def load_seed_set(data_dir: str | Path | None = None):  # -> datasets.DatasetDict
    """The seed set as a Hugging Face ``DatasetDict`` with ``train`` and ``test`` splits grouped by article.

    The files are validated first (a bad row fails with file, line and field), then loaded with
    ``datasets.load_dataset("json", ...)`` without any hub access.
    """
    import datasets

    records = read_seed_records(data_dir)
    _, quotes_path = _seed_paths(data_dir)
    extra = {row["id"]: row for row in records}
    loaded = datasets.load_dataset("json", data_files=str(quotes_path), split="train")
    loaded = loaded.map(lambda row: {"context": extra[row["id"]]["context"],
                                     "speaker_text": extra[row["id"]]["speaker_text"],
                                     "article": extra[row["id"]]["article"],
                                     "split": extra[row["id"]]["split"]})
    return datasets.DatasetDict({
        "train": loaded.filter(lambda row: row["split"] == "train"),
        "test": loaded.filter(lambda row: row["split"] == "test"),
    })


def seed_set_hash(data_dir: str | Path | None = None) -> str:
    """SHA-256 over the seed set's two files: the training-data fingerprint in a model card."""
    digest = hashlib.sha256()
    for path in _seed_paths(data_dir):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def file_hash(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
