"""Chinese names on the segmenter's word boundaries (round 32): the team's own zh/en news
pairs (tests/data/zh_word_boundaries.tsv, from no evaluation set), each with a drifted twin
(a person, city or country changed on the English side).

- a surname character starting a piece across two words is no person ("马上" at once
  after "发言人": checker/facts/surname_names.py); a place of the language's own the
  segmenter tags as a person is found by a part of its reading ("钱塘江" the Qiantang
  River, "贾汪区" Jiawang district: checker/compare/own_name_starts.py);
- the place list is matched only on word boundaries, and a piece of a longer name written
  by sound is widened to it ("罗马" Rome in "科斯特罗马" Kostroma, "西亚" West Asia in
  "巴伦西亚" Valencia: checker/facts/word_bounds.py); two cities whose transcriptions
  sound alike are two cities ("萨尔茨堡" Salzburg is no "Strasbourg");
- a country's one-character short form before media, companies, capital or a warship
  ("英媒", "日企", "中资", "俄舰": checker/lang/zh/places.py), not across
  a word boundary ("今日企业" today's companies, "精英媒体" elite media, "5日媒体报道");
- a club named by meaning ("枪手" the Gunners) is silenced by a desk's glossary entry.

Faithful pairs get no name finding at all, save those listed; each twin gets one, save
those listed (strict expected failures: a fix shows up as one); the twins listed as
errors must stay errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.context import CheckContext
from checker.facts.entities import extract
from checker.model import Finding, SegmentPair
from checker.pipeline import check_pair

_DATA = Path(__file__).resolve().parents[1] / "data" / "zh_word_boundaries.tsv"
_CONTEXT = CheckContext()
CASES = {row[0]: tuple(row[1:]) for row in (
    line.split("\t") for line in _DATA.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#"))}

# A common word the segmenter's dictionary lists as an organisation ("安全部队" security
# forces: "安全" is tagged an adjectival noun).
KNOWN_FINDINGS = frozenset({"sur_security"})
# Cities of China after no place word ("paired" names are reported only beside another
# name), a Chinese person after a title against another ("王毅" -> "Qin Gang"), clubs by
# meaning, a city of one name among several places ("扎波罗热"), a nationality by its short
# form ("美籍": not in the data, checker/lang/zh/places.py).
KNOWN_DRIFT_MISSES = frozenset({
    "city_hefei", "city_lanzhou", "city_qinhuangdao", "city_wenzhou", "club_gunners",
    "club_lakers", "club_realmadrid", "club_shenhua", "cn_liqiang", "cn_wangyi",
    "own_qiantang", "short_us_citizen", "sur_daytime", "sur_heat", "sur_song_send",
    "tr_zaporizhzhia",
})
DRIFT_ERRORS = frozenset({
    "city_huangshi", "city_maanshan", "own_jiawang", "piece_valencia", "pp_erdogan",
    "prec_salzburg", "prec_valencia_asia", "prec_vilnius_vienna", "short_cn_capital",
    "short_cn_firms", "short_cn_side", "short_day_media", "short_de_firms", "short_de_media",
    "short_fr_army", "short_jp_firms", "short_jp_media", "short_kr_media", "short_kr_side",
    "short_ru_army", "short_ru_side", "short_ru_warship", "short_uk_media", "short_uk_side",
    "short_us_army", "short_us_media", "sur_cao_grass", "sur_degree",
    "sur_fang_square", "sur_gold", "sur_han_cold", "sur_mashang_title", "sur_oil",
    "sur_river", "sur_rule", "sur_soon", "tr_diyarbakir", "tr_gdansk", "tr_izmir",
    "tr_kramatorsk", "tr_krasnodar", "tr_lasvegas", "tr_strasbourg", "tr_stuttgart",
    "tr_telaviv", "tr_trabzon", "tr_vienna", "tr_vladivostok",
})


def name_findings(source: str, translation: str, run: CheckContext = _CONTEXT) -> list[Finding]:
    pair = SegmentPair("zh-bounds", "zh", source, "en", translation)
    return [f for f in check_pair(pair, run) if f.category in ("entity", "term")]


def _cases(known: frozenset[str]) -> list:
    return [pytest.param(case, marks=[pytest.mark.xfail(strict=True)] if case in known else [])
            for case in sorted(CASES)]


def test_data_is_well_formed():
    assert len(CASES) >= 80
    assert all(len(case) == 3 and all(case) for case in CASES.values())
    assert set(CASES) >= KNOWN_FINDINGS | KNOWN_DRIFT_MISSES | DRIFT_ERRORS


@pytest.mark.parametrize("case", _cases(KNOWN_FINDINGS))
def test_faithful_pair_gets_no_name_finding(case):
    source, faithful, _ = CASES[case]
    assert [f.message for f in name_findings(source, faithful)] == []


@pytest.mark.parametrize("case", _cases(KNOWN_DRIFT_MISSES))
def test_drifted_twin_is_reported(case):
    source, _, drifted = CASES[case]
    assert name_findings(source, drifted)


@pytest.mark.parametrize("case", sorted(DRIFT_ERRORS))
def test_drifted_twin_stays_an_error(case):
    source, _, drifted = CASES[case]
    assert any(f.severity == "error" for f in name_findings(source, drifted))


def _names(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in extract(text, "zh", _CONTEXT)]


@pytest.mark.parametrize("text", ["今日企业界代表齐聚一堂。", "精英媒体的影响力正在下降。",
                                  "地方政府将集中资金用于基础设施。", "据5日媒体报道，会谈取消。",
                                  "发言人马上表示将进一步调查。"])
def test_no_name_across_word_boundaries(text):
    assert _names(text) == []


@pytest.mark.parametrize(("text", "name"), [("据英媒报道，首相将改组内阁。", "英媒"),
                                            ("日企在华投资继续扩大。", "日企"),
                                            ("中资银行在非洲设立分行。", "中资"),
                                            ("纳粹德国入侵波兰。", "德国")])
def test_short_forms_and_names_on_word_boundaries(text, name):
    assert (name, "concept") in _names(text)


@pytest.mark.parametrize(("text", "whole"), [("他们抵达了科斯特罗马。", "科斯特罗马"),
                                             ("巴伦西亚遭遇洪水。", "巴伦西亚")])
def test_piece_of_a_sound_name_is_widened_to_it(text, whole):
    assert _names(text) == [(whole, "initial")]


def test_country_before_its_city_stays_a_country():
    assert ("希腊", "concept") in _names("货船抵达希腊比雷埃夫斯港。")


@pytest.mark.parametrize(("zh", "en"), [
    ("克拉斯诺达尔机场恢复了航班。", "Krasnoyarsk airport resumed flights."),
    ("萨尔茨堡音乐节周五开幕。", "The Strasbourg festival opened on Friday."),
    ("代表团从科斯特罗马出发。", "The delegation set off from Rome."),
    ("维尔纽斯的司机举行罢工。", "Drivers in Vienna went on strike."),
])
def test_names_sharing_characters_are_never_matched(zh, en):
    assert name_findings(zh, en)


def test_piece_of_a_longer_place_read_as_its_start():
    from checker.compare.own_name_starts import own_name_part_read

    assert own_name_part_read("宋家", "zh", "near Songjiazhuang station")
    assert own_name_part_read("钱塘江", "zh", "the Qiantang River")
    assert not own_name_part_read("宋家", "zh", "near Songshan station")
    assert not own_name_part_read("马力", "zh", "Malik said")


def test_glossary_entry_silences_a_club_named_by_meaning(tmp_path):
    header = "concept\tpreferred\tallowed\tforbidden\tnote\n"
    (tmp_path / "en.tsv").write_text(header + "chelsea\tChelsea\tthe Blues\t\t\n"
                                     "arsenal\tArsenal\tthe Gunners\t\t\n", encoding="utf-8")
    (tmp_path / "zh.tsv").write_text(header + "chelsea\t切尔西\t蓝军\t\t\n"
                                     "arsenal\t阿森纳\t枪手\t\t\n", encoding="utf-8")
    desk = CheckContext.load(tmp_path)
    source = "枪手客场战平蓝军。"
    assert name_findings(source, "Arsenal drew away at Chelsea.", desk) == []
    drifted = name_findings(source, "Arsenal drew away at Tottenham.", desk)
    assert drifted and all(f.severity != "error" for f in drifted)
