"""Names written by their sound in Chinese, compared with Latin names (checker/transcription.py)."""

from checker.context import CheckContext
from checker.facts.entities import extract
from checker.model import SegmentPair
from checker.pipeline import check_pair
from checker.transcription import (
    heard_cost,
    heard_in,
    latin_classes,
    latin_name_heard,
)


def test_latin_consonant_classes():
    assert latin_classes("trump") == "TLNP"
    # An r after a vowel and not before one is ʀ (seldom written), a th is Θ.
    assert latin_classes("schumacher") == "SNSʀ"
    assert latin_classes("rutherford") == "LΘʀFʀT"
    # An ʀ allows half as much looseness as another consonant: "Schroeder" is no he-te.
    assert not heard_in("哈特", "zh", "Schroeder came yesterday.", "en")


def test_an_r_after_a_vowel_and_a_th_are_heard_as_a_transcription_writes_them():
    # ka-te (Carter: the r not written), lu-se-fu (Rutherford: th as s, the r's not written).
    assert heard_in("卢瑟福", "zh", "Rutherford came yesterday.", "en")
    assert not heard_in("卢瑟福", "zh", "Rutger came yesterday.", "en")
    assert heard_in("卡特", "zh", "Carter came yesterday.", "en")


def test_a_possessive_ending_is_no_part_of_the_name():
    assert heard_in("亚当·基夫", "zh", "It was Adam Keefe's team.", "en")
    assert not heard_in("亚当·基夫", "zh", "It was Adam Kessler's team.", "en")


def test_a_transcribed_name_is_heard_and_another_is_not():
    text = "昨天默克尔在柏林会见了记者。"  # Merkel met reporters in Berlin yesterday
    assert latin_name_heard("merkel", text, "zh")
    assert not latin_name_heard("hezbollah", text, "zh")


def test_a_chinese_name_is_found_by_its_pinyin():
    assert latin_name_heard("jinping", "习近平主席发表讲话。", "zh")
    assert not latin_name_heard("jinping", "主席发表讲话。", "zh")


def test_latin_words_inside_chinese_text_are_names_wherever_they_stand():
    facts = extract("该地区（Chaco）很大，网站TogiNet播出。", "zh")
    assert [f.text for f in facts] == ["Chaco", "TogiNet"]


def _entity_findings(source: str, target: str) -> list[str]:
    pair = SegmentPair("t", "zh", source, "en", target)
    found = check_pair(pair, CheckContext.load(None))
    return [f.message for f in found if f.category == "entity"]


def test_a_name_changed_in_english_against_chinese_is_reported():
    source = "默克尔昨天会见了记者。"  # Merkel met reporters yesterday
    assert _entity_findings(source, "Merkel met reporters yesterday.") == []
    assert _entity_findings(source, "Hezbollah met reporters yesterday.") != []


def test_an_english_name_for_a_chinese_word_alone_is_no_finding():
    # The Olympic Games are named by their meaning in Chinese: no name is lost there, so
    # the English name is no added name.
    assert _entity_findings("他参加了奥运会。", "He took part in the Olympics.") == []


def test_a_transcribed_name_dropped_from_the_english_is_reported():
    source = "约翰·史密斯昨天会见了记者。"  # John Smith met reporters yesterday
    assert _entity_findings(source, "John Smith met reporters yesterday.") == []
    assert _entity_findings(source, "He met reporters yesterday.") != []


def _japanese_findings(source: str, target: str) -> list[str]:
    pair = SegmentPair("t", "ja", source, "en", target)
    found = check_pair(pair, CheckContext.load(None))
    return [f.message for f in found if f.category == "entity"]


def test_a_katakana_name_is_compared_with_the_latin_name():
    source = "ドナルド・トランプ氏が東京を訪れた。"  # Donald Trump visited Tokyo
    assert _japanese_findings(source, "Donald Trump visited Tokyo.") == []
    assert len(_japanese_findings(source, "Barack Obama visited Tokyo.")) == 2


def test_a_katakana_loanword_is_no_name():
    assert _japanese_findings("彼はコンピューターを買った。", "He bought a computer.") == []


def test_every_reading_of_a_character_is_tried():
    # 重 reads zhong and chong; a place named with the second reading is found.
    assert latin_name_heard("chongqing", "我们明天去重庆。", "zh")  # we go to Chongqing tomorrow
    assert not latin_name_heard("chongqing", "我们明天去成都。", "zh")


