"""Figures that say one thing in two ways only when the other figure counts the matching
thing: basis points against a percentage or points ("0,5 ponto", "0,5 puan"), counted
centuries against years or an anniversary, a minute of the second half against a minute of
play, and a change said as its size against figures of one measure. The team's own
sentences: each faithful version gives no number error; the same figure said of something
else is not hidden."""

from __future__ import annotations

import pytest
from support.news_pairs import number_date_errors, number_date_findings

FAITHFUL = [
    ("The central bank cut its key rate by 50 basis points.", "tr",
     "Merkez bankası politika faizini 0,5 puan indirdi."),
    ("The central bank cut its key rate by 50 basis points.", "zh",
     "央行将基准利率下调0.5个百分点。"),
    ("The central bank cut its key rate by 50 basis points.", "sr",
     "Centralna banka je smanjila referentnu stopu za 0,5 procentnih poena."),
    ("The central bank raised its key rate by 25 basis points.", "de",
     "Die Notenbank erhöhte den Leitzins um 0,25 Punkte."),
    ("The central bank raised its key rate by 0.75 percentage points.", "tr",
     "Merkez bankası politika faizini 75 baz puan artırdı."),
    ("The bridge has stood over the river for two centuries.", "de",
     "Die Brücke steht seit 200 Jahren über dem Fluss."),
    ("The monastery is eight centuries old.", "ru", "Монастырю 800 лет."),
    ("The town celebrates its 800th anniversary with a fair.", "sr",
     "Grad sajmom obeležava osam vekova."),
    ("Silva scored the winner in the 81st minute.", "pt",
     "Silva marcou o gol da vitória aos 36 do segundo tempo."),
    # the game's minute said bare, with a prime or after the word for a minute
    ("Silva scored the winner at 81'.", "pt",
     "Silva marcou o gol da vitória aos 36 do segundo tempo."),
    ("Silva scored the winner in minute 81.", "pt",
     "Silva marcou o gol da vitória aos 36 minutos do segundo tempo."),
]


@pytest.mark.parametrize(("english", "lang", "version"), FAITHFUL)
def test_one_figure_said_in_another_measure_is_no_error(english, lang, version):
    assert number_date_errors(english, lang, version) == []


DRIFTED = [
    # basis points against a length, a weight or a bare figure
    ("The central bank cut its key rate by 50 basis points.", "de",
     "Die Notenbank senkte den Leitzins; die neue Trasse ist 0,5 km lang."),
    ("The central bank cut its key rate by 50 basis points.", "pt",
     "O banco central vendeu 0,5 tonelada de ouro."),
    ("The central bank cut its key rate by 50 basis points.", "pt",
     "O banco central cortou a taxa básica em 0,5."),
    # a minute of the second half against a count of fans
    ("The 81 fans who travelled saw Silva score.", "pt",
     "Os torcedores que viajaram viram Silva marcar aos 36 do segundo tempo."),
    ("Silva scored the winner at 82'.", "pt",
     "Silva marcou o gol da vitória aos 36 do segundo tempo."),
]


@pytest.mark.parametrize(("english", "lang", "version"), DRIFTED)
def test_the_figure_of_another_thing_is_an_error(english, lang, version):
    assert number_date_errors(english, lang, version) != []


def test_centuries_against_a_count_of_people_are_not_hidden():
    english = "The abbey has kept its library for eight centuries."
    version = "A abadia guarda 800 manuscritos na sua biblioteca."
    assert number_date_findings(english, "pt", version) != []
    faithful = "A abadia guarda a sua biblioteca há oito séculos."
    assert number_date_findings(english, "pt", faithful) == []


def test_a_change_said_as_its_size_needs_one_measure():
    # "89 seats, up from 80" said as "89 seats, nine more": unsure, a warning
    english = "Labour won 89 seats, up from 80."
    assert number_date_errors(english, "pt", "O Labour conquistou 89 deputados, mais nove.") == []
    # a length against a time: the gap between 80 km and 89 minutes is no restatement
    english = "The stage covered 80 km and lasted 89 minutes."
    assert number_date_errors(english, "pt", "A etapa teve 9 km e durou 89 minutos.") != []
    assert number_date_errors(english, "pt", "A etapa teve 80 km e durou 89 minutos.") == []
