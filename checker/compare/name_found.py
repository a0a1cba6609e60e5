"""Whether a name of one side is said on the other: by its concept (a glossary or CLDR name,
an adjective made from one), word by word (shared stems, close spellings, acronyms and
initials), by a city's other spellings, or by its sound in a script without capitals
(checker/transcription.py). The entity comparer (`entities`) and the article-level
judgements (`name_swaps`, `certainty`, `fact_match`) ask it.
"""

from __future__ import annotations

from checker.compare.name_words import (
    FUZZY_THRESHOLD,
    Word,
    WordIndex,
    close_match,
    cut_from_name,
    exonym_start,
    initials_match,
    name_cuts,
    same_acronym,
    shares_start,
    skeleton_pair_ratio,
    word_index,
    word_match,
)
from checker.compare.own_name_starts import own_name_part_read
from checker.compare.place_geography import (
    capital_implied,
    city_of,
    country_named_by_city,
    same_city,
)
from checker.context import CheckContext
from checker.facts import entities as names
from checker.facts.short_forms import compound_concepts, implied_concepts
from checker.glossary import gazetteer
from checker.glossary.gazetteer import surface
from checker.lang.profile import profile
from checker.model import Fact
from checker.scripts import text_script
from checker.spoken_names import spelled_by_sound
from checker.transcription import heard_cost, heard_in, heard_in_sound_name, read_in_latin

# A name read by its sound is a city only if a large one: people's names sound like the
# names of many small cities ("Rodriguez").
LARGE_CITY = 300_000


def distinctive_words(fact: Fact, lang: str) -> list[Word]:
    """The words of a name that must be found on the other side: not connectors, not common
    words, not titles ("Mrs", "Mme": translated), not one- or two-letter abbreviations
    ("St.")."""
    toks = names.tokens(fact.text, lang)
    connectors = names._connectors(lang)
    titles = profile(lang).names.person_titles
    out = [
        Word(t.key, t.stems, t.acronym, t.capital)
        for t in toks
        if t.acronym
        or (
            (t.capital or not t.cased)
            and t.text.lower() not in connectors
            and t.text.lower().rstrip(".") not in titles
            and len(t.key) >= 3
            and not names.is_common_word(t.text, lang, False, len(toks) > 1)
        )
    ]
    return out


def _surname_hit(hits: list[bool], lang: str, words: list[Word], other_facts: list[Fact],
                 other_lang: str) -> bool:
    """The last word (a surname) tells a name, not a closing acronym ("D.C.", "FC"); where the
    family name may come first or last (`names.FAMILY_NAME_FIRST`: "Orbán Viktor",
    "Szergej Lavrov"), both ends of the name do, or its first word where the other side
    names that one alone ("Kovács Péter" against a later "Kovacs": the family name; not
    against "John Kovacs", another given name)."""
    if words[-1].acronym:
        return False
    if not profile(lang).names.family_name_first:
        return hits[-1]
    if hits[-1] and hits[0]:
        return True
    return hits[0] and len(words) > 1 and bool(other_lang) and any(
        len(alone := distinctive_words(o, other_lang)) == 1 and word_match(words[0], alone[0])
        for o in other_facts if o.kind not in ("concept", "code"))


def concept_words_found(
    concept: str, other_lang: str, other_words: tuple[Word, ...], run: CheckContext
) -> bool:
    """A concept named on the other side by one of its names there, or by an adjective made
    from one ("Russian Navy" for "ВМФ России")."""
    index = word_index(other_words)
    content = _content_index(other_words, other_lang)
    for entry in run.name_index(other_lang).by_concept.get(concept, ()):
        if len(entry.tokens) == 1 and not entry.exact:
            # A one-word name is not found in a function word ("për", for, is no "Peru").
            if _name_word_found(entry.tokens[0], other_lang, content):
                return True
            continue
        if entry.exact:
            # A code ("IN", "US") is that code written in capitals, not the word "in".
            # "U.S." (key "u s") is the code US too.
            if entry.tokens[0][0] in index.codes:
                return True
            continue
        if all(_name_word_found(stems, other_lang, index) for stems in entry.tokens):
            return True
        # "США" for "Соединенные Штаты": an acronym starting with the name's initials.
        initials = "".join(stems[0][0] for stems in entry.tokens)
        if len(initials) >= 2 and any(a.key.startswith(initials) for a in index.acronyms):
            return True
    return False