def test_a_name_is_heard_in_at_least_as_many_characters_as_it_has_syllables():
    # One character (lin) is no two-syllable name.
    assert not latin_name_heard("arun", "他的邻居来了。", "zh")  # his neighbour came
    assert latin_name_heard("arun", "阿伦来了。", "zh")  # Arun came


def test_a_foreign_name_in_place_of_a_lost_chinese_name_is_added():
    source = "总理李强说，会谈很成功。"  # Premier Li Qiang said the talks went well
    assert _entity_findings(source, "Premier Li Qiang said the talks went well.") == []
    assert _entity_findings(source, "Premier Zbigniewski said the talks went well.") != []


def test_an_unheard_name_alone_is_no_finding():
    # A Japanese name in Chinese characters is read in Japanese, not in pinyin: a name the
    # English spells unlike any reading is no added name while no Chinese name is lost.
    source = "安倍晋三昨天会见了记者。"  # Shinzo Abe met reporters yesterday
    assert _entity_findings(source, "Shinzo Abe met reporters yesterday.") == []


def test_a_name_of_the_english_vocabulary_alone_is_no_finding():
    # Named by its meaning in Chinese (the middle-of-the-land sea): no name is lost.
    assert _entity_findings("他们在地中海游泳。", "They swam in the Mediterranean.") == []


def test_each_part_of_a_transcribed_full_name_is_compared():
    source = "约翰·史密斯昨天会见了记者。"  # John Smith met reporters yesterday
    assert _entity_findings(source, "Peter Smith met reporters yesterday.") != []


def test_a_chinese_name_with_a_title_dropped_from_the_english_is_reported():
    source = "外交部长王建国表示，会谈很成功。"  # Foreign Minister Wang Jianguo: talks went well
    assert _entity_findings(source, "Foreign Minister Wang Jianguo said the talks went well.") == []
    assert _entity_findings(source, "The foreign minister said the talks went well.") != []


def test_a_withheld_given_name_leaves_the_surname_to_compare():
    source = "警方发现张某某昨天离开了。"  # police found that Zhang left yesterday
    assert _entity_findings(source, "Police found that Zhang left yesterday.") == []
    assert _entity_findings(source, "Police found that he left yesterday.") != []


def test_a_latin_name_inside_chinese_is_not_found_by_a_common_english_word():
    source = "节目在网站Kerovo Radio上播出。"  # the show airs on the site Kerovo Radio
    assert _entity_findings(source, "The show airs on the site Kerovo Radio.") == []
    assert _entity_findings(source, "The show airs on a talk radio site.") != []


def test_a_country_short_form_names_the_country():
    source = "美方昨天宣布了新的措施。"  # the US side announced new measures yesterday
    assert _entity_findings(source, "The US announced new measures yesterday.") == []
    assert [f.value for f in extract(source, "zh")] == ["cldr:US"]


def test_a_dotted_country_code_inside_a_longer_name_is_the_country():
    source = "美国渔业局说，水温上升。"  # the US fisheries bureau says the water warms
    assert _entity_findings(source, "The U.S. Fisheries Bureau says the water warms.") == []
    assert _entity_findings(source, "The Fisheries Bureau says the water warms.") != []


def test_a_chinese_province_is_a_place_said_in_pinyin():
    source = "大雨让四川的河流涨水。"  # heavy rain swelled Sichuan's rivers
    assert _entity_findings(source, "Heavy rain swelled the rivers of Sichuan.") == []
    assert _entity_findings(source, "Heavy rain swelled the rivers.") != []
    # Read with the second reading of its first character (zhong/chong).
    assert _entity_findings("重庆下雨了。", "It rained in Chongqing.") == []


def test_a_name_starting_with_a_vowel_is_heard_after_a_glide():
    # "Arizona" is written ya-li-sang-na: the y is no consonant of the name.
    assert heard_in("亚利桑那", "zh", "The storm reached Arizona.", "en")


def test_a_country_the_chinese_points_to_is_no_added_name():
    source = "这是我国最大的港口。"  # this is our country's largest port
    assert _entity_findings(source, "This is China's largest port.") == []
    assert _entity_findings(source, "This is Japan's largest port.") != []


def test_how_closely_a_name_is_heard():
    # The transcription of "Novak" (nuo-wa-ke) is heard as "Novak" more closely than as
    # "Ankara"; a name not heard at all has no cost.
    novak = heard_cost("novak", "诺瓦克", "zh")
    ankara = heard_cost("ankara", "诺瓦克", "zh")
    assert novak is not None and ankara is not None and novak < ankara
    assert heard_cost("diego", "圣地亚哥", "zh") is not None
    assert heard_cost("xinhua", "新华社", "zh") == 0.0  # its pinyin
    assert heard_cost("london", "诺瓦克", "zh") is None


