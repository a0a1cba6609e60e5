"""Named facts from each version's own text (checker/facts/entities.py)."""

from pathlib import Path

import pytest

from checker.facts.entities import extract
from checker.glossary import lookup

GLOSSARIES = Path(__file__).resolve().parents[2] / "glossaries"


@pytest.fixture(autouse=True)
def _no_glossaries():
    lookup.use_glossaries(None)
    yield
    lookup.use_glossaries(None)


def names(text: str, lang: str) -> list[tuple[str, object, str]]:
    return [(f.text, f.value, f.kind) for f in extract(text, lang)]


def test_multiword_names_and_acronyms():
    found = names(
        "Psychologist Veronika Stepanova spoke about MMA fighter Alexander Emelianenko.", "en"
    )
    assert ("Veronika Stepanova", "veronika stepanova", "name") in found
    assert ("MMA", "mma", "acronym") in found
    assert ("Alexander Emelianenko", "alexander emelianenko", "name") in found
    assert not any(text == "Psychologist" for text, _, _ in found)  # sentence-initial common word


def test_sentence_initial_common_words_are_not_names():
    assert names("However, the talks went on.", "en") == []
    assert names("Ранее сообщалось, что переговоры продолжатся.", "ru") == []
    assert names("Schließlich wurde die Saison zu Ende gespielt.", "de") == [] or all(
        kind == "common"
        for _, _, kind in names("Schließlich wurde die Saison zu Ende gespielt.", "de")
    )


def test_cldr_country_names_in_any_language_give_one_concept():
    assert ("Allemagne", "cldr:DE", "concept") in names("Il vit en Allemagne.", "fr")
    assert ("Germany", "cldr:DE", "concept") in names("He lives in Germany.", "en")
    ru = names("Дипломатические отношения с Катаром разорвали Саудовская Аравия и Египет.", "ru")
    assert ("Катаром", "cldr:QA", "concept") in ru
    assert ("Саудовская Аравия", "cldr:SA", "concept") in ru


def test_inflected_names_keep_their_key():
    assert names("Sekretari foli në Prishtinën.", "sq")[-1][1] == names("Prishtinë", "sq")[0][
        1
    ] or names("Sekretari foli në Prishtinën.", "sq")[-1][1].startswith("prishtin")
    assert ("Beogradu", "beograd", "name") in names("Sastanak je održan u Beogradu.", "sr")
    assert ("Ankara", "ankara", "name") in names("Yarın Ankara'yı ziyaret edecek.", "tr")
    assert names("Генерални секретар НАТО-а стигао је.", "sr-Cyrl")[-1][1] == "nato"


def test_german_nouns_are_not_names_but_names_are():
    found = names("Die Regierung traf sich mit Markus Söder in Graz.", "de")
    reported = [text for text, _, kind in found if kind != "common"]
    assert "Markus Söder" in reported and "Graz" in reported
    assert "Regierung" not in reported


def test_quoted_titles():
    found = names('Летчики группы "Русские витязи" выступили.', "ru")
    assert any(text == "Русские витязи" for text, _, _ in found)


def test_glossary_terms_give_concept_ids_also_in_arabic():
    lookup.use_glossaries(GLOSSARIES)
    assert ("الناتو", "nato", "concept") in names("قال الأمين العام للحلف إن الناتو مستعد", "ar")
    assert ("Приштини", "pristina", "concept") in names("Састанак у Приштини.", "sr-Cyrl")
    assert ("Priştine'ye", "pristina", "concept") in names(
        "Belgrad'a ve Priştine'ye mesaj.", "tr"
    ) or any(v == "pristina" for _, v, _ in names("Belgrad'a ve Priştine'ye mesaj.", "tr"))
    # "من" ("from") is not Oman: uncased scripts compare the written words, not lossy keys.
    assert names("رسالتنا إلى كل من بلغراد", "ar") == [("بلغراد", "belgrade", "concept")]