def _content_index(words: tuple[Word, ...], lang: str) -> WordIndex:
    """The words without the language's function words (names.FUNCTION_WORDS)."""
    return word_index(tuple(w for w in words if not names.is_function_word(w.key, lang)))


def _name_word_found(stems: tuple[str, ...], other_lang: str, index: WordIndex) -> bool:
    """Is a word of a concept's name there (`stems`: its key and stems) among the other
    side's words (`index`): a shared stem, an adjective made from it, or a close match
    (both start alike: `WordIndex.starting`)? Not a lower-case word cut from the name
    (`cut_from_name`)."""
    cased = profile(other_lang).writing.cased
    if _close_word_found(Word(stems[0], stems, False, True), index, cased):
        return True
    near = index.starting(stems[0])
    cuts = name_cuts(stems[0], near) if cased else ()
    return any(not cut_from_name(word, cuts) and names.demonym_of(word.key, stems[0],
                                                                    other_lang, 3)
               for word in near)


def _close_form(word: Word, name: Word, cased: bool) -> bool:
    """Is `word` the name's word (`close_match`)? In a language with capitals a lower-case
    word is a form of it only by its start (an inflected form or an adjective, "kanadski"
    of "Kanada", "allemande" of "Allemagne"), never by a likeness of letters: "kan"
    (blood) is no "Kanada", "skok" (a jump) no "Škotska"."""
    if cased and not (word.capital or word.acronym):
        return shares_start(word.key, name.key) or exonym_start(word.key, name.key)
    return close_match(word, name)


# Names of the language's own a segmenter tagged (checker/facts/tagged_names.py): written
# by their characters' reading, never the sound of a foreign name ("金正恩" is no "Tanzania").
_READ_NOT_HEARD = ("person", "reading", "tagged")


def _one_concept(other: Fact, fact: Fact) -> bool:
    """The concept `fact` names, or its city of the same name (`country_named_by_city`)."""
    return other.kind == "concept" and (
        other.value == fact.value or country_named_by_city(other.value, fact.value))


