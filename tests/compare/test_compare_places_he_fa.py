"""Places in Hebrew and Persian news sentences: names with prepositions, the conjunction and
the article written onto them ("לעמאן", "ובחיפה", "מפריז"), names CLDR lacks ("ארה\"ב",
"آمریکا", "انگلیس", Washington), and a city named like a weekday (Dushanbe, Persian for
Monday). Our own sentences, written for this test: each faithful pair gives no name
finding above information; the same pair with one place swapped gives a name error."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair

# (language, English, version, (place in the version, another place))
CASES = [
    ("he", "The president arrived in Washington on Tuesday.",
     "הנשיא הגיע לוושינגטון ביום שלישי.", ("לוושינגטון", "למוסקבה")),
    ("he", "Blinken later flew to Amman.", "בהמשך טס בלינקן לעמאן.", ("לעמאן", "לבגדד")),
    ("he", "The flight from Paris landed in Dallas.", "הטיסה מפריז נחתה בדאלאס.",
     ("בדאלאס", "ביוסטון")),
    ("he", "Germany and France signed the agreement in Berlin.",
     "גרמניה וצרפת חתמו על ההסכם בברלין.", ("וצרפת", "ואיטליה")),
    ("he", "Netanyahu met Biden in New York.", "נתניהו נפגש עם ביידן בניו יורק.",
     ("בניו יורק", "בלונדון")),
    ("he", "Police arrested 12 suspects in Jerusalem and Haifa.",
     "המשטרה עצרה 12 חשודים בירושלים ובחיפה.", ("ובחיפה", "ובתל אביב")),
    ("he", "The storm hit Britain on Friday.", "הסערה פגעה בבריטניה ביום שישי.",
     ("בבריטניה", "בצרפת")),
    ("he", "The US and Iran resumed talks in Oman.",
     'ארה"ב ואיראן חידשו את השיחות בעומאן.', ("ואיראן", "ועיראק")),
    ("fa", "The president arrived in Washington on Tuesday.",
     "رئیس‌جمهور روز سه‌شنبه وارد واشنگتن شد.", ("واشنگتن", "مسکو")),
    ("fa", "The Americans and the Russians met in Geneva.",
     "آمریکایی‌ها و روس‌ها در ژنو دیدار کردند.", ("ژنو", "وین")),
    ("fa", "Germany's foreign minister travelled to Baghdad.",
     "وزیر امور خارجه آلمان به بغداد سفر کرد.", ("آلمان", "فرانسه")),
    ("fa", "The US and Iran resumed talks in Oman.",
     "آمریکا و ایران مذاکرات را در عمان از سر گرفتند.", ("ایران", "عراق")),
    ("fa", "The storm hit Britain on Friday.", "این طوفان روز جمعه به انگلیس رسید.",
     ("انگلیس", "فرانسه")),
    ("fa", "The flight from Tehran landed in Dallas.", "پرواز تهران در دالاس به زمین نشست.",
     ("دالاس", "هیوستون")),
    ("fa", "Iraq's prime minister met Iran's president on Monday.",
     "نخست‌وزیر عراق روز دوشنبه با رئیس‌جمهور ایران دیدار کرد.", ("عراق", "سوریه")),
]


def _entity_findings(lang: str, english: str, version: str) -> list[tuple[str, str]]:
    pair = SegmentPair("t", "en", english, lang, version)
    return [(f.severity, f.message) for f in check_pair(pair)
            if f.category == "entity" and f.severity != "info"]


@pytest.mark.parametrize(("lang", "english", "version", "swap"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_faithful_place_gives_no_finding(lang: str, english: str, version: str,
                                           swap: tuple[str, str]) -> None:
    assert _entity_findings(lang, english, version) == []


@pytest.mark.parametrize(("lang", "english", "version", "swap"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_swapped_place_gives_an_error(lang: str, english: str, version: str,
                                        swap: tuple[str, str]) -> None:
    old, new = swap
    assert old in version
    found = _entity_findings(lang, english, version.replace(old, new, 1))
    assert any(severity == "error" for severity, _ in found), found


def test_a_hebrew_acronym_with_gershayim_is_one_name() -> None:
    """"ארה"ב" (the US) and "באו"ם" (at the UN): a quote between letters makes an acronym,
    one word; the United Nations swapped for the European Union is still reported."""
    english = "The US and the UN said on Monday that aid was blocked."
    assert _entity_findings("he", english, 'ארה"ב והאו"ם אמרו ביום שני כי הסיוע נחסם.') == []
    assert _entity_findings("he", english,
                            'ארה"ב והאיחוד האירופי אמרו ביום שני כי הסיוע נחסם.') != []
