"""Units of measure: their words in every language from CLDR's unit patterns, and the
conversions between them ("550 pounds" is "250 kg", "80 degrees" Fahrenheit is "27 Grad").

A unit key names what a number measures ("km", "mile", "kg", "degree"); the same keys serve
the counted things of `lex_attrs.UNITS`, so a language's own data and CLDR's words agree. A
speed is read as its length unit ("85 miles per hour" counts miles, "136 km/h" kilometres):
the ratio between the two is the same.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache

# unit key -> (dimension, factor to the dimension's base unit). Physical constants.
MEASURES: dict[str, tuple[str, float]] = {
    "km": ("length", 1000.0),
    "m": ("length", 1.0),
    "cm": ("length", 0.01),
    "mm": ("length", 0.001),
    "mile": ("length", 1609.344),
    "scandinavian mile": ("length", 10_000.0),
    "nautical mile": ("length", 1852.0),
    "yard": ("length", 0.9144),
    "foot": ("length", 0.3048),
    "inch": ("length", 0.0254),
    "kg": ("mass", 1.0),
    "g": ("mass", 0.001),
    "ton": ("mass", 1000.0),
    "pound": ("mass", 0.45359237),
    "stone": ("mass", 6.35029318),
    "ounce": ("mass", 0.028349523125),
    "hectare": ("area", 10_000.0),
    # the metric land unit of the former Ottoman lands: στρέμμα, dönüm, دونم (1,000 m²)
    "dunam": ("area", 1000.0),
    "acre": ("area", 4046.8564224),
    "km2": ("area", 1_000_000.0),
    "mile2": ("area", 2_589_988.110336),
    "m2": ("area", 1.0),
    "foot2": ("area", 0.09290304),
    "liter": ("volume", 0.001),
    "gallon": ("volume", 0.003785411784),
    "celsius": ("temperature", 1.0),
    "fahrenheit": ("temperature", 1.0),
    "degree": ("temperature", 1.0),  # Celsius or Fahrenheit: the scale is not said
    # spans of time, in days: "two decades" is "20 years", "60 days" about "two months"
    # a race's seconds and hundredths: "0.39 seconds" is "39 centésimos"
    "hundredth": ("duration", 1 / 8_640_000),
    "second": ("duration", 1 / 86_400),
    "minute": ("duration", 1 / 1440),
    "hour": ("duration", 1 / 24),  # "48 hours" is "two days"
    "day": ("duration", 1.0),
    "week": ("duration", 7.0),
    "month": ("duration", 365.25 / 12),
    "year": ("duration", 365.25),
    "decade": ("duration", 3652.5),
}

# A unit said with its smaller unit: "6 feet 2 inches", "8 pounds 3 ounces", "15 stone 4
# pounds" (the smaller unit, and how many of it make one).
SUBUNITS: dict[str, tuple[str, int]] = {"foot": ("inch", 12), "pound": ("ounce", 16),
                                        "stone": ("pound", 14)}

# The unit a newsroom converts each unit to: where one side gives no unit, only these are
# tried ("2 inches" against a bare "5": centimetres, perhaps).
COUNTERPARTS: dict[str, tuple[str, ...]] = {
    "mile": ("km",), "km": ("mile",), "foot": ("m",), "m": ("foot",), "yard": ("m",),
    "scandinavian mile": ("km",),
    "inch": ("cm", "mm"), "cm": ("inch",), "mm": ("inch",), "nautical mile": ("km",),
    "pound": ("kg",), "kg": ("pound",), "stone": ("kg",), "ounce": ("g",), "g": ("ounce",),
    "gallon": ("liter",), "liter": ("gallon",), "acre": ("hectare",), "hectare": ("acre",),
    "mile2": ("km2",), "km2": ("mile2",), "foot2": ("m2",), "m2": ("foot2",),
    "fahrenheit": ("celsius",), "celsius": ("fahrenheit",),
}

# CLDR unit ids -> unit keys. Speeds count their length unit; "square ..." forms of several
# words clash on their first word and are dropped (one-word forms such as
# "Quadratkilometer" stay).
CLDR_UNITS: dict[str, str] = {
    "temperature-generic": "degree",
    "angle-degree": "degree",  # "80 degrees": a temperature in the news
    "temperature-celsius": "celsius",
    "temperature-fahrenheit": "fahrenheit",
    "length-kilometer": "km",
    "length-meter": "m",
    "length-centimeter": "cm",
    "length-millimeter": "mm",
    "length-mile": "mile",
    "length-mile-scandinavian": "scandinavian mile",  # "3 mil": 30 km (nb, sv)
    "length-nautical-mile": "nautical mile",
    "length-yard": "yard",
    "length-foot": "foot",
    "length-inch": "inch",
    "speed-kilometer-per-hour": "km",
    "speed-mile-per-hour": "mile",
    "speed-knot": "nautical mile",  # a nautical mile an hour: "20 knots" is "37 km/h"
    "mass-kilogram": "kg",
    "mass-gram": "g",
    "mass-tonne": "ton",
    "mass-pound": "pound",
    "mass-stone": "stone",
    "mass-ounce": "ounce",
    "area-hectare": "hectare",
    "area-acre": "acre",
    "area-square-kilometer": "km2",
    "area-square-mile": "mile2",
    "area-square-meter": "m2",
    "area-square-foot": "foot2",
    "volume-liter": "liter",
    "volume-gallon": "gallon",
    "duration-second": "second",
}
# SI symbols are written alike in every language: a symbol of one or two letters counts
# only if it is one of them (an "in" or "mi" of CLDR is too often a word).
_SI_SYMBOLS = frozenset({"km", "cm", "mm", "kg", "m", "g", "ha", "l"})
# A metric symbol in another script ("см", "км", "кг") is as safe as its Latin one.
_METRIC = frozenset({"km", "cm", "mm", "kg", "km2"})
# A length said "square" is an area: "1,100 square feet", "102 metros quadrados".
AREA_OF_LENGTH: dict[str, str] = {"m": "m2", "km": "km2", "mile": "mile2", "foot": "foot2"}
LENGTH_OF_AREA = {area: length for length, area in AREA_OF_LENGTH.items()}
# Square units whose names of several words are read as their length word and a square
# word (`units._square`): their first word ("kilometry" of "kilometry čtvereční", "mil"
# of "mil kare") is the length unit's word, never a clash that drops it.
_SQUARE_BY_WORDS = frozenset({"m2", "foot2", "km2", "mile2"})
_NUMBER = re.compile(r"[\d.,\u00a0\u202f\u066b\u066c ]+")


def dimension(unit: str | None) -> str | None:
    return MEASURES[unit][0] if unit in MEASURES else None


@cache
def cldr_unit_words(locales: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str]]:
    """(word starts of the long unit names -> unit key, "Kilometer": "km"; symbols of the
    short names -> unit key, "km/h": "km", "°C": "celsius"), from the CLDR locales."""
    from babel.units import UnknownUnitError, format_unit

    from checker.language import babel_locales

    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
    clashes: set[str] = set()
    for locale in babel_locales(locales):
        for unit, key in CLDR_UNITS.items():
            for length in ("long", "short", "narrow"):
                for value in (1, 2, 5, 11, 1.5):
                    try:
                        text = format_unit(value, unit, length=length, locale=locale)
                    except (UnknownUnitError, KeyError, ValueError):
                        continue
                    number = _NUMBER.match(text)
                    if number is None or not any(ch.isdigit() for ch in number.group(0)):
                        continue  # the unit before the number ("每小时1公里")
                    rest = text[number.end() :].replace("\u200f", "").strip().lower()
                    if not rest:
                        continue
                    if length == "long" and key in _WHOLE_WORD_ONLY:
                        continue  # read from its short name, a whole word ("3 mil")
                    if length == "long":
                        if key in _SQUARE_BY_WORDS and " " in rest:
                            # "metros quadrados": the length word, and the square word read
                            # by `cldr_square_words`; a first word known as another length
                            # is not sure
                            first, length_key = rest.split()[0], LENGTH_OF_AREA[key]
                            if words.get(first, length_key) != length_key:
                                clashes.add(first)
                            continue
                        word = rest.split()[0]
                        long_enough = len(word) >= 2 or not word.isascii()  # "度"
                        known = words.setdefault(word, key) if long_enough else key
                        # "degrees Celsius" starts as "degrees" does: a temperature still;
                        # a word that starts both "graden Celsius" and "graden Fahrenheit"
                        # (where CLDR's plain temperature is "°") is a degree, scale unsaid
                        temperature = dimension(known) == dimension(key) == "temperature"
                        if known != key and temperature and known != "degree":
                            words[word] = "degree"
                        elif known != key and not temperature:
                            clashes.add(word)
                    elif " " not in rest and (
                        rest in _SI_SYMBOLS
                        or len(rest) >= 3
                        or not rest.isalpha()
                        or (len(rest) == 2 and not rest.isascii() and key in _METRIC)
                        or (length == "short" and _cased_letter(rest))
                        or (_no_word(rest) and key not in _SYMBOL_CLASHES)
                    ):
                        symbols.setdefault(rest, key)
    for word in clashes:
        words.pop(word, None)
    symbols.pop("#", None)
    return words, symbols


@cache
def cldr_unit_stems(locales: tuple[str, ...]) -> dict[str, str]:
    """Word starts of the long unit names for the case forms CLDR's plural forms do not
    give ("stupni", "kilometrech", "laipsniais"): the start all the plural forms of the
    unit's word share, four letters or more ("stup" of "stupeň", "stupně", "stupňů"), where
    no other unit's word starts so; the noun after an adjective built on the metre's name
    ("tonų" of "metrinių tonų", "тона" of "метрични тона": the metric tonne); and a word
    written with a final letter form as its medial form, which an ending follows
    ("קילוגרמ" of "קילוגרם", as in "קילוגרמים"). Word start -> unit key. Not the stone's:
    a British unit that some locales name with a common adjective."""
    from checker.language import babel_locales

    stems: dict[str, str] = {}
    clashes: set[str] = set()
    for locale in babel_locales(locales):
        names = {unit: _long_names(unit, locale) for unit in CLDR_UNITS}
        metres = {name[0] for name in names["length-meter"]}
        metre = _common_start(sorted(metres) or [""])
        # first words -> unit keys ("mille" of "milles carrés" is the mile's word)
        words = {name[0]: LENGTH_OF_AREA[CLDR_UNITS[unit]] if (
            CLDR_UNITS[unit] in _SQUARE_BY_WORDS and len(name) > 1) else CLDR_UNITS[unit]
                 for unit, forms in names.items() for name in forms}
        for unit, forms in names.items():
            key = CLDR_UNITS[unit]
            if not forms or key == "stone" or len({len(name) for name in forms}) != 1 or (
                    key in _SQUARE_BY_WORDS and len(next(iter(forms))) > 1):
                continue
            if any(word in words for name in forms for word in name[1:]):
                continue  # "морских миль": an adjective before another unit's word
            head = 1 if len(metre) >= 3 and len(next(iter(forms))) > 1 and all(
                name[0].startswith(metre) and name[0] not in metres for name in forms) else 0
            for stem in _stems_of(sorted({name[head] for name in forms}), head > 0):
                known = stems.setdefault(stem, key)
                if (known != key and not dimension(known) == dimension(key) == "temperature") or (
                        head == 0 and any(word.startswith(stem) and unit_key != key and not
                                          dimension(unit_key) == dimension(key) == "temperature"
                                          for word, unit_key in words.items())):
                    clashes.add(stem)  # "stop" of "stopień" (degree) starts "stopa" (foot)
    for stem in clashes:
        stems.pop(stem, None)
    return stems


def _long_names(unit: str, locale) -> set[tuple[str, ...]]:
    """CLDR's long names of `unit` after a number, in every plural form: tuples of words."""
    from babel.units import UnknownUnitError, format_unit

    names = set()
    for value in (1, 2, 5, 11, 1.5, 0, 3, 21):
        try:
            text = format_unit(value, unit, length="long", locale=locale)
        except (UnknownUnitError, KeyError, ValueError):
            continue
        number = _NUMBER.match(text)
        if number is None or not any(ch.isdigit() for ch in number.group(0)):
            continue
        name = tuple(text[number.end():].replace("\u200f", "").lower().split())
        if name:
            names.add(name)
    return names


