"""The command line: output formats, bad input as one clear line with exit 2, training from rows."""
from __future__ import annotations

import json
from importlib import resources

import pytest

from stance.cli import main

EXAMPLE = str(resources.files("stance").joinpath("resources", "example_article.txt"))
SMALL_ROWS = [("rights must be on the agenda", "favor"), ("no deal without the camps closed", "favor"),
              ("talks first, rights later", "against"), ("no preconditions for dialogue", "against"),
              ("the summit is on Tuesday", "none"), ("the train arrived late", "none")] * 3


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_quotes_jsonl(capsys):
    code, out, _ = _run(capsys, "quotes", EXAMPLE, "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(records) == 15
    assert set(records[0]) == {"source", "text", "start", "end", "speaker", "kind", "context"}


def test_analyze_jsonl_and_csv(capsys):
    code, out, _ = _run(capsys, "analyze", EXAMPLE, "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(records) == 15 and records[0]["stance"] in ("favor", "against", "none")
    assert records[0]["source"] == EXAMPLE
    code, out, _ = _run(capsys, "analyze", EXAMPLE, "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("source,text,start,end,speaker")


def test_invalid_utf8_is_one_clear_line(tmp_path, capsys):
    path = tmp_path / "latin1.txt"
    path.write_bytes("“Caf\xe9,” said Kim.".encode("latin-1", errors="replace") + b"\xff\xfe")
    code, out, err = _run(capsys, "analyze", str(path))
    assert code == 2 and out == "" and "not UTF-8" in err and str(path) in err and len(err.splitlines()) == 1


def test_missing_file(capsys):
    code, _, err = _run(capsys, "quotes", "/nonexistent/file.txt")
    assert code == 2 and "cannot read" in err


@pytest.mark.parametrize("content", [b"", b"   \n\n", b"\x00\x01\x02 binary", b"\"" * 5000])
def test_odd_texts_give_results(tmp_path, capsys, content):
    path = tmp_path / "odd.txt"
    path.write_bytes(content)
    code, _, err = _run(capsys, "analyze", str(path), "--format", "jsonl")
    assert code == 0 and "Traceback" not in err


def test_html_input_is_turned_into_text(tmp_path, capsys):
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>&ldquo;Rights first,&rdquo; said Kim Tae-hoon.</p>"
                    "<script>var a = \"x\";</script></body></html>", encoding="utf-8")
    code, out, _ = _run(capsys, "quotes", str(path), "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [(r["text"], r["speaker"]) for r in records] == [("Rights first,", "Kim Tae-hoon")]


def test_jsonl_input_reports_a_bad_record_and_keeps_order(tmp_path, capsys):
    path = tmp_path / "articles.jsonl"
    path.write_text('{"id": "a", "text": "“One,” said Kim Tae-hoon."}\n{"id": "b", "text": \n'
                    '{"id": "c", "body": "x"}\n{"id": "d", "text": "“Two,” said Lee Jong-seok."}\n', encoding="utf-8")
    code, out, err = _run(capsys, "quotes", str(path), "--input-format", "jsonl", "--format", "jsonl")
    assert code == 0 and [json.loads(line)["text"] for line in out.splitlines()] == ["One,", "Two,"]
    assert f"{path}:2: bad JSON" in err and f"{path}:3: field 'text'" in err
    code, out, err = _run(capsys, "quotes", str(path), "--input-format", "jsonl", "--on-error", "stop")
    assert code == 2 and "stopping" in err


@pytest.mark.parametrize("name", ["articles.jsonl", "articles.NDJSON", "dump.txt"])
def test_auto_input_reads_jsonl_as_one_article_a_line(tmp_path, capsys, name):
    path = tmp_path / name  # a .txt dump too: its first line is a JSON object, which no prose starts with
    path.write_text('{"id": "a", "text": "“One,” said Kim Tae-hoon."}\n{"id": "b", "body": "x"}\n', encoding="utf-8")
    code, out, err = _run(capsys, "quotes", str(path), "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [(r["source"], r["text"]) for r in records] == [(f"{path}:a", "One,")]
    assert f"{path}:2: field 'text'" in err


def test_auto_input_keeps_text_that_only_opens_with_a_brace(tmp_path, capsys):
    path = tmp_path / "note.txt"
    path.write_text("{draft} “One,” said Kim Tae-hoon.\n", encoding="utf-8")
    code, out, _ = _run(capsys, "quotes", str(path), "--format", "jsonl")
    assert code == 0 and [json.loads(line)["source"] for line in out.splitlines()] == [str(path)]


def test_jobs_keep_output_order(tmp_path, capsys):
    path = tmp_path / "articles.jsonl"
    lines = (json.dumps({"id": i, "text": f"“Quote {i},” said Kim Tae-hoon."}) for i in range(40))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = _run(capsys, "quotes", str(path), "--input-format", "jsonl", "--jobs", "2", "--format", "jsonl")
    assert code == 0 and [json.loads(line)["text"] for line in out.splitlines()] == [f"Quote {i}," for i in range(40)]


def test_train_predict_evaluate_from_rows(tmp_path, capsys):
    rows = tmp_path / "rows.jsonl"
    lines = (json.dumps({"id": i, "text": t, "stance": s}) for i, (t, s) in enumerate(SMALL_ROWS))
    rows.write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = tmp_path / "recipe.toml"
    config.write_text('[parameters]\nchar_ngrams = false\ncontext = false\nspeaker = false\ncues = false\n'
                      'calibration_folds = 2\n[search]\nfolds = 3\nselect_by = "f_avg"\n[search.grid]\nC = [1.0]\n',
                      encoding="utf-8")
    model = tmp_path / "model.joblib"
    code, out, _ = _run(capsys, "train", "--config", str(config), "--data", str(rows), "--out", str(model), "--quiet")
    assert code == 0 and model.is_file() and (tmp_path / "model.card.json").is_file()
    assert "cross_validation" in json.loads(out)["metrics"]
    code, out, _ = _run(capsys, "predict", "--model", str(model), "--data", str(rows))
    predicted = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(predicted) == len(SMALL_ROWS) and "stance_scores" in predicted[0]
    code, out, _ = _run(capsys, "evaluate", "--model", str(model), "--data", str(rows), "--format", "json")
    assert code == 0 and 0 <= json.loads(out)["stance"]["f_avg"] <= 1


def test_predict_and_evaluate_use_the_shipped_model_by_default(tmp_path, capsys):
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"text": "Human rights must be on the summit's agenda.", "stance": "favor",
                                "argument": "claim"}) + "\n", encoding="utf-8")
    code, out, _ = _run(capsys, "predict", "--data", str(rows))
    assert code == 0 and {"stance", "stance_scores", "argument"} <= set(json.loads(out))
    code, out, _ = _run(capsys, "evaluate", "--data", str(rows), "--format", "json")
    assert code == 0 and json.loads(out)["stance"]["n"] == 1


def test_bad_training_row_is_named_and_no_model_is_written(tmp_path, capsys):
    lines = [json.dumps({"text": t, "stance": s}) for t, s in SMALL_ROWS]
    lines.insert(7, '{"text": "oops", "stance": "maybe"}')
    rows = tmp_path / "rows.jsonl"
    rows.write_text("\n".join(lines) + "\n", encoding="utf-8")
    model = tmp_path / "model.joblib"
    code, _, err = _run(capsys, "train", "--data", str(rows), "--out", str(model))
    assert code == 2 and f"{rows}:8: field 'stance'" in err and not model.exists()
    assert not list(tmp_path.glob(".model*"))


def test_bad_jobs_in_a_recipe_or_on_the_command_line_is_named(tmp_path, capsys):
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"text": t, "stance": s}) + "\n" for t, s in SMALL_ROWS), encoding="utf-8")
    config = tmp_path / "recipe.toml"
    config.write_text("[search]\njobs = 0\n", encoding="utf-8")
    out = str(tmp_path / "m.joblib")
    code, _, err = _run(capsys, "train", "--config", str(config), "--data", str(rows), "--out", out)
    assert code == 2 and f"{config}: [search] jobs" in err
    code, _, err = _run(capsys, "train", "--data", str(rows), "--out", out, "--jobs", "0")
    assert code == 2 and "--jobs must be at least 1" in err and not (tmp_path / "m.joblib").exists()


