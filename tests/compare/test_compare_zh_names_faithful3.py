"""Chinese news sentences with faithful English translations, third round of issue 11
(tests/data/zh_names_faithful3.tsv, the team's own writing, from no evaluation set): kinds
of names the first two sets did not show. One-character short forms run together
("中巴经济走廊" China-Pakistan, "巴以冲突", "美墨加", "粤港澳", "京津冀", "青藏高原"): a
character that shorts several places names any of them (checker/lang/zh/places.py
SHORT_FORMS); a name that is also such a compound is found by either reading ("中非" is
CLDR's Middle Africa, and China and Africa in "中非合作论坛": checker/facts/short_forms.py
compound_concepts). Also demonyms and a country's side, titles glued to surnames,
foreigners known by a Chinese name (no sound to hear: at most a note), companies, media,
sights, dynasties and festivals by meaning, Southeast Asian and Cantonese romanisations,
minority names, old postal romanisations ("Peking": checker/lang/en/places.py), foreign
places by meaning, a city named like its country, a surname against a full name; a
translator's explicitations (国务院 China's State Council, 驻美大使: places.IMPLIED_PLACES);
a landform jieba tags as a place (三角洲 delta: names.SEGMENTER_COMMON_WORDS) is no name,
nor a GeoNames city (it was read as Delta, Canada, and paired with China: an error).

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

_DATA = Path(__file__).resolve().parents[1] / "data" / "zh_names_faithful3.tsv"
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
    "abbr_hu_index", "bookmark_journal_lancet", "club_barca", "club_bucks", "club_heat_lakers",
    "cn_name_bethune", "cn_name_fairbank", "cn_name_patten", "cn_name_vogel", "co_google",
    "co_shell_bp", "cty_jp_us_kr", "cty_saudi_iran", "dem_tw_side", "expl_country_added",
    "foreign_gold_coast", "foreign_iceland", "foreign_salt_lake", "geo_everest", "hist_tang",
    "hk_henry_fok", "hk_run_run_shaw", "hk_stanley_ho", "id_ahok", "impl_province_city",
    "min_yanbian", "my_anthony_loke", "old_tsingtao", "short_starmer_full", "two_unheard_hk",
    "two_unheard_jp_kr", "two_unheard_vn_cn", "vn_vo_nguyen_giap",
}
KNOWN_DRIFT_MISSES = {
    "abbr_chuanyu", "abbr_gba", "abbr_hu_index", "abbr_jinghu_rail", "abbr_jingjinji",
    "abbr_lu_license", "abbr_yangtze_delta", "bookmark_law", "bookmark_tv_show", "cityctry_both",
    "club_evergrande", "club_heat_lakers", "club_inter", "cn_name_maclehose", "co_apple_meaning",
    "co_bmw_benz", "co_china_mobile", "co_honda_nissan", "co_icbc", "co_jpmorgan", "co_kfc",
    "co_pfizer", "co_pg_unilever", "co_sinopec", "co_walmart_carrefour", "cty_india_pak",
    "dem_chinese_people", "dem_germans", "dem_hongkongers", "dem_korean_media", "dem_us_chinese",
    "expl_county_city", "expl_hk_island", "expl_mainland_china_tw", "expl_metro_city",
    "expl_province_added", "expl_spring_city", "fest_dragon_boat", "fest_mid_autumn",
    "fest_spring", "foreign_cape_town", "foreign_dead_sea", "foreign_gold_coast",
    "foreign_grand_canyon", "foreign_pearl_harbor", "foreign_red_square", "geo_scs",
    "geo_taklamakan", "geo_tibet_plateau", "hist_qing", "hk_eason", "impl_foreign_ministry",
    "impl_local_capital", "impl_made_in", "impl_pla", "impl_rmb", "media_caixin",
    "media_peoples_daily", "media_scmp", "media_wsj", "min_panchen", "my_lim_guan_eng", "old_amoy",
    "sg_tharman", "short_given_name_hk", "short_putin_full", "site_birds_nest", "site_bund",
    "site_great_wall", "site_huangshan", "site_summer_palace", "site_terracotta", "site_west_lake",
    "th_thaksin", "title_biden_president", "title_ce_hk", "title_glued_general", "title_ms_chen",
    "title_xi_chairman", "vn_pham_minh_chinh",
}
DRIFT_ERRORS = {
    "abbr_zhusanjiao", "acronym_nba_latin", "cityctry_guatemala", "cityctry_kuwait",
    "cityctry_mexico", "cityctry_singapore", "cn_name_bethune", "cn_name_nicholas_burns",
    "cn_name_silver", "co_air_china", "co_cosco", "cty_bayi", "cty_china_africa",
    "cty_china_latam", "cty_cjk", "cty_russia_ukraine", "dem_eu_side", "dem_french_team",
    "dem_national_team", "dem_uk_side", "dem_ukr_forces", "dem_ukr_side", "dem_us_army",
    "dem_us_side", "foreign_cote_divoire", "foreign_iceland", "foreign_montenegro",
    "foreign_salt_lake", "geo_taiwan_strait", "hk_stanley_ho", "impl_chinese_ambassador",
    "media_economist", "media_nyt", "min_uyghur_name", "my_anthony_loke", "old_soochow",
    "pronoun_added_name", "short_macron_full", "short_surname_cn", "short_two_surnames",
    "site_zhangjiajie", "title_dong_chairman", "title_merkel_chancellor", "title_wang_minister",
    "two_unheard_jp_kr", "vn_hcmc",
}


def _marked(keys: list[str], known: set[str]) -> list:
    return [pytest.param(k, marks=pytest.mark.xfail(strict=True)) if k in known else k
            for k in keys]


def test_data_is_well_formed():
    assert len(CASES) >= 150
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
