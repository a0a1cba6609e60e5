"""Chinese news sentences with faithful English translations, second round of issue 11
(tests/data/zh_names_faithful2.tsv, the team's own writing, from no evaluation set): the
kinds of names the first set (test_compare_zh_names_faithful.py) did not stress.
Traditional characters of Taiwan and Hong Kong outlets (德國, 梵蒂岡: CLDR's Traditional
names, checker/glossary/cldr_tables.py), 华 for China in compounds (在华, 中华航空:
places.IMPLIED_PLACES), Japanese names in kanji, brands, clubs, universities and
hospitals, historical and religious figures, titles in 《》, addresses, ships, storms,
operations, laws, titles and pronouns for names, nicknames, Latin letters in Chinese; a
foreign name joined by "·" (马可·波罗), an English plural ("the Oscars"), a sound name
with a word of its kind (宾夕法尼亚大学), a sound name after "于" (受雇于麦肯锡).

No faithful pair may get an entity error. The pairs that still get a finding of lower
severity, and the twins (one name of the English replaced by another of its kind) that
get none, are listed as strict expected failures: a fix shows up as one. The twins
reported as errors must stay errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.context import CheckContext
from checker.model import Finding, SegmentPair
from checker.pipeline import check_pair

_DATA = Path(__file__).resolve().parents[1] / "data" / "zh_names_faithful2.tsv"
CASES = {
    row[0]: tuple(row[1:])
    for row in (line.split("\t") for line in _DATA.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#"))
}
_CONTEXT = CheckContext()


def name_findings(source: str, translation: str) -> list[Finding]:
    pair = SegmentPair("zh-names", "zh", source, "en", translation)
    return [f for f in check_pair(pair, _CONTEXT) if f.category in ("entity", "term")]


KNOWN_FINDINGS = {
    "addr_london", "co_nestle", "co_starbucks", "cult_louvre", "hist_cleopatra", "hist_lincoln",
    "hk_ho_iat_seng", "hk_rthk", "iphone_india", "jp_ghibli", "jp_uniqlo", "law_ira",
    "nba_finals", "nickname_king_james", "rel_kumbh", "rel_leo", "sci_cern", "sci_nasa_artemis",
    "ship_liaoning", "sp_psg", "sp_real_madrid", "sp_tw_baseball", "storm_doksuri",
    "title_only_king", "tw_ntu_hospital", "uni_harvard",
}
KNOWN_DRIFT_MISSES = {
    "addr_beijing_haidian", "addr_ny_queens", "addr_shanghai", "addr_tw_xinyi", "biz_nasdaq",
    "co_boeing", "co_byd", "co_coca_cola", "co_gm_detroit", "co_ikea", "co_mcdonalds",
    "co_microsoft_openai", "co_nvidia_tw", "co_pinduoduo_temu", "co_tencent_wechat",
    "co_tiktok_bytedance", "court_icc", "cult_beatles", "cult_cannes", "deepseek_hz",
    "hist_confucius", "hist_deng", "hist_gandhi_salt", "hist_li_bai", "hk_address", "hk_cuhk",
    "hk_hku", "hk_lkf", "hk_mtr", "hk_typhoon", "jp_kanji_pm", "jp_kyoto_temple",
    "jp_mount_fuji", "jp_nhk", "jp_nintendo_kyoto", "jp_noto", "jp_ohtani_dodgers",
    "jp_osaka_kansai", "jp_sakamoto", "jp_shinkansen", "jp_sumo", "jp_tanaka_kakuei",
    "jp_uniqlo", "jp_yasukuni", "jp_yokohama", "law_chips_act", "law_gdpr",
    "local_chengdu_panda", "local_zibo_bbq", "nickname_flying_fish", "op_overlord",
    "pol_syria_sharaa", "rel_dalai", "rel_mazu", "rel_pope_francis", "rel_potala",
    "rel_ramadan_mecca", "rel_shaolin", "sci_chang_e", "sci_shenzhou", "ship_titanic",
    "sp_guoan", "sp_juventus", "sp_nba_warriors", "sp_nfl", "sp_tour_de_france", "sp_yankees",
    "storm_yagi", "title_avatar", "title_black_myth", "title_book_hk", "title_dream_red",
    "title_ne_zha", "title_oppenheimer", "tw_cheng_li_wun", "tw_china_airlines", "tw_hsinchu",
    "tw_kaohsiung_mayor", "tw_ketagalan", "tw_legislature_han", "tw_penghu", "tw_sun_moon",
    "tw_typhoon", "tw_yushan", "uni_fudan", "uni_oxford", "uni_stanford",
    "uni_west_china",
}
DRIFT_ERRORS = {
    "addr_guangzhou", "addr_london", "biz_meituan", "biz_tsmc_arizona", "co_airbus_tianjin",
    "co_hsbc", "co_volkswagen", "cop29_baku", "court_shanghai", "cult_palace_museum",
    "emperor_title", "g20_rio", "hist_mao", "hist_napoleon", "hk_cathay", "jp_nagasaki",
    "jp_nagoya", "jp_tokyo_gov", "kr_squid_game", "law_ai_act", "law_ira",
    "local_guizhou_village", "local_harbin_ice", "nba_finals", "pol_eu_vdl",
    "pol_un_guterres_title", "rel_buddha", "rel_jerusalem", "rel_leo", "rel_notre_dame",
    "same_person_twice", "sci_cern", "ship_ever_given", "ship_xuelong", "sp_bayern", "sp_fifa",
    "sp_la_liga", "storm_katrina", "storm_milton", "title_chancellor", "title_harry_potter",
    "trad_newyork",
}


def _marked(keys: list[str], known: set[str]) -> list:
    return [pytest.param(k, marks=pytest.mark.xfail(strict=True)) if k in known else k
            for k in keys]


def test_data_is_well_formed():
    assert len(CASES) >= 200
    assert all(len(case) == 3 and all(case) for case in CASES.values())
    assert set(CASES) >= KNOWN_FINDINGS | KNOWN_DRIFT_MISSES | DRIFT_ERRORS


@pytest.mark.parametrize("case", sorted(CASES))
def test_faithful_pair_gets_no_entity_error(case):
    source, faithful, _ = CASES[case]
    assert [f.message for f in name_findings(source, faithful) if f.severity == "error"] == []


@pytest.mark.parametrize("case", _marked(sorted(CASES), KNOWN_FINDINGS))
def test_faithful_pair_gets_no_finding(case):
    source, faithful, _ = CASES[case]
    assert [f.message for f in name_findings(source, faithful)] == []


@pytest.mark.parametrize("case", _marked(sorted(CASES), KNOWN_DRIFT_MISSES))
def test_drifted_twin_is_reported(case):
    source, _, drifted = CASES[case]
    assert name_findings(source, drifted)


@pytest.mark.parametrize("case", sorted(DRIFT_ERRORS))
def test_drifted_twin_stays_an_error(case):
    source, _, drifted = CASES[case]
    assert any(f.severity == "error" for f in name_findings(source, drifted))
