"""Words of names and how two of them match: the word-level half of comparing names
(`entities.py` compares whole names within claims). A word matches another by a shared
stem, by letters close enough once both are written in Latin letters, by an acronym's
letters in another order, or by the start a name keeps under a case ending."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz import fuzz

from checker.facts import entities as names
from checker.facts.name_tokens import Token
from checker.lang.profile import profile
from checker.model import Fact
from checker.translit import consonants, skeleton

# Measured on DEMETR ne_replaced/ne_removed, fr/de/es/ru (benchmarks/demetr_entities.py
# --sweep): 60 -> recall 0.921/0.818, false alarms 0.048; 65 -> 0.925/0.818, 0.048;
# 70 -> 0.932/0.818, 0.052; 90 -> 0.932/0.818, 0.070. 65 is the highest that keeps false
# alarms at most 0.05; the other match rules (stems, prefixes, consonants) come first.
FUZZY_THRESHOLD = 65.0
MIN_FUZZY_LENGTH = 4  # shorter words must share a stem exactly
SURE_THRESHOLD = 90.0  # names that do not start alike must be this close
# A name and a lower-case word of a language that capitalises names and words made from them
# (English): whole words this close ("Goverment"/"government", "Twitter"/"tweeted"), no
# stems. DEMETR fr/de/es/ru: 80 lets "Apple" match "appealed"; 90 loses "tweeted".
LOWER_CASE_THRESHOLD = 82.0

REPORTED_KINDS = ("concept", "name", "acronym")
# Scripts without capital letters: no name can be told apart from its words there.
UNCASED_SCRIPTS = frozenset(
    {
        "CJK",
        "ARABIC",
        "HEBREW",
        "HIRAGANA",
        "KATAKANA",
        "HANGUL",
        "THAI",
        "DEVANAGARI",
        "BENGALI",
        "TAMIL",
        "GEORGIAN",
        "ETHIOPIC",
    }
)


@dataclass(frozen=True)
class Word:
    key: str
    stems: tuple[str, ...]
    acronym: bool
    capital: bool
    # Could be a name written another way: capitalised, in a script without capitals, or in
    # a language that writes words made from names in lower case ("texanischen").
    name_like: bool = True
    # Hashed once: the matches remembered per pair of words hash both at every lookup.
    _hash: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash(
            (self.key, self.stems, self.acronym, self.capital, self.name_like)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple:  # hashes of text differ between processes
        return (Word, (self.key, self.stems, self.acronym, self.capital, self.name_like))


class Words(tuple):
    """The words of a text as names are matched (a tuple of `Word`, in text order), with
    what searches of them need, worked out once: the initials `initials_match` reads
    (`capitals`: given where each word is held once, `whole_text.document_words`) and an
    index of the distinct words (`index`)."""

    def __new__(cls, words: Iterable[Word] = (), capitals: str | None = None) -> Words:
        self = super().__new__(cls, words)
        self._capitals = capitals
        return self

    @property
    def capitals(self) -> str:
        if self._capitals is None:
            self._capitals = _capitals(self)
        return self._capitals

    @cached_property
    def index(self) -> WordIndex:
        return WordIndex(self)


class WordIndex:
    """The distinct words of a text; their stems; the words by the first letter of their
    key and of its skeleton (a close match or a demonym starts alike: `starting`); its
    acronyms. Each part worked out when first asked for."""

    def __init__(self, words: Iterable[Word]) -> None:
        self.distinct = tuple(dict.fromkeys(words))
        self._starting: dict[tuple[str, str], tuple[Word, ...]] = {}

    @cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(s for w in self.distinct for s in w.stems)

    @cached_property
    def acronyms(self) -> tuple[Word, ...]:
        return tuple(w for w in self.distinct if w.acronym)

    @cached_property
    def codes(self) -> frozenset[str]:
        return frozenset(w.key.replace(" ", "") for w in self.acronyms)

    @cached_property
    def _starts(self) -> tuple[dict[str, list[Word]], dict[str, list[Word]]]:
        by_key: dict[str, list[Word]] = {}
        by_skeleton: dict[str, list[Word]] = {}
        for word in self.distinct:
            by_key.setdefault(word.key[:1], []).append(word)
            by_skeleton.setdefault(_skeleton(word.key)[:1], []).append(word)
        return by_key, by_skeleton

    def starting(self, key: str) -> tuple[Word, ...]:
        """The words whose key starts with the letter `key` starts with, or whose key's
        skeleton starts as `key`'s: without a shared stem, `close_match` and `demonym_of`
        accept no other."""
        first = key[:1], _skeleton(key)[:1]
        if first not in self._starting:
            by_key, by_skeleton = self._starts
            self._starting[first] = tuple(dict.fromkeys(
                by_key.get(first[0], []) + by_skeleton.get(first[1], [])))
        return self._starting[first]


def word_index(words: tuple[Word, ...]) -> WordIndex:
    return words.index if isinstance(words, Words) else WordIndex(words)


@lru_cache(maxsize=65536)
def _skeleton(word_key: str) -> str:
    return skeleton(word_key)


@lru_cache(maxsize=256)
def words_of(text: str, lang: str, loose: bool = False) -> Words:
    """Every word of a text, as names are matched, and every two neighbours written as one
    ("Lake side" for "Lakeside"): compounds are written apart in one language and together
    in another. `loose`: every word may be a name's (against names read from text without spaces,
    whose Latin keys are rough)."""
    toks = names.tokens(text, lang, parts=True)
    capitalised = profile(lang).names.name_words_capitalised and not loose
    out = [
        Word(t.key, t.stems, t.acronym, t.capital, t.capital or not t.cased or not capitalised)
        for t in toks
    ]
    for left, right in itertools.pairwise(toks):
        if written_as_one(text[left.end : right.start], left, right, lang):
            joined = left.key + right.key
            name_like = left.capital or not left.cased or not capitalised
            out.append(Word(joined, (joined,), False, left.capital, name_like))
    return Words(out)


def written_as_one(between: str, left: Token, right: Token, lang: str) -> bool:
    """May two neighbouring words (`between`: the text between them) be one word written
    apart ("Lake side")? Not a function word and the lower-case word after it ("Bu ayın",
    this month, first in a sentence): no compound, and no name ("Beijing")."""
    return between.strip() in ("", "-") and not (
        right.cased and not right.capital and names.is_function_word(left.key, lang))


@lru_cache(maxsize=262144)
def skeleton_pair_ratio(a: str, b: str) -> float:
    return fuzz.ratio(skeleton(a), skeleton(b))


# Remembered: a long article (or a long sentence cut into pieces) compares the same
# pairs of words again and again, at 10-20 us a pair.
@lru_cache(maxsize=1 << 17)
def word_match(a: Word, b: Word, threshold: float = FUZZY_THRESHOLD) -> bool:
    if set(a.stems) & set(b.stems) or same_sound(a.stems, b.stems):
        return True
    if a.acronym and b.acronym:
        # Translated acronyms keep most letters in another order: OTAN/NATO, ONU/UN, BCE/ECB.
        shared = sum((Counter(a.key) & Counter(b.key)).values())
        longest = max(len(a.key), len(b.key))
        return shared == longest or (
            longest >= 2 and shared >= longest - 1 and min(len(a.key), len(b.key)) >= 2
        )
    if len(a.key) < MIN_FUZZY_LENGTH and len(b.key) < MIN_FUZZY_LENGTH:
        return False
    short, long_ = sorted((skeleton(a.key), skeleton(b.key)), key=len)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True  # the same word with an ending the stem tables do not list ("Rom"/"Rome")
    if min(len(a.key), len(b.key)) < MIN_FUZZY_LENGTH:
        return False
    if not (a.name_like and b.name_like):
        # A lower-case word of a language that capitalises every word made from a name is
        # no name: only the same word with another ending, a derived word or a compound
        # counts, or a whole word nearly the same, a misspelling ("Goverment"/"government"):
        # "Iran" is not "years", "Apple" not "appealed", "Netvia" not "the network".
        return (
            shares_start(a.key, b.key)
            or skeleton_pair_ratio(a.key, b.key) >= LOWER_CASE_THRESHOLD
        )
    if exonym_start(a.key, b.key):
        return True
    if shares_start(a.key, b.key):
        return True
    frames_a = {consonants(x) for x in (a.key, min(a.stems, key=len))}
    frames_b = {consonants(x) for x in (b.key, min(b.stems, key=len))}
    if any(len(f) >= 4 for f in frames_a & frames_b):
        return True  # vowels differ across transliterations ("Mohammed"/"Muhammad")
    frame_a, frame_b = consonants(a.key), consonants(b.key)
    short_frame, long_frame = sorted((frame_a, frame_b), key=len)
    if (
        len(short_frame) >= 3
        and long_frame.startswith(short_frame)
        and a.key[:3] == b.key[:3]
        and len(long_frame) - len(short_frame) <= 2
    ):
        return True  # a derived form: "Munich"/"Münchner"
    best = max(
        skeleton_pair_ratio(x, y)
        for x in (a.key, min(a.stems, key=len))
        for y in (b.key, min(b.stems, key=len))
    )
    # Transliterations of one name start alike; a word that only rhymes does not
    # ("Gabout"/"about"). They keep the name's length: two capitalised names of which one
    # is much longer are two people ("Stoltenberg"/"Solberg"); an adjective made from a
    # name is longer ("texanischen").
    same_start = skeleton(a.key)[:1] == skeleton(b.key)[:1]
    lengths = sorted((len(skeleton(a.key)), len(skeleton(b.key))))
    if a.capital and b.capital and lengths[1] - lengths[0] > max(2, lengths[1] // 5):
        return best >= max(threshold, SURE_THRESHOLD)
    return best >= (threshold if same_start else max(threshold, SURE_THRESHOLD))


@lru_cache(maxsize=1 << 17)
def close_match(a: Word, b: Word) -> bool:
    """The same word, inflected or derived: shared stems, the same start with another
    ending, or nearly the same letters from the first on. A place's known name in the other
    language needs no looser match ("China" is not "Chiang", "India" not "Juni")."""
    return _close_keys(a.key, a.stems, b.key, b.stems)


@lru_cache(maxsize=262144)
def _close_keys(a_key: str, a_stems: tuple[str, ...], b_key: str, b_stems: tuple[str, ...]
                ) -> bool:
    """`close_match` of the words with these keys and stems (all it looks at: the same
    pairs of words come back for every version of a story)."""
    if set(a_stems) & set(b_stems) or same_sound(a_stems, b_stems):
        return True
    short, long_ = sorted((skeleton(a_key), skeleton(b_key)), key=len)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    if min(len(a_key), len(b_key)) < MIN_FUZZY_LENGTH:
        return False
    if shares_start(a_key, b_key) or exonym_start(a_key, b_key):
        return True
    if skeleton(a_key)[:1] != skeleton(b_key)[:1]:
        return False
    frames_a = {consonants(x) for x in (a_key, min(a_stems, key=len))}
    frames_b = {consonants(x) for x in (b_key, min(b_stems, key=len))}
    if any(len(f) >= 4 for f in frames_a & frames_b):
        return True  # a vowel that comes and goes in inflection ("Albanci"/"Albanaca")
    return skeleton_pair_ratio(a_key, b_key) >= SURE_THRESHOLD


def same_sound(a_stems: tuple[str, ...], b_stems: tuple[str, ...]) -> bool:
    """Do two words have a stem or a spoken form of three letters or more that transliterate
    alike (the same `skeleton`: "hju" of "Г'ю" and "hyu" of "Hugh", "kejn" of "Кейн" and
    "kein" of "Kane"); a word too short for a likeness of letters is compared so."""
    sounds = {skeleton(x) for x in a_stems}
    return any(len(sk) >= 3 and sk in sounds for sk in map(skeleton, b_stems))


def same_acronym(a: Word, b: Word) -> bool:
    """A translated acronym: the same letters in another order ("NATO"/"OTAN", "EU"/"UE"),
    or the shorter, maybe reversed, inside the longer with one letter more ("UN"/"ONU";
    not "EU" in "UAE")."""
    if not b.acronym:
        return False
    short, long_ = sorted((a.key, b.key), key=len)
    if len(short) == len(long_):
        return Counter(short) == Counter(long_)
    return len(long_) - len(short) == 1 and (short in long_ or short[::-1] in long_)


def exonym_start(a: str, b: str) -> bool:
    """An exonym that keeps the start of the name ("Londres"/"London", "Turkey"/"Türkiye")."""
    shared = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                  min(len(a), len(b)))
    return shared >= 4 and shared * 3 >= 2 * min(len(a), len(b)) and abs(len(a) - len(b)) <= 1


def shares_start(a: str, b: str) -> bool:
    shared = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                  min(len(a), len(b)))
    shorter = min(len(a), len(b))
    if shared == shorter >= 6:
        return True  # the first part of a compound ("Internet"/"Internetzugang")
    return shared >= 5 and shared >= shorter - 1  # a derived word ("Panama"/"Панамский")


def initials_match(acronym: Word, words: tuple[Word, ...]) -> bool:
    """ "CSU" and "Christlich-Soziale Union": an acronym spelled by consecutive capitals."""
    caps = words.capitals if isinstance(words, Words) else _capitals(words)
    return len(acronym.key) >= 2 and acronym.key in caps


def _capitals(words: Iterable[Word]) -> str:
    return "".join(w.key[0] for w in words if w.capital and not w.acronym)



class WordSearch:
    """Does a word match any of the other side's words? Each distinct word searched once
    (a long sentence repeats its words: searching again grew with its square)."""

    def __init__(self, other_words: tuple[Word, ...], threshold: float) -> None:
        self.others, self.threshold = word_index(other_words).distinct, threshold
        self.found: dict[Word, bool] = {}

    def __call__(self, word: Word) -> bool:
        if word not in self.found:
            self.found[word] = any(map(word_match, itertools.repeat(word), self.others,
                                       itertools.repeat(self.threshold)))
        return self.found[word]


def fact_words(fact: Fact, lang: str) -> list[Word]:
    connectors = names._connectors(lang)
    return [
        Word(t.key, t.stems, t.acronym, t.capital)
        for t in names.tokens(fact.text, lang)
        if t.text.lower() not in connectors
    ]


def name_cuts(name_key: str, words: Iterable[Word]) -> tuple[str, ...]:
    """The keys of the lower-case words of `words` (three letters or more) that are the
    start of a name's key (`name_key`): in a language with capitals, pieces of the name
    (`cut_from_name`)."""
    return tuple(w.key for w in words if len(w.key) >= 3 and not (w.capital or w.acronym)
                 and name_key.startswith(w.key))


def cut_from_name(word: Word, cuts: tuple[str, ...]) -> bool:
    """Is `word` a lower-case word that is, or starts with, one of the name's `cuts`
    (`name_cuts`)? It is no form of the name: a form written in lower case is an
    adjective, which adds an ending to the name, not to a piece of it ("suda", of a court,
    and "suda su" written as one, are no "Sudan")."""
    return bool(cuts) and not (word.capital or word.acronym) and word.key.startswith(cuts)
