"""Certainty from the whole article (checker.compare.certainty). Own test sentences."""

from __future__ import annotations

from pathlib import Path

from support.story_check import story_findings

from checker.compare import ComparisonContext, claims, compare
from checker.model import Alignment, Document
from checker.pipeline import analyse


def _check(tmp_path: Path, reference: str, version: str, lang: str = "fr") -> list:
    return [(f.rule, f.severity, (f.reference if f.kind == "missing" else f.version).fact)
            for f in story_findings(tmp_path, reference, version, lang)]


def _loose_pair(reference: str, version: str, story: tuple[str, str] = ("", "")) -> list:
    """Findings of one loosely aligned (moved, low score) pair, the documents being the
    pair plus an optional sentence each (`story`) aligned surely after it."""
    ref = analyse(Document("en.txt", " ".join(filter(None, (reference, story[0]))), "en",
                           "given"))
    ver = analyse(Document("fr.txt", " ".join(filter(None, (version, story[1]))), "fr",
                           "given"))
    beads = [Alignment((0,), (0,), 0.2, moved=True)]
    if story[0]:
        beads.append(Alignment((1,), (1,), 0.9))
    claim_list = claims(beads, ref.sentences, ver.sentences, ref.facts, ver.facts)
    found = compare(claim_list, ComparisonContext(reference=ref.document, version=ver.document))
    return [(f.rule, f.severity) for f in found]


def test_a_loose_pair_whose_only_difference_is_the_drift_gives_an_error():
    # Tuzla and Monday agree, 30 is nowhere in the version, 13 nowhere in the reference.
    assert _loose_pair("At least 30 soldiers were injured in Tuzla on Monday.",
                       "Au moins 13 soldats ont été blessés lundi à Tuzla.") == [
        ("number.changed", "error")]


def test_a_loose_pair_stays_unsure_when_the_other_value_is_said_elsewhere():
    # The version's 13 is in another reference sentence: the pair may be the wrong one.
    assert _loose_pair("At least 30 soldiers were injured in Tuzla on Monday.",
                       "Au moins 13 soldats ont été blessés lundi à Tuzla.",
                       ("Another 13 were missing.", "13 autres étaient portés disparus.")) == [
        ("number.changed", "warning")]


def test_a_loose_pair_stays_unsure_when_another_fact_differs():
    assert _loose_pair("At least 30 soldiers were injured in Tuzla on Monday.",
                       "Au moins 13 soldats ont été blessés mardi à Tuzla.") == [
        ("number.changed", "warning"), ("date.changed", "warning")]


def _beads(reference: str, version: str, beads: list[Alignment]) -> list:
    ref = analyse(Document("en.txt", reference, "en", "given"))
    ver = analyse(Document("fr.txt", version, "fr", "given"))
    claim_list = claims(beads, ref.sentences, ver.sentences, ref.facts, ver.facts)
    found = compare(claim_list, ComparisonContext(reference=ref.document, version=ver.document))
    return [(f.rule, f.severity) for f in found]


def test_a_weak_pair_held_by_one_neighbour_with_only_the_drift_gives_an_error():
    reference = "The storm hit the coast. The law of 2013 gave the council its powers."
    version = ("La tempête a frappé la côte. La loi de 2017 a donné ses pouvoirs au conseil. "
               "Notre région prépare un plan.")
    # The second pair is weak: a local sentence follows it, so only its first neighbour
    # holds it in place.
    held = [Alignment((0,), (0,), 0.9), Alignment((1,), (1,), 0.3), Alignment((), (2,))]
    assert _beads(reference, version, held) == [("date.changed", "error")]
    loose = [Alignment((0,), (0,), 0.9), Alignment((1,), (1,), 0.3, moved=True),
             Alignment((), (2,))]
    assert _beads(reference, version, loose) == [("date.changed", "warning")]


def test_a_date_the_version_gives_in_another_sentence_is_info(tmp_path):
    reference = ("The talks opened on Monday in Vienna.\n\n"
                 "On Monday evening the delegates met again.\n")
    version = ("Les pourparlers se sont ouverts lundi à Vienne.\n\n"
               "Dans la soirée, les délégués se sont de nouveau réunis.\n")
    assert _check(tmp_path, reference, version) == [("date.missing", "info", "Monday")]


