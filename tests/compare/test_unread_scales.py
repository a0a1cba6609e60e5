"""A scale word a language without a folder may not read (checker/compare/unread_scales.py):
a figure a thousand times smaller is unsure only where the reference said a scale word.
The team's own sentences."""

from __future__ import annotations

from support.news_pairs import number_date_errors, number_date_findings


def test_a_figure_with_an_unread_scale_word_is_a_warning():
    english = "Officials said 3 billion rupees were spent."
    version = "अधिकाऱ्यांनी सांगितले की ३ अर्ब रुपये खर्च झाले."
    assert number_date_errors(english, "mr", version) == []
    assert number_date_findings(english, "mr", version) != []


def test_a_count_a_thousand_times_smaller_stays_an_error():
    english = "Officials said 3,000 people were evacuated."
    for lang, version in (("id", "Pejabat mengatakan 3 orang dievakuasi."),
                          ("fi", "Viranomaisten mukaan 3 ihmistä evakuoitiin."),
                          ("da", "Myndighederne sagde, at 3 personer blev evakueret.")):
        assert number_date_errors(english, lang, version) != [], lang


def test_an_unread_head_that_no_whole_number_of_its_scale_fills_stays_an_error():
    # "one lakh and 25 thousand" may be 125,000, never 130,000: 105,000 is no whole lakh
    version = "حکومت نے ایک لاکھ 25 ہزار روپے خرچ کیے۔"
    assert number_date_errors("The government spent 125,000 rupees.", "ur", version) == []
    assert number_date_errors("The government spent 130,000 rupees.", "ur", version) != []
