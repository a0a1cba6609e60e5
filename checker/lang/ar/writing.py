"""How Arabic is written (the script, its direction and case, come from CLDR).

Proclitics: the conjunctions "و" (and) and "ف" (so, then), the prepositions "ب" (with, in),
"ل" (for) and "ك" (like, as), and the article "ال", written onto the next word, also
together ("وال", and the; "فب", so in); "ل" before the article drops its alif ("لل", for
the; "ولل", and for the). The one list for names, dates and number words.
"في" (in) is a word of its own and no proclitic."""

PROCLITICS = (
    "ولل", "فلل", "وال", "بال", "فال", "كال", "لل", "وب", "فب", "ول", "فل", "ال",
    "و", "ف", "ب", "ل", "ك",
)

# Words with all their clitics stay within 13 letters ("والاستثمارات" has 12): a longer run
# is words typed without their spaces, where month and weekday names are still read.
GLUED_AFTER = 13
