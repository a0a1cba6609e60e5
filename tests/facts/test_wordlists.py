"""Common word or name, by the word lists (checker/facts/wordlists.py): real simplemma lookups."""

import pytest

from checker.facts import wordlists
from checker.translit import key

pytest.importorskip("simplemma")


def test_a_german_common_noun_is_common_and_a_place_name_is_not():
    # German capitalises every noun: the capital says nothing, the word list decides.
    assert wordlists.is_common_word("Regierung", "de", initial=False)
    assert not wordlists.is_common_word("Berlin", "de", initial=False)
    assert wordlists.is_known_name("Berlin", "de")
    assert not wordlists.is_known_name("Regierung", "de")


@pytest.mark.parametrize(
    ("word", "common"),
    [
        ("Rekordformel", True),  # "Rekord" + "Formel": both common words
        ("Höflichkeitsinitiative", True),  # with the linking "s"
        ("Wendelbachstraße", False),  # no word list knows "Wendelbach": a street name
        ("Einstellung", True),  # its plural is known, though English lists it as a name
        ("Ahmeds", False),  # the genitive of a name other lists know
    ],
)
def test_german_compounds_and_genitives(word, common):
    assert wordlists.is_common_word(word, "de", False) is common


def test_a_capital_inside_a_sentence_decides_where_other_lists_know_a_name():
    # English lists "ankara" as a fabric; other languages' lists know the city.
    assert wordlists.named_elsewhere("Ankara", "en")
    assert not wordlists.is_common_word("Ankara", "en", initial=False)
    assert wordlists.is_common_word("Ministry", "en", initial=False)


def test_an_inflected_common_word_with_a_capital_is_common_and_a_name_is_not():
    assert wordlists.is_common_word("Дня", "ru", initial=False)  # "день"
    assert not wordlists.is_common_word("Путина", "ru", initial=False)  # Путин
    assert wordlists.is_known_name("Путина", "ru")


def test_dates_function_words_and_demonyms_are_never_names():
    assert wordlists.is_non_name_word("Thursday", "thursday", "en")
    assert wordlists.is_non_name_word("However", "however", "en")
    assert wordlists.is_non_name_word("Russian", "russian", "en")
    assert not wordlists.is_non_name_word("Berlin", "berlin", "en")
    assert wordlists.is_common_word("Montag", "de", initial=False)


def test_demonyms_are_made_from_territory_names():
    assert wordlists.demonym_of("russian", "russia", "en")
    assert not wordlists.demonym_of("russia", "russia", "en")
    assert wordlists.is_demonym("swedish", "en")
    assert not wordlists.is_demonym("sweden", "en")  # the territory itself


def test_base_key_removes_inflection_only_where_the_list_knows_the_base():
    assert wordlists.base_key("Москве", key("Москве", "ru"), "ru") == "moskva"
    assert wordlists.base_key("Beogradu", key("Beogradu", "sr"), "sr") == "beograd"
    assert wordlists.base_key("Berlin", "berlin", "de") == "berlin"


def test_a_language_without_a_word_list_knows_no_common_capitalised_word():
    assert wordlists.has_word_list("de")
    assert not wordlists.has_word_list("zh")
    assert not wordlists.is_unknown_word("Anything", "zh")  # no list: nothing to be unknown to
    assert not wordlists.is_known_name("Anything", "zh")


def test_word_shapes():
    assert wordlists.is_acronym("NATO")
    assert wordlists.is_acronym("U.S.")
    assert wordlists.is_acronym("НАТО")
    assert not wordlists.is_acronym("Nato")
    assert not wordlists.is_acronym("XIV")  # a Roman numeral
    assert wordlists.is_roman_numeral("XIVe")
    assert wordlists.is_common_word("XIVe", "fr")
    assert not wordlists.is_common_word("NATO", "en")


def test_a_lookup_gives_the_lemma_and_an_entry_of_another_word_counts_as_unknown():
    german = wordlists.word_list("de")
    assert german is not None
    assert german.lookup("Häuser") == (True, "Haus")
    assert german.lookup("Berlin") == (True, "Berlin")
    russian = wordlists.word_list("ru")
    assert russian is not None
    # simplemma gives the capitalised form the lemma of another word ("Победы"): not this one.
    assert russian.lookup("Дня") == (False, "Дня")
    assert russian.lookup("дня") == (True, "день")


def test_a_lookup_asked_again_gives_the_same_answer_and_known_words_simplemmas_lemma():
    import simplemma

    german = wordlists.word_list("de")
    words = ["Häuser", "Nächte", "Nachtes", "Kesselbrinks", "Haus", "laufen", "Einstellungen"]
    first = [german.lookup(w) for w in words]
    assert [german.lookup(w) for w in words] == first  # the second time from the cache
    assert german._lookup("Häuser") == first[0]  # uncached: the same
    for word, (known, lemma) in zip(words, first, strict=True):
        assert known == simplemma.is_known(word, lang="de") or (
            known is False and simplemma.lemmatize(word, lang="de")[:1].lower() != word[:1].lower())
        if known:
            assert lemma == simplemma.lemmatize(word, lang="de")
    assert german.lookup("Kesselbrinks") == (False, "Kesselbrinks")  # unknown: no lemma


def test_a_demonym_is_found_by_its_start_like_any_territory_word():
    slow = [name for name in wordlists._territory_words("en") if name[:4] == "russ"]
    assert set(slow) == set(wordlists._territory_words_by_start("en")["russ"])
    assert not wordlists.demonym_of("prussian", "russia", "en")  # another start


def _noun_forms_one_by_one(word: str, lang: str, skip: tuple[str, ...] = ()) -> bool:
    """_has_noun_forms without the lemma filter: every form looked up in turn."""
    lookup = wordlists.word_list(lang).lookup
    probes, umlauts, _plain = wordlists._noun_probes(lang, skip)
    forms = [word + ending for ending in probes]
    for plain, marked in umlauts:
        at = word.rfind(plain)
        if at > 0:
            base = word[:at] + marked + word[at + len(plain) :]
            forms += [base + ending for ending in (*probes, "")]
            break
    return any(lookup(form) == (True, word) for form in forms)


def test_noun_forms_skipped_by_the_lemma_filter_give_the_same_answers():
    """The lemma filter rules out the words no other word has as lemma (names mostly): on
    the nouns, names and made-up words of a German story it answers as trying every form."""
    from pathlib import Path

    story = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo" / "de.txt"
    words = {w.strip(".,;:!?()«»\"'„“”") for w in story.read_text(encoding="utf-8").split()}
    words = sorted(w for w in words if w[:1].isupper() and w.isalpha())
    words += ["Nacht", "Ulm", "Haus", "Kesselbrink", "Straße", "Ärztin", "Tokio", "Armut"]
    answers = {(w, s): wordlists._has_noun_forms(w, "de", s) for w in words for s in ((), ("s",))}
    assert answers == {(w, s): _noun_forms_one_by_one(w, "de", s) for w, s in answers}
    assert answers[("Nacht", ())] and not answers[("Kesselbrink", ())]
    assert len(set(answers.values())) == 2
