"""Article-level facts: left-over facts cancel across claims, dropped sentences are
reported, loosely aligned claims never give `changed` errors. Own test sentences."""

from __future__ import annotations

import pytest
from support.storm_story import EN, FR
from support.story_check import story_findings, swap_changes

from checker.compare import ComparisonContext, claims, compare
from checker.model import Alignment, Document
from checker.pipeline import analyse

_check = story_findings


def test_faithful_reordered_version_has_no_finding(tmp_path):
    assert _check(tmp_path, EN, FR) == []


def test_a_drifted_number_in_a_moved_sentence_is_changed_not_hidden(tmp_path):
    found = _check(tmp_path, EN, FR.replace("214", "241"))
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found] == [
        ("number.changed", "error", "214", "241")]


def test_a_dropped_sentence_with_a_count_is_one_claim_warning(tmp_path):
    version = FR.replace("Selon les autorités, 214 personnes sont mortes et 1 350 ont été "
                         "blessées dans 12 villages.\n", "")
    found = _check(tmp_path, EN, version)
    assert [(f.rule, f.severity, f.reference.sentence) for f in found] == [
        ("claim.missing", "warning", 3)]
    assert "214" in found[0].message and found[0].version is None


def test_a_dropped_sentence_with_only_a_weekday_is_trimmed_info(tmp_path):
    version = FR.replace("Les écoles resteront fermées jusqu'à vendredi.\n\n", "")
    found = _check(tmp_path, EN, version)
    assert [(f.rule, f.severity, f.reference.sentence) for f in found] == [
        ("claim.trimmed", "info", 5)]


def test_a_fact_said_in_another_sentence_is_not_missing(tmp_path):
    # The version gives the village count in the rescue sentence instead.
    version = (FR.replace(" dans 12 villages", "")
               .replace("dans les montagnes", "dans les montagnes et 12 villages"))
    found = _check(tmp_path, EN, version)
    assert not [f for f in found if f.category == "number"]


def test_a_fact_missing_from_two_sentences_is_reported_once(tmp_path):
    reference = ("The army sent 700 soldiers to the north.\n\n"
                 "The ministry said the 700 soldiers would stay until spring.\n")
    version = ("L'armée a envoyé des soldats dans le nord.\n\n"
               "Le ministère a indiqué que les soldats resteraient jusqu'au printemps.\n")
    found = _check(tmp_path, reference, version)
    missing = [f for f in found if f.rule == "number.missing"]
    assert len(missing) == 1
    assert "(also in reference sentence 2)" in missing[0].message


@pytest.mark.parametrize("score, severity", [(0.9, "error"), (0.2, "warning")])
def test_a_loosely_aligned_claim_gives_no_changed_error(score, severity):
    ref = analyse(Document("en.txt", "At least 30 soldiers were injured.", "en", "given"))
    ver = analyse(Document("fr.txt", "Au moins 13 soldats ont été blessés.", "fr", "given"))
    # moved: not held in place by neighbours, so the bead's own score is its confidence
    claim_list = claims([Alignment((0,), (0,), score, moved=True)], ref.sentences, ver.sentences,
                        ref.facts, ver.facts)
    found = compare(claim_list, ComparisonContext(reference=ref.document, version=ver.document))
    assert [(f.rule, f.severity) for f in found] == [("number.changed", severity)]


def test_a_bead_held_by_its_neighbours_is_confident_a_lone_weak_one_is_not():
    from checker.compare import confidences

    sure = [Alignment((0,), (0,), 0.9), Alignment((1,), (1,), 0.3), Alignment((2,), (2,), 0.8)]
    assert confidences(sure) == [1.0, 1.0, 1.0]
    loose = [Alignment((0,), (0,), 0.9), Alignment((1,), ()), Alignment((2,), (1,), 0.3),
             Alignment((3,), (3,), 0.8, moved=True)]
    assert confidences(loose)[2:] == [0.3, 0.8]


