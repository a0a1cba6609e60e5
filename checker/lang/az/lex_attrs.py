"""Azerbaijani number data: the words come from num2words; their case endings (in vowel
harmony, as Turkish but with "ə"), the suffixes after digits and the words around numbers
are here."""

from checker.lang.tr.lex_attrs import case_forms

NUM2WORDS = "az"
DIGITS_AFTER_SCALE = True  # "2 min 500 nəfər": 2,500 people


def _case_forms(word: str) -> tuple[str, ...]:
    """Accusative or possessive, dative, locative and ablative of a number word by vowel
    harmony ("üçü", "dördə", "beşdə", "altısı", "ikidən"), as Turkish makes them with "ə"; the
    genitive is left out ("üçün" is also "for")."""
    return case_forms(word, front_low="ə", vowel_accusative="n", voicing=False,
                      genitive=False)


# Number words with a case ending ("üçü uşaqdır": three of them are children; "beşdən biri").
# "bir" (also "one of", "a") and "on" (its forms are the pronoun's: "onu", "ona") are left
# out.
NUMBER_WORDS = {
    form: value
    for word, value in (("iki", 2), ("üç", 3), ("dörd", 4), ("beş", 5), ("altı", 6),
                        ("yeddi", 7), ("səkkiz", 8), ("doqquz", 9), ("iyirmi", 20),
                        ("otuz", 30), ("qırx", 40), ("əlli", 50), ("altmış", 60),
                        ("yetmiş", 70), ("səksən", 80), ("doxsan", 90))
    for form in _case_forms(word)
}
NUMBER_WORDS["sıfır"] = 0
MULTIPLIERS = {"yüz": 100, "min": 1000, "milyon": 10**6, "milyard": 10**9, "trilyon": 10**12,
               "mln": 10**6, "mlrd": 10**9}
NOT_ALONE = ("yüz",)  # "yüz" is also "face" and "swim"
# Case endings glued to "milyon", "milyard" ("20 milyondan çox", "1,6 milyona",
# "4,5 milyardlıq"): every vowel-harmony variant, since a wrong one never occurs in text
SCALE_ENDINGS = {
    "": tuple(dict.fromkeys(
        head + vowel + tail
        for head, tails in (("", ("", "n")), ("d", ("", "n")), ("l", ("", "q", "k")),
                            ("n", ("",)))
        for vowel in ("a", "ə", "ı", "i", "u", "ü")
        for tail in tails
    ))
}
# ... and on "min" (too short for SCALE_ENDINGS): "5 mindən çox", "10 mini ötüb", "min
# nəfərə"
MULTIPLIERS.update({"min" + ending: 1000 for ending in ("i", "ə", "dən", "lərlə")})
MULTIPLIERS.pop("minlərlə")  # "minlərlə insan": thousands of people, no count
# ... and alone they are a thousand, as "min" is ("mindən çox": more than a thousand)
ALONE_VALUES = {"min" + ending: 1000 for ending in ("ə", "dən")}
ORDINAL_ENDINGS = ()
# "2024-cü il", "5-ci yer", "14-cü əsr": the ordinal suffix after a hyphen
ORDINAL_SUFFIXES = ("inci", "ıncı", "uncu", "üncü", "nci", "ncı", "ncu", "ncü", "ci", "cı",
                    "cu", "cü")
CENTURY_WORDS = ("əsr", "əsrdə", "əsrin", "əsri", "əsrə")
QUALIFIERS_BEFORE = {
    "ən azı": "at_least",
    "azı": "at_least",
    "azından": "at_least",
    "təxminən": "about",
    "təqribən": "about",
    "demək olar ki": "nearly",
    "ən çoxu": "at_most",
}
QUALIFIERS_AFTER = {
    "çox": "more_than",
    "artıq": "more_than",
    "yuxarı": "more_than",
    "ötür": "more_than",
    "yaxın": "nearly",
    "ətrafında": "about",
    "qədər": "up_to",
    "az": "less_than",
    "aşağı": "less_than",
}
PERCENT_AFTER = ("faiz", "faizə", "faizi", "faizdən", "faizlik", "faizin", "faizdir")
RANGE_WORDS = ("ilə",)
YEAR_AFTER = ("il", "ildə", "ilin", "ili", "ilə", "ildən", "ilədək", "illər", "illərdə")
UNITS = {
    "əsgər": "soldier",
    "hərbçi": "soldier",
    "mülki": "civilian",
    "nəfər": "person",
    "insan": "person",
    "şəxs": "person",
    "uşaq": "child",
    "polis": "police",
    "faiz": "percent",
    "dollar": "dollar",
    "avro": "euro",
    "manat": "manat",
    "km": "km",
    "kilometr": "km",
    "metr": "m",
    "kiloqram": "kg",
    "kq": "kg",
    "ton": "ton",
    "il": "year",
    "ay": "month",
    "həftə": "week",
    "gün": "day",
    "saat": "hour",
    "dəqiqə": "minute",
}
TIME_BEFORE = ("saat",)  # "saat 10:00": a clock time
UNIT_BEFORE = True  # "əsgərlərdən 30-u": the counted thing may come first

FRACTION_ALONE = {
    f: 1 / 2 for f in ("yarısı", "yarısını", "yarısından", "yarısında", "yarısına", "yarısının")
}
# "üçdə biri": one third (the denominator in the locative, then the numerator with its
# possessive ending); "dörddə üçü": three quarters
_DENOMINATORS = {"üçdə": 3, "dörddə": 4, "beşdə": 5, "onda": 10}
_NUMERATORS = {"bir": 1, "biri": 1, "birini": 1, "birində": 1, "iki": 2, "ikisi": 2,
               "ikisini": 2, "üç": 3, "üçü": 3, "üçünü": 3}
FRACTION_ALONE.update({
    f"{d} {n}": n_value / d_value
    for d, d_value in _DENOMINATORS.items()
    for n, n_value in _NUMERATORS.items() if n_value < d_value
})
HALF_AFTER = ("yarım",)  # "bir yarım milyon": 1.5 million
HALF_BEFORE = ("yarım",)  # "yarım milyon": 500,000
# "90-cı illər", "90-larda": the 1990s
DECADE_SUFFIXES = (
    "cı", "ci", "cu", "cü",
    *(plural + case for plural in ("lar", "lər")
      for case in ("", "da", "də", "ın", "in", "a", "ə", "dan", "dən")),
)
# "hər beşinci" (every fifth) is one in five, 1/5
SHARE_EVERY = ("hər",)
# "beş nəfərdən biri", "hər beş şagirddən biri": one in five, 1/5
SHARE_ONE_AFTER = ("biri",)
DECIMAL_WORDS = ("tam",)
