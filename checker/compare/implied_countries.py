"""A country a side in a language without spaces names in a chain of places
("美国加利福尼亚州洛杉矶县", the US's California's Los Angeles County) that the other side
leaves to the place ("Los Angeles County, California"): the place says the country, so it
is not reported missing (nor added, the other way round). A country the other side
replaces by another is still reported: only a country no other country of the other side
stands for is left out, and the place must lie in it (checker/compare/place_geography.py,
`containing`; the gazetteer's countries of a city).
"""

from __future__ import annotations

from checker.compare.place_geography import city_of, containing
from checker.glossary import gazetteer
from checker.lang.profile import profile
from checker.model import Fact, Sentence

Pairs = list[tuple[Fact, Sentence]]


def _country(fact: Fact) -> str | None:
    """The CLDR id of a country ("cldr:US"), None for any other name."""
    value = str(fact.value)
    if fact.kind == "concept" and len(value) == 7 and value.startswith("cldr:"):
        return value if value[5:].isalpha() and value[5:].isupper() else None
    return None


def _countries_of(fact: Fact, lang: str) -> frozenset[str]:
    """The countries a place of the data lies in (none for a country itself)."""
    if fact.kind == "concept":
        return frozenset(containing(str(fact.value))) if _country(fact) is None else frozenset()
    return frozenset(f"cldr:{c}" for c in gazetteer.countries(city_of(fact, lang), lang))


# A chain of places is a language without spaces' usual way to say where a foreign place
# is ("美国加州": the country comes first, nothing between); a language with spaces names
# the country after a comma by choice ("Houston, Texas, US"), so its dropping is reported.
_LONGEST_GAP = 1


def _before_place(fact: Fact, sentence: Sentence, own_side: Pairs) -> bool:
    """Does another name of the same sentence follow or precede the country `fact` right
    next to it (a chain of places: "美国加利福尼亚州")? One letter of the place's word may
    stand between (the "得" of "得克萨斯", which the name's extent left out)."""
    text = sentence.text
    for other, where in own_side:
        if where is not sentence or other is fact or other.category != "entity":
            continue
        gap = (text[fact.end:other.start] if other.start >= fact.end
               else text[other.end:fact.start] if other.end <= fact.start else None)
        if gap is not None and len(gap) <= _LONGEST_GAP and (not gap or gap.isalpha()):
            return True
    return False


def without_implied_countries(lost: Pairs, own_side: Pairs, own_lang: str, other_side: Pairs,
                              other_lang: str, other_unmatched: Pairs) -> Pairs:
    """`lost` (names of one side, `own_side` in `own_lang`, the other lacks) less each
    country named in a chain of places (a language without spaces only) that a place of
    the other side (`other_side`, in `other_lang`), found on this side too (not in
    `other_unmatched`), lies in, where the other side names no country at all."""
    countries = [p for p in lost if _country(p[0])]
    if not countries or profile(own_lang).writing.spaced or any(
            _country(f) for f, _ in other_side if f.category == "entity"):
        return lost
    unmatched = {id(f) for f, _ in other_unmatched}
    inside = frozenset().union(*(_countries_of(f, other_lang) for f, _ in other_side
                                 if f.category == "entity" and id(f) not in unmatched))
    return [(f, s) for f, s in lost
            if not (_country(f) in inside and _before_place(f, s, own_side))]