def _stems_of(words: list[str], noun: bool) -> set[str]:
    """The word starts `cldr_unit_stems` reads of one unit word's plural forms (`noun`: the
    noun after a first word, taken in all its forms)."""
    if not words[0].isalpha():
        return set()
    stems = set(words) if noun else set()
    shared = _common_start(words)
    if len(shared) >= 4 and len(words) > 1:
        stems.add(shared)
    elif len(words) > 1:  # "míle", "mil": the start of a form before its final vowel ("mílích")
        stems.update(word[:-1] for word in words if len(word) >= 4 and _vowel(word[-1]))
    stems.update(medial for word in words if (medial := _medial(word)) is not None)
    return stems


# the vowel letters of the Latin, Cyrillic and Greek alphabets, without their accents
_VOWELS = frozenset("aeiouyаеёиоуыэюяіїєαεηιουω")


def _vowel(letter: str) -> bool:
    import unicodedata

    return unicodedata.normalize("NFD", letter)[:1] in _VOWELS


def _medial(word: str) -> str | None:
    """A word of four letters or more that ends in a final letter form ("קילוגרם", "מייל"
    has none) written with the medial form of that letter: the start of the word before
    an ending ("קילוגרמים")."""
    import unicodedata

    name = unicodedata.name(word[-1:] or " ", "")
    if len(word) < 4 or " FINAL " not in name:  # "גרמ" of "גרם" would start "גרמנים"
        return None
    try:
        return word[:-1] + unicodedata.lookup(name.replace(" FINAL ", " "))
    except KeyError:
        return None


