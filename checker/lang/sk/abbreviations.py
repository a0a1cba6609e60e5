"""Slovak abbreviations that end in a dot without ending a sentence."""

# The press's short scale words: "5 mil. EUR" (5 million euros), "2 mld. eur", "30 tis.
# USD": the currency after the dot, often in capitals, is no new sentence.
ABBREVIATIONS = frozenset({"mil", "mld", "tis"})
