"""Places and people in Polish and Italian news sentences.

Our own sentences (none from an evaluation set), as a newsroom translator writes them:
Polish inflects places and people in every case ("w Warszawie", "do Krakowa", "we
Francji", "na Węgrzech", "z Niemiec", "w Pradze", "z premierem Tuskiem"); Italian names
places with articles and prepositions ("negli Stati Uniti", "dell'Italia") and countries by
their adjectives ("francesi"). A faithful pair gives no name error; the same pair with a
place or a titled person swapped on the English side gives one."""

from __future__ import annotations

import pytest

from checker.model import Finding, SegmentPair
from checker.pipeline import check_pair
from checker.translit import key, stems

# (key, English, version, English name swapped, its replacement)
POLISH = [
    ("warsaw", "The president met the German chancellor in Warsaw on Tuesday.",
     "Prezydent spotkał się we wtorek w Warszawie z kanclerzem Niemiec.", "Warsaw", "Krakow"),
    ("krakow", "The delegation flew from Berlin to Krakow.",
     "Delegacja poleciała z Berlina do Krakowa.", "Berlin", "Munich"),
    ("france", "Farmers in France protested against imports from Ukraine.",
     "Rolnicy we Francji protestowali przeciwko importowi z Ukrainy.", "France", "Spain"),
    ("greece", "The minister travelled to Italy and then to Greece.",
     "Minister pojechał do Włoch, a następnie do Grecji.", "Greece", "Turkey"),
    ("us", "Exports to the United States rose by 4%.",
     "Eksport do Stanów Zjednoczonych wzrósł o 4%.", "the United States", "Canada"),
    ("brussels", "Talks with Germany resumed in Brussels.",
     "Rozmowy z Niemcami wznowiono w Brukseli.", "Brussels", "Vienna"),
    ("gdansk", "Prices in Warsaw rose faster than in Gdansk.",
     "Ceny w Warszawie rosły szybciej niż w Gdańsku.", "Gdansk", "Lublin"),
    ("washington", "Andrzej Duda met Joe Biden in Washington.",
     "Andrzej Duda spotkał się z Joe Bidenem w Waszyngtonie.", "Washington", "London"),
    ("prague", "The Czech and Slovak ministers arrived in Prague.",
     "Czeski i słowacki minister przybyli do Pragi.", "Prague", "Budapest"),
    ("norway", "A storm hit Sweden and Norway.",
     "Burza uderzyła w Szwecję i Norwegię.", "Norway", "Finland"),
    ("barcelona", "Robert Lewandowski scored twice for Barcelona.",
     "Robert Lewandowski strzelił dwa gole dla Barcelony.", "Barcelona", "Madrid"),
    ("hungary", "The conference will take place in Hungary, not in Austria.",
     "Konferencja odbędzie się na Węgrzech, a nie w Austrii.", "Hungary", "Romania"),
    ("genitive", "Talks with Germany and Hungary ended without agreement.",
     "Rozmowy z przedstawicielami Niemiec i Węgier zakończyły się bez porozumienia.",
     "Hungary", "Slovakia"),
    ("kyiv", "She studied in Moscow and later in Kyiv.",
     "Studiowała w Moskwie, a później w Kijowie.", "Kyiv", "Minsk"),
    ("rome", "The ambassador returned to Paris from Rome.",
     "Ambasador wrócił do Paryża z Rzymu.", "Rome", "Madrid"),
    ("lodz", "Snow fell in Prague and in Lodz.",
     "Śnieg spadł w Pradze i w Łodzi.", "Lodz", "Poznan"),
    ("syria", "Refugees from Syria and Afghanistan reached Greece.",
     "Uchodźcy z Syrii i Afganistanu dotarli do Grecji.", "Afghanistan", "Iraq"),
    ("premier", "Opposition leaders criticised Prime Minister Tusk.",
     "Liderzy opozycji skrytykowali premiera Tuska.", "Tusk", "Morawiecki"),
    ("president", "Prime Minister Donald Tusk met President Andrzej Duda.",
     "Premier Donald Tusk spotkał się z prezydentem Andrzejem Dudą.",
     "Andrzej Duda", "Karol Nawrocki"),
    ("newyork", "He has lived in New York since 2010.",
     "Od 2010 roku mieszka w Nowym Jorku.", "New York", "Boston"),
    ("czechia", "Workers from Belarus and Slovakia found jobs in the Czech Republic.",
     "Pracownicy z Białorusi i Słowacji znaleźli pracę w Czechach.", "Slovakia", "Slovenia"),
    ("lviv", "The flight from Tel Aviv landed in Lviv.",
     "Samolot z Tel Awiwu wylądował we Lwowie.", "Lviv", "Odesa"),
    ("poznan", "A court in Poznan sentenced Kowalski to two years.",
     "Sąd w Poznaniu skazał Kowalskiego na dwa lata.", "Poznan", "Szczecin"),
    ("katowice", "The train from Wroclaw to Katowice was delayed.",
     "Pociąg z Wrocławia do Katowic był opóźniony.", "Katowice", "Krakow"),
    ("adjective", "The German economy shrank, the French one grew.",
     "Niemiecka gospodarka się skurczyła, a francuska urosła.", "French", "Spanish"),
]
ITALIAN = [
    ("rome", "The prime minister met the German chancellor in Rome on Tuesday.",
     "Martedì la premier ha incontrato a Roma il cancelliere tedesco.", "Rome", "Milan"),
    ("us", "Exports to the United States fell by 3%.",
     "Le esportazioni negli Stati Uniti sono calate del 3%.", "the United States", "Canada"),
    ("paris", "Giorgia Meloni flew to Paris to meet Emmanuel Macron.",
     "Giorgia Meloni è volata a Parigi per incontrare Emmanuel Macron.", "Paris", "Berlin"),
    ("germany", "Exports from Italy to Germany fell.",
     "Le esportazioni dell'Italia verso la Germania sono diminuite.", "Germany", "France"),
    ("genoa", "The team from Naples beat the one from Genoa.",
     "La squadra di Napoli ha battuto quella di Genova.", "Genoa", "Palermo"),
    ("swiss", "Investors in the Netherlands and in Switzerland reacted.",
     "Gli investitori nei Paesi Bassi e in Svizzera hanno reagito.", "Switzerland", "Denmark"),
    ("ukraine", "Ukraine asked the European Union for help.",
     "L'Ucraina ha chiesto aiuto all'Unione europea.", "Ukraine", "Moldova"),
    ("adjective", "French and German ministers met in Brussels.",
     "I ministri francesi e tedeschi si sono riuniti a Bruxelles.", "French", "Spanish"),
    ("premier", "Opposition leaders criticised Prime Minister Meloni.",
     "I leader dell'opposizione hanno criticato la premier Meloni.", "Meloni", "Draghi"),
]
CASES = [("pl", *case) for case in POLISH] + [("it", *case) for case in ITALIAN]
IDS = [f"{lang}-{case[0]}" for lang, *case in CASES]


