"""Prediction without scikit-learn: statement rows -> feature matrix -> labels, scores and evidence.

Importing scikit-learn costs more than a second, most of a ``stance analyze`` cold start. A trained
:class:`~stance.model.StanceModel` is therefore also saved in a *compiled* form (:func:`compile_model` in
``stance.model``): vocabularies, IDF weights, coefficients and temperatures as plain arrays, which
:class:`CompiledModel` applies with numpy and scipy alone, to the same numbers (tests compare them).
It is data, not code: loading it runs nothing. :class:`Predictor` holds the prediction logic that
both model classes share; this module also holds the row helpers both need.
"""
from __future__ import annotations

import re
import tomllib
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources
from itertools import combinations
from typing import Any

import numpy as np
import scipy.sparse as sp

from stance.extract import extract_quotes, paragraph_span, sentence_span
from stance.lexicon import trie_pattern, word_list
from stance.records import ARGUMENT_LABELS, Quote

QUOTE_PLACEHOLDER = " QUOTE "
RECORD_FIELDS = ("text", "frame", "verbs", "speaker_text", "speaker", "article", "target")
EMPTY_FIELD = "__empty__"
_VERB_WINDOW = 120


# --- rows and records ------------------------------------------------------------------------------
def quote_record(text: str, context: str = "", speaker_text: str = "", target: str = "", article: str = "",
                 speaker: str = "") -> dict[str, str]:
    """The record of one statement: its words, its frame and reporting verbs, the speaker's other words,
    who the speaker is, its article. The frame is the reporter's sentence around the quote (``context`` is its
    paragraph): the rest of a paragraph often holds other quotes, other speakers' words.

    >>> record = quote_record("losing leverage", "He met Kim. He lamented the U.S. was “losing leverage” by waiting.")
    >>> record["frame"], record["verbs"]
    ('He lamented the U.S. was “ QUOTE ” by waiting.', 'lamented')
    """
    frame, verbs = "", ""
    if context:
        at = context.find(text) if text else -1
        if at >= 0:
            paragraph = context[:at] + QUOTE_PLACEHOLDER + context[at + len(text):]
            frame = paragraph[slice(*sentence_span(paragraph, at, at + len(QUOTE_PLACEHOLDER)))]
            after = at + len(text)
            window = context[max(0, at - _VERB_WINDOW): at] + " " + context[after: after + _VERB_WINDOW]
        else:
            frame, window = context, context
        speech = word_list("speech_verbs")
        verbs = " ".join(word for word in re.findall(r"[a-z]+", window) if word in speech)
    return {"text": text, "frame": frame, "verbs": verbs, "speaker_text": speaker_text, "speaker": speaker,
            "article": article, "target": target}


def as_records(rows: Iterable[str | Mapping[str, Any]]) -> list[dict[str, str]]:
    """Accept plain statements or labelled-row dicts (``text`` plus optional ``context``/``article``...)."""
    records = []
    for row in rows:
        if isinstance(row, str):
            records.append(quote_record(row))
        elif "frame" in row:
            records.append({field: str(row.get(field) or "") for field in RECORD_FIELDS})
        else:
            records.append(quote_record(str(row.get("text") or ""), str(row.get("context") or ""),
                                        str(row.get("speaker_text") or ""), str(row.get("target") or ""),
                                        str(row.get("article") or ""), str(row.get("speaker") or "")))
    return records


def article_rows(text: str, quotes: Sequence[Quote], target: str = "", article_id: str = "article"
                 ) -> list[dict[str, Any]]:
    """Model rows for the quotes of one article: each with its paragraph, its speaker's other quotes and
    the article."""
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for i, quote in enumerate(quotes):
        if quote.speaker:
            by_speaker[quote.speaker].append(i)
    rows = []
    for i, quote in enumerate(quotes):
        start, end = paragraph_span(text, quote.start, quote.end)
        others = [quotes[j].text for j in by_speaker.get(quote.speaker or "", []) if j != i]
        record = quote_record(quote.text, text[start:end], " ".join(others), target, article=text,
                              speaker=quote.speaker or "")
        record["article_id"] = article_id
        rows.append(record)
    return rows


def normalise_for_features(text: str) -> str:
    """Lower-case, and spell hashtags out: ``#StandWithPP`` -> ``#standwithpp standwithpp stand with pp``."""
    def spell(match: re.Match[str]) -> str:
        word = match.group(1)
        parts = re.sub(r"([a-z])([A-Z])", r"\1 \2", word)
        return f"#{word} {word}" + (f" {parts}" if parts != word else "")

    return (_HASHTAG.sub(spell, text) if "#" in text else text).lower()  # (most texts hold no hashtag)


