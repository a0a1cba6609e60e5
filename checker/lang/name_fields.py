"""Profile fields of name data: `checker/lang/<code>/names.py`."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.lang.declare import SET, TUPLE, about
from checker.lang.name_kind_fields import NameKindData
from checker.lang.table import Table


@dataclass(frozen=True)
class NameData(NameKindData):
    """How the language writes and inflects names (and, from `NameKindData`, what tells
    the kind of a name)."""

    simplemma: str | None = field(
        default=None,
        metadata=about(
            "names.SIMPLEMMA",
            "The simplemma word list that tells a common word from a name.",
        ),
    )
    name_lists: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "names.NAME_LISTS",
            "Other languages' word lists asked whether a capitalised word is a known name.",
        ),
    )
    word_list_latin: bool = field(
        default=False,
        metadata=about(
            "names.WORD_LIST_LATIN",
            "The word list is in Latin letters: Cyrillic words are transliterated first.",
        ),
    )
    word_list_partial: bool = field(
        default=False,
        metadata=about(
            "names.WORD_LIST_PARTIAL",
            "The word list lacks many inflected common words: a lone unknown word is no sure name.",
        ),
    )
    lemma_case_unreliable: bool = field(
        default=False,
        metadata=about(
            "names.LEMMA_CASE_UNRELIABLE",
            "The word list writes names in lower case: inside a sentence, the capital decides.",
        ),
    )
    capitalises_nouns: bool = field(
        default=False,
        metadata=about(
            "names.CAPITALISES_NOUNS",
            "Every noun is capitalised: a capital does not make a name.",
        ),
    )
    title_case_names: bool = field(
        default=False,
        metadata=about(
            "names.TITLE_CASE_NAMES",
            'Names of organisations capitalise their common words ("Center Party").',
        ),
    )
    name_words_capitalised: bool = field(
        default=False,
        metadata=about(
            "names.NAME_WORDS_CAPITALISED",
            'Words made from names are capitalised too ("Russian"): a lower-case word is no name.',
        ),
    )
    family_name_first: bool = field(
        default=False,
        metadata=about(
            "names.FAMILY_NAME_FIRST",
            'People\'s names are written family name first ("Orbán Viktor"), foreign ones '
            "often given name first: a name of several words is found on the other side only "
            "where its first and last words both are (or more than half of its words).",
        ),
    )
    function_words: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.FUNCTION_WORDS",
            "Common words that start sentences with a capital: never names there.",
        ),
    )
    connectors: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "names.CONNECTORS",
            'Small words inside names ("of", "van", "de").',
        ),
    )
    endings: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "names.ENDINGS",
            'Inflection endings removed from names before matching ("Beogradu" -> "Beograd").',
        ),
    )
    stem_alternations: tuple[tuple[str, str], ...] = field(
        default=TUPLE,
        metadata=about(
            "names.STEM_ALTERNATIONS",
            "Vowels a name's last syllable changes when it takes an ending, as (vowel of the "
            'inflected stem, vowel of the name): ("о", "і") reads "Львова" as "Львів"; '
            '("", "е"), a vowel that drops out between the last two consonants: "Відня", '
            '"Відень".',
        ),
    )
    ending_alternations: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "names.ENDING_ALTERNATIONS",
            "Last letters of an inflected name that stand for other last letters of the "
            'name, as (inflected, name): {"зі": "г"} reads "Гамбурзі" as "Гамбург" and '
            '"Гаазі" as "Гааг(а)"; a name\'s consonant changed before a case ending.',
        ),
    )
    min_stem: int = field(
        default=3,
        metadata=about(
            "names.MIN_STEM",
            "Letters a name keeps at least when an affix is removed.",
        ),
    )
    apostrophe_suffixes: bool = field(
        default=False,
        metadata=about(
            "names.APOSTROPHE_SUFFIXES",
            'Suffixes after an apostrophe are cut off names ("Trump\'s", "Ankara\'yı").',
        ),
    )
    apostrophe_ends_name: bool = field(
        default=False,
        metadata=about(
            "names.APOSTROPHE_ENDS_NAME",
            "A case suffix after an apostrophe closes a name: a capitalised word after it "
            'starts another ("ABD\'nin Deniz Kuvvetleri": the US\'s navy).',
        ),
    )
    closing_endings: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "names.CLOSING_ENDINGS",
            "Case endings a name of several words takes on its last word only: a capitalised "
            'word after a word with one starts another name ("Էրդողանը Անկարայում": Erdogan, '
            "in Ankara); with them, a place's name of the data with one of `endings` is a name "
            'of its own ("Ердоған Анкарада": two names).',
        ),
    )
    elisions: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "names.ELISIONS",
            'Elided words glued before a name ("l\'", "d\'").',
        ),
    )
    endings_by_known_prefix: bool = field(
        default=False,
        metadata=about(
            "names.ENDINGS_BY_KNOWN_PREFIX",
            "No data gives the language's case endings: a word that starts with a known place "
            'name and a few letters more is that name with an ending ("Londresera": to '
            "London), `checker.glossary.known_prefixes`.",
        ),
    )
    elided_before_capitals: bool = field(
        default=False,
        metadata=about(
            "names.ELIDED_BEFORE_CAPITALS",
            "Up to three lower-case letters glued before a capitalised name, with an "
            'apostrophe or not, are an elided word, a mutation or a prefix ("f\'Moska": in '
            'Moscow; "d\'Espanya"; "bPáras"; "neBrazil"), cut off it.',
        ),
    )
    sound_characters: str = field(
        default="",
        metadata=about(
            "names.SOUND_CHARACTERS",
            "Characters that write foreign names by their sound (the transcription "
            "characters of Chinese): a Latin name is looked for in the text by its "
            "transcription (checker/transcription.py).",
        ),
    )
    sound_name_marks: str = field(
        default="",
        metadata=about(
            "names.SOUND_NAME_MARKS",
            "Characters among `sound_characters` that are almost only used to write names by "
            "their sound: a run of two or more sound characters with one of them is a name.",
        ),
    )
    sound_place_suffixes: str = field(
        default="",
        metadata=about(
            "names.SOUND_PLACE_SUFFIXES",
            'Characters for a kind of place ("岛" island) written after a place\'s name: a run '
            "of three or more sound characters before one is a name.",
        ),
    )
    place_kind_characters: str = field(
        default="",
        metadata=about(
            "names.PLACE_KIND_CHARACTERS",
            'Characters for a kind of place written after a place\'s own name ("江" river, '
            '"区" district), which the other language translates by meaning ("the Qiantang '
            'River"): a name the segmenter tagged is found where its reading less one of them '
            "is written on the other side.",
        ),
    )
    sound_name_prefixes: str = field(
        default="",
        metadata=about(
            "names.SOUND_NAME_PREFIXES",
            'Characters that start a name whose rest is written by sound ("圣" saint: '
            '"圣马丁" St Martin): two or more sound characters after one make a name with it.',
        ),
    )
    spelled_by_sound: bool = field(
        default=False,
        metadata=about(
            "names.SPELLED_BY_SOUND",
            "The script spells every word by its sound (Hangul, Devanagari), without "
            "capitals: a foreign name is written as it sounds, and each word read to Latin "
            "letters by rule (checker/translit.py) is compared with a Latin name by its "
            "consonants (checker/spoken_names.py); names are read next to the titles of "
            "`person_titles` and `titles_after` (checker/facts/titled_names.py).",
        ),
    )
    glued_names: bool = field(
        default=False,
        metadata=about(
            "names.GLUED_NAMES",
            "A spaced script without capitals whose forms of names no word list gives (a "
            'language without a folder): a word that starts with a known name ("ലണ്ടനിൽ" in '
            'London, "በካይሮ" in Cairo: a postposition or a one-letter preposition glued on) '
            "is that name (checker/facts/glued_names.py).",
        ),
    )
    titles_after: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.TITLES_AFTER",
            'Titles and honorifics written right after a person\'s name in a language with '
            'spaces ("대통령" president, "씨", "जी"): the words before one are a person\'s '
            "name (checker/facts/titled_names.py).",
        ),
    )
    name_joiners: str = field(
        default="",
        metadata=about(
            "names.NAME_JOINERS",
            'Marks between the parts of a name written by sound ("·"): the parts around one '
            "are one name.",
        ),
    )
    character_readings: str | None = field(
        default=None,
        metadata=about(
            "names.CHARACTER_READINGS",
            "The library whose table gives every reading of each character in Latin letters "
            '("pypinyin"): a name written in Latin letters is matched against them '
            "(checker/readings.py).",
        ),
    )
    other_readings: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "names.OTHER_READINGS",
            "Other languages' readings of the characters, one text per reading system "
            '(entries "characters=reading,reading", forms split by "/"): a name of '
            "another country written in the characters (a Japanese name in kanji, a Korean "
            "one in hanja) is matched by one system's readings (checker/other_readings.py).",
        ),
    )
    reading_respellings: tuple[tuple[str, str], ...] = field(
        default=TUPLE,
        metadata=about(
            "names.READING_RESPELLINGS",
            "Another romanisation still met in names, as ordered rewrites (regular "
            "expression, replacement) of one reading of `character_readings` (a whole "
            'syllable): Wade-Giles for pinyin, ("^x", "hs") reads "Hsinchu" as xin-zhu. '
            "A name in Latin letters may write a character by either spelling "
            "(checker/transcription.py).",
        ),
    )
    name_segmenter: str | None = field(
        default=None,
        metadata=about(
            "names.NAME_SEGMENTER",
            'The library that cuts a text without spaces into words and tags them ("jieba"): '
            "the words it tags as names (`segmenter_person_tags`, `segmenter_name_tags`) are "
            "more candidates for names (checker/segmenter.py).",
        ),
    )
    segmenter_person_tags: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.SEGMENTER_PERSON_TAGS",
            "The segmenter's tags of a person's name: one with a surname of `surnames` "
            "first is a name the other language writes by its sound.",
        ),
    )
    segmenter_sound_tags: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.SEGMENTER_SOUND_TAGS",
            "The segmenter's tags of a foreign name written by its sound: a word tagged as a "
            "person's name right before one, all of `sound_characters`, starts that foreign "
            'name ("冯德" + "莱恩", von der Leyen), not a name of the language\'s own.',
        ),
    )
    segmenter_function_tags: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.SEGMENTER_FUNCTION_TAGS",
            "The segmenter's tags of words that are never a name (adverbs, conjunctions, "
            'prepositions, pronouns, numerals, measure words, times: "马上" at once): a '
            "surname and its given name found beside a title are no name where the "
            "segmenter's dictionary lists them as one word of such a tag, nor where a word "
            "of the segmenter crosses their start or their end (checker/facts/surname_names.py).",
        ),
    )
    segmenter_common_words: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.SEGMENTER_COMMON_WORDS",
            "Common words the segmenter's dictionary tags as names (\"城市\" city, tagged a "
            "place): one alone, or a word made of two common words, one of them of these, is "
            "no name "
            "(checker/facts/tagged_names.py).",
        ),
    )
    segmenter_name_tags: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.SEGMENTER_NAME_TAGS",
            "The segmenter's tags of other names (places, organisations): the other "
            "language may translate them by meaning, so one is reported missing only where "
            "the other side has fewer names left than these (checker/compare/entities.py).",
        ),
    )
    segmenter_word_tags: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.SEGMENTER_WORD_TAGS",
            "The segmenter's tags of common words (nouns, verbs, adjectives): a word tagged "
            'as a name that splits into two words of its dictionary with such tags ("公安" + '
            '"局", public security bureau) is a common noun.',
        ),
    )
    surnames: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.SURNAMES",
            "Common surnames of a language written without spaces (Chinese): one followed by "
            "a given name next to one of `name_titles` is a person's name "
            "(checker/facts/surname_names.py).",
        ),
    )
    new_place_words: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.NEW_PLACE_WORDS",
            'Capitalised words that, right before the name of a place of the data, make the '
            'name of another place ("New" Taipei, "New" England): the two are one name, not '
            "that place (checker/facts/entities.py).",
        ),
    )
    surname_spellings: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "names.SURNAME_SPELLINGS",
            "Other Latin spellings of surnames than their readings, comma-separated (other "
            'romanisations: "黄" -> "wong,ng,ooi"): a person the other language names by '
            "an English given name or another romanisation is matched by the surname "
            "(checker/compare/own_surnames.py).",
        ),
    )
    name_titles: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.NAME_TITLES",
            'Titles written right before a person\'s name ("主席") in a language written '
            "without spaces (also before a name written by sound: checker/sound_runs.py).",
        ),
    )
    name_honorifics: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.NAME_HONORIFICS",
            'Honorifics written right after a person\'s name or surname ("先生") in a '
            "language written without spaces.",
        ),
    )
    not_in_given_names: str = field(
        default="",
        metadata=about(
            "names.NOT_IN_GIVEN_NAMES",
            'Function-word characters ("的", "在") that are no part of a given name after a '
            "surname of `surnames`.",
        ),
    )
    name_followers: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.NAME_FOLLOWERS",
            'Words that often follow a person\'s name ("表示" says) in a language written '
            "without spaces: a name found after a title may end before one, and a run of "
            "sound characters right before one is a name (checker/sound_runs.py); in a "
            'script that spells by sound, words written apart ("ने कहा" said), after which '
            "the words before are a name (checker/facts/titled_names.py).",
        ),
    )
    place_prepositions: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.PLACE_PREPOSITIONS",
            'Words written right before a place ("在" at, "来自" from) in a language written '
            "without spaces: a city of the language's own country named by two characters "
            "right after one is read as a name (checker/facts/home_places.py).",
        ),
    )
    country_city_links: frozenset[str] = field(
        default=SET,
        metadata=about(
            "names.COUNTRY_CITY_LINKS",
            'Words written between a country and a city of it ("首都" capital, "城市" city: '
            '"秘鲁首都利马") in a language written without spaces: a city of the gazetteer '
            "named by two characters right after its country, or after the country and one "
            "of them, is read as a name (checker/facts/home_places.py).",
        ),
    )
    anonymous_given: str = field(
        default="",
        metadata=about(
            "names.ANONYMOUS_GIVEN",
            'The character that stands for a withheld given name after a surname ("某"): '
            "the surname is a person's name.",
        ),
    )
    cyrtranslit: str | None = field(
        default=None,
        metadata=about(
            "names.CYRTRANSLIT",
            "The cyrtranslit table that gives Latin keys to Cyrillic names.",
        ),
    )
    demonym_suffixes: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "names.DEMONYM_SUFFIXES",
            "Endings that make an adjective or demonym of a place name (Russia -> Russian).",
        ),
    )
    demonyms_capitalised: bool = field(
        default=False,
        metadata=about(
            "names.DEMONYMS_CAPITALISED",
            'Adjectives and demonyms of places are capitalised ("Peruvian"): a word in '
            'lower case ("manager") is none.',
        ),
    )
    demonyms: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "places.DEMONYMS",
            "Adjectives and demonyms of places no demonym ending makes of the place's name "
            '("Dane", "Dutch"), to the concept id of the place, in their forms.',
        ),
    )
    language_name_suffixes: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "names.LANGUAGE_NAME_SUFFIXES",
            "Endings that make a language's name of its people's demonym (Turkish "
            '"İngiliz" -> "İngilizce"): a demonym of the language is read as an adjective.',
        ),
    )
    common_noun_suffixes: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "names.COMMON_NOUN_SUFFIXES",
            "Suffixes of abstract nouns: an unknown word with one is a common noun; in a "
            'language written without spaces ("党" party, "主义" -ism), two characters '
            "before one start that noun, not a city's name.",
        ),
    )
    genitive_endings: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "names.GENITIVE_ENDINGS",
            "Genitive endings a name takes: a word is tried with and without them.",
        ),
    )
    name_endings: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "names.NAME_ENDINGS",
            "Endings names take too: a word known only with them is a noun only if no other "
            "word list knows it as a name.",
        ),
    )
    linking_articles: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "names.LINKING_ARTICLES",
            "Articles that link the words of a name and change with its case: each stands "
            'for the others ("Kore e Veriut", "Koresë së Veriut").',
        ),
    )
    linking_endings: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "names.LINKING_ENDINGS",
            "Linking elements between the parts of a compound.",
        ),
    )
    noun_probes: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "names.NOUN_PROBES",
            "Endings tried on a capitalised word: a word with inflected forms is a common noun.",
        ),
    )
    umlauts: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "names.UMLAUTS",
            'Vowel changes tried with `noun_probes`: {"a": "ä"}.',
        ),
    )
    letter_variants: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "names.LETTER_VARIANTS",
            "Letters the language writes one sound of a foreign name with, to the one that "
            'stands for them all in keys and matching ({"غ": "ج"}: "g" written either way).',
        ),
    )
    letter_groups: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "names.LETTER_GROUPS",
            "Groups of letters the language writes one sound of a foreign name with, to that "
            'sound in Latin keys ({"μπ": "mp", "^μπ": "b"}); "^" before a group: only at a '
            'word\'s start, "$" after it: only at its end. An accent or diaeresis between or '
            "on the letters of a vowel pair keeps them two sounds.",
        ),
    )
    spoken_spellings: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "names.SPOKEN_SPELLINGS",
            "Spellings of the language's keys whose sound other scripts write otherwise, to "
            'that sound ({"^wr": "r", "igh": "ai"}: "Wright" is also matched as "rait"); '
            '"^" and "$" as in LETTER_GROUPS. A name\'s word is also compared as it sounds.',
        ),
    )
    seat_variants: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "names.SEAT_VARIANTS",
            "Letters written inside a word for one letter (a hamza on its seat, a final "
            'form), to that letter ({"ئ": "ي"}): a city\'s name as written is compared with '
            "them folded on both sides, and written once beside its seat.",
        ),
    )
    foreign_spellings: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "names.FOREIGN_SPELLINGS",
            "How the language spells the start of a foreign name, lower case, to the Latin "
            'letters other languages write ({"ua": "wa"}: a city\'s name spelt the '
            "language's way is looked up in the gazetteer as others write it).",
        ),
    )