def fact_found(
    fact: Fact,
    lang: str,
    other_facts: list[Fact],
    other_words: tuple[Word, ...],
    threshold: float = FUZZY_THRESHOLD,
    other_lang: str = "",
    *,
    rivals: tuple[Word, ...] = (),
    run: CheckContext,
    other_text: str = "",
) -> bool:
    """Is the name `fact` (of language `lang`) present on the other side, with the names the
    run's glossaries (`run`) give each concept, or by its sound in `other_text`'s script
    (checker/transcription.py)? A word of the other side that one of `rivals` (words of
    the side's other names) is closer to is that name's, not this one's ("Mike" is "Майк",
    not "Мидер"; "Belkov" is "Белков", not "Белкофф")."""
    if fact.kind == "concept":
        if any(_one_concept(o, fact) for o in other_facts):
            return True
        if other_lang and other_text and (
                fact.value in implied_concepts(other_text, other_lang)
                or capital_implied(fact, lang, implied_concepts(other_text, other_lang))):
            return True  # "China" for "我国" (our country), "the US" for "中美" (Sino-US)
        if compound_concepts(fact.text, lang) & {o.value for o in other_facts}:
            return True  # "中非" (Middle Africa) also reads "China and Africa"
        if other_lang and concept_words_found(str(fact.value), other_lang, other_words, run):
            return True
        if other_lang and any(same_city(fact, lang, o, other_lang) for o in other_facts):
            return True
        # No name of the concept on the other side: its own distinctive words may still be
        # there (a language without CLDR data, a script without capitals; "Falkland" of
        # "Falkland Islands"); acronyms as acronyms are matched ("ONU"/"UN").
        words = distinctive_words(fact, lang) or [
            Word(t.key, t.stems, t.acronym, t.capital) for t in names.tokens(fact.text, lang)
        ]
        content = _content_index(other_words, other_lang) if other_lang else word_index(
            other_words)
        cased = bool(other_lang) and profile(other_lang).writing.cased
        if bool(words) and all(_close_word_found(w, content, cased) for w in words):
            return True
        if other_lang and heard_in_sound_name(
                fact, lang, [o for o in other_facts if o.kind not in _READ_NOT_HEARD], other_lang):
            return True  # "Jordan" in "乔丹·斯皮思", "St. Martin" in "圣马丁"
        # A concept said in the other language by its characters' reading ("Chongqing" for
        # the characters zhong/chong-qing: checker/transcription.py).
        return bool(other_text) and read_in_latin(fact.text, lang, other_text)
    own = _own_name_found(fact, lang, other_text, other_lang)
    if own is not None:
        return own
    words = distinctive_words(fact, lang)
    if other_lang and not profile(lang).writing.spaced and text_script(fact.text) == "LATIN":
        # Latin words kept in a text without spaces are most often the other language's
        # ("... Radio" in Chinese): its common words are not what tells the name.
        words = [w for w in words if w.acronym or not names.is_common_word(w.key, other_lang)]
    if other_lang and spelled_by_sound(other_lang):
        words += [w for w in _surname_word(fact, lang) if w.key not in {v.key for v in words}]
    if not words:
        return True
    whole = _whole_name_against(fact, lang, words, other_facts, other_lang, threshold)
    if whole is not None:
        return whole
    distinct = word_index(other_words).distinct
    if other_lang and profile(other_lang).writing.cased and city_of(fact, lang):
        # A city is written with a capital: a lower-case word is it only as a form of its
        # name (a shared stem, an adjective made from it), never by a loose likeness
        # ("Cardiff" is no "karşı", opposite).
        distinct = tuple(o for o in distinct if o.capital or o.acronym or any(
            not set(w.stems).isdisjoint(o.stems) or shares_start(w.key, o.key)
            for w in words))
    if initials_written(fact, lang, other_words):
        return True
    hits = [
        any(
            word_match(w, o, threshold) and not closer_rival(w, o, rivals, threshold)
            for o in distinct
        )
        or (w.acronym and initials_match(w, other_words))
        or (w.acronym and _acronym_of_concept(w, lang, other_facts, run))
        for w in words
    ]
    if _surname_hit(hits, lang, words, other_facts, other_lang) or sum(hits) * 2 > len(hits):
        return True
    if other_lang and any(same_city(fact, lang, o, other_lang) for o in other_facts):
        return True  # one city in two spellings or scripts (the gazetteer's names)
    if not (other_text := _less_cities(fact, lang, other_facts, other_text, other_lang)):
        return False
    if len(words) > 1 and _city_word_written(words[-1], lang, other_text, other_lang):
        return True  # a club or a body named by its city: "Bayern Munich", "慕尼黑"
    if _written_by_its_name(fact, lang, other_lang):
        if _city_name_written(fact, lang, other_text, other_lang):
            return True
        # Heard only as a name the other side's extractor read, and not one that another
        # name of this side is heard in more closely ("Ankara" in the transcription of a
        # "Novak").
        other_text = " ".join(
            o.text for o in other_facts
            if o.category == "entity" and o.kind not in _READ_NOT_HEARD
            and not _rival_heard_closer(words, o, rivals, other_lang))
    return bool(other_text) and heard_in(fact.text, lang, other_text, other_lang, words)


def _less_cities(fact: Fact, lang: str, other_facts: list[Fact], other_text: str,
                 other_lang: str) -> str:
    """`other_text` less the names of its side that the gazetteer reads as cities none of
    which is a city `fact` names, where `fact` names one: two cities' transcriptions that
    sound alike are two cities ("萨尔茨堡" Salzburg is no "Strasbourg")."""
    own = city_of(fact, lang) if other_lang else frozenset()
    if not own:
        return other_text
    for other in other_facts:
        # a name that is wholly a city's ("Strasbourg"; not "French Quarter of New Orleans")
        cities = (gazetteer.written_cities(other.text, other_lang)
                  if other.category == "entity" and city_of(other, other_lang) else frozenset())
        if cities and cities.isdisjoint(own) and other.text in other_text:
            other_text = other_text.replace(other.text, " " * len(other.text))
    return other_text


def _surname_word(fact: Fact, lang: str) -> list[Word]:
    """The last capitalised word of a name, no title: a surname, maybe a common word too
    ("Mr Jones", "Macron"), which a script that spells by sound writes as it sounds, like
    any name: it decides whether the name is there."""
    titles = profile(lang).names.person_titles
    return [Word(t.key, t.stems, False, True) for t in names.tokens(fact.text, lang)
            if t.capital and t.text.lower().rstrip(".") not in titles][-1:]


