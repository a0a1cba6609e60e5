"""Latvian number data beyond CLDR's spell-out rules."""

# Whole thousands written as one word before the rest of the number ("trīstūkstoš četrsimt",
# 3,400): the shortened "tūkstoš" glued to its count
NUMBER_WORDS = {
    f"{count}tūkstoš": value * 1000
    for count, value in (("div", 2), ("trīs", 3), ("četr", 4), ("piec", 5), ("seš", 6),
                         ("septiņ", 7), ("astoņ", 8), ("deviņ", 9))
}
