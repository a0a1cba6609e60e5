"""The words of a sentence as the name extractor sees them (checker/facts/entities.py).

Each word is cut free of its affixes ("Ankara'yı" -> "Ankara"), keyed in Latin letters
for matching, and marked for what tells a name: a capital, an acronym, a sentence start.
A hyphenated compound naming a common thing ("US-Präsident") is one common word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.facts.wordlists import is_acronym, is_common_word
from checker.lang.profile import profile
from checker.marks import MARK_CLASS
from checker.scripts import letter_script
from checker.translit import key, stems, strip_affixes

# Acronyms with dots ("U.S."), then words with inner apostrophes/hyphens ("Ankara'yı", "NATO-a").
# The same matches as "(?:[^\W\d_]\.){2,}|[^\W\d_](?:[\w'’"\u05f4]*[\w])?(?:-[\w'’]+)*", written
# so that the first letter is read once and a word's end needs no step back.
# A quote or gershayim between letters marks an acronym in Hebrew ("ארה"ב", the US): one word.
# A combining mark (a Devanagari vowel sign, an Arabic short vowel) is not \w, yet it is
# inside a word: "भारत" is one word, not "भ" and "रत".
_IN_WORD = r"[\w" + MARK_CLASS + "]"
_TOKEN = re.compile(
    r"[^\W\d_](?:\.(?:[^\W\d_]\.)+|" + _IN_WORD + r"*(?:['’\"\u05f4]+" + _IN_WORD + r"+)*"
    r"(?:-[\w'’" + MARK_CLASS + r"]+)*)"
)
# In a language written without spaces, a Latin word ends where the other script starts
# ("了Wayde Sims 致命"): Latin words, and runs of the other script's letters.
_LATIN = "A-Za-z\u00c0-\u024f"
_TOKEN_UNSPACED = re.compile(
    rf"(?:[^\W\d_]\.){{2,}}|[{_LATIN}](?:[{_LATIN}0-9'’]*[{_LATIN}0-9])?(?:-[{_LATIN}0-9'’]+)*"
    rf"|[^\W\d_{_LATIN}]+"
)
_OPENERS = "\"'“”„«»‹›‘’‚「『(["
# What stands before a word that starts a sentence or clause, and the spaces after it
# (`_initial_positions`): an opener, an end of sentence or clause, or a hyphen (a dash
# where a space or tab stands before it). One character class first: the engine skips
# ahead to it, where an alternation with a look-behind was tried at every character.
_BEFORE_INITIAL = re.compile(
    "[" + "".join(re.escape(c) for c in _OPENERS + ".!?:;—–•") + r"\-]\s*"
)

# A word's key and stems as `_word_parts` works them out: without the caches of key() and
# stems(), as its own answers are kept (the memo of `tokens`, its own cache); an entry in
# those caches cost more than the work, for each new word of a text.
_uncached_key, _uncached_stems = key.__wrapped__, stems.__wrapped__

Piece = tuple[str, int]  # a part of a hyphenated word, and where it starts in the text


@dataclass(slots=True)
class Token:
    """One word of a sentence."""

    text: str  # the word with affixes removed ("Ankara" for "Ankara'yı")
    start: int
    end: int
    key: str
    known_stems: tuple[str, ...] | None  # `stems`; None: not worked out yet
    cased: bool  # its script has capital letters
    capital: bool
    acronym: bool
    initial: bool  # first word of the sentence or of a quotation
    lang: str = ""  # the language of the text (`stems` of a word in lower case)

    @property
    def stems(self) -> tuple[str, ...]:
        """The key and the stems left without the language's affixes (translit.stems). A
        word in lower case gets them when first asked: most are never asked (no CLDR name
        starts with one), and their stems cost a third of a new word's reading."""
        found = self.known_stems
        if found is None:
            found = self.known_stems = stems(self.key, self.lang)
        return found


