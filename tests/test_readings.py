"""Every reading of a character (checker/readings.py)."""

from checker.readings import phrases, readings


def test_every_reading_without_tones():
    assert set(readings("重", "zh")) >= {"zhong", "chong"}
    assert readings("吕", "zh") == ("lu",)  # English writes u for ü


def test_traditional_characters_are_read_too():
    assert "chang" in readings("長", "zh-Hant")


def test_a_language_without_a_table_reads_one_reading():
    assert readings("ト", "ja") == ("to",)
    assert readings("。", "zh") == ()


def test_words_of_the_table_of_readings():
    assert "参加" in phrases("zh")  # take part
    assert phrases("en") == frozenset()
