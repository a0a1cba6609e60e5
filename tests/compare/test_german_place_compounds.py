"""German names a place inside words made from it (our own news sentences): an acronym
leading a compound ("US-Filmemacher", "NRW-Landesregierung"), a state's hyphenated name
whose last part is also a common word ("Sachsen-Anhalt", "Nordrhein-Westfalen"), an
adjective of a city ("Kiewer", "Münchner") and the genitive ("Deutschlands"). Each
faithful pair gains no finding; its drifted twin (another place in the English) is an
error."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair

# (English, German, English with another place planted)
CASES = [
    ("The US filmmaker won the prize.", "Der US-Filmemacher gewann den Preis.",
     "The UAE filmmaker won the prize."),
    ("The North Rhine-Westphalia state government announced new rules.",
     "Die NRW-Landesregierung kündigte neue Regeln an.",
     "The Bavaria state government announced new rules."),
    ("Schools in North Rhine-Westphalia will reopen on Monday.",
     "Die Schulen in Nordrhein-Westfalen öffnen am Montag wieder.",
     "Schools in Lower Saxony will reopen on Monday."),
    ("Floods hit Saxony-Anhalt and Thuringia in June.",
     "Hochwasser traf im Juni Sachsen-Anhalt und Thüringen.",
     "Floods hit Saxony-Anhalt and Bavaria in June."),
    ("The Kyiv government rejected the plan.", "Die Kiewer Regierung lehnte den Plan ab.",
     "The Warsaw government rejected the plan."),
    ("The Munich court ruled against him.", "Das Münchner Gericht entschied gegen ihn.",
     "The Vienna court ruled against him."),
    ("Germany's economy shrank in the third quarter.",
     "Deutschlands Wirtschaft schrumpfte im dritten Quartal.",
     "Austria's economy shrank in the third quarter."),
]


def entity_findings(english: str, text: str) -> list:
    pair = SegmentPair("own", "en", english, "de", text)
    return [f for f in check_pair(pair) if f.category == "entity"]


@pytest.mark.parametrize(("english", "german", "drifted"), CASES)
def test_place_inside_a_german_word(english, german, drifted):
    assert entity_findings(english, german) == []
    assert any(f.severity == "error" for f in entity_findings(drifted, german))


def test_acronym_of_a_grouping_leads_no_place():
    # "UN-" is no country: the envoy of the UN names no place to compare.
    assert entity_findings("The UN envoy arrived in Kabul.",
                           "Der UN-Gesandte kam in Kabul an.") == []


# A place's name left in English inside an organisation's name ("National Trust for
# Scotland", "Bank of England"): the territory of the English data, so another country in
# the English is a change; one that holds it (Britain) stays unsure.
KEPT = [
    ("Researchers of the National Trust for Scotland counted the seals on the island.",
     "Forscher des National Trust for Scotland zählten die Robben auf der Insel.",
     "Researchers of the National Trust for Peru counted the seals on the island."),
    ("The Bank of England raised interest rates on Thursday.",
     "Die Bank of England hob am Donnerstag die Zinsen an.",
     "The Bank of France raised interest rates on Thursday."),
]


@pytest.mark.parametrize(("english", "german", "drifted"), KEPT)
def test_place_kept_in_english(english, german, drifted):
    assert entity_findings(english, german) == []
    assert any(f.severity == "error" for f in entity_findings(drifted, german))


def test_place_kept_in_english_inside_the_lost_one_is_unsure():
    found = entity_findings(
        "Researchers of the National Trust for Britain counted the seals on the island.",
        "Forscher des National Trust for Scotland zählten die Robben auf der Insel.")
    assert found and not any(f.severity == "error" for f in found)
