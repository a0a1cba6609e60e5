# ruff: noqa: E501  (one sentence a line reads best)
"""Places said by their adjectives in Czech and Bulgarian (checker/lang/{cs,bg}/names.py:
DEMONYM_SUFFIXES; places.py: DEMONYMS for the adjectives no ending makes of the country's
name: "irští", "francouzský", "гръцкия", "сръбски"). Our own sentences (none from an
evaluation set): a faithful pair gives no name error, the same pair with one country's
adjective swapped for another's gives one."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair

FAITHFUL = {
    "cs": [
        ("The Greek prime minister met the French president.", "Řecký premiér se setkal s francouzským prezidentem."),
        ("Turkish and Serbian officials signed the deal.", "Turečtí a srbští představitelé podepsali dohodu."),
        ("The Ukrainian army received Swedish tanks.", "Ukrajinská armáda dostala švédské tanky."),
        ("Norwegian and Danish ships took part in the exercise.", "Cvičení se zúčastnily norské a dánské lodě."),
        ("The French, British and American ambassadors left.", "Odjeli francouzský, britský a americký velvyslanec."),
        ("Belgian and Indian diplomats met in Geneva.", "V Ženevě se sešli belgičtí a indičtí diplomaté."),
        ("Irish and Scottish farmers protested.", "Protestovali irští a skotští zemědělci."),
        ("Russia's foreign ministry summoned the Czech ambassador.", "Ruské ministerstvo zahraničí si předvolalo českého velvyslance."),
    ],
    "bg": [
        ("The Greek prime minister met the French president.", "Гръцкият премиер се срещна с френския президент."),
        ("Turkish and Serbian officials signed the deal.", "Турски и сръбски представители подписаха сделката."),
        ("The Ukrainian army received Swedish tanks.", "Украинската армия получи шведски танкове."),
        ("Czech and Slovak companies bid for the contract.", "Чешки и словашки компании участваха в търга."),
        ("Norwegian and Danish ships took part in the exercise.", "Норвежки и датски кораби участваха в учението."),
        ("The Hungarian and Lithuanian ministers disagreed.", "Унгарският и литовският министър не постигнаха съгласие."),
        ("Albanian, Macedonian and Romanian police cooperated.", "Албанската, македонската и румънската полиция си сътрудничиха."),
        ("Russia's foreign ministry summoned the Bulgarian ambassador.", "Руското министерство на външните работи привика българския посланик."),
    ],
}
# (language, English, version with one country's adjective swapped)
SWAPPED = [
    ("cs", "Russia's foreign ministry summoned the Czech ambassador.", "Polské ministerstvo zahraničí si předvolalo českého velvyslance."),
    ("cs", "Germany's chancellor spoke with the Slovak president.", "Rakouský kancléř hovořil se slovenskou prezidentkou."),
    ("bg", "Russia's foreign ministry summoned the Bulgarian ambassador.", "Полското министерство на външните работи привика българския посланик."),
    ("bg", "Germany's chancellor spoke with the Greek prime minister.", "Австрийският канцлер разговаря с гръцкия премиер."),
]


def _name_errors(english: str, lang: str, version: str) -> list:
    pair = SegmentPair("t", "en", english, lang, version)
    return [f for f in check_pair(pair) if f.category == "entity" and f.severity == "error"]


@pytest.mark.parametrize(("lang", "english", "version"),
                         [(lang, e, v) for lang, pairs in FAITHFUL.items() for e, v in pairs])
def test_a_faithful_adjective_gives_no_error(lang: str, english: str, version: str) -> None:
    assert _name_errors(english, lang, version) == []


@pytest.mark.parametrize(("lang", "english", "version"), SWAPPED)
def test_another_country_s_adjective_is_an_error(lang: str, english: str, version: str) -> None:
    assert _name_errors(english, lang, version) != []