def tokens(text: str, lang: str, parts: bool = False) -> list[Token]:
    """The words of a text. A hyphenated compound whose last part is a common word
    ("US-Präsident", "Corona-Krise", "военно-морского") is one common word, unless `parts`
    is set (matching looks at every part); a short lower-case tail after a name is its
    inflection ("NATO-a", "NATO-s") and is dropped."""
    out: list[Token] = []
    append, make = out.append, Token
    pattern = _TOKEN if profile(lang).writing.spaced else _TOKEN_UNSPACED
    starts = _initial_positions(text)
    memo = _parts_memo(lang)
    if len(memo) >= _PARTS_MEMO_SIZE:
        memo.clear()
    known, find = memo.get, text.find
    end = 0
    # The words as strings (no match objects), each found where it starts: a match starts
    # at any character that can start a word, so none of the word's first character, and
    # no copy of the word, stands between the last match's end and its start.
    for raw in pattern.findall(text):
        start = find(raw, end)
        end = start + len(raw)
        word_parts = known(raw)
        if word_parts is None:
            word_parts = memo[raw] = _memo_entry(raw, lang)
        if word_parts is not _HYPHENATED:  # most words: one piece
            if word_parts:
                bare, shift, k, word_stems, cased, capital, acronym, length = word_parts
                at = start + shift
                append(make(bare, at, at + length, k, word_stems, cased, capital, acronym,
                            not out or start in starts, lang))
            continue
        for at, bare, shift, k, word_stems, cased, capital, acronym in _hyphenated(
            raw, lang, parts
        ):
            at += start
            append(make(bare, at + shift, at + shift + len(bare), k, word_stems, cased,
                        capital, acronym, not out or at in starts, lang))
    return out


# A piece's tokens: where the piece starts in the word, then `_word_parts`.
PieceToken = tuple[int, str, int, str, tuple[str, ...] | None, bool, bool, bool]


@lru_cache(maxsize=16384)
def _hyphenated(raw: str, lang: str, parts: bool) -> tuple[PieceToken, ...]:
    """The tokens of a hyphenated word (see `tokens`), each with where its piece starts in
    the word: the same wherever the word stands, so worked out once per word."""
    pieces = _hyphen_pieces(raw, 0)
    if not parts and _names_common_thing(pieces, lang) and not _place_name(pieces, lang):
        # A compound naming a common thing: its acronym and common parts are
        # modifiers ("US-Präsident", "WM-Punkte"); a name part stays a name
        # ("Baxter-Wells-Universität", "Hadley-Reitturnier").
        kept = [
            (w, a)
            for w, a in pieces[:-1]
            if not is_acronym(w)
            and w[:1].isupper()
            and not is_common_word(strip_affixes(w, lang), lang)
        ]
        if not kept:
            whole = raw[pieces[0][1] : pieces[-1][1] + len(pieces[-1][0])]
            k = key(whole, lang)  # the whole as one common word, if it has a key
            return ((pieces[0][1], whole, 0, k, (k,), True, False, False),) if k else ()
        pieces = kept
    found = []
    for word, at in pieces:
        word_parts = _word_parts(word, lang)
        if word_parts is not None:
            bare, shift, k, word_stems, cased, capital, acronym = word_parts
            found.append((at, bare, shift, k, word_stems, cased, capital, acronym))
    return tuple(found)


def _hyphen_pieces(raw: str, start: int) -> list[Piece]:
    """The parts of a hyphenated word, without a short lower-case tail after a part that is
    not lower case (the inflection of a name: "NATO-a")."""
    pieces: list[Piece] = []
    offset = start
    for i, piece in enumerate(raw.split("-")):
        if i > 0 and piece.islower() and len(piece) <= 3 and pieces and not pieces[-1][0].islower():
            offset += len(piece) + 1
            continue
        if piece:
            pieces.append((piece, offset))
        offset += len(piece) + 1
    return pieces


