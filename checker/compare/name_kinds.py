"""What kind of thing a name names: a place, a person or an organisation (None: unknown).

A name "changed" into another only when both name the same kind of thing: a city swapped
for a city is a changed fact; a city left out where an organisation was added are two
separate observations (one missing, one added), never a change. Kinds come from data only:
- places: CLDR territory names and CLDR's exemplar cities (concept ids `cldr:` and
  `city:`), glossary concepts that the name index links to them, the cities of the
  gazetteer (GeoNames, `checker.glossary.gazetteer`: any name whose distinctive words are
  a city's name in the language's script, "Cardiff", "Кардиффе"), acronyms spelled by the
  initials of a CLDR territory name ("UAE"), and names right after a word that introduces
  a place or with a case ending only places take (PLACE_WORDS "in", PLACE_SUFFIXES "'da");
- people: a title or honorific of the language right before the name, or as its first
  word ("Mrs", "President", "Frau", "г-н"): PERSON_TITLES; or a given name and a surname
  (two or three capitalised words that are no common words);
- organisations: a word of the name that names a kind of organisation ("Party",
  "Ministry", "Partei"): ORGANISATION_WORDS.
The word lists are language data in checker/lang/<code>/names.py. A title wins over a
place word ("in Mr Smith's view").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from checker.compare.base import ComparisonContext, FactAt
from checker.compare.place_geography import (
    CITY_PREFIX,
    cities_overlap,
    city_of,
    places_overlap,
    same_city,
)
from checker.compare.read_apart import read_person_apart
from checker.context import CheckContext
from checker.facts import entities as names
from checker.glossary import gazetteer
from checker.glossary.lookup import NameIndex, term_tokens
from checker.lang.profile import profile
from checker.model import Fact, Sentence
from checker.translit import stems

PLACE, PERSON, ORGANISATION = "place", "person", "organisation"
_PUNCTUATION = ".,:;\"'«»„“”()"


# CLDR's groupings of countries by membership: organisations, not places.
_MEMBERSHIP_TERRITORIES = frozenset({"cldr:EU", "cldr:UN", "cldr:EZ"})


def data_id(concept: str, lang: str, run: CheckContext) -> str:
    """The id the data (CLDR) gives a concept a glossary names ("eu" -> "cldr:EU")."""
    return run.name_index(lang).data_ids.get(concept, concept)


def _is_place_concept(concept: str, lang: str, run: CheckContext) -> bool:
    # A grouping of countries is no place, whether a glossary names it or not.
    if concept in _MEMBERSHIP_TERRITORIES or data_id(concept, lang, run) in _MEMBERSHIP_TERRITORIES:
        return False
    if concept.startswith(("cldr:", "city:", CITY_PREFIX)):
        return True
    return any(
        e.status == "cldr" and e.concept not in _MEMBERSHIP_TERRITORIES
        for e in run.name_index(lang).by_concept.get(concept, ())
    )


def _acronym_of_territory(acronym: str, lang: str, run: CheckContext) -> bool:
    """ "UAE", "U.S.": the initials of a CLDR territory name of several words in the
    language. Two letters spell too many things ("AI"): only written with dots."""
    letters = "".join(c for c in acronym if c.isalpha()).lower()
    if len(letters) < (2 if "." in acronym else 3):
        return False
    connectors = frozenset(profile(lang).names.connectors)
    for entry in run.name_index(lang).entries:
        if entry.status != "cldr" or not entry.concept.startswith("cldr:"):
            continue
        words = [w for w in entry.words if w not in connectors]
        if len(words) == len(letters) and "".join(w[0] for w in words) == letters:
            return True
    return False


def _word_before(sentence: Sentence, fact: Fact) -> str:
    before = sentence.text[: fact.start].split()
    return before[-1].strip(_PUNCTUATION).lower() if before else ""


def _title_after(sentence: Sentence, fact: Fact, lang: str) -> bool:
    """A title written after names (TITLES_AFTER: "대통령") right after the name, or after
    a name of the data or a function word between ("마크롱 프랑스 대통령")?"""
    from checker.facts.titled_names import titled_names

    # Read without the names of the data, the span may take in the country between and
    # leave out a first name.
    return any(s < fact.end and fact.start < e for s, e in titled_names(sentence.text, lang, ()))


def name_parts(fact: Fact, lang: str) -> tuple[list[names.Token], bool]:
    """A name's words without the particles between them ("von der" of "Ursula von der
    Leyen", "bin" of "Mohammed bin Salman": the language's connectors), and whether it
    had any. Particles first or last are kept: they are no particle of a name there."""
    toks = names.tokens(fact.text, lang)
    connectors = frozenset(profile(lang).names.connectors)
    inner = [k for k, t in enumerate(toks) if 0 < k < len(toks) - 1
             and not t.capital and t.text.lower() in connectors]
    return [t for k, t in enumerate(toks) if k not in inner], bool(inner)


def _full_name(fact: Fact, lang: str) -> bool:
    """Two or three capitalised words, none a common word, an acronym or a connector, and
    not a place by its data: a given name and a surname ("Jens Stoltenberg"). A name with
    a particle ("Charles de Gaulle") is none: its surname is spelt by its own language's
    rules ("Шарль де Голль"), too far from it for the surnames' likeness to tell two
    people; `other_surname` compares such names under one given name."""
    toks = names.tokens(fact.text, lang)
    connectors = frozenset(profile(lang).names.connectors)
    return 2 <= len(toks) <= 3 and all(
        t.cased
        and t.capital
        and not t.acronym
        and len(t.key) >= 2
        and t.text.lower() not in connectors
        and not names.is_common_word(t.text, lang, t.initial, True)
        for t in toks
    )


def known_place(fact: Fact, lang: str, run: CheckContext) -> bool:
    """A place by data (CLDR, a glossary concept linked to it, a city of the gazetteer),
    not only by the words around it: its name in the other language is known, so another
    name there is another place."""
    if fact.kind == "concept":
        return _is_place_concept(str(fact.value), lang, run)
    return bool(city_of(fact, lang))


def name_kind(fact: Fact, sentence: Sentence, lang: str, run: CheckContext) -> str | None:
    """The kind of thing `fact` (a name in `sentence`, language `lang`) names, or None."""
    if fact.kind == "concept" and _is_place_concept(str(fact.value), lang, run):
        return PLACE
    data = profile(lang).names
    words = [t.text.lower() for t in names.tokens(fact.text, lang)]
    if not words:
        return None
    before = _word_before(sentence, fact)
    if words[0].rstrip(".") in data.person_titles or before.rstrip(".") in data.person_titles:
        return PERSON
    if data.titles_after and _title_after(sentence, fact, lang):
        return PERSON
    if any(w in data.organisation_words for w in words):
        return ORGANISATION
    if any(w.rstrip(".") in data.person_titles for w in words[1:-1]):
        return PERSON  # "French President Emmanuel Macron"
    if city_of(fact, lang):
        return PLACE
    if _full_name(fact, lang):
        return PERSON
    if fact.kind == "acronym" and _acronym_of_territory(fact.text, lang, run):
        return PLACE
    if _currency_word(fact, lang, run):
        return None  # "Sterlin'den fazla": the money, not a place a case ending marks
    # The whole ending up to the word's end: "'den" (from, than) is no "'de" (in).
    after = re.match(r"[^\W\d_]*", sentence.text[fact.end + 1 :])
    ending = sentence.text[fact.end : fact.end + 1 + (after.end() if after else 0)]
    if before in data.place_words or ending in data.place_suffixes:
        return PLACE
    if any(fact.text.endswith(s) for s in data.place_suffixes):
        return PLACE
    if kept_place(fact, lang, run):
        return PLACE
    return None


def kept_place(fact: Fact, lang: str, run: CheckContext) -> str | None:
    """The country or subdivision a name kept in another language names, whole: a
    territory's name in one of the languages whose word lists the language asks for names
    (`names.NAME_LISTS`: "Scotland" of "National Trust for Scotland" left in English in a
    German text). None for any other name."""
    if fact.kind != "name":
        return None
    toks = names.tokens(fact.text, lang)
    if not toks or not all(t.capital for t in toks):
        return None
    for other in profile(lang).names.name_lists:
        index = run.name_index(other)
        found = index.match([t.stems for t in toks], 0, [t.text for t in toks])
        if found is not None and found[1] == len(toks):
            concept = found[0].concept
            if concept.startswith("cldr:") and _is_place_concept(concept, other, run) and (
                    concept[5:].islower() or concept[5:] in gazetteer.geonames_countries()):
                return concept
    return None


def _currency_word(fact: Fact, lang: str, run: CheckContext) -> bool:
    """Is a one-word name a word of a CLDR currency name of the language ("sterlini" of
    "İngiliz sterlini", in any of its forms) that names no place and begins no language's
    name (not "İngiliz", the demonym of "İngilizce")? A currency's name is no place."""
    from checker.compare.place_adjectives import adjective_places

    words = [stems(w, lang) for w in term_tokens(fact.text, lang)]
    if len(words) != 1 or set(words[0]).isdisjoint(_currency_stems(run.name_index(lang))):
        return False
    # Some currencies are named by their country's adjective alone ("irische"): a place's.
    alone = Sentence(0, fact.text, 0, len(fact.text), 1, 1, 0)
    return not adjective_places(alone, lang, run)


