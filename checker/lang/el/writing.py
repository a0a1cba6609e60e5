"""Greek writing beyond CLDR: capitals drop the accents, and case forms move them
("Σάββατο", "Σαββάτου", "ΣΑΒΒΑΤΟΥ"), so words are read without them."""

ACCENTS_OPTIONAL = True