def test_a_date_said_nowhere_else_stays_a_warning(tmp_path):
    reference = ("The talks opened in Vienna.\n\n"
                 "On Monday evening the delegates met again.\n")
    version = ("Les pourparlers se sont ouverts à Vienne.\n\n"
               "Dans la soirée, les délégués se sont de nouveau réunis.\n")
    assert _check(tmp_path, reference, version) == [("date.missing", "warning", "Monday")]


def test_a_capitalised_word_of_unknown_kind_is_info_a_known_place_a_warning(tmp_path):
    # German capitalises nouns: a noun with no counterpart name is no added name for sure.
    reference = "The mayor spoke in Vienna.\n\nThe crowd was silent.\n"
    version = ("Der Bürgermeister sprach in Wien.\n\n"
               "Die Menge schwieg voller Bestürzung.\n")
    assert _check(tmp_path, reference, version, "de") == [
        ("entity.extra", "info", "Bestürzung")]
    version = ("Der Bürgermeister sprach in Wien.\n\n"
               "Die Menge in Italien schwieg.\n")
    assert _check(tmp_path, reference, version, "de") == [("entity.extra", "warning", "Italien")]


def test_a_name_added_that_reads_like_a_name_of_the_reference_sentence_is_info(tmp_path):
    # The reference's name is found in the version, but the version's spelling is not
    # found back in the reference: one name spelt two ways, not an added name.
    reference = "The fans met in Vienna.\n\nThe match was at Selly Oak on Sunday.\n"
    version = "Болельщики встретились в Вене.\n\nМатч прошёл в Селли Оук в воскресенье.\n"
    assert _check(tmp_path, reference, version, "ru") == [("entity.extra", "info", "Селли Оук")]



def test_a_name_changed_of_which_the_version_keeps_a_word_is_a_warning(tmp_path):
    # The English sentence was cut after "Sen." (senator); the version keeps "Nevada" (as
    # "Nevade") and gives the senator's name: no name surely changed. The title is no part
    # of the name "Nevada", which the version keeps: the senator's name is only added.
    found = _check(tmp_path, "An agreement was engineered by Nevada Sen.\n",
                   "Sporazum je sastavio senator Nevade, Džon Miler.\n", "sr")
    assert found == [("entity.extra", "warning", "Džon Miler")]


def test_a_city_changed_into_one_that_shares_a_word_stays_an_error(tmp_path):
    # The shared word belongs to the name the version gives instead: nothing is kept.
    found = _check(tmp_path, "The envoy flew to Santo Domingo on Monday.\n",
                   "El enviado viajó a Santo Tomé el lunes.\n", "es")
    assert found == [("entity.changed", "error", "Santo Tomé")]



def test_a_place_named_twice_and_spelt_otherwise_once_is_no_sure_change(tmp_path):
    # The version writes the city twice, in a spelling CLDR does not list (the gazetteer
    # does); the second mention is lost and an added adjective takes its place: not a sure
    # change.
    reference = ("The city museum of Phoenix wrote on its website that 40 paintings have "
                 "left Phoenix since 2015.\n")
    version = ("وكتب متحف المدينة البريطاني في فينيكس على موقعه أن 40 لوحة غادرت "
               "فينيكس منذ 2015.\n")
    found = _check(tmp_path, reference, version, "ar")
    assert not [f for f in found if f[1] == "error"]


def test_a_place_changed_into_another_is_still_an_error(tmp_path):
    reference = ("The port authority of Lisbon wrote on its website that 40 ships have "
                 "docked on the coast since 2015.\n")
    version = ("وكتبت هيئة الميناء في مدريد على موقعها أن 40 سفينة رست "
               "على الساحل منذ 2015.\n")
    assert _check(tmp_path, reference, version, "ar") == [("entity.changed", "error", "مدريد")]