_HASHTAG = re.compile(r"#(\w+)")


@cache
def cue_lexicons() -> dict[str, tuple[str, ...]]:
    """The cue categories of ``stance/resources/cue_lexicons.toml``."""
    text = resources.files("stance.resources").joinpath("cue_lexicons.toml").read_text(encoding="utf-8")
    return {name: tuple(section["terms"]) for name, section in tomllib.loads(text).items()}


@cache
def cue_pattern(categories: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, int]]:
    """One trie-shaped expression for every term, and the category (by index) each term counts for, the
    first that lists it: a single pass over the text counts them all."""
    lexicons = cue_lexicons()
    owner: dict[str, int] = {}
    for index, name in enumerate(categories):
        for term in lexicons[name]:
            owner.setdefault(term, index)
    return re.compile(r"(?<![\w’'])(?:" + trie_pattern(owner) + r")(?![\w’'])"), owner


def cue_counts(records: Sequence[Mapping[str, Any]], field: str, categories: Sequence[str]) -> sp.csr_matrix:
    """log(1 + hits) of each cue category in one field of each record."""
    return sp.csr_matrix(np.log1p(_cue_hit_rows(records, field, tuple(categories)).astype(np.float64)))


def _cue_hit_rows(records: Sequence[Mapping[str, Any]], field: str, categories: tuple[str, ...]) -> np.ndarray:
    """The hits of each cue category in one field of each record, a row per record."""
    hits = [cue_hits(str(record.get(field) or ""), categories) for record in records]
    return np.asarray(hits, dtype=np.int64).reshape(len(records), len(categories))


@lru_cache(maxsize=1 << 15)
def cue_hits(text: str, categories: tuple[str, ...]) -> tuple[int, ...]:
    """The hits of each cue category in a text, remembered: the cue counts and the cue pairs read the same
    quotes and frames, and the quotes of one sentence share their frame."""
    pattern, owner = cue_pattern(categories)
    counts = [0] * len(categories)
    for match in pattern.finditer(text.lower()):
        counts[owner[match.group(0)]] += 1
    return tuple(counts)


def cue_pair_names(categories: Sequence[str]) -> list[str]:
    """``"rights+diplomacy"``: the pairs of cue categories, in the order of their columns."""
    return [f"{first}+{second}" for first, second in combinations(categories, 2)]


def cue_pairs(records: Sequence[Mapping[str, Any]], fields: Sequence[str], categories: Sequence[str]
              ) -> sp.csr_matrix:
    """1 where two cue categories both occur in the given fields of a record (a quote and its frame together):
    rights beside talks or conditions is the proposition itself, which no single cue says and a linear model
    cannot add up from single cues."""
    key = tuple(categories)
    present = np.zeros((len(records), len(key)), dtype=bool)
    for field in fields:
        present |= _cue_hit_rows(records, field, key) > 0
    pairs = np.asarray(list(combinations(range(len(key)), 2)), dtype=np.int64).reshape(-1, 2)
    return sp.csr_matrix((present[:, pairs[:, 0]] & present[:, pairs[:, 1]]).astype(np.float64))


def field_values(records: Sequence[Mapping[str, Any]], field: str) -> list[str]:
    """One field of every record; an empty field is the token ``__empty__`` ("no context" is a feature)."""
    return [str(record.get(field) or "") or EMPTY_FIELD for record in records]


# --- decisions ---------------------------------------------------------------------------------------
def pool_by_speaker(rows: Sequence[Any], proba: np.ndarray, own_weight: float) -> np.ndarray:
    """Mix each quote's probabilities with the mean of its speaker's quotes in the same article.

    Rows without both ``speaker`` and ``article_id`` are left alone; ``own_weight=1`` changes nothing.
    """
    if own_weight >= 1.0:
        return proba
    members: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        if isinstance(row, Mapping) and row.get("speaker") and row.get("article_id"):
            members[(str(row["article_id"]), str(row["speaker"]))].append(i)
    pooled = proba.copy()
    for indices in members.values():
        if len(indices) > 1:
            pooled[indices] = own_weight * proba[indices] + (1 - own_weight) * proba[indices].mean(axis=0)
    return pooled


