"""Korean date data: year and day marks ("1956년 1월 24일")."""

MONTHS = {f"{n}월{p}": n for n in range(1, 13) for p in ("", "에", "에는", "의", "부터", "까지")}
YEAR_MARKS = ("년",)
DAY_MARKS = ("일",)

# "6월 12일~15일"
DAY_PAIR_WORDS = ("부터", "와", "과")

# Clock times: "오후 7시 30분" (7:30 p.m.), "자정" (midnight), "정오" (noon).
HOUR_MARKS = ("시",)
MINUTE_MARKS = ("분",)
# "2시반", "2시 반", "2시 반에" (half past two); a spaced one must end its word ("반정부")
HALF_MARKS = (
    "반", " 반", *(" 반" + particle for particle in ("에", "께", "쯤", "까지", "부터", "경"))
)
PM_BEFORE = ("오후", "저녁", "밤")
# Particles written onto a date or time word: "수요일에" (on Wednesday), "자정까지" (until
# midnight), "3월의" (of March).
NAME_SUFFIXES = ("에", "에는", "에도", "에서", "부터", "까지", "의", "은", "는", "을", "이", "께")
_WITH_PARTICLES = ("", *NAME_SUFFIXES)  # the names are too short for NAME_SUFFIXES alone
TIME_WORDS = {
    word + particle: time
    for word, time in {"자정": "T00:00", "정오": "T12:00"}.items()
    for particle in _WITH_PARTICLES
}
_DAYS = ("월", "화", "수", "목", "금", "토", "일")
_ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS = {
    day + "요일" + particle: english
    for day, english in zip(_DAYS, _ENGLISH_DAYS, strict=True)
    for particle in _WITH_PARTICLES
}
_RELATIVE = {
    "어제": "yesterday",
    "오늘": "today",
    "내일": "tomorrow",
    "그제": "day_before_yesterday",
    "그저께": "day_before_yesterday",
    "모레": "day_after_tomorrow",
}
RELATIVE_DAYS = {
    word + particle: day for word, day in _RELATIVE.items() for particle in _WITH_PARTICLES
}
# Last, this and next week, month and year beside CLDR's "지난주", "내년" (`compare.dates`:
# compared with the same unit only), with the particles written onto them ("내년에")
_PERIODS = {
    "지난주": "week-1", "지난 주": "week-1", "이번 주": "week+0", "이번주": "week+0",
    "다음 주": "week+1", "다음주": "week+1", "지난달": "month-1", "지난 달": "month-1",
    "이달": "month+0", "이번 달": "month+0", "이번달": "month+0", "다음 달": "month+1",
    "다음달": "month+1", "작년": "year-1", "지난해": "year-1", "올해": "year+0", "금년": "year+0",
    "내년": "year+1",
}
RELATIVE_PERIODS = {
    word + particle: period for word, period in _PERIODS.items() for particle in _WITH_PARTICLES
}
