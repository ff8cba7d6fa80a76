"""The benchmark report: its structure (keys present, values in range), the thresholds gate, and the
generated markdown. The committed report in benchmarks/results is the one the last full run wrote."""
from __future__ import annotations

import copy
import json
import tomllib
from pathlib import Path

import pytest

from stance.benchmark import (
    _STRAIGHT_MARKS,
    REFORMATTINGS,
    _flatten,
    _moved_by_line_breaks,
    check_thresholds,
    hard_wrapped,
    render_markdown,
    summary_rows,
)

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "benchmarks" / "results" / "report.json"


@pytest.fixture(scope="module")
def report() -> dict:
    return json.loads(REPORT.read_text(encoding="utf-8"))


def _fraction(value) -> bool:
    return isinstance(value, float | int) and 0.0 <= value <= 1.0


def test_report_structure(report):
    extraction = report["extraction"]
    for key in ("precision", "recall", "f1", "speaker_accuracy", "kind_accuracy"):
        assert _fraction(extraction[key]), key
    assert extraction["gold_quotes"] > 0 and set(extraction["recall_by_kind"]) <= {"direct", "partial", "continuation"}
    assert set(extraction["robustness"]) == set(REFORMATTINGS)
    for figures in extraction["robustness"].values():
        assert set(figures) == {"precision", "recall", "speaker_accuracy", "kind_accuracy"}
        assert all(map(_fraction, figures.values()))
    classification = report["classification"]
    for split in ("cross_validation", "test"):
        for head in ("stance", "argument"):
            figures = classification["model"][split][head]
            for key in ("macro_f1", "f_avg", "accuracy"):
                assert _fraction(figures[key]), (split, head, key)
            confusion = figures["confusion"]
            assert set(figures["per_class"]) and len(confusion["matrix"]) == len(confusion["labels"])
            assert _fraction(figures["ece"])
    end_to_end = classification["model"]["test_end_to_end"]
    assert 0 < end_to_end["matched"] <= end_to_end["gold_quotes"] == classification["rows"]["test"]
    for head in ("stance", "argument"):
        assert _fraction(end_to_end[head]["macro_f1"]) and end_to_end[head]["n"] == end_to_end["gold_quotes"]
    assert set(classification["baselines"]) == {"majority", "cue_rule", "tfidf_quote_only"}
    semeval = report["semeval"]
    assert "skipped" in semeval or (0 <= semeval["pooled_f_avg"] <= 100 and semeval["test_tweets"] == 1249)
    speed = report["speed"]
    for key in ("extraction_articles_per_second", "extraction_articles_per_second_repeated",
                "prediction_quotes_per_second", "end_to_end_articles_per_second",
                "adversarial_1mb_seconds", "same_names_1mb_seconds", "many_names_1mb_seconds", "import_seconds",
                "cold_start_analyze_seconds",
                "model_size_mb", "compiled_model_size_mb"):
        assert speed[key] > 0, key
    assert speed["machine"]["cores"] >= 1 and speed["machine"]["cpu"]
    assert list(speed["adversarial_seconds_by_size"]) == ["1MB", "2MB", "4MB", "8MB"]
    assert speed["streaming"]["exit_status"] == 0 and speed["streaming"]["articles"] >= 10_000


def test_thresholds_are_met_by_the_report_and_never_above_it(report):
    thresholds = _flatten(tomllib.loads((ROOT / "benchmarks" / "thresholds.toml").read_text()))
    assert thresholds and check_thresholds(report, thresholds) == []


def test_a_lowered_figure_fails_and_is_named(report):
    thresholds = _flatten(tomllib.loads((ROOT / "benchmarks" / "thresholds.toml").read_text()))
    worse = copy.deepcopy(report)
    worse["classification"]["model"]["cross_validation"]["stance"]["macro_f1"] = 0.2
    failures = check_thresholds(worse, thresholds)
    assert any(f.startswith("classification.model.cross_validation.stance.macro_f1") for f in failures)


def test_markdown_is_generated_from_the_report(report):
    markdown = render_markdown(report)
    assert markdown.startswith("# stance benchmark report")
    for figure, value, _ in summary_rows(report):
        assert f"| {figure} | {value} |" in markdown
    assert (ROOT / "benchmarks" / "results" / "report.md").read_text(encoding="utf-8") == markdown


def test_end_to_end_scoring_counts_a_missed_quote_as_none():
    from stance.evaluate import analysis_metrics
    from stance.records import Quote

    def gold(start, stance, argument):
        return {"start": start, "end": start + 4, "stance": stance, "argument": argument}

    def found(start, stance, argument):
        return Quote("word", start, start + 4, "Kim", "direct", "", stance=stance, argument=argument)

    scored = analysis_metrics(
        {"a": [gold(0, "favor", "claim"), gold(10, "against", "premise")], "b": [gold(0, "none", "none")]},
        {"a": [found(0, "favor", "claim"), found(30, "against", "claim")], "b": [found(0, "against", "premise")]})
    assert (scored["gold_quotes"], scored["matched"]) == (3, 2)
    # the quote at 10 was not found: labelled none; the one at 30 is not gold: not scored
    assert scored["stance"]["confusion"]["matrix"] == [[1, 0, 0], [0, 0, 1], [0, 1, 0]]
    assert scored["argument"]["confusion"]["matrix"] == [[1, 0, 0], [0, 0, 1], [0, 1, 0]]


def test_reformattings_keep_what_a_reader_sees_and_where_the_quotes_are():
    text = "Kim Tae-hoon spoke in Seoul on Tuesday.\n\n“We will press on,” he said, “whatever it takes.”"
    gold = [{"start": text.index("We"), "end": text.index("on,") + 3}, {"start": text.index("whatever"),
                                                                          "end": text.index("takes.") + 6}]
    for name, reformat in REFORMATTINGS.items():
        changed = reformat(text)
        spans = _moved_by_line_breaks(text, gold) if name == "windows_line_endings" else gold
        quoted = [" ".join(changed[q["start"]:q["end"]].split()) for q in spans]  # a no-break space is a space
        assert quoted == ["We will press on,", "whatever it takes."], name
        assert changed.split() == text.translate(_STRAIGHT_MARKS).split() or changed.split() == text.split(), name
    assert hard_wrapped("a " * 50, width=20).count("\n") == 4
