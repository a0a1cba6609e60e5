"""Numbers said in words and counts regrouped (the same quantity grouped another way) in
held-out languages (pt, el, es, nl, uk): our own news sentences, each faithful version
without a number error and each planted change an error. The stories in
tests/data/stories/ (budgetvote, stormtoll, cupfinal, marketslide, regionvote,
wildfire) hold the same phenomena in whole texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.news_pairs import number_date_errors
from support.story_check import own_story, own_story_errors

from checker.facts import extract_facts

# English, language, a faithful version, and the same version with one number changed
PAIRS = [
    # European Portuguese long scale: "mil milhões" is 10^9, "bilião" 10^12
    ("The fund received 1.5 billion dollars.", "pt",
     "O fundo recebeu mil e quinhentos milhões de dólares.",
     "O fundo recebeu mil e seiscentos milhões de dólares."),
    ("The fund received 1.5 billion dollars.", "pt",
     "O fundo recebeu 1,5 mil milhões de dólares.",
     "O fundo recebeu 1,5 milhões de dólares."),
    ("The national debt passed 1.2 trillion dollars.", "pt",
     "A dívida nacional ultrapassou 1,2 biliões de dólares.",
     "A dívida nacional ultrapassou 1,2 mil milhões de dólares."),
    ("The company is worth 4 billion reais.", "pt",
     "A empresa vale 4 bilhões de reais.", "A empresa vale 5 bilhões de reais."),
    ("The firm made a profit of 3.2 billion euros.", "pt",
     "A empresa teve lucros de 3 mil e 200 milhões de euros.",
     "A empresa teve lucros de 3 mil e 300 milhões de euros."),
    ("The firm made a profit of 3.2 billion euros.", "pt",
     "A empresa teve lucros de três mil e duzentos milhões de euros.",
     "A empresa teve lucros de três mil e trezentos milhões de euros."),
    ("About 1.5 million people voted early.", "pt",
     "Cerca de 1 milhão e 500 mil pessoas votaram antecipadamente.",
     "Cerca de 1 milhão e 600 mil pessoas votaram antecipadamente."),
    ("About 1.5 million people voted early.", "pt",
     "Cerca de 1 milhão 500 mil pessoas votaram antecipadamente.",
     "Cerca de 1 milhão 600 mil pessoas votaram antecipadamente."),
    ("About 1.5 million people voted early.", "pt",
     "Cerca de milhão e meio de pessoas votaram antecipadamente.",
     "Cerca de dois milhões e meio de pessoas votaram antecipadamente."),
    ("Half a dozen houses were destroyed.", "pt",
     "Meia dúzia de casas foram destruídas.", "Uma dúzia de casas foram destruídas."),
    ("About a hundred people were evacuated.", "pt",
     "Cerca de uma centena de pessoas foram retiradas.",
     "Cerca de duas centenas de pessoas foram retiradas."),
    ("Two thirds of voters back the plan.", "pt",
     "Dois terços dos eleitores apoiam o plano.", "Três quartos dos eleitores apoiam o plano."),
    ("Prices rose by 20 percent.", "pt",
     "Os preços subiram vinte por cento.", "Os preços subiram trinta por cento."),
    ("Exports were three times higher than in 2020.", "pt",
     "As exportações foram o triplo das de 2020.",
     "As exportações foram o quádruplo das de 2020."),
    # a fraction of a scale word is a count
    ("Some 250,000 people were left without power.", "pt",
     "Cerca de um quarto de milhão de pessoas ficaram sem eletricidade.",
     "Cerca de três quartos de milhão de pessoas ficaram sem eletricidade."),
    ("About a quarter of a million people fled.", "pt",
     "Cerca de 250 mil pessoas fugiram.", "Cerca de 350 mil pessoas fugiram."),
    ("Some 750,000 people fled.", "es",
     "Unos tres cuartos de millón de personas huyeron.",
     "Unos dos tercios de millón de personas huyeron."),
    # tenths of a point counted in the feminine plural
    ("Inflation rose 0.2 percentage points to 2.6 percent.", "pt",
     "A inflação subiu duas décimas, para 2,6%.", "A inflação subiu três décimas, para 2,6%."),
    ("Unemployment fell 0.3 points to 6.1 percent.", "es",
     "El paro bajó tres décimas, hasta el 6,1 %.", "El paro bajó cuatro décimas, hasta el 6,1 %."),
    ("The Portuguese sprinter was 0.3 seconds behind.", "pt",
     "O velocista português ficou a três décimas de segundo.",
     "O velocista português ficou a quatro décimas de segundo."),
    # a half after the points, and after a noun with its adjective
    ("The rate rose by 1.5 percentage points.", "pt",
     "A taxa subiu um ponto percentual e meio.", "A taxa subiu dois pontos percentuais e meio."),
    ("The rate rose by 2.5 percentage points.", "es",
     "La tasa subió dos puntos porcentuales y medio.",
     "La tasa subió tres puntos porcentuales y medio."),
    # Greek number words in their genders and cases, and regrouped counts
    ("The school has 200 pupils.", "el",
     "Το σχολείο έχει διακόσιους μαθητές.", "Το σχολείο έχει τριακόσιους μαθητές."),
    ("The homes of 200 families were damaged.", "el",
     "Υπέστησαν ζημιές τα σπίτια διακοσίων οικογενειών.",
     "Υπέστησαν ζημιές τα σπίτια τριακοσίων οικογενειών."),
    ("The homes of 3,000 families were damaged.", "el",
     "Υπέστησαν ζημιές τα σπίτια τριών χιλιάδων οικογενειών.",
     "Υπέστησαν ζημιές τα σπίτια τεσσάρων χιλιάδων οικογενειών."),
    ("Twenty-one women were killed.", "el",
     "Σκοτώθηκαν είκοσι μία γυναίκες.", "Σκοτώθηκαν είκοσι δύο γυναίκες."),
    ("The fund received 1.5 billion dollars.", "el",
     "Το ταμείο έλαβε χίλια πεντακόσια εκατομμύρια δολάρια.",
     "Το ταμείο έλαβε χίλια εξακόσια εκατομμύρια δολάρια."),
    ("About 1.5 million people voted.", "el",
     "Ψήφισαν περίπου 1 εκατομμύριο 500 χιλιάδες άνθρωποι.",
     "Ψήφισαν περίπου 1 εκατομμύριο 600 χιλιάδες άνθρωποι."),
    ("About 1.5 million people voted.", "el",
     "Ψήφισαν περίπου ένα εκατομμύριο πεντακόσιες χιλιάδες άνθρωποι.",
     "Ψήφισαν περίπου ένα εκατομμύριο εξακόσιες χιλιάδες άνθρωποι."),
    ("The firm made a profit of 3.2 billion euros.", "el",
     "Η εταιρεία είχε κέρδη 3 δισ. 200 εκατ. ευρώ.",
     "Η εταιρεία είχε κέρδη 3 δισ. 300 εκατ. ευρώ."),
    ("The debt is 1.3 trillion euros.", "el",
     "Το χρέος ανέρχεται σε 1,3 τρισ. ευρώ.", "Το χρέος ανέρχεται σε 1,3 δισ. ευρώ."),
    ("The city has 2.5 million people.", "el",
     "Η πόλη έχει δυόμισι εκατομμύρια κατοίκους.",
     "Η πόλη έχει τρεισήμισι εκατομμύρια κατοίκους."),
    ("Two thirds of voters backed the plan.", "el",
     "Τα δύο τρίτα των ψηφοφόρων στήριξαν το σχέδιο.",
     "Τα τρία τέταρτα των ψηφοφόρων στήριξαν το σχέδιο."),
    ("Exports are three times higher than in 2020.", "el",
     "Οι εξαγωγές είναι τριπλάσιες από το 2020.",
     "Οι εξαγωγές είναι τετραπλάσιες από το 2020."),
    # ages glued to a tens-and-units or teen number
    ("The 34-year-old woman was arrested.", "el",
     "Η τριαντατετράχρονη γυναίκα συνελήφθη.", "Η τριανταπεντάχρονη γυναίκα συνελήφθη."),
    ("A 23-year-old man was arrested.", "el",
     "Συνελήφθη ένας εικοσιτριάχρονος άνδρας.", "Συνελήφθη ένας εικοσιτετράχρονος άνδρας."),
    ("The 19-year-old striker scored twice.", "el",
     "Ο δεκαεννιάχρονος επιθετικός σκόραρε δύο φορές.",
     "Ο δεκαοχτάχρονος επιθετικός σκόραρε δύο φορές."),
    ("A 17-year-old girl was hurt.", "el",
     "Τραυματίστηκε ένα δεκαεφτάχρονο κορίτσι.", "Τραυματίστηκε ένα δεκαεξάχρονο κορίτσι."),
    ("Some 14,500 votes are still being counted.", "pt",
     "Ainda estão a ser contados cerca de 14 mil e 500 votos.",
     "Ainda estão a ser contados cerca de 14 mil e 600 votos."),
    ("Eleven people were arrested.", "el",
     "Συνελήφθησαν ένδεκα άτομα.", "Συνελήφθησαν δώδεκα άτομα."),
    # Spanish, Ukrainian and Dutch regroupings
    ("About 1.5 million people voted.", "es",
     "Votaron cerca de 1 millón 500 mil personas.",
     "Votaron cerca de 1 millón 600 mil personas."),
    ("The fund received 1.5 billion dollars.", "es",
     "El fondo recibió mil quinientos millones de dólares.",
     "El fondo recibió mil seiscientos millones de dólares."),
    ("About 1.5 million people voted.", "uk",
     "Проголосували близько 1 млн 500 тис. людей.",
     "Проголосували близько 1 млн 600 тис. людей."),
    ("The plan costs 2.3 billion hryvnias.", "uk",
     "План коштує 2300 млн гривень.", "План коштує 2400 млн гривень."),
    ("The fund received 1.5 billion euros.", "nl",
     "Het fonds kreeg anderhalf miljard euro.", "Het fonds kreeg tweeënhalf miljard euro."),
    ("About 1.5 million people voted.", "nl",
     "Ongeveer 1 miljoen 500 duizend mensen stemden.",
     "Ongeveer 1 miljoen 600 duizend mensen stemden."),
    ("The fund received 1.5 billion hryvnias.", "uk",
     "Фонд отримав 1 млрд 500 млн гривень.", "Фонд отримав 1 млрд 600 млн гривень."),
]


@pytest.mark.parametrize(("english", "lang", "faithful", "changed"), PAIRS)
def test_a_faithful_version_gives_no_error_and_its_changed_twin_one(
        english: str, lang: str, faithful: str, changed: str) -> None:
    assert number_date_errors(english, lang, faithful) == []
    assert number_date_errors(english, lang, changed) != []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("O fundo recebeu mil e quinhentos milhões de dólares.", "pt", 1_500_000_000),
        ("Το ταμείο έλαβε χίλια πεντακόσια εκατομμύρια δολάρια.", "el", 1_500_000_000),
        ("A empresa teve lucros de 3 mil e 200 milhões de euros.", "pt", 3_200_000_000),
        ("Η εταιρεία είχε κέρδη 3 δισ. 200 εκατ. ευρώ.", "el", 3_200_000_000),
        ("A inflação subiu duas décimas.", "pt", 0.2),
    ],
)
def test_a_regrouped_count_is_one_number(text: str, lang: str, value: float) -> None:
    assert [f.value for f in extract_facts(text, lang, ("number",))] == [value]


def test_a_lone_feminine_plural_tenth_stays_the_ordinal() -> None:
    found = extract_facts("As décimas classificadas ficam de fora.", "pt", ("number",))
    assert [(f.value, f.kind) for f in found] == [(10, "ordinal")]


# Changes planted in our own stories
STORY_CHANGES = [
    ("budgetvote", "pt", "2300 milhões", "2400 milhões"),
    ("budgetvote", "pt", "15,5 mil milhões", "15,5 milhões"),
    ("budgetvote", "pt", "um terço", "um quarto"),
    ("budgetvote", "pt", "milhão e meio", "dois milhões e meio"),
    ("budgetvote", "pt", "12 mil casas", "15 mil casas"),
    ("budgetvote", "pt", "duzentas autarquias", "trezentas autarquias"),
    ("budgetvote", "pt", "três por cento", "quatro por cento"),
    ("budgetvote", "el", "2.300 εκατ.", "2.400 εκατ."),
    ("budgetvote", "el", "ενάμισι εκατομμύριο", "δυόμισι εκατομμύρια"),
    ("budgetvote", "el", "διακόσιους δήμους", "τριακόσιους δήμους"),
    ("budgetvote", "el", "τρία τοις εκατό", "τέσσερα τοις εκατό"),
    ("budgetvote", "es", "15.500 millones", "15.600 millones"),
    ("budgetvote", "es", "doscientos municipios", "trescientos municipios"),
    ("stormtoll", "pt", "trezentas mil casas", "quatrocentas mil casas"),
    ("stormtoll", "pt", "mil e duzentos edifícios", "mil e trezentos edifícios"),
    ("stormtoll", "pt", "vinte e três pessoas", "vinte e cinco pessoas"),
    ("stormtoll", "pt", "1200 milhões", "1300 milhões"),
    ("stormtoll", "pt", "dois metros e meio", "três metros e meio"),
    ("stormtoll", "el", "χιλίων διακοσίων κτιρίων", "χιλίων τριακοσίων κτιρίων"),
    ("stormtoll", "el", "τριακόσιες χιλιάδες", "τετρακόσιες χιλιάδες"),
    ("stormtoll", "el", "διακόσιοι πυροσβέστες", "τριακόσιοι πυροσβέστες"),
    ("stormtoll", "el", "εννιάχρονο", "δεκάχρονο"),
    ("stormtoll", "el", "δώδεκα ώρες", "δεκαπέντε ώρες"),
    ("stormtoll", "el", "δυόμισι μέτρα", "τρεισήμισι μέτρα"),
    ("stormtoll", "uk", "трьохсот тисяч", "чотирьохсот тисяч"),
    ("stormtoll", "uk", "двісті рятувальників", "триста рятувальників"),
    ("cupfinal", "pt", "Quarenta e oito mil", "Quarenta e cinco mil"),
    ("cupfinal", "pt", "dezanove anos", "dezoito anos"),
    ("cupfinal", "pt", "décimo primeiro golo", "décimo segundo golo"),
    ("cupfinal", "pt", "três épocas e meia", "quatro épocas e meia"),
    ("cupfinal", "pt", "duas dúzias", "três dúzias"),
    ("cupfinal", "el", "Σαράντα οκτώ χιλιάδες", "Σαράντα πέντε χιλιάδες"),
    ("cupfinal", "el", "δεκαεννιάχρονο", "δεκαοχτάχρονο"),
    ("cupfinal", "el", "τρεισήμισι σεζόν", "τεσσερισήμισι σεζόν"),
    ("cupfinal", "el", "δύο ντουζίνες", "τρεις ντουζίνες"),
    ("cupfinal", "nl", "Achtenveertigduizend", "Vijfenveertigduizend"),
    ("cupfinal", "nl", "anderhalf miljoen", "tweeënhalf miljoen"),
    ("marketslide", "pt", "US$ 61,5 bilhões", "US$ 62,5 bilhões"),
    ("marketslide", "pt", "quatro mil postos", "cinco mil postos"),
    ("marketslide", "pt", "quatro décimas", "cinco décimas"),
    ("marketslide", "pt", "65 mil pessoas", "56 mil pessoas"),
    ("marketslide", "pt", "trinta e sete anos", "trinta e oito anos"),
    ("marketslide", "el", "τέσσερις χιλιάδες", "πέντε χιλιάδες"),
    ("marketslide", "el", "1,2 δισεκατομμύρια", "1,2 εκατομμύρια"),
    ("marketslide", "el", "δεκατέσσερις χώρες", "δεκαπέντε χώρες"),
    ("regionvote", "pt", "vinte e um dos cinquenta e um", "vinte e dois dos cinquenta e um"),
    ("regionvote", "pt", "um milhão e cem mil", "um milhão e duzentos mil"),
    ("regionvote", "pt", "dois milhões e quarenta mil", "dois milhões e cinquenta mil"),
    ("regionvote", "pt", "14 mil e 500", "14 mil e 800"),
    ("regionvote", "pt", "onze partidos", "doze partidos"),
    ("regionvote", "el", "είκοσι μία από τις πενήντα μία", "είκοσι δύο από τις πενήντα μία"),
    ("regionvote", "el", "δεκατέσσερις χιλιάδες πεντακόσιες", "δεκατέσσερις χιλιάδες εξακόσιες"),
    ("regionvote", "el", "δεκατρείς απερχόμενους", "δεκατέσσερις απερχόμενους"),
    ("regionvote", "el", "τριακόσιοι υποψήφιοι", "τετρακόσιοι υποψήφιοι"),
    ("wildfire", "pt", "onze mil e quinhentos", "doze mil e quinhentos"),
    ("wildfire", "pt", "duas mil e trezentas", "duas mil e quatrocentas"),
    ("wildfire", "pt", "seiscentos bombeiros", "setecentos bombeiros"),
    ("wildfire", "pt", "32 mil hectares", "23 mil hectares"),
    ("wildfire", "el", "έντεκα χιλιάδες πεντακόσια", "δώδεκα χιλιάδες πεντακόσια"),
    ("wildfire", "el", "δύο χιλιάδες τριακόσιους", "δύο χιλιάδες τετρακόσιους"),
    ("wildfire", "el", "δεκατεσσάρων εναέριων", "δεκαπέντε εναέριων"),
    ("wildfire", "el", "σαρανταπεντάχρονο", "σαρανταεξάχρονο"),
    ("wildfire", "es", "dos mil trescientas", "dos mil cuatrocientas"),
    ("wildfire", "es", "seiscientos bomberos", "setecientos bomberos"),
]


@pytest.mark.parametrize(("story", "lang", "old", "new"), STORY_CHANGES,
                         ids=[f"{c[0]}-{c[1]}-{c[3]}" for c in STORY_CHANGES])
def test_a_change_planted_in_a_story_is_an_error(tmp_path: Path, story: str, lang: str,
                                                 old: str, new: str) -> None:
    faithful = own_story(story, lang)
    assert old in faithful
    assert own_story_errors(tmp_path, story, lang, faithful.replace(old, new, 1),
                            ("number", "date")) != []


def test_a_half_that_begins_the_next_number_is_no_half_of_the_count() -> None:
    found = extract_facts("Houve cinco feridos graves e meia dúzia de detidos.", "pt",
                          ("number",))
    assert 5.5 not in [f.value for f in found]
    assert [f.value for f in extract_facts("A greve durou dois dias e meio.", "pt",
                                           ("number",))] == [2.5]
