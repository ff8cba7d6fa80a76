"""Word lists kept as package data, so that users can read and extend them without touching code."""
from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def word_list(name: str) -> frozenset[str]:
    """The lower-cased entries of ``stance/resources/<name>.txt`` (``#`` starts a comment line)."""
    text = resources.files("stance.resources").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
