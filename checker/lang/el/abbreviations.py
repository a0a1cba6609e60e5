"""Greek abbreviations that end in a dot without ending a sentence."""

ABBREVIATIONS = {"π.χ", "κ.λπ", "κ.ά", "δηλ", "αρ", "χλμ", "τηλ"}
# Titles before a name: κύριος/κυρία, Δόκτωρ, καθηγητής, Άγιος/Αγία.
TITLES = {"κ", "κα", "δρ", "καθ", "αγ"}