def test_a_bead_whose_sentence_is_clearly_more_alike_to_another_is_unsure_though_held():
    from checker.compare import confidences

    # The middle bead stands between two sure pairs, but another sentence is clearly more
    # alike to one of its sides (a version's own paragraph where the reference's was
    # dropped): its place is no witness.
    beads = [Alignment((0,), (0,), 0.9), Alignment((1,), (1,), 0.2, distinct=False),
             Alignment((2,), (2,), 0.8)]
    assert confidences(beads) == [1.0, 0.2, 1.0]
    # A sure bead keeps its place beside a rival (a story that says alike things twice).
    beads[1] = Alignment((1,), (1,), 0.6, distinct=False)
    assert confidences(beads) == [1.0, 1.0, 1.0]


def test_a_moved_bead_the_similarity_singles_out_is_sure():
    from checker.compare import confidences
    from checker.compare.base import CONFIDENT

    moved = [Alignment((0,), (0,), 0.9), Alignment((1,), ()), Alignment((2,), (3,), 0.4,
                                                                     moved=True, clear=True),
             Alignment((3,), (3,), 0.4, moved=True)]
    assert confidences(moved)[2:] == [CONFIDENT, 0.4]


TRANSIT_EN = ("The city council approved a new budget for public transport on Tuesday.\n\n"
              "The plan adds 40 electric buses to the fleet by next spring.\n\n"
              "Mayor Ana Lopes said the buses would serve the northern districts first.\n\n"
              "Ticket prices will rise by 5 percent in January.\n\n"
              "Opposition councillors criticised the price increase as unfair to students.\n\n"
              "The council will vote on the final route map in March.\n\n"
              "Work on the new depot is expected to start in the summer.\n")
# The desk says the price rise in the next paragraph and puts its own paragraph where
# the reference's stood: both texts keep seven paragraphs.
TRANSIT_FR = ("Le conseil municipal a approuvé mardi un nouveau budget pour les transports "
              "publics.\n\n"
              "Le plan ajoute 40 bus électriques à la flotte d'ici le printemps prochain.\n\n"
              "La maire Ana Lopes a déclaré que les bus desserviraient d'abord les quartiers "
              "du nord.\n\n"
              "Notre rédaction a reçu 12 lettres de lecteurs sur ce sujet depuis l'été "
              "dernier.\n\n"
              "Les conseillers de l'opposition ont jugé injuste pour les étudiants la hausse de "
              "5 % du prix des billets en janvier.\n\n"
              "Le conseil votera sur la carte définitive des lignes en mars.\n\n"
              "Les travaux du nouveau dépôt devraient commencer cet été.\n")


def test_a_local_paragraph_in_a_dropped_paragraphs_place_gives_no_error(tmp_path):
    # Held in place by its neighbours, the reference's paragraph pairs with the desk's own;
    # its sentence is far more alike to the next version paragraph, so the pair is unsure.
    found = _check(tmp_path, TRANSIT_EN, TRANSIT_FR)
    assert not [f for f in found if f.severity == "error"]
    assert ("number.changed", "warning") in [(f.rule, f.severity) for f in found]


SWAP_EN = ("The mayor of London met Ahmed Khan on Monday.\n\n"
           "Khan later flew back to London with his team.\n")
SWAP_FR = ("Le maire de Londres a rencontré Ahmed Khan lundi.\n\n"
           "Khan est ensuite rentré à Londres avec son équipe.\n")


def test_a_name_swapped_for_one_the_reference_gives_elsewhere_is_changed(tmp_path):
    found = _check(tmp_path, SWAP_EN.replace("back to London", "back to Taipei"), SWAP_FR)
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found] == [
        ("entity.changed", "error", "Taipei", "Londres")]


