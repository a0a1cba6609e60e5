"""Macedonian number data (num2words has none): words, scale words, context."""

NUMBER_WORDS = {
    "нула": 0,
    "еден": 1,
    "една": 1,
    "едно": 1,
    "два": 2,
    "две": 2,
    "три": 3,
    "четири": 4,
    "пет": 5,
    "шест": 6,
    "седум": 7,
    "осум": 8,
    "девет": 9,
    "десет": 10,
    "единаесет": 11,
    "дванаесет": 12,
    "тринаесет": 13,
    "четиринаесет": 14,
    "петнаесет": 15,
    "шеснаесет": 16,
    "седумнаесет": 17,
    "осумнаесет": 18,
    "деветнаесет": 19,
    "дваесет": 20,
    "триесет": 30,
    "четириесет": 40,
    "педесет": 50,
    "шеесет": 60,
    "седумдесет": 70,
    "осумдесет": 80,
    "деведесет": 90,
    "сто": 100,
    "двесте": 200,
    "триста": 300,
    "четиристотини": 400,
    "петстотини": 500,
    "шестотини": 600,
    "седумстотини": 700,
    "осумстотини": 800,
    "деветстотини": 900,
    # numerals for a group of men ("тројца новинари": three journalists)
    "двајца": 2,
    "тројца": 3,
    "четворица": 4,
    "петмина": 5,
    "шестмина": 6,
    "седуммина": 7,
    "осуммина": 8,
    "деветмина": 9,
    "десетмина": 10,
}
MULTIPLIERS = {
    "илјада": 1000,
    "илјади": 1000,
    "милион": 10**6,
    "милиони": 10**6,
    "милијарда": 10**9,
    "милијарди": 10**9,
}
CONNECTORS = ("и",)
ORDINAL_DOT = True
QUALIFIERS_BEFORE = {
    "најмалку": "at_least",
    "барем": "at_least",
    "повеќе од": "more_than",
    "над": "more_than",
    "околу": "about",
    "приближно": "about",
    "речиси": "nearly",
    "скоро": "nearly",
    "до": "up_to",
    "помалку од": "less_than",
}
PERCENT_AFTER = ("отсто", "проценти", "процент")
YEAR_AFTER = ("година", "год.")
UNITS = {
    "војни": "soldier",
    "цивил": "civilian",
    "луѓе": "person",
    "лица": "person",
    "деца": "child",
    "полицај": "police",
    "долар": "dollar",
    "евра": "euro",
    "евро": "euro",
    "денари": "denar",
    "км": "km",
    "години": "year",
    "месец": "month",
    "дена": "day",
    "часа": "hour",
    "случаи": "case",
    "жртви": "victim",
}

# "во 7 часот", "во 9 ч.": the hour word after a clock time
TIME_AFTER = ("часот", "часа", "ч.")
# "во 15.30", "околу 10.00": after "at" or "about", an hour and minutes with a dot are a clock
# time, and "во 10.05." no day and month
TIME_BEFORE = ("во", "околу")

# num2words has no Macedonian: the first ten ordinals, in every gender and with the article
# ("вториот круг", "третата седница", "петтото место").
_ORDINAL_STEMS = {"прв": 1, "втор": 2, "трет": 3, "четврт": 4, "петт": 5, "шест": 6, "седм": 7,
                  "осм": 8, "деветт": 9, "десетт": 10}
_ORDINAL_FORMS = ("и", "а", "о", "иот", "ата", "ото", "ите")
ORDINAL_WORDS = {stem + form: n for stem, n in _ORDINAL_STEMS.items() for form in _ORDINAL_FORMS}
ORDINAL_WORDS.update({stem: n for stem, n in _ORDINAL_STEMS.items() if n <= 4})  # "втор"
# "every" before an ordinal is one of that many: "секој петти" (one in five, 1/5)
SHARE_EVERY = ("секој", "секоја", "секое")
