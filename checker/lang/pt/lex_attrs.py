"""Portuguese number data: words come from num2words; context here."""

NUM2WORDS = "pt"
NUMBER_WORDS = {
    "um": 1,
    "uma": 1,
    "zero": 0,
    "cem": 100,
    "mil": 1000,
    "duas": 2,
    "duzentas": 200,
    "trezentas": 300,
    "quatrocentas": 400,
    "quinhentas": 500,
    "seiscentas": 600,
    "setecentas": 700,
    "oitocentas": 800,
    "novecentas": 900,
    "catorze": 14,
    "quatorze": 14,
    "dezasseis": 16,
    "dezassete": 17,
    "dezanove": 19,
}
MULTIPLIERS = {
    "mil": 1000,
    "milhão": 10**6,
    "milhões": 10**6,
    "milhao": 10**6,
    "bilhão": 10**9,
    "bilhões": 10**9,
    "mil milhões": 10**9,
    "milhar": 1000,
    "milhares": 1000,
    "mi": 10**6,
    "bi": 10**9,
}
NOT_ALONE = ("milhares",)
CONNECTORS = ("e",)
# counts of more than one without a number: "several hours and 20 minutes" is no hour
VAGUE_QUANTITIES = ("várias", "vários", "algumas", "alguns", "umas", "uns", "muitas", "muitos")
ORDINAL_ENDINGS = ("a", "os", "as")
ORDINAL_SUFFIXES = ("º", "ª", "o", "a")
CENTURY_WORDS = ("século", "séculos")
QUALIFIERS_BEFORE = {
    "pelo menos": "at_least",
    "no mínimo": "at_least",
    "mais de": "more_than",
    "cerca de": "about",
    "aproximadamente": "about",
    "por volta de": "about",
    "quase": "nearly",
    "até": "up_to",
    "menos de": "less_than",
    "no máximo": "at_most",
}
PERCENT_AFTER = ("por cento", "ponto percentual", "pontos percentuais", "p.p.")
# points of a rate or an index ("0.5 points"): what a hundred basis points make
POINT_AFTER = ("ponto", "pontos")
# basis points, hundredths of a percentage point ("50 basis points" are half a point)
BASIS_POINT_AFTER = ("ponto-base", "pontos-base", "ponto base", "pontos base", "ponto básico",
                     "pontos básicos")
# a minute of play counted from the second half's kick-off: 45 more of the game's
SECOND_HALF_AFTER = ("do segundo tempo", "minutos do segundo tempo", "min do segundo tempo",
                     "do 2º tempo", "minutos do 2º tempo", "da segunda parte",
                     "minutos da segunda parte", "da etapa final", "minutos da etapa final")
RANGE_WORDS = ("a", "às")  # "das 9h às 17h": the hours of a span
YEAR_BEFORE = ("em", "desde", "até", "ano", "de")
TIME_AFTER = ("horas", "h")
# CLDR's day periods after an hour: "às 7 da tarde" (19:00: the afternoon ones move it, through
# CLDR's period rules), "às 2 da madrugada"
TIME_AFTER += ("da manhã", "da tarde", "da noite", "da madrugada")
UNITS = {
    "soldado": "soldier",
    "militar": "soldier",
    "tropa": "soldier",
    "civ": "civilian",
    "pessoa": "person",
    "criança": "child",
    "polícia": "police",
    "dólar": "dollar",
    "euro": "euro",
    "real": "real",
    "reais": "real",
    "km": "km",
    "quilo": "kg",  # "250 quilos" (also "quilograma"; "quilómetro" is longer)
    "quilómetro": "km",
    "quilômetro": "km",
    "metro": "m",
    "ano": "year",
    "década": "decade",
    "mês": "month",
    "meses": "month",
    "semana": "week",
    "dia": "day",
    "hora": "hour",
    "minuto": "minute",
    "caso": "case",
    "morte": "death",
    "morto": "death",
    "vítima": "victim",
}
TIME_BEFORE = ("às", "as")  # "saat 10.00": a clock time, not a decimal

FRACTION_WORDS = {"terço": 1 / 3, "terços": 1 / 3, "quarto": 1 / 4, "quartos": 1 / 4}
# from five on the fraction is the ordinal: "um quinto dos votos", "três décimos"
FRACTION_WORDS.update({"quinto": 1 / 5, "quintos": 1 / 5, "décimo": 1 / 10, "décimos": 1 / 10})
# tenths counted in the feminine plural, as the economic press counts a percentage point
# and sport a second: "a inflação subiu duas décimas" (0.2), "três décimas de segundo"
MULTIPLIERS.update({"décimas": 0.1})
FRACTION_ALONE = {"metade": 1 / 2}
PARTITIVES = ("de", "do", "da", "dos", "das")
HALF_AFTER = ("e meio", "e meia")

# "uma dúzia", "duas dúzias"; "dezenas" alone is vague
MULTIPLIERS.update({"dúzia": 12, "dúzias": 12})
NUMBER_WORDS.update({"meia dúzia": 6})
# "nos anos 80", "na década de 1990": the decade
DECADE_BEFORE = ("anos", "os anos", "década de", "década dos", "anos de")
# Tens and hundreds counted in groups: "duas dezenas" (20), "três centenas" (300); alone
# ("dezenas de feridos") they are vague, like every scale word alone
MULTIPLIERS.update({"dezenas": 10, "centenas": 100})
HALF_BEFORE = ("meio",)  # "meio milhão": 500,000
# A half-year named by one noun: "um semestre" is six months (after an ordinal, the first
# or second half of the year)
MONTH_SPAN_WORDS = {"semestre": 6}
# A count out of a larger count is a share: "um em cada cinco" (1/5), "dois em três"
SHARE_BETWEEN = ("em cada", "de cada", "em")
# A group of ten, twenty or a hundred in the singular counts like the plural: "uma dezena
# de feridos" (10), "uma vintena", "uma centena" (100)
MULTIPLIERS.update({"dezena": 10, "vintena": 20, "centena": 100})
# A multiple said as a noun with its article counts as the number of times:
# "o triplo do que gastou" is three
# times as much (not the double: English "twice" is no number word)
NUMBER_WORDS.update({"o triplo": 3, "o quádruplo": 4})
# More ways to say "about": "à volta de", "na ordem de", "perto de", "uns 30", and the verb
# "rondar" with its article ("o desemprego ronda os 7%", "rondava as 300 pessoas")
QUALIFIERS_BEFORE.update({"à volta de": "about", "à volta dos": "about", "na ordem de": "about",
                          "na ordem dos": "about", "perto de": "about", "uns": "about",
                          "umas": "about"})
QUALIFIERS_BEFORE.update({
    f"{verb} {article}": "about"
    for verb in ("ronda", "rondam", "rondava", "rondavam", "rondou", "rondaram", "rondará",
                 "rondarão", "rondando", "rondar")
    for article in ("o", "a", "os", "as")
})
# a hundredth of a second in a race ("39 centésimos", "dois centésimos de segundo")
UNITS.update({"centésimo": "hundredth"})

# the word said for the decimal mark between a whole number and its decimals in words
DECIMAL_WORDS = ("vírgula",)
# the rest of a count after its scale word, in digits and with no connector: "1 milhão 500
# mil" is 1.5 million (the Brazilian press; "1 milhão e 500 mil" joins with "e")
DIGITS_AFTER_SCALE = True
