ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "st", "vs", "etc",
                 "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                 "no", "u.s", "u.k", "u.n", "e.g", "i.e", "inc", "corp", "ltd", "jr", "sr"}
