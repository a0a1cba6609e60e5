"""Turkish and Azerbaijani number words in their cases: one helper, two languages."""

from __future__ import annotations

from checker.lang.profile import profile


def test_turkish_and_azerbaijani_number_words_take_their_case_forms() -> None:
    from checker.lang.tr.lex_attrs import case_forms

    assert case_forms("dört") == ("dördü", "dörde", "dörtte", "dörtten", "dördün")
    assert case_forms("iki") == ("ikiyi", "ikiye", "ikide", "ikiden", "ikisi", "ikinin")
    assert case_forms("üç", front_low="ə", vowel_accusative="n", voicing=False,
                      genitive=False) == ("üçü", "üçə", "üçdə", "üçdən")
    words = profile("az").numbers.number_words
    assert [words[form] for form in ("ikini", "ikisi", "ikiyə", "dördə", "beşdən")] == [
        2, 2, 2, 4, 5]
    assert "ikinin" not in words and "üçün" not in words  # the genitive: "for" as well