def stance_decisions(classes: Sequence[Any], proba: np.ndarray, none_margin: float = 0.0) -> list[str]:
    """The label of each row: the likeliest class, except that ``none`` must beat the likeliest other class
    by ``none_margin``. Macro-F1 weighs the rarer stance-bearing classes as much as ``none``; a margin trades
    some of ``none``'s precision for their recall.

    >>> stance_decisions(["against", "favor", "none"], np.array([[0.2, 0.35, 0.45]]), none_margin=0.15)
    ['favor']
    """
    scores = np.array(proba, dtype=float)
    labels = [str(label) for label in classes]
    if none_margin and "none" in labels:
        scores[:, labels.index("none")] -= none_margin
    return [labels[i] for i in scores.argmax(axis=1)] if len(scores) else []


def combine_argument(none: np.ndarray, claim: np.ndarray) -> np.ndarray:
    """Argument probabilities (claim, premise, none) from P(stance = none) and P(claim | stance-bearing)."""
    return np.column_stack([(1 - none) * claim, (1 - none) * (1 - claim), none])


def argument_labels(stance: Sequence[str], argument_proba: np.ndarray) -> list[str]:
    """``none`` where the stance is ``none``; otherwise the likelier of claim and premise."""
    return ["none" if label == "none" else ("claim" if p[0] >= p[1] else "premise")
            for label, p in zip(stance, argument_proba, strict=True)]


def softmax_with_temperature(scores: np.ndarray, temperature: float) -> np.ndarray:
    scaled = scores / temperature
    scaled = scaled - scaled.max(axis=1, keepdims=True)
    exp = np.exp(scaled)
    return exp / exp.sum(axis=1, keepdims=True)


def _rounded(labels: Sequence[Any], proba: np.ndarray) -> dict[str, float]:
    return {str(label): round(float(p), 4) for label, p in zip(labels, proba, strict=True)}


def _readable(name: str) -> str:
    """``"frame_words__most urgent"`` -> ``"frame_words: most urgent"``."""
    return re.sub(r"__", ": ", str(name), count=1)


