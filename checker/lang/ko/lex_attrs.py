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
