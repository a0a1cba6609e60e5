ABBREVIATIONS = {"m", "mm", "mme", "mlle", "dr", "pr", "etc", "p.ex", "cf", "n°", "av", "bd"}
# Titles before a name: Messieurs, Madame, Mademoiselle, Docteur, Professeur,
# Monseigneur, Saint(e).
TITLES = {"mm", "mme", "mlle", "dr", "pr", "mgr", "st", "ste"}
