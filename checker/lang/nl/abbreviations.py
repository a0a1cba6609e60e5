"""Dutch abbreviations that end in a dot without ending a sentence."""

ABBREVIATIONS = {"bijv", "o.a", "d.w.z", "enz", "nr", "blz", "jl", "ca", "m.b.t", "i.p.v"}
# Titles before a name: de heer, mevrouw, doctor, professor, ingenieur, meester (law),
# doctorandus, Sint.
TITLES = {"dhr", "mevr", "mw", "dr", "prof", "ir", "ing", "mr", "drs", "st"}
