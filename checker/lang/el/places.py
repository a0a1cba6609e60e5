"""Places CLDR's territory and exemplar-city names (Babel) lack in Greek: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship), and national capitals
that name no time zone. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Βρετανία": "cldr:GB",
    "Μεγάλη Βρετανία": "cldr:GB",
    "Αγγλία": "cldr:gbeng",
    "Σκωτία": "cldr:gbsct",
    "Ουαλία": "cldr:gbwls",
    "Βόρεια Ιρλανδία": "cldr:gbnir",
    "ΗΠΑ": "cldr:US",
    "Ουάσινγκτον": "city:Capital/US",
    "Οττάβα": "city:Capital/CA",
    "Καμπέρα": "city:Capital/AU",
    "Νέο Δελχί": "city:Capital/IN",
    "Ισλαμαμπάντ": "city:Capital/PK",
    "Πεκίνο": "city:Capital/CN",
    "Άγκυρα": "city:Capital/TR",
    "Μπραζίλια": "city:Capital/BR",
    "Αμπούτζα": "city:Capital/NG",
    "Πρετόρια": "city:Capital/ZA",
    "Ραμπάτ": "city:Capital/MA",
    "Άμπου Ντάμπι": "city:Capital/AE",
    "Ουέλινγκτον": "city:Capital/NZ",
    "Βέρνη": "city:Capital/CH",
    "Πρίστινα": "city:Capital/XK",
    "Εδιμβούργο": "city:Capital/gbsct",
    "Κάρντιφ": "city:Capital/gbwls",
    "Μπέλφαστ": "city:Capital/gbnir",
}
