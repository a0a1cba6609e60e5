"""Runs of sound characters that are names (checker/sound_runs.py)."""

from checker.sound_runs import sound_runs
from checker.transcription import heard_in


def test_runs_of_transcription_characters_are_names():
    text = "约翰·史密斯和特朗普见面。"  # John Smith met Trump
    runs = [text[s:e] for s, e in sound_runs(text, "zh")]
    assert runs == ["约翰·史密斯", "特朗普"]
    assert heard_in("约翰·史密斯", "zh", "John Smith met him.", "en")
    assert not heard_in("约翰·史密斯", "zh", "Peter Brown met him.", "en")


def test_sound_characters_before_a_word_for_a_place_are_a_name():
    text = "他们去了马略卡岛度假。"  # they went on holiday to Mallorca (the island)
    assert [text[s:e] for s, e in sound_runs(text, "zh")] == ["马略卡"]


def test_sound_characters_beside_a_title_or_a_speech_verb_are_a_name():
    # No character of the name (an invented one, bo-la) is a mark of a name's sound; the
    # title before it, or the verb "said" after it, says it is a person's name.
    text = "总统波拉说。"
    assert [text[s:e] for s, e in sound_runs(text, "zh")] == ["波拉"]
    text = "昨天波拉表示同意。"
    assert [text[s:e] for s, e in sound_runs(text, "zh")] == ["波拉"]
    # A pronoun and an adverb before "said" are no name ("he once said").
    assert sound_runs("他曾表示同意。", "zh") == []


def test_sound_characters_that_end_one_word_and_start_the_next_are_no_name():
    # "参加奥运会" (took part in the Olympics): jia-ao is the end of one word of the
    # language's phrase table and the start of the next, no name. A name beside them stays.
    text = "她去年参加奥运会时只有十六岁。"
    assert sound_runs(text, "zh") == []
    text = "斯密斯去年参加奥运会。"
    assert [text[s:e] for s, e in sound_runs(text, "zh")] == ["斯密斯"]


def test_a_function_word_ending_the_word_before_is_no_part_of_the_name():
    # "worked for McKinsey": 于 ends "受雇于"; "went to Naples": 那 starts the name's word.
    text = "他受雇于麦肯锡公司。"
    assert [text[s:e] for s, e in sound_runs(text, "zh")] == ["麦肯锡"]
    text = "我们去了那不勒斯。"  # the gazetteer's Naples, never cut to "不勒斯"
    assert "不勒斯" not in [text[s:e] for s, e in sound_runs(text, "zh")]


def test_traditional_sound_characters_after_a_traditional_title_are_a_name():
    text = "法國總統馬克宏表示同意。"  # French President Macron agreed (Taiwan's spelling)
    assert [text[s:e] for s, e in sound_runs(text, "zh")] == ["馬克宏"]
    assert heard_in("馬克宏", "zh", "French President Macron agreed.", "en")


def test_a_sound_name_is_heard_in_an_english_plural():
    assert heard_in("奥斯卡", "zh", "The film won best picture at the Oscars.", "en")
    assert not heard_in("奥斯卡", "zh", "The film won best picture at the Golden Globes.", "en")
