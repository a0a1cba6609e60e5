"""Turkish number data: words come from num2words; suffixes and context here."""

NUM2WORDS = "tr"
DIGITS_AFTER_SCALE = True  # "2 bin 500 kişi": 2,500 people
GLUED_NUMBERS = True  # num2words and some writers glue them: "yediyüz", "ikibin"
NUMBER_WORDS = {"sıfır": 0}


def case_forms(word: str, *, front_low: str = "e", vowel_accusative: str = "y",
               voicing: bool = True, genitive: bool = True) -> tuple[str, ...]:
    """The case forms of a number word by vowel harmony and consonant voicing: accusative,
    dative, locative, ablative, possessive and genitive ("üçü", "üçe", "üçte", "üçten",
    "dokuzu", "dördü", "yediye", "altısı"). Azerbaijani (`az/lex_attrs.py`) writes "ə" for
    the front low vowel, takes "n" before the accusative after a vowel ("ikini"), neither
    hardens the locative nor voices "dörd", and leaves out the genitive."""
    vowel = next(c for c in reversed(word) if c in "aeəıioöuü")
    back, round_ = vowel in "aıou", vowel in "oöuü"
    high = ("u" if back else "ü") if round_ else ("ı" if back else "i")
    low = "a" if back else front_low
    hard = voicing and word[-1] in "çfhkpsşt"
    loc = ("t" if hard else "d") + low
    if word[-1] in "aeəıioöuü":  # a buffer consonant after a vowel: "ikiyi", "ikisi"
        forms = (word + vowel_accusative + high, word + "y" + low, word + loc,
                 word + loc + "n", word + "s" + high)
        return (*forms, word + "n" + high + "n") if genitive else forms
    # of these words only "dört" voices its last consonant before a vowel: "dördü", "dörde"
    stem = word[:-1] + "d" if voicing and word == "dört" else word
    forms = (stem + high, stem + low, word + loc, word + loc + "n")
    return (*forms, stem + high + "n") if genitive else forms