def _own_name_found(fact: Fact, lang: str, other_text: str, other_lang: str = "") -> bool | None:
    """A name of the language's own read from the words around it or a segmenter's tags
    (kinds "paired", "reading", "person", "tagged"): found or not by its characters'
    reading; None where the other checks of `fact_found` decide (any other name, or a
    tagged one all of sound characters, which may be a foreign name's: "查科" Chaco)."""
    if fact.kind in ("paired", "reading"):
        # A city of the language's own country named by its characters: the other side
        # writes their reading ("Luoyang"), never a name merely sounding like it.
        return bool(other_text) and read_in_latin(fact.text, lang, other_text)
    if fact.kind in ("person", "tagged"):
        if _read_own_name(fact, lang, other_text):
            return True
        if fact.kind == "tagged" and _sound_name_of_kind_heard(fact.text, lang, other_text,
                                                                other_lang):
            return True
        if not all(c in profile(lang).names.sound_characters for c in fact.text):
            return False
    return None


# Characters of the word of its kind after a place's or a body's name ("大学" university,
# "宫" palace), at most.
_KIND_WORD = 2


def _sound_name_of_kind_heard(name: str, lang: str, other_text: str, other_lang: str) -> bool:
    """Is a place or a body the segmenter tagged a name written by its sound followed by a
    word of its kind ("宾夕法尼亚" + "大学", the University of Pennsylvania), the sound name
    heard on the other side? Its first characters, all but one of them (a character the
    table lacks, "夕") and three or more sound characters, must be heard."""
    if not other_text or not other_lang:
        return False
    sound = profile(lang).names.sound_characters
    for cut in range(1, _KIND_WORD + 1):
        head = name[:-cut]
        in_table = sum(c in sound for c in head)
        if in_table >= 3 and len(head) - in_table <= 1 and heard_in(head, lang, other_text,
                                                                      other_lang):
            return True
    return False


def _read_own_name(fact: Fact, lang: str, other_text: str) -> bool:
    """A person or place of the language's own a segmenter tagged is written by the reading
    of its characters ("Zhou Haitao"), a tagged one maybe without the word of its kind
    ("Xinhua" for "新华社", agency). One said otherwise is counted
    (checker/compare/tagged_counts.py)."""
    if not other_text:
        return False
    if read_in_latin(fact.text, lang, other_text):
        return True
    if own_name_part_read(fact.text, lang, other_text):
        return True  # "the Qiantang River" for "钱塘江", "Songjiazhuang" for "宋家"
    return (fact.kind == "tagged" and len(fact.text) >= 3
            and read_in_latin(fact.text[:-1], lang, other_text))


def _whole_name_against(fact: Fact, lang: str, words: list[Word], other_facts: list[Fact],
                        other_lang: str, threshold: float) -> bool | None:
    """A person's name whose surname is also a common word ("Sarah Grant", "John Baker":
    only the given name is distinctive), or one with a particle before the surname
    ("Ludwig van Beethoven": the given name alone may match), against a full name of the
    other side that starts with that given name ("Сара Бейкер"): compared whole, surname
    included. The same
    surname says the name (True), one surely another (`other_surname`) does not (False);
    None otherwise: the name's distinctive words decide."""
    from checker.compare.name_kinds import name_parts, other_surname

    toks, particle = name_parts(fact, lang)
    if (not other_lang or len(toks) != 2 or any(t.acronym for t in toks)
            or not all(t.capital for t in toks) or words[0].key != toks[0].key):
        return None
    if not (particle and len(words) <= 2) and (
            len(words) != 1 or not names.is_common_word(toks[-1].text, lang)):
        return None
    first = Word(toks[0].key, toks[0].stems, False, True)
    last = Word(toks[-1].key, toks[-1].stems, False, True)
    verdict = None
    for other in other_facts:
        if other.category != "entity" or other.kind not in ("name", "initial"):
            continue
        theirs = name_parts(other, other_lang)[0]
        if len(theirs) == 2 and word_match(
                first, Word(theirs[0].key, theirs[0].stems, False, True), threshold) and (
                word_match(last, Word(theirs[1].key, theirs[1].stems, False, True), threshold)):
            return True
        if other_surname(fact, lang, other, other_lang):
            verdict = False
    return verdict