def test_a_name_said_beside_a_speech_verb_and_changed_in_english_is_reported():
    source = "昨天普林表示，会谈很成功。"  # yesterday Pulin (invented) said the talks went well
    assert _entity_findings(source, "Yesterday Pulin said the talks went well.") == []
    assert _entity_findings(source, "Yesterday Zbigniewski said the talks went well.") != []


def test_a_country_inside_a_longer_transcription_is_no_name_of_its_own():
    # ma-li is Mali, but ma-li-lan is Maryland: the longer name is in the English.
    source = "他住在马里兰州。"  # he lives in Maryland
    assert _entity_findings(source, "He lives in Maryland.") == []
    assert _entity_findings(source, "He lives in Ohio.") != []


def test_a_saints_city_inside_a_longer_transcription_is_no_name_of_its_own():
    # sheng-yue-han-si is the city of St. John's (CLDR), but sheng-yue-han-si-bo-li is
    # St Johnsbury: the longer name is in the English, and the saint's word is no sound
    # character (the run goes on past the city's last one).
    source = "球队上周在圣约翰斯伯里踢了一场友谊赛。"  # played a friendly at St Johnsbury
    assert _entity_findings(source, "The team played a friendly at St Johnsbury last week.") == []
    assert _entity_findings(source, "The team played a friendly in Ohio last week.") != []


def test_a_transcription_the_table_cut_short_is_heard_whole():
    # The last character of da-si-ting is none of the table's: the run read is da-si, and
    # the name is heard with that character, closely.
    source = "昨天达斯汀说他很累。"  # yesterday Dustin said he was tired
    assert _entity_findings(source, "Yesterday Dustin said he was tired.") == []
    assert _entity_findings(source, "Yesterday he said he was tired.") != []
    assert _entity_findings(source, "Yesterday Nadia said he was tired.") != []


def test_a_place_written_by_sound_before_a_word_for_a_place_is_compared():
    text = "他们去了马略卡岛度假。"  # they went on holiday to Mallorca (the island)
    assert _entity_findings(text, "They went on holiday to Mallorca.") == []
    assert _entity_findings(text, "They went on holiday to Lisbon.") != []


def test_a_letter_alone_is_no_sound_of_a_name():
    # An invented name (ka-da-na-er) is not the company "T-Mobile": its T is said "tee".
    assert heard_in("卡达纳尔", "zh", "Yesterday Kadanar came.", "en")
    assert not heard_in("卡达纳尔", "zh", "Yesterday T-Mobile came.", "en")
    assert heard_in("约翰·史密斯", "zh", "J. John Smith came.", "en")


def test_a_country_name_that_is_a_transcribed_name_of_the_chinese_is_no_added_place():
    # "Jordan" is a country in CLDR, and the first name of a person here (qiao-dan).
    source = "乔丹·布朗昨天来了。"  # Jordan Brown came yesterday
    assert _entity_findings(source, "Jordan Brown came yesterday.") == []
    # A country not heard closely in the Chinese is still added.
    assert _entity_findings("塞拉昨天来了。", "Austria came yesterday.") != []


def test_a_latin_text_without_a_capitalised_word_hears_no_name():
    # No capitalised word at all: nothing to hear the name in (this raised an error).
    assert not heard_in("约翰·史密斯", "zh", "he came yesterday.", "en")
    assert _entity_findings("约翰·史密斯昨天来了。", "he came yesterday.") != []


def test_sound_name_not_heard_in_a_title_or_a_demonym_before_a_title():
    # "马哈马" is no "Former"/"President", "石破茂" no "Japanese" before "prime minister";
    # a demonym that is a surname ("Albanese said") is heard.
    assert not heard_in("马哈马", "zh", "Former Ghanaian President Akufo-Addo won.", "en")
    assert heard_in("马哈马", "zh", "Former Ghanaian President Mahama won.", "en")
    assert not heard_in("石破茂", "zh", "He met the Japanese prime minister.", "en")
    assert heard_in("阿尔巴尼斯", "zh", "Prime Minister Albanese said so.", "en")


def test_two_characters_heard_in_one_word_by_sound():
    # By their sound two characters are one word's ("毛宁" is no "Hua Chunying"); by
    # their pinyin two words' ("Mao Ning").
    assert not heard_in("毛宁", "zh", "Spokeswoman Hua Chunying answered.", "en")
    assert heard_in("毛宁", "zh", "Spokeswoman Mao Ning answered.", "en")
