"""Spanish number data: words come from num2words; this adds forms and context."""

NUM2WORDS = "es"
NUMBER_WORDS = {
    "un": 1,
    "una": 1,
    "uno": 1,
    "veintiún": 21,
    "veintiuna": 21,
    "cero": 0,
    "cien": 100,
    "mil": 1000,
    "doscientas": 200,
    "trescientas": 300,
    "cuatrocientas": 400,
    "quinientas": 500,
    "seiscientas": 600,
    "setecientas": 700,
    "ochocientas": 800,
    "novecientas": 900,
}
MULTIPLIERS = {
    "mil": 1000,
    "millón": 10**6,
    "millones": 10**6,
    "millon": 10**6,
    "mill": 10**6,
    "mm": 10**6,
    "billón": 10**12,
    "billones": 10**12,
    "mil millones": 10**9,
    "millardo": 10**9,
    "millardos": 10**9,
}
ORDINAL_ENDINGS = ("a", "os", "as")
ORDINAL_WORDS = {"primer": 1, "primero": 1, "primera": 1, "tercer": 3}
NOT_NUMBER_WORDS = ("segundo", "segunda", "segundos")  # "segundo" is also a second of time
NOT_ALONE = ()
CONNECTORS = ("y",)
# counts of more than one without a number: "several hours and 20 minutes" is no hour
VAGUE_QUANTITIES = ("varias", "varios", "algunas", "algunos", "unas", "unos", "muchas", "muchos")
ORDINAL_SUFFIXES = ("º", "ª", "o", "a", "er", "ro", "do", "to", "vo", "no")
CENTURY_WORDS = ("siglo", "siglos")
QUALIFIERS_BEFORE = {
    "al menos": "at_least",
    "por lo menos": "at_least",
    "como mínimo": "at_least",
    "cuando menos": "at_least",
    "no menos de": "at_least",
    "más de": "more_than",
    "mas de": "more_than",
    "por encima de": "more_than",
    "unos": "about",
    "unas": "about",
    "alrededor de": "about",
    "cerca de": "about",
    "aproximadamente": "about",
    "en torno a": "about",
    "aproximadamente unos": "about",
    "casi": "nearly",
    "prácticamente": "nearly",
    "hasta": "up_to",
    "como máximo": "at_most",
    "no más de": "at_most",
    "menos de": "less_than",
}
QUALIFIERS_AFTER = {"aproximadamente": "about", "o más": "at_least"}
PERCENT_AFTER = ("por ciento", "por cien", "puntos porcentuales", "punto porcentual", "p.p.")
# points of a rate or an index ("0.5 points"): what a hundred basis points make
POINT_AFTER = ("punto", "puntos")
# basis points, hundredths of a percentage point ("50 basis points" are half a point)
BASIS_POINT_AFTER = ("punto básico", "puntos básicos", "punto base", "puntos base")
# a minute of play counted from the second half's kick-off: 45 more of the game's
SECOND_HALF_AFTER = ("de la segunda parte", "minutos de la segunda parte", "del segundo tiempo",
                     "minutos del segundo tiempo", "de la segunda mitad",
                     "minutos de la segunda mitad", "de la reanudación",
                     "minutos de la reanudación")