class Predictor(ABC):
    """Prediction shared by the trained and the compiled model. A subclass provides ``classes_``,
    ``speaker_pooling``, ``none_margin``, ``target``, ``evidence_names_``, ``evidence_weights_`` and
    ``_check_ready()``, ``_matrix(rows)``, ``_raw_stance_proba(matrix)``, ``_has_argument_head()`` and
    ``_claim_proba(matrix)`` (P(claim | stance-bearing))."""

    classes_: np.ndarray
    speaker_pooling: float
    none_margin: float
    target: str
    evidence_names_: np.ndarray
    evidence_weights_: np.ndarray

    @abstractmethod
    def _check_ready(self) -> None: ...

    @abstractmethod
    def _matrix(self, rows: Sequence[Any]) -> sp.csr_matrix: ...

    @abstractmethod
    def _raw_stance_proba(self, matrix: sp.csr_matrix) -> np.ndarray: ...

    @abstractmethod
    def _has_argument_head(self) -> bool: ...

    @abstractmethod
    def _claim_proba(self, matrix: sp.csr_matrix) -> np.ndarray: ...

    def _stance_proba(self, rows: Sequence[Any], matrix: sp.csr_matrix) -> np.ndarray:
        return pool_by_speaker(rows, self._raw_stance_proba(matrix), self.speaker_pooling)

    def _decide(self, stance_proba: np.ndarray) -> list[str]:
        return stance_decisions(self.classes_, stance_proba, self.none_margin)

    def predict_proba(self, rows: Iterable[str | Mapping[str, Any]]) -> np.ndarray:
        """Stance probabilities, one column per label of ``classes_``."""
        self._check_ready()
        rows = list(rows)
        if not rows:
            return np.zeros((0, len(self.classes_)))
        return self._stance_proba(rows, self._matrix(rows))

    def predict(self, rows: Iterable[str | Mapping[str, Any]]) -> list[str]:
        """The stance of each statement: the most probable, ``none`` only when it leads by ``none_margin``."""
        return self._decide(self.predict_proba(rows))

    def argument_proba(self, rows: Iterable[str | Mapping[str, Any]], stance_proba: np.ndarray | None = None,
                       matrix: sp.csr_matrix | None = None) -> np.ndarray | None:
        """Argument-role probabilities in the order of ``ARGUMENT_LABELS``; None without an argument head."""
        self._check_ready()
        if not self._has_argument_head():
            return None
        rows = list(rows)
        if not rows:
            return np.zeros((0, len(ARGUMENT_LABELS)))
        matrix = self._matrix(rows) if matrix is None else matrix
        claim = self._claim_proba(matrix)
        if stance_proba is None:
            stance_proba = self._stance_proba(rows, matrix)
        classes = list(self.classes_)
        none = stance_proba[:, classes.index("none")] if "none" in classes else np.zeros(len(rows))
        return combine_argument(none, claim)

    def predict_argument(self, rows: Iterable[str | Mapping[str, Any]]) -> list[str] | None:
        """Argument roles consistent with the predicted stance (none exactly when the stance is none)."""
        if not self._has_argument_head():
            return None
        rows = list(rows)
        if not rows:
            return []
        matrix = self._matrix(rows)
        stance_proba = self._stance_proba(rows, matrix)
        proba = self.argument_proba(rows, stance_proba, matrix)
        assert proba is not None
        return argument_labels(self._decide(stance_proba), proba)

    def labels(self, rows: Iterable[str | Mapping[str, Any]], matrix: sp.csr_matrix | None = None
               ) -> list[dict[str, Any]]:
        """Per statement: ``stance`` and ``stance_scores``, and with an argument head ``argument`` and
        ``argument_scores`` (scores rounded to 4 places, as written to JSON)."""
        self._check_ready()
        rows = list(rows)
        if not rows:
            return []
        matrix = self._matrix(rows) if matrix is None else matrix
        stance_proba = self._stance_proba(rows, matrix)
        stance = self._decide(stance_proba)
        argument_proba = self.argument_proba(rows, stance_proba, matrix)
        roles = argument_labels(stance, argument_proba) if argument_proba is not None else None
        found = []
        for i, label in enumerate(stance):
            record: dict[str, Any] = {"stance": label, "stance_scores": _rounded(self.classes_, stance_proba[i])}
            if roles is not None and argument_proba is not None:
                record["argument"] = roles[i]
                record["argument_scores"] = _rounded(ARGUMENT_LABELS, argument_proba[i])
            found.append(record)
        return found

    def evidence(self, rows: Iterable[str | Mapping[str, Any]], labels: Sequence[str] | None = None,
                 top: int = 5, matrix: sp.csr_matrix | None = None) -> list[tuple[str, ...]]:
        """For each statement, the features that pushed most toward its (predicted) stance label."""
        self._check_ready()
        rows = list(rows)
        if not rows:
            return []
        matrix = sp.csr_matrix(self._matrix(rows) if matrix is None else matrix)
        labels = list(labels) if labels is not None else self.predict(rows)
        classes = [str(label) for label in self.classes_]
        found = []
        for i, label in enumerate(labels):
            start, end = matrix.indptr[i], matrix.indptr[i + 1]
            indices, data = matrix.indices[start:end], matrix.data[start:end]
            contributions = data * self.evidence_weights_[classes.index(label), indices]
            order = np.argsort(-contributions, kind="stable")[:top]
            found.append(tuple(_readable(self.evidence_names_[indices[j]]) for j in order if contributions[j] > 0))
        return found

    def analyze(self, text: str) -> list[Quote]:
        """Extract the quotes of an article and label each: stance, argument, scores and evidence."""
        return self.analyze_many([text])[0]

    def analyze_many(self, texts: Sequence[str]) -> list[list[Quote]]:
        """``analyze`` for many articles at once: one prediction call for all their quotes (much faster)."""
        self._check_ready()
        extracted = [extract_quotes(text) for text in texts]
        rows = [row for index, (text, quotes) in enumerate(zip(texts, extracted, strict=True))
                for row in article_rows(text, quotes, target=self.target, article_id=str(index))]
        if not rows:
            return [[] for _ in texts]
        matrix = self._matrix(rows)
        labels = self.labels(rows, matrix)
        evidence = self.evidence(rows, [label["stance"] for label in labels], matrix=matrix)
        labelled: list[list[Quote]] = []
        i = 0
        for quotes in extracted:
            labelled.append([])
            for quote in quotes:
                labelled[-1].append(quote.with_labels(**labels[i], evidence=evidence[i]))
                i += 1
        return labelled


# --- the compiled model ------------------------------------------------------------------------------
_WHITE_SPACES = re.compile(r"\s\s+")
_WORD_CACHE = 200_000  # distinct words whose character n-grams are kept (then the cache starts afresh)


