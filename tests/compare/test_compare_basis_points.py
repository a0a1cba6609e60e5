"""Basis points against the percentage points they make: a central bank's cut of "50 basis
points" is "0,5 ponto percentual" or "0,5 ponto" in the Brazilian press, "50 pontos base" in
Portugal's, "medio punto" or "50 puntos básicos" in Spain's. The team's own sentences; each
faithful version gives no number error, each changed figure one."""

from __future__ import annotations

import pytest
from support.news_pairs import assert_version_twin_an_error, number_date_errors

CASES = [
    ("en", "The central bank cut its benchmark rate by 50 basis points to 9.75% on Friday.",
     "pt", "O Banco Central cortou nesta sexta-feira a taxa básica em 0,5 ponto percentual, "
     "para 9,75% ao ano.", "0,5 ponto", "0,7 ponto"),
    ("en", "Three board members wanted a bigger cut of 75 basis points.",
     "pt", "Três integrantes da diretoria defendiam uma redução maior, de 0,75 ponto.",
     "0,75", "0,5"),
    ("en", "The bank raised rates by 0.25 percentage points in March.",
     "pt", "O banco subiu os juros em 25 pontos base em março.", "25 pontos", "50 pontos"),
    ("en", "The ECB is expected to lower its deposit rate by 25 basis points.",
     "es", "Se espera que el BCE rebaje su tipo de depósito en 0,25 puntos porcentuales.",
     "0,25", "0,5"),
    ("en", "Yields on ten-year bonds rose 0.4 percentage points last week.",
     "es", "La rentabilidad del bono a diez años subió 40 puntos básicos la semana pasada.",
     "40 puntos", "45 puntos"),
    ("en", "The lira slumped after the bank lifted its rate by 500 basis points to 30%.",
     "fr", "La livre a plongé après que la banque a relevé son taux de 5 points de "
     "pourcentage, à 30 %.", "5 points", "6 points"),
    ("en", "The Fed held rates steady after a cut of 50 basis points in September.",
     "de", "Die Fed ließ die Zinsen unverändert, nachdem sie sie im September um 0,5 "
     "Prozentpunkte gesenkt hatte.", "0,5", "0,25"),
]


@pytest.mark.parametrize(("src", "english", "lang", "version", "old", "new"), CASES)
def test_basis_points_are_hundredths_of_a_point(src, english, lang, version, old, new):
    assert_version_twin_an_error(english, lang, version, old, new)


def test_basis_points_on_both_sides_still_compare_as_numbers():
    english = "The bank cut its rate by 50 basis points."
    assert number_date_errors(english, "pt", "O banco cortou a taxa em 50 pontos-base.") == []
    assert number_date_errors(english, "pt", "O banco cortou a taxa em 75 pontos-base.") != []