# Number words with a case ending ("saat üçte": at three; "onda dokuzu": nine in ten). "bir"
# (also "one of", "birden": suddenly) and "on" (its forms are the pronoun's: "onu", "ona")
# are left out.
NUMBER_WORDS.update({
    form: value
    for word, value in (("iki", 2), ("üç", 3), ("dört", 4), ("beş", 5), ("altı", 6),
                        ("yedi", 7), ("sekiz", 8), ("dokuz", 9), ("yirmi", 20), ("otuz", 30),
                        ("kırk", 40), ("elli", 50), ("altmış", 60), ("yetmiş", 70),
                        ("seksen", 80), ("doksan", 90))
    for form in case_forms(word)
})
MULTIPLIERS = {
    "yüz": 100,
    "bin": 1000,
    "milyon": 10**6,
    "milyar": 10**9,
    "trilyon": 10**12,
    "mn": 10**6,
    "mlr": 10**9,
}
NOT_ALONE = ("yüz",)  # "yüz" is also "face"
# Case endings glued to "bin", "milyon", "milyar" ("20 milyondan fazla", "1,6 milyona"):
# every vowel-harmony variant, since a wrong one never occurs in text.
SCALE_ENDINGS = {
    "": tuple(
        head + vowel + tail
        for head, tails in (("", ("", "n")), ("d", ("", "n")), ("l", ("", "k")), ("n", ("",)))
        for vowel in ("a", "e", "ı", "i", "u", "ü")
        for tail in tails
    )
}
# ... and on "bin" (too short for SCALE_ENDINGS' table, which skips words under four letters),
# in its own vowel harmony only ("bina" is a building): "5 binden fazla", "10 bini aşkın"
# ("binde bir" is per mille: no "binde")
MULTIPLIERS.update({"bin" + ending: 1000 for ending in ("i", "e", "den", "in")})
# ... and alone they are a thousand, as "bin" is ("binden fazla": more than a thousand)
ALONE_VALUES = {"bin" + ending: 1000 for ending in ("i", "e", "den", "in")}
ORDINAL_ENDINGS = ()
ORDINAL_SUFFIXES = (
    "inci",
    "ıncı",
    "uncu",
    "üncü",
    "nci",
    "ncı",
    "ncu",
    "ncü",
    "ci",
    "cı",
    "cu",
    "cü",
)
ORDINAL_DOT = True
CENTURY_WORDS = ("yüzyıl", "yüzyılda", "yüzyılın", "asır")
QUALIFIERS_BEFORE = {
    "en az": "at_least",
    "en azından": "at_least",
    "asgari": "at_least",
    "yaklaşık": "about",
    "yaklaşık olarak": "about",
    "tahminen": "about",
    "takriben": "about",
    "neredeyse": "nearly",
    "nerdeyse": "nearly",
    "en fazla": "at_most",
    "azami": "at_most",
}
QUALIFIERS_AFTER = {
    "fazla": "more_than",
    "aşkın": "more_than",
    "üzerinde": "more_than",
    "üstünde": "more_than",
    "civarında": "about",
    "kadar": "up_to",
    "az": "less_than",
    "altında": "less_than",
    "dolayında": "about",
    "küsur": "more_than",
}
PERCENT_BEFORE = ("yüzde",)
# points of a rate or an index ("0.5 points"): what a hundred basis points make
POINT_AFTER = ("puan", "puanlık")
# basis points, hundredths of a percentage point ("50 baz puan" are half a point)
BASIS_POINT_AFTER = ("baz puan", "baz puanlık", "baz puanla")
RANGE_WORDS = ("ile",)
YEAR_BEFORE = ()
YEAR_AFTER = (
    "yılında",
    "yılı",
    "yılının",
    "yılında",
    "senesinde",
    "de",
    "da",
    "te",
    "ta",
    "den",
    "dan",
    "ten",
    "tan",
    "yılından",
    "yılına",
    "yılındaki",
    # the dative: "2030'a kadar", "2026'ya kadar" (until, by)
    "a",
    "e",
    "ya",
    "ye",
)
TIME_AFTER = ()
UNITS = {
    "asker": "soldier",
    "dönüm": "dunam",  # 1,000 m²
    "sivil": "civilian",
    "kişi": "person",
    "insan": "person",
    "çocuk": "child",
    "polis": "police",
    "yüzde": "percent",
    "dolar": "dollar",
    "avro": "euro",
    "euro": "euro",
    "lira": "lira",
    "tl": "lira",
    "km": "km",
    "kilometre": "km",
    "metre": "m",
    "kilogram": "kg",
    "kg": "kg",
    "ton": "ton",
    "yıl": "year",
    "hafta": "week",
    "gün": "day",
    "saat": "hour",
    "dakika": "minute",
    "vaka": "case",
    "ölü": "death",
}
TIME_BEFORE = ("saat",)  # "saat 10.00": a clock time, not a decimal

FRACTION_ALONE = {
    f: 1 / 2 for f in ("yarısı", "yarısını", "yarısından", "yarısında", "yarısına", "yarısının")
}
# "üçte biri": one third (the denominator in the locative, then the numerator with its
# possessive ending); "dörtte üçü": three quarters
_DENOMINATORS = {"üçte": 3, "dörtte": 4, "beşte": 5, "onda": 10, "yüzde": 100}
_NUMERATORS = {"bir": 1, "biri": 1, "birini": 1, "birinde": 1, "iki": 2, "ikisi": 2, "üç": 3,
               "üçü": 3}
FRACTION_ALONE.update({
    f"{d} {n}": n_value / d_value
    for d, d_value in _DENOMINATORS.items() if d != "yüzde"
    for n, n_value in _NUMERATORS.items() if n_value < d_value
})
UNIT_BEFORE = True  # "askerlerden 30'u": the counted thing may come first
HALF_AFTER = ("buçuk",)  # "bir buçuk milyon": 1.5 million
HALF_BEFORE = ("yarım",)  # "yarım milyon": 500,000
# "90'lı yıllar", "90'larda": the 1990s (every vowel-harmony variant of -lı and -lar)
DECADE_SUFFIXES = (
    "lı",
    "li",
    "lu",
    "lü",
    *(plural + case for plural in ("lar", "ler")
      for case in ("", "da", "de", "ın", "in", "a", "e", "dan", "den")),
)
# "every" before an ordinal is one of that many: "her beşinci kişi" (one in five, 1/5)
SHARE_EVERY = ("her",)
# "beş kişiden biri", "her beş çocuktan biri": one in five (people, children), 1/5
SHARE_ONE_AFTER = ("biri", "birisi")

# the word said for the decimal mark between a whole number and its decimals in words
DECIMAL_WORDS = ("virgül",)