@lru_cache(maxsize=64)
def _currency_stems(index: NameIndex) -> frozenset[str]:
    """The stems of the words of the language's CLDR currency names (`_currency_word`)."""
    from checker.glossary.cldr_tables import cldr_locale_objects

    language_names = [word for locale in cldr_locale_objects(index.lang)
                      for label in locale.languages.values()
                      for word in term_tokens(label, index.lang)]
    # A word that starts as a place's name does is its adjective ("afghan", "argentin").
    place_starts = {stem[:MIN_CURRENCY_WORD - 1] for entry in index.entries
                    if entry.status != "currency" for token in entry.tokens for stem in token}
    out: set[str] = set()
    for entry in index.entries:
        if entry.status != "currency":
            continue
        for word, token in zip(entry.words, entry.tokens, strict=False):
            if (len(word) >= MIN_CURRENCY_WORD and word.isalpha()
                    and place_starts.isdisjoint(stem[:MIN_CURRENCY_WORD - 1] for stem in token)
                    and not any(name.startswith(word) for name in language_names)):
                out.update(token)
    return frozenset(out)


# Letters of the shortest currency word read (shorter ones are often other words).
MIN_CURRENCY_WORD = 5


def known_against(ref: Fact, ref_known: bool, ver: Fact, ver_lang: str,
                   context: ComparisonContext) -> bool:
    """Two places are surely different only where one is a place of the data and the other
    no acronym known only by the words around it: acronyms are translated ("SAD", "ABD" for
    "US"), and the data may lack them; and where neither lies in the other."""
    if ref.kind == "concept" and ver.kind == "concept" and (
            places_overlap(ref.value, ver.value)
            or _region_in_country_name(ref, ver, context.reference.lang, context.run)
            or _region_in_country_name(ver, ref, ver_lang, context.run)):
        return False
    if cities_overlap(ref, context.reference.lang, ver, ver_lang):
        return False
    kept = kept_place(ver, ver_lang, context.run)
    if kept is not None:  # a name left in another language: that territory, by its data
        return ref.kind == "concept" and ref_known and not places_overlap(ref.value, kept)
    ver_known = known_place(ver, ver_lang, context.run)
    if ref_known and ver_known:
        return True
    # A city of the gazetteer against a place it does not know is no sure change: the
    # gazetteer knows a city's names in many scripts, so the other name is most often the
    # same place spelt another way ("Whitehall"/"Уайтхолл") or a place too small for it.
    if ref_known and ref.kind == "concept":
        return ver.kind != "acronym"
    return ver_known and ver.kind == "concept" and ref.kind != "acronym"


