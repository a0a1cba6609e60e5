"""`glossary lint`: duplicates, a term in two concepts, missing concepts, conflicts."""

from pathlib import Path

from checker.glossary import lint, store
from checker.glossary.model import Concept, Glossary

SHIPPED = Path(__file__).resolve().parents[2] / "glossaries"


def test_shipped_glossaries_are_clean():
    assert lint.lint(store.load_all(SHIPPED)) == []


def test_every_problem_kind_is_reported():
    fr = Glossary(
        "fr",
        {
            "nato": Concept("nato", "OTAN", ["OTAN"], ["OTAN"], line=2),
            "un": Concept("un", "ONU", ["Nations unies"], [], line=3),
            "onu2": Concept("onu2", "ONU", [], [], line=4),
            "x": Concept("x", "Alliance", [], [], line=5),
            "y": Concept("y", "Bruxelles", [], ["Alliance"], line=6),
        },
        path="fr.tsv",
    )
    en = Glossary("en", {"nato": Concept("nato", "NATO"), "eu": Concept("eu", "EU")}, path="en.tsv")
    codes = {(i.path, i.code, i.concept) for i in lint.lint({"fr": fr, "en": en})}
    assert ("fr.tsv", "duplicate-term", "nato") in codes or (
        "fr.tsv",
        "preferred-forbidden",
        "nato",
    ) in codes
    assert ("fr.tsv", "preferred-forbidden", "nato") in codes
    assert ("fr.tsv", "term-in-two-concepts", "un") in codes
    assert ("fr.tsv", "preferred-forbidden", "y") in codes
    assert ("fr.tsv", "missing-concept", "eu") in codes
    assert ("en.tsv", "missing-concept", "un") in codes