def test_a_name_left_out_is_still_only_missing(tmp_path):
    # London is said in the version's first sentence: the repeated mention is info
    # (tests/compare/test_certainty.py).
    found = _check(tmp_path, SWAP_EN, SWAP_FR.replace("à Londres", "chez lui"))
    assert [(f.rule, f.severity) for f in found] == [("entity.missing", "info")]


COUNTRY_EN = ("Argentina wins the regional cup.\n\n"
              "The Argentine coach trained two pilots for the games, which ended this month "
              "in Argentina.\n")
COUNTRY_FR = ("L'Argentine remporte la coupe régionale.\n\n"
              "L'entraîneur argentin a préparé deux pilotes pour les jeux, qui se sont "
              "terminés ce mois-ci en Argentine.\n")


def test_a_country_swapped_next_to_its_adjective_is_changed(tmp_path):
    # The reference's adjective reads like the version's country: the name comparer takes
    # that country as said, but no fact of the reference sentence names it.
    assert _check(tmp_path, COUNTRY_EN, COUNTRY_FR) == []
    found = _check(tmp_path, COUNTRY_EN.replace("month in Argentina", "month in Chile"),
                   COUNTRY_FR)
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found] == [
        ("entity.changed", "error", "Chile", "Argentine")]


def test_a_country_acronym_said_as_an_adjective_is_no_swap(tmp_path):
    # "Rus" (Albanian adjective, capitalised in a title) stands for "Russian", and the
    # lost "US" is said as "Amerikan": no country changed.
    reference = "The Russian trade minister called the US trade secretary on Friday.\n"
    version = "Ministri Rus i Tregtisë telefonoi Sekretarin Amerikan të Tregtisë të premten.\n"
    assert not [f for f in _check(tmp_path, reference, version, "sq") if f.severity == "error"]


def test_a_country_swapped_for_one_the_reference_leaves_out_elsewhere_is_changed(tmp_path):
    # The version's headline leaves the country out: the reference's
    # country is left over there, yet the body's country is no moved name but a swap.
    reference = ("Argentina wins the Copa Andina.\n\n"
                 "Coach Pablo Ruiz said the games ended this month in Argentina.\n")
    version = ("Les pilotes remportent la Copa Andina.\n\n"
               "L'entraîneur Pablo Ruiz a dit que les jeux se sont terminés ce mois-ci en "
               "Argentine.\n")
    assert [f.severity for f in _check(tmp_path, reference, version)] == ["info"]
    found = _check(tmp_path, reference.replace("month in Argentina", "month in Chile"), version)
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found
            if f.severity == "error"] == [("entity.changed", "error", "Chile", "Argentine")]


def test_two_different_countries_are_changed_even_as_acronyms(tmp_path):
    # The version's country is named elsewhere in the reference, so it is no added name.
    reference = ("The firm plans to open shops in the UAE next year.\n\n"
                 "Its stores in Germany did well.\n")
    version = ("L'entreprise prévoit d'ouvrir des magasins en Allemagne l'an prochain.\n\n"
               "Ses magasins en Allemagne ont bien marché.\n")
    assert _check(tmp_path, reference.replace("the UAE", "Germany"), version) == []
    found = _check(tmp_path, reference, version)
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found] == [
        ("entity.changed", "error", "UAE", "Allemagne")]


def test_a_capital_for_its_country_is_no_swap(tmp_path):
    # Metonymy: the version names the country where the reference names its capital.
    reference = ("Fans in Spain cheered.\n\n"
                 "The vote was deemed illegal by Madrid last year.\n")
    version = ("Les supporters en Espagne ont applaudi.\n\n"
               "Le vote a été jugé illégal par l'Espagne l'an dernier.\n")
    assert not [f for f in _check(tmp_path, reference, version) if f.severity == "error"]