@cache
def cldr_glued_symbols(locales: tuple[str, ...]) -> dict[str, str]:
    """CLDR's short symbols of letters that are too often a word to read after a space
    ("in", "ft", "lb", "oz", "mi"), read only glued to a number ("6ft 2in", "10lbs"; one
    letter, as "t" or Russian "г", is too often something else), with
    their plural "s" where the press adds one: symbol -> unit key."""
    from babel.units import UnknownUnitError, format_unit

    from checker.language import babel_locales

    glued: dict[str, str] = {}
    for locale in babel_locales(locales):
        for unit, key in CLDR_UNITS.items():
            for length in ("short", "narrow"):
                try:
                    text = format_unit(2, unit, length=length, locale=locale)
                except (UnknownUnitError, KeyError, ValueError):
                    continue
                rest = text.removeprefix("2").replace("\u200f", "").strip().lower()
                if rest.isalpha() and len(rest) >= 2 and dimension(key) != "duration":
                    glued.setdefault(rest, key)
                    if rest.isascii() and len(rest) == 2:
                        glued.setdefault(rest + "s", key)  # "lbs", "yds"
    return glued


# units whose two-consonant symbols are also other things' abbreviations: "st" (stone) of
# "St", "st." (century); "kn" (knot) of the kuna
_SYMBOL_CLASHES = frozenset({"stone", "nautical mile", "second"})

