"""Other languages' readings of Chinese characters (checker/other_readings.py): a Japanese,
Korean or Vietnamese name in characters is read as English writes it, and two people's
names never read alike. Names here are the team's own examples of public figures."""

from __future__ import annotations

import pytest

from checker.other_readings import (
    family_read_apart,
    fold,
    heard_by_tables,
    read_by_tables,
    unheard_name_of_tables,
)

# (characters, English name) of people of each origin.
PEOPLE = {
    "ja": [("岸田文雄", "Fumio Kishida"), ("安倍晋三", "Shinzo Abe"), ("菅义伟", "Yoshihide Suga"),
           ("石破茂", "Shigeru Ishiba"), ("河野太郎", "Taro Kono"), ("小池百合子", "Yuriko Koike"),
           ("村上春树", "Haruki Murakami"), ("大谷翔平", "Shohei Ohtani"),
           ("羽生结弦", "Yuzuru Hanyu"), ("宫崎骏", "Hayao Miyazaki"), ("植田和男", "Kazuo Ueda"),
           ("小泉纯一郎", "Junichiro Koizumi"), ("野田佳彦", "Yoshihiko Noda"),
           ("高市早苗", "Sanae Takaichi"), ("林芳正", "Yoshimasa Hayashi")],
    "ko": [("文在寅", "Moon Jae-in"), ("尹锡悦", "Yoon Suk-yeol"), ("李在明", "Lee Jae-myung"),
           ("朴槿惠", "Park Geun-hye"), ("金正恩", "Kim Jong-un"), ("李明博", "Lee Myung-bak"),
           ("卢武铉", "Roh Moo-hyun"), ("金大中", "Kim Dae-jung"), ("潘基文", "Ban Ki-moon"),
           ("孙兴慜", "Son Heung-min"), ("韩德洙", "Han Duck-soo"), ("金泳三", "Kim Young-sam"),
           ("李洛渊", "Lee Nak-yon"), ("吴世勋", "Oh Se-hoon"), ("奉俊昊", "Bong Joon-ho")],
    "vi": [("阮富仲", "Nguyen Phu Trong"), ("范明政", "Pham Minh Chinh"), ("苏林", "To Lam"),
           ("武文赏", "Vo Van Thuong"), ("阮春福", "Nguyen Xuan Phuc"),
           ("王廷惠", "Vuong Dinh Hue"), ("胡志明", "Ho Chi Minh"), ("武元甲", "Vo Nguyen Giap"),
           ("阮晋勇", "Nguyen Tan Dung"), ("陈大光", "Tran Dai Quang"),
           ("裴青山", "Bui Thanh Son"), ("潘文凯", "Phan Van Khai")],
}
ALL = [person for people in PEOPLE.values() for person in people]


def test_fold_drops_long_vowels_and_marks():
    assert fold("Ōhtani") == fold("Otani") == "otani"
    assert fold("Satou") == "sato"
    assert fold("Nguyễn Phú Trọng") == "nguyenphutrong"
    assert fold("Jae-in") == "jaein"


@pytest.mark.parametrize(("chars", "english"), ALL)
def test_each_name_is_read_in_its_own_language(chars, english):
    assert read_by_tables(chars, f"{english} said on Monday.", "zh")


@pytest.mark.parametrize(("chars", "english"), ALL)
def test_no_other_persons_name_is_read(chars, english):
    """Precision: every name of the list against every other person's English name."""
    for other_chars, other in ALL:
        if other_chars != chars:
            assert not read_by_tables(chars, f"{other} said on Monday.", "zh"), other


def test_a_japanese_family_name_last_in_english():
    assert read_by_tables("岸田文雄", "Prime Minister Fumio Kishida", "zh")
    assert read_by_tables("岸田文雄", "Prime Minister Kishida Fumio", "zh")


def test_a_name_cut_short_before_is_read_from_its_end():
    # "首相岸田文雄": the surname list lacks 岸, and the name found is 田文雄.
    assert read_by_tables("田文雄", "Prime Minister Fumio Kishida", "zh")
    assert not read_by_tables("田文雄", "Prime Minister Yoshihide Suga", "zh")


def test_a_latin_word_heard_in_the_characters():
    text = "日本首相岸田文雄周二会见了美国国务卿。"
    assert heard_by_tables("Kishida", text, "zh")
    assert heard_by_tables("Fumio", text, "zh")
    assert not heard_by_tables("Suga", text, "zh")
    # One character read alone only for a reading of four letters or more.
    assert heard_by_tables("Park", "朴槿惠", "zh")
    assert not heard_by_tables("Kim", "金融市场", "zh")


def test_another_persons_family_name_is_apart():
    assert family_read_apart("文在寅", ["Yoon", "Suk-yeol"], "zh")
    assert not family_read_apart("文在寅", ["Moon", "Hee-sang"], "zh")  # same family name
    assert not family_read_apart("文在寅", ["Mun", "Jae-in"], "zh")  # another spelling


def test_an_unheard_name_of_a_table_beside_another_such_name():
    assert unheard_name_of_tables("Yoshihide Suga", "en", "安倍晋三曾两度出任日本首相。", "zh")
    assert unheard_name_of_tables("Lee Jae-myung", "en", "尹锡悦表示将继续推进改革。", "zh")
    # A Western name is read by no table; a text naming nobody a table reads.
    assert not unheard_name_of_tables("Emmanuel Macron", "en", "安倍晋三曾两度出任日本首相。", "zh")
    assert not unheard_name_of_tables("Yoshihide Suga", "en", "会议周二在北京举行。", "zh")
