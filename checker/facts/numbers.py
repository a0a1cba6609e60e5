"""Number facts: counts, amounts, percentages, decimals, ranges and ordinals,
written in digits (any digit system, CLDR separators), in words (any supported
language, inflected forms included) or both ("1,4 millones", "417.6万").

Values are language independent: 7.000 (de), 7,000 (en) and "seven thousand"
are all 7000. `Fact.qualifier` keeps "at least"/"more than"/... as a key,
`Fact.unit` the counted thing as a key ("soldier") where the language data
knows it. The reading happens in `checker.facts.numeric`, together with dates.
"""

from __future__ import annotations

from checker.facts.digits import parse_digits, separators
from checker.model import Fact

__all__ = ["extract", "parse_digits", "separators"]


def extract(text: str, lang: str) -> list[Fact]:
    """Number facts of one sentence, in the sentence's own language."""
    from checker.facts.numeric import analyse

    return [f for f in analyse(text, lang) if f.category == "number"]
