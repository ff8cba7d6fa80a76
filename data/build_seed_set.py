"""Build data/articles.jsonl and data/quotes.jsonl from the annotation files, and report agreement.

Inputs (all under data/):
  raw/*.jsonl                    pass A: one article a line, its quotes in order of appearance with
                                 speaker, kind and the first annotator's stance/argument/ambiguous/notes
  annotations/pass_b_*.jsonl     pass B: {"id", "stance", "argument", "ambiguous", "notes"} per quote,
                                 labelled by a second annotator who never saw pass A
  annotations/adjudicated.jsonl  {"id", "stance", "argument", "ambiguous", "notes"}: the decision where
                                 the passes disagree
  annotations/speaker_pass_b_*.jsonl   {"id", "speaker", "note"}: the speaker named by a second annotator
                                 who saw neither pass A's speakers nor the extractor's
  annotations/speaker_adjudicated.jsonl {"id", "speaker", "reason"}: the decision where the speakers differ
                                 (compared after stance.evaluate.normalise_speaker, as the benchmark scores)
  annotations/relabel_review_a.jsonl, relabel_review_b.jsonl   {"id", "stance", "argument", "ambiguous",
                                 "notes"}: after a guideline change, the quotes it affects relabelled again by
                                 two reviewers, each blind to the earlier labels and to the other
  annotations/relabelled.jsonl   {"id", "rule", "stance", "argument", "ambiguous", "notes"}: the decision of that
                                 review (the reviewers' label where they agree), which replaces the earlier one

Run:  python data/build_seed_set.py            (rebuild and print statistics)
      python data/build_seed_set.py --blind OUT (write the quotes without labels for a pass-B annotator)
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent
sys.path.insert(0, str(DATA.parent))  # this repository's stance package: the speaker comparison the benchmark uses
SEED_ARTICLE_ID = "000_7fc0a71bc46fd2ee"
ARTICLE_FIELDS = ("article_id", "url", "outlet", "date", "title", "text")


def article_id(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                sys.exit(f"{path}:{number}: bad JSON: {error.msg}")
    return rows


def load_pass_a() -> tuple[list[dict], list[dict]]:
    """Articles and quotes (with offsets) from data/raw/, quotes located in order of appearance."""
    articles, quotes = [], []
    for path in sorted((DATA / "raw").glob("*.jsonl")):
        for number, raw in enumerate(read_jsonl(path), 1):
            aid = raw.get("article_id") or article_id(raw["url"])
            articles.append({field: raw.get(field) if field != "article_id" else aid for field in ARTICLE_FIELDS}
                            | {"batch": path.stem})
            cursor = 0
            for index, quote in enumerate(raw["quotes"]):
                start = raw["text"].find(quote["text"], cursor)
                if start < 0:
                    sys.exit(f"{path}:{number}: quote {index} not found in order in the article text")
                cursor = start + len(quote["text"])
                quotes.append({
                    "id": f"{aid}-q{index:02d}", "article_id": aid, "start": start, "end": cursor,
                    "text": quote["text"], "speaker": quote.get("speaker"), "kind": quote["kind"],
                    "stance": quote["stance"], "argument": quote["argument"],
                    "ambiguous": bool(quote.get("ambiguous", False)), "notes": quote.get("notes", ""),
                })
    return articles, quotes


def load_labels(pattern: str) -> dict[str, dict]:
    labels: dict[str, dict] = {}
    for path in sorted((DATA / "annotations").glob(pattern)):
        for row in read_jsonl(path):
            labels[row["id"]] = row
    return labels


def cohen_kappa(first: list[str], second: list[str]) -> float:
    n = len(first)
    if n == 0:
        return float("nan")
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    count_a, count_b = collections.Counter(first), collections.Counter(second)
    expected = sum(count_a[label] * count_b[label] for label in set(first) | set(second)) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def agreement(quotes: list[dict], pass_b: dict[str, dict]) -> dict:
    both = [q for q in quotes if q["id"] in pass_b]
    report = {"n_double_annotated": len(both)}
    for head in ("stance", "argument"):
        a = [q["pass_a"][head] for q in both]
        b = [pass_b[q["id"]][head] for q in both]
        report[head] = {
            "kappa": round(cohen_kappa(a, b), 3),
            "raw_agreement": round(sum(x == y for x, y in zip(a, b, strict=True)) / max(len(both), 1), 3),
        }
    return report


def settle_speakers(quotes: list[dict]) -> dict:
    """Replace pass A's speaker by the adjudicated one where the two speaker passes differ; report agreement."""
    from stance.evaluate import normalise_speaker

    second = load_labels("speaker_pass_b_*.jsonl")
    decided = load_labels("speaker_adjudicated.jsonl")
    both = [q for q in quotes if q["id"] in second]
    differ = [q for q in both if normalise_speaker(q["speaker"]) != normalise_speaker(second[q["id"]]["speaker"])]
    for quote in differ:
        if quote["id"] in decided:
            quote["speaker"] = decided[quote["id"]]["speaker"]
    return {"n_double_annotated": len(both),
            "raw_agreement": round(1 - len(differ) / max(len(both), 1), 3),
            "disagreements_not_adjudicated": sum(q["id"] not in decided for q in differ)}