def test_a_region_swapped_where_its_adjective_is_left_over_elsewhere_is_changed(tmp_path):
    # The version's first sentence says the region as an adjective, which is not read: the
    # reference's region is left over there, in a surely paired sentence. It has not moved
    # into the last sentence, where the reference now names another country.
    reference = ("Scotland's health minister wrote to the hospital staff on Monday.\n\n"
                 "She thanked every nurse and every doctor for their work.\n\n"
                 "Scotland is your home and we want you to stay, she wrote.\n")
    version = ("Die schottische Gesundheitsministerin schrieb am Montag an das "
               "Krankenhauspersonal.\n\n"
               "Sie dankte jeder Pflegekraft und jedem Arzt für ihre Arbeit.\n\n"
               "Schottland ist Ihr Zuhause und wir wollen, dass Sie bleiben, schrieb sie.\n")
    assert not [f for f in _check(tmp_path, reference, version, "de") if f.severity != "info"]
    found = _check(tmp_path, reference.replace("Scotland is", "Norway is"), version, "de")
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found
            if f.severity != "info"] == [("entity.changed", "error", "Norway", "Schottland")]


def test_a_country_is_not_said_by_its_words_scattered_over_the_version(tmp_path):
    # "État" in one sentence and "Uni" of "Royaume-Uni" in another do not say "États-Unis".
    reference = ("Buyers from abroad will pay a higher tax on homes in the UK.\n\n"
                 "The state will spend the money on shelters for the homeless.\n\n"
                 "Ministers in the UK approved the plan on Monday.\n")
    version = ("Les acheteurs étrangers paieront une taxe plus élevée sur les logements au "
               "Royaume-Uni.\n\n"
               "L'État consacrera cet argent à des refuges pour les sans-abri.\n\n"
               "Les ministres du Royaume-Uni ont approuvé le plan lundi.\n")
    assert not [f for f in _check(tmp_path, reference, version) if f.severity != "info"]
    found = _check(tmp_path, reference.replace("in the UK", "in the US", 1), version)
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found] == [
        ("entity.changed", "error", "US", "Royaume-Uni")]


def test_a_country_swapped_where_the_version_gives_the_old_one_by_an_adjective(tmp_path):
    # The version's adjective names a country the reference gives in another sentence:
    # that mention is its own sentence's, so the adjective stands for the lost country.
    reference = ("The firm opened two shops in the UK last year.\n\n"
                 "Sales in the UK rose by 5 percent.\n")
    version = ("Компания открыла два магазина на британском рынке в прошлом году.\n\n"
               "Продажи в Великобритании выросли на 5 процентов.\n")
    assert swap_changes(tmp_path, reference, version, "ru", "in the UK", "in Spain", 1) == [
        ("entity.changed", "error", "Spain", "британском")]


def test_a_city_swapped_where_the_version_gives_the_old_one_by_an_adjective(tmp_path):
    reference = ("The Paris fashion week opened on Friday with hats.\n\n"
                 "Designers in Paris showed twenty new hats.\n")
    version = ("Die Pariser Modewoche wurde am Freitag mit Hüten eröffnet.\n\n"
               "Designer in Paris zeigten zwanzig neue Hüte.\n")
    assert swap_changes(tmp_path, reference, version, "de", "The Paris", "The Madrid") == [
        ("entity.changed", "error", "Madrid", "Pariser")]


def test_a_name_the_version_writes_as_the_reference_spells_it_is_said():
    # Its words are not read there (a short word and a common one, with a suffix), but
    # the very spelling is in the version.
    from checker.compare.name_swaps import _said_in
    from checker.model import Fact

    version = Document("tr.txt", "St. Robin'in çanları sustu.", "tr", "given")
    context = ComparisonContext(reference=Document("en.txt", "", "en", "given"),
                                version=version)
    name = Fact(category="entity", text="St. Robin", value="st robin", start=0, end=9,
                kind="name")
    assert _said_in(name, "en", [], context)
    other = Fact(category="entity", text="Tromsø", value="tromsø", start=0, end=6,
                 kind="name")
    assert not _said_in(other, "en", analyse(version).sentences, context)


