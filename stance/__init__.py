"""stance: find the quoted statements in news articles, say who said them, and label their stance."""
from stance.extract import extract_quotes
from stance.records import ARGUMENT_LABELS, QUOTE_KINDS, STANCE_LABELS, Quote

__all__ = ["ARGUMENT_LABELS", "QUOTE_KINDS", "STANCE_LABELS", "Quote", "extract_quotes"]
__version__ = "0.1.0"
