"""Glossary terms and CLDR names of one language (checker/glossary/lookup.py, CLDR's tables
in cldr_tables.py, a glossary's rating of a form in term_status.py)."""

from checker.facts.entities import extract
from checker.glossary.cldr_tables import _cldr_locales, cldr_names
from checker.glossary.lookup import own_glossary
from checker.glossary.model import Concept, Glossary
from checker.glossary.term_status import status_in_own_glossary


def test_cldr_locales_come_from_the_profile_else_the_tag():
    """bs, hr and sr read the CLDR names of a neighbour locale too (profile.cldr_locales,
    declared once for dates and names); other tags read their own locale and its base."""
    assert _cldr_locales("bs") == ("bs", "sr_Latn")
    assert _cldr_locales("hr") == ("hr", "bs")
    assert _cldr_locales("sr-Cyrl") == ("sr", "sr_Latn")
    assert _cldr_locales("pt-BR") == ("pt_BR", "pt")
    assert _cldr_locales("de") == ("de",)


def test_a_croatian_text_names_a_country_the_bosnian_way():
    """"Obala Slonovače" is CLDR's Bosnian name of Côte d'Ivoire (Croatian writes "Obala
    Bjelokosti"); Croatian reads the Bosnian names too."""
    assert ("CI", "Obala Slonovače") in cldr_names("hr")
    text = "Predsjednik je rekao da Obala Slonovače izvozi kakao."
    assert [(f.text, f.value) for f in extract(text, "hr")] == [("Obala Slonovače", "cldr:CI")]
    found = [(f.text, f.value) for f in extract("Ministar je posetio Avganistan.", "bs")]
    assert found == [("Avganistan", "cldr:AF")]  # the Serbian (Latin) name, in Bosnian


def test_own_glossary_by_tag_then_base_language():
    serbian, latin = Glossary(lang="sr"), Glossary(lang="sr-Latn")
    assert own_glossary({"sr": serbian}, "sr-Cyrl") is serbian
    assert own_glossary({"sr": serbian, "sr-Latn": latin}, "sr-Latn") is latin
    assert own_glossary({"sr": serbian}, "hr") is None


def test_a_word_in_capitals_is_its_term_without_the_accents_capitals_drop():
    """Greek capitals carry no accents: a dateline "ΟΣΛΟ" is the preferred "Όσλο"; written
    in lower case without its accent it is not."""
    greek = Glossary("el", {"oslo": Concept("oslo", "Όσλο")})
    assert status_in_own_glossary(greek, "oslo", "ΟΣΛΟ", "el") == ("preferred", "Όσλο")
    assert status_in_own_glossary(greek, "oslo", "Όσλο", "el") == ("preferred", "Όσλο")
    assert status_in_own_glossary(greek, "oslo", "Οσλο", "el") == ("other", "Όσλο")


def _places(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, str(f.value)) for f in extract(text, lang) if f.kind == "concept"]


def test_a_name_written_as_a_declared_place_is_that_place():
    """"America" is the United States (places.PLACE_NAMES), "the Americas" CLDR's region:
    of entries as long and as trusted, the one written as the text is wins; a CLDR name the
    language's data declares for another place ("Америка", "Amerika") is that place only."""
    assert _places("America and the Americas", "en") == [
        ("America", "cldr:US"), ("Americas", "cldr:019")]
    assert _places("Америка помогла.", "ru") == [("Америка", "cldr:US")]
    assert _places("Amerika pomohla.", "cs") == [("Amerika", "cldr:US")]
    assert _places("Сполучене Королівство і Євросоюз", "uk") == [
        ("Сполучене Королівство", "cldr:GB"), ("Євросоюз", "cldr:EU")]