# units whose long name is a short word that starts many others ("mil", the Scandinavian
# mile of ten kilometres, starts "militær", "million"): read as a whole word only, from the
# short name CLDR gives it as well
_WHOLE_WORD_ONLY = frozenset({"scandinavian mile"})


def _no_word(symbol: str) -> bool:
    """A Latin symbol of two consonants ("lb", "ft", "yd"): no word of a language is written
    so, so it is read after a space too ("40,000 lb"); a language's abbreviation that it
    also is ("st": stone, and saint) is left out by the language's rules."""
    return len(symbol) == 2 and symbol.isascii() and symbol.isalpha() and not (
        set(symbol) & set("aeiouy"))


def _cased_letter(symbol: str) -> bool:
    """A symbol of one lowercase letter of a cased script other than Latin ("м", "г", "л"
    of Cyrillic): CLDR's short symbol in that script, as safe as Latin "m"; a Latin letter
    ("t", "in") or a letter of an uncased script (Arabic "م", also the era mark) is too
    often something else."""
    return (len(symbol) == 1 and symbol.isalpha() and not symbol.isascii()
            and symbol != symbol.upper())


def _common_start(words: list[str]) -> str:
    first, last = min(words), max(words)
    size = next((k for k, (a, b) in enumerate(zip(first, last, strict=False)) if a != b),
                min(len(first), len(last)))
    return first[:size]


@cache
def cldr_square_words(locales: tuple[str, ...]) -> tuple[str, ...]:
    """The starts of the words that make a length an area ("square", "quadrad",
    "τετραγωνικ", "квадратн", "مربع"), from CLDR: the words of a long "square" unit name
    that its length unit's names lack, cut to what all their forms share."""
    from babel.units import UnknownUnitError, format_unit

    from checker.language import babel_locales

    stems: set[str] = set()
    for locale in babel_locales(locales):
        found: Counter[str] = Counter()  # word -> units it makes square
        for length_unit in ("meter", "kilometer", "foot", "mile"):
            try:
                area = {format_unit(v, f"area-square-{length_unit}", length="long",
                                    locale=locale).lower() for v in (1, 2, 5, 11, 1.5)}
                line = {format_unit(v, f"length-{length_unit}", length="long",
                                    locale=locale).lower() for v in (1, 2, 5, 11, 1.5)}
            except (UnknownUnitError, KeyError, ValueError):
                continue
            length_words = {w for text in line for w in text.split()}
            found.update({
                w for text in area if len(text.split()) >= 3  # not glued ("Quadratmeter")
                for w in text.split()[1:] if w not in length_words and w.isalpha()
            })
        # the square word is shared by the units; a unit's own area name ("milles") is not
        square = sorted(w for w, units in found.items() if units >= 2)
        if not square:
            continue
        shared = _common_start(square)
        # with the forms of one unit only ("quadradas" beside "quadrados")
        shared = _common_start([w for w in found if w.startswith(shared[:4])])
        stems.update((shared,) if len(shared) >= 4 else square)
    return tuple(sorted(stems))


