"""Profile fields that tell the kind of a name (person, organisation, place) and the places
a language names in its own way: `checker/lang/<code>/names.py` and `places.py`. `NameData`
(name_fields.py) takes them over."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.lang.declare import SET, about
from checker.lang.table import Table


@dataclass(frozen=True)
class NameKindData:
    """What tells the kind of a name, and the places the language names its own way."""

    person_titles: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.PERSON_TITLES",
            'Titles and honorifics before a person\'s name, lower case ("mrs", "president"): '
            "the name names a person.",
        ),
    )
    organisation_words: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.ORGANISATION_WORDS",
            'Words that make a name an organisation\'s, lower case ("party", "ministry").',
        ),
    )
    place_names: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "places.PLACE_NAMES",
            "Names of places that CLDR's territory and exemplar-city names (Babel) lack in the "
            'language, to their concept id: the common short name of a territory CLDR names '
            'otherwise ("Britain": "cldr:GB"), and the countries of the United Kingdom '
            '(CLDR subdivisions, which Babel does not ship: "cldr:gbsct"), and cities of '
            'the gazetteer GeoNames has no name for in the language, by their GeoNames id '
            '("geonames:4140963").',
        ),
    )
    implied_places: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "places.IMPLIED_PLACES",
            'Words that point to a country without naming it, to its concept id ("我国" our '
            'country: "cldr:CN"): a translation that names the country there adds no name.',
        ),
    )
    short_forms: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "places.SHORT_FORMS",
            "A country's one-character short form, to its concept id, in a language without "
            'spaces ("美": "cldr:US"; several ids, space-separated, for a character that '
            'shorts several places, "巴": "cldr:PK cldr:BR"): two or three of them run '
            'together ("中美") name those countries (checker/facts/short_forms.py).',
        ),
    )
    place_words: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.PLACE_WORDS",
            'Words right before a place\'s name, lower case ("in", "capital"): the name names '
            "a place.",
        ),
    )
    given_name_places: frozenset[str] = field(
        default=SET,
        metadata=about(
            "places.GIVEN_NAME_PLACES",
            "Place names of the data that are also a common given name, or a title before a "
            'name, in the language ("Anh": Britain, a given name, and "older brother"): right '
            'after a person\'s name ("Nguyễn Văn Anh", "Tuấn Anh") it ends that name, right '
            'before one ("Anh Minh") it is a title; neither names the place '
            "(checker/facts/given_name_places.py).",
        ),
    )
    place_suffixes: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.PLACE_SUFFIXES",
            "Case endings after an apostrophe, to the word's end, that only a place's name "
            "takes (\"'da\", \"'daki\").",
        ),
    )
