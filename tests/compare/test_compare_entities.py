"""Entity and term findings within aligned claims (checker/compare/entities.py, terms.py)."""

from pathlib import Path

import pytest

from checker.glossary import lookup
from checker.model import SegmentPair
from checker.pipeline import check_pair

GLOSSARIES = Path(__file__).resolve().parents[2] / "glossaries"


@pytest.fixture(autouse=True)
def _glossaries():
    lookup.use_glossaries(GLOSSARIES)
    yield
    lookup.use_glossaries(None)


def findings(source: str, source_lang: str, target: str, target_lang: str = "en"):
    pair = SegmentPair("t", source_lang, source, target_lang, target)
    return [
        (f.category, f.kind, f.severity)
        for f in check_pair(pair)
        if f.category in ("entity", "term")
    ]


def test_transliterated_names_match():
    src = "Психолог Вероника Степанова рассказала о бойце Александре Емельяненко."
    assert (
        findings(
            src, "ru", "Psychologist Veronika Stepanova spoke about fighter Alexander Emelianenko."
        )
        == []
    )


def test_replaced_name_is_changed():
    src = "Психолог Вероника Степанова рассказала о бойце Александре Емельяненко."
    out = findings(
        src, "ru", "Psychologist Anastazja Abramenko spoke about fighter Alexander Emelianenko."
    )
    assert ("entity", "changed", "error") in out


def test_removed_name_is_missing():
    src = "Die zwei Fraktionen warfen Ministerpräsident Markus Söder (CSU) vor, zu schweigen."
    assert (
        findings(
            src, "de", "The two factions accused Prime Minister Markus Söder (CSU) of silence."
        )
        == []
    )
    out = findings(src, "de", "The two factions accused Prime Minister Markus Söder () of silence.")
    assert out == [("entity", "missing", "warning")]


def test_exonyms_from_cldr_and_demonyms():
    assert (
        findings("Il vit en Allemagne depuis 2010.", "fr", "He has lived in Germany since 2010.")
        == []
    )
    assert findings(
        "Il vit en Allemagne depuis 2010.", "fr", "He has lived in Austria since 2010."
    ) == [("entity", "changed", "error")]
    assert (
        findings(
            "Уровень оснащенности ВМФ России растет.",
            "ru",
            "The equipment of the Russian Navy is growing.",
        )
        == []
    )


def test_translated_acronyms_match():
    assert findings("Le chef de l'OTAN s'est exprimé.", "fr", "The NATO chief spoke.") == []
    assert findings("La CEDH a statué.", "fr", "The ECHR ruled.") == []


def test_glossary_exonyms_across_scripts():
    assert (
        findings(
            "Poruka Beogradu i Prištini je jasna.",
            "sr",
            "The message to Belgrade and Pristina is clear.",
        )
        == []
    )
    assert (
        findings(
            "Порука Београду и Приштини је јасна.",
            "sr-Cyrl",
            "The message to Belgrade and Pristina is clear.",
        )
        == []
    )
    assert ("entity", "changed", "error") in findings(
        "Poruka Beogradu i Prištini je jasna.", "sr", "The message to Belgrade and Skopje is clear."
    )


def test_forbidden_and_not_preferred_terms():
    # The Turkish desk forbids "Erdogan" without ğ; reference English, version Turkish.
    out = findings("He spoke with Erdogan in Ankara.", "en", "Erdogan ile Ankara'da görüştü.", "tr")
    assert ("term", "changed", "error") in out
    assert (
        findings("He spoke with Erdogan in Ankara.", "en", "Erdoğan ile Ankara'da görüştü.", "tr")
        == []
    )
    # The Serbian desk prefers Priština; "Pristina" (no diacritic) is not its form.
    out = findings("The message to Pristina is clear.", "en", "Poruka Pristini je jasna.", "sr")
    assert ("term", "changed", "warning") in out
