"""Name swaps judged at article level (`checker.compare.name_swaps`). Own test sentences."""

from __future__ import annotations

from pathlib import Path

from support.story_check import story_findings


def _check(tmp_path: Path, reference: str, version: str, lang: str) -> list:
    return [f for f in story_findings(tmp_path, reference, version, lang)
            if f.severity != "info"]


def test_a_lost_city_is_not_heard_in_common_words_of_a_text_without_capitals(tmp_path):
    # Beijing has an Arabic name in the gazetteer: the version gives it only by that name,
    # not by any word its loose skeleton matches ("bayan", a statement, in the third
    # sentence). The version names Paris where the reference's first sentence has Beijing.
    reference = ("Designers in Paris showed huge hats on Friday.\n\n"
                 "The fashion week in Paris drew large crowds.\n\n"
                 "The organisers issued a statement after the show.\n")
    version = ("عرض مصممون في باريس قبعات ضخمة يوم الجمعة.\n\n"
               "جذب أسبوع الموضة في باريس حشودا كبيرة.\n\n"
               "وأصدر المنظمون بيانا بعد العرض.\n")
    assert _check(tmp_path, reference, version, "ar") == []
    found = _check(tmp_path, reference.replace("in Paris showed", "in Beijing showed"),
                   version, "ar")
    assert [(f.rule, f.severity, f.reference.fact) for f in found] == [
        ("entity.changed", "error", "Beijing")]


def test_two_short_words_read_as_one_are_no_adjective_of_a_lost_country(tmp_path):
    # "se ne" written as one word is a cut of "Senegal", no adjective made from it: the
    # version does not give Senegal in its second sentence, and names Britain by its
    # adjective where the reference has Senegal.
    reference = ("She says she can solve Britain's housing problems.\n\n"
                 "I wonder whether the city council would give her a chance.\n\n"
                 "Britain has many builders.\n")
    version = ("Tvrdi da zna kako da reši britanske stambene probleme.\n\n"
               "Pitam se ne bi li joj gradsko veće dalo šansu.\n\n"
               "Britanija ima mnogo graditelja.\n")
    assert _check(tmp_path, reference, version, "sr") == []
    found = _check(tmp_path, reference.replace("Britain's", "Senegal's"), version, "sr")
    assert [(f.rule, f.severity, f.reference.fact) for f in found] == [
        ("entity.changed", "error", "Senegal")]


def test_a_city_adjective_within_a_country_the_version_names_itself_is_a_swap(tmp_path):
    # The reference sentence names the UK too, and the version gives it by its own name:
    # the London adjective is not the UK's counterpart but the lost city's (the British of
    # another sentence is no London either).
    reference = ("Nearly 20 per cent of new flats in London go to buyers from outside the "
                 "UK.\n\n"
                 "He promised to rebuild the British housing market.\n")
    version = ("Près de 20 % des appartements neufs londoniens vont à des acheteurs venus "
               "d'ailleurs que le Royaume-Uni.\n\n"
               "Il a promis de reconstruire le marché immobilier britannique.\n")
    assert _check(tmp_path, reference, version, "fr") == []
    found = _check(tmp_path, reference.replace("flats in London", "flats in Madrid"), version,
                   "fr")
    assert [(f.rule, f.severity, f.reference.fact) for f in found] == [
        ("entity.changed", "error", "Madrid")]


def test_a_country_read_in_a_word_of_another_reference_name_is_not_its_counterpart(tmp_path):
    # "Росс" of the place "Вестер Росс" reads as Russia; the reference's "Wester Ross"
    # says it. The country given where the reference has another is Scotland.
    reference = ("Scientists at the Trust for Scotland will study bats in Wester Ross.\n\n"
                 "Scotland has many bats.\n")
    version = ("Ученые фонда Шотландии изучат летучих мышей в Вестер Росс.\n\n"
               "В Шотландии много летучих мышей.\n")
    assert _check(tmp_path, reference, version, "ru") == []
    found = _check(tmp_path, reference.replace("Trust for Scotland", "Trust for Australia"),
                   version, "ru")
    assert [(f.rule, f.severity, f.reference.fact) for f in found] == [
        ("entity.changed", "error", "Australia")]


def test_a_city_the_gazetteer_reads_in_a_text_without_capitals_is_a_swap_counterpart(
        tmp_path):
    # Belfast is no CLDR city; the gazetteer reads its Chinese name. The reference names it
    # in its second sentence, so it is no addition, yet it stands where the first sentence
    # has another city.
    reference = ("The Eagles defeated Dundee in Belfast on Sunday afternoon.\n\n"
                 "The Belfast club is now top of the table.\n")
    version = ("老鹰队周日下午在贝尔法斯特击败了邓迪队。\n\n"
               "这家贝尔法斯特俱乐部目前排名榜首。\n")
    assert _check(tmp_path, reference, version, "zh") == []
    found = _check(tmp_path, reference.replace("in Belfast on", "in Glasgow on"), version, "zh")
    assert [(f.rule, f.severity, f.reference.fact) for f in found] == [
        ("entity.changed", "error", "Glasgow")]


def test_a_country_only_alike_to_a_word_of_another_reference_name_is_its_counterpart(
        tmp_path):
    # "Çin" (China) reads loosely like "Xining", a city the sentence names too; it shares
    # no stem with it, so it is still the country given where the reference has another.
    reference = "Xining, the capital of Qinghai province in China, opened a new airport.\n"
    version = "Çin'in Qinghai eyaletinin başkenti Xining yeni bir havalimanı açtı.\n"
    assert _check(tmp_path, reference, version, "tr") == []
    found = _check(tmp_path, reference.replace("China", "Peru"), version, "tr")
    assert [(f.rule, f.severity, f.reference.fact) for f in found] == [
        ("entity.changed", "error", "Peru")]