class CompiledText:
    """A fitted TF-IDF (or count) vectorizer over one record field, as data: what scikit-learn's
    ``TfidfVectorizer.transform`` computes, for the analyzers the feature pipeline uses."""

    def __init__(self, spec: Mapping[str, Any], vocabulary: Sequence[str], idf: np.ndarray | None) -> None:
        self.field = spec["field"]
        self.analyzer = spec["analyzer"]
        self.ngram_range = tuple(spec["ngram_range"])
        self.token_pattern = re.compile(spec["token_pattern"]) if spec.get("token_pattern") else None
        self.stop_words = frozenset(spec.get("stop_words") or ())
        self.binary, self.sublinear_tf, self.norm = spec["binary"], spec["sublinear_tf"], spec["norm"]
        self.vocabulary = {term: index for index, term in enumerate(vocabulary)}
        self.idf = idf
        self._word_columns: dict[str, list[int]] = {}  # a word's character n-gram columns, read once

    def _columns(self, text: str) -> list[int]:
        """The vocabulary columns of the text's n-grams, repeats kept, unknown n-grams dropped."""
        text = normalise_for_features(text)
        if self.analyzer == "char_wb":  # n-grams never cross a word's edge: each distinct word is read once
            columns: list[int] = []
            known = self._word_columns
            for word in _WHITE_SPACES.sub(" ", text).split():
                found = known.get(word)
                if found is None:
                    if len(known) > _WORD_CACHE:
                        known.clear()
                    found = known[word] = self._char_columns(word)
                columns += found
            return columns
        assert self.token_pattern is not None
        low, high = self.ngram_range
        tokens = self.token_pattern.findall(text)
        if self.stop_words:
            tokens = [token for token in tokens if token not in self.stop_words]
        grams = list(tokens) if low == 1 else []
        for n in range(max(low, 2), min(high, len(tokens)) + 1):
            grams.extend(" ".join(tokens[i: i + n]) for i in range(len(tokens) - n + 1))
        return [column for column in map(self.vocabulary.get, grams) if column is not None]

    def _char_columns(self, word: str) -> list[int]:
        """scikit-learn's ``char_wb`` n-grams of one word, padded with a space each side, as columns."""
        low, high = self.ngram_range
        word = " " + word + " "
        grams = []
        for n in range(low, high + 1):
            offset = 0
            grams.append(word[offset: offset + n])
            while offset + n < len(word):
                offset += 1
                grams.append(word[offset: offset + n])
            if offset == 0:  # a word no longer than n gives one n-gram, and no longer ones
                break
        return [column for column in map(self.vocabulary.get, grams) if column is not None]

    def transform(self, records: Sequence[Mapping[str, Any]]) -> sp.csr_matrix:
        """Each distinct text is read once: quotes of one article share its words, those of one sentence its
        frame, those of one speaker the speaker's other words (the same rows as reading every text)."""
        texts = field_values(records, self.field)
        index: dict[str, int] = {}
        rows = [index.setdefault(text, len(index)) for text in texts]
        if len(index) == len(texts):
            return self._vectorize(texts)
        return self._vectorize(list(index))[rows]

    def _vectorize(self, texts: Sequence[str]) -> sp.csr_matrix:
        indptr, indices = [0], []
        for text in texts:
            indices += self._columns(text)
            indptr.append(len(indices))
        matrix = sp.csr_matrix((np.ones(len(indices)), np.asarray(indices, dtype=np.int64),
                                np.asarray(indptr, dtype=np.int64)), shape=(len(texts), len(self.vocabulary)))
        matrix.sum_duplicates()  # a repeated column is a count: scipy adds the repeats up, in C
        if self.binary:
            matrix.data.fill(1)
        if self.sublinear_tf:
            np.log(matrix.data, matrix.data)
            matrix.data += 1
        if self.idf is not None:
            matrix.data *= self.idf[matrix.indices]
        if self.norm == "l2":
            lengths = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
            lengths[lengths == 0] = 1.0
            matrix.data /= np.repeat(lengths, np.diff(matrix.indptr))
        return matrix


class CompiledCues:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.field, self.categories = spec["field"], list(spec["categories"])

    def transform(self, records: Sequence[Mapping[str, Any]]) -> sp.csr_matrix:
        return cue_counts(records, self.field, self.categories)


class CompiledCuePairs:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.fields, self.categories = list(spec["fields"]), list(spec["categories"])

    def transform(self, records: Sequence[Mapping[str, Any]]) -> sp.csr_matrix:
        return cue_pairs(records, self.fields, self.categories)