def test_a_subdivision_swapped_for_one_the_reference_gives_elsewhere_is_changed(tmp_path):
    # "England" and "Schottland" read alike once transliterated ("land"), yet two
    # subdivisions of the data are two places.
    reference = ("She wants to coach the team in Scotland next season.\n\n"
                 "Scotland won the cup twice.\n")
    version = ("Sie will das Team in der nächsten Saison in Schottland trainieren.\n\n"
               "Schottland gewann den Pokal zweimal.\n")
    assert swap_changes(tmp_path, reference, version, "de",
                        "team in Scotland", "team in England") == [
        ("entity.changed", "error", "England", "Schottland")]


def test_a_lost_name_is_not_said_by_a_common_word_alike(tmp_path):
    # "beiden" reads loosely like "Beijing": a lower-case word is no mention of a name.
    reference = ("The orchestra of Belfast won a prize last year.\n\n"
                 "It gave a concert in Belfast on Friday.\n\n"
                 "Both conductors praised the new hall.\n")
    version = ("Das Orchester von Belfast gewann letztes Jahr einen Preis.\n\n"
               "Es gab am Freitag ein Konzert in Belfast.\n\n"
               "Die beiden Dirigenten lobten den neuen Saal.\n")
    assert swap_changes(tmp_path, reference, version, "de",
                        "concert in Belfast", "concert in Beijing") == [
        ("entity.changed", "error", "Beijing", "Belfast")]


def test_two_cities_of_the_data_alike_once_transliterated_are_changed(tmp_path):
    # "Buenos Aires" and "Paris" share letters ("airs", "aris"); both are cities of the
    # data, and neither is the other.
    reference = ("Designers from Paris showed their new hats.\n\n"
                 "The shows in Paris drew large crowds.\n")
    version = ("Designer aus Paris zeigten ihre neuen Hüte.\n\n"
               "Die Schauen in Paris zogen große Menschenmengen an.\n")
    assert swap_changes(tmp_path, reference, version, "de", "from Paris", "from Buenos Aires") == [
        ("entity.changed", "error", "Buenos Aires", "Paris")]


def test_a_country_is_not_said_by_loose_words_where_its_names_are_known(tmp_path):
    # German has CLDR names for Saudi Arabia: a capitalised word that reads loosely like
    # a word of its English name ("Ära") is not a mention of it.
    reference = ("The drought hit Bolivia hard this year.\n\n"
                 "In Bolivia a new era of water rationing began in May.\n")
    version = ("Die Dürre traf Bolivien dieses Jahr hart.\n\n"
               "In Bolivien begann im Mai eine neue Ära der Wasserrationierung.\n")
    assert [f for f in _check(tmp_path, reference, version, "de") if f.severity != "info"] == []
    found = _check(tmp_path, reference.replace("hit Bolivia", "hit Saudi Arabia"), version, "de")
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found
            if f.severity != "info"] == [("entity.changed", "error", "Saudi Arabia", "Bolivien")]


def test_a_country_swapped_where_the_version_gives_a_subdivision_by_its_adjective(tmp_path):
    # The reference names Scotland in another sentence; the version gives it here by an
    # adjective: a subdivision of the data is a place as a country is.
    reference = ("Scotland won the match on Saturday.\n\n"
                 "A yellow card for the Scotland captain changed the game.\n")
    version = ("Шотландия выиграла матч в субботу.\n\n"
               "Жёлтая карточка шотландского капитана изменила игру.\n")
    assert swap_changes(tmp_path, reference, version, "ru",
                        "the Scotland captain", "the Uganda captain") == [
        ("entity.changed", "error", "Uganda", "шотландского")]