def name_errors(reference: str, lang: str, version: str) -> list[Finding]:
    pair = SegmentPair("t", "en", reference, lang, version)
    return [f for f in check_pair(pair)
            if f.category in ("entity", "term") and f.severity == "error"]


@pytest.mark.parametrize(("lang", "k", "english", "version", "old", "new"), CASES, ids=IDS)
def test_a_faithful_pair_gives_no_name_error(
        lang: str, k: str, english: str, version: str, old: str, new: str) -> None:
    assert name_errors(english, lang, version) == []


@pytest.mark.parametrize(("lang", "k", "english", "version", "old", "new"), CASES, ids=IDS)
def test_a_name_swapped_on_the_english_side_gives_a_name_error(
        lang: str, k: str, english: str, version: str, old: str, new: str) -> None:
    assert old in english
    assert name_errors(english.replace(old, new, 1), lang, version) != []


@pytest.mark.parametrize(("inflected", "name"), [
    ("Warszawie", "Warszawa"), ("Krakowa", "Kraków"), ("Pradze", "Praga"),
    ("Ameryce", "Ameryka"), ("Niemczech", "Niemcy"), ("Niemiec", "Niemcy"),
    ("Węgrzech", "Węgry"), ("Węgier", "Węgry"), ("Włoszech", "Włochy"),
    ("Francji", "Francja"), ("Poznaniu", "Poznań"), ("Norwegii", "Norwegia"), ("Tuskiem", "Tusk"),
    ("Morawieckiemu", "Morawiecki"), ("Zjednoczonych", "Zjednoczone"),
])
def test_a_polish_inflected_name_shares_a_stem_with_its_nominative(
        inflected: str, name: str) -> None:
    assert set(stems(key(inflected, "pl"), "pl")) & set(stems(key(name, "pl"), "pl"))
