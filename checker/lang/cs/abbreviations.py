"""Czech abbreviations that end in a dot without ending a sentence."""

# The press's short scale words: "5 mil. Kč" (5 million crowns), "2 mld. korun", "30 tis.
# USD": the currency after the dot, often in capitals, is no new sentence.
ABBREVIATIONS = frozenset({"mil", "mld", "tis"})
