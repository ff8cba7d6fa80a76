"""Word lists kept as package data, so that users can read and extend them without touching code."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources


@cache
def word_list(name: str) -> frozenset[str]:
    """The lower-cased entries of ``stance/resources/<name>.txt`` (``#`` starts a comment line)."""
    text = resources.files("stance.resources").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression (without anchors) matching any of ``words``, shaped like a trie: "sa(?:id|ys)".
    Python's ``re`` tries a flat alternation's words one by one at every position; a trie shares prefixes."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