def test_a_weak_pair_held_by_a_neighbour_sharing_a_count_gives_a_name_change_error():
    reference = ("The storm hit the coast. The firm will test bigger shops in 11 stores "
                 "across Canada next year.")
    version = ("La tempête a frappé la côte. L'entreprise testera de plus grands rayons dans "
               "11 magasins au Portugal l'an prochain. Notre région prépare un plan.")
    held = [Alignment((0,), (0,), 0.9), Alignment((1,), (1,), 0.3), Alignment((), (2,))]
    assert _beads(reference, version, held) == [("entity.changed", "error")]
    # Moved, the pair is held by no neighbour: the name change stays unsure.
    loose = [Alignment((0,), (0,), 0.9), Alignment((1,), (1,), 0.3, moved=True),
             Alignment((), (2,))]
    assert _beads(reference, version, loose) == [("entity.changed", "warning")]
    # Nothing else said on both sides: unsure.
    assert _beads(reference.replace(" in 11 stores", ""),
                  version.replace(" dans 11 magasins", ""), held) == [
        ("entity.changed", "warning")]


def test_a_weak_pair_held_and_agreeing_swaps_a_country_the_reference_gives_elsewhere():
    # The version's country is in the reference's first sentence, so the name comparer
    # does not report it as added; the article pairs it with the lost one.
    reference = ("Germany leads the market. The firm will test bigger shops in 11 stores "
                 "across Canada next year.")
    version = ("L'Allemagne mène le marché. L'entreprise testera de plus grands rayons dans "
               "11 magasins en Allemagne l'an prochain. Notre région prépare un plan.")
    held = [Alignment((0,), (0,), 0.9), Alignment((1,), (1,), 0.3), Alignment((), (2,))]
    assert _beads(reference, version, held) == [("entity.changed", "error")]
    loose = [Alignment((0,), (0,), 0.9), Alignment((1,), (1,), 0.3, moved=True),
             Alignment((), (2,))]
    assert _beads(reference, version, loose) == [("entity.missing", "warning")]


def test_a_common_word_like_the_lost_country_does_not_make_a_change_unsure(tmp_path):
    # "këtij" (this) reads loosely like "Kenya": only words written as names count.
    reference = "The team won in Kenya at the start of this season, after a hard road.\n"
    version = "Ekipi fitoi në Spanjë në fillim të këtij sezoni, pas një rruge të vështirë.\n"
    assert _check(tmp_path, reference, version, "sq") == [("entity.changed", "error", "Spanjë")]


def test_a_lost_country_spelt_as_a_common_word_is_still_a_sure_change(tmp_path):
    reference = "The coach of Turkey praised the young players after the match.\n"
    version = "L'entraîneur de la Grèce a félicité les jeunes joueurs après le match.\n"
    assert _check(tmp_path, reference, version) == [("entity.changed", "error", "Grèce")]


def test_a_person_changed_into_a_name_sharing_a_word_is_unsure(tmp_path):
    # The Serbian spelling of the surname is not read; the first name is: one person
    # spelt otherwise, not surely another.
    # (English spelt "Hughes" is now read as it sounds, "Hjua": a name no rule reads.)
    reference = "Mr Tobias Cholmondeley got a yellow card in the match.\n"
    version = "Gospodin Tobijas Čamli je dobio žuti karton u utakmici.\n"
    assert _check(tmp_path, reference, version, "sr") == [
        ("entity.changed", "warning", "Tobijas Čamli")]


def test_two_people_with_no_word_in_common_are_a_sure_change(tmp_path):
    reference = "Mr Tobias Hughson got a yellow card in the match.\n"
    version = "Gospodin Stefan Kolar je dobio žuti karton u utakmici.\n"
    assert _check(tmp_path, reference, version, "sr") == [
        ("entity.changed", "error", "Stefan Kolar")]


