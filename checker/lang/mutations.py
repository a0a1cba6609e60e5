"""Initial consonant mutations: the first letters of a word change with the word before it
(Irish "Feabhra" -> "i bhFeabhra", "Corcaigh" -> "ó Chorcaigh", "Aoine" -> "Dé hAoine";
Scottish Gaelic "Sultain" -> "an t-Sultain"; Breton "Brest" -> "da Vrest").

A language declares its mutations once (`LanguageProfile.initial_mutations`): each rule is
"mutated>base", the start of a mutated word and the start of its base form ("bhf>f",
"ch>c", "h>": the prefix h before a vowel). A rule whose base is empty adds its letters
before a vowel only ("hAoine", "n-athair", "t-Ògmhios"), never before a consonant ("t-s>s"
says it of s). The word lists read with them (months, weekdays, number words) take
each word's mutated forms (`mutated`), dropping a form two different words would share;
a name is also looked up by its base forms (`unmutated`): candidates that only a list that
knows them confirms.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from checker.lang.profile import profile

_VOWELS = frozenset("aeiouy")
MIN_LETTERS = 3


def _vowel(letter: str) -> bool:
    base = unicodedata.normalize("NFD", letter.lower())[:1]
    return base in _VOWELS


@cache
def rules(lang: str) -> tuple[tuple[str, str], ...]:
    """The language's mutations as (mutated start, base start), lower case, longest first."""
    return parsed(profile(lang).initial_mutations)


def parsed(declared: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Rules "mutated>base" as (mutated start, base start), lower case, longest first."""
    out = []
    for rule in declared:
        mutated, _, base = rule.partition(">")
        out.append((mutated.lower(), base.lower()))
    return tuple(sorted(out, key=lambda r: (-len(r[0]), r)))


def _applies(rest: str, base: str) -> bool:
    """A bare prefix (no base letters: "h", "t-") stands before a vowel only."""
    return bool(rest) and (bool(base) or _vowel(rest[0]))


def unmutated(word: str, lang: str, swaps: bool = True) -> tuple[str, ...]:
    """The base forms `word` may be a mutation of ("Chorcaigh" -> "Corcaigh", "bhFeabhra" ->
    "Feabhra", "Vrest" -> "Brest", "Mrest"), keeping a capital of the mutated start; empty
    when the language declares no mutation or none fits. `swaps=False` leaves out rules that
    swap one start for another of the same length (Breton "k>g"): a name's lookup, where
    "Kent" must not be "Gent" (Ghent), takes only mutations that add letters."""
    found = rules(lang)
    if not swaps:
        found = tuple((m, b) for m, b in found if not b or len(m) != len(b))
    if not found:
        return ()
    lower = word.lower()
    out = []
    longest = 0  # the longest mutated start that fits only: "bhF" is eclipsis, not "bh"
    for mutated, base in found:
        if len(mutated) < longest or not lower.startswith(mutated):
            continue
        if len(word) - len(mutated) < 2:
            continue
        rest = word[len(mutated):]
        if not _applies(rest, base):
            continue
        longest = len(mutated)
        head = word[: len(mutated)]
        form = base + rest
        if base and any(c.isupper() for c in head):
            form = form[:1].upper() + form[1:]
        if form != word:
            out.append(form)
    return tuple(dict.fromkeys(out))


def mutated(form: str, lang: str, glued_prefixes: bool = True) -> tuple[str, ...]:
    """`mutated_by` the language's rules."""
    return mutated_by(form, rules(lang), glued_prefixes)


def mutated_by(form: str, found: tuple[tuple[str, str], ...],
               glued_prefixes: bool = True, min_letters: int = MIN_LETTERS) -> tuple[str, ...]:
    """The mutated forms of a lower-case word (or phrase: its first word mutates):
    "feabhra" -> ("bhfeabhra", "fheabhra"). A first word of fewer than `MIN_LETTERS` takes
    none: mutated, it is too often another word (Breton "du", November: "tu", a side).
    Without `glued_prefixes`, no bare prefix without its hyphen (Irish "ocht", eight: not
    "nocht", naked)."""
    if len(form.split(" ")[0]) < min_letters:
        return ()
    out = []
    for changed, base in found:
        if not form.startswith(base) or form.startswith(changed):
            continue  # not this base, or mutated already ("chèitean" is no "chhèitean")
        rest = form[len(base):]
        if not (glued_prefixes or base or changed.endswith("-")):
            continue
        if _applies(rest, base) and rest[:1].isalpha():
            out.append(changed + rest)
    return tuple(dict.fromkeys(f for f in out if f != form))


def add_mutated_forms(table: dict, lang: str, glued_prefixes: bool = True) -> None:
    """Every entry's mutated forms into `table` (lower-case keys), none that is already a
    word of it, none that two entries of different values would share: a mutation never
    makes two words one (`mutated` says what `glued_prefixes` does)."""
    if not rules(lang):
        return
    made: dict[str, object] = {}
    clashes: set[str] = set()
    for form, value in table.items():
        if form.endswith("."):
            continue  # an abbreviation: "mhàrt." would shadow "mhàrt" at a sentence's end
        for new in mutated(form, lang, glued_prefixes):
            if new in table:
                continue
            if new in made and made[new] != value:
                clashes.add(new)
            made.setdefault(new, value)
    for new, value in made.items():
        if new not in clashes:
            table[new] = value


def add_bare_month_names(forms: dict, lang: str) -> None:
    """Where CLDR writes the month names after an article or preposition that mutates them
    (Scottish Gaelic "An t-Sultain", "dhen Fhaoilleach"), each name also without it, as
    another article or preposition writes it ("san t-Sultain", "sa Chèitean"): the last
    word of a month form whose first word begins the forms of three months or more, and its
    unmutated forms; none that two months would share."""
    if not rules(lang):
        return
    months: dict[str, set] = {}
    for form, entry in forms.items():
        words = form.split(" ")
        if len(words) == 2 and isinstance(entry, tuple) and entry[:1] == ("month",):
            months.setdefault(words[0], set()).add(entry[1])
    made: dict[str, object] = {}
    clashes: set[str] = set()
    for form, entry in list(forms.items()):
        words = form.split(" ")
        if len(words) != 2 or len(months.get(words[0], ())) < 3:
            continue
        if not isinstance(entry, tuple) or entry[:1] != ("month",):
            continue
        for bare in (words[1], *unmutated(words[1], lang)):
            if bare in forms or len(bare) < MIN_LETTERS:
                continue
            if bare in made and made[bare] != entry:
                clashes.add(bare)
            made.setdefault(bare, entry)
    forms.update((bare, entry) for bare, entry in made.items() if bare not in clashes)
