"""stance: find the quoted statements in news articles, say who said them, and label their stance.

>>> import stance
>>> [(q.speaker, q.kind) for q in stance.extract_quotes('“Talk first,” said Kim Tae-hoon.')]
[('Kim Tae-hoon', 'direct')]
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from stance.extract import extract_quotes
from stance.records import ARGUMENT_LABELS, QUOTE_KINDS, STANCE_LABELS, Quote
from stance.store import load_model

if TYPE_CHECKING:
    from stance.inference import Predictor

__all__ = ["ARGUMENT_LABELS", "QUOTE_KINDS", "STANCE_LABELS", "Quote", "analyze", "extract_quotes", "load_model"]
__version__ = "0.1.0"

_default_model: Predictor | None = None


def analyze(text: str, model: Predictor | None = None) -> list[Quote]:
    """The quotes of ``text``, labelled by ``model`` (default: the model shipped in the package)."""
    global _default_model
    if model is None:
        if _default_model is None:
            _default_model = load_model()
        model = _default_model
    return model.analyze(text)
