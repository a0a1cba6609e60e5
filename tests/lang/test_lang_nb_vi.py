"""Norwegian Bokmål and Vietnamese: their folders start from what CLDR, num2words and
simplemma give (as a language without a folder is read) and add what those lack. Bokmål:
num2words' Norwegian speller ("tjueen", "to hundre", "tre tusen"), "milliarder", "et dusin",
"halvannen", the genitive "-s" of names ("Norges", "Oslos"), "i fjor" and "forrige uke",
"kl. 15.30", and the Scandinavian mile ("tre mil" is 30 km). Vietnamese: the number words
and their scale words ("nghìn"/"ngàn", "triệu", "tỷ"/"tỉ", "rưỡi"), "năm" read as the year
word before a year and after a month, the weekdays "thứ Hai" to "thứ Bảy" and "Chủ nhật"
(capitalised; "lần thứ ba" is the third time), "tháng Ba" and "tháng 3", "ngày 3/3",
"15h30" and "3 giờ chiều", "năm ngoái" and "tuần trước", and places as the Vietnamese press
writes them ("Mỹ", "Nhật Bản", "Hà Nội").

Our own news sentences (tests/data/news_nb_vi.json, written for these tests, none from an
evaluation set), in English and as Norwegian and Vietnamese newsroom translators write
them. Every faithful pair gives no number, date or name error and no warning; each change
planted in the version or in the English gives an error, except the few in NOT_SEEN (strict
xfails)."""

from __future__ import annotations

import pytest
from support.news_pairs import news_set
from support.news_suite import NewsSuite

# (language, key, old text): changes no reader makes an error of
NOT_SEEN = {
    # "thousands" and "hundreds" are vague: no language reads them as a count
    ("nb", "thousands_fled", "Tusenvis"), ("vi", "thousands_fled", "Hàng nghìn"),
    # "half an hour" is a fraction, "two hours" a count: the two are not compared
    ("nb", "half_hour", "en halv time"), ("vi", "half_hour", "nửa tiếng"),
}
SUITE = NewsSuite(news_set("news_nb_vi"), gaps=NOT_SEEN, gap_reason="not compared")
_findings = SUITE.findings

test_the_set_is_complete = SUITE.complete_test(sentences=60, english_changes=15,
                                               with_folder=True)
test_a_faithful_pair_gives_no_error_or_warning = SUITE.faithful_test(no_warning=True)
test_a_change_planted_in_the_version_gives_an_error = SUITE.version_change_test()
test_a_change_planted_in_the_english_gives_an_error = SUITE.english_change_test()


# Our own sentences where a word is a number, a date or a name in one reading and not in
# another: each faithful pair gives no warning, its twin (a value changed) an error.
HOMOGRAPHS = [
    # "Anh" is Britain, and a given name; "thứ Hai" Monday
    ("vi", "Mr Nguyen Van Anh, 52, was detained on Monday.",
     "Ông Nguyễn Văn Anh, 52 tuổi, đã bị tạm giữ vào thứ Hai.", ("thứ Hai", "thứ Ba")),
    # "tháng năm" months and years; "tháng Năm" May
    ("vi", "The company has grown for many years.",
     "Công ty đã tăng trưởng trong nhiều tháng năm qua.", None),
    ("vi", "About 1.2 million tourists visited Da Nang in May.",
     "Khoảng 1,2 triệu du khách đã đến Đà Nẵng trong tháng Năm.", ("tháng Năm", "tháng Sáu")),
    # "xếp thứ ba": ranked third, not Tuesday
    ("vi", "The team finished third in the league.", "Đội bóng xếp thứ ba tại giải vô địch.",
     ("thứ ba", "thứ tư")),
    # "năm" is five, and the year
    ("vi", "Five years ago, the bridge collapsed.", "Năm năm trước, cây cầu bị sập.",
     ("Năm năm", "Sáu năm")),
    ("vi", "Prices rose 3.2 percent in the first quarter of 2024.",
     "Giá cả tăng 3,2% trong quý một năm 2024.", ("3,2%", "2,3%")),
    ("vi", "The ministry said 2,500 households were evacuated on 12 October.",
     "Bộ cho biết 2.500 hộ dân đã được sơ tán vào ngày 12/10.", ("12/10", "13/10")),
    ("vi", "The United States and Vietnam upgraded their ties in September 2023.",
     "Mỹ và Việt Nam đã nâng cấp quan hệ vào tháng 9/2023.", ("Mỹ", "Nhật Bản")),
    ("vi", "The match starts at 7 p.m. on Saturday.", "Trận đấu bắt đầu lúc 19h thứ Bảy.",
     ("19h", "20h")),
    # "mil" is a Scandinavian mile only alone: "militæret" is the military
    ("nb", "The military said three soldiers were wounded.",
     "Militæret opplyste at tre soldater ble såret.", ("tre", "fire")),
    ("nb", "The ferry sailed at 9 a.m. on 14 May.", "Fergen gikk klokken 9 den 14. mai.",
     ("14. mai", "15. mai")),
    ("nb", "Oslo's population passed 700,000 last year.",
     "Oslos befolkning passerte 700 000 i fjor.", ("700 000", "800 000")),
    ("nb", "The government sold shares worth 2.3 billion kroner.",
     "Regjeringen solgte aksjer for 2,3 milliarder kroner.", ("2,3", "3,2")),
    ("nb", "The company cut 350 jobs in the 1990s.",
     "Selskapet kuttet 350 arbeidsplasser på 1990-tallet.", ("350", "530")),
    ("nb", "Erna Solberg visited Tromsø on Friday.", "Erna Solberg besøkte Tromsø fredag.",
     ("fredag", "lørdag")),
]


@pytest.mark.parametrize(("lang", "english", "version", "twin"), HOMOGRAPHS,
                         ids=[f"{h[0]}-{k}" for k, h in enumerate(HOMOGRAPHS)])
def test_homographs_are_read_by_their_context(lang: str, english: str, version: str,
                                              twin: tuple[str, str] | None) -> None:
    assert [f.message for f in _findings(english, lang, version) if f.severity != "info"] == []
    if twin is not None:
        assert twin[0] in version
        changed = version.replace(*twin, 1)
        assert any(f.severity == "error" for f in _findings(english, lang, changed))


def test_no_and_nn_are_read_as_norwegian() -> None:
    english = "Three people died in the fire on Monday."
    assert _findings(english, "no", "Tre personer omkom i brannen mandag.") == []
    assert _findings(english, "nn", "Tre personar omkom i brannen måndag.") == []
    drifted = _findings(english, "nn", "Tre personar omkom i brannen tysdag.")
    assert any(f.severity == "error" for f in drifted)


def test_a_speller_without_ordinals_gives_none() -> None:
    """num2words spells Vietnamese ordinals as cardinals ("ba" for the third): they are no
    ordinals; CLDR's "thứ ba" is."""
    from checker.facts.number_words import lexicon

    ordinals = lexicon("vi").ordinals
    assert "ba" not in ordinals and ordinals["thứ ba"] == 3
