"""The labelled seed set on disk, and the validated readers of labelled data."""
from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from stance.data import DataError, article_folds, is_test_article, load_labelled_rows, load_seed_set, read_seed_records

DATA = Path(__file__).resolve().parent.parent / "data"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def articles() -> dict[str, dict]:
    return {row["article_id"]: row for row in _jsonl(DATA / "articles.jsonl")}


@pytest.fixture(scope="module")
def quotes() -> list[dict]:
    return _jsonl(DATA / "quotes.jsonl")


def test_every_quote_is_verbatim_at_its_offsets(articles, quotes):
    for quote in quotes:
        assert articles[quote["article_id"]]["text"][quote["start"]:quote["end"]] == quote["text"], quote["id"]


def test_size_and_balance(articles, quotes):
    stance = Counter(q["stance"] for q in quotes)
    assert len(quotes) >= 600 and len({q["article_id"] for q in quotes}) >= 70
    assert stance["favor"] >= 130 and stance["against"] >= 130 and stance["none"] >= 200


def test_labels_are_consistent_and_fields_present(quotes):
    for quote in quotes:
        assert quote["stance"] in ("favor", "against", "none")
        assert quote["argument"] in ("claim", "premise", "none")
        assert (quote["stance"] == "none") == (quote["argument"] == "none"), quote["id"]
        assert quote["kind"] in ("direct", "partial", "continuation")
        assert isinstance(quote["ambiguous"], bool)


def test_relabelled_quotes_carry_the_decision_of_two_blind_reviews(quotes):
    annotations = DATA / "annotations"
    decided = {row["id"]: row for row in _jsonl(annotations / "relabelled.jsonl")}
    reviewed = [{row["id"] for row in _jsonl(annotations / f"relabel_review_{name}.jsonl")} for name in "ab"]
    by_id = {quote["id"]: quote for quote in quotes}
    assert decided and set(decided) <= reviewed[0] & reviewed[1] and set(decided) <= set(by_id)
    for quote_id, decision in decided.items():
        assert decision["rule"], quote_id  # the guideline change that called for the review
        assert (by_id[quote_id]["stance"], by_id[quote_id]["argument"]) == (decision["stance"], decision["argument"])


def test_every_article_has_provenance_and_no_constructed_quote_is_real_data(articles, quotes):
    for article in articles.values():
        assert article["url"].startswith("http") and article["outlet"] and article["date"]
    assert not any(q.get("source") == "constructed" for q in quotes)


def _shingles(text: str, size: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def test_no_article_reprints_another(articles):
    """Reprints of one story would sit on both sides of a fold; distinct outlets' own reports may share a
    sentence or two (8-word shingles), never most of the text."""
    shingles = {aid: _shingles(article["text"]) for aid, article in articles.items()}
    holders: dict[tuple[str, ...], list[str]] = {}
    for aid, found in shingles.items():
        for shingle in found:
            holders.setdefault(shingle, []).append(aid)
    shared = Counter(pair for ids in holders.values() if len(ids) > 1
                     for pair in itertools.combinations(sorted(ids), 2))
    overlaps = {pair: n / min(len(shingles[pair[0]]), len(shingles[pair[1]])) for pair, n in shared.items()}
    assert [pair for pair, overlap in overlaps.items() if overlap > 0.3] == []


def test_no_reserved_url_is_in_data(shared_dir):
    reserved = {line.strip().rstrip("/") for line in (shared_dir / "reserved-urls.txt").read_text().splitlines()
                if line.strip() and not line.startswith("#")}
    found = [path.name for path in DATA.rglob("*") if path.is_file()
             for url in reserved if url in path.read_text(encoding="utf-8", errors="ignore")]
    assert found == []


def test_data_card_states_the_counts(quotes):
    stats = json.loads((DATA / "stats.json").read_text())
    card = (DATA / "README.md").read_text(encoding="utf-8")
    counts = Counter(q["stance"] for q in quotes)
    assert stats["quotes"] == len(quotes) and stats["stance"] == dict(counts)
    for figure in (len(quotes), counts["favor"], counts["against"], counts["none"]):
        assert f"{figure:,}" in card or str(figure) in card


def test_seed_set_loads_as_a_datasetdict_split_by_article():
    splits = load_seed_set()
    train_articles, test_articles = set(splits["train"]["article_id"]), set(splits["test"]["article_id"])
    assert train_articles and test_articles and not train_articles & test_articles
    assert all(is_test_article(a) for a in test_articles)
    assert {"text", "stance", "argument", "context", "speaker_text", "article"} <= set(splits["train"].column_names)


def test_article_folds_never_split_an_article():
    groups = [r["article_id"] for r in read_seed_records() if r["split"] == "train"]
    folds = article_folds(groups, 5)
    again = article_folds(groups, 5)
    assert all((a == c).all() and (b == d).all() for (a, b), (c, d) in zip(folds, again, strict=True))
    for train, test in folds:
        assert not {groups[i] for i in train} & {groups[i] for i in test}
    assert sorted(i for _, test in folds for i in test) == list(range(len(groups)))


@pytest.mark.parametrize(("content", "message"), [
    ('{"text": "a", "stance": "favor"}\n{"text": "b", "stance": \n', ":2: bad JSON"),
    ('{"text": "a", "stance": "pro"}\n', ":1: field 'stance': unknown label 'pro'"),
    ('{"stance": "favor"}\n', ":1: field 'text': missing"),
    ('{"text": "a"}\n', ":1: field 'stance': missing"),
    ('{"id": 1, "text": "a", "stance": "none"}\n{"id": 1, "text": "b", "stance": "none"}\n',
     ":2: field 'id': duplicate"),
    ("", "no labelled rows"),
    ('{"text": "a", "stance": "favor", "argument": "claim"}\n{"text": "b", "stance": "none"}\n',
     ":2: field 'argument': missing"),
    ("[1, 2]\n", ":1: expected a JSON object"),
], ids=["bad-json", "unknown-label", "missing-text", "missing-stance", "duplicate-id", "empty", "partial-argument",
        "not-object"])
def test_bad_labelled_rows_name_file_line_and_field(tmp_path, content, message):
    path = tmp_path / "rows.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError) as error:
        load_labelled_rows(path)
    assert str(path) in str(error.value) and message in str(error.value)


def test_labels_are_normalised_and_extra_fields_kept(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text('{"text": "a", "stance": "FAVOR", "extra": 1}\n', encoding="utf-8")
    assert load_labelled_rows(path)[0]["stance"] == "favor"
    assert load_labelled_rows(path)[0]["extra"] == 1


def test_a_quote_whose_span_does_not_match_its_article_is_named(tmp_path):
    article = {"article_id": "a", "url": "http://x", "text": "“Hi,” he said."}
    (tmp_path / "articles.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    quote = {"id": "q", "article_id": "a", "start": 1, "end": 4, "text": "Ho,", "kind": "direct", "stance": "none",
             "argument": "none", "ambiguous": False}
    (tmp_path / "quotes.jsonl").write_text(json.dumps(quote) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"quotes.jsonl:1: field 'text': does not match"):
        read_seed_records(tmp_path)
