ABBREVIATIONS: set[str] = set()