def relabel(quotes: list[dict]) -> dict:
    """Apply the reviewed relabelling that follows a guideline change; report the reviewers' agreement."""
    decided = load_labels("relabelled.jsonl")
    first, second = load_labels("relabel_review_a.jsonl"), load_labels("relabel_review_b.jsonl")
    by_id = {quote["id"]: quote for quote in quotes}
    for name, labels in (("relabelled", decided), ("relabel_review_a", first), ("relabel_review_b", second)):
        unknown = sorted(set(labels) - set(by_id))
        if unknown:
            sys.exit(f"data/annotations/{name}.jsonl: {len(unknown)} ids name no quote, e.g. {unknown[0]}")
    unreviewed = sorted(set(decided) - (set(first) & set(second)))
    if unreviewed:
        sys.exit(f"data/annotations/relabelled.jsonl: {len(unreviewed)} ids lack one of the two reviews, "
                 f"e.g. {unreviewed[0]}")
    changed = 0
    for quote_id, decision in decided.items():
        quote = by_id[quote_id]
        changed += (quote["stance"], quote["argument"]) != (decision["stance"], decision["argument"])
        for key in ("stance", "argument", "ambiguous"):
            quote[key] = decision[key]
        quote["notes"] = decision.get("notes") or quote["notes"]
    report: dict = {"n_reviewed": len(decided), "labels_changed": changed,
                    "rules": dict(sorted(collections.Counter(str(d.get("rule")) for d in decided.values()).items(),
                                         key=lambda item: (len(item[0]), item[0])))}  # "8" before "12"
    for head in ("stance", "argument") if decided else ():  # (no kappa of nothing)
        a, b = [first[i][head] for i in decided], [second[i][head] for i in decided]
        report[head] = {"kappa": round(cohen_kappa(a, b), 3),
                        "raw_agreement": round(sum(x == y for x, y in zip(a, b, strict=True)) / max(len(a), 1), 3)}
    return report


