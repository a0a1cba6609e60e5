"""A Croatian (and Serbian) decade against the ordinal of its tens: "-e" and "-im" end both
("dvadesete": the twenties, or of the twentieth; "90-im": in the nineties, or with the
ninetieth). The noun after it decides (`lex_attrs.DECADE_ORDINAL_ENDINGS`): one the ordinal
agrees with makes it the ordinal; a year word, a function word or nothing leaves the decade.
The sentences are the team's own writing."""

from __future__ import annotations

import pytest

from checker.context import CheckContext
from checker.facts.numeric import analyse
from checker.model import SegmentPair
from checker.pipeline import check_pair

RUN = CheckContext()


def _errors(reference: str, version: str, lang: str = "hr") -> list[str]:
    pair = SegmentPair("t", "en", reference, lang, version)
    return [f.message for f in check_pair(pair, RUN) if f.severity == "error"]


@pytest.mark.parametrize(("lang", "text", "decade"), [
    ("hr", "Devedesete su bile teške godine za cijelu regiju.", "1990"),
    ("hr", "Devedesete godine donijele su rat i izbjeglištvo.", "1990"),
    ("hr", "Devedesete, godine rata, nisu zaboravljene.", "1990"),
    ("hr", "Tvornica je zatvorena devedesetih.", "1990"),
    ("hr", "U osamdesetima je grad imao dvostruko više stanovnika.", "1980"),
    ("hr", "U sedamdesetim godinama luka je bila puna brodova.", "1970"),
    ("hr", "U sedamdesetim je luka bila puna brodova.", "1970"),
    ("hr", "Tijekom 90-ih mnogi su otišli u inozemstvo.", "1990"),
    ("hr", "U 80-ima je most bio zatvoren.", "1980"),
    ("hr", "U 80-im godinama most je bio zatvoren.", "1980"),
    ("hr", "Šezdesete su mu ostale u sjećanju.", "1960"),
    ("hr", "Devedesete je proveo u Kanadi.", "1990"),
    ("hr", "Devedesete pamti kao najteže godine.", "1990"),
    ("hr", "Osamdesete opisuje kao doba nade.", "1980"),
    ("hr", "Cijene su rasle od 1990-ih.", "1990"),
    ("sr", "Devedesete su bile teške godine za celu regiju.", "1990"),
    ("sr", "Деведесете су биле тешке године за цео регион.", "1990"),
    ("sr", "У 80-им годинама мост је био затворен.", "1980"),
])
def test_a_decade_stays_a_decade(lang, text, decade):
    facts = analyse(text, lang)
    assert [(f.kind, f.value) for f in facts if f.category == "date"] == [("decade", decade)]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("hr", "Proslava dvadesete obljetnice bila je skromna.", 20),
    ("hr", "Dobio je sat s dvadesetim rođendanom.", 20),
    ("hr", "Gol je pao početkom dvadesete minute.", 20),
    ("hr", "Proslava 20-e obljetnice okupila je mnoge goste.", 20),
    ("hr", "S 30-im rođendanom stigao je i prvi naslov.", 30),
    ("sr", "Proslava dvadesete godišnjice bila je skromna.", 20),
    ("sr", "Прослава двадесете годишњице била је скромна.", 20),
])
def test_the_ordinal_of_a_tens_is_no_decade(lang, text, value):
    facts = analyse(text, lang)
    assert not [f for f in facts if f.kind == "decade"]
    assert [f.value for f in facts if f.category == "number"] == [value]


@pytest.mark.parametrize(("english", "version", "drift"), [
    ("The celebration of the 20th anniversary was modest.",
     "Proslava dvadesete obljetnice bila je skromna.", ("20th", "30th")),
    ("The celebration of the 20th anniversary was modest.",
     "Proslava 20-e obljetnice bila je skromna.", ("20th", "40th")),
    ("He got a watch for his 20th birthday.",
     "Dobio je sat s dvadesetim rođendanom.", ("20th", "30th")),
    ("The city grew fast in the 1990s.", "Grad je brzo rastao u 90-im godinama.",
     ("1990s", "1980s")),
    ("The city grew fast in the 1990s.", "Grad je brzo rastao u 90-ima.", ("1990s", "1970s")),
    ("The nineties were hard years.", "Devedesete su bile teške godine.",
     ("nineties", "eighties")),
    ("The port was busy in the seventies.", "U sedamdesetim je luka bila puna.",
     ("seventies", "sixties")),
])
def test_faithful_pair_is_clean_and_its_drifted_twin_an_error(english, version, drift):
    assert _errors(english, version) == []
    old, new = drift
    assert old in english
    assert _errors(english.replace(old, new, 1), version) != []


# A verb after the decade ends like the nouns the ordinal agrees with ("pamte", "počne"):
# the word list's lemma, an infinitive, says it is no noun.
@pytest.mark.parametrize(("lang", "english", "version", "drift"), [
    ("hr", "The nineties remember many wars.", "Devedesete pamte mnoge ratove.",
     ("nineties", "eighties")),
    ("hr", "The seventies bring new music to the radio.",
     "Sedamdesete donose novu glazbu na radio.", ("seventies", "sixties")),
    ("hr", "The eighties remain the town's best years.",
     "Osamdesete ostanu najbolje godine grada.", ("eighties", "nineties")),
    ("sr", "The nineties remember every flood of the river.",
     "Devedesete pamte svaku poplavu reke.", ("nineties", "seventies")),
    ("sr", "The nineties remember every flood of the river.",
     "Деведесете памте сваку поплаву реке.", ("nineties", "sixties")),
])
def test_a_decade_before_a_verb_is_a_decade(lang, english, version, drift):
    def findings(reference: str, severity: str) -> list[str]:
        pair = SegmentPair("t", "en", reference, lang, version)
        return [f.message for f in check_pair(pair, RUN)
                if f.severity == severity and f.category in ("number", "date")]

    assert [f.kind for f in analyse(version, lang) if f.category == "date"] == ["decade"]
    assert findings(english, "error") == [] and findings(english, "warning") == []
    old, new = drift
    assert findings(english.replace(old, new, 1), "error") != []
