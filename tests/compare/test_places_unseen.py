"""Place swaps caught as sure changes where the version's place is hard to read (issue 11):
a city's name first in a sentence of a language whose word list writes names in lower
case; inflected names whose stem changes (Ukrainian і/о, fleeting vowels); all with
sentences of our own. Faithful versions of the same sentences give no error."""

import pytest
from support.pair_findings import entity_findings

pytest.importorskip("simplemma")


@pytest.mark.parametrize(
    ("faithful", "swapped", "target", "lang"),
    [
        # A city's name first in a Turkish sentence: the word list knows it in lower case.
        ("Ankara welcomed many tourists this year.", "Cairo welcomed many tourists this year.",
         "Ankara bu yıl çok turist ağırladı.", "tr"),
        ("Washington kept its sanctions in place.", "Madrid kept its sanctions in place.",
         "Washington yaptırımlarını sürdürdü.", "tr"),
        # A German city's CLDR name in the genitive, which a noun's "-s" also ends.
        ("The council wanted to stop Pyongyang's programmes.",
         "The council wanted to stop Lagos's programmes.",
         "Der Rat wollte Pjöngjangs Programme stoppen.", "de"),
        ("Moscow's mayor spoke first.", "Kyiv's mayor spoke first.",
         "Moskaus Bürgermeister sprach zuerst.", "de"),
        # A Turkish name closes with its case suffix: the capitalised words after it are
        # another name, not more of it.
        ("The minister said the US could use its navy for a blockade.",
         "The minister said Canada could use its navy for a blockade.",
         "Bakan, ABD'nin Deniz Kuvvetlerini abluka için kullanabileceğini söyledi.", "tr"),
        # A country's acronym before a comma is a noun, not an adjective ("the US
        # envoy"): a country the version names there is its counterpart, although the
        # reference's adjective of that country reads it too.
        ("Students from outside the UK, and their families, pay more than British students.",
         "Students from outside the US, and their families, pay more than British students.",
         "Studenten von außerhalb Großbritanniens und ihre Familien zahlen mehr als "
         "britische Studenten.", "de"),
        # Places as a regional standard of the language writes them (CLDR's pt_PT:
        # "Irão", "Quénia", "Moscovo", "Nova Iorque" beside pt's "Irã", "Quênia"...).
        ("Vietnam and Kenya signed the deal in New York.",
         "Laos and Kenya signed the deal in New York.",
         "O Vietname e o Quénia assinaram o acordo em Nova Iorque.", "pt"),
        # Arabic "and" + "for" + the article whose alif drops ("ولل"): the name after it.
        ("Aid went to Kuwait, Bahrain and Qatar.", "Aid went to Kuwait, Oman and Qatar.",
         "ذهبت المساعدات إلى الكويت وللبحرين وبقطر.", "ar"),
        # A territory by a name CLDR no longer gives it (checker/lang/<code>/places.py).
        ("Holland and Britain disagreed.", "Spain and Britain disagreed.",
         "Η Ολλανδία και η Βρετανία διαφώνησαν.", "el"),
        ("But the United States said it must act first.",
         "But Mexico said it must act first.",
         "Ancak Birleşik Devletler önce harekete geçmesi gerektiğini söyledi.", "tr"),
        ("Talks with the Czech Republic ended.", "Talks with Slovakia ended.",
         "Die Gespräche mit der Tschechischen Republik endeten.", "de"),
        # Ukrainian stems whose last vowel changes with the ending (і: о, е; ї: є) or
        # drops out (Відень: Відня).
        ("Trains from Kharkiv and Mykolaiv arrived late.",
         "Trains from Kharkiv and Paris arrived late.",
         "Потяги з Харкова та Миколаєва прибули із запізненням.", "uk"),
        ("The guests from Vienna met in Lviv.", "The guests from Vienna met in Oslo.",
         "Гості з Відня зустрілися у Львові.", "uk"),
    ],
)
def test_a_swapped_place_the_version_names_hard_is_a_sure_change(faithful, swapped, target,
                                                                  lang):
    assert not [f for f in entity_findings(faithful, target, lang) if f[1] == "error"]
    # One sure change: the swapped place's, never one more for a place read wrong.
    assert [f for f in entity_findings(swapped, target, lang) if f[1] == "error"] == [
        ("changed", "error")]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # "Kent" (city) and "Sol" (left) are common words some town shares: no name.
        ("The city's residents went home.", "Kent sakinleri evlerine döndü."),
        ("A fine ball came from the left wing.", "Sol kanattan güzel bir top geldi."),
    ],
)
def test_a_common_word_a_town_shares_is_no_place_first_in_a_sentence(source, target):
    assert entity_findings(source, target, "tr") == []


def test_one_version_place_is_the_counterpart_of_one_lost_place_only():
    # Two places lost (one written in a form not read), one place given in their stead:
    # one sure change, the other place a warning, never two changes into one place.
    findings = entity_findings("Oman and Qatar agreed.", "اتفقت الإمارات والسعودية.", "ar")
    assert [f for f in findings if f[1] == "error"] == [("changed", "error")]
    assert ("missing", "warning") in findings


@pytest.mark.parametrize(
    ("target", "lang"),
    [
        # Belarus by an older name that holds Russia's: no Russia read in it.
        ("Wit-Rusland en Oekraïne spraken met elkaar.", "nl"),
        ("Beyaz Rusya ve Ukrayna görüştü.", "tr"),
        ("تحدثت روسيا البيضاء وأوكرانيا.", "ar"),
    ],
)
def test_a_place_whose_name_holds_another_is_no_change_into_it(target, lang):
    findings = entity_findings("Belarus and Ukraine talked.", target, lang)
    assert not [f for f in findings if f[1] == "error"]


def test_a_name_before_the_ablative_is_no_place_by_its_ending():
    # Turkish "'den" (from, than) is no locative "'de": a currency before it is no place,
    # and no change of the place the reference gives.
    findings = entity_findings(
        "Sales in Britain topped a billion pounds.",
        "İngiltere'deki satışlar bir milyar Sterlin'den fazlaydı.", "tr")
    assert not [f for f in findings if f[1] == "error"]


def test_dutch_reads_its_word_list():
    """Dutch has a simplemma word list (names.SIMPLEMMA): capitalised common words
    ("Buitenlandse Zaken", a ministry) are no added name, and a city first in a sentence
    is read as a name, so a swap there is a sure change."""
    assert entity_findings(
        "The Ministry of Foreign Affairs said the talks would go on.",
        "Het ministerie van Buitenlandse Zaken zei dat de gesprekken doorgaan.", "nl") == []
    assert entity_findings("Munich hosted the summit.", "München was gastheer van de top.",
                           "nl") == []
    assert entity_findings("Vienna hosted the summit.", "München was gastheer van de top.",
                           "nl") == [("changed", "error")]
