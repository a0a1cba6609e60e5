ABBREVIATIONS = {"m", "mm", "mme", "mlle", "dr", "pr", "etc", "p.ex", "cf", "n°", "av", "bd"}