def test_too_few_examples_for_the_folds_is_a_clear_error(tmp_path, capsys):
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"text": t, "stance": s}) + "\n" for t, s in SMALL_ROWS[:4]), encoding="utf-8")
    code, _, err = _run(capsys, "train", "--data", str(rows), "--out", str(tmp_path / "m.joblib"))
    assert code == 2 and "folds" in err


def test_usage_errors_exit_2(capsys):
    assert main(["train"]) == 2
    assert main(["no-such-command"]) == 2


def test_progress_only_when_asked_or_on_a_terminal(tmp_path, capsys):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps({"text": f"“Quote {i},” said Kim Tae-hoon."}) for i in range(3)) + "\n",
                    encoding="utf-8")
    _, _, err = _run(capsys, "quotes", str(path), "--input-format", "jsonl")
    assert "articles" not in err  # stderr is not a terminal under pytest: no progress
    _, _, err = _run(capsys, "quotes", str(path), "--input-format", "jsonl", "--progress", "always")
    assert "3 articles, 3 quotes" in err


@pytest.mark.slow
def test_ten_megabyte_single_paragraph(tmp_path, capsys):
    path = tmp_path / "huge.txt"
    path.write_text(("He said “yes and ” no « maybe \" said the official " * 200_000)[:10_000_000], encoding="utf-8")
    code, _, err = _run(capsys, "quotes", str(path), "--format", "jsonl")
    assert code == 0 and "Traceback" not in err
