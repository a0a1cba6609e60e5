"""The compiled word lists (checker/facts/wordlist_store.py) answer as simplemma does."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

simplemma = pytest.importorskip("simplemma")

from checker.facts import wordlist_store  # noqa: E402
from checker.facts.wordlist_store import Lexicon, build, open_list, store_dir  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds" / "nato-kosovo"
# One language of each kind the lemmatiser treats differently: nouns capitalised (de),
# Cyrillic (ru), apostrophes and suffixes (tr), Latin list of a two-script language (hbs).
LANGUAGES = {"en": "en.txt", "de": "de.txt", "ru": "ru.txt", "tr": "tr.txt", "hbs": "sr.txt"}


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wordlists")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CHECKER_DATA_DIR", str(folder))
        yield folder


@pytest.fixture(scope="module", autouse=True)
def _release_simplemmas_own_lists():
    """simplemma's answers, the oracle here, come from its own dictionaries, which its
    default factory keeps (up to 8 languages, over 1 GB): released after this module."""
    yield
    from simplemma.strategies.dictionaries.dictionary_factory import (
        DEFAULT_DICTIONARY_FACTORY,
    )

    clear = getattr(getattr(DEFAULT_DICTIONARY_FACTORY, "_get_dictionary", None),
                    "cache_clear", None)
    if clear is not None:
        clear()


def sample_words(code: str, story_file: str) -> list[str]:
    """Every word of the seed story in that language, every 997th entry of the list and their
    case variants, and made-up compounds and inflections no list holds."""
    text = (SEEDS / story_file).read_text(encoding="utf-8")
    words = {w.strip(".,;:!?()«»\"'„“”") for w in text.split()}
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    entries = sorted(DefaultDictionaryFactory(cache_max_size=1).get_dictionary(code))
    words.update(entries[::997])
    words.update(w.capitalize() for w in list(words))
    words.update(w.lower() for w in list(words))
    words.update(a + b.lower() for a, b in zip(entries[::50001], entries[7::40009], strict=False))
    words.update(w + "s" for w in entries[3::20011])
    return sorted(w for w in words if w)


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_the_compiled_list_gives_simplemmas_answers(cache, code):
    lexicon = Lexicon()
    for word in sample_words(code, LANGUAGES[code]):
        assert lexicon.is_known(word, code) == simplemma.is_known(word, lang=code), word
        assert lexicon.lemmatize(word, code) == simplemma.lemmatize(word, lang=code), word


def test_the_list_is_stamped_with_simplemmas_version_and_read_from_disk(cache):
    words = open_list("sq")
    path = store_dir() / "sq.sqlite3"
    assert path.parent.name.startswith(f"simplemma-{simplemma.__version__}-")
    assert isinstance(words, wordlist_store.SqliteWordMap)
    with sqlite3.connect(path) as connection:
        (count,) = connection.execute("SELECT COUNT(*) FROM entry").fetchone()
    assert count == len(words) > 1000


def _build_one(target: str) -> None:
    build("sq", Path(target))


def test_two_processes_building_the_same_list_at_once_leave_one_whole_file(tmp_path):
    target = tmp_path / "sq.sqlite3"
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_build_one, args=(str(target),)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    assert [p.name for p in tmp_path.iterdir()] == ["sq.sqlite3"]  # no temporary file left
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    original = DefaultDictionaryFactory(cache_max_size=1).get_dictionary("sq")
    words = wordlist_store.SqliteWordMap(target)
    assert len(words) == len(original)
    assert all(words.get(k) == original.get(k) for k in list(original)[::101])


def test_an_unwritable_data_folder_falls_back_to_simplemmas_own_list(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CHECKER_DATA_DIR", str(blocker))
    words = open_list("sq")
    assert not isinstance(words, wordlist_store.SqliteWordMap)
    assert Lexicon().is_known("dhe", "sq") == simplemma.is_known("dhe", lang="sq")


@pytest.mark.parametrize("code", sorted({**LANGUAGES, "fr": "fr.txt"}))
def test_known_lemma_without_simplemma_gives_simplemmas_answers(cache, code):
    """The plain-word lookup that imports no simplemma gives is_known and lemmatize's
    answers; words with apostrophes and numerals go through simplemma and agree too."""
    lexicon = Lexicon()
    words = [*sample_words(code, {**LANGUAGES, "fr": "fr.txt"}[code]), "d'Ankara", "Ankara'da",
             "l’état", "42", "٣", "o'clock", "O’Brien", "aujourd’hui", "don't", "ʼtis", "2",
             "IV", "Ankara’nın"]
    for word in words:
        expected = simplemma.lemmatize(word, lang=code) if simplemma.is_known(word, lang=code) \
            else None
        assert lexicon.known_lemma(word, code) == expected, word


def test_the_canonical_folding_is_stored_with_the_list(cache):
    """Arabic words are looked up without their short vowels, as simplemma folds them."""
    from simplemma.utils import canonicalize_token

    words = open_list("ar")
    assert isinstance(words, wordlist_store.SqliteWordMap)
    vowelled = "كَتَبَ"
    assert vowelled.translate(words.canon) == canonicalize_token(vowelled, "ar") != vowelled
    assert open_list("en").canon == {}
    lexicon = Lexicon()
    for word in (vowelled, "كتب", "الكِتَابُ", "مدرسة"):
        expected = simplemma.lemmatize(word, lang="ar") if simplemma.is_known(word, lang="ar") \
            else None
        assert lexicon.known_lemma(word, "ar") == expected, word


def test_the_compiled_list_carries_a_filter_of_all_its_keys(cache):
    words = open_list("sq")
    assert isinstance(words, wordlist_store.SqliteWordMap)
    assert all(words.filter.may_hold(k) for k in words)
    assert words.get("dhe") is not None and words.get("dhe#") is None


def test_either_answers_as_two_lookups_one_after_the_other(cache):
    """`either` (the filter first, queries cached) gives `get(key)`, else `get(other)`, on
    words of the list, their case variants and words it lacks, asked twice."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    original = DefaultDictionaryFactory(cache_max_size=1).get_dictionary("de")
    words = open_list("de")
    assert isinstance(words, wordlist_store.SqliteWordMap)
    sample = sample_words("de", LANGUAGES["de"])
    for _ in range(2):
        for word in sample:
            other = word.lower() if word[:1].isupper() else word.capitalize()
            expected = original.get(word)
            expected = original.get(other) if expected is None else expected
            assert words.either(word, other) == expected, word