def _place_name(pieces: list[Piece], lang: str) -> bool:
    """Are the parts, all together, one name of the language's place data ("Sachsen-Anhalt",
    "Nordrhein-Westfalen": "Anhalt" and "Westfalen" are common words too)?"""
    from checker.glossary.lookup import cldr_index

    words = [strip_affixes(w, lang) for w, _ in pieces]
    if not all(w[:1].isupper() for w in words):
        return False
    found = cldr_index(lang).match([stems(key(w, lang), lang) for w in words], 0, words)
    return found is not None and found[1] == len(words)


def _names_common_thing(pieces: list[Piece], lang: str) -> bool:
    """Is a compound of several parts, the last a common word not in capitals, the name of
    a common thing ("Corona-Krise")? In a language that writes common nouns in lower case,
    a capitalised last part makes the compound a name ("Royaume-Uni": "uni" is a common
    word, but not with a capital after a hyphen)."""
    last = pieces[-1][0]
    if last[:1].isupper() and not profile(lang).names.capitalises_nouns:
        return False
    return (
        len(pieces) > 1
        and not last.isupper()
        and is_common_word(strip_affixes(last, lang), lang)
    )


@lru_cache(maxsize=65536)
def _word_parts(word: str, lang: str) -> tuple[str, int, str, tuple[str, ...] | None, bool,
                                               bool, bool] | None:
    """What a word's token says wherever the word stands (computed once per word): the
    word with its affixes cut, where that starts in the word, its key and stems (None for
    a word in lower case: see Token.stems), whether its script has capitals, it has one,
    it is an acronym; None if it has no key."""
    bare = strip_affixes(word, lang)
    k = _uncached_key(bare, lang)
    if not k:
        return None
    letter = bare[0].isalpha()
    first = bare[0] if letter else next((c for c in bare if c.isalpha()), "")
    capital, small = first.isupper(), first.islower()
    if small and not profile(lang).writing.cased and letter_script(first) not in _CASED:
        small = False  # a script without capitals in use whose letters Unicode cases
        # (Georgian's Mtavruli): its words are no lower-case words
    # A word in lower case gets its stems when asked (Token.stems). is_acronym asks a word
    # that starts with a letter for a capital first: most words need not ask.
    return (bare, max(word.find(bare), 0), k, None if small else _uncached_stems(k, lang),
            capital or small, capital,
            (capital or not letter) and not bare.islower() and is_acronym(bare))


# Scripts whose capitals are in use (Latin words in a Georgian text)
_CASED = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN"})


_PARTS_MEMO_SIZE = 65536
_HYPHENATED = ("-",)  # the memo's answer for a hyphenated word: its pieces are read anew


def _memo_entry(raw: str, lang: str) -> tuple:
    """What `tokens` keeps of a word it found (`_parts_memo`): `_word_parts` and the length
    of the bare word; `()` if it has no key; _HYPHENATED for a hyphenated word (no dotted
    acronym), whose pieces depend on the language's compounds."""
    if "-" in raw and "." not in raw:
        return _HYPHENATED
    parts = _word_parts.__wrapped__(raw, lang)  # the memo is its cache
    return () if parts is None else (*parts, len(parts[0]))


@lru_cache(maxsize=64)
def _parts_memo(lang: str) -> dict[str, tuple]:
    """The language's words and their `_word_parts` (`()`: no key), read by `tokens` for
    every word of every sentence: a plain dictionary answers faster than a cache of two
    arguments. A cache like `_word_parts` (the answers never change), emptied by `tokens`
    when it holds _PARTS_MEMO_SIZE words."""
    return {}


def _initial_positions(text: str) -> set[int]:
    """Where a word would start a sentence, a quotation or a clause after a dash: right
    after one of _OPENERS or ".!?:;—–•", or a hyphen with a space or tab before it (as after
    a dateline: "OSLO (AA) - Shefi"), spaces between. The first word of a text starts one
    too. One search of the text, not a look back from every word."""
    return {
        m.end()
        for m in _BEFORE_INITIAL.finditer(text)
        if text[m.start()] != "-" or text[m.start() - 1 : m.start()] in _SPACED_DASH
    }


_SPACED_DASH = (" ", "\t")  # what stands before a hyphen that is a dash