def _region_in_country_name(region: Fact, country: Fact, lang: str, run: CheckContext) -> bool:
    """Is `region` a CLDR region (numeric code) whose name, as written, is a word of a name
    of the country `country` in the same language ("Micronesia" of the "Federated States of
    Micronesia")? Its short form: the data reads it as the region, the writer may mean the
    country."""
    if not (str(region.value)[5:].isdigit() and str(country.value)[5:].isalpha()):
        return False
    words = [stems(w, lang) for w in term_tokens(region.text, lang)]
    entries = run.name_index(lang).by_concept.get(str(country.value), ())
    return bool(words) and any(
        len(entry.tokens) > len(words)
        and all(any(set(word) & set(token) for token in entry.tokens) for word in words)
        for entry in entries)


def pair_by_kind(
    lost: list[FactAt],
    added: list[FactAt],
    context: ComparisonContext,
    people_apart: Callable[[Fact, str, Fact, str], bool],
) -> list[tuple[FactAt | None, FactAt | None]]:
    """Each lost name with the first added name of the same known kind (a place for a
    place, a person for a person: `checker.compare.name_kinds`); the others alone (a
    missing and an added name of different or unknown kinds are no change), in the order
    of the lost names, then the added ones. Places and organisations are translated
    ("Scotland"/"Écosse"): two of them are a change only where one is a place of the data,
    whose name on the other side is known. People's names are transliterated: two of them
    are a change only where `people_apart` says their surnames are far apart."""
    ref_lang, ver_lang = context.reference.lang, context.version.lang
    # One city named in two ways ("Beijing"/"Pékin"): said on both sides, no finding.
    same = [
        (i, k) for i, (f, _) in enumerate(lost) for k, (g, _) in enumerate(added)
        if same_city(f, ref_lang, g, ver_lang)
    ]
    if same:
        drop_lost, drop_added = {i for i, _ in same}, {k for _, k in same}
        lost = [pair for i, pair in enumerate(lost) if i not in drop_lost]
        added = [pair for k, pair in enumerate(added) if k not in drop_added]
    ver_kinds = [name_kind(f, s, ver_lang, context.run) for f, s in added]
    taken = [False] * len(added)
    out: list[tuple[FactAt | None, FactAt | None]] = []
    for fact, sentence in lost:
        kind = name_kind(fact, sentence, ref_lang, context.run)
        known = known_place(fact, ref_lang, context.run)
        match = next(
            (
                k
                for k, other in enumerate(ver_kinds)
                if not taken[k]
                and (
                    (kind and other == kind and (
                        people_apart(fact, ref_lang, added[k][0], ver_lang)
                        if kind == PERSON
                        else known_against(fact, known, added[k][0], ver_lang, context)))
                    or other_surname(fact, ref_lang, added[k][0], ver_lang)
                    or (other == PERSON
                        and read_person_apart(fact, ref_lang, added[k][0], ver_lang))
                )
            ),
            None,
        )
        if match is None:
            out.append(((fact, sentence), None))
        else:
            taken[match] = True
            out.append(((fact, sentence), added[match]))
    out.extend((None, pair) for pair, used in zip(added, taken, strict=True) if not used)
    return out