def test_a_lost_and_an_added_name_spelt_alike_sharing_a_word_are_info(tmp_path):
    # The Serbian spelling of the surname is read ("dž" is the English "j"): no finding.
    reference = "Golfer Marlon Jameson won the open in Ohio.\n"
    version = "Golfer Marlona Džejmsona je osvojio turnir u Ohaju.\n"
    assert _check(tmp_path, reference, version, "sr") == []
    # Another surname under the same first name is a sure change.
    assert _check(tmp_path, reference, version.replace("Marlona Džejmsona", "Marlon Petrović"),
                  "sr") == [("entity.changed", "error", "Marlon Petrović")]


def _pair_entities(source: str, target: str, lang: str) -> list[tuple[str, str]]:
    from checker.context import CheckContext
    from checker.model import SegmentPair
    from checker.pipeline import check_pair

    pair = SegmentPair("t", "en", source, lang, target)
    return [(f.kind, f.severity) for f in check_pair(pair, CheckContext())
            if f.category == "entity"]


def test_a_place_named_by_a_spelling_of_its_own_name_there_is_no_sure_change():
    # Arabic writes the island as the data name another territory on it: the version's
    # name reads like the lost place's own Arabic name, so no sure change.
    found = _pair_entities("The ferry to St. Martin left on time.",
                           "غادرت العبارة المتجهة إلى سانت مارتن في موعدها.", "ar")
    assert ("changed", "error") not in found


def test_two_countries_alike_in_spelling_stay_a_sure_change():
    assert _pair_entities("The team flew to Austria on Monday.",
                          "В понедельник команда вылетела в Австралию.", "ru") == [
        ("changed", "error")]


def _pair_numbers(source: str, target: str, lang: str) -> list[tuple[str, str]]:
    from checker.context import CheckContext
    from checker.model import SegmentPair
    from checker.pipeline import check_pair

    pair = SegmentPair("t", "en", source, lang, target)
    return [(f.kind, f.severity) for f in check_pair(pair, CheckContext())
            if f.category == "number"]


def test_a_value_the_other_side_writes_in_an_unread_word_is_no_sure_change():
    # "second" is not read as an ordinal in English (a unit of time too); the Russian
    # ordinal is. The version drops the third point: no sure change from third to second.
    source = ("She stayed ahead until the end of the second half and won the side's third "
              "point just before the whistle.")
    target = "Она лидировала до конца второго тайма."
    assert ("changed", "error") not in _pair_numbers(source, target, "ru")
    # A value written in digits and changed stays a sure change.
    assert _pair_numbers("He scored 5 goals in the season.", "Он забил 7 голов за сезон.",
                         "ru") == [("changed", "error")]


def test_a_value_in_words_does_not_hide_a_change_into_a_number_the_version_adds():
    # "one" is said on both sides; 260 changed into the version's 26, which it adds.
    found = _pair_numbers('"We expect more than one and fewer than 260 entries," the '
                          'organiser said.',
                          '"Presim më tepër se 1 dhe jo më shumë se 26 hyrje", tha organizatori.',
                          "sq")
    assert ("changed", "error") in found


def test_an_indefinite_article_is_no_value_said_in_words():
    # Albanian "një" is "one" and "a": it does not make a changed 1 unsure.
    assert _pair_numbers("The pipeline project Line 1 made the city a captive.",
                         "Projekti i gazsjellësit Line 2 e ka kthyer qytetin në një rob.",
                         "sq") == [("changed", "error")]


def test_a_place_changed_while_the_version_names_it_by_its_adjective_is_unsure(tmp_path):
    # "američki" is the US: the word read as a place after "u" is the start of the
    # organisation's name, not the US changed. The US is said by its adjective, so the
    # comparer pairs nothing with it (compare.entities); the organisation's name, read
    # in its dative ("Ujedinjenim nacijama") since the profile's endings read "-im", is
    # no change either: no error.
    found = _check(tmp_path, "The US envoy spoke at the United Nations on Friday, the "
                             "ministry said.\n",
                   "Američki izaslanik je govorio u Ujedinjenim nacijama u petak, saopštilo "
                   "je ministarstvo.\n", "sr")
    assert "error" not in [severity for _, severity, _ in found]


