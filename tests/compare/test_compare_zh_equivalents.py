"""Chinese and English naming the same countries in other forms (our own sentences, none
from an evaluation set): a compound of one-character short forms ("中美" China and the US),
a formal name ("美利坚合众国"), a foreign person's name whose parts a middle dot joins and
inside which a country's name can be read ("埃马纽埃尔·佩蒂特": "纽埃" is Niue), a country
inside a longer transcription ("马里兰州" Maryland), a saint's name by sound ("圣马丁"), a
country's name as a first name ("乔丹" Jordan), a capital for its country's government
("Madrid" for "西班牙政府"), Brexit's "脱欧" (leave the EU). Faithful
pairs get no name finding either way round; each has a drifted twin that still gets one."""

from __future__ import annotations

import pytest

from checker.facts.short_forms import implied_concepts
from checker.model import Finding, SegmentPair
from checker.pipeline import check_pair

# (English, faithful Chinese, Chinese with a country or person changed)
PAIRS = {
    "sino_us": (
        "Trade between China and the United States fell by a fifth last year.",
        "去年中美贸易下降了五分之一。",
        "去年中俄贸易下降了五分之一。",
    ),
    "two_countries": (
        "Britain and France will hold joint naval drills in May.",
        "英法两国将于五月举行联合海上演习。",
        "英德两国将于五月举行联合海上演习。",
    ),
    "three_countries": (
        "Japan, South Korea and the United States issued a joint statement.",
        "日韩美发表了联合声明。",
        "日韩俄发表了联合声明。",
    ),
    "uk_eu": (
        "The UK and the EU failed to agree on fishing quotas.",
        "英欧未能就捕鱼配额达成一致。",
        "英俄未能就捕鱼配额达成一致。",
    ),
    "formal_us": (
        "The United States of America declared its independence in 1776.",
        "美利坚合众国于1776年宣布独立。",
        "法兰西共和国于1776年宣布独立。",
    ),
    "joined_name": (
        "Emmanuel Petit signed for the club in the summer.",
        "埃马纽埃尔·佩蒂特在夏天与该俱乐部签约。",
        "埃马纽埃尔·约翰逊在夏天与该俱乐部签约。",
    ),
    "longer_transcription": (
        "The researchers work at a hospital in Baltimore, Maryland.",
        "研究人员在马里兰州巴尔的摩的一家医院工作。",
        "研究人员在马里的一家医院工作。",
    ),
    "saint_church": (
        "The bells of St. Martin's church fell silent.",
        "圣马丁教堂的钟声陷于沉寂。",
        "圣保罗教堂的钟声陷于沉寂。",
    ),
    "country_as_first_name": (
        '"We are still in it," said Jordan Spieth after the round.',
        "乔丹·斯皮思在比赛结束后说：“我们仍有机会。”",
        "罗里·麦克罗伊在比赛结束后说：“我们仍有机会。”",
    ),
    "capital_for_government": (
        "The vote was declared illegal by Madrid.",
        "这次投票被西班牙政府宣布为非法。",
        "这次投票被法国政府宣布为非法。",
    ),
    "capital_for_country": (
        "Pyongyang has rejected the offer in the past.",
        "朝鲜过去曾拒绝这一提议。",
        "韩国过去曾拒绝这一提议。",
    ),
    "leaving_the_eu": (
        "Carmakers fear leaving the EU without a deal.",
        "汽车制造商担心在没有协议的情况下脱欧。",
        "汽车制造商担心在没有协议的情况下脱离北约。",
    ),
    "formal_names": (
        "The Federal Republic of Germany and the People's Republic of China signed the accord.",
        "德意志联邦共和国和中华人民共和国签署了协议。",
        "法兰西共和国和中华人民共和国签署了协议。",
    ),
    "capitals_in_compound": (
        "Beijing and Moscow signed a gas deal.",
        "中俄签署了一项天然气协议。",
        "中乌签署了一项天然气协议。",
    ),
}


def findings(ref: str, ref_lang: str, ver: str, ver_lang: str) -> list[Finding]:
    pair = SegmentPair("own", ref_lang, ref, ver_lang, ver)
    return [f for f in check_pair(pair) if f.category in ("entity", "term")]


@pytest.mark.parametrize("case", sorted(PAIRS))
def test_faithful_pair_has_no_name_finding(case):
    english, chinese, _ = PAIRS[case]
    assert findings(english, "en", chinese, "zh") == []
    assert findings(chinese, "zh", english, "en") == []


@pytest.mark.parametrize("case", sorted(PAIRS))
def test_drifted_twin_is_found(case):
    # Either way round: against Chinese, an English person's name lost is reported from
    # the Chinese side (the English one is not looked for in characters).
    english, _, drifted = PAIRS[case]
    assert findings(english, "en", drifted, "zh") or findings(drifted, "zh", english, "en")


def test_short_forms_count_only_in_compounds():
    assert implied_concepts("中美关系", "zh") == {"cldr:CN", "cldr:US"}
    # A short form alone is a common character ("美丽" beautiful).
    assert implied_concepts("这里的风景很美丽。", "zh") == frozenset()
    # "其中美国": among them the United States; 美 starts 美国, 中 ends 其中.
    assert implied_concepts("其中美国的人数最多。", "zh") == frozenset()
    # A character written twice is no compound of two countries.
    assert implied_concepts("美美与共", "zh") == frozenset()


def test_capital_is_no_country_said_by_adjective():
    # The version says Germany by an adjective and has Berlin as itself: a city changed from
    # Baku to Berlin is no capital said for its country.
    english = "German industry criticised the new deal between Baku and Moscow."
    russian = "Немецкие промышленники раскритиковали новую сделку между Берлином и Москвой."
    assert any(f.severity == "error" for f in findings(english, "en", russian, "ru"))
