"""Glossary terms survive machine translation through placeholders."""

from __future__ import annotations

from checker.translate import Translator
from checker.translate.protect import glossary_terms, protect, restore


def test_protect_and_restore_round_trip():
    masked = protect("Luis Blanco met Blanco and Luis.", [("Luis Blanco", "Luis Blanco"),
                                                          ("Blanco", "Blanco")])
    assert "Blanco" not in masked.text and masked.targets == ["Luis Blanco", "Blanco"]
    text, lost = restore(masked.text, masked)
    assert (text, lost) == ("Luis Blanco met Blanco and Luis.", 0)


def test_terms_match_whole_words_only():
    masked = protect("Ankaralı Ankara", [("Ankara", "Ankara")])
    assert masked.text.startswith("Ankaralı ") and len(masked.targets) == 1


def test_restore_tolerates_case_and_split_placeholders_and_counts_lost_ones():
    masked = protect("A B C", [("A", "x"), ("B", "y"), ("C", "z")])
    engine_output = masked.text.replace("ZXQ0", "Zxq0").replace("ZXQ1", "ZXQ 1")
    engine_output = engine_output.replace("ZXQ2", "")
    text, lost = restore(engine_output, masked)
    assert text.split() == ["x", "y"]
    assert lost == 1


def test_apertium_would_translate_a_surname_protection_keeps_it():
    sentence = ["El ministro Luis Blanco visitó Oslo el jueves con 700 soldados."]
    plain = Translator(["apertium"]).translate(sentence, "es", "en").texts[0]
    assert "Luis Blanco" not in plain  # Apertium turns the name into "White"
    kept = Translator(["apertium"]).translate(sentence, "es", "en",
                                              protected=[("Luis Blanco", "Luis Blanco")])
    assert "Luis Blanco" in kept.texts[0] and "700" in kept.texts[0]
    assert (kept.stats.protected_terms, kept.stats.protected_lost) == (1, 0)


def test_target_form_replaces_the_source_form():
    done = Translator(["apertium"]).translate(["La delegación llegó a Priština."], "es", "en",
                                              protected=[("Priština", "Pristina")])
    assert "Pristina" in done.texts[0] and "Priština" not in done.texts[0]


def test_a_lost_placeholder_is_counted_not_fatal(install_test_package):
    install_test_package("de_en")  # random weights: placeholders rarely survive
    done = Translator(["argos"]).translate(["Stoltenberg sagte das."], "de", "en",
                                           protected=[("Stoltenberg", "Stoltenberg")])
    assert done.stats.protected_terms == 1
    assert "ZXQ" not in done.texts[0].upper().replace(" ", "")
    assert done.stats.protected_lost == (0 if "Stoltenberg" in done.texts[0] else 1)


def test_glossary_concepts_in_both_languages_become_protected_terms(tmp_path):
    header = "concept\tpreferred\tallowed\tforbidden\tnote\n"
    (tmp_path / "es.tsv").write_text(header + "minister-blanco\tLuis Blanco\tL. Blanco\t\t\n"
                                     "only-es\tCasa Rosada\t\t\t\n", encoding="utf-8")
    (tmp_path / "en.tsv").write_text(header + "minister-blanco\tLuis Blanco\t\t\t\n",
                                     encoding="utf-8")
    from checker.context import CheckContext
    from checker.model import Document
    from checker.pipeline import analyse
    from checker.translate import translate_document

    context = CheckContext.load(tmp_path)
    terms = glossary_terms("es", "en", context)
    assert sorted(terms) == [("L. Blanco", "Luis Blanco"), ("Luis Blanco", "Luis Blanco")]
    doc = Document("x.es.txt", "El ministro Luis Blanco llegó el jueves.", "es", "given")
    done = translate_document(analyse(doc, context), "en", Translator(["apertium"]), context)
    assert "Luis Blanco" in done.translations[0]
    assert done.report_info()["protected_terms"] == 1
    assert glossary_terms("es", "en", CheckContext()) == []
    assert glossary_terms("es", "en", None) == []