def test_a_person_changed_beside_an_added_name_spelt_more_like_it_is_unsure(tmp_path):
    # The comparer paired the lost name with the wrong one of two names it could not read;
    # the other added name is its Serbian spelling.
    found = _check(tmp_path, "Walker leads the team and plays Gary Stone first, with Paul "
                             "Lacey, Justin Hose, Tony Marsh and Ian Booth next in the order.\n",
                   "Voker predvodi tim i prvo igra sa Gerijem Stounom, uz Pola Lejsija, "
                   "Džastina Houza, Tonija Marša i Ijana Buta kao sledeće u poretku.\n", "sr")
    assert ("entity.changed", "warning", "Džastina Houza") in found
    assert not [f for f in found if f[1] == "error"]


def test_a_value_changed_into_two_values_of_its_claim_is_unsure(tmp_path):
    # The comparer pairs the range with both version values: it cannot tell which one
    # stands for it, so neither change is sure.
    found = _check(tmp_path, "Snowfall of 4 to 8 inches is expected in the hills, with up "
                             "to 12 inches on the peaks.\n",
                   "В горах ожидается до 9–12 см снега, на вершинах до 30 см.\n", "ru")
    assert [(rule, severity) for rule, severity, _ in found] == [
        ("number.changed", "warning"), ("number.changed", "warning")]


def test_a_year_written_with_two_digits_against_the_full_year_is_unsure(tmp_path):
    found = _check(tmp_path, "The star bag of the label's SS24 collection was shown in "
                             "Paris.\n",
                   "Die auffälligste Tasche der Sommer-2024-Kollektion des Labels wurde in "
                   "Paris gezeigt.\n", "de")
    assert ("number.changed", "warning", "2024") in found
    assert not [f for f in found if f[1] == "error"]


def test_a_lost_place_is_not_heard_in_the_name_it_changed_into(tmp_path):
    # The comparer cites "Spanja", a part of the capitalised run "Rroftë Spanja": that run
    # is the name it changed into, so its words are no spelling of the lost place.
    found = _check(tmp_path, "The crowd outside the court shouted \"Long live Sudan\" all "
                             "night.\n",
                   "Turma jashtë gjykatës bërtiste “Rroftë Spanja” gjithë natën.\n", "sq")
    assert found == [("entity.changed", "error", "Spanja")]


def test_a_capitalised_word_only_somewhat_like_the_lost_place_keeps_the_change_sure(tmp_path):
    # "Yeni" (new, capitalised in a title) is no spelling of "India": a place of the data
    # written otherwise keeps its letters. The change of India into China stays an error.
    reference = "The government of India published its new development plan in May.\n"
    version = "Çin hükümeti mayıs ayında Yeni Kalkınma Planı'nı yayımladı.\n"
    found = _check(tmp_path, reference, version, "tr")
    assert ("entity.changed", "error", "Çin") in found


def test_a_latin_word_in_an_arabic_version_is_heard_as_a_lost_place_only_when_close(tmp_path):
    # A title kept in Latin letters ("Chariots") is no spelling of "Cairo": the rough
    # ratio for words without capitals does not apply to it, and the change stays sure.
    reference = "The band played the tune Chariots at the opening of the games in Cairo.\n"
    version = "عزفت الفرقة لحن Chariots في افتتاح الألعاب في لندن.\n"
    found = _check(tmp_path, reference, version, "ar")
    assert ("entity.changed", "error", "لندن") in found


def test_a_value_inside_a_longer_number_word_is_not_said_alone():
    """ "mười" (ten) of "mười ba" (13) is part of the number the reader read: ten changed
    into thirteen is certain; a count beside a scale word ("six autres millions") may be
    either number, so six million read as six stays unsure."""
    from checker.model import SegmentPair
    from checker.pipeline import check_pair

    def severities(english: str, lang: str, version: str) -> list[str]:
        return [f.severity for f in check_pair(SegmentPair("t", "en", english, lang, version))
                if f.category == "number"]

    assert severities("The festival lasts ten days.", "vi",
                      "Lễ hội kéo dài mười ba ngày.") == ["error"]
    assert severities("Another six million residents are waiting for aid.", "fr",
                      "Six autres millions d’habitants attendent une aide.") == ["warning"]
