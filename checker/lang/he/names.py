"""How Hebrew writes names: no capital letters (names come from glossaries, CLDR and the
gazetteer), prepositions and the article written onto them (`writing.PROCLITICS`).

MIN_STEM: keys drop the silent letters "א" and "ע", so a name of four letters may key in
two ("עמאן", Amman: "mn"); its stem is still found after a proclitic ("לעמאן"). The
written words must agree as well (`lookup.surface_variants`)."""

MIN_STEM = 2
