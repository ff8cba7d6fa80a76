"""The one record that flows through every stage: a quoted statement with its offsets and labels."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

STANCE_LABELS = ("favor", "against", "none")
ARGUMENT_LABELS = ("claim", "premise", "none")
QUOTE_KINDS = ("direct", "partial", "continuation")


@dataclass(frozen=True)
class Quote:
    """A quoted statement found in a text.

    ``text`` is always ``source_text[start:end]``: the words between the quotation marks.
    ``stance``/``argument`` and their scores stay ``None`` until a model labels the quote.
    """

    text: str
    start: int
    end: int
    speaker: str | None
    kind: str
    context: str
    stance: str | None = None
    argument: str | None = None
    stance_scores: dict[str, float] | None = None
    argument_scores: dict[str, float] | None = None
    evidence: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict with exactly the field names of the public contract."""
        record = asdict(self)
        record["evidence"] = list(self.evidence)
        return record

    def with_labels(self, **labels: Any) -> Quote:
        """A copy of this quote with the given label fields set."""
        return replace(self, **labels)
