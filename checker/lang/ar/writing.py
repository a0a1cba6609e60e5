"""How Arabic is written (the script, its direction and case, come from CLDR).

Proclitics: the conjunctions "و" (and), the prepositions "ب" (with, in), "ل" (for), and the
article "ال", written onto the next word, also together ("وال", and the). The one list for
names, dates and number words. "في" (in) is a word of its own and no proclitic."""

PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "وب", "ال", "و", "ب", "ل")
