"""Per-language glossaries (one file per desk: glossaries/<lang>.tsv): the model, TSV/CSV and
TBX input/output, lint, safe locked writes, and term lookup in text."""

from checker.glossary.model import COLUMNS, Concept, Glossary, Term

__all__ = ["COLUMNS", "Concept", "Glossary", "Term"]
