"""A count of hours after "por", "há", "após" (Portuguese) or "por", "hace" (Spanish) is a
length of time, never the clock: "interditada por 18 horas" is closed for 18 hours, not
until 6 pm. The team's own sentences: each faithful pair gives no number or date error, each
changed count one, and a clock time after "às"/"a las" stays a clock time."""

from __future__ import annotations

import pytest
from support.news_pairs import number_date_errors

CASES = [
    ("The A1 motorway between Lisbon and Porto was closed for 18 hours.", "pt",
     "A rodovia A1, entre Lisboa e Porto, ficou interditada por 18 horas.",
     "The A1 motorway between Lisbon and Porto was closed for 28 hours."),
    ("The fire broke out near the village 3 hours ago.", "pt",
     "O incêndio deflagrou há 3 horas perto da aldeia.",
     "The fire broke out near the village 5 hours ago."),
    ("Rescuers pulled the miner out alive after 12 hours.", "pt",
     "Os socorristas retiraram o mineiro com vida após 12 horas.",
     "Rescuers pulled the miner out alive after 14 hours."),
    ("The coastal road was closed for 18 hours.", "es",
     "La carretera de la costa estuvo cortada por 18 horas.",
     "The coastal road was closed for 20 hours."),
    ("The quake struck 3 hours ago, officials said.", "es",
     "El terremoto se produjo hace 3 horas, según las autoridades.",
     "The quake struck 4 hours ago, officials said."),
    ("The vote count will begin at 6 pm.", "pt", "A apuração dos votos começa às 18 horas.",
     "The vote count will begin at 7 pm."),
    ("The vote count will begin at 6 pm.", "es",
     "El recuento de votos comenzará a las 18 horas.", "The vote count will begin at 8 pm."),
]


@pytest.mark.parametrize(("english", "lang", "version", "drifted"), CASES)
def test_hours_after_a_span_word_are_a_length_of_time(english, lang, version, drifted):
    assert number_date_errors(english, lang, version) == []
    assert number_date_errors(drifted, lang, version) != []
