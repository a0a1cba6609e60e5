"""How Hebrew is written (the script, its direction and case, come from CLDR).

Proclitics: the prepositions, conjunction and article written onto the next word ("בינואר",
in January)."""

PROCLITICS = ("ב", "ל", "מ", "ו", "וב", "ה")
