"""A place name that is also a given name or a title (`places.GIVEN_NAME_PLACES`:
Vietnamese "Anh" is Britain, a common given name, and "older brother", a title before a
name). Next to a person's name it is part of that name, never the place: "Nguyễn Văn Anh"
and "Tuấn Anh" end with the given name (one name, the two facts joined); in "Anh Minh" it
is the title of Minh (the place dropped). Anywhere else ("Thủ tướng Anh", "Anh sẽ gửi")
("Thủ tướng Anh Rishi Sunak": the British prime minister) it stays the place."""

from __future__ import annotations

from checker.lang.profile import profile
from checker.model import Fact
from checker.translit import key

_PERSON_KINDS = frozenset(("name", "initial"))
# what may stand before a sentence's first word: inside a sentence a capital before a name
# is the place's adjective ("Thủ tướng Anh Rishi Sunak", the British prime minister); the
# title is written in lower case there ("anh Minh")
_OPENERS = " \t\"'“”‘’«»-–—("


def given_name_places(facts: list[Fact], text: str, lang: str) -> list[Fact]:
    """`facts` (in order of position) with each such place next to a person's name made
    part of it."""
    words = profile(lang).names.given_name_places
    if not words:
        return facts
    out = list(facts)
    i = 0
    while i < len(out):
        fact = out[i]
        if fact.kind != "concept" or fact.text.casefold() not in words:
            i += 1
            continue
        before = out[i - 1] if i > 0 else None
        after = out[i + 1] if i + 1 < len(out) else None
        if _next_to(before, fact, text):  # "Nguyễn Văn Anh": the name's given name
            whole = text[before.start : fact.end]
            out[i - 1 : i + 1] = [Fact("entity", whole, key(whole, lang), before.start,
                                       fact.end, kind=before.kind)]
            continue
        if _next_to(fact, after, text) and not text[: fact.start].strip(_OPENERS):
            del out[i]  # "Anh Minh ...": the title before the name, first in its sentence
            continue
        i += 1
    return out


def _next_to(left: Fact | None, right: Fact | None, text: str) -> bool:
    """`left` and `right` stand one space apart, and the other one of them than the place
    is a person's name (a run of capitalised words, not a place or term of the data)."""
    if left is None or right is None or text[left.end : right.start] != " ":
        return False
    other = left if right.kind == "concept" else right
    return other.kind in _PERSON_KINDS and other.category == "entity"