def test_a_country_swapped_for_a_subdivision_beside_another_added_name_is_changed(tmp_path):
    # The version also names the minister; a subdivision of the data stands where the
    # reference now has a country: the change, the minister aside.
    reference = ("The health minister wrote to nurses working in Scotland last week.\n\n"
                 "Scotland needs more nurses.\n")
    version = ("Die Gesundheitsministerin Moira Lennox schrieb letzte Woche an Pflegekräfte "
               "in Schottland.\n\nSchottland braucht mehr Pflegekräfte.\n")
    found = _check(tmp_path, reference.replace("working in Scotland", "working in Brazil"),
                   version, "de")
    assert ("entity.changed", "error", "Brazil", "Schottland") in [
        (f.rule, f.severity, f.reference.fact, f.version.fact if f.version else None)
        for f in found]


def test_a_city_swapped_for_one_of_a_dropped_sentence_is_changed(tmp_path):
    # The shortened version drops the sentence that names Leeds; the reference's Leeds is
    # left over there, yet the Leeds of the surely paired first sentence is no name moved
    # in: a city of the data given where another city of the data was lost is a swap.
    reference = ("Leeds hosts the dance festival this weekend, the organisers said.\n\n"
                 "Tickets cost 12 euros and sold out on Tuesday.\n\n"
                 "The festival began in Leeds in 1990 with only 40 dancers.\n")
    version = ("Das Tanzfestival findet an diesem Wochenende in Leeds statt, teilten die "
               "Veranstalter mit.\n\nDie Karten kosten 12 Euro und waren am Dienstag "
               "ausverkauft.\n")
    assert [f.rule for f in _check(tmp_path, reference, version, "de")] == ["claim.missing"]
    found = _check(tmp_path, reference.replace("Leeds hosts", "Lyon hosts"), version, "de")
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact if f.version else None)
            for f in found if f.severity == "error"] == [
        ("entity.changed", "error", "Lyon", "Leeds")]


def test_a_country_swapped_beside_a_lost_acronym_is_changed(tmp_path):
    # The version writes the court's acronym out: a lost name of another kind is no
    # counterpart of the country the version gives where the reference lost one.
    reference = ("The judges of the ICJ ruled on Monday that Chile must pay the fine.\n\n"
                 "Chile has paid such fines before.\n")
    version = ("Les juges de la Cour internationale de justice ont décidé lundi que le Chili "
               "doit payer l'amende.\n\nLe Chili a déjà payé de telles amendes.\n")
    assert [f.severity for f in _check(tmp_path, reference, version)] == ["info"]
    found = _check(tmp_path, reference.replace("that Chile", "that Peru"), version)
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found
            if f.severity == "error"] == [("entity.changed", "error", "Peru", "Chili")]


def test_a_country_swapped_for_an_adjective_beside_an_added_person_is_changed(tmp_path):
    # The version adds the minister's name: a person is no counterpart of a lost country,
    # the adjective of another country in the same sentence is.
    reference = ("The new mayor vowed to end Britain's housing troubles, the radio "
                 "reported.\n\nBritain has lacked homes for decades.\n")
    version = ("Novi gradonačelnik Tomas Hart obećao je kraj britanske stambene krize, "
               "javio je radio.\n\nBritaniji decenijama nedostaju stanovi.\n")
    assert not [f for f in _check(tmp_path, reference, version, "sr") if f.severity == "error"]
    found = _check(tmp_path, reference.replace("end Britain's", "end Peru's"), version, "sr")
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found
            if f.severity == "error"] == [("entity.changed", "error", "Peru", "britanske")]


def test_a_lost_country_is_not_said_by_words_that_only_read_like_it(tmp_path):
    # "je me" written as one word reads loosely like "Yémen": no mention of it.
    reference = ("The coach hopes to help the sport grow in Norway.\n\n"
                 "Norway won three medals last winter.\n\n"
                 "I am glad to do more, she said.\n")
    version = ("L'entraîneuse espère aider le sport à grandir en Norvège.\n\n"
               "La Norvège a gagné trois médailles l'hiver dernier.\n\n"
               "Elle a dit : « je me réjouis d'en faire plus ».\n")
    assert [f for f in _check(tmp_path, reference, version) if f.severity != "info"] == []
    found = _check(tmp_path, reference.replace("grow in Norway", "grow in Yemen"), version)
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found
            if f.severity != "info"] == [("entity.changed", "error", "Yemen", "Norvège")]