def _to_base(value: float, unit: str, scale: str) -> float:
    """Value in the dimension's base unit; a temperature in Celsius."""
    if dimension(unit) == "temperature":
        return (value - 32) * 5 / 9 if scale == "fahrenheit" else value
    return value * MEASURES[unit][1]


def _from_base(value: float, unit: str, scale: str) -> float:
    if dimension(unit) == "temperature":
        return value * 9 / 5 + 32 if scale == "fahrenheit" else value
    return value / MEASURES[unit][1]


def _scales(unit: str) -> tuple[str, ...]:
    if unit == "degree":
        return ("celsius", "fahrenheit")
    return (unit,)


def _conversions(value: float, unit: str, other_unit: str,
                 same_scale: bool = False) -> list[float]:
    """`value unit` written in `other_unit`, once for each pair of scales the two may be (a
    degree is Celsius or Fahrenheit), in one order for every value: a pair of one scale only
    where `same_scale` (that is no conversion, only the same figure again)."""
    return [_from_base(_to_base(value, unit, scale), other_unit, other_scale)
            for scale in _scales(unit) for other_scale in _scales(other_unit)
            if same_scale or scale != other_scale]


def translator_rounding(exact: float, written: float, rough: bool = False) -> bool:
    """`written` is `exact` as a translator rounds a conversion: within 3 %; rounded to two
    significant digits or to a half ("7.62 cm" as "7.5 cm"); to one significant digit
    ("321.9 km" as "300 km") while that stays within 15 % (160.9 km are not "200 km"); or
    to the nearest 5 or 10 within 10 % ("30 feet", 9.1 m, as "10 m"; "9 inches", 22.9 cm,
    as "25 cm"). A figure said to be rough (`rough`: "about", "nearly" on either side) may
    be 5 % out, or rounded to the nearest 50, 100, 500, ... within 10 %."""
    if exact == 0:
        return written == 0
    off = abs(written - exact)
    if off <= (0.05 if rough else 0.03) * abs(exact):
        return True
    if _rounded(exact, written, 2) or math.isclose(round(exact * 2) / 2, written, rel_tol=1e-9):
        return True
    if _rounded(exact, written, 1) and (off <= 0.15 * abs(exact) or abs(exact) < 10):
        return True
    return off <= 0.10 * abs(exact) and _on_a_round_step(exact, written, rough)


def conversion_gap(value: float, unit: str, other_value: float, other_unit: str) -> float:
    """How far `other_value other_unit` is from `value unit` converted, as a share of the
    conversion (the nearest of the scales a degree may be): which of several conversions
    that round alike fits best."""
    gaps = [abs(other_value - exact) / abs(exact) if exact else math.inf
            for exact in _conversions(value, unit, other_unit, same_scale=True)]
    return min(gaps, default=math.inf)


def _rounded(exact: float, written: float, digits: int) -> bool:
    magnitude = 10 ** (math.floor(math.log10(abs(exact))) - digits + 1)
    return math.isclose(round(exact / magnitude) * magnitude, written, rel_tol=1e-9)


def _on_a_round_step(exact: float, written: float, rough: bool) -> bool:
    """`written` is `exact` rounded to the nearest multiple of 5 or 10, or where `rough`
    also of 50, 100, 500, ... (not to 50 where said exactly: 570 pounds, 258.5 kg, are not
    "250 kg")."""
    step = 5.0
    while step <= max(abs(exact), 5.0) * 1.5 and (step <= 10 or rough):
        if math.isclose(round(exact / step) * step, written, rel_tol=1e-9) and written:
            return True
        step *= 2 if str(int(step)).startswith("5") else 5
    return False


def _counted_inclusively(value: float, unit: str, other_value: float, other_unit: str) -> bool:
    """A week or two in days counted with both ends, as many languages say them ("quinze
    dias", "quinze jours", "δεκαπέντε μέρες" for two weeks; "huit jours" for one)."""
    for weeks, w_unit, days, d_unit in ((value, unit, other_value, other_unit),
                                        (other_value, other_unit, value, unit)):
        if w_unit == "week" and d_unit == "day" and weeks in (1, 2) and days == 7 * weeks + 1:
            return True
    return False


