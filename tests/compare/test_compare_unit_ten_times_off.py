"""A length converted with the right figures but written in a unit ten times off ("2 inches"
as "5 mm": the figures of centimetres) is a real error of the translation: it stays an
error, and the message says which unit the figures match
(`checker.compare.conversions.unit_ten_times_off`). The sentences are the team's own."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair


def _findings(english: str, lang: str, version: str) -> list:
    return check_pair(SegmentPair("t", "en", english, lang, version))


@pytest.mark.parametrize(("english", "lang", "faithful", "off", "unit", "written"), [
    ("The hailstones were 2 inches across.", "es",
     "Los granizos medían 5 centímetros de diámetro.",
     "Los granizos medían 5 milímetros de diámetro.", "cm", "mm"),
    ("Hailstones of 2 inches smashed car windows.", "de",
     "Hagelkörner von 5 Zentimetern zerschlugen Autoscheiben.",
     "Hagelkörner von 5 Millimetern zerschlugen Autoscheiben.", "cm", "mm"),
    ("The snow was 8 inches deep in the Alps.", "fr",
     "Dans les Alpes, la neige atteignait 20 centimètres d'épaisseur.",
     "Dans les Alpes, la neige atteignait 20 millimètres d'épaisseur.", "cm", "mm"),
    ("Rain of 2 inches fell in an hour.", "pt",
     "Em uma hora caíram 50 milímetros de chuva.",
     "Em uma hora caíram 50 centímetros de chuva.", "mm", "cm"),
])
def test_the_unit_off_by_ten_is_an_error_that_names_the_unit(
        english, lang, faithful, off, unit, written):
    assert [f.message for f in _findings(english, lang, faithful) if f.severity == "error"] == []
    errors = [f for f in _findings(english, lang, off) if f.severity == "error"]
    assert [f.kind for f in errors] == ["changed"]
    assert errors[0].message.endswith(
        f"the figures match a conversion into {unit}, the text says {written}")


def test_a_wrong_figure_says_nothing_of_a_unit() -> None:
    errors = [f for f in _findings("The hailstones were 2 inches across.", "es",
                                   "Los granizos medían 9 centímetros de diámetro.")
              if f.severity == "error"]
    assert errors and "conversion into" not in errors[0].message


def test_english_centimetres_are_read() -> None:
    """The British spelling too: the same figure in another length unit is no longer equal."""
    found = _findings("The fish was 30 centimetres long.", "ru", "Рыба была длиной 30 миллиметров.")
    assert [f.kind for f in found if f.category == "number"] == ["changed"]
    assert not [f for f in _findings("The fish was 30 centimetres long.", "ru",
                                     "Рыба была длиной 30 сантиметров.") if f.category == "number"]
