"""Numbers, dates and times of news sentences in Czech, Lithuanian and Bulgarian, form by form.

Our own news sentences (tests/data/news_cs_lt_bg.json, none from an evaluation set), in
English and as a newsroom translator writes them: small number words in their cases
("se čtyřmi", "šesti", "devynių", "keturiems", "trims") and in the forms that count people
("деветима", "петимата", "четиримата"), a number word next to a digit number ("tři z 25
rukojmích"), "one in five" as "every fifth" ("každý pátý", "kas penktas", "всеки пети"),
clock times ("ve 20 hodin", "v půl deváté", "tři čtvrtě na osm", "20 val.", "в 20 ч."),
weekdays in their cases ("v neděli", "sekmadienį", "в сряда"), ages by their decade
("čtyřicátník", "ve věku kolem šedesáti let", "apie 40-ies", "per šešiasdešimt", "на 40-ина
години"), ages glued to a number word ("sedmnáctiletý", "osmapadesátiletý"), collective
numbers ("septynerius metus"), month adjectives ("zářijových"), years with the Lithuanian
year mark ("1978 m."), halves and fractions ("půl milionu", "pusantro milijono",
"милион и половина", "du trečdaliai"), centuries, ordinals, percentages, ranges and scale
words. Every faithful pair gives no number or date error; each planted change, of the
version or of the English side, gives one, except the few the checker cannot read
(KNOWN_UNREAD, strict xfails)."""

from __future__ import annotations

from support.news_pairs import news_set
from support.news_suite import NUMBER_DATE, NewsSuite

# (language, key, side): changes the checker cannot answer surely
KNOWN_UNREAD = {
    # "90-те години": a two-digit decade with the definite ending, which a count takes too
    # ("25-те заложници", the 25 hostages): left a number, so a changed decade is a warning
    ("bg", "nineties", "version"), ("bg", "nineties", "english"),
}
SUITE = NewsSuite(news_set("news_cs_lt_bg"), categories=NUMBER_DATE, gaps=KNOWN_UNREAD,
                  gap_reason="not answered surely", case_id="{lang}-{key}-{new}")

test_the_set_is_complete = SUITE.one_change_each_test(sentences=40)
test_a_faithful_pair_gives_no_error = SUITE.faithful_test()
test_a_change_planted_in_the_version_gives_an_error = SUITE.version_change_test()
test_a_change_planted_in_the_english_gives_an_error = SUITE.english_change_test()