def test_a_lost_country_is_not_said_by_a_lower_case_word_sharing_a_short_stem(tmp_path):
    # Albanian "jemi" (we are) shares the stem "jem" with "Jemen": a country's name is
    # written with a capital, a lower-case word gives it only as an adjective.
    reference = ("The federation wants the sport to grow in Scotland.\n\n"
                 "He said that we are sure the team will win.\n")
    version = ("Federata dëshiron që sporti të rritet në Skoci.\n\n"
               "Ai tha se jemi të sigurt se ekipi do të fitojë.\n")
    assert [f for f in _check(tmp_path, reference, version, "sq")
            if f.severity != "info"] == []
    found = _check(tmp_path, reference.replace("in Scotland", "in Yemen"), version, "sq")
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found
            if f.severity != "info"] == [("entity.changed", "error", "Yemen", "Skoci")]


def test_a_lost_city_is_not_said_by_a_word_of_another_name_of_the_reference(tmp_path):
    # "Патрика" reads loosely like "Pretoria", but it is the reference's "Patrick".
    reference = ("A late goal by Patrick Morgan decided the match.\n\n"
                 "The team won 3-0 in Belfast on Saturday.\n\n"
                 "Fans in Belfast sang all night.\n")
    version = ("Поздний гол Патрика Моргана решил исход матча.\n\n"
               "В субботу команда выиграла со счетом 3:0 в Белфасте.\n\n"
               "Болельщики в Белфасте пели всю ночь.\n")
    assert [f for f in _check(tmp_path, reference, version, "ru")
            if f.severity != "info"] == []
    found = _check(tmp_path, reference.replace("in Belfast", "in Pretoria", 1), version, "ru")
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found
            if f.severity != "info"] == [("entity.changed", "error", "Pretoria", "Белфасте")]


def test_a_country_is_said_by_most_words_of_its_longer_name():
    # "Birleşik Devletler" is the short form of "Amerika Birleşik Devletleri".
    from checker.compare.name_swaps import _said_in
    from checker.model import Fact

    version = Document("tr.txt", "Birleşik Devletler iki gemi gönderecek.", "tr", "given")
    context = ComparisonContext(reference=Document("en.txt", "", "en", "given"),
                                version=version)
    name = Fact(category="entity", text="United States", value="cldr:US", start=0, end=13,
                kind="concept")
    assert _said_in(name, "en", analyse(version).sentences, context)
    other = Document("tr.txt", "Amerika dün iki gemi gönderdi.", "tr", "given")
    context = ComparisonContext(reference=Document("en.txt", "", "en", "given"),
                                version=other)
    assert not _said_in(name, "en", analyse(other).sentences, context)


def test_a_place_swapped_for_two_places_of_one_area_is_changed(tmp_path):
    # The version names the lost place's counterpart twice over, as a region and as the
    # country it lies in ("Brexit" written out): one area, one place given for the lost one.
    reference = ("The minister wrote to nurses in Scotland's health service before Brexit.\n\n"
                 "She told them Scotland remains their home.\n\n"
                 "In March the UK is due to quit the EU.\n")
    version = ("Die Ministerin schrieb vor dem Austritt Großbritanniens an Pflegekräfte im "
               "Gesundheitsdienst Schottlands.\n\n"
               "Sie schrieb ihnen, Schottland bleibe ihr Zuhause.\n\n"
               "Im März tritt das Vereinigte Königreich aus der EU aus.\n")
    assert [f for f in _check(tmp_path, reference, version, "de") if f.severity != "info"] == []
    found = _check(tmp_path, reference.replace("in Scotland's", "in Brazil's"), version, "de")
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found
            if f.severity != "info"] == [("entity.changed", "error", "Brazil", "Schottlands")]
    # A lost place within one of them (London, in the United Kingdom) is no sure swap.
    found = _check(tmp_path, reference.replace("in Scotland's", "in London's"), version, "de")
    assert not [f for f in found if f.severity == "error"]


