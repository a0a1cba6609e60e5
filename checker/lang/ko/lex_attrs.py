"""Korean number data. Large numbers are written in digits grouped by myriads (만 10^4,
억 10^8, 조 10^12) with the Sino-Korean place words glued to them ("3만", "25억", "5천만");
the counted words ("명", "세") follow. CLDR's RBNF gives the native and Sino-Korean words."""

_PLACES = {"십": 10, "백": 100, "천": 1000}
_MYRIADS = {"만": 10**4, "억": 10**8, "조": 10**12}
# glued to digits: "3만", "5천만" (5 thousand myriads), "2백억"
MULTIPLIERS = {
    **{p: v for p, v in _PLACES.items() if v == 1000},
    **_MYRIADS,
    **{p + m: pv * mv for p, pv in _PLACES.items() for m, mv in _MYRIADS.items()},
}
# The one-syllable Sino-Korean numerals are also common words ("이" this, "일" day and work,
# "사" company, "만" only, "천" cloth): a number only beside another number.
NOT_ALONE = (
    "일", "이", "삼", "사", "오", "육", "칠", "팔", "구", "십", "백", "천", "만", "억", "조"
)
# "제3차 회의" (the third meeting), "3번째" (third)
ORDINAL_BEFORE = ("제",)
ORDINAL_SUFFIXES = ("번째", "째")
# "3천500명" (3,500), "4만 5000명" (45,000): the rest of the number in digits after a scale
DIGITS_AFTER_SCALE = True
# Bounds of a count. Those after it carry the particles written onto them ("100명 이상이":
# more than 100, subject); "여" is glued to the number ("100여 명": over 100).
_PARTICLES = ("", "이", "가", "은", "는", "을", "를", "의", "에", "으로", "로", "도", "씩")
QUALIFIERS_BEFORE = {
    "약": "about",
    "대략": "about",
    "최소": "at_least",
    "최소한": "at_least",
    "적어도": "at_least",
    "최대": "up_to",
    "거의": "nearly",
}
QUALIFIERS_AFTER = {
    "여": "more_than",
    **{word + particle: bound for word, bound in {
        "이상": "more_than",
        "넘게": "more_than",
        "가량": "about",
        "정도": "about",
        "안팎": "about",
        "미만": "less_than",
        "이하": "at_most",
        "가까이": "nearly",
    }.items() for particle in _PARTICLES},
}
# Native words for a count of days ("사흘 동안": for three days), with what is glued onto
# them ("사흘간"); "하루" (a day, daily) is left out: it is more often "per day" than a count.
_DAY_COUNTS = {"이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "여드레": 8,
               "아흐레": 9, "열흘": 10}
NUMBER_WORDS = {
    word + glued: value
    for word, value in _DAY_COUNTS.items()
    for glued in ("", "간", "간의", "을", "이", "은", "의", "에", "씩", "이나", "도")
}
# Counters and currencies written onto a scale word glued to digits: "5만명" (50,000
# people), "3천억원" (300 billion won), "200만달러"
COUNTERS = ("명", "원", "달러", "유로", "엔", "위안", "파운드", "개", "대", "척", "채", "가구",
            "건", "곳", "톤", "표", "마리", "배", "개국", "회")
# "3분의 1": one third (the denominator, this mark glued to it, then the numerator)
FRACTION_INFIXES = ("분의",)