class CompiledModel(Predictor):
    """A :class:`~stance.model.StanceModel` as arrays: the same predictions, without scikit-learn.

    Files: ``DIR/inference.json`` (labels, parameters, feature blocks, vocabularies) and
    ``DIR/inference.npz`` (IDF weights, coefficients); evidence is read from the stance coefficients.
    """

    def __init__(self, spec: Mapping[str, Any], arrays: Mapping[str, np.ndarray]) -> None:
        self.classes_ = np.asarray(spec["classes"], dtype=object)
        self.speaker_pooling = float(spec["speaker_pooling"])
        self.none_margin = float(spec["none_margin"])
        self.target = spec["target"]
        self.targets_ = list(spec["targets"])
        self.shared_weight = float(spec["shared_weight"])
        self.blocks: list[tuple[Any, float]] = []
        for i, block in enumerate(spec["blocks"]):
            if block["kind"] == "cues":
                self.blocks.append((CompiledCues(block), block["weight"]))
            elif block["kind"] == "cue_pairs":
                self.blocks.append((CompiledCuePairs(block), block["weight"]))
            else:
                idf = arrays.get(f"idf_{i}")
                self.blocks.append((CompiledText(block, block["vocabulary"], idf), block["weight"]))
        self.stance_head = _CompiledHead(spec["stance_head"], arrays, "stance")
        self.argument_head = _CompiledHead(spec["argument_head"], arrays, "argument") if spec.get(
            "argument_head") else None
        self.argument_columns = arrays.get("argument_columns")  # None: the argument head reads every column
        self.evidence_names_ = np.asarray(self._feature_names(spec), dtype=object)
        coef = self.stance_head.coef  # a linear model's evidence is its coefficients
        self.evidence_weights_ = np.vstack([-coef[0], coef[0]]) if coef.shape[0] == 1 else coef
        self.card_: dict[str, Any] = {}

    def _feature_names(self, spec: Mapping[str, Any]) -> list[str]:
        """Column names as scikit-learn's feature union and the target conjunction name them."""
        names = []
        for block in spec["blocks"]:
            if block["kind"] == "cues":
                names += [f"{block['name']}__{block['field']}_cue_{category}" for category in block["categories"]]
            elif block["kind"] == "cue_pairs":
                names += [f"{block['name']}__{pair}" for pair in cue_pair_names(block["categories"])]
            else:
                names += [f"{block['name']}__{term}" for term in block["vocabulary"]]
        return names + [f"[{target}] {name}" for target in self.targets_ for name in names]

    def _check_ready(self) -> None:
        return None

    def _matrix(self, rows: Sequence[Any]) -> sp.csr_matrix:
        records = as_records(rows)
        parts = []
        for block, weight in self.blocks:
            part = block.transform(records)
            parts.append(part * weight if weight != 1 else part)
        matrix = sp.hstack(parts, format="csr")
        if not self.targets_:
            return matrix
        values = np.asarray([str(record.get("target") or "") for record in records], dtype=object)
        conjoined = [matrix * self.shared_weight]
        for target in self.targets_:
            conjoined.append(sp.diags((values == target).astype(np.float64)) @ matrix)
        return sp.hstack(conjoined, format="csr")

    def _raw_stance_proba(self, matrix: sp.csr_matrix) -> np.ndarray:
        return self.stance_head.proba(matrix)

    def _has_argument_head(self) -> bool:
        return self.argument_head is not None

    def _claim_proba(self, matrix: sp.csr_matrix) -> np.ndarray:
        assert self.argument_head is not None
        columns = self.argument_columns
        proba = self.argument_head.proba(matrix if columns is None else matrix[:, columns])
        return proba[:, self.argument_head.classes.index("claim")]


class _CompiledHead:
    """A linear classifier with temperature calibration: ``softmax((X @ W.T + b) / T)``."""

    def __init__(self, spec: Mapping[str, Any], arrays: Mapping[str, np.ndarray], name: str) -> None:
        self.classes = list(spec["classes"])
        self.temperature = float(spec["temperature"])
        self.coef = arrays[f"{name}_coef"]
        self.intercept = arrays[f"{name}_intercept"]

    def proba(self, matrix: sp.csr_matrix) -> np.ndarray:
        scores = np.asarray(matrix @ self.coef.T) + self.intercept
        if scores.shape[1] == 1:  # a binary classifier's one score s: [-s/2, s/2]
            scores = np.column_stack([-scores[:, 0] / 2, scores[:, 0] / 2])
        return softmax_with_temperature(scores, self.temperature)