@pytest.mark.parametrize("lang, version", [
    ("zh", "设计师周五在巴黎展示了巨大的帽子。\n\n巴黎时装周吸引了大批观众。\n"),
    ("ar", "عرض مصممون في باريس قبعات ضخمة يوم الجمعة.\n\n"
           "جذب أسبوع الموضة في باريس حشودا كبيرة.\n"),
])
def test_a_city_swapped_for_one_the_reference_gives_elsewhere_without_capitals(
        tmp_path, lang, version):
    # Without capitals the name comparer leaves a lost city unsaid unless the version adds
    # a place; Paris is no addition (the reference names it in its second sentence), yet
    # it stands where the reference's first sentence names another city.
    reference = ("Designers in Paris showed huge hats on Friday.\n\n"
                 "The fashion week in Paris drew large crowds.\n")
    assert [f for f in _check(tmp_path, reference, version, lang) if f.severity != "info"] == []
    found = _check(tmp_path, reference.replace("in Paris showed", "in Hamburg showed"),
                   version, lang)
    assert [(f.rule, f.severity, f.reference.fact) for f in found
            if f.severity != "info"] == [("entity.changed", "error", "Hamburg")]


def test_a_bead_across_paragraphs_both_texts_keep_is_not_held_by_its_neighbours():
    # Both texts have three paragraphs; the second bead pairs a sentence of the reference's
    # first paragraph with one of the version's second: its neighbours do not vouch for it.
    ref = analyse(Document("en.txt", "The storm hit on Monday. It killed 30 people.\n\n"
                           "Schools closed.\n\nRoads reopened on Friday.\n", "en", "given"))
    ver = analyse(Document("fr.txt", "La tempête a frappé lundi.\n\n"
                           "Elle a tué 13 personnes. Les écoles ont fermé.\n\n"
                           "Les routes ont rouvert vendredi.\n", "fr", "given"))
    beads = [Alignment((k,), (k,), 0.9 if k != 1 else 0.3) for k in range(4)]
    claim_list = claims(beads, ref.sentences, ver.sentences, ref.facts, ver.facts)
    assert [c.certain for c in claim_list] == [True, False, True, True]
    found = compare(claim_list, ComparisonContext(reference=ref.document, version=ver.document))
    assert [(f.rule, f.severity) for f in found] == [("number.changed", "warning")]


def test_pairs_shifted_alike_by_a_dropped_paragraph_are_held_in_place():
    from checker.model import Sentence

    def paragraphs(count: int) -> list[Sentence]:
        return [Sentence(k, f"p{k}", 0, 2, 2 * k + 1, 1, 2 * k) for k in range(count)]

    # Five paragraphs a side: the version dropped the reference's second and added its own
    # at the end, so every pair after the gap stands one paragraph earlier in the version.
    beads = [Alignment((0,), (0,), 0.9), Alignment((1,), ()), Alignment((2,), (1,), 0.3),
             Alignment((3,), (2,), 0.3), Alignment((4,), (3,), 0.8), Alignment((), (4,))]
    claim_list = claims(beads, paragraphs(5), paragraphs(5), [[]] * 5, [[]] * 5)
    assert claim_list[3].confidence == 1.0 and claim_list[3].certain
    # A lone pair across paragraphs between pairs that keep theirs still has only its score.
    beads = [Alignment((0,), (0,), 0.9), Alignment((1,), (2,), 0.3, moved=True),
             Alignment((2,), (1,), 0.3, moved=True), Alignment((3,), (3,), 0.8)]
    assert claims(beads, paragraphs(4), paragraphs(4), [[]] * 4, [[]] * 4)[1].confidence == 0.3