def converts(value: float, unit: str, other_value: float, other_unit: str,
             rough: bool = False) -> bool:
    """Whether `other_value other_unit` is `value unit` converted (and rounded): two
    different units of one dimension, or two temperatures of unknown scale. `rough`: one
    of the figures is said to be approximate ("about", "nearly")."""
    if dimension(unit) is None or dimension(unit) != dimension(other_unit):
        return False
    if _converts(value, unit, other_value, other_unit, rough):
        return True
    if dimension(unit) != "temperature":
        return False
    # a minus sign or word is not read: "-4 °F" is "-20 °C", read as 4 and 20; with a sign
    # unsure, only a conversion rounded to the whole degree counts (half a degree off at
    # most: -35 °C is -31 °F, and "35 degrees" against "30" a change). Two figures within a few
    # degrees are one scale: that conversion would need -40, where the scales meet, and both
    # minus signs unread ("42 degrees" against "41 βαθμούς" is a drift of a hot day)
    if abs(value - other_value) < 3:
        return False
    return any(
        abs(exact - other_sign * other_value) <= 0.5
        for sign, other_sign in ((1, -1), (-1, 1), (-1, -1))
        for exact in _conversions(sign * value, unit, other_unit)
    )


def converts_range(low: float, high: float, unit: str, other_value: float,
                   other_unit: str) -> bool:
    """Whether a small range ("2 to 3 inches", the higher end at most twice the lower) is
    converted to one figure within it ("6 cm"), each end rounded as a translator rounds (10 %
    out at most)."""
    if dimension(unit) in (None, "duration") or dimension(unit) != dimension(other_unit):
        return False
    if not 0 < low < high <= 2 * low:
        return False
    # the two ends pair by position: each pair of scales converts both
    return any(0.9 * low_exact <= other_value <= 1.1 * high_exact
               for low_exact, high_exact in zip(_conversions(low, unit, other_unit),
                                                _conversions(high, unit, other_unit),
                                                strict=True))


def _converts(value: float, unit: str, other_value: float, other_unit: str,
              rough: bool = False) -> bool:
    for exact in _conversions(value, unit, other_unit):  # the same unit: no conversion
        if dimension(unit) == "duration":  # "60 days", "two months": no rounding of spans
            if abs(other_value - exact) <= 0.03 * abs(exact) or _counted_inclusively(
                value, unit, other_value, other_unit
            ):
                return True
        elif translator_rounding(exact, other_value, rough):
            return True
    return False


# a ton of the English-speaking press may be the metric one, the short (US) or the long one
_TONS = {"ton": (0.90718474, 1.0160469088)}


def tons_of_another_kind(value: float, unit: str | None, other_value: float) -> bool:
    """The reference's "tons" (`value`) taken as short or long tons give the version's
    metric ones (`other_value`), rounded as a translator rounds: whether a translator
    converted or the figure changed the figures cannot say, so a caller treats this as
    unsure."""
    return unit in _TONS and any(
        translator_rounding(value * ratio, other_value) for ratio in _TONS[unit]
    )


def converts_as_difference(value: float, unit: str, other_value: float, other_unit: str) -> bool:
    """Whether two temperatures, one of them possibly Fahrenheit and the other Celsius,
    match as a DIFFERENCE of temperature, which converts by the factor only ("10 degrees
    warmer" is "5.6 degrees" warmer in Celsius; "a drop of 20 °F" is one of 11 °C), within
    3 % or rounded to either whole degree around it (not to one significant digit: the
    match is already unsure). Two figures a few degrees apart are one scale. Nothing in the figures
    says whether they are a difference or a reading, so a caller treats this as unsure."""
    if dimension(unit) != "temperature" or dimension(other_unit) != "temperature":
        return False
    if abs(abs(value) - abs(other_value)) < 3:
        return False  # a few degrees apart: one scale, as in `converts` ("-4" against "-3")
    for scale in _scales(unit):
        for other_scale in _scales(other_unit):
            if scale == other_scale:
                continue
            factor = 5 / 9 if scale == "fahrenheit" else 9 / 5
            exact = abs(value) * factor
            written = abs(other_value)
            if abs(written - exact) <= 0.03 * exact or math.floor(exact) <= written <= math.ceil(
                exact
            ):
                return True
    return False
