"""How Hebrew is written (the script, its direction and case, come from CLDR).

Proclitics: the prepositions, conjunction, relative "ש" (that) and article written onto the
next word ("בינואר", in January; "שבתל אביב", that in Tel Aviv; "והנשיא", and the
president), also two together."""

PROCLITICS = ("ב", "ל", "מ", "ו", "ה", "ש", "וב", "ול", "ומ", "וה", "שב", "של", "שה", "מה",
              "לה", "וש")
