"""Chinese names the English writes otherwise than by the pinyin of their characters: persons
(checker/compare/own_surnames.py), Wade-Giles readings (zh READING_RESPELLINGS), a country
in a chain of places (checker/compare/implied_countries.py) and "New" before a place of
the data (en NEW_PLACE_WORDS). Sentences are the team's own writing; each faithful pair
has a drifted twin (another person or place of the same kind) that is still reported."""

from __future__ import annotations

import pytest

from checker.compare.own_surnames import named_by_surname
from checker.facts import entities
from checker.model import Fact, SegmentPair
from checker.pipeline import check_pair
from checker.readings import of_syllables, spellings


def _person(text: str) -> Fact:
    return Fact("entity", text, text, 0, len(text), kind="person")


def _name(text: str) -> Fact:
    return Fact("entity", text, text.lower(), 0, len(text), kind="name")


@pytest.mark.parametrize(("person", "name", "same"), [
    ("黄循财", "Prime Minister Lawrence Wong", True),  # Cantonese surname, English name
    ("黄循财", "Prime Minister Lee Hsien Loong", False),
    ("刘德华", "Andy Lau", True),
    ("刘德华", "Jacky Cheung", False),
    ("李强", "Li", True),  # the surname alone in a second mention
    ("李强", "Li Keqiang", False),  # a given name in pinyin that is not 强's
    ("张一鸣", "Yiming Zhang", True),  # the given name first
    ("张一鸣", "Yiming Wang", False),
    ("黄仁勋", "Jensen Huang", True),
    ("金正恩", "Kim Jong Un", True),  # a Korean name read in Korean
    ("金正恩", "Moon Jae-in", False),
    ("蒋介石", "Chiang Kai-shek", True),
])
def test_person_named_by_surname(person, name, same):
    assert named_by_surname(_person(person), "zh", _name(name), "en") is same


def test_wade_giles_spellings_and_pinyin_syllables():
    assert "tsai" in spellings("蔡", "zh") and "hsin" in spellings("新", "zh")
    assert "chung" in spellings("中", "zh") and "kuo" in spellings("国", "zh")
    assert of_syllables("keqiang", "zh") and not of_syllables("lawrence", "zh")


def _entity_findings(source: str, translation: str) -> list[tuple[str, str]]:
    pair = SegmentPair("own", "zh", source, "en", translation)
    return [(f.severity, f.message) for f in check_pair(pair) if f.category == "entity"]


@pytest.mark.parametrize(("source", "faithful", "drifted"), [
    (
        "美国得克萨斯州休斯敦市遭到飓风袭击。",
        "Houston, Texas, was hit by a hurricane.",
        "Monterrey, Nuevo Leon, was hit by a hurricane.",
    ),
    (
        "加拿大安大略省多伦多市长宣布实施紧急状态。",
        "The mayor of Toronto, Ontario, declared a state of emergency.",
        "The mayor of Chicago, Illinois, declared a state of emergency.",
    ),
])
def test_country_left_to_a_place_inside_it(source, faithful, drifted):
    assert _entity_findings(source, faithful) == []
    assert any(severity == "error" for severity, _ in _entity_findings(source, drifted))


def test_new_before_a_place_names_another_place():
    found = [(f.text, f.kind) for f in entities.extract("The mayor of New Taipei said.", "en")]
    assert found == [("New Taipei", "name")]
    source = "新北市市長侯友宜在板橋視察防汛工作。"
    assert _entity_findings(source, "New Taipei Mayor Hou You-yi inspected flood prevention "
                                    "work in Banqiao.") == []
    drifted = _entity_findings(source, "Taipei Mayor Hou You-yi inspected flood prevention "
                                       "work in Banqiao.")
    assert ("error", "name changed: 新北市 -> Taipei") in drifted


def test_person_in_another_romanisation_and_a_replaced_one():
    source = "新加坡总理黄循财宣布提前举行大选。"
    assert _entity_findings(source, "Singaporean Prime Minister Lawrence Wong announced an "
                                    "early general election.") == []
    assert _entity_findings(source, "Singaporean Prime Minister Lee Hsien Loong announced "
                                    "an early general election.")


@pytest.mark.parametrize(("source", "faithful", "drifted"), [
    (
        "内蒙古呼和浩特市的气温降至零下三十度。",
        "The temperature in Hohhot, Inner Mongolia, fell to minus 30 degrees.",
        "The temperature in Hohhot, Tibet, fell to minus 30 degrees.",
    ),
    (
        "西藏自治区首府拉萨迎来了今年第一批国际游客。",
        "Lhasa, capital of the Tibet Autonomous Region, welcomed its first foreign tourists.",
        "Lhasa, capital of Inner Mongolia, welcomed its first foreign tourists.",
    ),
    (
        "教皇方济各在梵蒂冈圣彼得广场主持了复活节弥撒。",
        "Pope Francis celebrated Easter Mass in St Peter's Square at the Vatican.",
        "Pope Francis celebrated Easter Mass in St Peter's Square in Rome.",
    ),
])
def test_places_english_names_otherwise(source, faithful, drifted):
    assert _entity_findings(source, faithful) == []
    assert any(severity == "error" for severity, _ in _entity_findings(source, drifted))


@pytest.mark.parametrize(("text", "found"), [
    ("He flew to New Mexico on Sunday.", [("New Mexico", "name")]),
    ("New Russia sanctions were announced on Friday.", [("Russia", "concept")]),  # headline
    ("New US sanctions hit Iran.", [("US", "concept"), ("Iran", "concept")]),
])
def test_new_before_a_place_only_as_a_name(text, found):
    assert [(f.text, f.kind) for f in entities.extract(text, "en")] == found