RANGE_WORDS = ("a", "y", "al")  # "del 5 al 10 de marzo"
YEAR_BEFORE = (
    "en",
    "desde",
    "año",
    "de",
    "del",
    "hasta",
    "antes de",
    "después de",
    "principios de",
    "finales de",
    "mediados de",
    "a partir de",
)
TIME_AFTER = ("horas", "hora", "h")
# CLDR's day periods after an hour: "a las 7 de la tarde" (19:00, through CLDR's period rules)
TIME_AFTER += ("de la mañana", "de la tarde", "de la noche", "de la madrugada")
UNITS = {
    "soldado": "soldier",
    "militar": "soldier",
    "tropa": "soldier",
    "efectivo": "soldier",
    "civil": "civilian",
    "persona": "person",
    "gente": "person",
    "habitante": "person",
    "niño": "child",
    "policía": "police",
    "por ciento": "percent",
    "dólar": "dollar",
    "dolar": "dollar",
    "euro": "euro",
    "libra": "pound",
    "yuan": "yuan",
    "rublo": "ruble",
    "km": "km",
    "kilómetro": "km",
    "metro": "m",
    "pie": "foot",
    "milla": "mile",
    "kg": "kg",
    "kilo": "kg",
    "tonelada": "ton",
    "año": "year",
    "mes": "month",
    "semana": "week",
    "día": "day",
    "hora": "hour",
    "minuto": "minute",
    "caso": "case",
    "muerto": "death",
    "víctima": "victim",
}
DECADE_BEFORE = ("años", "década de los", "los años")
TIME_BEFORE = ("a las", "las")  # "saat 10.00": a clock time, not a decimal

FRACTION_WORDS = {
    "tercio": 1 / 3,
    "tercios": 1 / 3,
    "cuarto": 1 / 4,
    "cuartos": 1 / 4,
    "quinto": 1 / 5,
    "quintos": 1 / 5,
}
FRACTION_ALONE = {"mitad": 1 / 2}
PARTITIVES = ("de", "del")
HALF_AFTER = ("y medio", "y media")

# "una docena", "dos docenas"; "docenas" alone is vague
MULTIPLIERS.update({"docena": 12, "docenas": 12})
NUMBER_WORDS.update({"media docena": 6})
# Tens and hundreds counted in groups: "tres decenas" (30), "dos centenares" (200); alone
# ("decenas de heridos") they are vague, like every scale word alone
MULTIPLIERS.update({"decenas": 10, "centenares": 100, "centenas": 100})
HALF_BEFORE = ("medio",)  # "medio millón": 500,000
# A half-year named by one noun: "un semestre" is six months (after an ordinal, the first
# or second half of the year)
MONTH_SPAN_WORDS = {"semestre": 6}
# A count out of a larger count is a share: "uno de cada cinco" (1/5), "dos de cada tres"
SHARE_BETWEEN = ("de cada",)
# A group of tens or a hundred in the singular counts like the plural: "una decena" (10),
# "una veintena", "una treintena" (30), "una cincuentena", "un centenar" (100), "un millar";
# not "cuarentena", which is also a quarantine
MULTIPLIERS.update({"decena": 10, "veintena": 20, "treintena": 30, "cincuentena": 50,
                    "centenar": 100, "centena": 100, "millar": 1000, "millares": 1000})
# A multiple said as a noun with its article counts as the number of times:
# "el triple que un año antes" is three
# times as much (not the double: English "twice" is no number word)
NUMBER_WORDS.update({"el triple": 3, "el cuádruple": 4})
# More ways to say "about": "del orden de", "en torno al", and the verb "rondar" with its
# article ("el paro ronda el 7 %", "rondaba los 300 muertos")
QUALIFIERS_BEFORE.update({"del orden de": "about", "en torno al": "about",
                          "alrededor del": "about", "cerca del": "about"})
QUALIFIERS_BEFORE.update({
    f"{verb} {article}": "about"
    for verb in ("ronda", "rondan", "rondaba", "rondaban", "rondó", "rondaron", "rondará",
                 "rondarán", "rondando", "rondar")
    for article in ("el", "la", "los", "las")
})
# a hundredth of a second in a race ("39 centésimas", "dos centésimas de segundo")
UNITS.update({"centésima": "hundredth"})

# the word said for the decimal mark between a whole number and its decimals in words
DECIMAL_WORDS = ("coma", "punto")
# the rest of a count after its scale word, in digits and with no connector: "1 millón 500
# mil" is 1.5 million
DIGITS_AFTER_SCALE = True
# tenths counted in the feminine plural, as the economic press counts a percentage point
# and sport a second: "el paro bajó dos décimas" (0.2), "tres décimas de segundo"
MULTIPLIERS.update({"décimas": 0.1})
