"""Figures a translator restates rather than copies: a minute of the second half for the
game's minute ("aos 36 do segundo tempo" is the 81st minute, "a los 36 minutos de la segunda
parte" too), and a change said as its size ("89 seats, up from 80" as "89 deputados, mais
nove"). The team's own sentences. The faithful versions give no number error; the same
version against an English figure that does not make the restatement true gives one."""

from __future__ import annotations

import pytest
from support.news_pairs import number_date_errors

FAITHFUL = [
    ("Palmeiras equalised from the penalty spot, but Gerson scored the winner in the 81st "
     "minute.", "pt", "O Palmeiras empatou de pênalti, mas Gerson marcou o gol da vitória aos "
     "36 do segundo tempo."),
    ("Benfica's winner came in the 67th minute.", "pt",
     "O golo da vitória do Benfica surgiu aos 22 minutos da segunda parte."),
    ("Morata headed the equaliser in the 58th minute.", "es",
     "Morata empató de cabeza a los 13 minutos de la segunda parte."),
    ("The striker scored 36 minutes into the second half.", "pt",
     "O avançado marcou aos 81 minutos."),
    ("The centre-right coalition won 89 of the 230 seats, up from 80.", "pt",
     "A coligação de centro-direita elegeu 89 dos 230 deputados, mais nove do que em 2024."),
    ("The party won 58 seats, twelve fewer than in the last election.", "es",
     "El partido obtuvo 58 escaños, frente a los 70 de las últimas elecciones."),
]

DRIFTED = [
    ("Palmeiras equalised from the penalty spot, but Gerson scored the winner in the 83rd "
     "minute.", "pt", "O Palmeiras empatou de pênalti, mas Gerson marcou o gol da vitória aos "
     "36 do segundo tempo."),
    ("Benfica's winner came in the 60th minute.", "pt",
     "O golo da vitória do Benfica surgiu aos 22 minutos da segunda parte."),
    ("Morata headed the equaliser in the 68th minute.", "es",
     "Morata empató de cabeza a los 13 minutos de la segunda parte."),
    ("The striker scored 36 minutes into the second half.", "pt",
     "O avançado marcou aos 80 minutos."),
    ("The centre-right coalition won 89 of the 230 seats, up from 70.", "pt",
     "A coligação de centro-direita elegeu 89 dos 230 deputados, mais nove do que em 2024."),
    ("The party won 58 seats, twelve fewer than in the last election.", "es",
     "El partido obtuvo 58 escaños, frente a los 75 de las últimas elecciones."),
    # a part against the rest of its whole is a drift, not a restated change
    ("The bus carried 100 passengers, and 30 were hurt.", "pt",
     "O ônibus levava 100 passageiros, e 70 ficaram feridos."),
    ("The ferry carried 120 people; 45 were rescued.", "es",
     "El ferry llevaba 120 personas; 75 fueron rescatadas."),
]


@pytest.mark.parametrize(("english", "lang", "version"), FAITHFUL)
def test_restated_figures_are_no_error(english, lang, version):
    assert number_date_errors(english, lang, version) == []


@pytest.mark.parametrize(("english", "lang", "version"), DRIFTED)
def test_figures_the_restatement_does_not_explain_are_errors(english, lang, version):
    assert number_date_errors(english, lang, version) != []