def _lookup_in_child(words: wordlist_store.SqliteWordMap, queue) -> None:
    inherited = words._local.cursor
    queue.put(words._cursor() is not inherited and words.either("dhe", "Dhe") is not None
              and words._query("dhe#") is None)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="POSIX")
def test_a_forked_process_reads_the_list_through_its_own_connection(cache):
    words = open_list("sq")
    assert isinstance(words, wordlist_store.SqliteWordMap)
    parent = words._cursor()
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_lookup_in_child, args=(words, queue))
    child.start()
    child.join(60)
    assert child.exitcode == 0 and queue.get(timeout=5)
    assert words._cursor() is parent  # the parent keeps its own


@pytest.mark.parametrize("code", sorted({**LANGUAGES, "fr": "fr.txt", "ar": ""}))
def test_the_lemma_reader_gives_known_lemmas_answers(cache, code):
    """`lemma_reader(code)` (the steps of a plain word inline) answers as `known_lemma`, on
    words of the list and words it lacks, with apostrophes, numerals, "ß" and Arabic short
    vowels."""
    story = {**LANGUAGES, "fr": "fr.txt", "ar": "en.txt"}[code]
    lexicon = Lexicon()
    read = lexicon.lemma_reader(code)
    words = [*sample_words(code, story), "d'Ankara", "Ankara'da", "l’état", "42", "٣", "ßa",
             "straße", "Straße", "STRASSE", "ǆungla", "İstanbul", "كَتَبَ", "IV", "o'clock"]
    for word in words:
        assert read(word) == lexicon.known_lemma(word, code), word
    with pytest.raises(ValueError):
        read("")


def test_the_list_carries_a_filter_of_the_lemmas_other_keys_have(cache):
    words = open_list("sq")
    assert isinstance(words, wordlist_store.SqliteWordMap)
    with sqlite3.connect(words.path) as connection:
        entries = dict(connection.execute("SELECT key, value FROM entry"))
    others = {v for k, v in entries.items() if k != v}
    assert all(words.may_be_lemma_of_others(v) for v in others)
    alone = [v for v in set(entries.values()) - others][:2000]
    assert sum(words.may_be_lemma_of_others(v) for v in alone) < 0.05 * len(alone)


def test_a_name_no_other_word_has_as_lemma_is_ruled_out_in_memory(cache):
    """The filter of lemmas rules out "Nairobi" (the list has no "Nairobis"), never a lemma
    another word has ("Nacht" of "Nächte"); words looked up otherwise than as written are
    told apart."""
    lexicon = Lexicon()
    assert lexicon.known_lemma("Nächte", "de") == "Nacht"
    assert lexicon.may_be_lemma_of_others("Nacht", "de")
    assert lexicon.known_lemma("Nairobi", "de") == "Nairobi"
    assert not lexicon.may_be_lemma_of_others("Nairobi", "de")
    assert lexicon.reads_apart("Nairobi's", "de") and lexicon.reads_apart("Na\u0308chte", "de")
    assert lexicon.reads_apart("كَتَبَ", "ar") and not lexicon.reads_apart("كتب", "ar")
    assert not lexicon.reads_apart("Nächte", "de")