def initials_written(fact: Fact, lang: str, other_words: tuple[Word, ...]) -> bool:
    """Is a name of three capitalised words or more (connectors left out) written on the
    other side as the acronym of their initials ("North Atlantic Treaty Organization" as
    "НАТО")?"""
    connectors = names._connectors(lang)
    toks = [t for t in names.tokens(fact.text, lang) if t.text.lower() not in connectors]
    if len(toks) < 3 or not all(t.capital and not t.acronym and t.key for t in toks):
        return False
    initials = "".join(t.key[0] for t in toks)
    return any(o.acronym and o.key == initials for o in other_words)


def _city_name_written(fact: Fact, lang: str, other_text: str, other_lang: str) -> bool:
    """Does `other_text` write one of the names the gazetteer gives the city `fact` names
    in `other_lang`'s script, two characters long too ("Luoyang" for its own name)?"""
    folded = surface(other_text)
    return any(name in folded for name in gazetteer.written_names(city_of(fact, lang), other_lang))


def _city_word_written(word: Word, lang: str, other_text: str, other_lang: str) -> bool:
    """Is the last word of a longer name a large city of the gazetteer that `other_text`,
    of a script without capitals, writes by a name the gazetteer gives it there?"""
    if not other_lang or profile(other_lang).writing.cased or word.acronym:
        return False
    found = gazetteer.cities((word.key,), lang)
    if not found or gazetteer.largest_population(found) < LARGE_CITY:
        return False
    folded = surface(other_text)
    return any(name in folded for name in gazetteer.written_names(found, other_lang))


def _rival_heard_closer(words: list[Word], other: Fact,
                        rivals: tuple[Word, ...], other_lang: str) -> bool:
    """Is another name of the side (a word of it: `rivals`) heard in the name `other` more
    closely than any of the distinctive `words` of a name is?"""
    costs = [c for w in words if (c := heard_cost(w.key, other.text, other_lang)) is not None]
    if not costs:
        return False
    own = min(costs)
    return any((cost := heard_cost(r.key, other.text, other_lang)) is not None and cost < own
               for r in rivals)


def _written_by_its_name(fact: Fact, lang: str, other_lang: str) -> bool:
    """A large city of the gazetteer that has a name in the other language's script
    (Chinese, Arabic) is most often written there by that name ("Ankara" by its three
    characters): its sound heard in any run of characters is too loose a witness ("Beijing"
    heard in the word for a match), only a name read there is (another transcription, or
    another city's name that sounds the same)."""
    found = city_of(fact, lang)
    return (bool(found) and gazetteer.largest_population(found) >= LARGE_CITY
            and gazetteer.named_in_script(found, other_lang))


def _close_word_found(word: Word, index: WordIndex, cased: bool = False) -> bool:
    """Has the other side the word, an acronym as an acronym ("ONU"/"UN"), else closely
    (`close_match`: a shared stem, or a word starting alike)? In a language with capitals
    (`cased`) not a lower-case word cut from it (`cut_from_name`)."""
    if word.acronym:
        return any(same_acronym(word, o) for o in index.acronyms)
    near = index.starting(word.key)
    cuts = name_cuts(word.key, near) if cased else ()
    return not index.stems.isdisjoint(word.stems) or any(
        not cut_from_name(o, cuts) and _close_form(o, word, cased) for o in near)


def similarity(a: Word, b: Word) -> float:
    if set(a.stems) & set(b.stems):
        return 100.0
    return max(
        skeleton_pair_ratio(x, y)
        for x in (a.key, min(a.stems, key=len))
        for y in (b.key, min(b.stems, key=len))
    )


def closer_rival(word: Word, other: Word, rivals: tuple[Word, ...], threshold: float) -> bool:
    if not rivals or set(word.stems) & set(other.stems):
        return False  # the same word: no rival can be closer
    mine = similarity(word, other)
    return any(
        not set(r.stems) & set(word.stems)
        and similarity(r, other) > mine
        and word_match(r, other, threshold)
        for r in rivals
    )


def _acronym_of_concept(
    acronym: Word, lang: str, other_facts: list[Fact], run: CheckContext
) -> bool:
    """ "UK" for "Великобритании": the acronym spells the initials of a name, in this
    language, of a concept the other side names."""
    index = run.name_index(lang)
    for other in other_facts:
        if other.kind != "concept":
            continue
        for entry in index.by_concept.get(str(other.value), ()):
            initials = "".join(stems[0][0] for stems in entry.tokens)
            if len(initials) >= 2 and acronym.key.replace(" ", "").startswith(initials):
                return True
    return False