def build() -> dict:
    articles, quotes = load_pass_a()
    speaker_agreement = settle_speakers(quotes)
    pass_b = load_labels("pass_b_*.jsonl")
    adjudicated = load_labels("adjudicated.jsonl")
    for quote in quotes:
        quote["pass_a"] = {k: quote[k] for k in ("stance", "argument")}
        decision = adjudicated.get(quote["id"])
        second = pass_b.get(quote["id"])
        if decision is not None:
            for key in ("stance", "argument", "ambiguous"):
                quote[key] = decision[key]
            quote["notes"] = decision.get("notes") or quote["notes"]
        elif second is not None and (second["stance"], second["argument"]) != (quote["stance"], quote["argument"]):
            quote["ambiguous"] = True
    stats = {"agreement": agreement(quotes, pass_b), "speaker_agreement": speaker_agreement}
    undecided = [q["id"] for q in quotes if q["id"] in pass_b and q["id"] not in adjudicated and (
        pass_b[q["id"]]["stance"], pass_b[q["id"]]["argument"]) != (q["pass_a"]["stance"], q["pass_a"]["argument"])]
    stats["disagreements_not_adjudicated"] = len(undecided)
    stats["relabelling"] = relabel(quotes)
    with open(DATA / "articles.jsonl", "w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps({k: article[k] for k in ARTICLE_FIELDS}, ensure_ascii=False) + "\n")
    with open(DATA / "quotes.jsonl", "w", encoding="utf-8") as out:
        for quote in quotes:
            out.write(json.dumps({k: v for k, v in quote.items() if k != "pass_a"}, ensure_ascii=False) + "\n")
    by_id = {a["article_id"]: a for a in articles}
    stats.update({
        "articles": len(articles),
        "quotes": len(quotes),
        "stance": dict(collections.Counter(q["stance"] for q in quotes)),
        "argument": dict(collections.Counter(q["argument"] for q in quotes)),
        "kind": dict(collections.Counter(q["kind"] for q in quotes)),
        "ambiguous": sum(q["ambiguous"] for q in quotes),
        "years": dict(sorted(collections.Counter(str(a["date"])[:4] for a in articles).items())),
        "outlets": len({a["outlet"] for a in articles}),
        "quotes_per_year": dict(sorted(collections.Counter(
            str(by_id[q["article_id"]]["date"])[:4] for q in quotes).items())),
    })
    (DATA / "stats.json").write_text(json.dumps(stats, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_counts_into_card(stats, articles)
    return stats


def write_counts_into_card(stats: dict, articles: list[dict]) -> None:
    """Regenerate the counts section of data/README.md (between its two marker comments)."""
    card_path = DATA / "README.md"
    if not card_path.is_file():
        return
    card = card_path.read_text(encoding="utf-8")
    start, end = "<!-- counts:start -->", "<!-- counts:end -->"
    if start not in card or end not in card:
        return
    agreement = stats["agreement"]
    outlets = collections.Counter(a["outlet"] for a in articles)
    lines = [
        start,
        f"- **{stats['quotes']:,} quotes** from **{stats['articles']} articles** under **{stats['outlets']} outlet "
        "names** (one outlet is sometimes spelt two ways, e.g. with its wire service).",
        "- Stance: " + ", ".join(f"`{k}` {v}" for k, v in sorted(stats["stance"].items())) + ".",
        "- Argument: " + ", ".join(f"`{k}` {v}" for k, v in sorted(stats["argument"].items())) + ".",
        "- Kind: " + ", ".join(f"`{k}` {v}" for k, v in sorted(stats["kind"].items())) + ".",
        f"- Marked ambiguous: {stats['ambiguous']}.",
        f"- Two independent passes over all {agreement['n_double_annotated']} quotes: Cohen's kappa "
        f"stance **{agreement['stance']['kappa']:.3f}** (raw agreement {agreement['stance']['raw_agreement']:.3f}), "
        f"argument **{agreement['argument']['kappa']:.3f}** ({agreement['argument']['raw_agreement']:.3f}); "
        f"every disagreement adjudicated ({stats['disagreements_not_adjudicated']} left).",
        f"- Speakers named twice, the second time blind, for {stats['speaker_agreement']['n_double_annotated']} "
        f"quotes: raw agreement **{stats['speaker_agreement']['raw_agreement']:.3f}** (as the benchmark compares "
        f"names); disagreements adjudicated ({stats['speaker_agreement']['disagreements_not_adjudicated']} left).",
    ]
    relabelling = stats["relabelling"]
    if relabelling["n_reviewed"]:
        lines.append(
            f"- Relabelled after guideline changes (rules {', '.join(relabelling['rules'])}): "
            f"{relabelling['n_reviewed']} quotes reviewed again by two reviewers, each blind to the earlier labels "
            f"and to the other: kappa stance **{relabelling['stance']['kappa']:.3f}** (raw agreement "
            f"{relabelling['stance']['raw_agreement']:.3f}), argument **{relabelling['argument']['kappa']:.3f}** "
            f"({relabelling['argument']['raw_agreement']:.3f}); {relabelling['labels_changed']} labels changed.")
    lines += [
        "",
        "| year | articles | quotes |",
        "|---|---|---|",
    ]
    lines += [f"| {year} | {count} | {stats['quotes_per_year'].get(year, 0)} |"
              for year, count in stats["years"].items()]
    lines += ["", "Most frequent outlets: " + ", ".join(f"{name} ({n})" for name, n in outlets.most_common(15)) + ".",
              end]
    before, rest = card.split(start, 1)
    after = rest.split(end, 1)[1]
    card_path.write_text(before + "\n".join(lines) + after, encoding="utf-8")


def write_blind(out_path: Path, batches: set[str] | None) -> None:
    """The articles and quotes with spans and kinds only, for an annotator who must not see pass A's labels
    or speakers."""
    articles, quotes = load_pass_a()
    by_article = collections.defaultdict(list)
    for quote in quotes:
        by_article[quote["article_id"]].append(
            {k: quote[k] for k in ("id", "text", "kind", "start", "end")})
    with open(out_path, "w", encoding="utf-8") as out:
        for article in articles:
            if batches and article["batch"] not in batches:
                continue
            record = {k: article[k] for k in ARTICLE_FIELDS} | {"quotes": by_article[article["article_id"]]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--blind", type=Path, help="write an unlabelled copy for the second pass")
    parser.add_argument("--batches", nargs="*", help="with --blind: only these raw files (stems)")
    args = parser.parse_args()
    if args.blind:
        write_blind(args.blind, set(args.batches or []))
    else:
        print(json.dumps(build(), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