# Skeleton ratio under which two surnames are surely two names: transliterations of one
# name across scripts stay above it ("Stanbridge"/"Стэнбридж" 71, "Vogler"/"Фоглером" 83).
SURNAMES_APART = 60.0


# Skeleton ratio under which two surnames after one given name are surely two people's,
# though one of them is also a common word: one surname transliterated stays above it
# ("Mews"/"Мьюз" 29, "Graham"/"Grejem" 50), two surnames stay under it ("Grant"/"Бейкер"
# 18, "Smith"/"Бейкер" 20).
SURNAMES_SURELY_APART = 25.0
# The same under one given name where a particle stands before a surname (no common word
# there: "Ludwig van Bruckner", "Ludwig van Beethoven" 29): a surname respelt by the
# version's language stays above it ("Gaulle"/"Gola" 50, "Leyen"/"Lajen" 80).
SURNAMES_APART_AFTER_PARTICLE = 40.0


def other_surname(ref: Fact, ref_lang: str, ver: Fact, ver_lang: str) -> bool:
    """Two full names of two words with one given name and surnames surely apart ("Sarah
    Grant", "Сара Бейкер"; particles left out: "Ludwig van Beethoven"): two people, though
    a surname that is also a common word ("Grant") leaves the name of no known kind. The
    version's surname must be no common word of its language unless a particle stands
    before it: a translated word ("County", "Bölgesi") is no surname."""
    from checker.compare.name_found import similarity
    from checker.compare.name_words import Word, word_match

    if ref.kind != "name" or ver.kind not in ("name", "initial"):
        return False
    sides, particles = [], []
    for fact, lang in ((ref, ref_lang), (ver, ver_lang)):
        toks, particle = name_parts(fact, lang)
        if len(toks) != 2 or not all(t.capital and not t.acronym for t in toks):
            return False
        sides.append(toks)
        particles.append(particle)
    # After a particle a word is a surname, whatever else it may mean ("von der Bellen").
    if not particles[1] and names.is_common_word(sides[1][1].text, ver_lang, False, True):
        return False
    (first, last), (their_first, their_last) = (
        [Word(t.key, t.stems, False, True) for t in toks] for toks in sides)
    apart = SURNAMES_APART_AFTER_PARTICLE if any(particles) else SURNAMES_SURELY_APART
    return (word_match(first, their_first) and not word_match(last, their_last)
            and similarity(last, their_last) < apart)


def surnames_far_apart(ref: Fact, ref_lang: str, ver: Fact, ver_lang: str) -> bool:
    """Two people's names are surely different only where their last words are far apart;
    a surname transliterated another way ("Стэнбридж") leaves them close: unsure."""
    from checker.compare.name_found import distinctive_words, similarity
    from checker.compare.name_words import word_match
    from checker.spoken_names import sounds_apart, spelled_by_sound

    for (one, one_lang), (other, other_lang) in (((ref, ref_lang), (ver, ver_lang)),
                                                 ((ver, ver_lang), (ref, ref_lang))):
        if spelled_by_sound(other_lang) and not spelled_by_sound(one_lang):
            # A Latin surname against one of a script that spells by sound: far apart in
            # every way the script may write it (checker/spoken_names.py). The name's last
            # word, a surname, though a common word too ("Mr Jones", "Macron").
            last = [t for t in names.tokens(one.text, one_lang) if t.capital]
            return bool(last) and sounds_apart(last[-1].key, other.text.split()[-1], other_lang)
    ref_words, ver_words = distinctive_words(ref, ref_lang), distinctive_words(ver, ver_lang)
    if not ref_words or not ver_words:
        return False
    a, b = ref_words[-1], ver_words[-1]
    return not word_match(a, b) and similarity(a, b) < SURNAMES_APART
