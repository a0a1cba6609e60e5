"""Chinese names the data does not list, read from the segmenter's tags (jieba:
checker/segmenter.py, checker/facts/tagged_names.py) with our own news sentences: a Chinese
reference and its English version, faithful (no name finding) and with the name removed
(a finding). Needs jieba (a dependency); skipped where it is not installed."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair

pytest.importorskip("jieba")

# (Chinese reference, faithful English, English with the name removed)
REMOVED = [
    # an untitled person, surname first (the segmenter cuts 周 off 海涛)
    ("这部电影由周海涛执导，他花了三年时间完成拍摄。",
     "The film was directed by Zhou Haitao, who spent three years on the shoot.",
     "The film was directed by a young director, who spent three years on the shoot."),
    ("张丽华和丈夫在杭州开了一家面馆。",
     "Zhang Lihua and her husband opened a noodle shop in Hangzhou.",
     "She and her husband opened a noodle shop in Hangzhou."),
    # a titled person beside a university the version keeps
    ("记者从清华大学获悉，王建国教授将于明年退休。",
     "Reporters learned from Tsinghua University that Professor Wang Jianguo will retire "
     "next year.",
     "Reporters learned from Tsinghua University that the professor will retire next year."),
    # an organisation translated by meaning
    ("代表团周二参观了大英博物馆。",
     "On Tuesday the delegation visited the British Museum.",
     "On Tuesday the delegation visited a museum."),
    # a place translated by meaning
    ("这艘游轮本周将在地中海航行七天。",
     "The cruise ship will sail the Mediterranean for seven days this week.",
     "The cruise ship will sail for seven days this week."),
    # a place written by sound beside a title the version keeps ("Commander" is no name
    # the place may have been translated by)
    ("海军司令周日视察了波罗的海舰队。",
     "On Sunday the Navy Commander inspected the Baltic Fleet.",
     "On Sunday the Navy Commander inspected the fleet."),
    # an agency the version names without the word of its kind ("Xinhua")
    ("据新华社报道，这座大桥将于明年通车。",
     "According to Xinhua, the bridge will open to traffic next year.",
     "According to reports, the bridge will open to traffic next year."),
    # a city of China after a place word, tagged as a place: reported alone
    ("代表团周五在湘潭参观了一家工厂。",
     "On Friday the delegation visited a factory in Xiangtan.",
     "On Friday the delegation visited a factory."),
]


def names_missing(chinese: str, english: str) -> list[str]:
    pair = SegmentPair("own", "zh", chinese, "en", english)
    return [f.message for f in check_pair(pair) if f.category == "entity"]


@pytest.mark.parametrize(("chinese", "faithful", "removed"), REMOVED)
def test_a_faithful_version_gives_no_name_finding(chinese, faithful, removed):
    assert names_missing(chinese, faithful) == []


@pytest.mark.parametrize(("chinese", "faithful", "removed"), REMOVED)
def test_a_removed_name_is_reported(chinese, faithful, removed):
    found = names_missing(chinese, removed)
    assert found and all("missing" in m for m in found), found


@pytest.mark.parametrize("english", [
    "After returning home, he opened a shopping centre in the city.",
    "After he came back, he opened a shopping centre in the city.",
])
def test_common_words_the_segmenter_tags_as_places_are_no_names(english):
    """"回国" (return home), "城市" (city), "商业中心" (shopping centre): the dictionary tags
    them as places or organisations; too short, or no tag we take."""
    assert names_missing("在回国以后，他在城市里开了一家商业中心。", english) == []


def test_a_tagged_person_is_heard_in_no_foreign_name():
    """A Chinese person's name in the version ("金正恩") is no sound of the English
    reference's lost country: the change to another country is still an error."""
    drifted = check_pair(SegmentPair("own", "en", "Kim Jong Un arrived in Tanzania on Sunday.",
                                     "zh", "金正恩周日抵达新加坡。"))
    assert [f.severity for f in drifted if f.kind == "changed"] == ["error"]
    faithful = check_pair(SegmentPair("own", "en", "Kim Jong Un arrived in Singapore on Sunday.",
                                      "zh", "金正恩周日抵达新加坡。"))
    assert [f for f in faithful if f.category == "entity"] == []


def test_a_person_all_of_sound_characters_may_be_a_foreign_name():
    """"查科" starts with a surname but is written by sound (Chaco): not reported when the
    version has the foreign name, still reported when it has none."""
    chinese = "查科表示，比赛将在下周举行。"
    assert names_missing(chinese, "Chaco said the match will be held next week.") == []
    assert names_missing(chinese, "He said the match will be held next week.")


@pytest.mark.parametrize(("chinese", "english"), [
    ("县公安局周一通报了这起交通事故。",
     "The county public security bureau reported the traffic accident on Monday."),
    ("小镇的商业中心周末总是很热闹。", "The town's commercial centre is always busy at weekends."),
])
def test_organisations_made_of_common_words_are_no_names(chinese, english):
    """The dictionary tags "公安局" and "商业中心" as organisations; each is two common
    words of it ("公安" + "局"): translated word by word, no name."""
    assert names_missing(chinese, english) == []


def test_a_common_word_the_dictionary_tags_as_a_person_is_no_name():
    """"钟声" (a bell's sound) starts with the surname 钟 and is listed as a person's name:
    two characters the dictionary lists are no person of ours."""
    assert names_missing("午夜的钟声响起时，广场上的人群开始欢呼。",
                         "When the midnight bells rang, the crowd in the square began to "
                         "cheer.") == []
